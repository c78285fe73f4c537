#include "LocalDovecot.h"
#include "mail/ImapClient.h"
#include "mail/MailboxScan.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <future>
#include <thread>

using namespace Qt::StringLiterals;

// The IMAP client against a real Dovecot on 127.0.0.1 and 127.0.0.2 (LocalDovecot.h: IMAPS on
// 10993, IMAP with STARTTLS on 10143), its INBOX filled with the shared corpus's bounce messages;
// and against scripted servers on a thread of the test for what Dovecot will not do: drop the
// connection in the middle of a message, answer garbage, offer no STARTTLS.
class TestImapDovecot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void untrustedCertificateIsRefusedWithItsFingerprint_data() { addSecurities(); }
    void untrustedCertificateIsRefusedWithItsFingerprint();
    void trustingAnotherFingerprintDoesNotHelp();
    void scanReadsEveryMessageWithItsBytes_data() { addSecurities(); }
    void scanReadsEveryMessageWithItsBytes();
    void plainScanLeavesTheMailboxAlone();
    void nextScanReadsOnlyNewMessages();
    void changedUidValidityRestartsFromTheStart();
    void wrongPasswordIsAClearError();
    void missingFolderIsAClearError();
    void processedMessagesMoveToAFolder_data();
    void processedMessagesMoveToAFolder();
    void cancelKeepsWhatWasReadAndTheNextScanGoesOn();
    void cliReadsTheMailboxIncrementally();
    void checkAccountLogsInAndChangesNothing();
    void localCopyMovesOnlyNoticesAndNeedsAPassword();

    void serverWithoutStartTlsNeverSeesTheLogin();
    void loginDisabledUsesAuthenticatePlain();
    void connectionLostMidMessageKeepsWhatWasRead();
    void messageTooLargeIsNamedAndPassed();
    void hostileServerFailsCleanly_data();
    void hostileServerFailsCleanly();

private:
    static void addSecurities();
    ImapAccount account(ImapAccount::Security security, const QString& mailbox = u"INBOX"_s) const;
    QString deliver(const QList<QByteArray>& messages, const QString& mailbox);
    QByteArray flags(const QString& mailbox) const;
    int messageCount(const QString& mailbox) const;
    int logins() const;

    LocalDovecot m_dovecot {10993, 10143};
    QList<QByteArray> m_corpus; // the messages in INBOX, as the files hold them
};

namespace {

struct Scan
{
    bool ok = false;
    QList<QByteArray> messages;
    QStringList wheres;
    QStringList problems;
    ImapScanReport report;
};

// One forEachNewMessage() on the test's thread (it blocks, as on a worker thread). stopAfter > 0
// sets cancel once that many messages were read.
Scan scan(const ImapAccount& account, const QString& password, ImapSyncState* state, int stopAfter = 0)
{
    Scan result;
    std::atomic_bool cancel = false;
    result.ok = ImapClient::forEachNewMessage(
        account, password, state,
        [&](const QByteArray& message, const QString& where) {
            result.messages.append(message);
            result.wheres.append(where);
            if (stopAfter > 0 && result.messages.size() >= stopAfter)
                cancel = true;
            return true;
        },
        &result.problems, &cancel, &result.report);
    return result;
}

// What a server sends for a message stored with bare LF line ends: IMAP's CRLF everywhere.
QByteArray withCrlf(const QByteArray& message)
{
    QByteArray converted;
    converted.reserve(message.size() + message.size() / 20);
    for (qsizetype i = 0; i < message.size(); ++i) {
        if (message[i] == '\n' && (i == 0 || message[i - 1] != '\r'))
            converted += '\r';
        converted += message[i];
    }
    return converted;
}

QList<QByteArray> sorted(QList<QByteArray> list)
{
    std::sort(list.begin(), list.end());
    return list;
}

QList<QByteArray> withCrlf(const QList<QByteArray>& messages)
{
    QList<QByteArray> converted;
    for (const QByteArray& message : messages)
        converted.append(withCrlf(message));
    return converted;
}

// One step of a scripted server: a line from the client must hold expect; reply goes back with
// "$tag" replaced by the tag of the client's latest command.
struct Step
{
    QByteArray expect;
    QByteArray reply;
};

// Hands the accepted socket's descriptor over instead of making a QTcpSocket of it, so that a
// QSslSocket can take it.
class DescriptorServer : public QTcpServer
{
public:
    qintptr descriptor = -1;

protected:
    void incomingConnection(qintptr socketDescriptor) override { descriptor = socketDescriptor; }
};

// An IMAP server that plays a script to one client, on a thread of its own (the client blocks
// on the test's thread): the greeting, then one step per line the client sends, then it closes
// the connection, or holds it open until the client closes it. With TLS it uses LocalDovecot's
// certificate, which the client trusts by its fingerprint.
class ScriptedServer
{
public:
    ScriptedServer(bool tls, QString certificate, QString key)
        : m_tls(tls), m_certificate(std::move(certificate)), m_key(std::move(key))
    { }
    ~ScriptedServer() { finish(); }
    ScriptedServer(const ScriptedServer&) = delete;
    ScriptedServer& operator=(const ScriptedServer&) = delete;

    // Listens on a free loopback port and returns it.
    quint16 start(const QByteArray& greeting, const QList<Step>& steps, bool holdOpen)
    {
        std::promise<quint16> port;
        std::future<quint16> listening = port.get_future();
        m_thread = std::thread([this, greeting, steps, holdOpen, port = std::move(port)]() mutable {
            play(greeting, steps, holdOpen, &port);
        });
        return listening.get();
    }

