#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <memory>

// Reads a plain or gzip-compressed log file line by line in large blocks, without ever holding
// more than one block and one line. Lines longer than maxLineLength are reported (skipped),
// not buffered. The callback gets each line without its terminator, its 1-based number and
// its byte offset in the decompressed stream; returning false stops the read.
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

    using LineHandler = std::function<bool(QByteArrayView line, quint64 lineNumber, qint64 offset)>;

    explicit LogLineReader(QString path);
    ~LogLineReader();

    void setMaxLineLength(qint64 bytes) { m_maxLineLength = bytes; }
    void setLongLineHandler(std::function<void(const LongLine&)> handler) { m_onLongLine = std::move(handler); }
    // Compressed bytes read so far, for progress against the file size.
    void setProgressHandler(std::function<void(qint64 rawBytesRead)> handler) { m_onProgress = std::move(handler); }

    Status read(const LineHandler& onLine);
    QString errorString() const { return m_errorString; }
    bool isCompressed() const { return m_compressed; }

    // Reads the first bytes (decompressed) for format detection.
    static QByteArray head(const QString& path, qint64 maxBytes, QString* errorString = nullptr);
    // Returns the lines that start at the given decompressed offsets (sorted ascending), each cut
    // to maxLength bytes.
    static QList<QByteArray> linesAt(const QString& path, QList<qint64> offsets, qint64 maxLength = 64 * 1024);

private:
    class Source;

    QString m_path;
    qint64 m_maxLineLength = 1024 * 1024;
    std::function<void(const LongLine&)> m_onLongLine;
    std::function<void(qint64)> m_onProgress;
    QString m_errorString;
    bool m_compressed = false;
};
