#include "mail/LogScanner.h"

#include "bounces/BounceLedger.h"
#include "mail/EximLogParser.h"
#include "mail/LogLineReader.h"
#include "mail/LogTime.h"
#include "mail/MailboxScan.h"
#include "mail/PostfixLogParser.h"
#include "mail/PowerMtaLogParser.h"
#include "mail/SendmailLogParser.h"
#include "support/LogCategories.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace {

constexpr int MaxProblemsPerFile = 20;
constexpr qint64 DetectionBytes = 64 * 1024;
constexpr qint64 SmallFile = 256 * 1024;
constexpr int BlockSlots = 4; // blocks read ahead of apply(), about 1 MiB each

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

// A line of a block that apply() must see, and where it is in the block.
struct BlockLine
{
    enum class Mark : quint8
    {
        Lexed,
        Malformed,
        TooLong,
    };
    quint32 index = 0; // 0-based line number in the block
    quint32 at = 0;
    quint32 size = 0;
    Mark mark = Mark::Lexed;
    LexedLine lexed;
};

struct BlockSlot
{
    enum class State
    {
        Free,
        Reading,
        Lexing,
        Lexed,
    };
    LogLineReader::Block block;
    std::vector<BlockLine> lines; // only the lines apply() must see
    quint32 lineCount = 0; // every line of the block
    qint64 rawEnd = 0; // the reader's raw position after this block, for progress
    quint64 index = 0;
    State state = State::Free;
};

// Splits a block into lines and lexes each: the part of parsing that needs no state.
void lexBlock(BlockSlot& slot, const MailLogParser& parser, qint64 maxLineLength)
{
    slot.lines.clear();
    quint32 index = 0;
    slot.block.forEachLine([&](QByteArrayView line, qsizetype offset) {
        const quint32 lineIndex = index++;
        const auto at = quint32(offset);
        if (line.size() > maxLineLength) {
            slot.lines.push_back({lineIndex, at, quint32(line.size()), BlockLine::Mark::TooLong, {}});
            return true;
        }
        if (line.isEmpty())
            return true;
        LexedLine lexed;
        const LineVerdict verdict = parser.lex(line, lexed);
        if (verdict == LineVerdict::Used)
            slot.lines.push_back({lineIndex, at, quint32(line.size()), BlockLine::Mark::Lexed, std::move(lexed)});
        else if (verdict == LineVerdict::Malformed)
            slot.lines.push_back({lineIndex, at, quint32(line.size()), BlockLine::Mark::Malformed, {}});
        return true;
    });
    slot.lineCount = index;
}

// Reads a file's blocks and lexes them on helper threads and on the calling thread, and hands
// the lexed blocks to the calling thread strictly in file order. apply() is the part that cannot
// be shared, so the calling thread applies whenever the next block is ready and lexes otherwise.
class LexPipeline
{
public:
    using BlockHandler = std::function<bool(BlockSlot&)>;

    LexPipeline(LogLineReader& reader, const MailLogParser& parser, qint64 maxLineLength)
        : m_reader(reader), m_parser(parser), m_maxLineLength(maxLineLength)
    { }

