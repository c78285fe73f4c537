#include "mail/MimeMessage.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

class MimeText
{
    Q_DECLARE_TR_FUNCTIONS(MimeMessage)
};

// Where the header block ends and the body starts (after the blank line), in text whose line
// ends are LF; the whole of it when there is no blank line.
std::pair<QByteArrayView, QByteArrayView> splitEntity(QByteArrayView entity)
{
    if (entity.startsWith('\n'))
        return {QByteArrayView(), entity.sliced(1)};
    const qsizetype blank = entity.indexOf("\n\n");
    if (blank < 0)
        return {entity, QByteArrayView()};
    return {entity.first(blank + 1), entity.sliced(blank + 2)};
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

QByteArray decodeTransfer(QByteArrayView body, QByteArrayView encoding)
{
    const QByteArray e = encoding.trimmed().toByteArray().toLower();
    if (e == "base64")
        return QByteArray::fromBase64(body.toByteArray());
    if (e == "quoted-printable")
        return MimeMessage::decodeQuotedPrintable(body);
    return body.toByteArray();
}

} // namespace

QByteArray MimeMessage::Part::parameter(QByteArrayView name) const
{
    for (const auto& [key, value] : parameters) {
        if (key == name)
            return value;
    }
    return {};
}

QString MimeMessage::Part::text() const
{
    return decodeCharset(body, parameter("charset"));
}

QList<MimeMessage::Header> MimeMessage::parseHeaders(QByteArrayView block)
{
    QList<Header> headers;
    qsizetype at = 0;
    while (at < block.size()) {
        qsizetype end = block.indexOf('\n', at);
        if (end < 0)
            end = block.size();
        const QByteArrayView line = block.sliced(at, end - at);
        at = end + 1;
        if (line.isEmpty())
            continue;
        if ((line.front() == ' ' || line.front() == '\t') && !headers.isEmpty()) {
            headers.back().value += line; // unfolding keeps the white space, drops the line break
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || line.first(colon).contains(' '))
            continue; // "From " of mbox, or garbage
        headers.append({line.first(colon).toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    }
    for (Header& header : headers)
        header.value = header.value.trimmed();
    return headers;
}

QByteArray MimeMessage::headerIn(const QList<Header>& headers, QByteArrayView name)
{
    for (const Header& header : headers) {
        if (header.name.compare(name, Qt::CaseInsensitive) == 0)
            return header.value;
    }
    return {};
}

QByteArray MimeMessage::contentType(QByteArrayView value, QList<std::pair<QByteArray, QByteArray>>* parameters)
{
    parameters->clear();
    // Split at semicolons outside quotes.
    QList<QByteArray> pieces;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            pieces.append(current);
            current.clear();
            continue;
        }
        if (c == '\\' && quoted && i + 1 < value.size()) {
            current += value[++i];
            continue;
        }
        current += c;
    }
    pieces.append(current);
    QByteArray type = pieces.takeFirst().trimmed().toLower();
    for (const QByteArray& piece : std::as_const(pieces)) {
        const qsizetype equals = piece.indexOf('=');
        if (equals <= 0)
            continue;
        QByteArray name = piece.left(equals).trimmed().toLower();
        QByteArray v = piece.mid(equals + 1).trimmed();
        if (v.size() >= 2 && v.startsWith('"') && v.endsWith('"'))
            v = v.mid(1, v.size() - 2);
        if (name.endsWith('*')) { // RFC 2231: charset'language'percent-encoded
            name.chop(1);
            const qsizetype second = v.indexOf('\'', v.indexOf('\'') + 1);
            v = QByteArray::fromPercentEncoding(second >= 0 ? v.mid(second + 1) : v);
        }
        parameters->append({name, v});
    }
    return type.isEmpty() ? QByteArray("text/plain") : type;
}

QByteArray MimeMessage::decodeQuotedPrintable(QByteArrayView data)
{
    // The text between escapes is copied in runs into an array that cannot be too small (the
    // output is never longer): appending byte by byte was 5% of an mbox scan (perf).
    QByteArray out(data.size(), Qt::Uninitialized);
    char* to = out.data();
    const char* from = data.data();
    const char* const end = from + data.size();
    while (from < end) {
        const auto* equals = static_cast<const char*>(std::memchr(from, '=', size_t(end - from)));
        const char* const run = equals ? equals : end;
        std::memcpy(to, from, size_t(run - from));
        to += run - from;
        from = run;
        if (from == end)
            break;
        if (end - from > 1 && from[1] == '\n') { // soft line break
            from += 2;
            continue;
        }
        const int high = end - from > 2 ? hexValue(from[1]) : -1;
        const int low = end - from > 2 ? hexValue(from[2]) : -1;
        if (high < 0 || low < 0) {
            *to++ = *from++; // a lone '=' stays as written
            continue;
        }
        *to++ = char(high * 16 + low);
        from += 3;
    }
    out.truncate(to - out.constData());
    return out;
}

QString MimeMessage::decodeCharset(QByteArrayView bytes, QByteArrayView charset)
{
    const QByteArray name = charset.trimmed().toByteArray().toLower();
    if (name.isEmpty() || name == "utf-8" || name == "utf8" || name == "us-ascii" || name == "ascii") {
        QStringDecoder utf8(QStringDecoder::Utf8);
        QString text = utf8(bytes);
        if (!utf8.hasError())
            return text;
        return QString::fromLatin1(bytes); // not UTF-8 after all: bytes stay readable
    }
    if (name == "iso-8859-1" || name == "latin1")
        return QString::fromLatin1(bytes);
    QStringDecoder decoder(name.constData());
    if (decoder.isValid()) {
        QString text = decoder(bytes);
        if (!decoder.hasError())
            return text;
    }
    return decodeCharset(bytes, "utf-8");
}

