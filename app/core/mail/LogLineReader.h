#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <algorithm>
#include <cstring>
#include <functional>
#include <memory>

// Reads a plain or gzip-compressed log file in large blocks of whole lines, without ever holding
// more than one block and one line. Lines longer than maxLineLength are reported (skipped),
// not buffered.
//
// Two ways to read: read() calls back for each line, without its terminator, with its 1-based
// number and its byte offset in the decompressed stream (returning false stops the read);
// nextBlock() hands out blocks of whole lines, for readers that split the work between threads.
class LogLineReader
{
public:
    enum class Status
    {
        Ok,
        Stopped, // the callback returned false
        OpenError,
        ReadError,
        Truncated, // a gzip stream ended early
        CorruptCompressed,
    };

    struct LongLine
    {
        quint64 lineNumber = 0;
        qint64 length = 0;
    };

    // Whole lines of the stream, each ending in '\n' except the very last line of a stream that
    // has no final terminator.
    struct Block
    {
        QByteArray bytes; // reused from call to call: keep the same Block to avoid allocations
        qint64 offset = 0; // of bytes[0] in the decompressed stream
        qint64 skippedBefore = -1; // an over-long line came right before bytes: its length

        // Calls onLine(line, at) for each line of bytes, without its "\n" or "\r\n", with its
        // offset in bytes; stops when onLine returns false, and then returns false.
        template<typename OnLine> bool forEachLine(OnLine&& onLine) const
        {
            const char* data = bytes.constData();
            const qsizetype size = bytes.size();
            qsizetype pos = 0;
            while (pos < size) {
                const auto* newline = static_cast<const char*>(std::memchr(data + pos, '\n', size_t(size - pos)));
                const qsizetype end = newline ? newline - data : size;
                QByteArrayView line(data + pos, end - pos);
                if (line.endsWith('\r'))
                    line.chop(1);
                const qsizetype at = pos;
                pos = end + 1;
                if (!onLine(line, at))
                    return false;
            }
            return true;
        }
    };

    using LineHandler = std::function<bool(QByteArrayView line, quint64 lineNumber, qint64 offset)>;

    explicit LogLineReader(QString path);
    ~LogLineReader();

    void setMaxLineLength(qint64 bytes) { m_maxLineLength = bytes; }
    void setLongLineHandler(std::function<void(const LongLine&)> handler) { m_onLongLine = std::move(handler); }
    // Compressed bytes read so far, for progress against the file size.
    void setProgressHandler(std::function<void(qint64 rawBytesRead)> handler) { m_onProgress = std::move(handler); }

    Status read(const LineHandler& onLine);

    // The next block; false at the end of the stream or after a failure (status() tells).
    // Bytes of a line cut by a failure are dropped; the whole lines before it are delivered.
    bool nextBlock(Block& block);
    Status status() const { return m_status; }
    // Bytes taken from the file so far (compressed bytes for a gzip file).
    qint64 rawPosition() const;
    // Block size in bytes; tests make it small to cut lines at every possible place.
    void setBlockSize(qint64 bytes) { m_blockSize = std::max<qint64>(bytes, 16); }
    QString errorString() const { return m_errorString; }
    bool isCompressed() const { return m_compressed; }

    // Reads the first bytes (decompressed) for format detection.
    static QByteArray head(const QString& path, qint64 maxBytes, QString* errorString = nullptr);
    // Returns the lines that start at the given decompressed offsets (sorted ascending), each cut
    // to maxLength bytes.
    static QList<QByteArray> linesAt(const QString& path, QList<qint64> offsets, qint64 maxLength = 64 * 1024);

private:
    class Source;

    bool skipLongLine(Block& block);
    void fail(Status status, const QString& message);

    QString m_path;
    std::unique_ptr<Source> m_source;
    qint64 m_blockSize = 512 * 1024;
    QByteArray m_carry; // the start of a line that the last block could not end
    qint64 m_carryOffset = 0;
    bool m_finished = false;
    Status m_status = Status::Ok;
    qint64 m_maxLineLength = 1024 * 1024;
    std::function<void(const LongLine&)> m_onLongLine;
    std::function<void(qint64)> m_onProgress;
    QString m_errorString;
    bool m_compressed = false;
};
