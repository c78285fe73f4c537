#include "MainWindow.h"

#include "AboutDialog.h"
#include "ActivityPage.h"
#include "BoardConnectionDialog.h"
#include "BouncesPage.h"
#include "ExportDialog.h"
#include "ImapSourceDialog.h"
#include "RemovalWizard.h"
#include "ReputationPage.h"
#include "RequestsPage.h"
#include "UserPrompts.h"
#include "board/BoardWorker.h"
#include "board/DemoBoard.h"
#include "export/ExportWorker.h"
#include "mail/MailboxScan.h"
#include "removal/RemovalRequests.h"
#include "reputation/CaresResolver.h"
#include "reputation/SendingIdentity.h"
#include "support/CredentialStore.h"
#include "support/LogCategories.h"
#include "support/Settings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct DemoFiles
{
    QString database;
    QStringList logs;
    QString error;
};

// Creating the demo board writes a few thousand rows and two logs the first time: a worker
// thread keeps the window alive meanwhile.
DemoFiles prepareDemo(const QString& folder)
{
    DemoFiles out;
    DemoBoardFiles files;
    if (!DemoBoard::ensure(folder, &files, &out.error))
        return out;
    out.database = files.database;
    // The demo's Exim and Postfix logs record the same mail, one per kind of server; reading both
    // would count every failure twice. The Postfix log is there to open with File > Open.
    out.logs = {files.eximLog};
    return out;
}

} // namespace

