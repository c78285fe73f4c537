#include "mail/ImapClient.h"

#include "support/LogCategories.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonValue>
#include <QSslCertificate>
#include <QSslSocket>
#include <QUrl>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// A response holds at most one message's literal and a line of protocol around it.
constexpr qsizetype MaxResponse = ImapResponseParser::MaxLiteral + ImapResponseParser::MaxLine;

// A batch of UID FETCH: few enough messages that a cancel or a lost connection costs little,
// enough that the round trips do not dominate.
constexpr int BatchMessages = 20;
constexpr qint64 BatchBytes = qint64(8) * 1024 * 1024;

// Waits on the socket in slices this long, so that cancel is seen quickly.
constexpr int SliceMs = 200;

// How long LOGOUT waits for the server's answer before the connection is simply closed.
constexpr int LogoutMs = 2000;

bool isDigits(const QByteArray& bytes)
{
    return !bytes.isEmpty() && std::all_of(bytes.begin(), bytes.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<quint32> toUInt32(const QByteArray& bytes)
{
    if (!isDigits(bytes) || bytes.size() > 10)
        return std::nullopt;
    const qulonglong value = bytes.toULongLong();
    if (value > std::numeric_limits<quint32>::max())
        return std::nullopt;
    return quint32(value);
}

// Bytes for a person: printable ASCII kept, anything else shown as '?', at most limit characters.
QString printable(const QByteArray& bytes, qsizetype limit = 60)
{
    QString text;
    for (qsizetype i = 0; i < bytes.size() && text.size() < limit; ++i) {
        const char c = bytes[i];
        text += c >= 0x20 && c < 0x7f ? QChar(QLatin1Char(c)) : QChar(u'?');
    }
    if (bytes.size() > limit)
        text += u'…';
    return text;
}

// The size of the literal that ends line [start, end) ("... {123}", "{123+}" for LITERAL+), -1
// when the line does not end in one, -2 when it is larger than the parser accepts.
qint64 literalAtEnd(const QByteArray& buffer, qsizetype start, qsizetype end)
{
    qsizetype i = end - 1;
    if (i < start || buffer[i] != '}')
        return -1;
    --i;
    if (i >= start && buffer[i] == '+')
        --i;
    const qsizetype digitsEnd = i + 1;
    while (i >= start && buffer[i] >= '0' && buffer[i] <= '9')
        --i;
    const qsizetype digits = digitsEnd - (i + 1);
    if (digits == 0 || i < start || buffer[i] != '{')
        return -1;
    if (digits > 12)
        return -2;
    const qint64 size = buffer.sliced(i + 1, digits).toLongLong();
    return size > ImapResponseParser::MaxLiteral ? -2 : size;
}

// Reads the values of one response whose bytes are all there (see ImapResponseParser::next).
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(ImapResponseParser)

public:
    explicit Reader(const QByteArray& bytes) : m_bytes(bytes), m_end(bytes.size())
    {
        if (m_end > 0 && m_bytes[m_end - 1] == '\n')
            --m_end;
        if (m_end > 0 && m_bytes[m_end - 1] == '\r')
            --m_end;
    }

    QString error() const { return m_error; }
    qsizetype position() const { return m_at; }
    void rewind(qsizetype position)
    {
        m_at = position;
        m_error.clear();
    }
    bool atEnd() const { return m_at >= m_end; }
    char peek() const { return atEnd() ? '\0' : m_bytes[m_at]; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_at;
        return true;
    }
    void skipSpaces()
    {
        while (take(' ')) { }
    }

    // Up to the next space or the end of the line.
    QByteArray word()
    {
        const qsizetype start = m_at;
        while (!atEnd() && m_bytes[m_at] != ' ')
            ++m_at;
        return m_bytes.sliced(start, m_at - start);
    }

    // The rest of the line.
    QByteArray rest()
    {
        const QByteArray text = m_bytes.sliced(m_at, m_end - m_at);
        m_at = m_end;
        return text;
    }

    // Values separated by spaces until the end of the line or, when closing is ']' or ')', up to
    // (not past) that character.
    bool values(std::vector<ImapValue>* out, char closing, int depth)
    {
        for (;;) {
            skipSpaces();
            if (atEnd())
                return closing == '\0' || fail(tr("a list or response code is not closed"));
            if (closing != '\0' && peek() == closing)
                return true;
            ImapValue item;
            if (!value(&item, depth))
                return false;
            out->push_back(std::move(item));
        }
    }

    bool value(ImapValue* out, int depth)
    {
        const char c = peek();
        if (c == '(') {
            if (depth >= ImapResponseParser::MaxDepth)
                return fail(tr("lists are nested more than %1 deep").arg(ImapResponseParser::MaxDepth));
            ++m_at;
            out->kind = ImapValue::Kind::List;
            if (!values(&out->items, ')', depth + 1))
                return false;
            ++m_at;
            return true;
        }
        if (c == '"')
            return quoted(out);
        if (c == '{' || (c == '~' && m_at + 1 < m_end && m_bytes[m_at + 1] == '{'))
            return literal(out);
        return atom(out);
    }

private:
    bool fail(const QString& error)
    {
        if (m_error.isEmpty())
            m_error = error;
        return false;
    }

    bool quoted(ImapValue* out)
    {
        ++m_at;
        out->kind = ImapValue::Kind::String;
        for (;;) {
            if (atEnd())
                return fail(tr("a quoted string is not closed"));
            char c = m_bytes[m_at++];
            if (c == '"')
                return true;
            if (c == '\\') {
                if (atEnd())
                    return fail(tr("a quoted string is not closed"));
                c = m_bytes[m_at++];
            }
            if (c == '\r' || c == '\n' || c == '\0')
                return fail(tr("a quoted string holds a line break or NUL"));
            out->bytes += c;
        }
    }

    // {n}CRLF and n bytes; {n+} (LITERAL+) and ~{n} (BINARY) read the same.
    bool literal(ImapValue* out)
    {
        if (peek() == '~')
            ++m_at;
        ++m_at;
        const qsizetype digitsStart = m_at;
        while (!atEnd() && m_bytes[m_at] >= '0' && m_bytes[m_at] <= '9')
            ++m_at;
        const qsizetype digits = m_at - digitsStart;
        take('+');
        if (digits == 0 || digits > 12 || !take('}'))
            return fail(tr("a literal's size is malformed"));
        const qint64 size = m_bytes.sliced(digitsStart, digits).toLongLong();
        if (size > ImapResponseParser::MaxLiteral)
            return fail(tr("a literal of %1 bytes is larger than the %2 bytes Mailroom accepts")
                            .arg(size)
                            .arg(ImapResponseParser::MaxLiteral));
        // The literal's line ends right after the braces; its bytes follow the CRLF.
        if (m_at < m_bytes.size() && m_bytes[m_at] == '\r')
            ++m_at;
        if (m_at >= m_bytes.size() || m_bytes[m_at] != '\n')
            return fail(tr("a literal's size is not at the end of its line"));
        ++m_at;
        if (size > m_bytes.size() - m_at)
            return fail(tr("a literal is cut off"));
        out->kind = ImapValue::Kind::String;
        out->bytes = m_bytes.sliced(m_at, size);
        m_at += size;
        return true;
    }

    // An atom, number or flag; a section in brackets belongs to it ("BODY[HEADER.FIELDS (TO)]").
    bool atom(ImapValue* out)
    {
        const qsizetype start = m_at;
        while (!atEnd()) {
            const char c = m_bytes[m_at];
            if (c == '[') {
                const qsizetype close = m_bytes.indexOf(']', m_at);
                if (close < 0 || close >= m_end)
                    return fail(tr("a section in brackets is not closed"));
                m_at = close + 1;
                continue;
            }
            if (c == ' ' || c == '(' || c == ')' || c == ']' || c == '"')
                break;
            if (quint8(c) < 0x20 || c == 0x7f)
                return fail(tr("a control character (code %1) stands where a value was expected").arg(int(quint8(c))));
            ++m_at;
        }
        if (m_at == start)
            return fail(tr("a value was expected at \"%1\"").arg(printable(m_bytes.sliced(m_at, m_end - m_at), 20)));
        out->bytes = m_bytes.sliced(start, m_at - start);
        out->kind = out->bytes.compare("NIL", Qt::CaseInsensitive) == 0 ? ImapValue::Kind::Nil : ImapValue::Kind::Atom;
        if (out->kind == ImapValue::Kind::Nil)
            out->bytes.clear();
        return true;
    }

    const QByteArray& m_bytes;
    qsizetype m_at = 0;
    qsizetype m_end;
    QString m_error;
};

bool isTagChar(char c)
{
    return c > 0x20 && c < 0x7f && c != '(' && c != ')' && c != '{' && c != '"' && c != '\\' && c != '%' && c != '*'
        && c != '+' && c != ']';
}

// "[CODE args] text" after a status, or just the text. A code that does not read as values is
// left in the text: the status still counts, and no server's odd code stops a session.
void readStatusText(Reader& reader, ImapResponse* response)
{
    reader.skipSpaces();
    const qsizetype start = reader.position();
    if (reader.take('[')) {
        ImapValue code;
        if (reader.value(&code, 0) && code.kind == ImapValue::Kind::Atom
            && reader.values(&response->codeArguments, ']', 1)) {
            response->code = code.bytes.toUpper();
            reader.take(']');
            reader.skipSpaces();
        } else {
            response->codeArguments.clear();
            reader.rewind(start);
        }
    }
    response->text = reader.rest();
}

QString statusSentence(const ImapResponse& response)
{
    const QString text = response.humanText();
    return text.isEmpty() ? QString::fromLatin1(response.status) : text;
}

// "1:5,7,9:10" for sorted UIDs.
QByteArray uidSet(QList<quint32> uids)
{
    std::sort(uids.begin(), uids.end());
    QByteArray set;
    for (qsizetype i = 0; i < uids.size();) {
        qsizetype j = i;
        while (j + 1 < uids.size() && uids[j + 1] <= uids[j] + 1)
            ++j;
        if (!set.isEmpty())
            set += ',';
        set += QByteArray::number(uids[i]);
        if (uids[j] != uids[i])
            set += ':' + QByteArray::number(uids[j]);
        i = j + 1;
    }
    return set;
}

QString normalisedFingerprint(const QString& fingerprint)
{
    QString hex;
    for (const QChar c : fingerprint) {
        if (c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f'))
            hex += c.toLower();
    }
    return hex;
}

QString fingerprintOf(const QSslCertificate& certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

quint16 defaultPort(ImapAccount::Security security)
{
    return security == ImapAccount::Security::ImplicitTls ? 993 : 143;
}

} // namespace

// ---- values and responses

bool ImapValue::isAtom(const char* name) const
{
    return kind == Kind::Atom && bytes.compare(name, Qt::CaseInsensitive) == 0;
}

std::optional<quint32> ImapValue::number() const
{
    return kind == Kind::Atom ? toUInt32(bytes) : std::nullopt;
}

QString ImapResponse::humanText() const
{
    QString clean = QString::fromUtf8(text);
    for (QChar& c : clean) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    clean = clean.simplified();
    if (clean.size() > 300) {
        clean.truncate(299);
        clean += u'…';
    }
    return clean;
}

const ImapValue* ImapResponse::fetchItem(const char* item) const
{
    if (name != "FETCH" || data.empty() || data.front().kind != ImapValue::Kind::List)
        return nullptr;
    const std::vector<ImapValue>& items = data.front().items;
    for (size_t i = 0; i + 1 < items.size(); i += 2) {
        if (items[i].isAtom(item))
            return &items[i + 1];
    }
    return nullptr;
}

// ---- the parser

void ImapResponseParser::append(const QByteArray& bytes)
{
    if (m_error.isEmpty())
        m_buffer += bytes;
}

void ImapResponseParser::clear()
{
    m_buffer.clear();
    m_lineStart = m_scanned = 0;
    m_literalEnd = -1;
    m_error.clear();
}

ImapResponseParser::Status ImapResponseParser::fail(const QString& error)
{
    m_error = error;
    m_buffer.clear();
    return Status::Failed;
}

// A response is whole when a line ends without announcing a literal; a line that does announce
// one goes on after the literal's bytes. Only the new bytes are searched on each call, so a
// big literal arriving in many pieces costs no more than one pass.
ImapResponseParser::Status ImapResponseParser::next(ImapResponse* response)
{
    if (!m_error.isEmpty())
        return Status::Failed;
    for (;;) {
        if (m_literalEnd >= 0) {
            if (m_buffer.size() < m_literalEnd)
                return Status::NeedMore;
            m_lineStart = m_scanned = m_literalEnd;
            m_literalEnd = -1;
        }
        const qsizetype newline = m_buffer.indexOf('\n', m_scanned);
        if (newline < 0 || newline - m_lineStart > MaxLine) {
            if (m_buffer.size() - m_lineStart > MaxLine)
                return fail(tr("a line of more than %1 bytes has no end").arg(MaxLine));
            m_scanned = m_buffer.size();
            return Status::NeedMore;
        }
        const qsizetype lineEnd = newline > m_lineStart && m_buffer[newline - 1] == '\r' ? newline - 1 : newline;
        const qint64 literal = literalAtEnd(m_buffer, m_lineStart, lineEnd);
        if (literal == -2)
            return fail(tr("a literal is larger than the %1 bytes Mailroom accepts").arg(MaxLiteral));
        if (literal >= 0) {
            m_literalEnd = newline + 1 + literal;
            if (m_literalEnd > MaxResponse)
                return fail(tr("a response is larger than the %1 bytes Mailroom accepts").arg(MaxResponse));
            continue;
        }

        QByteArray bytes;
        if (newline + 1 == m_buffer.size()) {
            bytes = std::exchange(m_buffer, {});
        } else {
            bytes = m_buffer.first(newline + 1);
            m_buffer.remove(0, newline + 1);
        }
        m_lineStart = m_scanned = 0;
        QString error;
        if (parse(bytes, response, &error) == Status::Ready)
            return Status::Ready;
        return fail(error);
    }
}

ImapResponseParser::Status ImapResponseParser::parse(const QByteArray& bytes, ImapResponse* response, QString* error)
{
    *response = ImapResponse();
    Reader reader(bytes);
    const auto failed = [&](const QString& why) {
        *error = why.isEmpty() ? reader.error() : why;
        if (error->isEmpty())
            *error = tr("the response is malformed");
        *error += u" (\""_s + printable(bytes) + u"\")"_s;
        return Status::Failed;
    };

    if (reader.take('+')) {
        response->kind = ImapResponse::Kind::Continuation;
        reader.take(' ');
        response->text = reader.rest();
        return Status::Ready;
    }

    const QByteArray tag = reader.word();
    const bool untagged = tag == "*";
    if (tag.isEmpty() || (!untagged && !std::all_of(tag.begin(), tag.end(), isTagChar)))
        return failed(tr("the response does not start with a tag"));
    if (!reader.take(' '))
        return failed(tr("the tag is not followed by a space"));
    response->kind = untagged ? ImapResponse::Kind::Untagged : ImapResponse::Kind::Tagged;
    if (!untagged)
        response->tag = tag;

    QByteArray word = reader.word();
    if (untagged && isDigits(word)) {
        response->number = toUInt32(word);
        if (!response->number)
            return failed(tr("a message number does not fit 32 bits"));
        reader.skipSpaces();
        word = reader.word();
    }
    word = word.toUpper();
    if (word.isEmpty())
        return failed(tr("the response names no status or data"));
    const bool status = word == "OK" || word == "NO" || word == "BAD" || word == "PREAUTH" || word == "BYE";
    if (!untagged && (!status || word == "PREAUTH" || word == "BYE"))
        return failed(tr("a tagged response must say OK, NO or BAD"));

    if (status && !response->number) {
        response->status = word;
        readStatusText(reader, response);
        return Status::Ready;
    }
    response->name = word;
    if (!reader.values(&response->data, '\0', 0))
        return failed({});
    return Status::Ready;
}

// ---- accounts and state

bool ImapAccount::fromUrl(const QString& url, ImapAccount* account, QString* error)
{
    const QUrl parsed(url.trimmed(), QUrl::TolerantMode);
    if (!parsed.isValid()) {
        *error = tr("%1 is not a valid URL: %2").arg(url, parsed.errorString());
        return false;
    }
    ImapAccount result;
    const QString scheme = parsed.scheme().toLower();
    if (scheme == u"imaps")
        result.security = Security::ImplicitTls;
    else if (scheme == u"imap")
        result.security = Security::StartTls;
    else {
        *error = tr("%1 is not an IMAP address: it must start with imaps:// (TLS, port 993) or imap:// "
                    "(STARTTLS, port 143).")
                     .arg(url);
        return false;
    }
    if (!parsed.password().isEmpty()) {
        *error = tr("The address %1 holds a password: leave it out, Mailroom keeps passwords in the system's "
                    "credential store.")
                     .arg(parsed.toString(QUrl::RemovePassword));
        return false;
    }
    result.host = parsed.host();
    result.user = parsed.userName(QUrl::FullyDecoded);
    if (result.host.isEmpty() || result.user.isEmpty()) {
        *error = tr("%1 does not name both the user and the server: write it as %2://user@mail.example/INBOX.")
                     .arg(url, scheme);
        return false;
    }
    result.port = quint16(parsed.port(defaultPort(result.security)));
    QString folder = parsed.path(QUrl::FullyDecoded);
    while (folder.startsWith(u'/'))
        folder.remove(0, 1);
    while (folder.endsWith(u'/'))
        folder.chop(1);
    if (!folder.isEmpty())
        result.mailbox = folder;
    *account = result;
    return true;
}

QString ImapAccount::toUrl() const
{
    QUrl url;
    url.setScheme(security == Security::ImplicitTls ? u"imaps"_s : u"imap"_s);
    url.setUserName(user);
    url.setHost(host);
    if (port != defaultPort(security))
        url.setPort(port);
    url.setPath(u'/' + mailbox);
    return url.toString();
}

QJsonObject ImapSyncState::toJson() const
{
    return {{u"uidValidity"_s, qint64(uidValidity)}, {u"lastUid"_s, qint64(lastUid)}};
}

ImapSyncState ImapSyncState::fromJson(const QJsonObject& json)
{
    const auto uint32 = [&](const QString& key) {
        const qint64 value = json.value(key).toInteger();
        return value < 0 || value > std::numeric_limits<quint32>::max() ? quint32(0) : quint32(value);
    };
    ImapSyncState state;
    state.uidValidity = uint32(u"uidValidity"_s);
    state.lastUid = state.uidValidity == 0 ? 0 : uint32(u"lastUid"_s);
    return state;
}

// ---- modified UTF-7

QByteArray ImapClient::encodeMailboxName(const QString& name)
{
    QByteArray encoded;
    QByteArray pending; // UTF-16 big-endian of the run of characters being shifted
    const auto flush = [&] {
        if (pending.isEmpty())
            return;
        encoded += '&' + pending.toBase64(QByteArray::OmitTrailingEquals).replace('/', ',') + '-';
        pending.clear();
    };
    for (const QChar c : name) {
        const char16_t unit = c.unicode();
        if (unit >= 0x20 && unit <= 0x7e) {
            flush();
            encoded += unit == u'&' ? QByteArray("&-") : QByteArray(1, char(unit));
        } else {
            pending += char(unit >> 8);
            pending += char(unit & 0xff);
        }
    }
    flush();
    return encoded;
}

QString ImapClient::decodeMailboxName(const QByteArray& encoded, bool* ok)
{
    QString name;
    bool valid = true;
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c != '&') {
            valid = valid && c >= 0x20 && c <= 0x7e;
            name += QLatin1Char(c);
            continue;
        }
        const qsizetype end = encoded.indexOf('-', i + 1);
        if (end < 0) {
            valid = false;
            name += QString::fromLatin1(encoded.sliced(i));
            break;
        }
        if (end == i + 1) {
            name += u'&';
        } else {
            QByteArray base64 = encoded.sliced(i + 1, end - i - 1);
            const auto decoded
                = QByteArray::fromBase64Encoding(base64.replace(',', '/'), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.size() % 2 != 0) {
                valid = false;
                name += QString::fromLatin1(encoded.sliced(i, end - i + 1));
            } else {
                for (qsizetype k = 0; k + 1 < decoded.decoded.size(); k += 2)
                    name += QChar(char16_t(quint8(decoded.decoded[k]) << 8 | quint8(decoded.decoded[k + 1])));
            }
        }
        i = end;
    }
    if (ok)
        *ok = valid;
    return name;
}

