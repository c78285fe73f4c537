#include "mail/Mailbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cctype>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

bool isMaildir(const QString& path)
{
    const QDir dir(path);
    return dir.exists(u"cur"_s) || dir.exists(u"new"_s);
}

// mboxrd quotes every line that would start with "From " by one more '>'.
QByteArrayView unquotedFromLine(QByteArrayView line)
{
    qsizetype quotes = 0;
    while (quotes < line.size() && line[quotes] == '>')
        ++quotes;
    if (quotes > 0 && line.sliced(quotes).startsWith("From "))
        return line.sliced(1);
    return line;
}

// The lines of a file, each with its line end, cut from 1 MiB blocks. QIODevice::readLine()
// returns a new array for each line, grown and shrunk as it reads: 22% of an mbox scan's samples,
// most of them in realloc (perf, 5,000 corpus notices).
class BlockLines
{
public:
    static constexpr qsizetype BlockSize = 1 << 20;

    explicit BlockLines(QFile& file) : m_file(file) { }

    // The next line, valid until the next call; false at the end of the file or on a read error.
    bool next(QByteArrayView& line)
    {
        for (;;) {
            const char* start = m_buffer.constData() + m_at;
            const qsizetype left = m_buffer.size() - m_at;
            if (const void* end = left > 0 ? std::memchr(start, '\n', size_t(left)) : nullptr) {
                line = QByteArrayView(start, static_cast<const char*>(end) + 1);
                m_at += line.size();
                return true;
            }
            if (m_ended) {
                line = QByteArrayView(start, left); // the last line has no line end
                m_at = m_buffer.size();
                return left > 0;
            }
            // Keep the start of the line and read on; a line longer than a block grows the buffer.
            m_buffer.remove(0, m_at);
            m_at = 0;
            const qsizetype kept = m_buffer.size();
            m_buffer.resize(kept + BlockSize);
            const qint64 read = m_file.read(m_buffer.data() + kept, BlockSize);
            m_buffer.resize(kept + std::max<qint64>(read, 0));
            m_ended = read <= 0;
        }
    }

private:
    QFile& m_file;
    QByteArray m_buffer;
    qsizetype m_at = 0;
    bool m_ended = false;
};

} // namespace

Mailbox::Kind Mailbox::kindOf(const QString& path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return isMaildir(path) ? Kind::Maildir : Kind::Unknown;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Kind::Unknown;
    const QByteArray start = file.read(4096);
    if (start.startsWith("From "))
        return Kind::Mbox;
    // A message starts with a header field: a name, a colon.
    const qsizetype colon = start.indexOf(':');
    const qsizetype lineEnd = start.indexOf('\n');
    if (colon > 0 && (lineEnd < 0 || colon < lineEnd)) {
        const QByteArray name = start.left(colon);
        // Field names are printable ASCII; real ones start with a letter, which keeps an ISO
        // time stamp ("2026-12-04T10:00:00 host postfix/...") from passing for one.
        const bool fieldName = std::isalpha(static_cast<unsigned char>(name.front()))
            && std::all_of(name.begin(), name.end(), [](char c) { return c > 32 && c < 127 && c != ':'; });
        if (fieldName)
            return Kind::Eml;
    }
    return Kind::Unknown;
}

bool Mailbox::forEachMessage(
    const QString& path, const Visit& message, QStringList* problems, const std::atomic_bool* cancel)
{
    const QString name = QDir::toNativeSeparators(path);
    switch (kindOf(path)) {
    case Kind::Unknown:
        problems->append(QFileInfo(path).exists()
                ? tr("%1 is not a mailbox Mailroom reads (an .eml file, an mbox file or a Maildir folder).").arg(name)
                : tr("%1 does not exist.").arg(name));
        return false;
    case Kind::Mbox:
        return readMbox(path, message, problems, cancel);
    case Kind::Eml: {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems->append(tr("%1 could not be read: %2").arg(name, file.errorString()));
            return false;
        }
        message(file.readAll(), name);
        return true;
    }
    case Kind::Maildir:
        break;
    }
    QStringList files;
    for (const QString& sub : {u"cur"_s, u"new"_s}) {
        const QDir dir(QDir(path).filePath(sub));
        for (const QString& file : dir.entryList(QDir::Files, QDir::Name))
            files.append(dir.filePath(file));
    }
    for (const QString& file : std::as_const(files)) {
        if (cancel && cancel->load())
            return true;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            problems->append(tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(file), f.errorString()));
            continue;
        }
        if (!message(f.readAll(), QDir::toNativeSeparators(file)))
            return true;
    }
    return true;
}

bool Mailbox::readMbox(const QString& path, const Visit& message, QStringList* problems, const std::atomic_bool* cancel)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append(tr("%1 could not be read: %2").arg(name, file.errorString()));
        return false;
    }
    QByteArray current;
    int number = 0;
    bool previousBlank = true;
    bool lastLineEnded = true;
    const auto deliver = [&] {
        if (number == 0)
            return true;
        return message(current, tr("%1, message %2").arg(name).arg(number));
    };
    BlockLines lines(file);
    QByteArrayView line;
    while (lines.next(line)) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return true;
        lastLineEnded = line.endsWith('\n');
        if (line.startsWith("From ") && previousBlank) {
            if (!deliver())
                return true;
            current.truncate(0); // keeps the allocation for the next message
            ++number;
            previousBlank = false;
            continue; // the separator is not part of the message
        }
        previousBlank = line == "\n" || line == "\r\n";
        current += unquotedFromLine(line);
    }
    if (file.error() != QFileDevice::NoError)
        problems->append(tr("%1 could not be read to the end: %2").arg(name, file.errorString()));
    if (!lastLineEnded && number > 0)
        problems->append(
            tr("%1: message %2 is cut off at the end of the file; what it holds was read.").arg(name).arg(number));
    deliver();
    return true;
}
