#include "mail/LogScanner.h"

#include "bounces/BounceLedger.h"
#include "mail/EximLogParser.h"
#include "mail/LogLineReader.h"
#include "mail/LogTime.h"
#include "mail/PostfixLogParser.h"
#include "support/LogCategories.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

namespace {

constexpr int MaxProblemsPerFile = 20;
constexpr qint64 DetectionBytes = 64 * 1024;
constexpr quint64 CancelCheckEvery = 16 * 1024; // lines

// Sort key for rotated logs: same base name together, oldest first, the live file last.
struct RotationKey
{
    QString base;
    qint64 rank = 0;
};

RotationKey rotationKey(const QString& fileName)
{
    static const QRegularExpression numbered(QStringLiteral("^(.*)\\.(\\d{1,4})(\\.gz)?$"));
    static const QRegularExpression dated(QStringLiteral("^(.*)[-.](\\d{8})(\\.gz)?$"));
    QRegularExpressionMatch m = dated.match(fileName);
    if (m.hasMatch())
        return {m.captured(1), m.captured(2).toLongLong() - 1000000000LL};
    m = numbered.match(fileName);
    if (m.hasMatch())
        return {m.captured(1), -m.captured(2).toLongLong()};
    QString base = fileName;
    if (base.endsWith(QLatin1String(".gz")))
        base.chop(3);
    return {base, 0};
}

void addProblem(FileReport& report, quint64 line, SkipReason kind, qint64 length, const QString& message)
{
    if (report.problems.size() < MaxProblemsPerFile)
        report.problems.append({line, kind, length, message});
}

} // namespace

quint64 ScanReport::skippedTotal() const
{
    quint64 total = 0;
    for (const FileReport& file : files)
        total += file.skippedTotal();
    return total;
}

bool ScanReport::anyFileFailed() const
{
    return !errors.isEmpty()
        || std::any_of(files.begin(), files.end(), [](const FileReport& f) { return f.unreadable; });
}

LogScanner::LogScanner(BounceLedger& ledger) : m_ledger(ledger)
{ }