QString MimeMessage::decodeWords(QByteArrayView value)
{
    QString out;
    qsizetype at = 0;
    bool lastWasEncoded = false;
    while (at < value.size()) {
        const qsizetype start = value.indexOf("=?", at);
        if (start < 0) {
            out += decodeCharset(value.sliced(at), "utf-8");
            break;
        }
        // =?charset?B|Q?text?=
        const qsizetype q1 = value.indexOf('?', start + 2);
        const qsizetype q2 = q1 >= 0 ? value.indexOf('?', q1 + 1) : -1;
        const qsizetype end = q2 >= 0 ? value.indexOf("?=", q2 + 1) : -1;
        if (q1 < 0 || q2 != q1 + 2 || end < 0) {
            out += decodeCharset(value.sliced(at), "utf-8");
            break;
        }
        const QByteArrayView between = value.sliced(at, start - at);
        // White space between two encoded words is not part of the text (RFC 2047, 6.2).
        if (!(lastWasEncoded && between.trimmed().isEmpty()))
            out += decodeCharset(between, "utf-8");
        QByteArrayView charset = value.sliced(start + 2, q1 - start - 2);
        if (const qsizetype star = charset.indexOf('*'); star >= 0) // RFC 2231 language
            charset = charset.first(star);
        const char encoding = char(value[q1 + 1] | 0x20);
        const QByteArrayView text = value.sliced(q2 + 1, end - q2 - 1);
        QByteArray bytes;
        if (encoding == 'b') {
            bytes = QByteArray::fromBase64(text.toByteArray());
        } else {
            bytes = text.toByteArray().replace('_', ' ');
            bytes = decodeQuotedPrintable(bytes);
        }
        out += decodeCharset(bytes, charset);
        lastWasEncoded = true;
        at = end + 2;
    }
    return out;
}

MimeMessage MimeMessage::parse(const QByteArray& data)
{
    // One line end everywhere (CRLF and lone CR files exist); the bodies only need LF. Messages
    // without a CR, as Unix mbox files hold them, are spared a copy and a search.
    QByteArray text = data;
    if (text.contains('\r'))
        text.replace("\r\n", "\n").replace('\r', '\n');
    MimeMessage message;
    message.walk(text, 0);
    return message;
}

void MimeMessage::walk(QByteArrayView entity, int depth)
{
    if (m_parts.size() >= MaxParts) {
        if (!m_problems.contains(MimeText::tr("More than %1 MIME parts; the rest were not read.").arg(MaxParts)))
            m_problems << MimeText::tr("More than %1 MIME parts; the rest were not read.").arg(MaxParts);
        return;
    }
    const auto [head, body] = splitEntity(entity);
    Part part;
    part.depth = depth;
    part.headers = parseHeaders(head);
    if (depth == 0)
        m_headers = part.headers; // the message's own header is its top entity's
    const QByteArray type = headerIn(part.headers, "Content-Type");
    part.contentType = contentType(type, &part.parameters);
    const QByteArray encoding = headerIn(part.headers, "Content-Transfer-Encoding");

    if (part.contentType.startsWith("multipart/")) {
        const QByteArray boundary = part.parameter("boundary");
        if (boundary.isEmpty()) {
            m_problems << MimeText::tr("A multipart part has no boundary; it was read as text.");
            part.contentType = "text/plain";
        } else if (depth >= MaxDepth) {
            m_problems << MimeText::tr("MIME parts nested deeper than %1 levels were not read.").arg(MaxDepth);
            return;
        } else {
            const QByteArray delimiter = "--" + boundary;
            qsizetype at = 0;
            qsizetype partStart = -1;
            bool closed = false;
            while (at <= body.size()) {
                qsizetype end = body.indexOf('\n', at);
                if (end < 0)
                    end = body.size();
                const QByteArrayView line = body.sliced(at, end - at);
                // A boundary line is the delimiter, then "--" for the last, then only white space:
                // "--b1" does not end a part of "--b" (nor "--b10" one of "--b1").
                const QByteArrayView rest
                    = line.startsWith(delimiter) ? line.sliced(delimiter.size()).trimmed() : QByteArrayView("x");
                if (rest.isEmpty() || rest == "--") {
                    if (partStart >= 0) {
                        // The line break before a boundary belongs to the boundary.
                        walk(body.sliced(partStart, std::max<qsizetype>(0, at - 1 - partStart)), depth + 1);
                    }
                    if (rest == "--") {
                        closed = true;
                        break;
                    }
                    partStart = std::min(end + 1, body.size());
                }
                at = end + 1;
            }
            if (!closed) {
                if (partStart >= 0 && partStart < body.size())
                    walk(body.sliced(partStart), depth + 1);
                if (partStart >= 0) {
                    m_problems << MimeText::tr("A multipart part ends without its closing boundary.");
                } else {
                    // Not one boundary line: whatever the parts were, their text is kept as one.
                    m_problems << MimeText::tr("A multipart part never uses its boundary; it was read as text.");
                    part.contentType = "text/plain";
                    part.body = body.toByteArray();
                    m_parts.append(std::move(part));
                }
            }
            return;
        }
    }
    part.body = decodeTransfer(body, encoding);
    m_parts.append(std::move(part));
}

QByteArray MimeMessage::header(QByteArrayView name) const
{
    return headerIn(m_headers, name);
}

QString MimeMessage::decodedHeader(QByteArrayView name) const
{
    return decodeWords(header(name));
}
