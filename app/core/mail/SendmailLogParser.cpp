#include "mail/SendmailLogParser.h"

#include "bounces/BounceClassifier.h"
#include "mail/LogTime.h"
#include "mail/ParseHelpers.h"

using namespace ParseHelpers;

namespace {

// "u31FFPtp032300": 14 characters since 8.12, fewer before; letters and digits only.
bool looksLikeQueueId(QByteArrayView id)
{
    if (id.size() < 8 || id.size() > 20)
        return false;
    for (const char c : id) {
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return false;
    }
    return true;
}

bool isSendmailProgram(QByteArrayView program)
{
    return startsWith(program, "sendmail") || startsWith(program, "sm-mta") || startsWith(program, "sm-msp-queue");
}

// What lex() found, for apply().
enum Kind : quint8
{
    From = 1, // "from=<s>, size=..., nrcpts=N, ..."
    To, // "to=<r>[,<r2>], ..., stat=..."
    Expired, // "QID: NEWQID: DSN: Cannot send message for 5 days"
    Done, // "done"
    Local, // a delivery into a file or program of an alias: settles a recipient, no event
};
enum SpanIndex
{
    QueueId,
    Address, // the sender of From, the recipients of To
    Relay,
    Dsn,
    Text, // To: the remote reply, or the status text without it; Expired: the reason
};

// The last occurrence of needle: "reply=" holds the remote text, which may hold ", " itself,
// and "stat=" is always the last field.
qsizetype findLast(QByteArrayView haystack, QByteArrayView needle)
{
    qsizetype last = -1;
    for (qsizetype at = find(haystack, needle); at >= 0; at = find(haystack, needle, at + 1))
        last = at;
    return last;
}

// "to=a@x,b@y, ctladdr=..., delay=..., mailer=esmtp, pri=..., relay=mx. [ip], dsn=5.1.1,
// reply=550 5.1.1 ..., stat=User unknown". Fields up to reply= never hold ", ".
struct DeliveryFields
{
    QByteArrayView to;
    QByteArrayView relay;
    QByteArrayView dsn;
    QByteArrayView reply;
    QByteArrayView stat;
    QByteArrayView mailer;
};

DeliveryFields readDeliveryFields(QByteArrayView rest)
{
    DeliveryFields fields;
    QByteArrayView head = rest;
    const qsizetype statAt = findLast(rest, ", stat=");
    if (statAt >= 0) {
        fields.stat = rest.sliced(statAt + 7);
        head = rest.first(statAt);
    }
    const qsizetype replyAt = find(head, ", reply=");
    if (replyAt >= 0) {
        fields.reply = head.sliced(replyAt + 8);
        head = head.first(replyAt);
    }
    qsizetype pos = 0;
    while (pos < head.size()) {
        qsizetype end = find(head, ", ", pos);
        if (end < 0)
            end = head.size();
        const QByteArrayView item = head.sliced(pos, end - pos);
        const qsizetype eq = findChar(item, '=');
        if (eq > 0) {
            const QByteArrayView key = item.first(eq);
            const QByteArrayView value = item.sliced(eq + 1);
            if (equals(key, "to"))
                fields.to = value;
            else if (equals(key, "relay"))
                fields.relay = value;
            else if (equals(key, "dsn"))
                fields.dsn = value;
            else if (equals(key, "mailer"))
                fields.mailer = value;
        }
        pos = end + 2;
    }
    return fields;
}

// "Sent (OK queued)", "Deferred: 451 4.3.5 ...", "Deferred: Connection reset by [ip]",
// "User unknown", "Service unavailable", "Host unknown (Name server: x: host not found)".
bool actionOf(QByteArrayView stat, DeliveryAction* action)
{
    if (startsWith(stat, "Sent")) {
        *action = DeliveryAction::Delivered;
        return true;
    }
    if (startsWith(stat, "Deferred")) {
        *action = DeliveryAction::Delayed;
        return true;
    }
    // "queued" (delivery mode queue or deferred) and "quarantined" are not outcomes.
    if (stat.isEmpty() || startsWith(stat, "queued") || startsWith(stat, "quarantined"))
        return false;
    *action = DeliveryAction::Failed;
    return true;
}

// The words of the status that explain it: "OK queued" of "Sent (OK queued)", the reply of
// "Deferred: 451 ...", all of "User unknown".
QByteArrayView statusText(QByteArrayView stat)
{
    if (startsWith(stat, "Sent (") && stat.endsWith(')'))
        return stat.sliced(6, stat.size() - 7);
    if (startsWith(stat, "Deferred: "))
        return stat.sliced(10);
    return stat;
}

// The first recipient of "a@x,<b@y>", and the rest after it.
QByteArrayView nextRecipient(QByteArrayView* list)
{
    const qsizetype comma = findChar(*list, ',');
    QByteArrayView one = comma < 0 ? *list : list->first(comma);
    *list = comma < 0 ? QByteArrayView() : list->sliced(comma + 1);
    return stripAngles(one.trimmed());
}

} // namespace

