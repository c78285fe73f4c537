#include "RecipientDetails.h"

#include "BounceTableModel.h"
#include "mail/LogLineReader.h"
#include "mail/MailboxScan.h"
#include "support/Settings.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <map>

using namespace Qt::StringLiterals;

namespace {

QString actionTitle(const EventTrace& trace)
{
    switch (trace.action) {
    case DeliveryAction::Delivered:
        return RecipientDetails::tr("Delivered");
    case DeliveryAction::Delayed:
        return RecipientDetails::tr("Deferred");
    case DeliveryAction::Failed:
        break;
    }
    return trace.retryTimeout ? RecipientDetails::tr("Failed (gave up retrying)") : RecipientDetails::tr("Failed");
}

QString escaped(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes).toHtmlEscaped();
}

} // namespace

RecipientDetails::RecipientDetails(QWidget* parent) : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"detailsSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_events = new QTreeWidget(this);
    m_events->setObjectName(u"detailsEvents"_s);
    m_events->setHeaderLabels({tr("Time"), tr("Action"), tr("Code"), tr("Reason")});
    m_events->setRootIsDecorated(true);
    m_events->setAlternatingRowColors(true);
    m_events->setWordWrap(false);
    m_events->header()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Recent events (newest first), with the log line of each:"), this));
    layout->addWidget(m_events, 1);

    setRecord(nullptr, {});
}

void RecipientDetails::setRecord(const RecipientRecord* record, const QStringList& files)
{
    ++m_generation;
    m_traces.clear();
    m_events->clear();

    if (!record) {
        m_summary->setText(tr("Select a recipient in the table to see who it is, why the mail failed "
                              "and the log lines behind it."));
        m_events->setEnabled(false);
        return;
    }

    m_events->setEnabled(true);
    m_summary->setText(summaryHtml(*record));
    m_traces = record->recent;
    std::sort(
        m_traces.begin(), m_traces.end(), [](const EventTrace& a, const EventTrace& b) { return a.time > b.time; });
    fillEvents(*record);
    fetchRawLines(*record, files);
}

QString RecipientDetails::summaryText() const
{
    return m_summary->text();
}

QString RecipientDetails::summaryHtml(const RecipientRecord& record) const
{
    QStringList parts;
    parts << u"<p><b style='font-size:large'>%1</b></p>"_s.arg(escaped(record.address));

    if (record.userId != 0) {
        parts << u"<p>"_s
                + tr("Board user: <b>%1</b> (%2, #%3)")
                      .arg(
                          record.userName.toHtmlEscaped(), BounceTableModel::typeTitle(record.userType).toHtmlEscaped())
                      .arg(record.userId)
                + u"</p>"_s;
    } else {
        parts << u"<p>"_s + tr("No user of the board has this address.") + u"</p>"_s;
    }

    parts << u"<p><b>%1: %2</b><br>%3</p>"_s.arg(categoryTitle(record.category).toHtmlEscaped(),
        reasonTitle(record.reason).toHtmlEscaped(), reasonExplanation(record.reason).toHtmlEscaped());

    if (record.escalated) {
        parts << u"<p>"_s
                + tr("Counted as a hard bounce: soft failures kept coming back over several days, so "
                     "the address is probably no longer read.")
                + u"</p>"_s;
    }
    if (record.pending)
        parts << u"<p>"_s + tr("The server is still retrying the last message; the outcome is not final.") + u"</p>"_s;
    if (record.deliveredSince)
        parts << u"<p>"_s + tr("A later message was delivered, so the address works again.") + u"</p>"_s;

    switch (record.senderKind) {
    case SenderKind::Board:
        parts << u"<p>"_s + tr("Sent by the board itself (a notification from %1).").arg(escaped(record.sender))
                + u"</p>"_s;
        break;
    case SenderKind::User:
        parts << u"<p>"_s + tr("Sent by a user of the board (their own message from %1).").arg(escaped(record.sender))
                + u"</p>"_s;
        break;
    case SenderKind::Unknown:
        if (!record.sender.isEmpty())
            parts << u"<p>"_s + tr("Sender: %1").arg(escaped(record.sender)) + u"</p>"_s;
        break;
    }

    QString reply = escaped(record.lastReply);
    reply.replace(u'\n', u"<br>"_s);
    const QString code = record.lastCode ? QString::number(record.lastCode) : QString();
    parts << u"<p>"_s + tr("Failures: %1. Deferrals: %2.").arg(record.failures).arg(record.deferrals) + u"<br>"_s
            + tr("Last reply %1 %2 from %3 [%4]:")
                  .arg(code, escaped(record.lastStatus), escaped(record.remoteHost), escaped(record.remoteIp))
            + u"<br><tt>%1</tt></p>"_s.arg(reply);

    if (record.droppedTraces > 0) {
        parts << u"<p><i>"_s + tr("%n older event(s) are not listed.", nullptr, int(record.droppedTraces))
                + u"</i></p>"_s;
    }
    return parts.join(QString());
}