    // Returns false when onBlock stopped it.
    bool run(int helpers, const BlockHandler& onBlock)
    {
        std::vector<std::thread> threads;
        for (int i = 0; i < helpers; ++i)
            threads.emplace_back([this] { helperLoop(); });
        const bool completed = applyLoop(onBlock);
        {
            const std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        for (std::thread& thread : threads)
            thread.join();
        return completed;
    }

private:
    BlockSlot& slotFor(quint64 index) { return m_slots[size_t(index % BlockSlots)]; }

    bool canRead()
    {
        return !m_stop && !m_readerDone && !m_reading && slotFor(m_nextRead).state == BlockSlot::State::Free;
    }

    // Reads the next block and lexes it; called with the lock held, returns with it held.
    void readAndLex(std::unique_lock<std::mutex>& lock)
    {
        BlockSlot& slot = slotFor(m_nextRead);
        slot.state = BlockSlot::State::Reading;
        slot.index = m_nextRead;
        m_reading = true;
        lock.unlock();
        const bool got = m_reader.nextBlock(slot.block);
        slot.rawEnd = m_reader.rawPosition();
        lock.lock();
        m_reading = false;
        if (!got) {
            m_readerDone = true;
            slot.state = BlockSlot::State::Free;
            m_changed.notify_all();
            return;
        }
        ++m_nextRead;
        slot.state = BlockSlot::State::Lexing;
        m_changed.notify_all(); // another thread may read the next block meanwhile
        lock.unlock();
        lexBlock(slot, m_parser, m_maxLineLength);
        lock.lock();
        slot.state = BlockSlot::State::Lexed;
        m_changed.notify_all();
    }

    void helperLoop()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [this] { return m_stop || m_readerDone || canRead(); });
            if (m_stop || m_readerDone)
                return;
            readAndLex(lock);
        }
    }

    bool applyLoop(const BlockHandler& onBlock)
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            BlockSlot& next = slotFor(m_nextApply);
            const auto ready = [&] { return next.state == BlockSlot::State::Lexed && next.index == m_nextApply; };
            const auto finished = [&] { return m_readerDone && m_nextApply == m_nextRead; };
            m_changed.wait(lock, [&] { return ready() || finished() || canRead(); });
            if (ready()) {
                lock.unlock();
                const bool goOn = onBlock(next);
                lock.lock();
                next.state = BlockSlot::State::Free;
                ++m_nextApply;
                m_changed.notify_all();
                if (!goOn)
                    return false;
            } else if (finished()) {
                return true;
            } else {
                readAndLex(lock);
            }
        }
    }

    LogLineReader& m_reader;
    const MailLogParser& m_parser;
    const qint64 m_maxLineLength;
    std::array<BlockSlot, BlockSlots> m_slots;

    std::mutex m_mutex; // guards everything below and the slots' states
    std::condition_variable m_changed;
    quint64 m_nextRead = 0;
    quint64 m_nextApply = 0;
    bool m_reading = false; // the reader is in use (it is not thread-safe)
    bool m_readerDone = false;
    bool m_stop = false;
};

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
        if (MailboxScan::isImapUrl(path)) {
            files.append(path);
            continue;
        }
        const QFileInfo info(path);
        if (!info.exists()) {
            errors->append(QStringLiteral("%1 does not exist").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        if (!info.isDir() || MailboxScan::isMailbox(path)) {
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
    // A Maildir folder's size is its messages', found as they are read.

    for (const QString& file : files) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            report.cancelled = true;
            break;
        }
        FileReport fileReport;
        fileReport.path = file;
        QString mailbox = file;
        if (MailboxScan::isImapUrl(file)) {
            // New messages come into the local copy first; the copy is then read like an mbox.
            QStringList problems;
            mailbox = MailboxScan::syncImap(file, m_imap, &problems, m_cancel, &fileReport.untrustedCertificate);
            fileReport.error = problems.join(u' ');
            fileReport.unreadable = mailbox.isEmpty();
        }
        if (fileReport.unreadable) {
            fileReport.format = LogFormat::BounceMail;
        } else if (MailboxScan::isMailbox(file)) {
            const qint64 before = m_doneBytes;
            const QString error = fileReport.error;
            MailboxScan::scan(
                mailbox, quint32(report.files.size()), m_ledger, fileReport, m_cancel, [this](qint64 bytes) {
                    m_doneBytes += bytes;
                    if (m_onProgress)
                        m_onProgress(m_doneBytes, std::max(m_totalBytes, m_doneBytes));
                });
            m_doneBytes = before + fileReport.size;
            if (!error.isEmpty())
                fileReport.error = error + (fileReport.error.isEmpty() ? QString() : u' ' + fileReport.error);
        } else {
            scanFile(file, quint32(report.files.size()), fileReport);
            m_doneBytes += fileReport.size;
        }
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
        report.error = QStringLiteral("%1 does not look like an Exim, Postfix or Sendmail log or a PowerMTA "
                                      "accounting file; it was not read")
                           .arg(shown);
        return;
    }

    std::unique_ptr<MailLogParser> parser;
    switch (report.format) {
    case LogFormat::Exim:
        parser = std::make_unique<EximLogParser>();
        break;
    case LogFormat::Sendmail:
        parser = std::make_unique<SendmailLogParser>();
        break;
    case LogFormat::PowerMta:
        parser = std::make_unique<PowerMtaLogParser>();
        break;
    default:
        parser = std::make_unique<PostfixLogParser>();
        break;
    }
    LogClock clock(m_zone);
    clock.setYearReference(info.lastModified().toMSecsSinceEpoch());
    parser->setClock(&clock);
    parser->setSink([&](const DeliveryEvent& event) {
        ++report.events;
        m_ledger.add(event);
    });
    parser->setClassifier(&m_ledger.classifier());
    parser->setDeliveryFilter([&](QByteArrayView recipient, quint64 hash) {
        if (m_ledger.wantsDelivery(recipient, hash))
            return true;
        ++report.events;
        return false;
    });

    LogLineReader reader(path);
    reader.setMaxLineLength(m_maxLineLength);
    if (m_blockSize > 0)
        reader.setBlockSize(m_blockSize);

    const auto tooLong = [&](quint64 number, qint64 length) {
        ++report.skipped[size_t(SkipReason::TooLong)];
        addProblem(report, number, SkipReason::TooLong, length,
            QStringLiteral("%1, line %2: a line of %3 bytes is longer than any log line; skipped")
                .arg(shown)
                .arg(number)
                .arg(length));
    };
    const auto malformed = [&](QByteArrayView line, quint64 number) {
        const bool binary = line.contains('\0') || !line.isValidUtf8();
        const SkipReason why = binary ? SkipReason::Binary : SkipReason::Malformed;
        ++report.skipped[size_t(why)];
        addProblem(report, number, why, line.size(),
            binary ? QStringLiteral("%1, line %2: binary data; skipped").arg(shown).arg(number)
                   : QStringLiteral("%1, line %2: not a %3 line; skipped")
                         .arg(shown)
                         .arg(number)
                         .arg(logFormatName(report.format)));
    };

    // Applied in file order on this thread; lexed on this one and the helpers.
    const auto applyBlock = [&](BlockSlot& slot) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            return false;
        const LogLineReader::Block& block = slot.block;
        if (block.skippedBefore >= 0)
            tooLong(++report.lines, block.skippedBefore);
        const quint64 firstNumber = report.lines + 1;
        for (BlockLine& item : slot.lines) {
            const quint64 number = firstNumber + item.index;
            const QByteArrayView line(block.bytes.constData() + item.at, item.size);
            switch (item.mark) {
            case BlockLine::Mark::TooLong:
                tooLong(number, item.size);
                break;
            case BlockLine::Mark::Malformed:
                malformed(line, number);
                break;
            case BlockLine::Mark::Lexed:
                if (parser->apply(line, item.lexed, {fileIndex, quint32(number), block.offset + item.at})
                    == LineVerdict::Malformed)
                    malformed(line, number);
                break;
            }
        }
        report.lines += slot.lineCount;
        if (m_onProgress)
            m_onProgress(m_doneBytes + slot.rawEnd, m_totalBytes);
        return true;
    };

    LexPipeline pipeline(reader, *parser, m_maxLineLength);
    // Up to two helpers: apply() takes about 40% of the work, so a third adds little. A small
    // file is not worth a thread.
    int helpers = m_threads > 0 ? m_threads - 1 : std::clamp(QThread::idealThreadCount() - 1, 0, 2);
    if (m_threads <= 0 && report.size < SmallFile)
        helpers = 0;
    const LogLineReader::Status status
        = pipeline.run(helpers, applyBlock) ? reader.status() : LogLineReader::Status::Stopped;
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