LineVerdict SendmailLogParser::lex(QByteArrayView line, LexedLine& lexed) const
{
    SyslogStamp stamp;
    QByteArrayView program;
    QByteArrayView text;
    if (!readSyslogHeader(line, m_clock, &stamp, &program, &text))
        return LineVerdict::Malformed;
    if (!isSendmailProgram(program))
        return LineVerdict::Ignored; // another daemon in a shared syslog file

    const qsizetype colon = find(text, ": ");
    if (colon < 0)
        return LineVerdict::Ignored;
    const QByteArrayView queueId = text.first(colon);
    if (!looksLikeQueueId(queueId))
        return LineVerdict::Ignored; // NOQUEUE, STARTTLS=client, "alias database rebuilt", ...
    const QByteArrayView rest = text.sliced(colon + 2);
    lexed.spans[QueueId] = LexedLine::spanOf(queueId, line);
    lexed.key = bytesHash(queueId);

    if (startsWith(rest, "from=")) {
        qsizetype end = find(rest, ", ");
        if (end < 0)
            end = rest.size();
        const QByteArrayView sender = stripAngles(rest.sliced(5, end - 5));
        const qsizetype count = find(rest, ", nrcpts=");
        int recipients = 0;
        for (qsizetype i = count + 9; count >= 0 && i < rest.size() && isDigit(rest[i]) && recipients < 100000; ++i)
            recipients = recipients * 10 + (rest[i] - '0');
        lexed.kind = From;
        lexed.spans[Address] = LexedLine::spanOf(sender, line);
        lexed.spans[Relay] = {0, quint32(recipients)}; // the count, not a place: From has no relay
        lexed.hash = bytesHash(sender);
        return LineVerdict::Used;
    }
    if (startsWith(rest, "to=")) {
        const DeliveryFields fields = readDeliveryFields(rest);
        DeliveryAction action;
        if (!actionOf(fields.stat, &action))
            return LineVerdict::Ignored;
        if (fields.to.isEmpty())
            return LineVerdict::Malformed;
        // Deliveries into the board's own files and programs (aliases) are no one's address.
        if (equals(fields.mailer, "*file*") || equals(fields.mailer, "prog") || startsWith(fields.to, "/")
            || startsWith(fields.to, "|")) {
            lexed.kind = Local;
            return action == DeliveryAction::Delayed ? LineVerdict::Ignored : LineVerdict::Used;
        }
        lexed.kind = To;
        lexed.detail = quint8(action);
        lexed.spans[Address] = LexedLine::spanOf(fields.to, line);
        lexed.spans[Relay] = LexedLine::spanOf(fields.relay, line);
        lexed.spans[Dsn] = LexedLine::spanOf(fields.dsn, line);
        lexed.spans[Text] = LexedLine::spanOf(fields.reply.isEmpty() ? statusText(fields.stat) : fields.reply, line);
        const bool several = findChar(fields.to, ',') >= 0;
        if (action == DeliveryAction::Delivered) {
            lexed.hash = several ? 0 : addressHash(stripAngles(fields.to.trimmed()));
        } else {
            // Failures and deferrals are few: build and classify their events here, off the
            // thread that applies lines in order. A line for several recipients is classified
            // per recipient by the ledger.
            lexed.event = std::make_unique<DeliveryEvent>();
            buildEvent(line, lexed, *lexed.event);
            if (m_classifier && !several)
                lexed.event->reason = m_classifier->classify(*lexed.event);
        }
        return LineVerdict::Used;
    }
    // "QID: NEWQID: DSN: <why>" ties the bounce (NEWQID) to the message; only the queue
    // timeout says something the recipients' own lines have not said.
    const qsizetype next = find(rest, ": ");
    if (next > 0 && looksLikeQueueId(rest.first(next))) {
        QByteArrayView why = rest.sliced(next + 2);
        if (startsWith(why, "DSN: "))
            why = why.sliced(5);
        else if (startsWith(why, "return to sender: "))
            why = why.sliced(18);
        else
            return LineVerdict::Ignored; // "postmaster notify: ...", "sender notify: ..."
        if (!startsWith(why, "Cannot send message"))
            return LineVerdict::Ignored; // "User unknown", "Warning: could not send message for past 4 hours"
        lexed.kind = Expired;
        lexed.spans[Text] = LexedLine::spanOf(why, line);
        return LineVerdict::Used;
    }
    if (startsWith(rest, "done")) {
        lexed.kind = Done;
        return LineVerdict::Used;
    }
    return LineVerdict::Ignored; // "ruleset=check_rcpt, ..., reject=..." (inbound), "Milter: ...", ...
}

qint64 SendmailLogParser::timeOfLine(QByteArrayView line) const
{
    SyslogStamp stamp;
    QByteArrayView program;
    QByteArrayView text;
    return readSyslogHeader(line, m_clock, &stamp, &program, &text) ? syslogTime(stamp, m_clock) : 0;
}

