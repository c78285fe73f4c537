#pragma once

#include "board/BoardWorker.h"

#include <QMainWindow>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class ActivityPage;
class CredentialStore;
struct BoardConnection;
class BouncesPage;
struct BounceScanResult;
class ExportWorker;
class RemovalTracker;
class RemovalWizard;
class ReputationPage;
class RequestsPage;
class Settings;
class UserPrompts;
class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;
class QStackedWidget;

// The frame every page lives in: a navigation list on the left, the pages in a stack, menus,
// shortcuts and the demo banner. Pages register through addPage(), one line each.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // prompts may be nullptr for the real dialogs, secrets for the OS keychain; tests pass a
    // prompts that answers in advance and an in-memory store.
    explicit MainWindow(Settings& settings, UserPrompts* prompts = nullptr, CredentialStore* secrets = nullptr,
        QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens what the settings name, or the demo board when nothing is configured.
    void start();
    // Scans these logs and mailboxes against the board in the settings (or the demo board).
    void openLogs(const QStringList& paths);

    BouncesPage* bouncesPage() const { return m_bounces; }
    ReputationPage* reputationPage() const { return m_reputation; }
    RequestsPage* requestsPage() const { return m_requests; }
    RemovalTracker* removalTracker() const { return m_tracker.get(); }
    ActivityPage* activityPage() const { return m_activity; }
    BoardWorker* boardWorker() const { return m_boardWorker.get(); }
    bool isShowingDemo() const { return m_demo; }

public Q_SLOTS:
    void chooseLogFiles();
    void chooseLogFolder();
    // File > Open IMAP Mailbox: the account dialog; once accepted, the mailbox joins the sources
    // and a scan starts. With url, the dialog edits that mailbox (one whose password is missing).
    void openImapMailbox(const QString& url = {});
    // Reads everything again, with the IMAP passwords read afresh from the keychain.
    void rescan();
    // The board's database: connection, schema profile, password in the keychain.
    void editBoardConnection();
    // Opens the removal wizard on the bounces selected on the Bounces page (or on nothing).
    RemovalWizard* requestRemoval();
    // Archive, unarchive, flag or unflag the board users of the selected bounces, after asking.
    void actOnSelection(int action);
    void changeEmailOfSelection();
    // File > Export Contacts: opens the export dialog for the open board (a message when none is
    // open) once the scan's bounces are turned into the export's lookup, off the GUI thread. The
    // dialog deletes itself when closed.
    void exportContacts();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addPage(QWidget* page, const QString& title, const QString& iconName);
    void createMenus();
    void createDemoBanner();
    void startDemo();
    void showDemo(bool demo);
    void setScanRunning(bool running);
    // Reads the passwords of paths' IMAP mailboxes from the keychain, hands them to the page, then
    // calls scan; a mailbox without password is offered its dialog. A later call replaces one still
    // waiting for the keychain.
    void withImapPasswords(const QStringList& paths, std::function<void()> scan);
    void offerPassword(const QString& url, const QString& why);
    // After a scan: the first certificate of an IMAP server that did not verify and was not
    // shown yet is shown, with the choice to trust it and read again.
    void askAboutCertificates(const BounceScanResult& result);
    void saveState();
    void restoreState();
    QString boardDatabase() const;
    void openBoard(const QString& databasePath);
    void openBoardFile(const QString& databasePath); // a bare SQLite file, not a saved profile
    void useBoardConnection(const BoardConnection& connection, const QString& password);
    void confirmBoardChange(BoardWorker::Action kind, const BoardApplyResult& dryRun);

    Settings& m_settings;
    std::unique_ptr<UserPrompts> m_ownPrompts;
    UserPrompts* m_prompts = nullptr;

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_demoBanner = nullptr;
    BouncesPage* m_bounces = nullptr;
    ReputationPage* m_reputation = nullptr;
    RequestsPage* m_requests = nullptr;
    std::unique_ptr<RemovalTracker> m_tracker;
    std::unique_ptr<BoardWorker> m_boardWorker;
    std::unique_ptr<ExportWorker> m_exportWorker; // made when the export dialog first opens
    std::optional<BoardConnection> m_board; // the board the window shows, for exports
    QString m_boardPassword;
    ActivityPage* m_activity = nullptr;
    QString m_openBoard;
    bool m_showingProfile = false; // a saved connection profile is the board
    QString m_profileName; // that profile's name
    QList<qint64> m_pendingIds; // the users of the change being confirmed
    int m_pendingNotUsers = 0;
    std::unique_ptr<CredentialStore> m_ownSecrets;
    CredentialStore* m_secrets = nullptr;
    int m_imapPasswordRound = 0; // which withImapPasswords() call may still start its scan
    QStringList m_certificatesShown; // fingerprints asked about in this session
    QLabel* m_boardLabel = nullptr;

    QAction* m_cancelAction = nullptr;
    QAction* m_rescanAction = nullptr;
    QMenu* m_goMenu = nullptr;

    QString m_demoDatabase;
    bool m_scanRunning = false;
    bool m_demo = false;
};
