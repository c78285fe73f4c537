#include "mail/LogLineReader.h"

#include <QFile>

#include <algorithm>
#include <cstring>
#include <limits>
#include <vector>
#include <zlib.h>

namespace {

constexpr qint64 BlockSize = 1 << 20;

bool looksGzipped(QFile& file)
{
    char magic[2] = {0, 0};
    const bool gz = file.peek(magic, 2) == 2 && quint8(magic[0]) == 0x1f && quint8(magic[1]) == 0x8b;
    return gz;
}

} // namespace

// A byte stream out of a plain or gzip file. read() returns the bytes produced, 0 at the end,
// -1 on failure; status() then says which.
class LogLineReader::Source
{
public:
    explicit Source(const QString& path) : m_file(path) { }

    ~Source()
    {
        if (m_zInitialised)
            inflateEnd(&m_z);
    }

    bool open(QString* error)
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            *error = m_file.errorString();
            return false;
        }
        m_compressed = looksGzipped(m_file);
        if (m_compressed) {
            std::memset(&m_z, 0, sizeof m_z);
            // 15 + 32: a gzip or zlib header, detected automatically.
            if (inflateInit2(&m_z, 15 + 32) != Z_OK) {
                *error = QStringLiteral("zlib could not be initialised");
                return false;
            }
            m_zInitialised = true;
            m_input.resize(size_t(BlockSize));
        }
        return true;
    }

    bool isCompressed() const { return m_compressed; }
    qint64 rawPosition() const { return m_file.pos(); }
    Status status() const { return m_status; }
    QString errorString() const { return m_errorString; }

    qint64 read(char* out, qint64 capacity)
    {
        if (!m_compressed) {
            const qint64 n = m_file.read(out, capacity);
            if (n < 0)
                fail(Status::ReadError, m_file.errorString());
            return n;
        }
        return inflateInto(out, capacity);
    }

private:
    qint64 inflateInto(char* out, qint64 capacity)
    {
        m_z.next_out = reinterpret_cast<Bytef*>(out);
        m_z.avail_out = uInt(capacity);
        while (m_z.avail_out > 0) {
            if (m_z.avail_in == 0) {
                const qint64 n = m_file.read(m_input.data(), qint64(m_input.size()));
                if (n < 0) {
                    fail(Status::ReadError, m_file.errorString());
                    return -1;
                }
                if (n == 0) {
                    // The input ended inside a gzip member: the file was cut short.
                    if (m_inMember)
                        fail(Status::Truncated, QStringLiteral("the compressed data ends early"));
                    break;
                }
                m_z.next_in = reinterpret_cast<Bytef*>(m_input.data());
                m_z.avail_in = uInt(n);
            }
            m_inMember = true;
            const int rc = inflate(&m_z, Z_NO_FLUSH);
            if (rc == Z_STREAM_END) {
                // gzip allows several members back to back (concatenated .gz files).
                m_inMember = false;
                inflateReset(&m_z);
                continue;
            }
            if (rc == Z_BUF_ERROR && m_z.avail_in == 0)
                continue;
            if (rc != Z_OK) {
                fail(Status::CorruptCompressed,
                    QStringLiteral("the compressed data is damaged (%1)")
                        .arg(QString::fromLatin1(m_z.msg ? m_z.msg : "zlib error")));
                return -1;
            }
        }
        const qint64 produced = capacity - qint64(m_z.avail_out);
        if (produced == 0 && m_status != Status::Ok)
            return -1;
        return produced;
    }

    void fail(Status status, const QString& message)
    {
        if (m_status == Status::Ok) {
            m_status = status;
            m_errorString = message;
        }
    }

    QFile m_file;
    bool m_compressed = false;
    bool m_zInitialised = false;
    bool m_inMember = false;
    z_stream m_z;
    std::vector<char> m_input;
    Status m_status = Status::Ok;
    QString m_errorString;
};

LogLineReader::LogLineReader(QString path) : m_path(std::move(path))
{ }

LogLineReader::~LogLineReader() = default;

qint64 LogLineReader::rawPosition() const
{
    return m_source ? m_source->rawPosition() : 0;
}

void LogLineReader::fail(Status status, const QString& message)
{
    if (m_status == Status::Ok) {
        m_status = status;
        m_errorString = message;
    }
    m_finished = true;
}

