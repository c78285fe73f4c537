#include "BouncesPage.h"

#include "BounceChart.h"
#include "BounceTableModel.h"
#include "CategoryStyle.h"
#include "RecipientDetails.h"
#include "support/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int AnyChoice = -1;

QString categoryKey(BounceCategory category)
{
    return QString::fromLatin1(categoryName(category));
}

} // namespace

BouncesPage::BouncesPage(Settings& settings, QWidget* parent) : QWidget(parent), m_settings(settings)
{
    m_job = new BounceScanJob(this);
    m_model = new BounceTableModel(this);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    // Long enough to let a word be typed, short enough to feel immediate.
    m_filterTimer->setInterval(180);

    buildUi();

    connect(m_job, &BounceScanJob::progressChanged, this, &BouncesPage::onProgress);
    connect(m_job, &BounceScanJob::finished, this, &BouncesPage::onScanFinished);
    connect(m_filterTimer, &QTimer::timeout, this, &BouncesPage::applyFilters);

    setResult(nullptr);
}

BouncesPage::~BouncesPage()
{
    if (m_job->isRunning())
        m_job->cancel();
}

void BouncesPage::buildUi()
{
    m_chart = new BounceChart(this);
    m_chart->setObjectName(u"bounceChart"_s);

    m_table = new QTableView(this);
    m_table->setObjectName(u"bounceTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several blocks for one removal request
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep scrolling a million rows cheap: the view never measures rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto width = [&](const QString& sample) { return metrics.horizontalAdvance(sample) + 24; };
    m_table->setColumnWidth(BounceTableModel::UserColumn, width(u"Dr. Ana María Fernández"_s));
    m_table->setColumnWidth(BounceTableModel::TypeColumn, width(tr("Job seeker")));
    m_table->setColumnWidth(BounceTableModel::EmailColumn, width(u"firstname.lastname@example.com"_s));
    // Widest translated title, measured once: resizeColumnsToContents would visit every row.
    int categoryWidth = 0;
    for (int c = 0; c < BounceCategoryCount; ++c)
        categoryWidth = std::max(categoryWidth, width(categoryTitle(static_cast<BounceCategory>(c))));
    int reasonWidth = 0;
    for (int r = 0; r < BounceReasonCount; ++r)
        reasonWidth = std::max(reasonWidth, width(reasonTitle(static_cast<BounceReason>(r))));
    m_table->setColumnWidth(BounceTableModel::CategoryColumn, categoryWidth);
    m_table->setColumnWidth(
        BounceTableModel::ReasonColumn, std::min(reasonWidth, width(u"Recipient address unknown"_s)));
    m_table->setColumnWidth(BounceTableModel::CountColumn, width(u"99999"_s));
    const QString sampleTime = QLocale().toString(QDateTime(QDate(2025, 12, 30), QTime(23, 59)), QLocale::ShortFormat);
    m_table->setColumnWidth(BounceTableModel::FirstSeenColumn, width(sampleTime));
    m_table->setColumnWidth(BounceTableModel::LastSeenColumn, width(sampleTime));
    m_table->sortByColumn(BounceTableModel::LastSeenColumn, Qt::DescendingOrder);

    m_tableStack = new QStackedWidget(this);
    m_tableStack->setObjectName(u"tableStack"_s);
    m_tableStack->addWidget(m_table);
    m_tableStack->addWidget(buildEmptyState());

    m_details = new RecipientDetails(this);
    m_details->setObjectName(u"recipientDetails"_s);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"bouncesSplitter"_s);
    m_splitter->addWidget(m_tableStack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({800, 330}); // room for the reason column at 1280 pixels

    m_verticalSplitter = new QSplitter(Qt::Vertical, this);
    m_verticalSplitter->setObjectName(u"chartSplitter"_s);
    m_verticalSplitter->addWidget(m_chart);
    m_verticalSplitter->addWidget(m_splitter);
    m_verticalSplitter->setStretchFactor(0, 1);
    m_verticalSplitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildScanBar());
    layout->addWidget(buildTiles());
    layout->addWidget(buildFilters());
    layout->addWidget(m_verticalSplitter, 1);
    layout->addWidget(buildReportLine());

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BouncesPage::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BouncesPage::updateSelection);
}