// ---- the client

struct ImapClient::Private
{
    QSslSocket socket;
    ImapResponseParser parser;
    QStringList trusted; // normalised fingerprints
    QString bye; // what an untagged BYE said, for the error when the connection then closes
    bool capabilitiesSeen = false; // since the last reset
    bool preauthenticated = false;
    bool stopped = false; // a handler asked to stop in the middle of a command
};

// A command line built from its arguments. A string that cannot be quoted becomes a literal:
// the line is cut after its "{n}", and the next piece (the literal's bytes and the rest of the
// line) is sent once the server answers "+". AUTHENTICATE's response lines are pieces too.
struct ImapClient::Command
{
    explicit Command(const char* name) : verb(name) { pieces.append(verb); }

    Command& atom(const QByteArray& atom)
    {
        pieces.last() += ' ' + atom;
        return *this;
    }

    Command& string(const QByteArray& string)
    {
        const bool quotable = string.size() <= 1000
            && std::all_of(string.begin(), string.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
        if (quotable) {
            QByteArray escaped = string;
            escaped.replace('\\', "\\\\").replace('"', "\\\"");
            pieces.last() += " \"" + escaped + '"';
        } else {
            pieces.last() += " {" + QByteArray::number(string.size()) + '}';
            pieces.append(string);
        }
        return *this;
    }

    Command& continuation(const QByteArray& line)
    {
        pieces.append(line);
        return *this;
    }

    QByteArray verb; // for messages and the debug log, which never see the arguments
    QList<QByteArray> pieces;
};

ImapClient::ImapClient(const std::atomic_bool* cancel) : d(std::make_unique<Private>()), m_cancel(cancel)
{
    QObject::connect(&d->socket, &QSslSocket::sslErrors, &d->socket,
        [this](const QList<QSslError>& errors) { onSslErrors(errors); });
}

ImapClient::~ImapClient()
{
    disconnect();
}

bool ImapClient::hasCapability(const char* capability) const
{
    return m_capabilities.contains(QByteArray(capability).toUpper());
}

bool ImapClient::fail(const QString& error)
{
    m_error = error;
    disconnect();
    return false;
}

// NO and BAD leave the connection usable: the caller decides whether to go on.
bool ImapClient::failCommand(const char* what, const ImapResponse& done)
{
    m_error = tr("The server %1 refused %2: %3").arg(m_server, QLatin1String(what), statusSentence(done));
    return false;
}

void ImapClient::disconnect()
{
    d->socket.abort();
    d->parser.clear();
}

// A certificate that did not verify is accepted only when the owner trusted exactly it, and only
// for the errors that concern it; otherwise its details are kept for the error and the GUI.
void ImapClient::onSslErrors(const QList<QSslError>& errors)
{
    QSslCertificate peer = d->socket.peerCertificate();
    if (peer.isNull() && !errors.isEmpty())
        peer = errors.first().certificate();
    const QString fingerprint = fingerprintOf(peer);
    if (!peer.isNull() && d->trusted.contains(normalisedFingerprint(fingerprint))) {
        QList<QSslError> expected;
        for (const QSslError& error : errors) {
            if (error.certificate().isNull() || error.certificate() == peer)
                expected.append(error);
        }
        if (expected.size() == errors.size()) {
            qCDebug(lcMail) << "IMAP:" << m_server << "presented a certificate the owner trusted by its fingerprint";
            d->socket.ignoreSslErrors(expected);
            return;
        }
    }
    m_certificate = {};
    m_certificate.fingerprint = fingerprint;
    m_certificate.subject = peer.subjectDisplayName();
    m_certificate.issuer = peer.issuerDisplayName();
    m_certificate.expires = peer.expiryDate();
    for (const QSslError& error : errors)
        m_certificate.errors.append(error.errorString());
}

bool ImapClient::connectToServer(const ImapAccount& account)
{
    disconnect();
    m_error.clear();
    m_certificate = {};
    m_capabilities.clear();
    d->capabilitiesSeen = d->preauthenticated = false;
    d->bye.clear();
    if (account.host.contains(u':'))
        m_server = u'[' + account.host + u"]:"_s + QString::number(account.port);
    else
        m_server = account.host + u':' + QString::number(account.port);
    d->trusted.clear();
    for (const QString& fingerprint : account.trustedCertificates)
        d->trusted.append(normalisedFingerprint(fingerprint));
    if (!QSslSocket::supportsSsl())
        return fail(tr("Mailroom cannot reach %1: this system offers no TLS library (%2).")
                        .arg(m_server, QSslSocket::sslLibraryBuildVersionString()));

    const bool implicitTls = account.security == ImapAccount::Security::ImplicitTls;
    if (implicitTls)
        d->socket.connectToHostEncrypted(account.host, account.port);
    else
        d->socket.connectToHost(account.host, account.port);
    // Qt drops a connection attempt whose waitForConnected() times out, so the connect cannot be
    // waited for in slices. TODO(#7): cancel is seen only once the connect succeeded or failed
    // (at most the account's timeout); a non-blocking connect polled without an event loop would
    // need a socket layer of our own.
    if (!d->socket.waitForConnected(m_timeoutMs)) {
        return fail(tr("Mailroom could not connect to the IMAP server %1: %2").arg(m_server, d->socket.errorString()));
    }
    if (implicitTls && !waitForEncrypted())
        return false;

    ImapResponse greeting;
    if (!readResponse(&greeting))
        return false;
    if (greeting.kind != ImapResponse::Kind::Untagged || greeting.status.isEmpty() || greeting.isStatus("NO")
        || greeting.isStatus("BAD")) {
        return fail(tr("%1 is not an IMAP server, or not one Mailroom understands: it greeted with \"%2\".")
                        .arg(m_server, printable(greeting.status + greeting.name + ' ' + greeting.text)));
    }
    if (greeting.isStatus("BYE"))
        return fail(tr("The server %1 refused the connection: %2").arg(m_server, statusSentence(greeting)));
    noteUntagged(greeting);
    d->preauthenticated = greeting.isStatus("PREAUTH");
    if (!implicitTls) {
        // A PREAUTH greeting on a plain connection leaves no way to start TLS (RFC 3501 6.2.1).
        if (d->preauthenticated)
            return fail(tr("The server %1 logged in before the connection was encrypted, so STARTTLS is not "
                           "possible; use imaps:// (port 993).")
                            .arg(m_server));
        if (!secureStartTls())
            return false;
    }
    if (!d->capabilitiesSeen && !readCapabilities())
        return false;
    qCDebug(lcMail) << "IMAP:" << m_server << "connected with" << d->socket.sessionProtocol();
    return true;
}

bool ImapClient::waitForEncrypted()
{
    QElapsedTimer waited;
    waited.start();
    while (!d->socket.isEncrypted()) {
        if (isCancelled())
            return fail(tr("Cancelled."));
        if (waited.elapsed() > m_timeoutMs)
            return fail(tr("The server %1 did not complete the TLS handshake in %2 seconds.")
                            .arg(m_server)
                            .arg(m_timeoutMs / 1000));
        if (d->socket.waitForEncrypted(SliceMs))
            break;
        // A slice that ran out leaves the socket connected; a refused handshake disconnects it.
        if (d->socket.state() == QAbstractSocket::ConnectedState
            && d->socket.error() != QAbstractSocket::SslHandshakeFailedError)
            continue;
        if (!m_certificate.isNull()) {
            return fail(
                tr("The server %1 presented a certificate that Mailroom does not trust (%2). It is issued "
                   "to \"%3\" by \"%4\", valid until %5, with the SHA-256 fingerprint %6. Trust this "
                   "certificate in the account's settings only if your mail provider confirms that "
                   "fingerprint.")
                    .arg(m_server, m_certificate.errors.join(u"; "_s), m_certificate.subject, m_certificate.issuer,
                        m_certificate.expires.toString(Qt::ISODate), m_certificate.fingerprint));
        }
        return fail(tr("The TLS handshake with %1 failed: %2").arg(m_server, d->socket.errorString()));
    }
    return true;
}

// RFC 3501 6.2.1: nothing the server sent before the handshake may count after it (an attacker
// could have injected it), and the capabilities are asked for again.
bool ImapClient::secureStartTls()
{
    if (!d->capabilitiesSeen && !readCapabilities())
        return false;
    if (!hasCapability("STARTTLS"))
        return fail(tr("The server %1 does not offer STARTTLS, so the connection cannot be encrypted and Mailroom "
                       "does not send the password; use imaps:// (port 993) if the server offers it.")
                        .arg(m_server));
    if (!run(Command("STARTTLS")))
        return false;
    if (d->parser.pendingBytes() > 0 || d->socket.bytesAvailable() > 0)
        return fail(tr("The server %1 sent data before the encryption started; the connection is closed for "
                       "safety.")
                        .arg(m_server));
    m_capabilities.clear();
    d->capabilitiesSeen = false;
    d->socket.startClientEncryption();
    return waitForEncrypted() && readCapabilities();
}

bool ImapClient::readCapabilities()
{
    return run(Command("CAPABILITY"));
}

bool ImapClient::login(const QString& user, const QString& password)
{
    if (d->preauthenticated)
        return true;
    if (!d->socket.isEncrypted())
        return fail(
            tr("Mailroom does not send the password to %1 over a connection that is not encrypted.").arg(m_server));
    d->capabilitiesSeen = false;
    ImapResponse done;
    bool ok = false;
    if (hasCapability("LOGINDISABLED")) {
        if (!hasCapability("AUTH=PLAIN"))
            return fail(tr("The server %1 disables LOGIN and does not offer AUTHENTICATE PLAIN, the two ways "
                           "Mailroom logs in.")
                            .arg(m_server));
        const QByteArray plain = '\0' + user.toUtf8() + '\0' + password.toUtf8();
        ok = run(Command("AUTHENTICATE PLAIN").continuation(plain.toBase64()), {}, &done);
    } else {
        ok = run(Command("LOGIN").string(user.toUtf8()).string(password.toUtf8()), {}, &done);
    }
    if (!ok) {
        if (!done.status.isEmpty())
            m_error = tr("The server %1 refused the login of %2: %3").arg(m_server, user, statusSentence(done));
        return false;
    }
    // Servers widen their capabilities after login, and say so unasked or when asked.
    if (!d->capabilitiesSeen) {
        m_capabilities.clear();
        return readCapabilities();
    }
    return true;
}

bool ImapClient::open(const char* verb, const QString& mailbox, MailboxStatus* status)
{
    *status = {};
    ImapResponse done;
    const auto untagged = [status](const ImapResponse& response) {
        if (response.name == "EXISTS" && response.number)
            status->exists = *response.number;
        if (response.isStatus("OK") && !response.codeArguments.empty()) {
            const std::optional<quint32> value = response.codeArguments.front().number();
            if (response.code == "UIDVALIDITY" && value)
                status->uidValidity = *value;
            else if (response.code == "UIDNEXT" && value)
                status->uidNext = *value;
        }
        return true;
    };
    if (!run(Command(verb).string(encodeMailboxName(mailbox)), untagged, &done)) {
        if (!done.status.isEmpty())
            m_error = tr("The server %1 could not open the folder %2: %3").arg(m_server, mailbox, statusSentence(done));
        return false;
    }
    if (status->uidValidity == 0)
        return fail(tr("The server %1 did not give the UIDVALIDITY of the folder %2, so Mailroom cannot tell which "
                       "messages it has read.")
                        .arg(m_server, mailbox));
    return true;
}

bool ImapClient::listMessages(quint32 firstUid, QList<MessageInfo>* messages)
{
    messages->clear();
    const auto untagged = [&](const ImapResponse& response) {
        const ImapValue* uid = response.fetchItem("UID");
        const ImapValue* size = response.fetchItem("RFC822.SIZE");
        // "n:*" also names the last message when its UID is below n (RFC 3501 6.4.8).
        if (uid && uid->number() && *uid->number() >= firstUid)
            messages->append({*uid->number(), size && size->number() ? qint64(*size->number()) : 0});
        return true;
    };
    const QByteArray range = QByteArray::number(firstUid) + ":*";
    if (!run(Command("UID FETCH").atom(range).atom("(UID RFC822.SIZE)"), untagged))
        return false;
    std::sort(
        messages->begin(), messages->end(), [](const MessageInfo& a, const MessageInfo& b) { return a.uid < b.uid; });
    messages->erase(std::unique(messages->begin(), messages->end(),
                        [](const MessageInfo& a, const MessageInfo& b) { return a.uid == b.uid; }),
        messages->end());
    return true;
}

bool ImapClient::fetchMessages(const QList<quint32>& uids, const Message& message)
{
    if (uids.isEmpty())
        return true;
    const auto untagged = [&](const ImapResponse& response) {
        const ImapValue* uid = response.fetchItem("UID");
        const ImapValue* body = response.fetchItem("BODY[]");
        // Other FETCH responses (a flag changed by another client) are not what was asked for.
        if (!uid || !uid->number() || !body || body->kind != ImapValue::Kind::String)
            return true;
        return message(*uid->number(), body->bytes);
    };
    d->stopped = false;
    const bool ok = run(Command("UID FETCH").atom(uidSet(uids)).atom("(UID BODY.PEEK[])"), untagged);
    return ok || d->stopped;
}

bool ImapClient::findMailbox(const QString& mailbox, bool* exists)
{
    *exists = false;
    const auto listed = [exists](const ImapResponse& response) {
        *exists = *exists || response.name == "LIST";
        return true;
    };
    return run(Command("LIST").string("").string(encodeMailboxName(mailbox)), listed);
}

bool ImapClient::ensureMailbox(const QString& mailbox)
{
    bool exists = false;
    if (!findMailbox(mailbox, &exists))
        return false;
    if (exists)
        return true;
    const QByteArray name = encodeMailboxName(mailbox);
    ImapResponse done;
    if (!run(Command("CREATE").string(name), {}, &done) && done.code != "ALREADYEXISTS") {
        if (!done.status.isEmpty())
            m_error
                = tr("The server %1 could not create the folder %2: %3").arg(m_server, mailbox, statusSentence(done));
        return false;
    }
    // So that mail programs showing subscribed folders only show it; failing this changes nothing.
    ImapResponse ignored;
    if (!run(Command("SUBSCRIBE").string(name), {}, &ignored) && ignored.status.isEmpty())
        return false;
    m_error.clear();
    return true;
}

bool ImapClient::moveMessages(const QList<quint32>& uids, const QString& mailbox, QStringList* notes)
{
    if (uids.isEmpty())
        return true;
    const QByteArray set = uidSet(uids);
    const QByteArray name = encodeMailboxName(mailbox);
    ImapResponse done;
    const auto refused = [&] {
        if (!done.status.isEmpty())
            m_error
                = tr("The server %1 could not move messages to %2: %3").arg(m_server, mailbox, statusSentence(done));
        return false;
    };
    if (hasCapability("MOVE"))
        return run(Command("UID MOVE").atom(set).string(name), {}, &done) || refused();
    if (!run(Command("UID COPY").atom(set).string(name), {}, &done)
        || !run(Command("UID STORE").atom(set).atom("+FLAGS.SILENT (\\Deleted)"), {}, &done))
        return refused();
    if (hasCapability("UIDPLUS"))
        return run(Command("UID EXPUNGE").atom(set), {}, &done) || refused();
    notes->append(tr("The server %1 cannot remove single messages (it lacks UIDPLUS): the messages copied to %2 "
                     "stay marked as deleted until your mail program compacts the folder.")
                      .arg(m_server, mailbox));
    return true;
}

void ImapClient::logout()
{
    if (d->socket.state() != QAbstractSocket::ConnectedState)
        return;
    const QString error = m_error;
    const int timeout = std::exchange(m_timeoutMs, std::min(m_timeoutMs, LogoutMs));
    run(Command("LOGOUT"));
    m_timeoutMs = timeout;
    m_error = error;
    disconnect();
}

void ImapClient::noteUntagged(const ImapResponse& response)
{
    if (response.name == "CAPABILITY" || response.code == "CAPABILITY") {
        const std::vector<ImapValue>& values = response.name == "CAPABILITY" ? response.data : response.codeArguments;
        m_capabilities.clear();
        for (const ImapValue& value : values) {
            if (value.kind == ImapValue::Kind::Atom)
                m_capabilities.insert(value.bytes.toUpper());
        }
        d->capabilitiesSeen = true;
    }
    if (response.isStatus("BYE"))
        d->bye = response.humanText();
    if (response.code == "ALERT")
        qCInfo(lcMail) << "IMAP:" << m_server << "alert:" << response.humanText();
}

bool ImapClient::run(
    const Command& command, const std::function<bool(const ImapResponse&)>& untagged, ImapResponse* done)
{
    const QByteArray tag = 'm' + QByteArray::number(m_nextTag++);
    const QByteArray& verb = command.verb;
    qCDebug(lcMail) << "IMAP:" << m_server << tag << verb;
    ImapResponse local;
    ImapResponse& tagged = done ? *done : local;
    tagged = {};

    QByteArray line = tag + ' ' + command.pieces.first();
    for (qsizetype piece = 1;; ++piece) {
        if (!send(line + "\r\n"))
            return false;
        const bool last = piece >= command.pieces.size();
        for (;;) {
            ImapResponse response;
            if (!readResponse(&response))
                return false;
            if (response.kind == ImapResponse::Kind::Untagged) {
                noteUntagged(response);
                if (untagged && !untagged(response)) {
                    d->stopped = true;
                    disconnect();
                    return false;
                }
                continue;
            }
            if (response.kind == ImapResponse::Kind::Continuation) {
                if (last)
                    return fail(tr("The server %1 asked for more than the %2 command holds.")
                                    .arg(m_server, QString::fromLatin1(verb)));
                break;
            }
            if (response.tag != tag)
                return fail(tr("The server %1 answered a command Mailroom did not send (tag %2).")
                                .arg(m_server, printable(response.tag, 20)));
            tagged = response;
            if (response.code == "CAPABILITY")
                noteUntagged(response);
            return response.isStatus("OK") || failCommand(verb.constData(), response);
        }
        line = command.pieces[piece];
    }
}

bool ImapClient::send(const QByteArray& bytes)
{
    if (d->socket.state() != QAbstractSocket::ConnectedState)
        return fail(tr("The connection to %1 is closed.").arg(m_server));
    d->socket.write(bytes);
    QElapsedTimer waited;
    waited.start();
    while (d->socket.bytesToWrite() > 0) {
        if (isCancelled())
            return fail(tr("Cancelled."));
        if (waited.elapsed() > m_timeoutMs)
            return fail(tr("The server %1 did not take what Mailroom sent in %2 seconds.")
                            .arg(m_server)
                            .arg(m_timeoutMs / 1000));
        if (!d->socket.waitForBytesWritten(SliceMs) && d->socket.state() != QAbstractSocket::ConnectedState)
            return fail(tr("The connection to %1 was lost: %2").arg(m_server, d->socket.errorString()));
    }
    return true;
}

bool ImapClient::readResponse(ImapResponse* response)
{
    for (;;) {
        switch (d->parser.next(response)) {
        case ImapResponseParser::Status::Ready:
            return true;
        case ImapResponseParser::Status::Failed:
            return fail(tr("The server %1 sent something that is not IMAP: %2").arg(m_server, d->parser.errorString()));
        case ImapResponseParser::Status::NeedMore:
            break;
        }
        if (!waitForData())
            return false;
    }
}

bool ImapClient::waitForData()
{
    QElapsedTimer idle;
    idle.start();
    for (;;) {
        if (isCancelled())
            return fail(tr("Cancelled."));
        if (d->socket.bytesAvailable() > 0) {
            d->parser.append(d->socket.readAll());
            return true;
        }
        if (d->socket.state() != QAbstractSocket::ConnectedState) {
            return fail(d->bye.isEmpty() ? tr("The server %1 closed the connection unexpectedly.").arg(m_server)
                                         : tr("The server %1 closed the connection: %2").arg(m_server, d->bye));
        }
        if (idle.elapsed() > m_timeoutMs)
            return fail(tr("The server %1 did not answer in %2 seconds.").arg(m_server).arg(m_timeoutMs / 1000));
        d->socket.waitForReadyRead(SliceMs);
    }
}

// ---- the incremental scan

namespace {

// The UIDs of one UID FETCH, ascending, and which of them were handed over or passed. lastUid
// moves only over a UID that, with every one before it, was handled, so that a connection lost
// in the middle of a batch never skips a message.
class Batch
{
public:
    void add(quint32 uid, bool handled)
    {
        m_uids.append(uid);
        m_handled.push_back(handled);
    }
    qsizetype size() const { return m_uids.size(); }