    void finish()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

    // After finish(): what the client sent, and where the script was not followed.
    QByteArray received() const { return m_received; }
    QString error() const { return m_error; }

private:
    void play(const QByteArray& greeting, const QList<Step>& steps, bool holdOpen, std::promise<quint16>* port)
    {
        DescriptorServer server;
        if (!server.listen(QHostAddress::LocalHost, 0)) {
            m_error = u"cannot listen: "_s + server.errorString();
            port->set_value(0);
            return;
        }
        port->set_value(server.serverPort());
        if (!server.waitForNewConnection(15000) || server.descriptor < 0) {
            m_error = u"no client connected"_s;
            return;
        }
        QSslSocket socket;
        socket.setSocketDescriptor(server.descriptor);
        if (m_tls) {
            socket.setLocalCertificate(m_certificate);
            socket.setPrivateKey(m_key, QSsl::Ec);
            socket.startServerEncryption();
            if (!socket.waitForEncrypted(10000)) {
                m_error = u"TLS handshake failed: "_s + socket.errorString();
                return;
            }
        }
        write(socket, greeting);
        QByteArray tag;
        for (const Step& step : steps) {
            QByteArray line;
            if (!readLine(socket, &line)) {
                m_error += u"the client closed the connection before sending "_s + QString::fromLatin1(step.expect);
                return;
            }
            // AUTHENTICATE's response line has no tag: the command's tag still counts.
            if (line.indexOf(' ') > 0)
                tag = line.left(line.indexOf(' '));
            if (!line.contains(step.expect))
                m_error += u"expected \""_s + QString::fromLatin1(step.expect) + u"\", got \""_s
                    + QString::fromLatin1(line.trimmed()) + u"\"; "_s;
            write(socket, QByteArray(step.reply).replace("$tag", tag));
        }
        QElapsedTimer held;
        held.start();
        while (holdOpen && socket.state() == QAbstractSocket::ConnectedState && held.elapsed() < 30000) {
            socket.waitForReadyRead(100);
            m_received += socket.readAll();
        }
        socket.disconnectFromHost();
        if (socket.state() != QAbstractSocket::UnconnectedState)
            socket.waitForDisconnected(2000);
    }

    bool readLine(QSslSocket& socket, QByteArray* line)
    {
        QElapsedTimer waited;
        waited.start();
        while (!socket.canReadLine()) {
            if (waited.elapsed() > 10000)
                return false;
            if (!socket.waitForReadyRead(100) && socket.state() != QAbstractSocket::ConnectedState)
                return false;
        }
        *line = socket.readLine();
        m_received += *line;
        return true;
    }

    static void write(QSslSocket& socket, const QByteArray& bytes)
    {
        socket.write(bytes);
        QElapsedTimer waited;
        waited.start();
        while (
            socket.bytesToWrite() > 0 && socket.state() == QAbstractSocket::ConnectedState && waited.elapsed() < 10000)
            socket.waitForBytesWritten(100);
    }

    bool m_tls;
    QString m_certificate;
    QString m_key;
    std::thread m_thread;
    QByteArray m_received;
    QString m_error;
};

const QByteArray scriptedGreeting = "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] scripted server ready\r\n";

QByteArray fetchResponse(quint32 number, quint32 uid, const QByteArray& message)
{
    return "* " + QByteArray::number(number) + " FETCH (UID " + QByteArray::number(uid) + " BODY[] {"
        + QByteArray::number(message.size()) + "}\r\n" + message + ")\r\n";
}

} // namespace

void TestImapDovecot::initTestCase()
{
    const QString error = m_dovecot.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QDirIterator files(QStringLiteral(MAILROOM_SHARED_DIR "/corpus/sisimai/emails"), {u"*.eml"_s}, QDir::Files);
    QStringList paths;
    while (files.hasNext())
        paths.append(files.next());
    paths.sort();
    for (const QString& path : std::as_const(paths)) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        m_corpus.append(file.readAll());
    }
    QVERIFY2(m_corpus.size() > 300, qPrintable(QString::number(m_corpus.size())));
    const QString delivered = deliver(m_corpus, {});
    QVERIFY2(delivered.isEmpty(), qPrintable(delivered));
}

void TestImapDovecot::cleanupTestCase()
{
    m_dovecot.stop();
}

void TestImapDovecot::addSecurities()
{
    QTest::addColumn<ImapAccount::Security>("security");
    QTest::newRow("implicit TLS on the IMAPS port") << ImapAccount::Security::ImplicitTls;
    QTest::newRow("STARTTLS on the IMAP port") << ImapAccount::Security::StartTls;
}

ImapAccount TestImapDovecot::account(ImapAccount::Security security, const QString& mailbox) const
{
    ImapAccount account;
    account.host = m_dovecot.host();
    account.security = security;
    account.port = security == ImapAccount::Security::ImplicitTls ? m_dovecot.imapsPort() : m_dovecot.imapPort();
    account.user = m_dovecot.user();
    account.mailbox = mailbox;
    account.trustedCertificates = {m_dovecot.fingerprint()};
    account.timeoutSeconds = 20;
    return account;
}

