#include "BounceTableModel.h"
#include "BouncesPage.h"
#include "ImapSourceDialog.h"
#include "LocalDovecot.h"
#include "MainWindow.h"
#include "UserPrompts.h"
#include "bounces/BounceScan.h"
#include "support/CredentialStore.h"
#include "support/Settings.h"

#include <QAction>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace {

// Answers the certificate question the way the test says, and keeps what it was shown.
class TrustingPrompts : public UserPrompts
{
public:
    struct Question
    {
        QString server;
        ImapCertificateProblem certificate;
    };
    QList<Question> questions;
    QStringList messages;

    void trustCertificate(QWidget*, const QString& server, const ImapCertificateProblem& certificate,
        std::function<void()> trust) override
    {
        questions.append({server, certificate});
        trust();
    }
    void showMessage(QWidget*, QMessageBox::Icon, const QString& title, const QString& text, const QString&) override
    {
        messages << title + u": "_s + text;
    }
    void offer(QWidget*, QMessageBox::Icon, const QString&, const QString& text, const QString&,
        std::function<void()>) override
    {
        messages << text;
    }
};

// QTest::keyClicks() takes Latin-1 only, and the test user's password is not: other letters go in
// as key events carrying their text.
void type(QWidget* dialog, const char* name, const QString& text)
{
    auto* field = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
    QVERIFY(field);
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(field, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

QSet<QByteArray> addressesIn(const BounceTableModel& model)
{
    QSet<QByteArray> addresses;
    for (int row = 0; row < model.rowCount(); ++row)
        addresses.insert(model.recordAt(row)->address);
    return addresses;
}

} // namespace

// The IMAP mailbox as a source in the GUI, against a real Dovecot with a self-signed certificate
// (LocalDovecot.h: IMAPS on 127.0.0.1:10993, STARTTLS on 10143) whose INBOX holds the shared
// corpus: the dialog's Test Connection meets the certificate, the owner trusts it, and the scan
// started by the dialog fills the Bounces table with the notices' recipients; a scan of a saved
// mailbox that meets the certificate asks the same and reads again once trusted.
class TestImapSourceDovecot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void testConnectionTrustsTheCertificateAndTheScanShowsTheNotices();
    void aScanThatMeetsTheCertificateAsksAndReadsAgain();

private:
    void showWindow();
    void checkTable() const;
    QString mailboxStatus() const;

    LocalDovecot m_dovecot {10993, 10143};
    QSet<QByteArray> m_localAddresses; // what a scan of the corpus files finds
    QSet<QByteArray> m_expected; // the recipients Sisimai finds in the corpus
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    TrustingPrompts m_prompts;
    std::unique_ptr<InMemoryCredentialStore> m_secrets;
    std::unique_ptr<MainWindow> m_window;
};

void TestImapSourceDovecot::initTestCase()
{
    const QString error = m_dovecot.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QString corpus = QStringLiteral(MAILROOM_SHARED_DIR "/corpus/sisimai");
    QDirIterator files(corpus + u"/emails"_s, {u"*.eml"_s}, QDir::Files);
    QStringList paths;
    while (files.hasNext())
        paths.append(files.next());
    paths.sort();
    for (const QString& path : std::as_const(paths)) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString delivered = m_dovecot.deliver(file.readAll());
        QVERIFY2(delivered.isEmpty(), qPrintable(delivered));
    }
    QVERIFY(paths.size() > 300);

    // The same notices read from the files, for comparison.
    BounceScanRequest local;
    local.paths = {corpus + u"/emails"_s};
    const std::shared_ptr<BounceScanResult> scanned = runBounceScan(local);
    for (const RecipientRecord& record : scanned->recipients)
        m_localAddresses.insert(record.address);
    QVERIFY(m_localAddresses.size() > 100);
    QFile expected(corpus + u"/expected.jsonl"_s);
    QVERIFY(expected.open(QIODevice::ReadOnly));
    while (!expected.atEnd()) {
        const QJsonObject row = QJsonDocument::fromJson(expected.readLine()).object();
        m_expected.insert(row.value(u"recipient"_s).toString().toLower().toUtf8());
    }
    QVERIFY(m_expected.size() > 100);
}

void TestImapSourceDovecot::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    m_prompts = TrustingPrompts();
    m_secrets = std::make_unique<InMemoryCredentialStore>();
}

void TestImapSourceDovecot::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_settings, &m_prompts, m_secrets.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestImapSourceDovecot::cleanup()
{
    m_window.reset();
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
    // Connection checks run on the global pool: let them end and the pool's threads go, so
    // OpenSSL's per-thread state is freed before the leak check at exit.
    QThreadPool::globalInstance()->waitForDone();
}

void TestImapSourceDovecot::cleanupTestCase()
{
    m_dovecot.stop();
}

// The INBOX's message count and unseen count, as Dovecot's own tool sees them.
QString TestImapSourceDovecot::mailboxStatus() const
{
    QByteArray output;
    const QString error = m_dovecot.doveadm({u"mailbox"_s, u"status"_s}, {u"messages unseen"_s, u"INBOX"_s}, &output);
    return error.isEmpty() ? QString::fromUtf8(output).trimmed() : error;
}

// Every recipient a scan of the corpus files finds is in the table, and nothing else; and the
// table holds the recipients Sisimai finds, bar the few differences the corpus test lists.
void TestImapSourceDovecot::checkTable() const
{
    const BounceTableModel& model = *m_window->bouncesPage()->model();
    QCOMPARE(model.rowCount(), int(model.totalCount()));
    const QSet<QByteArray> shown = addressesIn(model);
    QCOMPARE(shown, m_localAddresses);
    const qsizetype found = (m_expected & shown).size();
    qInfo("the table shows %lld of the %lld recipients Sisimai finds in the corpus", qlonglong(found),
        qlonglong(m_expected.size()));
    QVERIFY(found * 100 >= m_expected.size() * 95);
    QVERIFY(shown.contains("kijitora@example.jp"));
    QVERIFY(shown.contains("userunknown@example.jp"));
}