QStringList LogScanner::expandPaths(const QStringList& paths, QStringList* errors)
{
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            errors->append(QStringLiteral("%1 does not exist").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        if (!info.isDir()) {
            files.append(info.filePath());
            continue;
        }
        const QDir dir(path);
        if (!dir.isReadable()) {
            errors->append(QStringLiteral("The folder %1 cannot be read").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::Readable | QDir::NoDotAndDotDot);
        if (entries.isEmpty()) {
            errors->append(QStringLiteral("The folder %1 holds no log files").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        std::stable_sort(entries.begin(), entries.end(), [](const QFileInfo& a, const QFileInfo& b) {
            const RotationKey ka = rotationKey(a.fileName());
            const RotationKey kb = rotationKey(b.fileName());
            if (ka.base != kb.base)
                return ka.base < kb.base;
            return ka.rank < kb.rank;
        });
        for (const QFileInfo& entry : std::as_const(entries))
            files.append(entry.filePath());
    }
    return files;
}

ScanReport LogScanner::scan(const QStringList& paths)
{
    ScanReport report;
    const QStringList files = expandPaths(paths, &report.errors);

    m_doneBytes = 0;
    m_totalBytes = 0;
    for (const QString& file : files)
        m_totalBytes += QFileInfo(file).size();

    for (const QString& file : files) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            report.cancelled = true;
            break;
        }
        FileReport fileReport;
        fileReport.path = file;
        scanFile(file, quint32(report.files.size()), fileReport);
        m_doneBytes += fileReport.size;
        report.files.append(std::move(fileReport));
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            report.cancelled = true;
    }
    report.bytesRead = m_doneBytes;
    return report;
}

void LogScanner::scanFile(const QString& path, quint32 fileIndex, FileReport& report)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    report.size = info.size();

    QString error;
    const QByteArray head = LogLineReader::head(path, DetectionBytes, &error);
    if (head.isEmpty() && !error.isEmpty()) {
        report.unreadable = !info.isReadable() || !QFile(path).open(QIODevice::ReadOnly);
        report.truncated = !report.unreadable;
        report.error = report.unreadable ? QStringLiteral("Cannot read %1: %2").arg(shown, error)
                                         : QStringLiteral("%1 is damaged: %2").arg(shown, error);
        return;
    }
    if (head.isEmpty()) {
        report.error = QStringLiteral("%1 is empty").arg(shown);
        return;
    }
    report.format = detectLogFormat(head);
    if (report.format == LogFormat::Unknown) {
        report.notMailLog = true;
        report.error = QStringLiteral("%1 does not look like an Exim or Postfix log; it was not read").arg(shown);
        return;
    }

    std::unique_ptr<MailLogParser> parser;
    if (report.format == LogFormat::Exim)
        parser = std::make_unique<EximLogParser>();
    else
        parser = std::make_unique<PostfixLogParser>();
    LogClock clock(m_zone);
    clock.setYearReference(info.lastModified().toMSecsSinceEpoch());
    parser->setClock(&clock);
    parser->setSink([&](const DeliveryEvent& event) {
        ++report.events;
        m_ledger.add(event);
    });
    parser->setDeliveryFilter([&](QByteArrayView recipient) {
        if (m_ledger.wantsDelivery(recipient))
            return true;
        ++report.events;
        return false;
    });

    LogLineReader reader(path);
    reader.setMaxLineLength(m_maxLineLength);
    reader.setLongLineHandler([&](const LogLineReader::LongLine& longLine) {
        ++report.lines;
        ++report.skipped[size_t(SkipReason::TooLong)];
        addProblem(report, longLine.lineNumber, SkipReason::TooLong, longLine.length,
            QStringLiteral("%1, line %2: a line of %3 bytes is longer than any log line; skipped")
                .arg(shown)
                .arg(longLine.lineNumber)
                .arg(longLine.length));
    });
    if (m_onProgress) {
        reader.setProgressHandler([this](qint64 raw) { m_onProgress(m_doneBytes + raw, m_totalBytes); });
    }

    const LogLineReader::Status status = reader.read([&](QByteArrayView line, quint64 number, qint64 offset) {
        ++report.lines;
        if (number % CancelCheckEvery == 0 && m_cancel && m_cancel->load(std::memory_order_relaxed))
            return false;
        if (line.isEmpty())
            return true;
        const LineVerdict verdict = parser->parseLine(line, {fileIndex, quint32(number), offset});
        if (verdict != LineVerdict::Malformed)
            return true;
        const bool binary = line.contains('\0') || !line.isValidUtf8();
        const SkipReason why = binary ? SkipReason::Binary : SkipReason::Malformed;
        ++report.skipped[size_t(why)];
        addProblem(report, number, why, line.size(),
            binary ? QStringLiteral("%1, line %2: binary data; skipped").arg(shown).arg(number)
                   : QStringLiteral("%1, line %2: not a %3 line; skipped")
                         .arg(shown)
                         .arg(number)
                         .arg(logFormatName(report.format)));
        return true;
    });
    parser->finish();

    switch (status) {
    case LogLineReader::Status::Ok:
    case LogLineReader::Status::Stopped:
        break;
    case LogLineReader::Status::OpenError:
    case LogLineReader::Status::ReadError:
        report.unreadable = report.lines == 0;
        report.error
            = QStringLiteral("Cannot read %1 after line %2: %3").arg(shown).arg(report.lines).arg(reader.errorString());
        break;
    case LogLineReader::Status::Truncated:
    case LogLineReader::Status::CorruptCompressed:
        report.truncated = true;
        report.error = QStringLiteral("%1 is cut short or damaged after line %2 (%3); the lines before were read")
                           .arg(shown)
                           .arg(report.lines)
                           .arg(reader.errorString());
        break;
    }
    if (!report.error.isEmpty())
        qCWarning(lcMail).noquote() << report.error;
}
