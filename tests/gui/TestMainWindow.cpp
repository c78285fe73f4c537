#include "BounceTableModel.h"
#include "BouncesPage.h"
#include "ImapSourceDialog.h"
#include "MainWindow.h"
#include "SampleRecipients.h"
#include "UserPrompts.h"
#include "board/BoardConnection.h"
#include "board/BoardWorker.h"
#include "board/DemoBoard.h"
#include "support/CredentialStore.h"
#include "support/Settings.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Answers the window's dialogs without showing them.
class AnsweringPrompts : public UserPrompts
{
public:
    QStringList filesToChoose;
    int fileDialogs = 0;
    QStringList messageTitles;

    void chooseLogFiles(QWidget*, const QString&, FilesChosen done) override
    {
        ++fileDialogs;
        if (!filesToChoose.isEmpty())
            done(filesToChoose);
    }
    void chooseLogFolder(QWidget*, const QString&, FilesChosen done) override
    {
        ++fileDialogs;
        if (!filesToChoose.isEmpty())
            done(filesToChoose);
    }
    void showMessage(QWidget*, QMessageBox::Icon, const QString& title, const QString&, const QString&) override
    {
        messageTitles << title;
    }
    QStringList confirmations;
    void confirm(QWidget*, const QString&, const QString& text, const QString&, std::function<void()> yes) override
    {
        confirmations << text;
        yes();
    }
    QStringList offers;
    void offer(QWidget*, QMessageBox::Icon, const QString&, const QString& text, const QString&,
        std::function<void()> yes) override
    {
        offers << text;
        yes();
    }
    int certificateQuestions = 0;
    void trustCertificate(QWidget*, const QString&, const ImapCertificateProblem&, std::function<void()>) override
    {
        ++certificateQuestions;
    }
};

// The dialog's fields take plain ASCII here, which QTest::keyClicks() can type.
void fillField(QWidget* dialog, const char* name, const QString& text)
{
    auto* field = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
    QVERIFY(field);
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsEveryPageInTheNavigation();
    void ctrlFFocusesTheTextFilter();
    void ctrlOAsksForLogsAndReadsThem();
    void aboutOpensTheAboutDialogWithoutBlocking();
    void remembersGeometryAndSplittersAcrossRuns();
    void opensTheDemoBoardWhenNothingIsConfigured();
    void selectedUsersAreArchivedAfterAnExactConfirmation();
    void namesTheSavedBoardProfileInTheStatusBar();
    void anImapMailboxJoinsTheLogSourcesAndIsRead();
    void aMailboxWithoutPasswordIsOfferedItsDialog();

private:
    void showWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    QString storedSecret(const QString& key);

    AnsweringPrompts m_prompts;
    InMemoryCredentialStore m_secrets;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    m_prompts = AnsweringPrompts();
    showWindow();
}

void TestMainWindow::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_settings, &m_prompts, &m_secrets);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestMainWindow::listsEveryPageInTheNavigation()
{
    auto* navigation = m_window->findChild<QListWidget*>(u"navigation"_s);
    auto* pages = m_window->findChild<QStackedWidget*>(u"pages"_s);
    QVERIFY(navigation && pages);
    QCOMPARE(navigation->count(), pages->count());
    QCOMPARE(navigation->item(0)->text(), u"Bounces"_s);
    QCOMPARE(pages->currentWidget(), m_window->bouncesPage());
    QVERIFY(!m_window->findChild<QWidget*>(u"demoBanner"_s)->isVisible());
}

void TestMainWindow::ctrlFFocusesTheTextFilter()
{
    auto* filter = m_window->findChild<QLineEdit*>(u"textFilter"_s);
    QVERIFY(filter);
    m_window->findChild<QListWidget*>(u"navigation"_s)->setFocus();
    QVERIFY(QApplication::focusWidget() != filter);

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), filter);

    m_window->bouncesPage()->setResult(SampleRecipients::fiveAsResult());
    QTest::keyClicks(filter, u"gmail"_s);
    QTRY_COMPARE(m_window->bouncesPage()->model()->rowCount(), 1);
}

