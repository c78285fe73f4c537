#include "RequestsPage.h"

#include "UserPrompts.h"
#include "removal/RemovalRequests.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

enum Column
{
    ProviderColumn,
    AddressColumn,
    StatusColumn,
    SentColumn,
    CheckedColumn,
    CodeColumn,
    ColumnCount
};

// Sorts the Sent column by time, not by its text.
class RequestItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem& other) const override
    {
        if (treeWidget() && treeWidget()->sortColumn() == SentColumn)
            return data(SentColumn, Qt::UserRole).toDateTime() < other.data(SentColumn, Qt::UserRole).toDateTime();
        return QTreeWidgetItem::operator<(other);
    }
};

QString shortTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString listingText(const RemovalRequest& r)
{
    if (!r.lastChecked.isValid())
        return r.canRecheck() ? RequestsPage::tr("not yet") : RequestsPage::tr("no list to ask");
    switch (r.lastListing) {
    case ListingStatus::Listed:
        return RequestsPage::tr("%1: still listed").arg(shortTime(r.lastChecked));
    case ListingStatus::Clear:
        return RequestsPage::tr("%1: not listed").arg(shortTime(r.lastChecked));
    case ListingStatus::Unknown:
        return RequestsPage::tr("%1: could not ask").arg(shortTime(r.lastChecked));
    }
    return {};
}

QIcon statusIcon(RequestStatus status)
{
    switch (status) {
    case RequestStatus::Draft:
        return QIcon::fromTheme(u"document-edit"_s);
    case RequestStatus::Sent:
        return QIcon::fromTheme(u"mail-send"_s);
    case RequestStatus::Removed:
        return QIcon::fromTheme(u"dialog-ok"_s);
    case RequestStatus::Overdue:
        return QIcon::fromTheme(u"dialog-warning"_s);
    case RequestStatus::Closed:
        return QIcon::fromTheme(u"window-close"_s);
    }
    return {};
}

} // namespace

RequestsPage::RequestsPage(RemovalTracker& tracker, UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_tracker(tracker), m_prompts(prompts)
{
    m_new = new QPushButton(QIcon::fromTheme(u"document-new"_s), tr("&New Request…"), this);
    m_new->setObjectName(u"newRequest"_s);
    m_recheck = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("Rechec&k Now"), this);
    m_recheck->setObjectName(u"recheckNow"_s);
    m_recheck->setToolTip(tr("Ask the blocklists again whether the addresses of open requests are still listed."));
    m_markSent = new QPushButton(QIcon::fromTheme(u"mail-send"_s), tr("Mark as &Sent"), this);
    m_markSent->setObjectName(u"markSent"_s);
    m_close = new QPushButton(tr("C&lose"), this);
    m_close->setObjectName(u"closeRequest"_s);
    m_close->setToolTip(tr("Close the request: Mailroom stops rechecking it."));
    m_delete = new QPushButton(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete"), this);
    m_delete->setObjectName(u"deleteRequest"_s);
    m_copy = new QPushButton(QIcon::fromTheme(u"edit-copy"_s), tr("Co&py Text"), this);
    m_copy->setObjectName(u"copyRequest"_s);
    m_openForm = new QPushButton(QIcon::fromTheme(u"internet-web-browser"_s), tr("Open &Removal Page"), this);
    m_openForm->setObjectName(u"openRemovalPage"_s);
    m_checking = new QLabel(this);
    m_checking->setObjectName(u"recheckState"_s);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_new, m_recheck, m_markSent, m_close, m_delete, m_copy, m_openForm})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_checking);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"requestList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSortingEnabled(true);
    m_list->setHeaderLabels(
        {tr("Provider or list"), tr("Address"), tr("Status"), tr("Sent"), tr("Last recheck"), tr("Code")});
    const QFontMetrics metrics = m_list->fontMetrics();
    const auto width = [&](const QString& sample) { return metrics.horizontalAdvance(sample) + 32; };
    m_list->setColumnWidth(ProviderColumn, width(u"Microsoft 365 (Exchange Online)"_s));
    m_list->setColumnWidth(AddressColumn, width(u"2001:db8:ffff::100"_s));
    m_list->setColumnWidth(StatusColumn, width(requestStatusTitle(RequestStatus::Sent)));
    const QString sampleTime = QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(23, 59)), QLocale::ShortFormat);
    m_list->setColumnWidth(SentColumn, width(sampleTime));
    m_list->setColumnWidth(CheckedColumn, width(tr("%1: could not ask").arg(sampleTime)));
    m_list->sortByColumn(SentColumn, Qt::DescendingOrder);
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(u"requestDetail"_s);
    m_detail->setOpenExternalLinks(true);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto* empty = new QLabel(tr("No removal requests yet.\n\nWhen receivers refuse the board's mail because of its "
                                "sending address, select those bounces on the Bounces page and choose Tools, "
                                "Request Removal (Ctrl+R), or choose New Request and paste the refusal."),
        this);
    empty->setObjectName(u"requestsEmptyState"_s);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_body = new QStackedWidget(this);
    m_body->addWidget(empty);
    m_body->addWidget(split);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_body, 1);

    connect(m_new, &QPushButton::clicked, this, &RequestsPage::newRequestRequested);
    connect(m_recheck, &QPushButton::clicked, this, [this] {
        m_tracker.recheckNow();
        updateButtons();
    });
    connect(m_markSent, &QPushButton::clicked, this, [this] {
        QString error;
        report(m_tracker.markSent(currentId(), QDateTime::currentDateTimeUtc(), &error), error);
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        QString error;
        report(m_tracker.close(currentId(), tr("Closed by you."), &error), error);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString id = currentId();
        const RemovalRequest* request = m_tracker.find(id);
        if (!request)
            return;
        m_prompts.confirm(this, tr("Delete the Request"),
            tr("Delete the request to %1 about %2, with its history? This cannot be undone; closing it keeps "
               "the history.")
                .arg(request->providerName, request->ip.toString()),
            tr("Delete"), [this, id] {
                QString error;
                report(m_tracker.remove(id, &error), error);
            });
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        if (const RemovalRequest* request = m_tracker.find(currentId())) {
            QApplication::clipboard()->setText(request->draft);
            Q_EMIT statusMessage(tr("The request's text is on the clipboard."));
        }
    });
    connect(m_openForm, &QPushButton::clicked, this, [this] {
        if (const RemovalRequest* request = m_tracker.find(currentId()); request && !request->removalUrl.isEmpty())
            QDesktopServices::openUrl(QUrl(request->removalUrl));
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RequestsPage::showCurrent);
    connect(&m_tracker, &RemovalTracker::requestsChanged, this, &RequestsPage::reload);
    connect(&m_tracker, &RemovalTracker::recheckFinished, this, &RequestsPage::updateButtons);
    connect(&m_tracker, &RemovalTracker::saveFailed, this,
        [this](const QString& error) { Q_EMIT statusMessage(tr("The requests could not be saved: %1").arg(error)); });
    reload();
}

