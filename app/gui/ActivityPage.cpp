#include "ActivityPage.h"

#include "UserPrompts.h"
#include "board/BoardWorker.h"
#include "support/Files.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString shown(const QString& value)
{
    return value.isNull() ? ActivityPage::tr("(empty)") : value;
}

QByteArray csvField(const QString& value)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

} // namespace

ActivityPage::ActivityPage(BoardWorker& worker, UserPrompts& prompts, QWidget* parent)
    : QWidget(parent), m_worker(worker), m_prompts(prompts)
{
    auto* refreshButton = new QPushButton(QIcon::fromTheme(u"view-refresh"_s), tr("Re&fresh"), this);
    m_undo = new QPushButton(QIcon::fromTheme(u"edit-undo"_s), tr("&Undo Change…"), this);
    m_undo->setObjectName(u"undoChange"_s);
    m_export = new QPushButton(QIcon::fromTheme(u"document-save-as"_s), tr("E&xport…"), this);
    m_export->setObjectName(u"exportActivity"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(refreshButton);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_export);
    buttons->addStretch(1);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"activityList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels(
        {tr("Time"), tr("User"), tr("Field"), tr("Old value"), tr("New value"), tr("Changed by"), tr("Undone")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_empty = new QLabel(tr("No changes yet.\n\nWhen you archive users, flag them as bounced or change an address "
                            "from the Bounces page (Users menu), each change is listed here and can be undone."),
        this);
    m_empty->setObjectName(u"activityEmptyState"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_body = new QStackedWidget(this);
    m_body->addWidget(m_empty);
    m_body->addWidget(m_list);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_body, 1);

    connect(refreshButton, &QPushButton::clicked, this, &ActivityPage::refresh);
    connect(m_undo, &QPushButton::clicked, this, &ActivityPage::undoCurrent);
    connect(m_export, &QPushButton::clicked, this, [this] {
        auto* dialog
            = new QFileDialog(this, tr("Export the Activity"), u"mailroom-activity.csv"_s, tr("CSV files (*.csv)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
            QString error;
            Q_EMIT statusMessage(
                exportCsv(path, &error) ? tr("%n change(s) exported.", nullptr, int(m_entries.size())) : error);
        });
        dialog->open();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const QTreeWidgetItem* item = m_list->currentItem();
        m_undo->setEnabled(item && item->data(0, IdRole + 1).toBool());
    });
    connect(&m_worker, &BoardWorker::auditRead, this, &ActivityPage::showEntries);
    connect(&m_worker, &BoardWorker::acted, this, [this](BoardWorker::Action, const BoardApplyResult&, bool dryRun) {
        if (!dryRun)
            refresh();
    });
    connect(&m_worker, &BoardWorker::opened, this, &ActivityPage::refresh);
    connect(&m_worker, &BoardWorker::undone, this, [this](qint64 id, const BoardApplyResult& result) {
        if (result.ok) {
            Q_EMIT statusMessage(tr("Change %1 undone.").arg(id));
        } else {
            QStringList why;
            for (const BoardConflict& c : result.conflicts)
                why.append(tr("User %1: %2 (now \"%3\")").arg(c.userId).arg(c.why, c.found));
            if (!result.error.isEmpty())
                why.append(result.error);
            m_prompts.showMessage(this, QMessageBox::Warning, tr("Not Undone"),
                tr("Change %1 was not undone, and nothing was written.").arg(id), why.join(u'\n'));
        }
        refresh();
    });
    showEntries({}, {});
}

void ActivityPage::refresh()
{
    if (m_worker.isOpen())
        m_worker.readAudit();
}

void ActivityPage::showEntries(const QList<AuditEntry>& entries, const QString& error)
{
    m_entries = entries;
    m_list->clear();
    for (const AuditEntry& e : entries) {
        auto* item = new QTreeWidgetItem(m_list,
            {QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat), QString::number(e.userId),
                boardChangeFieldTitle(e.field), shown(e.oldValue), shown(e.newValue), e.osUser,
                e.undoneBy     ? tr("by change %1").arg(e.undoneBy)
                    : e.undoOf ? tr("undoes change %1").arg(e.undoOf)
                               : QString()});
        item->setData(0, IdRole, e.id);
        item->setData(0, IdRole + 1, e.undoneBy == 0 && e.undoOf == 0);
        item->setToolTip(0, tr("Change %1").arg(e.id));
    }
    m_body->setCurrentIndex(entries.isEmpty() ? 0 : 1);
    if (!error.isEmpty() && m_worker.isOpen())
        Q_EMIT statusMessage(tr("The activity log cannot be read: %1").arg(error));
    m_export->setEnabled(!entries.isEmpty());
    m_undo->setEnabled(false);
}

void ActivityPage::undoCurrent()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, IdRole).toLongLong();
    m_prompts.confirm(this, tr("Undo the Change"),
        tr("Put %1 of user %2 back to \"%3\"? This only happens if it is still \"%4\".")
            .arg(item->text(2), item->text(1), item->text(3), item->text(4)),
        tr("Undo"), [this, id] { m_worker.undo(id); });
}

bool ActivityPage::exportCsv(const QString& path, QString* error) const
{
    QByteArray csv = "audit_id,time,user_id,field,old_value,new_value,os_user,undo_of,undone_by\r\n";
    for (const AuditEntry& e : m_entries) {
        csv += QByteArray::number(e.id) + ',' + e.time.toUTC().toString(Qt::ISODate).toUtf8() + ','
            + QByteArray::number(e.userId) + ',' + csvField(e.field) + ',' + csvField(e.oldValue) + ','
            + csvField(e.newValue) + ',' + csvField(e.osUser) + ',' + QByteArray::number(e.undoOf) + ','
            + QByteArray::number(e.undoneBy) + "\r\n";
    }
    return Files::writeWhole(path, csv, error);
}