QWidget* BouncesPage::buildScanBar()
{
    m_scanBar = new QWidget(this);
    m_scanBar->setObjectName(u"scanBar"_s);
    m_progressLabel = new QLabel(tr("Reading the logs…"), m_scanBar);
    m_progress = new QProgressBar(m_scanBar);
    m_progress->setObjectName(u"scanProgress"_s);
    m_progress->setRange(0, 0);
    m_cancelButton = new QPushButton(tr("Cancel"), m_scanBar);
    m_cancelButton->setObjectName(u"cancelScanButton"_s);
    m_cancelButton->setToolTip(tr("Stop reading (Esc); the previous results stay on screen"));

    auto* layout = new QHBoxLayout(m_scanBar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancelButton);
    m_scanBar->hide();

    connect(m_cancelButton, &QPushButton::clicked, this, &BouncesPage::cancelScan);
    return m_scanBar;
}

QWidget* BouncesPage::buildTiles()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    for (int c = 0; c < BounceCategoryCount; ++c) {
        const auto category = static_cast<BounceCategory>(c);
        auto* tile = new QToolButton(row);
        tile->setObjectName(u"tile_"_s + categoryKey(category));
        tile->setCheckable(true);
        tile->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        tile->setMinimumHeight(tile->fontMetrics().height() * 3 + 8);
        tile->setToolTip(tr("Show only this category; click again to show all"));
        const QColor color = categoryColor(category);
        tile->setStyleSheet(u"QToolButton { border: 1px solid palette(mid); border-left: 6px solid %1;"
                            " border-radius: 3px; padding: 4px 10px; text-align: left; }"
                            "QToolButton:checked { background: %2; }"_s.arg(color.name(), color.lighter(175).name()));
        connect(
            tile, &QToolButton::clicked, this, [this, c](bool checked) { selectCategory(checked ? c : AnyChoice); });
        layout->addWidget(tile);
        m_tiles[std::size_t(c)] = tile;
    }
    return row;
}

