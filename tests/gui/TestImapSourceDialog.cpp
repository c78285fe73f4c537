#include "ImapSourceDialog.h"
#include "UserPrompts.h"
#include "support/CredentialStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace {

// type() takes Latin-1 only: other letters go in as key events carrying their text.
void type(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Records the certificate questions; the dialog tests here never meet a certificate.
class RecordingPrompts : public UserPrompts
{
public:
    int certificateQuestions = 0;

    void trustCertificate(QWidget*, const QString&, const ImapCertificateProblem&, std::function<void()>) override
    {
        ++certificateQuestions;
    }
};

// A keychain that refuses to keep anything, as a locked one does.
class RefusingStore : public CredentialStore
{
public:
    using CredentialStore::CredentialStore;

    void readSecret(const QString& key) override
    {
        QMetaObject::invokeMethod(
            this, [this, key] { Q_EMIT secretRead(key, Outcome::NotFound, {}, {}); }, Qt::QueuedConnection);
    }
    void writeSecret(const QString& key, const QString&) override
    {
        QMetaObject::invokeMethod(
            this, [this, key] { Q_EMIT secretWritten(key, Outcome::Failed, u"the keyring is locked"_s); },
            Qt::QueuedConnection);
    }
    void removeSecret(const QString& key) override
    {
        QMetaObject::invokeMethod(
            this, [this, key] { Q_EMIT secretRemoved(key, Outcome::Ok, {}); }, Qt::QueuedConnection);
    }
};

} // namespace

// The IMAP mailbox dialog on its own: what the form makes of the fields, what it refuses, where
// the password goes, and that Test Connection leaves the window responsive and can be stopped.
class TestImapSourceDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void tabGoesThroughTheFormInReadingOrder();
    void theFormGivesTheMailboxUrl_data();
    void theFormGivesTheMailboxUrl();
    void mistakesAreNamedInlineAndNothingIsKept_data();
    void mistakesAreNamedInlineAndNothingIsKept();
    void thePasswordGoesToTheCredentialStore();
    void aNewMailboxWithoutPasswordIsRefused();
    void aMailboxAddedBeforeKeepsItsPassword();
    void aKeychainThatRefusesKeepsTheDialogOpen();
    void aServerThatIsNotThereIsAClearResult();
    void aTestThatHangsCanBeStopped();

private:
    template<typename T> T* child(const char* name) const { return m_dialog->findChild<T*>(QString::fromLatin1(name)); }
    void fill(const QString& host, const QString& user, const QString& password = {});
    QString resultText() const { return child<QLabel>("connectionResult")->text(); }
    QString storedSecret(const QString& key);

    InMemoryCredentialStore m_secrets;
    RecordingPrompts m_prompts;
    std::unique_ptr<ImapSourceDialog> m_dialog;
};

void TestImapSourceDialog::init()
{
    m_prompts = RecordingPrompts();
    m_dialog = std::make_unique<ImapSourceDialog>(m_secrets, m_prompts);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestImapSourceDialog::cleanup()
{
    m_dialog.reset();
    // A closed dialog's connection check ends on its own once it sees the cancel; wait for it,
    // so no test (and not the process's exit) overlaps a check still talking TLS.
    QThreadPool::globalInstance()->waitForDone();
}

void TestImapSourceDialog::fill(const QString& host, const QString& user, const QString& password)
{
    type(child<QLineEdit>("host"), host);
    type(child<QLineEdit>("user"), user);
    type(child<QLineEdit>("password"), password);
}

QString TestImapSourceDialog::storedSecret(const QString& key)
{
    QSignalSpy read(&m_secrets, &CredentialStore::secretRead);
    m_secrets.readSecret(key);
    if (!read.wait(5000))
        return u"(no answer)"_s;
    const QList<QVariant> answer = read.takeFirst();
    return answer.at(1).value<CredentialStore::Outcome>() == CredentialStore::Outcome::Ok ? answer.at(2).toString()
                                                                                          : u"(not stored)"_s;
}

void TestImapSourceDialog::tabGoesThroughTheFormInReadingOrder()
{
    QCOMPARE(m_dialog->focusWidget(), child<QLineEdit>("host"));
    QStringList order;
    QWidget* widget = child<QLineEdit>("host");
    do {
        if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisibleTo(m_dialog.get()) && widget->isEnabled())
            order.append(widget->objectName());
        widget = widget->nextInFocusChain();
    } while (widget != child<QLineEdit>("host"));
    const QStringList fields
        = {u"host"_s, u"security"_s, u"port"_s, u"user"_s, u"password"_s, u"folder"_s, u"moveTo"_s};
    QCOMPARE(order.mid(0, fields.size()), fields);
    QVERIFY(order.indexOf(u"testConnection"_s) > order.indexOf(u"moveTo"_s));
    QVERIFY(order.indexOf(u"addMailbox"_s) > order.indexOf(u"moveTo"_s));
}