    QList<quint32> pending() const
    {
        QList<quint32> uids;
        for (qsizetype i = 0; i < m_uids.size(); ++i) {
            if (!m_handled[size_t(i)])
                uids.append(m_uids[i]);
        }
        return uids;
    }

    // False when uid is not the batch's or was handled already.
    bool handle(quint32 uid)
    {
        const auto at = std::lower_bound(m_uids.cbegin(), m_uids.cend(), uid);
        if (at == m_uids.cend() || *at != uid || m_handled[size_t(at - m_uids.cbegin())])
            return false;
        m_handled[size_t(at - m_uids.cbegin())] = true;
        return true;
    }

    void handleAll() { std::fill(m_handled.begin(), m_handled.end(), true); }

    // The UID up to which every message was handled; 0 when not even the first was.
    quint32 handledUpTo() const
    {
        quint32 upTo = 0;
        for (qsizetype i = 0; i < m_uids.size() && m_handled[size_t(i)]; ++i)
            upTo = m_uids[i];
        return upTo;
    }

private:
    QList<quint32> m_uids;
    std::vector<bool> m_handled;
};

// One ImapClient::forEachNewMessage(): the session up to the open mailbox, then its new messages
// batch by batch, each batch moved away once read when the account asks for that.
class NewMessages
{
    Q_DECLARE_TR_FUNCTIONS(ImapClient)

public:
    NewMessages(const ImapAccount& account, ImapSyncState* state, const Mailbox::Visit& visit, QStringList* problems,
        const std::atomic_bool* cancel, ImapScanReport* report, const ImapClient::MoveFilter& moveIf)
        : m_account(account)
        , m_name(account.toUrl())
        , m_state(state)
        , m_visit(visit)
        , m_moveIf(moveIf)
        , m_problems(problems)
        , m_report(report)
        , m_client(cancel)
    {
        m_client.setTimeout(std::max(1, account.timeoutSeconds) * 1000);
    }

