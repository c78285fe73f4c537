#include "mail/MailboxScan.h"

#include "bounces/BounceLedger.h"
#include "mail/BounceMessage.h"
#include "mail/LogScanner.h"
#include "mail/Mailbox.h"
#include "mail/MimeMessage.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace {

// Problems kept per mailbox with their message numbers; the rest are only counted.
constexpr int MaxProblems = 20;

qint64 folderSize(const QString& maildir)
{
    qint64 size = 0;
    for (const char* sub : {"cur", "new"}) {
        const QDir dir(QDir(maildir).filePath(QString::fromLatin1(sub)));
        for (const QFileInfo& file : dir.entryInfoList(QDir::Files))
            size += file.size();
    }
    return size;
}

} // namespace

bool MailboxScan::isMailbox(const QString& path)
{
    return Mailbox::kindOf(path) != Mailbox::Kind::Unknown;
}

void MailboxScan::scan(const QString& path, quint32 fileIndex, BounceLedger& ledger, FileReport& report,
    const std::atomic_bool* cancel, const std::function<void(qint64 bytes)>& advanced)
{
    report.format = LogFormat::BounceMail;
    const QFileInfo info(path);
    report.size = info.isDir() ? folderSize(path) : info.size();

    quint32 number = 0;
    const Mailbox::Visit visit = [&](const QByteArray& data, const QString& where) {
        ++number;
        ++report.lines;
        const MimeMessage message = MimeMessage::parse(data);
        const BounceMessage notice = BounceMessage::read(message);
        if (notice.kind == BounceMessage::Kind::NotABounce) {
            ++report.otherMessages;
        } else {
            for (DeliveryEvent& event : notice.events(ledger.classifier())) {
                event.source = {fileIndex, number, qint64(number)};
                ledger.add(event);
                ++report.events;
            }
        }
        // What the MIME reader had to work around is worth a line; the message was still read.
        for (const QString& problem : message.problems()) {
            if (report.problems.size() >= MaxProblems)
                break;
            report.problems.append({number, SkipReason::Malformed, 0, where + QStringLiteral(": ") + problem});
        }
        if (advanced)
            advanced(data.size());
        return !(cancel && cancel->load(std::memory_order_relaxed));
    };
    QStringList problems;
    const bool read = Mailbox::forEachMessage(path, visit, &problems, cancel);
    report.unreadable = !read;
    if (!problems.isEmpty()) {
        // A cut-off last message or a Maildir file that could not be opened: the messages read
        // before it count, and the file says what went wrong.
        report.truncated = read;
        report.error = problems.join(u' ');
    }
}

QList<QString> MailboxScan::describeMessages(const QString& path, const QList<qint64>& numbers)
{
    QList<QString> texts(numbers.size());
    if (numbers.isEmpty())
        return texts;
    const qint64 last = *std::max_element(numbers.begin(), numbers.end());
    qint64 number = 0;
    QStringList problems;
    Mailbox::forEachMessage(
        path,
        [&](const QByteArray& data, const QString& where) {
            ++number;
            for (qsizetype i = 0; i < numbers.size(); ++i) {
                if (numbers[i] != number)
                    continue;
                const BounceMessage notice = BounceMessage::read(MimeMessage::parse(data));
                QString text = tr("%1: “%2” from %3").arg(where, notice.subject, notice.from);
                if (notice.time)
                    text += tr(", %1").arg(QLocale().toString(
                        QDateTime::fromMSecsSinceEpoch(notice.time).toLocalTime(), QLocale::ShortFormat));
                if (!notice.originalSubject.isEmpty() || !notice.originalMessageId.isEmpty())
                    text += tr("; it answers the board's message “%1” %2")
                                .arg(notice.originalSubject, QString::fromUtf8(notice.originalMessageId));
                texts[i] = text;
            }
            return number < last;
        },
        &problems);
    return texts;
}