void TestImapSourceDialog::theFormGivesTheMailboxUrl_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("securityKeyPresses"); // Down presses on the security choice
    QTest::addColumn<QString>("typedPort"); // replaces the port before the security changes
    QTest::addColumn<QString>("folder"); // replaces INBOX when not empty
    QTest::addColumn<QString>("shownPort");
    QTest::addColumn<QString>("url");

    QTest::newRow("TLS on its usual port leaves the port out of the URL")
        << u"imap.jobs.example"_s << u"bounces@jobs.example"_s << 0 << QString() << QString() << u"993"_s
        << u"imaps://bounces%40jobs.example@imap.jobs.example/INBOX"_s;
    QTest::newRow("STARTTLS moves the usual port to 143")
        << u"imap.jobs.example"_s << u"bounces"_s << 1 << QString() << QString() << u"143"_s
        << u"imap://bounces@imap.jobs.example/INBOX"_s;
    QTest::newRow("a port of the owner's stays when the security changes")
        << u"127.0.0.1"_s << u"bounces"_s << 1 << u"10993"_s << QString() << u"10993"_s
        << u"imap://bounces@127.0.0.1:10993/INBOX"_s;
    QTest::newRow("a folder below INBOX with letters that are not ASCII")
        << u"imap.jobs.example"_s << u"bounces"_s << 0 << QString() << u"INBOX/Rückläufer"_s << u"993"_s
        << u"imaps://bounces@imap.jobs.example/INBOX/Rückläufer"_s;
}

void TestImapSourceDialog::theFormGivesTheMailboxUrl()
{
    QFETCH(QString, host);
    QFETCH(QString, user);
    QFETCH(int, securityKeyPresses);
    QFETCH(QString, typedPort);
    QFETCH(QString, folder);
    QFETCH(QString, shownPort);
    QFETCH(QString, url);

    QCOMPARE(child<QLineEdit>("port")->text(), u"993"_s);
    QCOMPARE(child<QLineEdit>("folder")->text(), u"INBOX"_s);
    fill(host, user);
    if (!typedPort.isEmpty()) {
        child<QLineEdit>("port")->selectAll();
        type(child<QLineEdit>("port"), typedPort);
    }
    for (int i = 0; i < securityKeyPresses; ++i)
        QTest::keyClick(child<QComboBox>("security"), Qt::Key_Down);
    if (!folder.isEmpty()) {
        child<QLineEdit>("folder")->selectAll();
        type(child<QLineEdit>("folder"), folder);
    }

    QCOMPARE(child<QLineEdit>("port")->text(), shownPort);
    QVERIFY2(m_dialog->problem().isEmpty(), qPrintable(m_dialog->problem()));
    QCOMPARE(m_dialog->url(), url);
    QCOMPARE(ImapSourceDialog::secretKey(m_dialog->url()), u"imap:"_s + url);
    ImapAccount parsed;
    QString error;
    QVERIFY2(ImapAccount::fromUrl(m_dialog->url(), &parsed, &error), qPrintable(error));
    QCOMPARE(parsed.host, host);
    QCOMPARE(parsed.user, user);
    QCOMPARE(parsed.port, quint16(shownPort.toUInt()));
}