    bool run(const QString& password)
    {
        bool nothingNew = false;
        if (!open(password, &nothingNew))
            return failed();
        QList<ImapClient::MessageInfo> messages;
        if (!nothingNew && !m_client.listMessages(m_state->lastUid + 1, &messages))
            return failed();
        for (qsizetype next = 0; next < messages.size() && m_goOn && !m_client.isCancelled();) {
            Batch batch = nextBatch(messages, &next);
            if (!read(batch))
                return m_client.isCancelled() || lost();
        }
        m_client.logout();
        return true;
    }

private:
    bool open(const QString& password, bool* nothingNew)
    {
        if (!m_client.connectToServer(m_account) || !m_client.login(m_account.user, password))
            return false;
        const bool moving = !m_account.moveTo.isEmpty();
        ImapClient::MailboxStatus status;
        if (!(moving ? m_client.select(m_account.mailbox, &status) : m_client.examine(m_account.mailbox, &status)))
            return false;
        if (status.uidValidity != m_state->uidValidity) {
            m_report->restarted = m_state->uidValidity != 0;
            *m_state = {status.uidValidity, 0};
        }
        *nothingNew = status.exists == 0 || m_state->lastUid == std::numeric_limits<quint32>::max()
            || (status.uidNext != 0 && status.uidNext <= m_state->lastUid + 1);
        m_canMove = moving && !*nothingNew;
        if (m_canMove && !m_client.ensureMailbox(m_account.moveTo)) {
            m_problems->append(tr("%1 Messages are read but not moved.").arg(m_client.errorString()));
            m_canMove = false;
        }
        return true;
    }

