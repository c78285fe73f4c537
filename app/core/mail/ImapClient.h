#pragma once

#include "mail/Mailbox.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QSslError;

// Bounce notices read from an IMAP mailbox (RFC 3501), by a client of our own over QSslSocket.
//
// Why not a library: no maintained IMAP library fits Qt 6 on Windows, macOS and Linux at once.
// KIMAP is Qt 6 only as part of KDE Frameworks 6 (KIO, KI18n, KCoreAddons, KMime, Cyrus SASL),
// which Debian 12 does not have (it ships the KF5/Qt 5 build) and which is heavy to bring to
// Windows and macOS. VMime is not Qt-aware, does its own TLS through GnuTLS or OpenSSL (so a
// second certificate store and trust prompt beside Qt's), and neither vcpkg nor Homebrew
// packages it. Mailroom needs a handful of commands, so the client is limited to them:
// CAPABILITY, STARTTLS, LOGIN or AUTHENTICATE PLAIN, EXAMINE or SELECT, UID FETCH, LIST, CREATE
// and SUBSCRIBE for the folder processed mail goes to, UID MOVE (or UID COPY, UID STORE and UID
// EXPUNGE) and LOGOUT; literals, continuation requests and untagged responses are handled by a
// parser that is tested on bytes alone.
//
// TODO(#7): only password logins. Microsoft 365 and Outlook.com take no password over IMAP any
// more and Gmail only app passwords: OAuth 2.0 (SASL XOAUTH2/OAUTHBEARER) is needed for them.
//
// The client blocks: it runs on a worker thread, every wait is bounded by a timeout and watches
// a cancel flag. Messages are handed over one at a time as they arrive, so memory stays flat in
// the size of the mailbox.

// One value of a response: an atom (numbers and flags are atoms), a string (quoted or a
// literal), NIL, or a parenthesised list.
struct ImapValue
{
    enum class Kind
    {
        Atom,
        String,
        Nil,
        List,
    };

    Kind kind = Kind::Nil;
    QByteArray bytes; // Atom and String
    std::vector<ImapValue> items; // List

    // An atom equal to name, ignoring case.
    bool isAtom(const char* name) const;
    // An atom of decimal digits that fits 32 bits.
    std::optional<quint32> number() const;
};

// One whole response: a status (tagged, or untagged OK/NO/BAD/PREAUTH/BYE), untagged data
// ("* 3 EXISTS", "* CAPABILITY ...", "* 12 FETCH (...)") or a continuation request ("+ ...").
struct ImapResponse
{
    enum class Kind
    {
        Untagged,
        Tagged,
        Continuation,
    };

    Kind kind = Kind::Untagged;
    QByteArray tag; // Tagged only
    QByteArray status; // OK, NO, BAD, PREAUTH or BYE, upper case; empty for data
    std::optional<quint32> number; // the message number or count before the name ("* 3 EXISTS")
    QByteArray name; // the data's name, upper case: EXISTS, FETCH, CAPABILITY, LIST...
    std::vector<ImapValue> data; // what follows the name
    QByteArray code; // a status's response code, upper case: UIDVALIDITY, CAPABILITY, ALERT...
    std::vector<ImapValue> codeArguments;
    QByteArray text; // the human-readable text of a status or a continuation request

    bool isStatus(const char* wanted) const { return status == wanted; }
    // The text for a person, without control characters, in at most 300 characters.
    QString humanText() const;
    // In a FETCH response, the value after item (case-insensitive, "UID", "BODY[]"); null if none.
    const ImapValue* fetchItem(const char* item) const;
};

// Cuts the bytes a server sends into responses. Bytes go in as they arrive, in pieces of any
// size; next() hands out each response once all of it, literals included, is there. Hostile
// input ends in Status::Failed with errorString(), never in a crash or a loop: a literal over
// MaxLiteral, a line over MaxLine without its end, lists nested deeper than MaxDepth.
class ImapResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(ImapResponseParser)

public:
    static constexpr qsizetype MaxLiteral = qsizetype(64) * 1024 * 1024;
    static constexpr qsizetype MaxLine = qsizetype(1024) * 1024;
    static constexpr int MaxDepth = 64;

    enum class Status
    {
        NeedMore, // no whole response yet
        Ready, // *response holds the next one
        Failed, // not IMAP, or past a limit: errorString() says what; the stream cannot go on
    };

    void append(const QByteArray& bytes);
    Status next(ImapResponse* response);
    QString errorString() const { return m_error; }
    // Bytes received but not yet part of a response handed out.
    qsizetype pendingBytes() const { return m_buffer.size(); }
    void clear();

    // One response from its complete bytes (CRLF and literals included), for tests.
    static Status parse(const QByteArray& bytes, ImapResponse* response, QString* error);

