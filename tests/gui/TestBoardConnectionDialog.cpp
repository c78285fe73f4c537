#include "BoardConnectionDialog.h"
#include "board/BoardWorker.h"
#include "board/DemoBoard.h"
#include "support/CredentialStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The board connection dialog: test, propose a mapping, refuse what does not fit, save.
class TestBoardConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aFittingBoardTestsAndSaves();
    void aMappingThatDoesNotFitIsNotSaved();
    void aServerThatIsNotThereSavesNothing();
    void savedProfilesAreChosenAndForgotten();
    void theFlagTableNeedsTheOwnersYes();

private:
    template<typename T> static T* child(QWidget& w, const char* name)
    {
        return w.findChild<T*>(QString::fromLatin1(name));
    }
    static bool waitForResult(QWidget& dialog);

    QTemporaryDir m_dir;
    QString m_database;
    BoardWorker m_worker;
    InMemoryCredentialStore m_secrets;
};

bool TestBoardConnectionDialog::waitForResult(QWidget& dialog)
{
    auto* test = child<QPushButton>(dialog, "testConnection");
    return QTest::qWaitFor([&] { return test->isEnabled(); }, 20000);
}

void TestBoardConnectionDialog::initTestCase()
{
    DemoBoardFiles files;
    QString error;
    QVERIFY2(DemoBoard::ensure(m_dir.filePath(u"demo"_s), &files, &error), qPrintable(error));
    m_database = files.database;
}

void TestBoardConnectionDialog::aFittingBoardTestsAndSaves()
{
    BoardConnectionDialog dialog(m_worker, m_secrets, BoardConnection::demo(m_database));
    dialog.show();
    QTest::mouseClick(child<QPushButton>(dialog, "testConnection"), Qt::LeftButton);
    QVERIFY(waitForResult(dialog));
    const QString result = child<QLabel>(dialog, "connectionResult")->text();
    QVERIFY2(result.contains(u"fits"_s), qPrintable(result));

    // My own mapping, proposed from the database's names.
    auto* schema = child<QComboBox>(dialog, "schemaProfile");
    schema->setCurrentIndex(schema->findData(u"custom"_s));
    QTest::mouseClick(child<QPushButton>(dialog, "proposeMapping"), Qt::LeftButton);
    QVERIFY(waitForResult(dialog));
    QCOMPARE(child<QLineEdit>(dialog, "usersTable")->text(), u"users"_s);
    QCOMPARE(dialog.connection().schema.field(BoardField::Email), u"email"_s);
    QCOMPARE(dialog.connection().schema.field(BoardField::Status), u"status"_s);

    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>(dialog, "saveConnection"), Qt::LeftButton);
    QVERIFY(accepted.wait(20000));
    QCOMPARE(dialog.connection().schema.name, u"custom"_s);
}

void TestBoardConnectionDialog::aMappingThatDoesNotFitIsNotSaved()
{
    BoardConnectionDialog dialog(m_worker, m_secrets, BoardConnection::demo(m_database));
    dialog.show();
    auto* schema = child<QComboBox>(dialog, "schemaProfile");
    schema->setCurrentIndex(schema->findData(u"custom"_s));
    auto* mapping = child<QTableWidget>(dialog, "mapping");
    mapping->item(int(BoardField::Email), 1)->setText(u"mail; DROP TABLE users"_s);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>(dialog, "saveConnection"), Qt::LeftButton);
    QVERIFY(waitForResult(dialog));
    QCOMPARE(accepted.count(), 0);
    QVERIFY(child<QLabel>(dialog, "connectionResult")->text().contains(u"email"_s));
}

void TestBoardConnectionDialog::aServerThatIsNotThereSavesNothing()
{
    BoardConnection c;
    c.name = u"live"_s;
    c.kind = BoardConnection::Kind::PostgreSql;
    c.host = u"127.0.0.1"_s;
    c.port = 9; // nothing listens there
    c.database = u"board"_s;
    c.user = u"mailroom"_s;
    c.timeoutSeconds = 2;
    BoardConnectionDialog dialog(m_worker, m_secrets, c);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(dialog, "password"), u"secret"_s);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy written(&m_secrets, &CredentialStore::secretWritten);
    QTest::mouseClick(child<QPushButton>(dialog, "saveConnection"), Qt::LeftButton);
    QVERIFY(waitForResult(dialog));
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(written.count(), 0); // no password is kept for a board that could not be reached
    QVERIFY(child<QLabel>(dialog, "connectionResult")->text().contains(u"Cannot connect"_s));
}