    // Up to BatchMessages messages and BatchBytes bytes (at least one message). A message too
    // large to read is named and passed.
    Batch nextBatch(const QList<ImapClient::MessageInfo>& messages, qsizetype* next)
    {
        Batch batch;
        qint64 bytes = 0;
        while (*next < messages.size() && batch.size() < BatchMessages
            && (batch.size() == 0 || bytes + messages[*next].size <= BatchBytes)) {
            const ImapClient::MessageInfo& info = messages[(*next)++];
            const bool tooBig = info.size > ImapResponseParser::MaxLiteral;
            if (tooBig) {
                m_problems->append(tr("%1, UID %2: the message is %3 MB, more than the %4 MB Mailroom reads; "
                                      "it was skipped.")
                                       .arg(m_name)
                                       .arg(info.uid)
                                       .arg(info.size / (1024 * 1024))
                                       .arg(ImapResponseParser::MaxLiteral / (1024 * 1024)));
            }
            batch.add(info.uid, tooBig);
            bytes += tooBig ? 0 : info.size;
        }
        if (const quint32 upTo = batch.handledUpTo())
            m_state->lastUid = upTo;
        return batch;
    }

    // False when the fetch failed; true when it ended, or stopped because visit or cancel asked.
    bool read(Batch& batch)
    {
        QList<quint32> received;
        const auto handOver = [&](quint32 uid, const QByteArray& body) {
            if (!batch.handle(uid))
                return true;
            m_goOn = m_visit(body, tr("%1, UID %2").arg(m_name).arg(uid));
            ++m_report->messagesRead;
            if (m_canMove && (!m_moveIf || m_moveIf(body)))
                received.append(uid);
            if (const quint32 upTo = batch.handledUpTo())
                m_state->lastUid = upTo;
            return m_goOn && !m_client.isCancelled();
        };
        if (!m_client.fetchMessages(batch.pending(), handOver))
            return false;
        if (!m_goOn || m_client.isCancelled())
            return true;
        // A message that another client removed meanwhile gets no answer: it is passed.
        batch.handleAll();
        m_state->lastUid = batch.handledUpTo();
        moveAway(received);
        return true;
    }

