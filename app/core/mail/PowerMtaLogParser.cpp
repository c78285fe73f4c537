#include "mail/PowerMtaLogParser.h"

#include "bounces/BounceClassifier.h"
#include "mail/LogTime.h"
#include "mail/ParseHelpers.h"

using namespace ParseHelpers;

namespace {

// What lex() found: a header, or a record of one of the types read (the parser's RecordType).
constexpr quint8 HeaderKind = 0x80;
constexpr quint8 TypeSpecificHeader = 0x40; // with HeaderKind: the header names one record type

// Record types by their names in the first column: the short ones PowerMTA writes by default and
// the long ones its configuration also accepts. Other types ("r" received, "tq" transient-queue)
// say nothing about one delivery to a recipient.
int recordTypeOf(QByteArrayView name)
{
    if (equals(name, "d") || equals(name, "delivery"))
        return 0;
    if (equals(name, "b") || equals(name, "bounce"))
        return 1;
    if (equals(name, "t") || equals(name, "transient"))
        return 2;
    if (equals(name, "rb") || equals(name, "remoteBounce"))
        return 3;
    if (equals(name, "rs") || equals(name, "remoteStatus"))
        return 4;
    if (equals(name, "f") || equals(name, "feedback-loop") || equals(name, "feedbackLoop"))
        return 5;
    return -1;
}

bool isOtherRecordType(QByteArrayView name)
{
    return equals(name, "r") || equals(name, "tq") || equals(name, "received") || equals(name, "transient-queue");
}

bool isFieldName(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

// The first field, unquoted when it needs no unescaping (record types and "type" never do).
QByteArrayView firstField(QByteArrayView line)
{
    qsizetype end = findChar(line, ',');
    if (end < 0)
        end = line.size();
    QByteArrayView first = line.first(end);
    if (first.size() >= 2 && first.startsWith('"') && first.endsWith('"'))
        first = first.sliced(1, first.size() - 2);
    return first;
}

// A header names fields: every cell a field name, "rcpt" or "timeLogged" among them. Only lines
// whose first cell is "type" or a record type get this far, so it is cheap for records: their
// second cell is a time stamp or an address.
bool looksLikeHeader(QByteArrayView line)
{
    qsizetype pos = findChar(line, ',');
    bool named = false;
    while (pos >= 0) {
        qsizetype end = findChar(line, ',', pos + 1);
        const QByteArrayView cell = line.sliced(pos + 1, (end < 0 ? line.size() : end) - pos - 1);
        if (!isFieldName(cell))
            return false;
        named = named || equals(cell, "rcpt") || equals(cell, "timeLogged");
        pos = end;
    }
    return named;
}

// "smtp;550 5.1.1 <a@b>... User unknown" (RFC 3464 diagnostic-type;text) -> the text.
QByteArrayView withoutDiagnosticType(QByteArrayView diag)
{
    const qsizetype semi = findChar(diag, ';');
    if (semi > 0 && semi < 12 && isFieldName(diag.first(semi)))
        return diag.sliced(semi + 1).trimmed();
    return diag.trimmed();
}

// dsnMta: "mx.example.com (192.0.2.1)", "dns;mx.example.com", "mx.example.com [192.0.2.1]".
void splitMta(QByteArrayView mta, QByteArrayView* host, QByteArrayView* ip)
{
    mta = withoutDiagnosticType(mta);
    const qsizetype open = findChar(mta, '(');
    const qsizetype close = open >= 0 ? findChar(mta, ')', open) : -1;
    if (open >= 0 && close > open) {
        *host = mta.first(open).trimmed();
        *ip = mta.sliced(open + 1, close - open - 1).trimmed();
        return;
    }
    splitHostIp(mta, host, ip);
}

} // namespace

PowerMtaLogParser::PowerMtaLogParser()
{
    // Before any header: the columns the User's Guide lists for "d" and "b" records by default.
    static constexpr std::array<QByteArrayView, 21> defaults {"type", "timeLogged", "timeQueued", "orig", "rcpt",
        "orcpt", "dsnAction", "dsnStatus", "dsnDiag", "dsnMta", "bounceCat", "srcType", "srcMta", "dlvType",
        "dlvSourceIp", "dlvDestinationIp", "dlvEsmtpAvailable", "dlvSize", "vmta", "jobId", "envId"};
    const std::vector<QByteArrayView> names(defaults.begin(), defaults.end());
    m_columns.fill(columnsOf(names));
}

bool PowerMtaLogParser::splitRecord(
    QByteArrayView line, std::vector<QByteArrayView>& fields, std::vector<QByteArray>& storage)
{
    fields.clear();
    storage.clear();
    if (line.endsWith('\r'))
        line.chop(1);
    qsizetype pos = 0;
    for (;;) {
        if (pos < line.size() && line[pos] == '"') {
            // Quoted: up to the quote not doubled; doubled ones stand for one.
            qsizetype at = pos + 1;
            bool doubled = false;
            for (;;) {
                const qsizetype quote = findChar(line, '"', at);
                if (quote < 0)
                    return false;
                if (quote + 1 < line.size() && line[quote + 1] == '"') {
                    doubled = true;
                    at = quote + 2;
                    continue;
                }
                at = quote;
                break;
            }
            QByteArrayView value = line.sliced(pos + 1, at - pos - 1);
            if (doubled) {
                QByteArray plain = value.toByteArray();
                plain.replace("\"\"", "\"");
                storage.push_back(std::move(plain));
                value = storage.back();
            }
            fields.push_back(value);
            pos = at + 1;
            // Stray bytes between the closing quote and the comma are kept out, as most readers do.
            const qsizetype comma = findChar(line, ',', pos);
            if (comma < 0)
                return true;
            pos = comma + 1;
            continue;
        }
        const qsizetype comma = findChar(line, ',', pos);
        if (comma < 0) {
            fields.push_back(line.sliced(std::min(pos, line.size())));
            return true;
        }
        fields.push_back(line.sliced(pos, comma - pos));
        pos = comma + 1;
    }
}

PowerMtaLogParser::Columns PowerMtaLogParser::columnsOf(const std::vector<QByteArrayView>& names)
{
    Columns c;
    for (size_t i = 1; i < names.size(); ++i) {
        const QByteArrayView name = names[i];
        const int index = int(i);
        if (equals(name, "timeLogged"))
            c.timeLogged = index;
        else if (equals(name, "orig"))
            c.orig = index;
        else if (equals(name, "rcpt"))
            c.rcpt = index;
        else if (equals(name, "dsnAction"))
            c.dsnAction = index;
        else if (equals(name, "dsnStatus"))
            c.dsnStatus = index;
        else if (equals(name, "dsnDiag"))
            c.dsnDiag = index;
        else if (equals(name, "dsnMta"))
            c.dsnMta = index;
        else if (equals(name, "bounceCat"))
            c.bounceCat = index;
        else if (equals(name, "dlvDestinationIp"))
            c.dlvDestinationIp = index;
        else if (equals(name, "envId"))
            c.envId = index;
        else if (equals(name, "feedbackType"))
            c.feedbackType = index;
    }
    return c;
}

LineVerdict PowerMtaLogParser::lex(QByteArrayView line, LexedLine& lexed) const
{
    if (line.endsWith('\r'))
        line.chop(1); // RFC 4180 ends records with CRLF; the reader splits at LF
    const QByteArrayView first = firstField(line);
    if (equals(first, "type") || equals(first, "#type")) {
        if (!looksLikeHeader(line))
            return LineVerdict::Malformed;
        lexed.kind = HeaderKind;
        return LineVerdict::Used;
    }
    const int type = recordTypeOf(first.startsWith('#') ? first.sliced(1) : first);
    if (type >= 0 && looksLikeHeader(line)) {
        lexed.kind = HeaderKind | TypeSpecificHeader;
        lexed.detail = quint8(type);
        return LineVerdict::Used;
    }
    if (type >= 0 && !first.startsWith('#')) {
        lexed.kind = quint8(type);
        return LineVerdict::Used;
    }
    if (isOtherRecordType(first))
        return LineVerdict::Ignored;
    if (first.startsWith('#'))
        return LineVerdict::Ignored; // a comment a tool added
    return LineVerdict::Malformed;
}

LineVerdict PowerMtaLogParser::apply(QByteArrayView line, LexedLine& lexed, const SourceLocation& where)
{
    if (!splitRecord(line, m_fields, m_storage))
        return LineVerdict::Malformed; // an unterminated quote: a record cut short or split by a line break
    if (lexed.kind & HeaderKind) {
        const Columns columns = columnsOf(m_fields);
        if (lexed.kind & TypeSpecificHeader)
            m_columns[lexed.detail % RecordTypeCount] = columns;
        else
            m_columns.fill(columns);
        return LineVerdict::Used;
    }
    if (lexed.kind >= RecordTypeCount)
        return LineVerdict::Malformed;
    return applyRecord(RecordType(lexed.kind), where);
}

LineVerdict PowerMtaLogParser::applyRecord(RecordType type, const SourceLocation& where)
{
    const Columns& c = m_columns[type];
    const auto cell = [&](int index) -> QByteArrayView {
        return index >= 0 && size_t(index) < m_fields.size() ? m_fields[size_t(index)] : QByteArrayView();
    };
    const QByteArrayView recipient = stripAngles(cell(c.rcpt).trimmed());
    if (recipient.isEmpty() || !contains(recipient, "@"))
        return LineVerdict::Malformed;

    DeliveryEvent event;
    const QByteArrayView action = cell(c.dsnAction);
    switch (type) {
    case Delivered:
        if (!wantsDelivery(recipient, addressHash(recipient)))
            return LineVerdict::Used;
        event.action = DeliveryAction::Delivered;
        break;
    case Transient:
        event.action = DeliveryAction::Delayed;
        break;
    case Bounced:
    case RemoteBounce:
    case FeedbackLoop:
        event.action = DeliveryAction::Failed;
        break;
    case RemoteStatus:
        // A DSN received back: its action says what it reports.
        if (action.compare("failed", Qt::CaseInsensitive) == 0) {
            event.action = DeliveryAction::Failed;
        } else if (action.compare("delayed", Qt::CaseInsensitive) == 0) {
            event.action = DeliveryAction::Delayed;
        } else if (action.compare("delivered", Qt::CaseInsensitive) == 0
            || action.compare("relayed", Qt::CaseInsensitive) == 0
            || action.compare("expanded", Qt::CaseInsensitive) == 0) {
            if (!wantsDelivery(recipient, addressHash(recipient)))
                return LineVerdict::Used;
            event.action = DeliveryAction::Delivered;
        } else {
            return LineVerdict::Ignored;
        }
        break;
    case RecordTypeCount:
        return LineVerdict::Malformed;
    }

    event.source = where;
    event.time = timeOf(cell(c.timeLogged));
    event.recipient = recipient.toByteArray();
    event.sender = stripAngles(cell(c.orig).trimmed()).toByteArray();
    event.messageId = cell(c.envId).toByteArray();
    event.enhancedStatus = wordAt(cell(c.dsnStatus).trimmed(), 0).toByteArray();
    event.diagnostic = withoutDiagnosticType(cell(c.dsnDiag)).toByteArray();
    event.replyCode = BounceClassifier::replyCodeInText(event.diagnostic);
    QByteArrayView host;
    QByteArrayView ip;
    splitMta(cell(c.dsnMta), &host, &ip);
    event.remoteHost = host.toByteArray();
    const QByteArrayView destination = cell(c.dlvDestinationIp).trimmed();
    event.remoteIp = (destination.isEmpty() ? ip : destination).toByteArray();
    // PowerMTA's own category for a message that ran out of retries.
    event.retryTimeout = type == Bounced && equals(cell(c.bounceCat).trimmed(), "message-expired");
    if (type == FeedbackLoop) {
        event.reason = BounceReason::Feedback;
        if (event.diagnostic.isEmpty() && c.feedbackType >= 0)
            event.diagnostic = "feedback report: " + cell(c.feedbackType).toByteArray();
    }
    emitEvent(event);
    return LineVerdict::Used;
}

// "2017-08-22 10:45:32+0200" (what real files show), with a space or 'T', "+02:00" or no
// offset (then the log's zone); or UNIX time, which the User's Guide names as the default.
qint64 PowerMtaLogParser::timeOf(QByteArrayView s) const
{
    s = s.trimmed();
    if (!s.isEmpty() && std::all_of(s.begin(), s.end(), isDigit)) {
        if (s.size() > 12)
            return 0;
        return s.toLongLong() * 1000;
    }
    const int year = number(s, 0, 4);
    const int month = number(s, 5, 2);
    const int day = number(s, 8, 2);
    const int hour = number(s, 11, 2);
    const int minute = number(s, 14, 2);
    const int second = number(s, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0 || second < 0
        || s[4] != '-' || s[7] != '-' || (s[10] != ' ' && s[10] != 'T'))
        return 0;
    qsizetype pos = 19;
    int msec = 0;
    if (pos < s.size() && s[pos] == '.') {
        const qsizetype start = ++pos;
        while (pos < s.size() && isDigit(s[pos]))
            ++pos;
        msec = pos - start >= 3 ? number(s, start, 3) : 0;
    }
    while (pos < s.size() && s[pos] == ' ')
        ++pos;
    if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        const int hh = number(s, pos + 1, 2);
        const int mm = number(s, pos + (pos + 3 < s.size() && s[pos + 3] == ':' ? 4 : 3), 2);
        if (hh < 0 || mm < 0)
            return 0;
        const int offset = (hh * 3600 + mm * 60) * (s[pos] == '-' ? -1 : 1);
        return LogClock::withOffset(year, month, day, hour, minute, second, msec, offset);
    }
    if (pos < s.size() && s[pos] == 'Z')
        return LogClock::withOffset(year, month, day, hour, minute, second, msec, 0);
    return m_clock ? m_clock->toUtc(year, month, day, hour, minute, second, msec) : 0;
}
