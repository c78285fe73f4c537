#pragma once

#include "board/BoardWorker.h"

#include <QMainWindow>
#include <QStringList>

#include <memory>
#include <optional>

class ActivityPage;
class CredentialStore;
struct BoardConnection;
class BouncesPage;
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
    // prompts may be nullptr for the real dialogs; tests pass one that answers in advance.
    explicit MainWindow(Settings& settings, UserPrompts* prompts = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens what the settings name, or the demo board when nothing is configured.
    void start();
    // Scans these logs against the board in the settings (or the demo board).
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
    std::unique_ptr<CredentialStore> m_secrets;
    QLabel* m_boardLabel = nullptr;

    QAction* m_cancelAction = nullptr;
    QAction* m_rescanAction = nullptr;
    QMenu* m_goMenu = nullptr;

    QString m_demoDatabase;
    bool m_scanRunning = false;
    bool m_demo = false;
};