private:
    Status fail(const QString& error);

    QByteArray m_buffer;
    qsizetype m_lineStart = 0; // where the current line of the response starts
    qsizetype m_scanned = 0; // how far the current line was searched for its end
    qsizetype m_literalEnd = -1; // waiting until the buffer holds this many bytes
    QString m_error;
};

// A peer certificate the connection refused, in the words the GUI shows before asking whether
// to trust it.
struct ImapCertificateProblem
{
    QString fingerprint; // SHA-256 of the DER certificate, "AB:CD:...", as trustedCertificates holds
    QString subject;
    QString issuer;
    QDateTime expires;
    QStringList errors; // Qt's sentences ("The certificate is self-signed, and untrusted")

    bool isNull() const { return fingerprint.isEmpty(); }
};

// A mailbox on an IMAP server, as the owner gives it: from a URL
// (imaps://user@host[:port]/Folder, or imap:// for STARTTLS on 143) plus settings.
struct ImapAccount
{
    Q_DECLARE_TR_FUNCTIONS(ImapAccount)

public:
    enum class Security
    {
        ImplicitTls, // TLS from the first byte, port 993
        StartTls, // port 143, STARTTLS before anything else; no STARTTLS, no login
    };

    QString host;
    quint16 port = 993;
    Security security = Security::ImplicitTls;
    QString user;
    QString mailbox = QStringLiteral("INBOX");
    // SHA-256 fingerprints of certificates the owner trusted although they did not verify;
    // exactly those certificates are accepted, with exactly the errors they have.
    QStringList trustedCertificates;
    // When not empty, processed messages are moved to this folder (made if missing).
    QString moveTo;
    int timeoutSeconds = 30; // for the connection and for every wait on the server

    // Percent-decodes the user and the folder (UTF-8); the folder defaults to INBOX. A URL with
    // a password is refused: passwords live in the credential store. False with *error if the
    // URL is not one of these.
    static bool fromUrl(const QString& url, ImapAccount* account, QString* error);
    // The URL without a password, the port only when it is not the default: the account's name
    // in messages, and a key to keep its ImapSyncState under.
    QString toUrl() const;
};

// Where an incremental scan of one mailbox stands. A UIDVALIDITY that changed invalidates
// lastUid, and the next scan starts from the first message again.
struct ImapSyncState
{
    quint32 uidValidity = 0; // 0 before the first scan
    quint32 lastUid = 0; // every message up to this UID was handed over

    QJsonObject toJson() const;
    static ImapSyncState fromJson(const QJsonObject& json);
};

// What one forEachNewMessage() did, beyond the messages themselves.
struct ImapScanReport
{
    bool restarted = false; // UIDVALIDITY changed since the last scan: read from UID 1 again
    int messagesRead = 0;
    int messagesMoved = 0;
    // Set when the connection failed on a certificate the owner may choose to trust.
    ImapCertificateProblem untrustedCertificate;
};

// What ImapClient::checkAccount() found.
struct ImapAccountCheck
{
    bool ok = false; // connected, logged in and opened the folder
    quint32 messages = 0; // in the folder
    bool moveToExists = false; // the account's moveTo folder exists (when it names one)
    QString error; // a sentence naming the server, when not ok
    // Set when the connection failed on a certificate the owner may choose to trust.
    ImapCertificateProblem untrustedCertificate;
};

class ImapClient
{
    Q_DECLARE_TR_FUNCTIONS(ImapClient)

public:
    // What EXAMINE or SELECT says about the mailbox.
    struct MailboxStatus
    {
        quint32 uidValidity = 0;
        quint32 uidNext = 0; // 0 when the server did not say
        quint32 exists = 0;
    };

    struct MessageInfo
    {
        quint32 uid = 0;
        qint64 size = 0; // RFC822.SIZE
    };

    using Message = std::function<bool(quint32 uid, const QByteArray& message)>;
    // Whether a message read goes to the account's moveTo folder.
    using MoveFilter = std::function<bool(const QByteArray& message)>;