QWidget* BouncesPage::buildFilters()
{
    auto* row = new QWidget(this);

    m_categoryFilter = new QComboBox(row);
    m_categoryFilter->setObjectName(u"categoryFilter"_s);
    m_categoryFilter->addItem(tr("All categories"), AnyChoice);
    for (int c = 0; c < BounceCategoryCount; ++c)
        m_categoryFilter->addItem(categoryTitle(static_cast<BounceCategory>(c)), c);

    m_reasonFilter = new QComboBox(row);
    m_reasonFilter->setObjectName(u"reasonFilter"_s);
    m_reasonFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reasonFilter->setMinimumContentsLength(18);

    m_domainFilter = new QComboBox(row);
    m_domainFilter->setObjectName(u"domainFilter"_s);
    m_domainFilter->setEditable(true);
    m_domainFilter->setInsertPolicy(QComboBox::NoInsert);
    m_domainFilter->setMinimumContentsLength(16);
    m_domainFilter->lineEdit()->setPlaceholderText(tr("Any domain"));
    m_domainFilter->setToolTip(tr("Receiving domain: the part of the address after @"));

    m_dateFilter = new QCheckBox(tr("Last seen from"), row);
    m_dateFilter->setObjectName(u"dateFilter"_s);
    m_fromDate = new QDateEdit(row);
    m_fromDate->setObjectName(u"fromDate"_s);
    m_fromDate->setCalendarPopup(true);
    m_toDate = new QDateEdit(row);
    m_toDate->setObjectName(u"toDate"_s);
    m_toDate->setCalendarPopup(true);
    m_fromDate->setEnabled(false);
    m_toDate->setEnabled(false);
    //: Between the two dates of the "Last seen from ... to ..." filter
    auto* toLabel = new QLabel(tr("to"), row);

    m_textFilter = new QLineEdit(row);
    m_textFilter->setObjectName(u"textFilter"_s);
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setPlaceholderText(tr("Search address, user or reply (Ctrl+F)"));

    m_clearFilters = new QPushButton(tr("Clear filters"), row);
    m_clearFilters->setObjectName(u"clearFiltersButton"_s);

    m_matchCount = new QLabel(row);
    m_matchCount->setObjectName(u"matchCount"_s);

    // Two rows keep the page usable at 1024 pixels wide: the search field gets a full line.
    auto* search = new QHBoxLayout;
    search->addWidget(m_textFilter, 1);
    search->addWidget(m_clearFilters);
    search->addWidget(m_matchCount);
    auto* choices = new QHBoxLayout;
    choices->addWidget(m_categoryFilter);
    choices->addWidget(m_reasonFilter);
    choices->addWidget(m_domainFilter);
    choices->addSpacing(12);
    choices->addWidget(m_dateFilter);
    choices->addWidget(m_fromDate);
    choices->addWidget(toLabel);
    choices->addWidget(m_toDate);
    choices->addStretch(1);
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(search);
    layout->addLayout(choices);

    const auto now = [this]() {
        if (!m_fillingFilters)
            applyFilters();
    };
    const auto soon = [this]() {
        if (!m_fillingFilters)
            m_filterTimer->start();
    };
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, now);
    connect(m_reasonFilter, &QComboBox::currentIndexChanged, this, now);
    connect(m_domainFilter, &QComboBox::currentTextChanged, this, soon);
    connect(m_dateFilter, &QCheckBox::toggled, this, [this, now](bool on) {
        m_fromDate->setEnabled(on);
        m_toDate->setEnabled(on);
        now();
    });
    connect(m_fromDate, &QDateEdit::dateChanged, this, soon);
    connect(m_toDate, &QDateEdit::dateChanged, this, soon);
    connect(m_textFilter, &QLineEdit::textChanged, this, soon);
    connect(m_clearFilters, &QPushButton::clicked, this, &BouncesPage::clearFilters);
    return row;
}

QWidget* BouncesPage::buildEmptyState()
{
    auto* empty = new QWidget(this);
    empty->setObjectName(u"emptyState"_s);
    m_emptyLabel = new QLabel(empty);
    m_emptyLabel->setObjectName(u"emptyStateLabel"_s);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    QFont font = m_emptyLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_emptyLabel->setFont(font);
    m_emptyButton = new QPushButton(empty);
    m_emptyButton->setObjectName(u"emptyStateButton"_s);

    auto* layout = new QVBoxLayout(empty);
    layout->addStretch(1);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_emptyButton, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_emptyButton, &QPushButton::clicked, this, [this]() {
        if (m_model->filter().isEmpty())
            Q_EMIT openLogFilesRequested();
        else
            clearFilters();
    });
    return empty;
}

QWidget* BouncesPage::buildReportLine()
{
    auto* box = new QWidget(this);
    m_reportLabel = new QLabel(box);
    m_reportLabel->setObjectName(u"scanReportLabel"_s);
    m_reportLabel->setWordWrap(true);
    m_reportDetailsButton = new QToolButton(box);
    m_reportDetailsButton->setObjectName(u"reportDetailsButton"_s);
    m_reportDetailsButton->setText(tr("Details"));
    m_reportDetailsButton->setCheckable(true);
    m_reportDetails = new QPlainTextEdit(box);
    m_reportDetails->setObjectName(u"reportDetails"_s);
    m_reportDetails->setReadOnly(true);
    m_reportDetails->setMaximumHeight(m_reportDetails->fontMetrics().height() * 8);
    m_reportDetails->hide();

    auto* line = new QHBoxLayout;
    line->addWidget(m_reportLabel, 1);
    line->addWidget(m_reportDetailsButton);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(line);
    layout->addWidget(m_reportDetails);

    connect(m_reportDetailsButton, &QToolButton::toggled, m_reportDetails, &QWidget::setVisible);
    return box;
}