void RecipientDetails::fillEvents(const RecipientRecord& record)
{
    Q_UNUSED(record);
    const QLocale locale;
    for (const EventTrace& trace : m_traces) {
        auto* item = new QTreeWidgetItem(m_events);
        item->setText(
            0, locale.toString(QDateTime::fromMSecsSinceEpoch(trace.time).toLocalTime(), QLocale::ShortFormat));
        item->setText(1, actionTitle(trace));
        item->setText(2, trace.replyCode ? QString::number(trace.replyCode) : QString());
        item->setText(3, reasonTitle(trace.reason));
        item->setToolTip(3, reasonExplanation(trace.reason));
    }
    for (int column = 0; column < 3; ++column)
        m_events->resizeColumnToContents(column);
}

void RecipientDetails::fetchRawLines(const RecipientRecord& record, const QStringList& files)
{
    Q_UNUSED(record);
    std::map<quint32, QList<qint64>> offsetsByFile;
    for (const EventTrace& trace : m_traces) {
        if (trace.source.offset >= 0 && trace.source.fileIndex < quint32(files.size()))
            offsetsByFile[trace.source.fileIndex].append(trace.source.offset);
    }
    if (offsetsByFile.empty())
        return;

    QList<QPair<quint32, QString>> jobs;
    for (auto& [fileIndex, offsets] : offsetsByFile) {
        std::sort(offsets.begin(), offsets.end());
        offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
        jobs.append({fileIndex, files.at(qsizetype(fileIndex))});
    }

    // Reading a rotated .gz log up to an offset can take a while: never on the GUI thread.
    auto work = [jobs, offsetsByFile]() {
        Lines lines;
        for (const auto& [fileIndex, path] : jobs) {
            const QList<qint64>& offsets = offsetsByFile.at(fileIndex);
            if (MailboxScan::isMailbox(path)) {
                // A bounce notice: which message it was and which of the board's it answers. An
                // IMAP mailbox is read from its local copy.
                const QString local = MailboxScan::isImapUrl(path)
                    ? MailboxScan::imapCopyPath(path, Settings().dataFolder() + QStringLiteral("/imap"))
                    : path;
                const QList<QString> texts = MailboxScan::describeMessages(local, offsets);
                for (qsizetype i = 0; i < texts.size(); ++i) {
                    if (!texts.at(i).isEmpty())
                        lines.insert({fileIndex, offsets.at(i)}, texts.at(i).toUtf8());
                }
                continue;
            }
            const QList<QByteArray> read = LogLineReader::linesAt(path, offsets);
            for (qsizetype i = 0; i < read.size() && i < offsets.size(); ++i)
                lines.insert({fileIndex, offsets.at(i)}, read.at(i));
        }
        return lines;
    };

    const quint64 generation = m_generation;
    auto* watcher = new QFutureWatcher<Lines>(this);
    connect(watcher, &QFutureWatcher<Lines>::finished, this, [this, watcher, generation]() {
        watcher->deleteLater();
        --m_pendingFetches;
        if (generation == m_generation)
            showRawLines(watcher->result());
        Q_EMIT rawLinesLoaded();
    });
    ++m_pendingFetches;
    watcher->setFuture(QtConcurrent::run(work));
}

void RecipientDetails::showRawLines(const Lines& lines)
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int i = 0; i < m_events->topLevelItemCount() && i < int(m_traces.size()); ++i) {
        const EventTrace& trace = m_traces[std::size_t(i)];
        const auto it = lines.constFind({trace.source.fileIndex, trace.source.offset});
        QString text = it == lines.constEnd() ? tr("(the log line could not be read again)") : QString::fromUtf8(*it);
        QTreeWidgetItem* parent = m_events->topLevelItem(i);
        auto* child = new QTreeWidgetItem(parent);
        child->setText(0, text);
        child->setToolTip(0, text);
        child->setFont(0, mono);
        child->setFirstColumnSpanned(true);
        parent->setExpanded(true);
    }
}
