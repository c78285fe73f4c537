#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>

#include <algorithm>
#include <array>
#include <cstring>

// Small scanners shared by the log parsers. They work on views into the line and never allocate.
namespace ParseHelpers {

// Substring search for the short needles parsers use. Qt 6.4's QByteArrayView::indexOf hashes
// its way through the haystack and took half of a scan's time; memchr on the first byte and a
// compare is several times faster on log lines.
inline qsizetype find(QByteArrayView haystack, QByteArrayView needle, qsizetype from = 0)
{
    const qsizetype n = needle.size();
    if (n == 0)
        return from <= haystack.size() ? from : -1;
    const char first = needle[0];
    const char* data = haystack.data();
    qsizetype pos = std::max<qsizetype>(from, 0);
    while (pos + n <= haystack.size()) {
        const auto* hit
            = static_cast<const char*>(std::memchr(data + pos, first, size_t(haystack.size() - pos - n + 1)));
        if (!hit)
            return -1;
        pos = hit - data;
        if (std::memcmp(hit + 1, needle.data() + 1, size_t(n - 1)) == 0)
            return pos;
        ++pos;
    }
    return -1;
}

// QByteArrayView::indexOf(char) goes through Qt's general substring search in 6.4.
inline qsizetype findChar(QByteArrayView haystack, char c, qsizetype from = 0)
{
    if (from >= haystack.size())
        return -1;
    from = std::max<qsizetype>(from, 0);
    const auto* hit = static_cast<const char*>(std::memchr(haystack.data() + from, c, size_t(haystack.size() - from)));
    return hit ? hit - haystack.data() : -1;
}

inline bool contains(QByteArrayView haystack, QByteArrayView needle)
{
    return find(haystack, needle) >= 0;
}

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
    qsizetype end = findChar(s, ' ', pos);
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
    const qsizetype open = findChar(value, '[');
    const qsizetype close = open >= 0 ? findChar(value, ']', open) : -1;
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
    if (!contains(text, "\\n"))
        return text.toByteArray();
    QByteArray out;
    out.reserve(text.size());
    qsizetype pos = 0;
    for (qsizetype at = find(text, "\\n"); at >= 0; at = find(text, "\\n", pos)) {
        out.append(text.sliced(pos, at - pos));
        out.append('\n');
        pos = at + 2;
    }
    out.append(text.sliced(pos));
    return out;
}

// Equality without the out-of-line call QByteArrayView's operator== makes in Qt 6.4.
inline bool equals(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

inline bool startsWith(QByteArrayView s, QByteArrayView prefix)
{
    return s.size() >= prefix.size() && std::memcmp(s.data(), prefix.data(), size_t(prefix.size())) == 0;
}

// A queue or message id as a hash key without a heap allocation per look-up. Exim ids have 16
// or 23 characters, Postfix ids at most 20; longer ids are cut, which only risks a collision
// between two ids that share their first 31 characters.
struct ShortKey
{
    std::array<char, 31> bytes {};
    quint8 size = 0;

    ShortKey() = default;
    explicit ShortKey(QByteArrayView id) : size(quint8(std::min<qsizetype>(id.size(), 31)))
    {
        std::memcpy(bytes.data(), id.data(), size);
    }
    QByteArrayView view() const { return {bytes.data(), size}; }
    friend bool operator==(const ShortKey& a, const ShortKey& b) { return a.view() == b.view(); }
};

// A hash of an address that ignores ASCII case (FNV-1a), the same on every run and thread, so
// a parser can work it out while lexing and the ledger can test it against the addresses it
// tracks without building a lower-cased copy.
inline quint64 addressHash(QByteArrayView address)
{
    quint64 hash = 14695981039346656037ULL;
    for (const char c : address) {
        const auto byte = quint8(c >= 'A' && c <= 'Z' ? c + 32 : c);
        hash = (hash ^ byte) * 1099511628211ULL;
    }
    return hash;
}

// The same for bytes whose case matters (Postfix's long queue ids).
inline quint64 bytesHash(QByteArrayView bytes)
{
    quint64 hash = 14695981039346656037ULL;
    for (const char c : bytes)
        hash = (hash ^ quint8(c)) * 1099511628211ULL;
    return hash;
}

inline size_t qHash(const ShortKey& key, size_t seed = 0)
{
    return qHashBits(key.bytes.data(), key.size, seed);
}

} // namespace ParseHelpers