MainWindow::MainWindow(Settings& settings, UserPrompts* prompts, CredentialStore* secrets, QWidget* parent)
    : QMainWindow(parent), m_settings(settings), m_prompts(prompts), m_secrets(secrets)
{
    if (!m_prompts) {
        m_ownPrompts = std::make_unique<UserPrompts>();
        m_prompts = m_ownPrompts.get();
    }
    if (!m_secrets) {
        m_ownSecrets = std::make_unique<KeychainCredentialStore>();
        m_secrets = m_ownSecrets.get();
    }
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Mailroom"));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_navigation->setFixedWidth(fontMetrics().horizontalAdvance(u"Reputation checks"_s) + 56);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);

    createDemoBanner();

    auto* body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_demoBanner);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    m_bounces = new BouncesPage(m_settings, this);
    m_bounces->setObjectName(u"bouncesPage"_s);
    m_reputation = new ReputationPage(m_settings, this);
    m_reputation->setObjectName(u"reputationPage"_s);
    m_tracker = std::make_unique<RemovalTracker>(RemovalRequests::pathIn(m_settings.dataFolder()), [this] {
        CaresResolver::Options options;
        options.nameserver = m_settings.nameserver();
        return std::make_unique<CaresResolver>(options);
    });
    m_tracker->setInterval(std::chrono::minutes(m_settings.recheckMinutes()));
    m_requests = new RequestsPage(*m_tracker, *m_prompts, this);
    m_requests->setObjectName(u"requestsPage"_s);
    m_boardWorker = std::make_unique<BoardWorker>();
    m_activity = new ActivityPage(*m_boardWorker, *m_prompts, this);
    m_activity->setObjectName(u"activityPage"_s);

    createMenus();

    // One line per page.
    // TODO(#6): the Export page.
    addPage(m_bounces, tr("Bounces"), u"mail-mark-junk"_s);
    addPage(m_reputation, tr("Reputation"), u"security-medium"_s);
    addPage(m_requests, tr("Requests"), u"mail-send"_s);
    addPage(m_activity, tr("Activity"), u"view-history"_s);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_bounces, &BouncesPage::openLogFilesRequested, this, &MainWindow::chooseLogFiles);
    connect(m_bounces, &BouncesPage::scanRunningChanged, this, &MainWindow::setScanRunning);
    connect(m_bounces, &BouncesPage::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message); });
    connect(m_bounces, &BouncesPage::resultChanged, this, [this](std::shared_ptr<const BounceScanResult> result) {
        m_reputation->setBounces(result ? result->recipients : std::vector<RecipientRecord> {});
        if (result)
            askAboutCertificates(*result);
    });
    connect(m_reputation, &ReputationPage::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message); });
    connect(m_requests, &RequestsPage::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message); });
    connect(m_activity, &ActivityPage::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message); });
    connect(m_boardWorker.get(), &BoardWorker::opened, this, [this](bool ok, const QString& error) {
        if (!ok)
            statusBar()->showMessage(tr("Changes to the board are not possible: %1").arg(error));
    });
    connect(m_boardWorker.get(), &BoardWorker::busyChanged, this, [this](bool busy) {
        if (busy)
            statusBar()->showMessage(tr("Changing the board's users… Esc stops and changes nothing."));
        setScanRunning(m_scanRunning);
    });
    connect(m_boardWorker.get(), &BoardWorker::acted, this,
        [this](BoardWorker::Action kind, const BoardApplyResult& result, bool dryRun) {
            if (dryRun && result.ok) {
                confirmBoardChange(kind, result);
                return;
            }
            if (result.ok) {
                statusBar()->showMessage(tr("%n user(s) changed. Each change can be undone on the Activity page.",
                    nullptr, int(result.applied.size())));
                return;
            }
            QStringList why;
            for (const BoardConflict& c : result.conflicts)
                why.append(tr("User %1: %2 (read \"%3\", now \"%4\")").arg(c.userId).arg(c.why, c.expected, c.found));
            if (!result.error.isEmpty())
                why.append(result.error);
            m_prompts->showMessage(this, QMessageBox::Warning, tr("Nothing Changed"),
                result.conflicts.isEmpty()
                    ? tr("The board was not changed: the database refused.")
                    : tr("The board was not changed: %n user(s) no longer hold what Mailroom read.", nullptr,
                        int(result.conflicts.size())),
                why.join(u'\n'));
        });
    connect(m_requests, &RequestsPage::newRequestRequested, this, [this] {
        RemovalWizard* wizard = requestRemoval();
        wizard->setBounceText({}); // a new request from the Requests page starts from a paste
    });
    // The tracker's news: a listing gone, a request overdue.
    connect(m_tracker.get(), &RemovalTracker::statusChanged, this,
        [this](const QString& id, RequestStatus, RequestStatus to, const QString& note) {
            if (to != RequestStatus::Removed && to != RequestStatus::Overdue)
                return;
            const RemovalRequest* request = m_tracker->find(id);
            statusBar()->showMessage(
                tr("Removal request to %1: %2. %3")
                    .arg(request ? request->providerName : QString(), requestStatusTitle(to), note));
            QListWidgetItem* item = m_navigation->item(m_pages->indexOf(m_requests));
            QFont font = item->font();
            font.setBold(m_pages->currentWidget() != m_requests);
            item->setFont(font);
        });
    connect(m_pages, &QStackedWidget::currentChanged, this, [this] {
        if (m_pages->currentWidget() != m_requests)
            return;
        QListWidgetItem* item = m_navigation->item(m_pages->indexOf(m_requests));
        QFont font = item->font();
        font.setBold(false);
        item->setFont(font);
    });

    m_boardLabel = new QLabel(this);
    m_boardLabel->setObjectName(u"boardLabel"_s);
    statusBar()->addPermanentWidget(m_boardLabel);
    QString error;
    if (!m_tracker->load(&error))
        statusBar()->showMessage(error);
    m_navigation->setCurrentRow(0);
    setScanRunning(false);
    showDemo(false);
    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget* page, const QString& title, const QString& iconName)
{
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(QIcon::fromTheme(iconName), title, m_navigation);
    item->setSizeHint(QSize(0, fontMetrics().height() * 2 + 8));

    const int index = m_pages->count() - 1;
    QAction* go = m_goMenu->addAction(title);
    if (index < 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    connect(go, &QAction::triggered, this, [this, index]() { m_navigation->setCurrentRow(index); });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(QIcon::fromTheme(u"document-open"_s), tr("&Open Log Files…"));
    open->setObjectName(u"openLogFilesAction"_s);
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::chooseLogFiles);

    QAction* openFolder = file->addAction(QIcon::fromTheme(u"folder-open"_s), tr("Open Log &Folder…"));
    openFolder->setObjectName(u"openLogFolderAction"_s);
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(openFolder, &QAction::triggered, this, &MainWindow::chooseLogFolder);

    QAction* openImap = file->addAction(QIcon::fromTheme(u"mail-folder-inbox"_s), tr("Open &IMAP Mailbox…"));
    openImap->setObjectName(u"openImapMailboxAction"_s);
    openImap->setStatusTip(tr("Read the bounce notices in a folder of your mailbox on an IMAP server."));
    connect(openImap, &QAction::triggered, this, [this] { openImapMailbox(); });

    file->addSeparator();
    m_rescanAction = file->addAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Read Again"));
    m_rescanAction->setObjectName(u"rescanAction"_s);
    m_rescanAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence::Refresh});
    connect(m_rescanAction, &QAction::triggered, this, &MainWindow::rescan);

    m_cancelAction = file->addAction(QIcon::fromTheme(u"process-stop"_s), tr("&Stop"));
    m_cancelAction->setObjectName(u"cancelScanAction"_s);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setToolTip(tr("Stop reading the logs, or changing the board's users (Esc)"));
    connect(m_cancelAction, &QAction::triggered, this, [this] {
        m_bounces->cancelScan();
        m_boardWorker->cancel();
    });

    file->addSeparator();
    QAction* board = file->addAction(QIcon::fromTheme(u"network-server-database"_s), tr("&Board Database…"));
    board->setObjectName(u"boardDatabaseAction"_s);
    connect(board, &QAction::triggered, this, &MainWindow::editBoardConnection);
    QAction* exportAction = file->addAction(QIcon::fromTheme(u"document-save-as"_s), tr("&Export Contacts…"));
    exportAction->setObjectName(u"exportContactsAction"_s);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAction, &QAction::triggered, this, [this] { exportContacts(); });
    file->addSeparator();

    QAction* quit = file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"));
    quit->setObjectName(u"quitAction"_s);
    // QKeySequence::Quit is empty on Windows; Ctrl+Q is what users expect there too.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* find = view->addAction(QIcon::fromTheme(u"edit-find"_s), tr("&Filter Recipients"));
    find->setObjectName(u"findAction"_s);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this]() {
        m_navigation->setCurrentRow(m_pages->indexOf(m_bounces));
        m_bounces->focusTextFilter();
    });
    QAction* clear = view->addAction(tr("&Clear Filters"));
    connect(clear, &QAction::triggered, m_bounces, &BouncesPage::clearFilters);

    view->addSeparator();
    QAction* showNavigation = view->addAction(tr("Show &Navigation"));
    showNavigation->setObjectName(u"showNavigationAction"_s);
    showNavigation->setCheckable(true);
    showNavigation->setChecked(true);
    connect(showNavigation, &QAction::toggled, m_navigation, &QWidget::setVisible);
    view->addSeparator();
    m_goMenu = view;

    QMenu* users = menuBar()->addMenu(tr("&Users"));
    const auto addUserAction = [this, users](const QString& text, BoardWorker::Action action, const char* name) {
        QAction* a = users->addAction(text);
        a->setObjectName(QString::fromLatin1(name));
        connect(a, &QAction::triggered, this, [this, action] { actOnSelection(int(action)); });
        return a;
    };
    addUserAction(tr("&Archive Selected Users…"), BoardWorker::Action::Archive, "archiveUsersAction");
    addUserAction(tr("Make Selected Users A&ctive…"), BoardWorker::Action::Unarchive, "unarchiveUsersAction");
    users->addSeparator();
    addUserAction(tr("Mark as &Bounced…"), BoardWorker::Action::Flag, "flagUsersAction");
    addUserAction(tr("C&lear Bounced Mark…"), BoardWorker::Action::Unflag, "unflagUsersAction");
    users->addSeparator();
    QAction* email = users->addAction(tr("Change &E-mail…"));
    email->setObjectName(u"changeEmailAction"_s);
    connect(email, &QAction::triggered, this, &MainWindow::changeEmailOfSelection);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* removal = tools->addAction(QIcon::fromTheme(u"mail-send"_s), tr("Request &Removal…"));
    removal->setObjectName(u"requestRemovalAction"_s);
    removal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    removal->setStatusTip(tr("Ask a provider or blocklist to lift a block, starting from the selected bounces."));
    connect(removal, &QAction::triggered, this, &MainWindow::requestRemoval);
    QAction* recheck = tools->addAction(QIcon::fromTheme(u"view-refresh"_s), tr("Recheck Removal &Requests"));
    connect(recheck, &QAction::triggered, m_tracker.get(), &RemovalTracker::recheckNow);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Mailroom"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this]() {
        auto* dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction* aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