bool LogLineReader::nextBlock(Block& block)
{
    block.bytes.resize(0);
    block.skippedBefore = -1;
    if (m_finished)
        return false;
    if (!m_source) {
        m_source = std::make_unique<Source>(m_path);
        if (!m_source->open(&m_errorString)) {
            m_status = Status::OpenError;
            m_finished = true;
            return false;
        }
        m_compressed = m_source->isCompressed();
    }

    block.offset = m_carryOffset;
    block.bytes.append(m_carry);
    m_carry.resize(0);
    qsizetype searchFrom = 0; // no newline before this (the carry after a skipped line has some)
    qint64 capacity = m_blockSize;
    for (;;) {
        const qsizetype have = block.bytes.size();
        if (have >= capacity) {
            // The buffer holds the start of one line and no newline yet.
            if (have > m_maxLineLength)
                return skipLongLine(block);
            capacity = have * 2;
        }
        block.bytes.resize(capacity);
        const qint64 n = m_source->read(block.bytes.data() + have, capacity - have);
        if (n <= 0) {
            // The end (or a failure): a last line without a terminator is still a line, unless a
            // failure cut it.
            block.bytes.resize(have);
            if (n < 0 || m_source->status() != Status::Ok) {
                fail(m_source->status(), m_source->errorString());
                qsizetype end = block.bytes.size();
                while (end > 0 && block.bytes[end - 1] != '\n')
                    --end;
                block.bytes.resize(end);
            }
            m_finished = true;
            return !block.bytes.isEmpty() || block.skippedBefore >= 0;
        }
        block.bytes.resize(have + n);

        // Cut after the last newline; what follows starts the next block.
        qsizetype cut = block.bytes.size();
        const char* data = block.bytes.constData();
        while (cut > searchFrom && data[cut - 1] != '\n')
            --cut;
        if (cut > searchFrom) {
            m_carry.append(data + cut, block.bytes.size() - cut);
            m_carryOffset = block.offset + cut;
            block.bytes.resize(cut);
            return true;
        }
        searchFrom = block.bytes.size();
    }
}

// The block holds the start of a line longer than the limit: read on to its end without keeping
// it, then go on with the block after it.
bool LogLineReader::skipLongLine(Block& block)
{
    qint64 skipped = block.bytes.size();
    qint64 position = block.offset + skipped;
    for (;;) {
        block.bytes.resize(m_blockSize);
        const qint64 n = m_source->read(block.bytes.data(), m_blockSize);
        if (n <= 0) {
            block.bytes.resize(0);
            block.skippedBefore = skipped;
            block.offset = position;
            if (n < 0 || m_source->status() != Status::Ok)
                fail(m_source->status(), m_source->errorString());
            m_finished = true;
            return true;
        }
        const auto* newline = static_cast<const char*>(std::memchr(block.bytes.constData(), '\n', size_t(n)));
        if (!newline) {
            skipped += n;
            position += n;
            continue;
        }
        const qint64 end = newline - block.bytes.constData();
        block.skippedBefore = skipped + end;
        block.offset = position + end + 1;
        m_carryOffset = block.offset;
        m_carry.append(block.bytes.constData() + end + 1, n - end - 1);
        // The rest of this read starts the next block; hand out the skip on its own.
        block.bytes.resize(0);
        return true;
    }
}

LogLineReader::Status LogLineReader::read(const LineHandler& onLine)
{
    Block block;
    quint64 lineNumber = 0;
    while (nextBlock(block)) {
        if (block.skippedBefore >= 0) {
            ++lineNumber;
            if (m_onLongLine)
                m_onLongLine({lineNumber, block.skippedBefore});
        }
        const bool goOn = block.forEachLine([&](QByteArrayView line, qsizetype at) {
            ++lineNumber;
            if (line.size() <= m_maxLineLength)
                return onLine(line, lineNumber, block.offset + at);
            if (m_onLongLine)
                m_onLongLine({lineNumber, line.size()});
            return true;
        });
        if (!goOn)
            return Status::Stopped;
        if (m_onProgress)
            m_onProgress(rawPosition());
    }
    return m_status;
}

QByteArray LogLineReader::head(const QString& path, qint64 maxBytes, QString* errorString)
{
    Source source(path);
    QString error;
    if (!source.open(&error)) {
        if (errorString)
            *errorString = error;
        return {};
    }
    QByteArray out(maxBytes, Qt::Uninitialized);
    qint64 filled = 0;
    while (filled < maxBytes) {
        const qint64 n = source.read(out.data() + filled, maxBytes - filled);
        if (n <= 0)
            break;
        filled += n;
    }
    out.truncate(filled);
    if (errorString)
        *errorString = source.errorString();
    return out;
}

QList<QByteArray> LogLineReader::linesAt(const QString& path, QList<qint64> offsets, qint64 maxLength)
{
    std::sort(offsets.begin(), offsets.end());
    QList<QByteArray> lines;
    if (offsets.isEmpty())
        return lines;

    LogLineReader reader(path);
    reader.setMaxLineLength(std::numeric_limits<qint64>::max());
    qsizetype want = 0;
    reader.read([&](QByteArrayView line, quint64, qint64 offset) {
        while (want < offsets.size() && offsets[want] < offset) {
            lines.append(QByteArray()); // no line starts there (the file changed since the scan)
            ++want;
        }
        if (want < offsets.size() && offsets[want] == offset) {
            lines.append(line.first(std::min(line.size(), maxLength)).toByteArray());
            ++want;
        }
        return want < offsets.size();
    });
    while (lines.size() < offsets.size())
        lines.append(QByteArray());
    return lines;
}