void BouncesPage::startScan(const QStringList& paths, const QString& boardDatabase, const QTimeZone& logZone)
{
    if (m_job->isRunning())
        m_job->cancel();

    m_lastPaths = paths;
    m_lastBoard = boardDatabase;
    m_lastZone = logZone;

    BounceScanRequest request;
    request.paths = paths;
    request.boardDatabase = boardDatabase;
    request.board = m_board;
    request.boardPassword = m_boardPassword;
    // Read at each scan, so a certificate trusted or a folder chosen a moment ago counts.
    request.imap.passwords = m_imapPasswords;
    request.imap.cacheFolder = m_settings.imapCacheFolder();
    request.imap.trustedCertificates = m_settings.trustedImapCertificates();
    request.imap.moveTo = m_settings.imapMoveTo();
    request.rules.escalationCount = m_settings.escalationCount();
    request.rules.escalationDays = m_settings.escalationDays();
    const QByteArray zone = m_settings.logTimeZone();
    if (logZone.isValid())
        request.logZone = logZone;
    else if (!zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone))
        request.logZone = QTimeZone(zone);

    m_scanStartedMs = QDateTime::currentMSecsSinceEpoch();
    m_progress->setRange(0, 0);
    const bool imap = std::any_of(paths.begin(), paths.end(), &MailboxScan::isImapUrl);
    m_progressLabel->setText(imap ? tr("Fetching new mail and reading %n source(s)…", nullptr, int(paths.size()))
                                  : tr("Reading %n log source(s)…", nullptr, int(paths.size())));
    m_scanBar->show();
    m_job->start(request);
    updateEmptyState();
    Q_EMIT scanRunningChanged(true);
    Q_EMIT statusMessage(tr("Reading the logs…"));
}

bool BouncesPage::isScanning() const
{
    return m_job->isRunning();
}

void BouncesPage::cancelScan()
{
    if (m_job->isRunning())
        m_job->cancel();
}

void BouncesPage::setBoard(const std::optional<BoardConnection>& board, const QString& password)
{
    m_board = board;
    m_boardPassword = password;
}

void BouncesPage::rescan()
{
    if (!m_lastPaths.isEmpty())
        startScan(m_lastPaths, m_lastBoard, m_lastZone);
}

void BouncesPage::onProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    // QProgressBar takes int: scale to per mille so logs over 2 GB do not overflow.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(done * 1000 / total));
}

void BouncesPage::onScanFinished(const std::shared_ptr<BounceScanResult>& result)
{
    m_scanBar->hide();
    Q_EMIT scanRunningChanged(false);

    if (!result || result->report.cancelled) {
        Q_EMIT statusMessage(tr("Reading cancelled; the table still shows the previous results."));
        return;
    }

    setResult(result);
    const double seconds = double(QDateTime::currentMSecsSinceEpoch() - m_scanStartedMs) / 1000.0;
    Q_EMIT statusMessage(tr("Read %n file(s) in %1 s: %2 delivery attempts, %3 recipients with failures or delays.",
        nullptr, int(result->files.size()))
                             .arg(QLocale().toString(seconds, 'f', 1))
                             .arg(QLocale().toString(qulonglong(result->events)))
                             .arg(QLocale().toString(qulonglong(result->recipients.size()))));
}