RemovalWizard* MainWindow::requestRemoval()
{
    auto* wizard = new RemovalWizard(m_settings, *m_tracker, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setBounces(m_bounces->selectedRecipients());
    if (wizard->state().domain.isEmpty() && m_bounces->result()) {
        // The Reputation page was never filled: the domain the bounces' sender names will do.
        const SendingIdentity identity = SendingIdentities::fromBounces(m_bounces->result()->recipients);
        wizard->state().domain = Dns::domainFromText(identity.domain);
    }
    connect(wizard, &RemovalWizard::requestStored, this, [this](const QString& id) {
        m_navigation->setCurrentRow(m_pages->indexOf(m_requests));
        m_requests->select(id);
    });
    wizard->open();
    return wizard;
}

void MainWindow::createDemoBanner()
{
    m_demoBanner = new QFrame(this);
    m_demoBanner->setObjectName(u"demoBanner"_s);
    m_demoBanner->setStyleSheet(u"#demoBanner { background: #fff4ce; border-bottom: 1px solid #e0c060; }"
                                "#demoBanner QLabel { color: #3d3000; }"_s);
    auto* label = new QLabel(tr("<b>You are looking at the demo board.</b> The users and logs are invented. "
                                "Open your SMTP server's log to see your own bounces."),
        m_demoBanner);
    label->setObjectName(u"demoBannerLabel"_s);
    label->setWordWrap(true);
    auto* button = new QPushButton(tr("Open Log Files…"), m_demoBanner);
    button->setObjectName(u"demoBannerButton"_s);
    auto* layout = new QHBoxLayout(m_demoBanner);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(label, 1);
    layout->addWidget(button);
    connect(button, &QPushButton::clicked, this, &MainWindow::chooseLogFiles);
}

void MainWindow::start()
{
    const QStringList sources = m_settings.logSources();
    if (sources.isEmpty()) {
        startDemo();
        return;
    }
    withImapPasswords(sources, [this, sources] { m_bounces->startScan(sources, boardDatabase()); });
    openBoard(boardDatabase());
    showDemo(false);
}

void MainWindow::startDemo()
{
    const QString configured = m_settings.boardDatabase();
    const QString folder = configured.isEmpty() ? DemoBoard::defaultFolder() : QFileInfo(configured).absolutePath();
    statusBar()->showMessage(tr("Preparing the demo board…"));

    auto* watcher = new QFutureWatcher<DemoFiles>(this);
    connect(watcher, &QFutureWatcher<DemoFiles>::finished, this, [this, watcher, folder]() {
        watcher->deleteLater();
        const DemoFiles demo = watcher->result();
        if (!demo.error.isEmpty() || demo.database.isEmpty()) {
            qCWarning(lcGui) << "demo board not available:" << demo.error;
            m_prompts->showMessage(this, QMessageBox::Warning, tr("Demo board"),
                tr("The demo board could not be prepared in %1: %2. You can still open your "
                   "own SMTP server's log.")
                    .arg(QDir::toNativeSeparators(folder), demo.error));
            return;
        }
        m_demoDatabase = demo.database;
        // The demo logs are matched against the demo users, even when a profile of the owner's
        // board is saved: its users are used once the owner opens the board's own logs.
        m_showingProfile = false;
        m_profileName.clear();
        m_bounces->setBoard(std::nullopt, {});
        showDemo(true);
        m_bounces->startScan(demo.logs, demo.database, QTimeZone::utc()); // the demo logs are in UTC
        openBoardFile(demo.database);
    });
    watcher->setFuture(QtConcurrent::run(prepareDemo, folder));
}

void MainWindow::openLogs(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    // TODO(#7): the sources are one list that File > Open replaces, IMAP mailboxes included, and
    // Open IMAP Mailbox adds to; a list of sources to add, edit and remove one by one (forgetting a
    // mailbox's password with it) would let the owner keep a mailbox while changing the logs.
    m_settings.setLogSources(paths);
    const auto file = std::find_if_not(paths.begin(), paths.end(), &MailboxScan::isImapUrl);
    if (file != paths.end())
        m_settings.setLastFolder(QFileInfo(*file).absolutePath());
    showDemo(false);
    m_navigation->setCurrentRow(m_pages->indexOf(m_bounces));
    withImapPasswords(paths, [this, paths] { m_bounces->startScan(paths, boardDatabase()); });
    openBoard(boardDatabase());
}

void MainWindow::rescan()
{
    withImapPasswords(m_bounces->lastPaths(), [this] { m_bounces->rescan(); });
}

void MainWindow::withImapPasswords(const QStringList& paths, std::function<void()> scan)
{
    QStringList urls;
    for (const QString& path : paths) {
        if (MailboxScan::isImapUrl(path) && !urls.contains(path))
            urls.append(path);
    }
    const int round = ++m_imapPasswordRound;
    if (urls.isEmpty()) {
        m_bounces->setImapPasswords({});
        scan();
        return;
    }

    struct Waiting
    {
        QHash<QString, QString> passwords;
        QStringList urls;
        QList<std::pair<QString, QString>> missing; // url, why
        QMetaObject::Connection listening;
    };
    auto waiting = std::make_shared<Waiting>();
    waiting->urls = urls;
    waiting->listening = connect(m_secrets, &CredentialStore::secretRead, this,
        [this, waiting, round, scan = std::move(scan)](
            const QString& key, CredentialStore::Outcome outcome, const QString& secret, const QString& error) {
            const auto url = std::find_if(waiting->urls.begin(), waiting->urls.end(),
                [&key](const QString& u) { return ImapSourceDialog::secretKey(u) == key; });
            if (url == waiting->urls.end())
                return;
            if (outcome == CredentialStore::Outcome::Ok)
                waiting->passwords.insert(*url, secret);
            else
                waiting->missing.append({*url, outcome == CredentialStore::Outcome::NotFound ? QString() : error});
            waiting->urls.erase(url);
            if (!waiting->urls.isEmpty())
                return;
            disconnect(waiting->listening);
            if (round != m_imapPasswordRound)
                return; // another scan was asked for meanwhile
            m_bounces->setImapPasswords(waiting->passwords);
            scan();
            // The scan goes on without those mailboxes (its report names them); the offer comes
            // after, so that no question holds up the scan.
            for (const auto& [missingUrl, why] : std::as_const(waiting->missing))
                offerPassword(missingUrl, why);
        });
    for (const QString& url : std::as_const(urls))
        m_secrets->readSecret(ImapSourceDialog::secretKey(url));
}

void MainWindow::offerPassword(const QString& url, const QString& why)
{
    const QString text = why.isEmpty()
        ? tr("No password for the mailbox %1 is kept in this computer's keychain, so Mailroom cannot read it. "
             "Enter the password now?")
              .arg(url)
        : tr("The password for the mailbox %1 could not be read from this computer's keychain (%2), so Mailroom "
             "cannot read the mailbox. Enter the password again?")
              .arg(url, why);
    m_prompts->offer(this, QMessageBox::Warning, tr("Mailbox Password Missing"), text, tr("Enter &Password…"),
        [this, url] { openImapMailbox(url); });
}

void MainWindow::askAboutCertificates(const BounceScanResult& result)
{
    const QStringList trusted = m_settings.trustedImapCertificates();
    for (const FileReport& file : result.report.files) {
        const ImapCertificateProblem& certificate = file.untrustedCertificate;
        if (certificate.isNull() || trusted.contains(certificate.fingerprint)
            || m_certificatesShown.contains(certificate.fingerprint))
            continue;
        // Asked once a session: the scan report says it each time, and the mailbox's dialog asks again.
        m_certificatesShown.append(certificate.fingerprint);
        ImapAccount account;
        QString error;
        const QString server = ImapAccount::fromUrl(file.path, &account, &error)
            ? account.host + u':' + QString::number(account.port)
            : file.path;
        m_prompts->trustCertificate(this, server, certificate, [this, fingerprint = certificate.fingerprint] {
            QStringList now = m_settings.trustedImapCertificates();
            if (!now.contains(fingerprint))
                now.append(fingerprint);
            m_settings.setTrustedImapCertificates(now);
            rescan();
        });
        return; // one question at a time; the next scan asks about the next certificate
    }
}

void MainWindow::openImapMailbox(const QString& url)
{
    auto* dialog = new ImapSourceDialog(*m_secrets, *m_prompts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTrustedCertificates(m_settings.trustedImapCertificates());
    ImapAccount editing;
    QString error;
    if (!url.isEmpty() && ImapAccount::fromUrl(url, &editing, &error)) {
        editing.moveTo = m_settings.imapMoveTo().value(url);
        dialog->setAccount(editing);
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog, url] {
        const ImapAccount chosen = dialog->account();
        const QString added = chosen.toUrl();
        QStringList trusted = m_settings.trustedImapCertificates(); // a scan may have added one meanwhile
        for (const QString& fingerprint : dialog->trustedCertificates()) {
            if (!trusted.contains(fingerprint))
                trusted.append(fingerprint);
        }
        m_settings.setTrustedImapCertificates(trusted);
        QStringList sources = m_settings.logSources();
        // A mailbox edited into another keeps its place among the sources.
        const qsizetype edited = url.isEmpty() || url == added ? -1 : sources.indexOf(url);
        if (edited >= 0) {
            m_settings.setImapMoveTo(url, {});
            sources.removeAt(edited);
            if (!sources.contains(added))
                sources.insert(edited, added);
        }
        if (!sources.contains(added))
            sources.append(added);
        m_settings.setImapMoveTo(added, chosen.moveTo);
        openLogs(sources);
    });
    dialog->open();
}

void MainWindow::openBoard(const QString& databasePath)
{
    // A connection profile from File > Board Database wins over the bare SQLite file.
    QString error;
    if (const std::optional<BoardConnection> saved = BoardConnection::fromJson(m_settings.boardConnection(), &error);
        saved && !m_showingProfile) {
        m_showingProfile = true;
        m_profileName = saved->name;
        if (!saved->needsPassword()) {
            useBoardConnection(*saved, {});
            return;
        }
        auto listening = std::make_shared<QMetaObject::Connection>();
        *listening = connect(m_secrets, &CredentialStore::secretRead, this,
            [this, listening, c = *saved](
                const QString& key, CredentialStore::Outcome outcome, const QString& secret, const QString& why) {
                if (key != c.secretKey())
                    return;
                disconnect(*listening);
                if (outcome != CredentialStore::Outcome::Ok)
                    statusBar()->showMessage(tr("The password of the board database %1 is not in the keychain (%2): "
                                                "enter it in File, Board Database.")
                                                 .arg(c.name, why));
                useBoardConnection(c, secret);
            });
        m_secrets->readSecret(saved->secretKey());
        return;
    }
    if (!m_showingProfile)
        openBoardFile(databasePath);
}

void MainWindow::openBoardFile(const QString& databasePath)
{
    if (databasePath.isEmpty() || databasePath == m_openBoard)
        return;
    m_openBoard = databasePath;
    m_board = BoardConnection::demo(databasePath);
    m_boardPassword.clear();
    m_boardWorker->open(BoardConnection::demo(databasePath), {}, m_settings.auditLogPath());
}

void MainWindow::useBoardConnection(const BoardConnection& connection, const QString& password)
{
    m_openBoard.clear();
    m_profileName = connection.name;
    m_board = connection;
    m_boardPassword = password;
    m_boardWorker->open(connection, password, m_settings.auditLogPath());
    m_bounces->setBoard(connection, password);
    m_boardLabel->setText(tr("Board: %1").arg(connection.name));
    if (m_bounces->canRescan())
        m_bounces->rescan();
}

void MainWindow::editBoardConnection()
{
    QString error;
    std::optional<BoardConnection> current = BoardConnection::fromJson(m_settings.boardConnection(), &error);
    if (!current) {
        current = BoardConnection::demo(m_openBoard.isEmpty() ? m_settings.boardDatabase() : m_openBoard);
        current->name = tr("my board");
    }
    auto* dialog = new BoardConnectionDialog(*m_boardWorker, *m_secrets, *current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<BoardConnection> saved;
    for (const QJsonObject& json : m_settings.boardProfiles()) {
        if (std::optional<BoardConnection> profile = BoardConnection::fromJson(json, &error))
            saved.append(*profile);
    }
    dialog->setSavedProfiles(saved);
    connect(dialog, &BoardConnectionDialog::profileForgotten, this,
        [this](const QString& name) { m_settings.removeBoardProfile(name); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const BoardConnection chosen = dialog->connection();
        m_settings.setBoardConnection(chosen.toJson());
        m_showingProfile = true;
        useBoardConnection(chosen, dialog->password());
        showDemo(false);
    });
    dialog->open();
}

void MainWindow::actOnSelection(int action)
{
    const auto kind = BoardWorker::Action(action);
    QList<qint64> ids;
    int notUsers = 0;
    for (const RecipientRecord* record : m_bounces->selectedRecipients()) {
        if (record->userId > 0 && !ids.contains(record->userId))
            ids.append(record->userId);
        else if (record->userId <= 0)
            ++notUsers;
    }
    if (ids.isEmpty()) {
        m_prompts->showMessage(this, QMessageBox::Information, tr("No Board Users Selected"),
            tr("Select the recipients on the Bounces page first; only those who are users of the board can be "
               "changed."));
        return;
    }
    // A dry run first: the confirmation states exactly which users change and how.
    m_pendingIds = ids;
    m_pendingNotUsers = notUsers;
    m_boardWorker->act(kind, ids, {}, true);
}

void MainWindow::confirmBoardChange(BoardWorker::Action kind, const BoardApplyResult& dry)
{
    const QList<qint64> ids = m_pendingIds;
    if (dry.applied.isEmpty()) {
        m_prompts->showMessage(this, QMessageBox::Information, tr("Nothing to Change"),
            tr("The selected users are already in that state."));
        return;
    }
    QMap<QString, int> how; // "status: active → archived" -> users
    for (const BoardChange& c : dry.applied)
        ++how[tr("%1: \"%2\" -> \"%3\"").arg(boardChangeFieldTitle(c.field), c.oldValue, c.newValue)];
    QStringList lines;
    for (auto it = how.constBegin(); it != how.constEnd(); ++it)
        lines.append(tr("%n user(s), %1", nullptr, it.value()).arg(it.key()));
    QString what
        = tr("Change %n user(s) of the board?", nullptr, int(dry.applied.size())) + u"\n\n"_s + lines.join(u'\n');
    const qsizetype unchanged = ids.size() - dry.applied.size();
    if (unchanged > 0)
        what += u"\n"_s
            + tr("%n selected user(s) are already in that state and stay as they are.", nullptr, int(unchanged));
    if (m_pendingNotUsers > 0) {
        what += u"\n"_s
            + tr("%n selected recipient(s) are not users of the board and stay as they are.", nullptr,
                m_pendingNotUsers);
    }
    what += u"\n\n"_s + tr("Each change can be undone on the Activity page.");
    // What the owner confirms is what is written: the dry run's changes, each still guarded by
    // the value read then.
    m_prompts->confirm(this, tr("Change Board Users"), what, tr("Change"),
        [this, kind, changes = dry.applied] { m_boardWorker->apply(kind, changes); });
}

void MainWindow::changeEmailOfSelection()
{
    const QList<const RecipientRecord*> selected = m_bounces->selectedRecipients();
    if (selected.size() != 1 || selected.front()->userId <= 0) {
        m_prompts->showMessage(this, QMessageBox::Information, tr("Change E-mail"),
            tr("Select one recipient who is a user of the board."));
        return;
    }
    const RecipientRecord& record = *selected.front();
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change E-mail"));
    dialog->setLabelText(tr("New address for %1 (now %2):").arg(record.userName, QString::fromUtf8(record.address)));
    dialog->setTextValue(QString::fromUtf8(record.address));
    const qint64 user = record.userId;
    // The new address against the bounce history: one that bounced too is no fix.
    connect(dialog, &QInputDialog::textValueChanged, dialog, [this, dialog, record](const QString& text) {
        QString label = tr("New address for %1 (now %2):").arg(record.userName, QString::fromUtf8(record.address));
        const QByteArray typed = text.trimmed().toLower().toUtf8();
        // The result on screen now: a scan may have replaced the one there when the dialog opened.
        const BounceScanResult* result = m_bounces->result();
        if (!result) {
            dialog->setLabelText(label);
            return;
        }
        for (const RecipientRecord& other : result->recipients) {
            if (other.address == typed && typed != record.address && other.category != BounceCategory::None) {
                label += u"\n"_s
                    + tr("This address bounced too (%1, %n time(s)).", nullptr, int(other.failures))
                          .arg(categoryTitle(other.category));
            }
        }
        dialog->setLabelText(label);
    });
    connect(dialog, &QInputDialog::textValueSelected, this, [this, user](const QString& address) {
        m_boardWorker->act(BoardWorker::Action::SetEmail, {user}, address.trimmed(), false);
    });
    dialog->open();
}

void MainWindow::exportContacts()
{
    if (!m_board) {
        m_prompts->showMessage(this, QMessageBox::Information, tr("No Board Database"),
            tr("Mailroom exports the users of the board's database: choose it in File, Board Database first."));
        return;
    }
    if (!m_exportWorker)
        m_exportWorker = std::make_unique<ExportWorker>();
    // A connection of its own, so an export never waits for the Bounces page or a change.
    m_exportWorker->open(*m_board, m_boardPassword, m_settings.auditLogPath());
    // A scan may hold a million recipients: their lookup is built on a pool thread.
    auto* watcher = new QFutureWatcher<ExportBounces>(this);
    connect(watcher, &QFutureWatcher<ExportBounces>::finished, this, [this, watcher] {
        watcher->deleteLater();
        auto* dialog = new ExportDialog(*m_exportWorker, m_settings, *m_prompts, watcher->result(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    watcher->setFuture(QtConcurrent::run(
        [scan = m_bounces->sharedResult()] { return scan ? exportBouncesFrom(scan->recipients) : ExportBounces(); }));
}

QString MainWindow::boardDatabase() const
{
    // Real logs are never matched against the invented demo users. A connection profile saved
    // in File > Board Database wins over this bare SQLite file (openBoard, useBoardConnection).
    return m_settings.boardDatabase();
}

void MainWindow::chooseLogFiles()
{
    m_prompts->chooseLogFiles(this, m_settings.lastFolder(), [this](const QStringList& paths) { openLogs(paths); });
}

void MainWindow::chooseLogFolder()
{
    m_prompts->chooseLogFolder(this, m_settings.lastFolder(), [this](const QStringList& paths) { openLogs(paths); });
}

void MainWindow::showDemo(bool demo)
{
    m_demo = demo;
    m_demoBanner->setVisible(demo);
    setWindowTitle(demo ? tr("Mailroom — demo board") : tr("Mailroom"));
    const QString board = demo ? QString() : m_settings.boardDatabase();
    if (demo)
        m_boardLabel->setText(tr("Board: demo"));
    else if (m_showingProfile)
        m_boardLabel->setText(tr("Board: %1").arg(m_profileName));
    else if (board.isEmpty())
        m_boardLabel->setText(tr("No board connected: recipients are not matched to users"));
    else
        m_boardLabel->setText(tr("Board: %1").arg(QFileInfo(board).fileName()));
}

void MainWindow::setScanRunning(bool running)
{
    m_scanRunning = running;
    m_cancelAction->setEnabled(running || m_boardWorker->isBusy());
    m_rescanAction->setEnabled(!running && m_bounces->canRescan());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_bounces->cancelScan();
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveState()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(QMainWindow::saveState());
    m_bounces->saveViewState();
    m_settings.sync();
}

void MainWindow::restoreState()
{
    if (const QByteArray geometry = m_settings.windowGeometry(); !geometry.isEmpty())
        restoreGeometry(geometry);
    else
        resize(1280, 800);
    if (const QByteArray state = m_settings.windowState(); !state.isEmpty())
        QMainWindow::restoreState(state);
    m_bounces->restoreViewState();
}