void TestMainWindow::ctrlOAsksForLogsAndReadsThem()
{
    const QString missing = m_dir->filePath(u"no-such-mainlog"_s);
    m_prompts.filesToChoose = {missing};
    BouncesPage* page = m_window->bouncesPage();
    QSignalSpy running(page, &BouncesPage::scanRunningChanged);

    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(m_prompts.fileDialogs, 1);
    QCOMPARE(m_settings->logSources(), QStringList {missing});

    // A path that does not exist is a finished scan with an error, not a crash or a hang.
    QTRY_COMPARE_WITH_TIMEOUT(running.count(), 2, 30000);
    QCOMPARE(running.at(1).at(0).toBool(), false);
    QVERIFY(page->result());
    const QString report = m_window->findChild<QLabel*>(u"scanReportLabel"_s)->text();
    QVERIFY2(report.contains(u"could not be used"_s), qPrintable(report));
}

void TestMainWindow::aboutOpensTheAboutDialogWithoutBlocking()
{
    const auto actions = m_window->findChildren<QAction*>();
    QAction* about = nullptr;
    for (QAction* action : actions) {
        if (action->menuRole() == QAction::AboutRole)
            about = action;
    }
    QVERIFY(about);
    about->trigger(); // returns at once: the dialog is opened with open(), not exec()
    auto* dialog = m_window->findChild<QDialog*>(u"AboutDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(u"titleLabel"_s)->text().contains(QApplication::applicationVersion()));
    QVERIFY(dialog->findChild<QLabel*>(u"dataFolderLabel"_s)->text().contains(u"demo"_s));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<QDialog*>(u"AboutDialog"_s));
}

void TestMainWindow::remembersGeometryAndSplittersAcrossRuns()
{
    m_window->resize(1100, 700);
    auto* splitter = m_window->findChild<QSplitter*>(u"bouncesSplitter"_s);
    QVERIFY(splitter);
    splitter->setSizes({600, 250});
    const QList<int> sizes = splitter->sizes();
    m_window->close();
    QVERIFY(!m_settings->windowGeometry().isEmpty());
    QVERIFY(!m_settings->viewState(u"bounces/header"_s).isEmpty());

    m_window.reset();
    showWindow();
    QCOMPARE(m_window->size(), QSize(1100, 700));
    QCOMPARE(m_window->findChild<QSplitter*>(u"bouncesSplitter"_s)->sizes(), sizes);
}

void TestMainWindow::opensTheDemoBoardWhenNothingIsConfigured()
{
    // The demo goes next to the configured board file, here inside the temporary folder.
    m_settings->setBoardDatabase(m_dir->filePath(u"demo/board.sqlite"_s));
    BouncesPage* page = m_window->bouncesPage();
    QSignalSpy running(page, &BouncesPage::scanRunningChanged);
    m_window->start();

    QTRY_VERIFY_WITH_TIMEOUT(m_window->isShowingDemo(), 60000);
    QVERIFY(m_window->findChild<QWidget*>(u"demoBanner"_s)->isVisible());
    QVERIFY(m_window->findChild<QLabel*>(u"demoBannerLabel"_s)->text().contains(u"demo board"_s));
    QVERIFY(m_window->windowTitle().contains(u"demo"_s));

    QTRY_COMPARE_WITH_TIMEOUT(running.count(), 2, 120000);
    QVERIFY(page->result());
    QVERIFY(page->model()->rowCount() > 0);
    // Only the Exim log: the Postfix demo log records the same mail and would count it twice.
    QCOMPARE(page->result()->files.size(), 1);
    QVERIFY(page->result()->files.first().endsWith(u"exim-mainlog"_s));

    // Every category of the taxonomy shows up in the demo logs.
    std::array<int, BounceCategoryCount> seen {};
    for (const RecipientRecord& record : page->model()->recipients())
        ++seen[std::size_t(record.category)];
    for (int c = 0; c < BounceCategoryCount; ++c)
        QVERIFY2(seen[std::size_t(c)] > 0, categoryName(BounceCategory(c)).data());

    // Real users of the demo board are matched.
    const auto& records = page->model()->recipients();
    QVERIFY(std::any_of(records.begin(), records.end(), [](const RecipientRecord& r) { return r.userId != 0; }));

    QTest::mouseClick(m_window->findChild<QPushButton*>(u"demoBannerButton"_s), Qt::LeftButton);
    QCOMPARE(m_prompts.fileDialogs, 1);
}