QString TestImapDovecot::deliver(const QList<QByteArray>& messages, const QString& mailbox)
{
    for (const QByteArray& message : messages) {
        const QString error = m_dovecot.deliver(message, mailbox);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

// Every message's UID and flags, as doveadm sees them; \Recent left out, since any session that
// looks (doveadm's own included) takes it.
QByteArray TestImapDovecot::flags(const QString& mailbox) const
{
    QByteArray output;
    const QString error = m_dovecot.doveadm({u"fetch"_s}, {u"uid flags"_s, u"mailbox"_s, mailbox, u"all"_s}, &output);
    if (!error.isEmpty())
        return error.toUtf8();
    return output.replace("\\Recent", "");
}

int TestImapDovecot::messageCount(const QString& mailbox) const
{
    QByteArray output;
    if (!m_dovecot.doveadm({u"mailbox"_s, u"status"_s}, {u"messages"_s, mailbox}, &output).isEmpty())
        return -1;
    const QRegularExpressionMatch match = QRegularExpression(u"messages=(\\d+)"_s).match(QString::fromUtf8(output));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

int TestImapDovecot::logins() const
{
    QFile log(m_dovecot.logFile());
    return log.open(QIODevice::ReadOnly) ? int(log.readAll().count("Login: user=<")) : -1;
}

void TestImapDovecot::untrustedCertificateIsRefusedWithItsFingerprint()
{
    QFETCH(ImapAccount::Security, security);
    ImapAccount untrusting = account(security);
    untrusting.trustedCertificates.clear();
    ImapSyncState state;
    const int loginsBefore = logins();

    const Scan result = scan(untrusting, m_dovecot.password(), &state);

    QVERIFY(!result.ok);
    QVERIFY(result.messages.isEmpty());
    QCOMPARE(result.problems.size(), qsizetype(1));
    const QString& problem = result.problems.first();
    QVERIFY2(problem.contains(m_dovecot.fingerprint()), qPrintable(problem));
    QVERIFY2(problem.contains(u"does not trust"_s), qPrintable(problem));
    QVERIFY2(problem.contains(u"self-signed"_s), qPrintable(problem));
    const ImapCertificateProblem& certificate = result.report.untrustedCertificate;
    QCOMPARE(certificate.fingerprint, m_dovecot.fingerprint());
    QCOMPARE(certificate.subject, u"Mailroom test Dovecot"_s);
    QCOMPARE(certificate.issuer, u"Mailroom test Dovecot"_s);
    QVERIFY(certificate.expires > QDateTime::currentDateTimeUtc());
    QVERIFY2(certificate.errors.size() >= 2, qPrintable(certificate.errors.join(u" | "_s)));
    QCOMPARE(state.uidValidity, 0u);
    QCOMPARE(logins(), loginsBefore); // the password never left

    // Once the owner trusts exactly that certificate, the same scan goes through.
    untrusting.trustedCertificates = {certificate.fingerprint.toLower()};
    const Scan trusted = scan(untrusting, m_dovecot.password(), &state);
    QVERIFY2(trusted.ok, qPrintable(trusted.problems.join(u'\n')));
    QCOMPARE(trusted.messages.size(), m_corpus.size());
}

void TestImapDovecot::trustingAnotherFingerprintDoesNotHelp()
{
    ImapAccount other = account(ImapAccount::Security::ImplicitTls);
    other.trustedCertificates = {QString::fromLatin1(QByteArray(32, '\x5a').toHex(':'))};
    ImapSyncState state;

    const Scan result = scan(other, m_dovecot.password(), &state);

    QVERIFY(!result.ok);
    QCOMPARE(result.report.untrustedCertificate.fingerprint, m_dovecot.fingerprint());
}

void TestImapDovecot::scanReadsEveryMessageWithItsBytes()
{
    QFETCH(ImapAccount::Security, security);
    ImapSyncState state;

    QElapsedTimer timer;
    timer.start();
    const Scan result = scan(account(security), m_dovecot.password(), &state);
    qInfo("%lld messages read in %lld ms", qlonglong(result.messages.size()), qlonglong(timer.elapsed()));

    QVERIFY2(result.ok, qPrintable(result.problems.join(u'\n')));
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
    QCOMPARE(result.messages.size(), m_corpus.size());
    const QList<QByteArray> expected = sorted(withCrlf(m_corpus));
    const QList<QByteArray> read = sorted(result.messages);
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(read[i] == expected[i], qPrintable(u"message differs: "_s + QString::fromUtf8(expected[i].left(200))));
    const QString scheme = security == ImapAccount::Security::ImplicitTls ? u"imaps"_s : u"imap"_s;
    const quint16 port = security == ImapAccount::Security::ImplicitTls ? m_dovecot.imapsPort() : m_dovecot.imapPort();
    QCOMPARE(result.wheres.first(), u"%1://bounces@127.0.0.1:%2/INBOX, UID 1"_s.arg(scheme).arg(port));
    QCOMPARE(state.lastUid, quint32(m_corpus.size()));
    QVERIFY(state.uidValidity != 0);
    QCOMPARE(result.report.messagesRead, int(m_corpus.size()));
    QVERIFY(!result.report.restarted);
}

void TestImapDovecot::plainScanLeavesTheMailboxAlone()
{
    const QByteArray before = flags(u"INBOX"_s);
    QVERIFY2(before.count("uid:") == m_corpus.size(), before.left(200).constData());
    ImapSyncState state;

    const Scan result = scan(account(ImapAccount::Security::ImplicitTls), m_dovecot.password(), &state);

    QVERIFY(result.ok);
    QCOMPARE(result.messages.size(), m_corpus.size());
    const QByteArray after = flags(u"INBOX"_s);
    QCOMPARE(after, before);
    QVERIFY(!after.contains("\\Seen"));
    QCOMPARE(messageCount(u"INBOX"_s), int(m_corpus.size()));
}

void TestImapDovecot::nextScanReadsOnlyNewMessages()
{
    const QString mailbox = u"Incremental"_s;
    QVERIFY(deliver(m_corpus.mid(0, 5), mailbox).isEmpty());
    ImapSyncState state;
    const Scan first = scan(account(ImapAccount::Security::StartTls, mailbox), m_dovecot.password(), &state);
    QVERIFY2(first.ok, qPrintable(first.problems.join(u'\n')));
    QCOMPARE(first.messages.size(), qsizetype(5));
    QCOMPARE(state.lastUid, 5u);

    QVERIFY(deliver(m_corpus.mid(5, 3), mailbox).isEmpty());
    const ImapSyncState stored = ImapSyncState::fromJson(state.toJson());
    ImapSyncState resumed = stored;
    const Scan second = scan(account(ImapAccount::Security::StartTls, mailbox), m_dovecot.password(), &resumed);

    QVERIFY2(second.ok, qPrintable(second.problems.join(u'\n')));
    QCOMPARE(sorted(second.messages), sorted(withCrlf(m_corpus.mid(5, 3))));
    QVERIFY2(second.wheres.first().endsWith(u"/Incremental, UID 6"_s), qPrintable(second.wheres.first()));
    QVERIFY(!second.report.restarted);
    QCOMPARE(resumed.lastUid, 8u);
    QCOMPARE(resumed.uidValidity, stored.uidValidity);

    const Scan third = scan(account(ImapAccount::Security::StartTls, mailbox), m_dovecot.password(), &resumed);
    QVERIFY(third.ok);
    QVERIFY(third.messages.isEmpty());
    QVERIFY(third.problems.isEmpty());
}

void TestImapDovecot::changedUidValidityRestartsFromTheStart()
{
    const QString mailbox = u"Validity"_s;
    QVERIFY(deliver(m_corpus.mid(10, 4), mailbox).isEmpty());
    ImapSyncState state;
    const Scan first = scan(account(ImapAccount::Security::ImplicitTls, mailbox), m_dovecot.password(), &state);
    QCOMPARE(first.messages.size(), qsizetype(4));
    const quint32 oldValidity = state.uidValidity;

    const quint32 newValidity = oldValidity + 1000;
    const QString error
        = m_dovecot.doveadm({u"mailbox"_s, u"update"_s}, {u"--uid-validity"_s, QString::number(newValidity), mailbox});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Scan again = scan(account(ImapAccount::Security::ImplicitTls, mailbox), m_dovecot.password(), &state);

    QVERIFY2(again.ok, qPrintable(again.problems.join(u'\n')));
    QVERIFY(again.report.restarted);
    QCOMPARE(sorted(again.messages), sorted(withCrlf(m_corpus.mid(10, 4))));
    QCOMPARE(state.uidValidity, newValidity);
    QCOMPARE(state.lastUid, 4u);

    const Scan settled = scan(account(ImapAccount::Security::ImplicitTls, mailbox), m_dovecot.password(), &state);
    QVERIFY(!settled.report.restarted);
    QVERIFY(settled.messages.isEmpty());
}

void TestImapDovecot::wrongPasswordIsAClearError()
{
    ImapSyncState state;
    const Scan result = scan(account(ImapAccount::Security::ImplicitTls), u"not-the-password"_s, &state);

    QVERIFY(!result.ok);
    QCOMPARE(result.problems.size(), qsizetype(1));
    const QString& problem = result.problems.first();
    QVERIFY2(problem.contains(u"The server 127.0.0.1:10993 refused the login of bounces"_s), qPrintable(problem));
    QVERIFY2(problem.contains(u"Authentication failed"_s), qPrintable(problem));
    QVERIFY2(!problem.contains(u"not-the-password"_s), qPrintable(problem));
    QVERIFY(result.report.untrustedCertificate.isNull());
}

void TestImapDovecot::missingFolderIsAClearError()
{
    ImapSyncState state;
    const Scan result
        = scan(account(ImapAccount::Security::ImplicitTls, u"No such folder"_s), m_dovecot.password(), &state);

    QVERIFY(!result.ok);
    QCOMPARE(result.problems.size(), qsizetype(1));
    QVERIFY2(result.problems.first().contains(u"could not open the folder No such folder: Mailbox doesn't exist"_s),
        qPrintable(result.problems.first()));
}

void TestImapDovecot::processedMessagesMoveToAFolder_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("destination");

    QTest::newRow("with UID MOVE, into a new folder with a name that is not ASCII")
        << m_dovecot.host() << u"MoveSource"_s << u"Verarbeitete Rückläufer"_s;
    QTest::newRow("with COPY, STORE and UID EXPUNGE where the server has no MOVE")
        << m_dovecot.hostWithoutMove() << u"CopySource"_s << u"Processed"_s;
}

void TestImapDovecot::processedMessagesMoveToAFolder()
{
    QFETCH(QString, host);
    QFETCH(QString, source);
    QFETCH(QString, destination);
    const QList<QByteArray> messages = m_corpus.mid(20, 25); // more than one batch
    QVERIFY(deliver(messages, source).isEmpty());
    ImapAccount moving = account(ImapAccount::Security::ImplicitTls, source);
    moving.host = host;
    moving.moveTo = destination;
    ImapSyncState state;

    const Scan result = scan(moving, m_dovecot.password(), &state);

    QVERIFY2(result.ok, qPrintable(result.problems.join(u'\n')));
    QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
    QCOMPARE(sorted(result.messages), sorted(withCrlf(messages)));
    QCOMPARE(result.report.messagesMoved, int(messages.size()));
    QCOMPARE(messageCount(source), 0);
    QCOMPARE(messageCount(destination), int(messages.size()));
    QVERIFY(!flags(destination).contains("\\Seen"));

    const Scan again = scan(moving, m_dovecot.password(), &state);
    QVERIFY(again.ok);
    QVERIFY(again.messages.isEmpty());
    QCOMPARE(again.report.messagesMoved, 0);
}

void TestImapDovecot::cancelKeepsWhatWasReadAndTheNextScanGoesOn()
{
    ImapSyncState state;
    const Scan cancelled = scan(account(ImapAccount::Security::ImplicitTls), m_dovecot.password(), &state, 30);

    QVERIFY(cancelled.ok);
    QVERIFY2(cancelled.problems.isEmpty(), qPrintable(cancelled.problems.join(u'\n')));
    QCOMPARE(cancelled.messages.size(), qsizetype(30));
    QCOMPARE(state.lastUid, 30u);

    const Scan rest = scan(account(ImapAccount::Security::ImplicitTls), m_dovecot.password(), &state);
    QVERIFY(rest.ok);
    QCOMPARE(rest.messages.size(), m_corpus.size() - 30);
    QCOMPARE(sorted(cancelled.messages + rest.messages), sorted(withCrlf(m_corpus)));
}

// What Test Connection runs: it logs in and opens the folder read-only, and looks for the
// folder processed notices go to without making it.
void TestImapDovecot::checkAccountLogsInAndChangesNothing()
{
    ImapAccount checked = account(ImapAccount::Security::StartTls);
    checked.trustedCertificates.clear();
    checked.moveTo = u"CheckNotThere"_s;
    const QByteArray flagsBefore = flags(u"INBOX"_s);
    const int loginsBefore = logins();

    const ImapAccountCheck untrusted = ImapClient::checkAccount(checked, m_dovecot.password());
    QVERIFY(!untrusted.ok);
    QCOMPARE(untrusted.untrustedCertificate.fingerprint, m_dovecot.fingerprint());
    QCOMPARE(untrusted.untrustedCertificate.subject, u"Mailroom test Dovecot"_s);
    QVERIFY2(untrusted.error.contains(u"does not trust"_s), qPrintable(untrusted.error));
    QCOMPARE(logins(), loginsBefore);

    checked.trustedCertificates = {m_dovecot.fingerprint()};
    const ImapAccountCheck check = ImapClient::checkAccount(checked, m_dovecot.password());
    QVERIFY2(check.ok, qPrintable(check.error));
    QVERIFY(check.untrustedCertificate.isNull());
    QCOMPARE(int(check.messages), messageCount(u"INBOX"_s));
    QVERIFY(!check.moveToExists);
    QVERIFY(!QFileInfo::exists(m_dovecot.maildir(u"CheckNotThere"_s)));
    QCOMPARE(flags(u"INBOX"_s), flagsBefore);

    QVERIFY(deliver(m_corpus.mid(0, 1), u"CheckThere"_s).isEmpty());
    checked.moveTo = u"CheckThere"_s;
    QVERIFY(ImapClient::checkAccount(checked, m_dovecot.password()).moveToExists);

    const ImapAccountCheck wrong = ImapClient::checkAccount(checked, u"not the password"_s);
    QVERIFY(!wrong.ok);
    QVERIFY(wrong.untrustedCertificate.isNull());
    QVERIFY2(wrong.error.contains(u"refused the login"_s), qPrintable(wrong.error));
}

// The local copy of a mailbox whose owner asked to move processed notices: the notices go, other
// mail stays, and the copy holds all of it. Without a password nothing is tried.
void TestImapDovecot::localCopyMovesOnlyNoticesAndNeedsAPassword()
{
    const QByteArray personal = "From: owner@jobs.example\nTo: bounces@jobs.example\nSubject: Lunch on Friday?\n"
                                "Date: Mon, 2 Dec 2024 09:00:00 +0100\nMessage-ID: <lunch@jobs.example>\n\n"
                                "Are we still on for lunch?\n";
    const QList<QByteArray> notices = m_corpus.mid(60, 4);
    QVERIFY(deliver(notices + QList<QByteArray> {personal}, u"SyncSource"_s).isEmpty());
    const QString url = u"imaps://bounces@127.0.0.1:%1/SyncSource"_s.arg(m_dovecot.imapsPort());
    QTemporaryDir cache;
    ImapAccess access;
    access.passwords.insert(url, m_dovecot.password());
    access.trustedCertificates = {m_dovecot.fingerprint()};
    access.cacheFolder = cache.path();
    access.moveTo.insert(url, u"SyncDone"_s);
    QStringList problems;
    ImapCertificateProblem untrusted;

    const QString copy = MailboxScan::syncImap(url, access, &problems, nullptr, &untrusted);

    QVERIFY2(!copy.isEmpty() && problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(untrusted.isNull());
    QCOMPARE(messageCount(u"SyncSource"_s), 1);
    QCOMPARE(messageCount(u"SyncDone"_s), int(notices.size()));
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray copied = file.readAll();
    QCOMPARE(
        copied.count("\nFrom MAILER-DAEMON ") + (copied.startsWith("From MAILER-DAEMON ") ? 1 : 0), notices.size() + 1);
    QVERIFY(copied.contains("Are we still on for lunch?"));
    file.close();

    ImapAccess withoutPassword = access;
    withoutPassword.passwords.clear();
    const int loginsBefore = logins();
    problems.clear();
    QCOMPARE(MailboxScan::syncImap(url, withoutPassword, &problems, nullptr), copy); // what was read before
    QCOMPARE(problems, QStringList {u"No password for %1 was given, so Mailroom did not log in."_s.arg(url)});
    QCOMPARE(logins(), loginsBefore);
}

// A server that offers no STARTTLS gets no LOGIN and no password: the client gives up after
// asking for the capabilities.
// mailroom-cli bounces on an imaps:// URL says what it says on the same notices in a local
// Maildir; a second run fetches only what was added and still reports every notice.
void TestImapDovecot::cliReadsTheMailboxIncrementally()
{
    QTemporaryDir home;
    QVERIFY(QDir(home.path()).mkpath(u"local/cur"_s));
    const QString url = u"imaps://bounces@127.0.0.1:%1/CliBox"_s.arg(m_dovecot.imapsPort());
    const auto run = [&](const QStringList& arguments, QByteArray* out) {
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(MAILROOM_CLI), arguments);
        cli.write(m_dovecot.password().toUtf8() + '\n');
        cli.closeWriteChannel();
        if (!cli.waitForFinished(60'000))
            return QByteArray("mailroom-cli did not finish");
        *out = cli.readAllStandardOutput();
        return cli.exitCode() == 0 ? QByteArray() : cli.readAllStandardError();
    };
    const QStringList imap = {u"bounces"_s, u"--format"_s, u"csv"_s, u"--imap-password-stdin"_s,
        u"--trust-certificate"_s, m_dovecot.fingerprint(), url};
    const QStringList local = {u"bounces"_s, u"--format"_s, u"csv"_s, home.filePath(u"local"_s)};

    int delivered = 0;
    for (const int batch : {40, 25}) {
        for (int i = 0; i < batch; ++i, ++delivered) {
            const QByteArray& message = m_corpus.at(delivered);
            QCOMPARE(m_dovecot.deliver(message, u"CliBox"_s), QString());
            // Named in delivery order: notices without a date are applied in the order read.
            QFile file(home.filePath(u"local/cur/%1.eml"_s.arg(delivered, 4, 10, QChar(u'0'))));
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(message) == message.size());
        }
        QByteArray fromImap;
        QByteArray fromDisk;
        QCOMPARE(run(imap, &fromImap), QByteArray());
        QCOMPARE(run(local, &fromDisk), QByteArray());
        QVERIFY(fromDisk.count('\n') > 10);
        const QList<QByteArray> imapRows = fromImap.split('\n');
        const QList<QByteArray> diskRows = fromDisk.split('\n');
        for (qsizetype r = 0; r < std::max(imapRows.size(), diskRows.size()); ++r)
            QCOMPARE(imapRows.value(r), diskRows.value(r));
    }
    // The second run added only the 25 new messages to the local copy (a re-read would also
    // have doubled the events column above).
    QDirIterator copies(home.filePath(u"data"_s), {u"imap-*.mbox"_s}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(copies.hasNext());
    QFile copy(copies.next());
    QVERIFY(copy.open(QIODevice::ReadOnly));
    int messages = 0;
    while (!copy.atEnd())
        messages += copy.readLine().startsWith("From MAILER-DAEMON ") ? 1 : 0;
    QCOMPARE(messages, delivered);

    // Asked to, the CLI moves the notices it reads to a folder (the mailbox was unchanged until
    // then); what it read before stays where it was.
    QCOMPARE(messageCount(u"CliBox"_s), delivered);
    for (int i = 0; i < 10; ++i, ++delivered)
        QCOMPARE(m_dovecot.deliver(m_corpus.at(delivered), u"CliBox"_s), QString());
    QByteArray moved;
    QCOMPARE(run(QStringList(imap) << u"--imap-move-to"_s << u"CliDone"_s, &moved), QByteArray());
    const int left = messageCount(u"CliBox"_s);
    QVERIFY2(left >= delivered - 10 && left < delivered, qPrintable(QString::number(left)));
    QCOMPARE(messageCount(u"CliDone"_s) + left, delivered);
}

void TestImapDovecot::serverWithoutStartTlsNeverSeesTheLogin()
{
    ScriptedServer server(false, {}, {});
    const quint16 port = server.start(
        "* OK plain only\r\n", {{"CAPABILITY", "* CAPABILITY IMAP4rev1 AUTH=PLAIN LOGIN\r\n$tag OK done\r\n"}}, true);
    ImapAccount plain = account(ImapAccount::Security::StartTls);
    plain.port = port;
    ImapSyncState state;

    const Scan result = scan(plain, u"secret-password"_s, &state);
    server.finish();

    QVERIFY(!result.ok);
    QVERIFY2(result.problems.value(0).contains(u"does not offer STARTTLS"_s), qPrintable(result.problems.value(0)));
    QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
    QVERIFY(!server.received().contains("LOGIN"));
    QVERIFY(!server.received().contains("secret-password"));
}

void TestImapDovecot::loginDisabledUsesAuthenticatePlain()
{
    ScriptedServer server(true, m_dovecot.certificateFile(), m_dovecot.keyFile());
    const QByteArray credentials = QByteArray("\0bounces\0pw", 11).toBase64();
    const quint16 port = server.start("* OK [CAPABILITY IMAP4rev1 LOGINDISABLED AUTH=PLAIN] no LOGIN here\r\n",
        {{"AUTHENTICATE PLAIN", "+ \r\n"}, {credentials, "$tag OK [CAPABILITY IMAP4rev1] Logged in\r\n"},
            {"EXAMINE \"INBOX\"", "* 0 EXISTS\r\n* OK [UIDVALIDITY 9] valid\r\n$tag OK [READ-ONLY] done\r\n"},
            {"LOGOUT", "* BYE bye\r\n$tag OK done\r\n"}},
        false);
    ImapAccount scripted = account(ImapAccount::Security::ImplicitTls);
    scripted.port = port;
    scripted.timeoutSeconds = 5;
    ImapSyncState state;

    const Scan result = scan(scripted, u"pw"_s, &state);
    server.finish();

    QVERIFY2(result.ok, qPrintable(result.problems.join(u'\n')));
    QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
    QVERIFY(!server.received().contains("LOGIN "));
    QCOMPARE(state.uidValidity, 9u);
}

// The connection ends in the middle of the second message's literal: the first message is kept,
// lastUid stands after it, and the next scan reads the rest.
void TestImapDovecot::connectionLostMidMessageKeepsWhatWasRead()
{
    const QByteArray one = withCrlf(m_corpus[0]);
    const QByteArray two = withCrlf(m_corpus[1]);
    const QByteArray three = withCrlf(m_corpus[2]);
    const auto sizes = [&](quint32 from) -> QByteArray {
        QByteArray list;
        const QList<QByteArray> all {one, two, three};
        for (quint32 uid = from; uid <= 3; ++uid) {
            list += "* " + QByteArray::number(uid) + " FETCH (UID " + QByteArray::number(uid) + " RFC822.SIZE "
                + QByteArray::number(all[uid - 1].size()) + ")\r\n";
        }
        return list + "$tag OK Fetch completed\r\n";
    };
    const QByteArray examine = "* 3 EXISTS\r\n* OK [UIDVALIDITY 7] UIDs valid\r\n* OK [UIDNEXT 4] next\r\n"
                               "$tag OK [READ-ONLY] done\r\n";
    ScriptedServer dropping(true, m_dovecot.certificateFile(), m_dovecot.keyFile());
    const QByteArray cut = "* 2 FETCH (UID 2 BODY[] {" + QByteArray::number(two.size()) + "}\r\n" + two.left(100);
    const quint16 port = dropping.start(scriptedGreeting,
        {{"LOGIN", "$tag OK [CAPABILITY IMAP4rev1 UIDPLUS] Logged in\r\n"}, {"EXAMINE", examine},
            {"UID FETCH 1:* (UID RFC822.SIZE)", sizes(1)},
            {"UID FETCH 1:3 (UID BODY.PEEK[])", fetchResponse(1, 1, one) + cut}},
        false);
    ImapAccount scripted = account(ImapAccount::Security::ImplicitTls);
    scripted.port = port;
    scripted.timeoutSeconds = 5;
    ImapSyncState state;

    const Scan dropped = scan(scripted, u"pw"_s, &state);
    dropping.finish();

    QVERIFY2(dropping.error().isEmpty(), qPrintable(dropping.error()));
    QVERIFY(dropped.ok);
    QCOMPARE(dropped.messages, QList<QByteArray>({one}));
    QCOMPARE(state.uidValidity, 7u);
    QCOMPARE(state.lastUid, 1u);
    QCOMPARE(dropped.problems.size(), qsizetype(1));
    const QString& problem = dropped.problems.first();
    QVERIFY2(problem.contains(u"reading stopped after 1 message"_s), qPrintable(problem));
    QVERIFY2(problem.contains(u"closed the connection"_s), qPrintable(problem));
    QVERIFY2(problem.contains(u"the next scan goes on from UID 2"_s), qPrintable(problem));

    ScriptedServer resuming(true, m_dovecot.certificateFile(), m_dovecot.keyFile());
    const quint16 again = resuming.start(scriptedGreeting,
        {{"LOGIN", "$tag OK [CAPABILITY IMAP4rev1 UIDPLUS] Logged in\r\n"}, {"EXAMINE", examine},
            {"UID FETCH 2:* (UID RFC822.SIZE)", sizes(2)},
            {"UID FETCH 2:3 (UID BODY.PEEK[])",
                fetchResponse(2, 2, two) + fetchResponse(3, 3, three) + "$tag OK Fetch completed\r\n"},
            {"LOGOUT", "* BYE bye\r\n$tag OK done\r\n"}},
        false);
    scripted.port = again;
    const Scan rest = scan(scripted, u"pw"_s, &state);
    resuming.finish();

    QVERIFY2(resuming.error().isEmpty(), qPrintable(resuming.error()));
    QVERIFY2(rest.problems.isEmpty(), qPrintable(rest.problems.join(u'\n')));
    QCOMPARE(rest.messages, QList<QByteArray>({two, three}));
    QCOMPARE(state.lastUid, 3u);
}

void TestImapDovecot::messageTooLargeIsNamedAndPassed()
{
    const QByteArray small = withCrlf(m_corpus[3]);
    ScriptedServer server(true, m_dovecot.certificateFile(), m_dovecot.keyFile());
    const quint16 port = server.start(scriptedGreeting,
        {{"LOGIN", "$tag OK [CAPABILITY IMAP4rev1] Logged in\r\n"},
            {"EXAMINE", "* 2 EXISTS\r\n* OK [UIDVALIDITY 3] valid\r\n$tag OK [READ-ONLY] done\r\n"},
            {"UID FETCH 1:* (UID RFC822.SIZE)",
                "* 1 FETCH (UID 1 RFC822.SIZE 70000000)\r\n* 2 FETCH (UID 2 RFC822.SIZE "
                    + QByteArray::number(small.size()) + ")\r\n$tag OK done\r\n"},
            {"UID FETCH 2 (UID BODY.PEEK[])", fetchResponse(2, 2, small) + "$tag OK done\r\n"},
            {"LOGOUT", "* BYE bye\r\n$tag OK done\r\n"}},
        false);
    ImapAccount scripted = account(ImapAccount::Security::ImplicitTls);
    scripted.port = port;
    scripted.timeoutSeconds = 5;
    ImapSyncState state;

    const Scan result = scan(scripted, u"pw"_s, &state);
    server.finish();

    QVERIFY2(server.error().isEmpty(), qPrintable(server.error()));
    QVERIFY(result.ok);
    QCOMPARE(result.messages, QList<QByteArray>({small}));
    QCOMPARE(result.problems.size(), qsizetype(1));
    QVERIFY2(result.problems.first().endsWith(u"/INBOX, UID 1: the message is 66 MB, more than the 64 MB Mailroom "
                                              "reads; it was skipped."_s),
        qPrintable(result.problems.first()));
    QCOMPARE(state.lastUid, 2u);
}

void TestImapDovecot::hostileServerFailsCleanly_data()
{
    QTest::addColumn<bool>("tls");
    QTest::addColumn<ImapAccount::Security>("security");
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<QList<Step>>("steps");
    QTest::addColumn<bool>("holdOpen");
    QTest::addColumn<QString>("reason");

    const auto tls = ImapAccount::Security::ImplicitTls;
    const Step login {"LOGIN", "$tag OK Logged in\r\n"};
    const Step capability {"CAPABILITY", "* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n$tag OK done\r\n"};
    QTest::newRow("an HTTP server") << true << tls << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n") << QList<Step>()
                                    << false << u"not IMAP"_s;
    QTest::newRow("a flood of bytes without a line end")
        << true << tls << QByteArray(2 * 1024 * 1024, 'x') << QList<Step>() << false << u"has no end"_s;
    QTest::newRow("a NO for a greeting") << true << tls << QByteArray("* NO go away\r\n") << QList<Step>() << false
                                         << u"not an IMAP server, or not one Mailroom understands"_s;
    QTest::newRow("a BYE for a greeting")
        << true << tls << QByteArray("* BYE Too many connections\r\n") << QList<Step>() << false
        << u"refused the connection: Too many connections"_s;
    QTest::newRow("nonsense where the folder's state belongs")
        << true << tls << scriptedGreeting << QList<Step>({login, capability, {"EXAMINE", "* 1 EXISTS\r\n)))(((\r\n"}})
        << true << u"not IMAP"_s;
    QTest::newRow("a literal too large to read")
        << true << tls << scriptedGreeting
        << QList<Step>({login, capability, {"EXAMINE", "* 1 EXISTS\r\n* OK [UIDVALIDITY 5] ok\r\n$tag OK done\r\n"},
               {"UID FETCH", "* 1 FETCH (UID 1 BODY[] {999999999}\r\n"}})
        << true << u"larger than"_s;
    QTest::newRow("an answer to a command never sent")
        << true << tls << scriptedGreeting << QList<Step>({login, capability, {"EXAMINE", "zz9 OK done\r\n"}}) << true
        << u"did not send"_s;
    QTest::newRow("a folder without UIDVALIDITY")
        << true << tls << scriptedGreeting << QList<Step>({login, capability, {"EXAMINE", "$tag OK done\r\n"}}) << true
        << u"did not give the UIDVALIDITY"_s;
    QTest::newRow("a closed connection right after LOGIN")
        << true << tls << scriptedGreeting << QList<Step>({{"LOGIN", QByteArray()}}) << false
        << u"closed the connection unexpectedly"_s;
    QTest::newRow("silence after LOGIN") << true << tls << scriptedGreeting << QList<Step>({{"LOGIN", QByteArray()}})
                                         << true << u"did not answer in 2 seconds"_s;
    QTest::newRow("a server that never starts TLS")
        << false << tls << QByteArray() << QList<Step>() << true << u"did not complete the TLS handshake"_s;
    QTest::newRow("lines slipped in after STARTTLS's OK")
        << false << ImapAccount::Security::StartTls
        << QByteArray("* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] ready\r\n")
        << QList<Step>({{"STARTTLS", "$tag OK Begin TLS\r\n* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\r\n"}})
        << true << u"before the encryption started"_s;
}

void TestImapDovecot::hostileServerFailsCleanly()
{
    QFETCH(bool, tls);
    QFETCH(ImapAccount::Security, security);
    QFETCH(QByteArray, greeting);
    QFETCH(QList<Step>, steps);
    QFETCH(bool, holdOpen);
    QFETCH(QString, reason);
    ScriptedServer server(tls, m_dovecot.certificateFile(), m_dovecot.keyFile());
    ImapAccount scripted = account(security);
    scripted.port = server.start(greeting, steps, holdOpen);
    scripted.timeoutSeconds = 2;
    ImapSyncState state;

    QElapsedTimer timer;
    timer.start();
    const Scan result = scan(scripted, u"pw"_s, &state);
    const qint64 elapsed = timer.elapsed();
    server.finish();

    QVERIFY(!result.ok);
    QVERIFY(result.messages.isEmpty());
    QCOMPARE(result.problems.size(), qsizetype(1));
    QVERIFY2(result.problems.first().contains(reason), qPrintable(result.problems.first()));
    QVERIFY2(result.problems.first().contains(u"127.0.0.1:"_s), qPrintable(result.problems.first()));
    QVERIFY2(elapsed < 8000, qPrintable(QString::number(elapsed)));
    QCOMPARE(state.lastUid, 0u);
}

QTEST_GUILESS_MAIN(TestImapDovecot)
#include "TestImapDovecot.moc"
