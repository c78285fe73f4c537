#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

class BounceLedger;
struct FileReport;
struct ImapCertificateProblem;

// What a scan needs to read IMAP mailboxes: passwords by account URL (without password), the
// certificates the owner chose to trust (SHA-256 fingerprints), the folder where each account's
// notices are kept between scans, and by URL the folder processed notices are moved to (a URL
// not there: the mailbox is only read).
struct ImapAccess
{
    QHash<QString, QString> passwords;
    QStringList trustedCertificates;
    QString cacheFolder;
    QHash<QString, QString> moveTo;
};

// Reads the bounce notices of one mailbox source (an mbox file, a Maildir folder or an .eml
// file) into a ledger, as LogScanner reads a log: every failed or delayed recipient of every
// notice becomes a delivery event, auto-replies and complaint reports become "not a bounce"
// events, and messages that are no notice at all are counted, not guessed at.
//
// An event's SourceLocation names the message: lineNumber and offset both hold its number in
// the mailbox (1-based), so the details pane can read that message again.
class MailboxScan
{
    Q_DECLARE_TR_FUNCTIONS(MailboxScan)

public:
    // Whether path is read as a mailbox rather than as a log: a local mailbox, or an
    // imap:// or imaps:// URL.
    static bool isMailbox(const QString& path);
    static bool isImapUrl(const QString& path);

    // Fetches the IMAP mailbox's new messages into its local copy (an mbox in the cache folder,
    // with the UIDVALIDITY and last UID beside it) and gives that copy's path: the scan then reads
    // all the account's notices without fetching the old ones again. A changed UIDVALIDITY starts
    // the copy over. Problems go to *problems; an empty path when nothing could be read at all.
    // *untrusted gets the certificate the server presented when the owner may choose to trust it.
    static QString syncImap(const QString& url, const ImapAccess& access, QStringList* problems,
        const std::atomic_bool* cancel, ImapCertificateProblem* untrusted = nullptr);
    // Where the local copy of the IMAP mailbox at url is kept.
    static QString imapCopyPath(const QString& url, const QString& cacheFolder);

    // advanced is called after each message with the bytes it held.
    static void scan(const QString& path, quint32 fileIndex, BounceLedger& ledger, FileReport& report,
        const std::atomic_bool* cancel, const std::function<void(qint64 bytes)>& advanced);

    // One line per message number, saying what the notice was and which of the board's
    // messages it answers; for the details pane. Reads the mailbox again up to the last number.
    static QList<QString> describeMessages(const QString& path, const QList<qint64>& numbers);
};