void BouncesPage::setResult(std::shared_ptr<const BounceScanResult> result)
{
    m_result = std::move(result);
    if (m_result)
        m_model->setRecipients(BounceTableModel::Records(m_result, &m_result->recipients));
    else
        m_model->setRecipients(nullptr);

    m_chart->setDailyFailures(m_result ? m_result->dailyFailures : BounceChart::Daily {});
    fillFilterChoices();
    updateTiles();
    updateReport();
    applyFilters();
    Q_EMIT resultChanged(m_result);
}

QString BouncesPage::problemText(const FileProblem& problem, LogFormat format)
{
    switch (problem.kind) {
    case SkipReason::TooLong:
        return tr("line %1: %2 bytes long, longer than any log line; skipped")
            .arg(problem.lineNumber)
            .arg(QLocale().toString(problem.length));
    case SkipReason::Binary:
        return tr("line %1: binary data, not text; skipped").arg(problem.lineNumber);
    case SkipReason::Malformed:
        break;
    }
    return tr("line %1: not a line of a %2; skipped").arg(problem.lineNumber).arg(logFormatName(format));
}

void BouncesPage::fillFilterChoices()
{
    m_fillingFilters = true;
    static const BounceSummary none;
    const BounceSummary& summary = m_result ? m_result->summary : none;
    const auto& reasons = summary.reasons;

    const QVariant previousReason = m_reasonFilter->currentData();
    m_reasonFilter->clear();
    m_reasonFilter->addItem(tr("All reasons"), AnyChoice);
    for (int r = 0; r < BounceReasonCount; ++r) {
        if (reasons[std::size_t(r)] > 0)
            m_reasonFilter->addItem(tr("%1 (%2)").arg(reasonTitle(BounceReason(r))).arg(reasons[std::size_t(r)]), r);
    }
    m_reasonFilter->model()->sort(0);
    m_reasonFilter->setCurrentIndex(std::max(0, m_reasonFilter->findData(previousReason)));

    // The busiest domains first; a million recipients can have many, and a combo box list
    // past a few hundred entries helps nobody: the field stays editable for the rest.
    const QString typed = m_domainFilter->currentText();
    m_domainFilter->clear();
    m_domainFilter->addItem(QString());
    for (std::size_t i = 0; i < summary.domains.size() && i < 300; ++i)
        m_domainFilter->addItem(QString::fromUtf8(summary.domains[i].first));
    m_domainFilter->setEditText(typed);

    const qint64 first = summary.firstLastSeen;
    const qint64 last = summary.lastLastSeen;
    const QDate firstDate = first ? QDateTime::fromMSecsSinceEpoch(first).date() : QDate::currentDate();
    const QDate lastDate = last ? QDateTime::fromMSecsSinceEpoch(last).date() : QDate::currentDate();
    if (!m_dateFilter->isChecked()) {
        m_fromDate->setDate(firstDate);
        m_toDate->setDate(lastDate);
    }
    m_fillingFilters = false;
}

void BouncesPage::updateTiles()
{
    const std::array<quint64, BounceCategoryCount> counts
        = m_result ? m_result->summary.categories : std::array<quint64, BounceCategoryCount> {};

    const int selected = m_categoryFilter->currentData().toInt();
    for (int c = 0; c < BounceCategoryCount; ++c) {
        QToolButton* tile = m_tiles[std::size_t(c)];
        tile->setText(tr("%1\n%2").arg(
            QLocale().toString(qlonglong(counts[std::size_t(c)])), categoryTitle(static_cast<BounceCategory>(c))));
        tile->setChecked(selected == c);
    }
}

void BouncesPage::selectCategory(int category)
{
    m_categoryFilter->setCurrentIndex(std::max(0, m_categoryFilter->findData(category)));
    updateTiles();
}