LineVerdict SendmailLogParser::apply(QByteArrayView line, LexedLine& lexed, const SourceLocation& where)
{
    switch (lexed.kind) {
    case From: {
        Message& message = m_messages[lexed.key];
        if (lexed.hash != m_lastSenderHash || m_lastSender.isNull()) {
            m_lastSender = lexed.spans[Address].in(line).toByteArray();
            m_lastSenderHash = lexed.hash;
        }
        message.sender = m_lastSender;
        message.undecided = int(lexed.spans[Relay].size);
        return LineVerdict::Used;
    }
    case To:
        return applyDelivery(line, lexed, where);
    case Expired: {
        DeliveryEvent event;
        event.source = where;
        event.time = timeOfLine(line);
        expire(lexed.key, lexed.spans[QueueId].in(line), lexed.spans[Text].in(line), event);
        return LineVerdict::Used;
    }
    case Done:
        m_messages.remove(lexed.key);
        return LineVerdict::Used;
    case Local: {
        const auto found = m_messages.find(lexed.key);
        if (found != m_messages.end() && --found->undecided <= 0 && found->deferred.empty())
            m_messages.erase(found);
        return LineVerdict::Used;
    }
    default:
        return LineVerdict::Ignored;
    }
}

// The parts of a delivery event that come from its line alone; the recipient is the first one.
void SendmailLogParser::buildEvent(QByteArrayView line, const LexedLine& lexed, DeliveryEvent& event) const
{
    event.action = DeliveryAction(lexed.detail);
    QByteArrayView recipients = lexed.spans[Address].in(line);
    event.recipient = nextRecipient(&recipients).toByteArray();
    event.messageId = lexed.spans[QueueId].in(line).toByteArray();
    event.enhancedStatus = lexed.spans[Dsn].in(line).toByteArray();
    QByteArrayView host;
    QByteArrayView ip;
    splitHostIp(lexed.spans[Relay].in(line), &host, &ip);
    if (host.endsWith('.'))
        host.chop(1); // "mx.example.com. [192.0.2.1]": Sendmail writes the name fully qualified
    event.remoteHost = host.toByteArray();
    event.remoteIp = ip.toByteArray();
    event.diagnostic = lexed.spans[Text].in(line).toByteArray();
    event.replyCode = BounceClassifier::replyCodeInText(event.diagnostic);
}

LineVerdict SendmailLogParser::applyDelivery(QByteArrayView line, LexedLine& lexed, const SourceLocation& where)
{
    std::unique_ptr<DeliveryEvent> built = std::move(lexed.event);
    const auto found = m_messages.find(lexed.key);
    const QByteArrayView list = lexed.spans[Address].in(line);
    const bool several = findChar(list, ',') >= 0;
    if (!built) {
        // A delivery: worth an event only when the ledger tracks the address.
        const bool pendingHere = found != m_messages.end() && !found->deferred.empty();
        if (!several && !pendingHere && !wantsDelivery(stripAngles(list.trimmed()), lexed.hash)) {
            if (found != m_messages.end() && --found->undecided <= 0)
                m_messages.erase(found);
            return LineVerdict::Used;
        }
        built = std::make_unique<DeliveryEvent>();
        buildEvent(line, lexed, *built);
    }
    DeliveryEvent& event = *built;
    event.source = where;
    event.time = timeOfLine(line);

    Message& message = found != m_messages.end() ? *found : m_messages[lexed.key];
    event.sender = message.sender;
    QByteArrayView rest = list;
    while (!rest.isEmpty()) {
        const QByteArrayView recipient = nextRecipient(&rest);
        if (recipient.isEmpty())
            continue;
        if (several) {
            event.recipient = recipient.toByteArray();
            if (event.action == DeliveryAction::Delivered && !wantsDelivery(recipient, addressHash(recipient))) {
                --message.undecided;
                continue;
            }
        }
        auto& pending = message.deferred;
        const auto same = [&](const Pending& p) { return p.recipient == event.recipient; };
        pending.erase(std::remove_if(pending.begin(), pending.end(), same), pending.end());
        if (event.action == DeliveryAction::Delayed)
            pending.push_back({event.recipient, event.remoteHost, event.remoteIp});
        else
            --message.undecided;
        emitEvent(event);
    }
    if (message.undecided <= 0 && message.deferred.empty())
        m_messages.remove(lexed.key);
    return LineVerdict::Used;
}

void SendmailLogParser::expire(quint64 key, QByteArrayView queueId, QByteArrayView why, DeliveryEvent& event)
{
    // "Cannot send message for 5 days" (Timeout.queuereturn) names no recipient: it is every
    // recipient of the message still deferred. Their reasons come from their last deferral.
    const auto it = m_messages.find(key);
    if (it == m_messages.end())
        return;
    event.action = DeliveryAction::Failed;
    event.retryTimeout = true;
    event.messageId = queueId.toByteArray();
    event.sender = it->sender;
    event.diagnostic = why.toByteArray();
    for (const Pending& pending : std::as_const(it->deferred)) {
        event.recipient = pending.recipient;
        event.remoteHost = pending.remoteHost;
        event.remoteIp = pending.remoteIp;
        emitEvent(event);
    }
    m_messages.erase(it);
}