QString RequestsPage::currentId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, IdRole).toString() : QString();
}

void RequestsPage::select(const QString& id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, IdRole).toString() == id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

void RequestsPage::report(bool done, const QString& error)
{
    if (!done)
        Q_EMIT statusMessage(error);
}

void RequestsPage::reload()
{
    const QString current = currentId();
    m_list->setSortingEnabled(false);
    m_list->clear();
    for (const RemovalRequest& r : m_tracker.requests()) {
        auto* item = new RequestItem(m_list);
        item->setData(0, IdRole, r.id);
        item->setText(ProviderColumn, r.providerName);
        item->setText(AddressColumn, r.ip.isNull() ? QString() : r.ip.toString());
        item->setText(StatusColumn, requestStatusTitle(r.status));
        item->setIcon(StatusColumn, statusIcon(r.status));
        item->setText(SentColumn, shortTime(r.sentAt));
        item->setData(SentColumn, Qt::UserRole, r.sentAt.isValid() ? r.sentAt : r.created);
        item->setText(CheckedColumn, r.isOpen() ? listingText(r) : QString());
        item->setText(CodeColumn, r.code);
        if (r.status == RequestStatus::Overdue || r.status == RequestStatus::Removed) {
            QFont bold = item->font(StatusColumn);
            bold.setBold(true);
            item->setFont(StatusColumn, bold);
        }
    }
    m_list->setSortingEnabled(true);
    m_body->setCurrentIndex(m_tracker.requests().isEmpty() ? 0 : 1);
    if (!current.isEmpty())
        select(current);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showCurrent();
}

void RequestsPage::showCurrent()
{
    const RemovalRequest* r = m_tracker.find(currentId());
    if (!r) {
        m_detail->clear();
        updateButtons();
        return;
    }
    QString html = u"<h3>%1</h3>"_s.arg(
        tr("%1, %2").arg(r->providerName.toHtmlEscaped(), r->ip.isNull() ? QString() : r->ip.toString()));
    html += u"<p>%1</p>"_s.arg(tr("Status: <b>%1</b>").arg(requestStatusTitle(r->status).toHtmlEscaped()));
    if (const std::optional<QDateTime> due = r->dueAt(); due && r->isOpen())
        html += u"<p>%1</p>"_s.arg(tr("Usually answered by %1.").arg(shortTime(*due)));
    if (!r->removalUrl.isEmpty()) {
        html += u"<p>%1</p>"_s.arg(tr("Removal: <a href=\"%1\">%1</a>").arg(r->removalUrl.toHtmlEscaped()));
    }
    html += u"<h4>%1</h4><ul>"_s.arg(tr("History"));
    for (const RequestEvent& event : r->history) {
        html += u"<li>%1 <b>%2</b>: %3</li>"_s.arg(
            shortTime(event.at), requestStatusTitle(event.status).toHtmlEscaped(), event.note.toHtmlEscaped());
    }
    html += u"</ul><h4>%1</h4><pre>%2</pre>"_s.arg(tr("The request"), r->draft.toHtmlEscaped());
    m_detail->setHtml(html);
    updateButtons();
}

void RequestsPage::updateButtons()
{
    const RemovalRequest* r = m_tracker.find(currentId());
    m_markSent->setEnabled(r && r->status == RequestStatus::Draft);
    m_close->setEnabled(r && r->status != RequestStatus::Closed);
    m_delete->setEnabled(r != nullptr);
    m_copy->setEnabled(r && !r->draft.isEmpty());
    m_openForm->setEnabled(r && !r->removalUrl.isEmpty());
    const bool anyOpen = std::any_of(m_tracker.requests().begin(), m_tracker.requests().end(),
        [](const RemovalRequest& request) { return request.isOpen(); });
    m_recheck->setEnabled(anyOpen && !m_tracker.isChecking());
    m_checking->setText(m_tracker.isChecking() ? tr("Rechecking…") : QString());
}