void TestImapSourceDialog::mistakesAreNamedInlineAndNothingIsKept_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("moveTo");
    QTest::addColumn<QString>("field"); // where the focus goes
    QTest::addColumn<QString>("message");

    QTest::newRow("no server") << QString() << u"993"_s << u"bounces"_s << QString() << u"host"_s
                               << u"Enter the name of the IMAP server"_s;
    QTest::newRow("a server written as a URL") << u"imaps://imap.jobs.example"_s << u"993"_s << u"bounces"_s
                                               << QString() << u"host"_s << u"is not a server name"_s;
    QTest::newRow("a server name with a space")
        << u"imap jobs.example"_s << u"993"_s << u"bounces"_s << QString() << u"host"_s << u"is not a server name"_s;
    QTest::newRow("a port above 65535") << u"imap.jobs.example"_s << u"70000"_s << u"bounces"_s << QString()
                                        << u"port"_s << u"from 1 to 65535"_s;
    QTest::newRow("port zero") << u"imap.jobs.example"_s << u"0"_s << u"bounces"_s << QString() << u"port"_s
                               << u"from 1 to 65535"_s;
    QTest::newRow("a port that is no number")
        << u"imap.jobs.example"_s << u"99x"_s << u"bounces"_s << QString() << u"port"_s << u"from 1 to 65535"_s;
    QTest::newRow("no port at all") << u"imap.jobs.example"_s << QString() << u"bounces"_s << QString() << u"port"_s
                                    << u"from 1 to 65535"_s;
    QTest::newRow("no user") << u"imap.jobs.example"_s << u"993"_s << QString() << QString() << u"user"_s
                             << u"Enter the user name"_s;
    QTest::newRow("processed notices moved into the folder they are read from")
        << u"imap.jobs.example"_s << u"993"_s << u"bounces"_s << u"inbox"_s << u"moveTo"_s
        << u"cannot be moved into the folder they are read from"_s;
}

void TestImapSourceDialog::mistakesAreNamedInlineAndNothingIsKept()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, user);
    QFETCH(QString, moveTo);
    QFETCH(QString, field);
    QFETCH(QString, message);

    fill(host, user, u"secret"_s);
    child<QLineEdit>("port")->selectAll();
    QTest::keyClick(child<QLineEdit>("port"), Qt::Key_Backspace);
    type(child<QLineEdit>("port"), port);
    type(child<QLineEdit>("moveTo"), moveTo);
    QSignalSpy written(&m_secrets, &CredentialStore::secretWritten);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);

    for (const char* button : {"testConnection", "addMailbox"}) {
        child<QLineEdit>("folder")->setFocus();
        QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton);
        QVERIFY2(resultText().contains(message), qPrintable(resultText()));
        QCOMPARE(m_dialog->focusWidget()->objectName(), field);
        QVERIFY(!m_dialog->isTesting());
    }
    QTest::qWait(50); // a queued answer from the store would be here by now
    QCOMPARE(written.count(), 0);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(m_dialog->isVisible());
}

void TestImapSourceDialog::thePasswordGoesToTheCredentialStore()
{
    fill(u"imap.jobs.example"_s, u"bounces"_s, u"Rückläufer \"2024\""_s);
    type(child<QLineEdit>("moveTo"), u"Processed"_s);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>("addMailbox"), Qt::LeftButton);
    QVERIFY(accepted.wait(5000));

    const QString url = u"imaps://bounces@imap.jobs.example/INBOX"_s;
    QCOMPARE(m_dialog->url(), url);
    QCOMPARE(m_dialog->account().moveTo, u"Processed"_s);
    QCOMPARE(storedSecret(u"imap:"_s + url), u"Rückläufer \"2024\""_s);
    QCOMPARE(m_prompts.certificateQuestions, 0);
}

void TestImapSourceDialog::aNewMailboxWithoutPasswordIsRefused()
{
    fill(u"imap.jobs.example"_s, u"nobody-yet"_s);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>("addMailbox"), Qt::LeftButton);
    QTRY_VERIFY2(resultText().contains(u"Enter the password"_s), qPrintable(resultText()));
    QCOMPARE(m_dialog->focusWidget(), child<QLineEdit>("password"));
    QCOMPARE(accepted.count(), 0);
}