void TestImapSourceDovecot::testConnectionTrustsTheCertificateAndTheScanShowsTheNotices()
{
    showWindow();
    const QString statusBefore = mailboxStatus();
    const QRegularExpressionMatch counted = QRegularExpression(u"messages=(\\d+)"_s).match(statusBefore);
    QVERIFY2(counted.hasMatch() && statusBefore.contains(u"unseen="_s), qPrintable(statusBefore));
    const quint64 messages = counted.captured(1).toULongLong();

    m_window->findChild<QAction*>(u"openImapMailboxAction"_s)->trigger();
    auto* dialog = m_window->findChild<ImapSourceDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    type(dialog, "host", m_dovecot.host());
    type(dialog, "port", QString::number(m_dovecot.imapsPort()));
    type(dialog, "user", m_dovecot.user());
    type(dialog, "password", m_dovecot.password());
    auto* result = dialog->findChild<QLabel*>(u"connectionResult"_s);

    // The certificate is self-signed: the owner sees it, trusts it, and the test goes through.
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"testConnection"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_prompts.questions.size(), 1, 30000);
    const TrustingPrompts::Question& asked = m_prompts.questions.first();
    QCOMPARE(asked.server, u"127.0.0.1:%1"_s.arg(m_dovecot.imapsPort()));
    QCOMPARE(asked.certificate.fingerprint, m_dovecot.fingerprint());
    QCOMPARE(asked.certificate.subject, u"Mailroom test Dovecot"_s);
    QCOMPARE(asked.certificate.issuer, u"Mailroom test Dovecot"_s);
    QVERIFY(asked.certificate.expires > QDateTime::currentDateTimeUtc());
    QVERIFY2(asked.certificate.errors.join(u' ').contains(u"self-signed"_s),
        qPrintable(asked.certificate.errors.join(u" | "_s)));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isTesting() && result->text().startsWith(u"Connected"_s), 30000);
    QVERIFY2(result->text().contains(u"logged in as bounces. The folder INBOX holds %1 message"_s.arg(messages)),
        qPrintable(result->text()));
    QCOMPARE(dialog->trustedCertificates(), QStringList {m_dovecot.fingerprint()});
    QVERIFY(m_settings->trustedImapCertificates().isEmpty()); // kept once the mailbox is added

    BouncesPage* page = m_window->bouncesPage();
    QSignalSpy running(page, &BouncesPage::scanRunningChanged);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"addMailbox"_s), Qt::LeftButton);
    const QString url = u"imaps://bounces@127.0.0.1:%1/INBOX"_s.arg(m_dovecot.imapsPort());
    QTRY_COMPARE(m_settings->logSources(), QStringList {url});
    QCOMPARE(m_settings->trustedImapCertificates(), QStringList {m_dovecot.fingerprint()});
    QVERIFY(m_settings->imapMoveTo().isEmpty());

    QTRY_VERIFY_WITH_TIMEOUT(running.count() >= 2 && !page->isScanning(), 120000);
    QVERIFY(page->result());
    QCOMPARE(page->result()->files, QStringList {url});
    const FileReport& report = page->result()->report.files.first();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY(report.untrustedCertificate.isNull());
    QCOMPARE(report.lines, messages);
    checkTable();
    QCOMPARE(m_prompts.questions.size(), 1); // the trusted certificate is not asked about again
    QVERIFY2(m_prompts.messages.isEmpty(), qPrintable(m_prompts.messages.join(u'\n')));
    // Reading changed nothing in the mailbox: every message is there, and unread.
    QCOMPARE(mailboxStatus(), statusBefore);
}

void TestImapSourceDovecot::aScanThatMeetsTheCertificateAsksAndReadsAgain()
{
    const QString url = u"imap://bounces@127.0.0.1:%1/INBOX"_s.arg(m_dovecot.imapPort());
    m_settings->setLogSources({url});
    QSignalSpy written(m_secrets.get(), &CredentialStore::secretWritten);
    m_secrets->writeSecret(ImapSourceDialog::secretKey(url), m_dovecot.password());
    QVERIFY(written.wait(5000));
    showWindow();
    BouncesPage* page = m_window->bouncesPage();
    QSignalSpy results(page, &BouncesPage::resultChanged);

    m_window->start();

    // The first scan meets the certificate (over STARTTLS); trusted, the second one reads.
    QTRY_COMPARE_WITH_TIMEOUT(m_prompts.questions.size(), 1, 60000);
    QCOMPARE(m_prompts.questions.first().server, u"127.0.0.1:%1"_s.arg(m_dovecot.imapPort()));
    QCOMPARE(m_prompts.questions.first().certificate.fingerprint, m_dovecot.fingerprint());
    QCOMPARE(m_settings->trustedImapCertificates(), QStringList {m_dovecot.fingerprint()});
    QTRY_VERIFY_WITH_TIMEOUT(results.count() >= 2 && !page->isScanning(), 120000);
    const FileReport& report = page->result()->report.files.first();
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY(report.untrustedCertificate.isNull());
    checkTable();
    QCOMPARE(m_prompts.questions.size(), 1);
}

QTEST_MAIN(TestImapSourceDovecot)
#include "TestImapSourceDovecot.moc"