    explicit ImapClient(const std::atomic_bool* cancel = nullptr);
    ~ImapClient();
    ImapClient(const ImapClient&) = delete;
    ImapClient& operator=(const ImapClient&) = delete;

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Connects with TLS (implicit or STARTTLS), checks the certificate, reads the capabilities.
    bool connectToServer(const ImapAccount& account);
    // LOGIN, or AUTHENTICATE PLAIN where the server disables LOGIN.
    bool login(const QString& user, const QString& password);
    // EXAMINE opens read-only: nothing the client does can change the mailbox. SELECT opens it
    // for moving messages; fetching with BODY.PEEK still leaves \Seen alone.
    bool examine(const QString& mailbox, MailboxStatus* status) { return open("EXAMINE", mailbox, status); }
    bool select(const QString& mailbox, MailboxStatus* status) { return open("SELECT", mailbox, status); }
    // The UIDs from firstUid on, with their sizes, in ascending order.
    bool listMessages(quint32 firstUid, QList<MessageInfo>* messages);
    // UID FETCH uids BODY.PEEK[]: each message goes to message as it arrives; message returning
    // false stops the fetch (the connection is then closed, since the command is still running).
    bool fetchMessages(const QList<quint32>& uids, const Message& message);
    // Whether the folder exists (LIST), changing nothing.
    bool findMailbox(const QString& mailbox, bool* exists);
    // Whether the folder exists; CREATE when it does not.
    bool ensureMailbox(const QString& mailbox);
    // UID MOVE where the server has MOVE, else UID COPY, \Deleted and UID EXPUNGE (UIDPLUS). A
    // server with neither keeps the originals marked \Deleted, which *notes says.
    bool moveMessages(const QList<quint32>& uids, const QString& mailbox, QStringList* notes);
    // LOGOUT, waiting a short while for the server's answer, then closes.
    void logout();

    bool hasCapability(const char* capability) const;
    bool isCancelled() const { return m_cancel && m_cancel->load(); }
    // The last failure as a sentence naming the server.
    QString errorString() const { return m_error; }
    const ImapCertificateProblem& certificateProblem() const { return m_certificate; }

    // Modified UTF-7 of RFC 3501 section 5.1.3, the form mailbox names take on the wire.
    static QByteArray encodeMailboxName(const QString& name);
    static QString decodeMailboxName(const QByteArray& encoded, bool* ok = nullptr);

    // The messages of account's mailbox with a UID above state->lastUid, one at a time, each
    // with where it is ("imaps://bounces@mail.example/INBOX, UID 42"). state->lastUid moves
    // past each message handed over, so a connection lost mid-way keeps what was read and the
    // next scan goes on from there; when the mailbox's UIDVALIDITY is not state->uidValidity,
    // the scan starts from UID 1 and says so in report->restarted. Stops when message returns
    // false or cancel is set. With account.moveTo, each batch read is moved there: all of it, or
    // the messages moveIf accepts. Problems go to *problems as sentences naming the account; false
    // when the mailbox could not be read at all (report->untrustedCertificate tells a certificate
    // the owner may trust).
    static bool forEachNewMessage(const ImapAccount& account, const QString& password, ImapSyncState* state,
        const Mailbox::Visit& message, QStringList* problems, const std::atomic_bool* cancel = nullptr,
        ImapScanReport* report = nullptr, const MoveFilter& moveIf = {});

    // Connects, logs in, opens the account's folder read-only (EXAMINE), looks whether its moveTo
    // folder exists, and logs out: what a "Test Connection" button needs, and nothing on the server
    // changes. Blocks, like forEachNewMessage().
    static ImapAccountCheck checkAccount(
        const ImapAccount& account, const QString& password, const std::atomic_bool* cancel = nullptr);

private:
    struct Command;

    bool open(const char* verb, const QString& mailbox, MailboxStatus* status);
    void onSslErrors(const QList<QSslError>& errors);
    bool secureStartTls();
    bool waitForEncrypted();
    bool readCapabilities();
    // Sends command (literals waiting for the server's continuation), then reads responses until
    // its tagged one; untagged responses go to untagged (and to the client's own bookkeeping).
    bool run(const Command& command, const std::function<bool(const ImapResponse&)>& untagged = {},
        ImapResponse* done = nullptr);
    bool send(const QByteArray& bytes);
    bool readResponse(ImapResponse* response);
    bool waitForData();
    void noteUntagged(const ImapResponse& response);
    bool fail(const QString& error);
    bool failCommand(const char* what, const ImapResponse& done);
    void disconnect();

    struct Private;
    std::unique_ptr<Private> d;
    const std::atomic_bool* m_cancel = nullptr;
    int m_timeoutMs = 30000;
    QString m_server; // "host:port", in messages
    QSet<QByteArray> m_capabilities; // upper case
    QString m_error;
    ImapCertificateProblem m_certificate;
    int m_nextTag = 1;
};