void TestMainWindow::selectedUsersAreArchivedAfterAnExactConfirmation()
{
    m_settings->setBoardDatabase(m_dir->filePath(u"demo/board.sqlite"_s));
    BouncesPage* page = m_window->bouncesPage();
    QSignalSpy running(page, &BouncesPage::scanRunningChanged);
    m_window->start();
    QTRY_COMPARE_WITH_TIMEOUT(running.count(), 2, 120000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->boardWorker()->isOpen(), 20000);

    // Two rows of board users (and one recipient who is none, where the demo has one).
    auto* table = page->findChild<QTableView*>(u"bounceTable"_s);
    QList<int> users;
    int stranger = -1;
    for (int row = 0; row < page->model()->rowCount() && (users.size() < 2 || stranger < 0); ++row) {
        const RecipientRecord* record = page->model()->recordAt(row);
        if (record->userId > 0 && users.size() < 2)
            users.append(row);
        else if (record->userId == 0 && stranger < 0)
            stranger = row;
    }
    QCOMPARE(users.size(), 2);
    for (const int row : {users[0], users[1], stranger}) {
        if (row >= 0)
            table->selectionModel()->select(
                page->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    QSignalSpy acted(m_window->boardWorker(), &BoardWorker::acted);
    m_window->findChild<QAction*>(u"archiveUsersAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(acted.count(), 2, 20000); // the dry run, then the change
    QCOMPARE(m_prompts.confirmations.size(), 1);
    const QString asked = m_prompts.confirmations.front();
    QVERIFY2(asked.contains(u"Change 2 user"_s), qPrintable(asked));
    QVERIFY2(asked.contains(u"status: \"active\" -> \"archived\""_s), qPrintable(asked));
    QCOMPARE(asked.contains(u"not users of the board"_s), stranger >= 0);
    const auto result = acted.back().at(1).value<BoardApplyResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.applied.size(), 2);
}

void TestMainWindow::namesTheSavedBoardProfileInTheStatusBar()
{
    DemoBoardFiles files;
    QString error;
    QVERIFY2(DemoBoard::ensure(m_dir->filePath(u"demo"_s), &files, &error), qPrintable(error));
    BoardConnection board = BoardConnection::demo(files.database);
    board.name = u"Our board"_s;
    m_settings->setBoardConnection(board.toJson());
    m_settings->setLogSources({files.eximLog});

    BouncesPage* page = m_window->bouncesPage();
    QSignalSpy running(page, &BouncesPage::scanRunningChanged);
    m_window->start();
    auto* label = m_window->findChild<QLabel*>(u"boardLabel"_s);
    QCOMPARE(label->text(), u"Board: Our board"_s);
    QVERIFY(!m_window->isShowingDemo());
    QTRY_VERIFY_WITH_TIMEOUT(running.count() >= 2 && !page->isScanning(), 120000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->boardWorker()->isOpen(), 20000);
    const auto& records = page->model()->recipients();
    QVERIFY(std::any_of(records.begin(), records.end(), [](const RecipientRecord& r) { return r.userId != 0; }));
    QCOMPARE(label->text(), u"Board: Our board"_s);
}

QString TestMainWindow::storedSecret(const QString& key)
{
    QSignalSpy read(&m_secrets, &CredentialStore::secretRead);
    m_secrets.readSecret(key);
    if (!read.wait(5000))
        return u"(no answer)"_s;
    const QList<QVariant> answer = read.takeFirst();
    return answer.at(1).value<CredentialStore::Outcome>() == CredentialStore::Outcome::Ok ? answer.at(2).toString()
                                                                                          : u"(not stored)"_s;
}

void TestMainWindow::anImapMailboxJoinsTheLogSourcesAndIsRead()
{
    const QString log = m_dir->filePath(u"mainlog"_s);
    m_settings->setLogSources({log});
    // A port that was free a moment ago: the mailbox's server refuses at once.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();

    m_window->findChild<QAction*>(u"openImapMailboxAction"_s)->trigger();
    auto* dialog = m_window->findChild<ImapSourceDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    fillField(dialog, "host", u"127.0.0.1"_s);
    fillField(dialog, "port", QString::number(port));
    fillField(dialog, "user", u"bounces@jobs.example"_s);
    fillField(dialog, "password", u"Geheim-Passwort-42"_s);
    fillField(dialog, "moveTo", u"Processed"_s);
    BouncesPage* page = m_window->bouncesPage();
    QSignalSpy results(page, &BouncesPage::resultChanged);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"addMailbox"_s), Qt::LeftButton);

    const QString url = u"imaps://bounces%40jobs.example@127.0.0.1:%1/INBOX"_s.arg(port);
    QTRY_COMPARE(m_settings->logSources(), (QStringList {log, url}));
    QCOMPARE(m_settings->imapMoveTo().value(url), u"Processed"_s);
    QVERIFY(m_settings->trustedImapCertificates().isEmpty());
    // The password is in the credential store, and nowhere in the settings file.
    QCOMPARE(storedSecret(u"imap:"_s + url), u"Geheim-Passwort-42"_s);
    m_settings->sync();
    QFile ini(m_dir->filePath(u"settings.ini"_s));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray saved = ini.readAll();
    QVERIFY(saved.contains("Processed"));
    QVERIFY(!saved.contains("Geheim-Passwort-42"));

    // One scan reads both sources; the mailbox's server is not there, which the report says.
    QTRY_VERIFY_WITH_TIMEOUT(results.count() >= 1 && !page->isScanning(), 30000);
    QCOMPARE(page->result()->files, QStringList {url}); // the log is missing, which the report says too
    const QString details = m_window->findChild<QPlainTextEdit*>(u"reportDetails"_s)->toPlainText();
    QVERIFY2(details.contains(QDir::toNativeSeparators(log) + u" does not exist"_s), qPrintable(details));
    QVERIFY2(details.contains(u"could not connect to the IMAP server 127.0.0.1:%1"_s.arg(port)), qPrintable(details));
    QCOMPARE(m_prompts.offers.size(), 0);
    QCOMPARE(m_prompts.certificateQuestions, 0);
}