    // TODO(#7): messages read in a batch whose move did not happen (the connection was lost
    // between the fetch and the move) stay in the folder; the next scan does not read them again,
    // so it does not move them either.
    void moveAway(const QList<quint32>& uids)
    {
        if (!m_canMove || uids.isEmpty())
            return;
        if (m_client.moveMessages(uids, m_account.moveTo, m_problems)) {
            m_report->messagesMoved += int(uids.size());
            return;
        }
        m_problems->append(m_client.errorString());
        m_canMove = false;
    }

    // Cancelled is not a failure: like Mailbox::forEachMessage, it keeps what was read.
    bool failed()
    {
        m_report->untrustedCertificate = m_client.certificateProblem();
        if (m_client.isCancelled())
            return true;
        m_problems->append(m_client.errorString());
        return false;
    }

    bool lost()
    {
        m_problems->append(tr("%1: reading stopped after %n message(s). %2 The messages read are kept; the "
                              "next scan goes on from UID %3.",
            "", m_report->messagesRead)
                               .arg(m_name, m_client.errorString())
                               .arg(qulonglong(m_state->lastUid) + 1));
        return m_report->messagesRead > 0;
    }

    const ImapAccount& m_account;
    const QString m_name;
    ImapSyncState* m_state;
    const Mailbox::Visit& m_visit;
    const ImapClient::MoveFilter& m_moveIf;
    QStringList* m_problems;
    ImapScanReport* m_report;
    ImapClient m_client;
    bool m_canMove = false;
    bool m_goOn = true; // visit has not asked to stop
};

} // namespace

bool ImapClient::forEachNewMessage(const ImapAccount& account, const QString& password, ImapSyncState* state,
    const Mailbox::Visit& message, QStringList* problems, const std::atomic_bool* cancel, ImapScanReport* report,
    const MoveFilter& moveIf)
{
    ImapScanReport local;
    ImapScanReport& out = report ? *report : local;
    out = {};
    NewMessages scan(account, state, message, problems, cancel, &out, moveIf);
    return scan.run(password);
}

ImapAccountCheck ImapClient::checkAccount(
    const ImapAccount& account, const QString& password, const std::atomic_bool* cancel)
{
    ImapAccountCheck check;
    ImapClient client(cancel);
    client.setTimeout(std::max(1, account.timeoutSeconds) * 1000);
    MailboxStatus status;
    if (!client.connectToServer(account) || !client.login(account.user, password)
        || !client.examine(account.mailbox, &status)
        || (!account.moveTo.isEmpty() && !client.findMailbox(account.moveTo, &check.moveToExists))) {
        check.error = client.errorString();
        check.untrustedCertificate = client.certificateProblem();
        return check;
    }
    client.logout();
    check.ok = true;
    check.messages = status.exists;
    return check;
}
