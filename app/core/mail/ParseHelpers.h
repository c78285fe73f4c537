#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Small scanners shared by the log parsers. They work on views into the line and never allocate.
namespace ParseHelpers {

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads count digits at pos; -1 when they are not all digits.
inline int number(QByteArrayView s, qsizetype pos, qsizetype count)
{
    if (pos < 0 || pos + count > s.size())
        return -1;
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        if (!isDigit(s[i]))
            return -1;
        value = value * 10 + (s[i] - '0');
    }
    return value;
}

// The word starting at pos, up to the next space or the end.
inline QByteArrayView wordAt(QByteArrayView s, qsizetype pos)
{
    if (pos >= s.size())
        return {};
    qsizetype end = s.indexOf(' ', pos);
    if (end < 0)
        end = s.size();
    return s.sliced(pos, end - pos);
}

inline QByteArrayView stripAngles(QByteArrayView address)
{
    if (address.startsWith('<') && address.endsWith('>'))
        return address.sliced(1, address.size() - 2);
    return address;
}

// "host [1.2.3.4]:25" or "host[1.2.3.4]:25" -> host and IP.
inline void splitHostIp(QByteArrayView value, QByteArrayView* host, QByteArrayView* ip)
{
    const qsizetype open = value.indexOf('[');
    const qsizetype close = open >= 0 ? value.indexOf(']', open) : -1;
    if (open < 0 || close < 0) {
        *host = value.trimmed();
        *ip = {};
        return;
    }
    *host = value.first(open).trimmed();
    *ip = value.sliced(open + 1, close - open - 1);
}

// The text of a line is bytes from a log: keep it, but as an owned copy (events may outlive the
// read buffer) with literal "\n" from Exim's multi-line replies turned into real line breaks.
inline QByteArray unescapeNewlines(QByteArrayView text)
{
    if (!text.contains("\\n"))
        return text.toByteArray();
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == 'n') {
            out.append('\n');
            ++i;
        } else {
            out.append(text[i]);
        }
    }
    return out;
}

} // namespace ParseHelpers