void TestBoardConnectionDialog::savedProfilesAreChosenAndForgotten()
{
    BoardConnection shop = BoardConnection::demo(m_database);
    shop.name = u"shop"_s;
    BoardConnection jobs;
    jobs.name = u"jobs"_s;
    jobs.kind = BoardConnection::Kind::MariaDb;
    jobs.host = u"db.jobs.example"_s;
    jobs.database = u"jobs"_s;
    jobs.user = u"board"_s;
    QSignalSpy written(&m_secrets, &CredentialStore::secretWritten);
    m_secrets.writeSecret(jobs.secretKey(), u"s3cret"_s);
    QVERIFY(written.count() == 1 || written.wait(5000));

    BoardConnectionDialog dialog(m_worker, m_secrets, shop);
    dialog.setSavedProfiles({shop, jobs});
    dialog.show();
    auto* saved = child<QComboBox>(dialog, "savedProfiles");
    auto* forget = child<QPushButton>(dialog, "forgetProfile");
    QCOMPARE(saved->currentText(), u"shop"_s); // the open one
    QVERIFY(forget->isEnabled());

    // Choosing a saved profile fills the form with it and its stored password.
    QSignalSpy read(&m_secrets, &CredentialStore::secretRead);
    saved->setFocus();
    QTest::keyClick(saved, Qt::Key_Down);
    QCOMPARE(saved->currentText(), u"jobs"_s);
    QCOMPARE(child<QLineEdit>(dialog, "host")->text(), u"db.jobs.example"_s);
    QCOMPARE(dialog.connection().kind, BoardConnection::Kind::MariaDb);
    QVERIFY(read.count() > 0 || read.wait(5000));
    QCOMPARE(dialog.password(), u"s3cret"_s);

    // Forgetting it takes its password from the keychain too.
    QSignalSpy forgotten(&dialog, &BoardConnectionDialog::profileForgotten);
    QSignalSpy removed(&m_secrets, &CredentialStore::secretRemoved);
    QTest::mouseClick(forget, Qt::LeftButton);
    QCOMPARE(forgotten.count(), 1);
    QCOMPARE(forgotten.first().first().toString(), u"jobs"_s);
    QVERIFY(removed.count() == 1 || removed.wait(5000));
    QCOMPARE(removed.first().first().toString(), jobs.secretKey());
    QCOMPARE(saved->count(), 2); // "New profile" and shop
    QCOMPARE(saved->currentIndex(), 0);
    QVERIFY(dialog.password().isEmpty());
    QVERIFY(!forget->isEnabled());
}

void TestBoardConnectionDialog::theFlagTableNeedsTheOwnersYes()
{
    BoardConnectionDialog dialog(m_worker, m_secrets, BoardConnection::demo(m_database));
    dialog.show();
    auto* store = child<QComboBox>(dialog, "flagStore");
    QCOMPARE(dialog.connection().flagStore, BoardConnection::FlagStore::Local);
    const auto choose = [&](QMessageBox::StandardButton answer) {
        store->setFocus();
        QTest::keyClick(store, Qt::Key_Down); // "In the board database"
        QMessageBox* consent = nullptr;
        if (!QTest::qWaitFor([&] { return (consent = dialog.findChild<QMessageBox*>(u"flagTableConsent"_s)); }, 5000))
            return false;
        QTest::mouseClick(consent->button(answer), Qt::LeftButton);
        return QTest::qWaitFor([&] { return !dialog.findChild<QMessageBox*>(u"flagTableConsent"_s); }, 5000);
    };
    QVERIFY(choose(QMessageBox::No));
    QCOMPARE(dialog.connection().flagStore, BoardConnection::FlagStore::Local);
    QVERIFY(choose(QMessageBox::Yes));
    QCOMPARE(dialog.connection().flagStore, BoardConnection::FlagStore::BoardTable);

    // Saving makes the table, then the profile opens with it.
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(child<QPushButton>(dialog, "saveConnection"), Qt::LeftButton);
    QVERIFY2(accepted.wait(20000), qPrintable(child<QLabel>(dialog, "connectionResult")->text()));
    BoardSession session(dialog.connection());
    QString error;
    QVERIFY2(session.open({}, &error), qPrintable(error));
}

QTEST_MAIN(TestBoardConnectionDialog)
#include "TestBoardConnectionDialog.moc"