void TestImapSourceDialog::aMailboxAddedBeforeKeepsItsPassword()
{
    ImapAccount before;
    QString error;
    QVERIFY(ImapAccount::fromUrl(u"imap://bounces@imap.jobs.example:1143/Bounces"_s, &before, &error));
    before.moveTo = u"Done"_s;
    QSignalSpy written(&m_secrets, &CredentialStore::secretWritten);
    m_secrets.writeSecret(ImapSourceDialog::secretKey(before.toUrl()), u"kept"_s);
    QVERIFY(written.wait(5000));

    m_dialog->setAccount(before);
    QCOMPARE(child<QLineEdit>("host")->text(), u"imap.jobs.example"_s);
    QCOMPARE(child<QComboBox>("security")->currentIndex(), 1);
    QCOMPARE(child<QLineEdit>("port")->text(), u"1143"_s);
    QCOMPARE(child<QLineEdit>("folder")->text(), u"Bounces"_s);
    QCOMPARE(child<QLineEdit>("moveTo")->text(), u"Done"_s);
    QVERIFY(child<QLineEdit>("password")->text().isEmpty());

    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>("addMailbox"), Qt::LeftButton);
    QVERIFY(accepted.wait(5000));
    QCOMPARE(written.count(), 1); // only the test's own
    QCOMPARE(storedSecret(ImapSourceDialog::secretKey(before.toUrl())), u"kept"_s);
}

void TestImapSourceDialog::aKeychainThatRefusesKeepsTheDialogOpen()
{
    RefusingStore refusing;
    m_dialog = std::make_unique<ImapSourceDialog>(refusing, m_prompts);
    m_dialog->show();
    fill(u"imap.jobs.example"_s, u"bounces"_s, u"secret"_s);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>("addMailbox"), Qt::LeftButton);
    QTRY_VERIFY2(resultText().contains(u"the keyring is locked"_s), qPrintable(resultText()));
    QVERIFY(resultText().contains(u"not added"_s));
    QCOMPARE(accepted.count(), 0);
    QVERIFY(m_dialog->isVisible());
    m_dialog.reset(); // before the store it listens to
}

void TestImapSourceDialog::aServerThatIsNotThereIsAClearResult()
{
    // A port that was free a moment ago: the connection is refused at once.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    fill(u"127.0.0.1"_s, u"bounces"_s, u"secret"_s);
    child<QLineEdit>("port")->selectAll();
    type(child<QLineEdit>("port"), QString::number(port));
    QTest::mouseClick(child<QPushButton>("testConnection"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isTesting(), 20000);
    QVERIFY2(resultText().contains(u"could not connect"_s), qPrintable(resultText()));
    QVERIFY(resultText().contains(u"127.0.0.1:%1"_s.arg(port)));
    QCOMPARE(child<QPushButton>("testConnection")->text(), u"&Test Connection"_s);
    QCOMPARE(m_prompts.certificateQuestions, 0);
}

void TestImapSourceDialog::aTestThatHangsCanBeStopped()
{
    // Accepts the connection and never says a word, not even a TLS handshake.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    fill(u"127.0.0.1"_s, u"bounces"_s, u"secret"_s);
    child<QLineEdit>("port")->selectAll();
    type(child<QLineEdit>("port"), QString::number(silent.serverPort()));

    auto* test = child<QPushButton>("testConnection");
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(m_dialog->isTesting());
    QVERIFY2(resultText().contains(u"Connecting to 127.0.0.1"_s), qPrintable(resultText()));
    QCOMPARE(test->text(), u"Stop &Test"_s);
    // The window goes on answering meanwhile: the client blocks on a pool thread, not here.
    QVERIFY(silent.waitForNewConnection(5000));
    type(child<QLineEdit>("folder"), u"/Sub"_s);
    QCOMPARE(child<QLineEdit>("folder")->text(), u"INBOX/Sub"_s);
    QVERIFY(m_dialog->isTesting());

    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(!m_dialog->isTesting());
    QVERIFY2(resultText().contains(u"stopped"_s), qPrintable(resultText()));
    QCOMPARE(test->text(), u"&Test Connection"_s);
    // The stopped check ends on its own; its late result must not change the line.
    QTest::qWait(500);
    QVERIFY2(resultText().contains(u"stopped"_s), qPrintable(resultText()));
}

QTEST_MAIN(TestImapSourceDialog)
#include "TestImapSourceDialog.moc"