void BouncesPage::updateReport()
{
    if (!m_result) {
        m_reportLabel->setText(tr("No log read yet."));
        m_reportDetailsButton->hide();
        m_reportDetails->clear();
        return;
    }

    const ScanReport& report = m_result->report;
    std::array<quint64, SkipReasonCount> skipped {};
    quint64 lines = 0;
    int failedFiles = 0;
    QStringList details;
    for (const FileReport& file : report.files) {
        lines += file.format == LogFormat::BounceMail ? 0 : file.lines; // a mailbox counts messages
        for (int s = 0; s < SkipReasonCount; ++s)
            skipped[std::size_t(s)] += file.skipped[std::size_t(s)];
        const bool failed = !file.error.isEmpty() || file.unreadable || file.notMailLog;
        failedFiles += failed ? 1 : 0;

        if (file.format == LogFormat::BounceMail) {
            details << tr("%1 (%2): %3 messages, %4 events, %5 messages that are no bounce notice")
                           .arg(QDir::toNativeSeparators(file.path), logFormatName(file.format))
                           .arg(file.lines)
                           .arg(file.events)
                           .arg(file.otherMessages);
            if (!file.error.isEmpty())
                details << u"    "_s + file.error;
            for (const FileProblem& problem : file.problems)
                details << u"    "_s + problem.message; // the MIME reader's words, already translated
            continue;
        }
        details << tr("%1 (%2): %3 lines, %4 events, skipped %5 binary, %6 too long, %7 not in the format")
                       .arg(QDir::toNativeSeparators(file.path), logFormatName(file.format))
                       .arg(file.lines)
                       .arg(file.events)
                       .arg(file.skipped[0])
                       .arg(file.skipped[1])
                       .arg(file.skipped[2]);
        if (!file.error.isEmpty())
            details << u"    "_s + file.error;
        for (const FileProblem& problem : file.problems)
            details << u"    "_s + problemText(problem, file.format);
    }
    for (const QString& error : report.errors)
        details << error;
    if (!m_result->boardError.isEmpty())
        details << tr("Board: %1").arg(m_result->boardError);

    const QLocale locale;
    quint64 messages = 0;
    for (const FileReport& file : report.files)
        messages += file.format == LogFormat::BounceMail ? file.lines : 0;
    QString text = messages == 0
        ? tr("Read %n file(s), %1 lines.", nullptr, int(report.files.size())).arg(locale.toString(lines))
        : tr("Read %n source(s): %1 log lines, %2 messages.", nullptr, int(report.files.size()))
              .arg(locale.toString(lines), locale.toString(messages));
    const quint64 skippedTotal = skipped[0] + skipped[1] + skipped[2];
    if (skippedTotal > 0) {
        text += u' '
            + tr("%1 lines skipped: %2 binary, %3 too long, %4 not in the log's format.")
                  .arg(locale.toString(skippedTotal), locale.toString(skipped[0]), locale.toString(skipped[1]),
                      locale.toString(skipped[2]));
    }
    if (failedFiles > 0 || !report.errors.isEmpty())
        text += u' '
            + tr("%n source(s) could not be used; see Details.", nullptr, failedFiles + int(report.errors.size()));
    if (!m_result->boardError.isEmpty())
        text += u' ' + tr("The board could not be read, so no recipient is matched to a user.");

    m_reportLabel->setText(text);
    m_reportDetails->setPlainText(details.join(u'\n'));
    m_reportDetailsButton->setVisible(!details.isEmpty());
}

void BouncesPage::applyFilters()
{
    m_filterTimer->stop();

    BounceFilter filter;
    if (const int category = m_categoryFilter->currentData().toInt(); category != AnyChoice)
        filter.category = static_cast<BounceCategory>(category);
    if (const int reason = m_reasonFilter->currentData().toInt(); reason != AnyChoice && m_reasonFilter->count() > 0)
        filter.reason = static_cast<BounceReason>(reason);
    filter.domain = m_domainFilter->currentText().trimmed().toUtf8();
    if (m_dateFilter->isChecked()) {
        filter.lastSeenFrom = m_fromDate->date().startOfDay().toMSecsSinceEpoch();
        filter.lastSeenTo = m_toDate->date().addDays(1).startOfDay().toMSecsSinceEpoch();
    }
    filter.text = m_textFilter->text();

    const qsizetype selected = m_model->recordIndexAt(m_table->currentIndex().row());
    m_model->setFilter(filter);
    if (selected >= 0) {
        if (const int row = m_model->rowOfRecord(selected); row >= 0)
            m_table->setCurrentIndex(m_model->index(row, BounceTableModel::EmailColumn));
    }

    updateTiles();
    updateEmptyState();
}

