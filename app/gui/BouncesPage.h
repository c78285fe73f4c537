#pragma once

#include "board/BoardConnection.h"
#include "bounces/BounceScan.h"

#include <QHash>
#include <QTimeZone>
#include <QWidget>

#include <array>
#include <memory>

class BounceChart;
class BounceTableModel;
class BounceScanJob;
class RecipientDetails;
class Settings;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

// The bounce desk: totals, chart, filters, the recipient table and the details of one recipient.
// It shows a scan result and starts scans; reading and classifying live in core.
class BouncesPage : public QWidget
{
    Q_OBJECT

public:
    explicit BouncesPage(Settings& settings, QWidget* parent = nullptr);
    ~BouncesPage() override;

    // logZone overrides the zone from the settings: the demo logs are written in UTC.
    void startScan(const QStringList& paths, const QString& boardDatabase, const QTimeZone& logZone = {});
    // Scans match users through this board from now on, instead of a SQLite file.
    void setBoard(const std::optional<BoardConnection>& board, const QString& password);
    // The passwords of imap:// and imaps:// sources (by URL), read from the keychain, that scans use
    // from now on. The rest of what they need comes from the settings at each scan.
    void setImapPasswords(const QHash<QString, QString>& passwords) { m_imapPasswords = passwords; }
    bool isScanning() const;
    bool canRescan() const { return !m_lastPaths.isEmpty(); }
    QStringList lastPaths() const { return m_lastPaths; }

    // Shows a finished scan; tests hand one in directly.
    void setResult(std::shared_ptr<const BounceScanResult> result);
    const BounceScanResult* result() const { return m_result.get(); }
    std::shared_ptr<const BounceScanResult> sharedResult() const { return m_result; } // outlives a rescan
    BounceTableModel* model() const { return m_model; }
    // The recipients selected in the table, in table order.
    QList<const RecipientRecord*> selectedRecipients() const;

    void saveViewState();
    void restoreViewState();

public Q_SLOTS:
    void cancelScan();
    void rescan();
    void focusTextFilter();
    void clearFilters();

Q_SIGNALS:
    void openLogFilesRequested();
    void scanRunningChanged(bool running);
    void statusMessage(const QString& message);
    // A new result is on screen (after a scan, or handed in).
    void resultChanged(std::shared_ptr<const BounceScanResult> result);

private:
    void buildUi();
    QWidget* buildTiles();
    QWidget* buildFilters();
    QWidget* buildEmptyState();
    QWidget* buildScanBar();
    QWidget* buildReportLine();

    void onScanFinished(const std::shared_ptr<BounceScanResult>& result);
    void onProgress(qint64 done, qint64 total);
    void fillFilterChoices();
    static QString problemText(const FileProblem& problem, LogFormat format);
    void updateTiles();
    void updateReport();
    void applyFilters();
    void updateEmptyState();
    void updateSelection();
    void selectCategory(int category);

    Settings& m_settings;
    std::shared_ptr<const BounceScanResult> m_result;
    QStringList m_lastPaths;
    QString m_lastBoard;
    std::optional<BoardConnection> m_board;
    QString m_boardPassword;
    QHash<QString, QString> m_imapPasswords;
    QTimeZone m_lastZone;
    qint64 m_scanStartedMs = 0;

    BounceScanJob* m_job = nullptr;
    BounceTableModel* m_model = nullptr;
    BounceChart* m_chart = nullptr;
    RecipientDetails* m_details = nullptr;

    QWidget* m_scanBar = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    QPushButton* m_cancelButton = nullptr;

    std::array<QToolButton*, BounceCategoryCount> m_tiles {};
    QComboBox* m_categoryFilter = nullptr;
    QComboBox* m_reasonFilter = nullptr;
    QComboBox* m_domainFilter = nullptr;
    QCheckBox* m_dateFilter = nullptr;
    QDateEdit* m_fromDate = nullptr;
    QDateEdit* m_toDate = nullptr;
    QLineEdit* m_textFilter = nullptr;
    QPushButton* m_clearFilters = nullptr;
    QLabel* m_matchCount = nullptr;
    QTimer* m_filterTimer = nullptr;
    bool m_fillingFilters = false;

    QSplitter* m_verticalSplitter = nullptr;
    QSplitter* m_splitter = nullptr;
    QStackedWidget* m_tableStack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QPushButton* m_emptyButton = nullptr;

    QLabel* m_reportLabel = nullptr;
    QToolButton* m_reportDetailsButton = nullptr;
    QPlainTextEdit* m_reportDetails = nullptr;
};
