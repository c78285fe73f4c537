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
    char magic[2] = { 0, 0 };
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

LogLineReader::Status LogLineReader::read(const LineHandler& onLine)
{
    Source source(m_path);
    if (!source.open(&m_errorString))
        return Status::OpenError;
    m_compressed = source.isCompressed();

    std::vector<char> block(static_cast<size_t>(BlockSize));
    QByteArray pending; // a line that started in an earlier block
    bool skipping = false; // inside a line longer than the limit
    qint64 skippedLength = 0;
    quint64 lineNumber = 0;
    qint64 lineStart = 0; // offset of the current line in the decompressed stream
    qint64 streamOffset = 0; // offset of block[0]

    const auto deliver = [&](QByteArrayView line) {
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > m_maxLineLength) {
            if (m_onLongLine)
                m_onLongLine({ lineNumber, line.size() });
            return true;
        }
        return onLine(line, lineNumber, lineStart);
    };

    for (;;) {
        const qint64 n = source.read(block.data(), BlockSize);
        if (n < 0) {
            m_errorString = source.errorString();
            return source.status();
        }
        if (m_onProgress)
            m_onProgress(source.rawPosition());
        if (n == 0)
            break;

        const char* data = block.data();
        qint64 pos = 0;
        while (pos < n) {
            const auto* newline = static_cast<const char*>(std::memchr(data + pos, '\n', size_t(n - pos)));
            if (!newline) {
                const qint64 rest = n - pos;
                if (skipping) {
                    skippedLength += rest;
                } else if (pending.size() + rest > m_maxLineLength) {
                    skipping = true;
                    skippedLength = pending.size() + rest;
                    pending.clear();
                } else {
                    pending.append(data + pos, rest);
                }
                break;
            }

            const qint64 end = newline - data;
            bool goOn = true;
            if (skipping) {
                ++lineNumber;
                if (m_onLongLine)
                    m_onLongLine({ lineNumber, skippedLength + (end - pos) });
                skipping = false;
                skippedLength = 0;
            } else if (!pending.isEmpty()) {
                pending.append(data + pos, end - pos);
                goOn = deliver(pending);
                pending.clear();
            } else {
                goOn = deliver(QByteArrayView(data + pos, end - pos));
            }
            pos = end + 1;
            lineStart = streamOffset + pos;
            if (!goOn)
                return Status::Stopped;
        }
        streamOffset += n;
    }

    // A last line without a newline still counts.
    if (skipping) {
        ++lineNumber;
        if (m_onLongLine)
            m_onLongLine({ lineNumber, skippedLength });
    } else if (!pending.isEmpty() && !deliver(pending)) {
        return Status::Stopped;
    }

    if (source.status() != Status::Ok) {
        m_errorString = source.errorString();
        return source.status();
    }
    return Status::Ok;
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