void BouncesPage::clearFilters()
{
    m_fillingFilters = true;
    m_categoryFilter->setCurrentIndex(0);
    m_reasonFilter->setCurrentIndex(0);
    m_domainFilter->setEditText(QString());
    m_dateFilter->setChecked(false);
    m_textFilter->clear();
    m_fillingFilters = false;
    applyFilters();
}

void BouncesPage::focusTextFilter()
{
    m_textFilter->setFocus(Qt::ShortcutFocusReason);
    m_textFilter->selectAll();
}

void BouncesPage::updateEmptyState()
{
    const int shown = m_model->rowCount();
    const qsizetype total = m_model->totalCount();
    const QLocale locale;
    m_matchCount->setText(shown == total
            ? tr("%1 recipients").arg(locale.toString(qlonglong(total)))
            : tr("%1 of %2 recipients").arg(locale.toString(shown), locale.toString(qlonglong(total))));
    m_clearFilters->setEnabled(!m_model->filter().isEmpty());

    if (shown > 0) {
        m_tableStack->setCurrentIndex(0);
        return;
    }

    m_tableStack->setCurrentIndex(1);
    if (!m_model->filter().isEmpty()) {
        m_emptyLabel->setText(tr("No recipient matches these filters."));
        m_emptyButton->setText(tr("Clear filters"));
    } else if (m_job->isRunning() && !m_result) {
        m_emptyLabel->setText(tr("Reading the logs… The recipients appear here when the scan is done."));
        m_emptyButton->setText(tr("Open log files…"));
    } else if (m_result) {
        m_emptyLabel->setText(tr("No failed or delayed delivery in these logs. Good news, or the wrong log: "
                                 "open your SMTP server's main log to check."));
        m_emptyButton->setText(tr("Open log files…"));
    } else {
        m_emptyLabel->setText(tr("Open your SMTP server's log (Exim's mainlog or Postfix's mail.log) to see "
                                 "which users bounced and why."));
        m_emptyButton->setText(tr("Open log files…"));
    }
}

void BouncesPage::updateSelection()
{
    const QModelIndex current = m_table->currentIndex();
    const RecipientRecord* record = current.isValid() ? m_model->recordAt(current.row()) : nullptr;
    m_details->setRecord(record, m_result ? m_result->files : QStringList());
}

QList<const RecipientRecord*> BouncesPage::selectedRecipients() const
{
    QList<const RecipientRecord*> records;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex& row : std::as_const(rows)) {
        if (const RecipientRecord* record = m_model->recordAt(row.row()))
            records.append(record);
    }
    return records;
}

void BouncesPage::saveViewState()
{
    m_settings.setViewState(u"bounces/splitter"_s, m_splitter->saveState());
    m_settings.setViewState(u"bounces/chartSplitter"_s, m_verticalSplitter->saveState());
    m_settings.setViewState(u"bounces/header"_s, m_table->horizontalHeader()->saveState());
}

void BouncesPage::restoreViewState()
{
    if (const QByteArray state = m_settings.viewState(u"bounces/splitter"_s); !state.isEmpty())
        m_splitter->restoreState(state);
    if (const QByteArray state = m_settings.viewState(u"bounces/chartSplitter"_s); !state.isEmpty())
        m_verticalSplitter->restoreState(state);
    if (const QByteArray state = m_settings.viewState(u"bounces/header"_s); !state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}
