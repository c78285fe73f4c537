#include "BoardConnectionDialog.h"
#include "board/BoardWorker.h"
#include "board/DemoBoard.h"
#include "support/CredentialStore.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
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

QTEST_MAIN(TestBoardConnectionDialog)
#include "TestBoardConnectionDialog.moc"
