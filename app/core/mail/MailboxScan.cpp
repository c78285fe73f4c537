#include "mail/MailboxScan.h"

#include "bounces/BounceLedger.h"
#include "mail/BounceMessage.h"
#include "mail/ImapClient.h"
#include "mail/LogScanner.h"
#include "mail/Mailbox.h"
#include "mail/MimeMessage.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

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

bool MailboxScan::isImapUrl(const QString& path)
{
    return path.startsWith(QLatin1String("imap://"), Qt::CaseInsensitive)
        || path.startsWith(QLatin1String("imaps://"), Qt::CaseInsensitive);
}

bool MailboxScan::isMailbox(const QString& path)
{
    return isImapUrl(path) || Mailbox::kindOf(path) != Mailbox::Kind::Unknown;
}

QString MailboxScan::imapCopyPath(const QString& url, const QString& cacheFolder)
{
    const QByteArray key = QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QDir(cacheFolder).filePath(QStringLiteral("imap-%1.mbox").arg(QString::fromLatin1(key)));
}

QString MailboxScan::syncImap(const QString& url, const ImapAccess& access, QStringList* problems,
    const std::atomic_bool* cancel, ImapCertificateProblem* untrusted)
{
    ImapAccount account;
    QString error;
    if (!ImapAccount::fromUrl(url, &account, &error)) {
        problems->append(error);
        return {};
    }
    account.trustedCertificates = access.trustedCertificates;
    account.moveTo = access.moveTo.value(url);
    if (!QDir().mkpath(access.cacheFolder)) {
        problems->append(tr("The folder %1 for the copies of IMAP mailboxes cannot be made.")
                             .arg(QDir::toNativeSeparators(access.cacheFolder)));
        return {};
    }
    const QString copyPath = imapCopyPath(url, access.cacheFolder);
    const QString statePath = copyPath + QStringLiteral(".state");
    ImapSyncState state;
    QFile stateFile(statePath);
    QFile copy(copyPath);
    // The state is only believed together with the copy it describes.
    if (copy.exists() && stateFile.open(QIODevice::ReadOnly))
        state = ImapSyncState::fromJson(QJsonDocument::fromJson(stateFile.readAll()).object());
    stateFile.close();
    const quint32 knownValidity = state.uidValidity;

    bool opened = false;
    const auto openCopy = [&](bool fresh) {
        copy.close();
        opened = copy.open(fresh ? QIODevice::WriteOnly | QIODevice::Truncate : QIODevice::Append);
        if (!opened)
            problems->append(
                tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(copyPath), copy.errorString()));
        return opened;
    };
    if (!openCopy(!copy.exists() || knownValidity == 0))
        return {};
    bool restartChecked = false;
    const Mailbox::Visit append = [&](const QByteArray& message, const QString&) {
        if (!restartChecked) {
            restartChecked = true;
            // A new UIDVALIDITY: the old copy describes another mailbox; start it over.
            if (knownValidity != 0 && state.uidValidity != knownValidity && !openCopy(true))
                return false;
        }
        QByteArray entry
            = "From MAILER-DAEMON " + QDateTime::currentDateTimeUtc().toString(Qt::TextDate).toLatin1() + '\n';
        for (const QByteArray& line : message.split('\n')) {
            qsizetype quotes = 0;
            while (quotes < line.size() && line[quotes] == '>')
                ++quotes;
            if (line.sliced(quotes).startsWith("From "))
                entry += '>';
            entry += line;
            entry += '\n';
        }
        entry += '\n';
        return copy.write(entry) == entry.size();
    };
    // Only what Mailroom reads as a notice (a bounce, an auto-reply, a complaint report) leaves the
    // mailbox: other mail in the folder stays where the owner keeps it.
    const ImapClient::MoveFilter onlyNotices = [](const QByteArray& message) {
        return BounceMessage::read(MimeMessage::parse(message)).kind != BounceMessage::Kind::NotABounce;
    };
    ImapScanReport report;
    bool read = false;
    // Without its password a mailbox is not tried (a login with none could count as a failed one);
    // what was fetched before is still read.
    if (const auto password = access.passwords.constFind(url); password != access.passwords.cend())
        read
            = ImapClient::forEachNewMessage(account, *password, &state, append, problems, cancel, &report, onlyNotices);
    else
        problems->append(tr("No password for %1 was given, so Mailroom did not log in.").arg(url));
    if (report.restarted && !restartChecked)
        openCopy(true);
    const bool written = copy.flush();
    copy.close();
    if (!written)
        problems->append(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(copyPath), copy.errorString()));
    if (untrusted)
        *untrusted = report.untrustedCertificate;
    // The state follows the copy: only what was written counts as read.
    QSaveFile saved(statePath);
    if (written && saved.open(QIODevice::WriteOnly)) {
        saved.write(QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact));
        saved.commit();
    }
    return read || QFileInfo(copyPath).size() > 0 ? copyPath : QString();
}

void MailboxScan::scan(const QString& path, quint32 fileIndex, BounceLedger& ledger, FileReport& report,
    const std::atomic_bool* cancel, const std::function<void(qint64 bytes)>& advanced)
{
    report.format = LogFormat::BounceMail;
    if (QFileInfo(path).size() == 0 && Mailbox::kindOf(path) == Mailbox::Kind::Unknown && QFileInfo::exists(path))
        return; // an IMAP mailbox's copy with nothing in it yet
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