void TestMainWindow::aMailboxWithoutPasswordIsOfferedItsDialog()
{
    QTcpServer probe; // a port that was free a moment ago
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString url = u"imap://bounces@127.0.0.1:%1/Bounces"_s.arg(probe.serverPort());
    probe.close();
    m_settings->setLogSources({url});
    BouncesPage* page = m_window->bouncesPage();
    QSignalSpy results(page, &BouncesPage::resultChanged);
    m_window->start();

    // The scan goes on without logging in, and says why.
    QTRY_VERIFY_WITH_TIMEOUT(results.count() >= 1 && !page->isScanning(), 30000);
    const QString details = m_window->findChild<QPlainTextEdit*>(u"reportDetails"_s)->toPlainText();
    QVERIFY2(details.contains(u"No password for %1"_s.arg(url)), qPrintable(details));

    // The offer to enter it opens the mailbox's dialog, filled in.
    QCOMPARE(m_prompts.offers.size(), 1);
    QVERIFY2(m_prompts.offers.first().contains(url), qPrintable(m_prompts.offers.first()));
    QVERIFY2(m_prompts.offers.first().contains(u"keychain"_s), qPrintable(m_prompts.offers.first()));
    auto* dialog = m_window->findChild<ImapSourceDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->url(), url);
    fillField(dialog, "password", u"now-known"_s);
    QTest::mouseClick(dialog->findChild<QPushButton*>(u"addMailbox"_s), Qt::LeftButton);
    QTRY_COMPARE(storedSecret(u"imap:"_s + url), u"now-known"_s);
    QTRY_VERIFY_WITH_TIMEOUT(results.count() >= 2 && !page->isScanning(), 30000);
    QCOMPARE(m_settings->logSources(), QStringList {url}); // the same mailbox, not a second one
    QCOMPARE(m_prompts.offers.size(), 1);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
