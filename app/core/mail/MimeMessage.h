#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// An RFC 5322 message with its MIME structure (RFC 2045/2046), read defensively: header fields
// unfolded, encoded words (RFC 2047) decoded for display, multipart bodies split at their
// boundaries, quoted-printable and base64 undone. Broken input gives what could be read and a
// note in problems(), never a crash: a missing closing boundary ends the part at the end of the
// data, nesting deeper than MaxDepth and more than MaxParts parts are cut off and said so.
class MimeMessage
{
public:
    static constexpr int MaxDepth = 32;
    static constexpr int MaxParts = 1000;

    struct Header
    {
        QByteArray name; // as written
        QByteArray value; // unfolded, raw bytes
    };

    // One leaf of the MIME tree (or a message/... part, whose body is the enclosed message).
    struct Part
    {
        QByteArray contentType; // lower case, "text/plain" when none is given
        QList<std::pair<QByteArray, QByteArray>> parameters; // names lower case, values unquoted
        QList<Header> headers;
        QByteArray body; // transfer encoding undone
        int depth = 0;

        QByteArray parameter(QByteArrayView name) const;
        // The body as text in its charset (UTF-8, Latin-1 and Windows-1252 known; others read as
        // UTF-8 where valid, else Latin-1).
        QString text() const;
    };

    static MimeMessage parse(const QByteArray& data);

    const QList<Header>& headers() const { return m_headers; }
    // The first field of that name (case-insensitive), unfolded; empty when missing.
    QByteArray header(QByteArrayView name) const;
    // The field decoded for display (encoded words undone).
    QString decodedHeader(QByteArrayView name) const;
    // Every leaf part, depth first, in order; the top-level message itself when it is not
    // multipart.
    const QList<Part>& parts() const { return m_parts; }
    const QStringList& problems() const { return m_problems; }

    // Helpers shared with the bounce reader.
    static QList<Header> parseHeaders(QByteArrayView block);
    static QByteArray headerIn(const QList<Header>& headers, QByteArrayView name);
    static QString decodeWords(QByteArrayView value); // RFC 2047
    static QByteArray decodeQuotedPrintable(QByteArrayView data);
    static QString decodeCharset(QByteArrayView bytes, QByteArrayView charset);
    // "multipart/mixed; boundary="x"" into its type (lower case) and parameters.
    static QByteArray contentType(QByteArrayView value, QList<std::pair<QByteArray, QByteArray>>* parameters);

private:
    void walk(QByteArrayView entity, int depth);

    QList<Header> m_headers;
    QList<Part> m_parts;
    QStringList m_problems;
};
