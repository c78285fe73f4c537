#include "mail/NoticeText.h"

#include "bounces/BounceClassifier.h"
#include "mail/MimeMessage.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cstring>

namespace {

// Longest diagnostic kept per recipient; a notice's text can run on for pages.
constexpr qsizetype MaxDiagnostic = 1000;
// Lines after a bare recipient line that may hold its diagnostic.
constexpr int MaxFollowingLines = 12;

bool isAtext(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || std::string_view("!#$%&'*+/=?^_`{|}~.-").find(c) != std::string_view::npos;
}

bool isDomainChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

struct Found
{
    qsizetype start = 0;
    qsizetype end = 0;
    QByteArray address;
};

// The addresses in one line, left to right.
QList<Found> addressesIn(QByteArrayView line)
{
    QList<Found> found;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = line.indexOf('@', from);
        if (at < 0)
            break;
        qsizetype start = at;
        while (start > 0 && isAtext(line[start - 1]))
            --start;
        qsizetype end = at + 1;
        while (end < line.size() && isDomainChar(line[end]))
            ++end;
        while (end > at + 1 && (line[end - 1] == '.' || line[end - 1] == '-'))
            --end;
        while (start < at && line[start] == '.')
            ++start;
        const QByteArrayView domain = line.sliced(at + 1, end - at - 1);
        if (start < at && domain.contains('.'))
            found.append({start, end, line.sliced(start, end - start).toByteArray().toLower()});
        from = std::max(end, at + 1);
    }
    return found;
}

bool startsWithCi(QByteArrayView text, QByteArrayView prefix)
{
    return text.size() >= prefix.size() && text.first(prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

// Where the returned message's copy starts: a marker line, or the first header block.
bool isCopyMarker(QByteArrayView line)
{
    // Every line of every notice comes here: the length is judged before any copy is made.
    const QByteArrayView trimmed = line.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 120)
        return false;
    const QByteArray l = trimmed.toByteArray().toLower();
    static const std::array<const char*, 14> markers = {"below this line is a copy of the message",
        "this is a copy of the message", "original message follows", "original message -", "unsent message follows",
        "returned message", "message follows", "copy of the original message", "header of the original message",
        "original message headers", "original message header", "copy of your message",
        "the original message was received", "returned mail follows"};
    if (l.endsWith("original message:") || l.endsWith("original message headers:"))
        return true;
    if (std::none_of(markers.begin(), markers.end(), [&](const char* m) { return l.contains(m); }))
        return false;
    // The marker is a line of its own: framed by dashes or ending in a colon or full stop.
    return l.startsWith('-') || l.startsWith('=') || l.startsWith('*') || l.startsWith('[') || l.startsWith('<')
        || l.endsWith(':') || l.endsWith('-') || l.endsWith("follows") || l.endsWith("follows.")
        || l.contains("below this line");
}

bool isHeaderStart(QByteArrayView line)
{
    static const std::array<const char*, 5> names
        = {"return-path:", "received:", "dkim-signature:", "x-received:", "arc-seal:"};
    return std::any_of(names.begin(), names.end(), [&](const char* n) { return startsWithCi(line, n); });
}

// Labels before an address that make it someone other than a failed recipient: a header
// field of the returned message ("From: Name <"), or the sender's and relays' words.
bool afterOtherLabel(QByteArrayView before)
{
    const QByteArray b = before.trimmed().toByteArray().toLower();
    static const std::array<const char*, 8> fields
        = {"from:", "to:", "cc:", "sender:", "reply-to:", "return-path:", "message-id:", "subject:"};
    if (std::any_of(fields.begin(), fields.end(), [&](const char* f) { return b.startsWith(f); }))
        return true;
    static const std::array<const char*, 11> ends = {"mail from:", "mail from:<", "envelope-from", "envelope-from <",
        "for", "for <", "by", "id", "from <", "from:<", "smtp.mailfrom="};
    return std::any_of(ends.begin(), ends.end(), [&](const char* e) {
        return b == e
            || (b.endsWith(e) && !std::isalpha(static_cast<unsigned char>(b[b.size() - qsizetype(strlen(e)) - 1])));
    });
}

// Whether the address at found stands where a failed recipient does in the layouts servers use.
bool isRecipientPlace(QByteArrayView line, const Found& found)
{
    QByteArrayView before = line.first(found.start);
    while (!before.isEmpty() && (before.back() == '<' || before.back() == '"' || before.back() == '\''))
        before.chop(1);
    const QByteArrayView trimmed = before.trimmed();
    if (afterOtherLabel(line.first(found.start)))
        return false;
    // Alone or first on its line: "<a@b>:", "  a@b", "a@b on <date>", "a@b: 550 ...".
    if (trimmed.isEmpty() || trimmed == "-" || trimmed == "*" || trimmed == "o" || trimmed == "#" || trimmed == ">>>"
        || trimmed == ">" || trimmed == "=>")
        return true;
    const QByteArray lower = trimmed.toByteArray().toLower();
    // In a sentence: "There was an error delivering your mail to <a@b>.", "Could not be
    // delivered to: <a@b>", "Your message to a@b could not be delivered".
    if ((lower.contains("deliver") || lower.contains("mail") || lower.contains("message") || lower.contains("sent"))
        && (lower.endsWith(" to") || lower.endsWith(" to:") || lower.endsWith(" for") || lower.endsWith(" for:")))
        return true;
    // A label: "Recipient address:", "Failed recipient:", "Original-Recipient: rfc822;",
    // "RCPT TO:", ">>> RCPT To:".
    if (lower.endsWith("rcpt to:") || lower.endsWith("rcpt to: ") || lower.endsWith("rfc822;")
        || ((lower.contains("recipient") || lower.contains("address") || lower.contains("user")
                || lower.contains("mailbox") || lower.contains("destinat") || lower.contains("to the following"))
            && (lower.endsWith(':') || lower.endsWith("is") || lower.endsWith("="))))
        return true;
    // Sendmail's own words: "550 <a@b>... User unknown", "<<< 550 5.1.1 <a@b>: ...".
    static const QRegularExpression reply(QStringLiteral("^(<<< )?[45]\\d\\d([ -][45]\\.\\d{1,3}\\.\\d{1,3})?$"));
    return reply.match(QString::fromLatin1(lower)).hasMatch();
}

QByteArray joined(const QList<QByteArray>& lines)
{
    QByteArray text = lines.join(' ').simplified();
    if (text.size() > MaxDiagnostic)
        text.truncate(MaxDiagnostic);
    return text;
}

QByteArray remoteHostIn(QByteArrayView diagnostic)
{
    static const QRegularExpression host(
        QStringLiteral("\\b(?:remote host|host|server|mx|by)\\s+\\[?([a-z0-9][a-z0-9.-]*\\.[a-z0-9-]+)\\]?"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = host.match(QString::fromUtf8(diagnostic));
    return m.hasMatch() ? m.captured(1).toLatin1().toLower() : QByteArray();
}

QString htmlToText(const QString& html)
{
    QString text = html;
    static const QRegularExpression breaks(
        QStringLiteral("<(br|/p|/div|/tr|/li|/h\\d)[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression scripts(QStringLiteral("<(style|script)[^>]*>.*?</\\1>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    text.remove(scripts);
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    text.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

} // namespace

namespace NoticeText {

QByteArray of(const MimeMessage& message)
{
    return ofWithCopy(message, nullptr);
}

QByteArray ofWithCopy(const MimeMessage& message, QByteArray* copyTo)
{
    QString text;
    QString html;
    for (const MimeMessage::Part& part : message.parts()) {
        if (part.contentType == "text/plain" && !part.parameter("name").endsWith(".eml"))
            text += part.text() + u'\n';
        else if (part.contentType == "text/html")
            html += part.text() + u'\n';
    }
    if (text.trimmed().isEmpty())
        text = htmlToText(html);
    QByteArray bytes = text.toUtf8();
    bytes.replace("\r\n", "\n");
    bytes.replace('\r', '\n');

    // Cut at the copy of the returned message.
    qsizetype lineStart = 0;
    bool seenText = false;
    while (lineStart < bytes.size()) {
        qsizetype lineEnd = bytes.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = bytes.size();
        const QByteArrayView line = QByteArrayView(bytes).sliced(lineStart, lineEnd - lineStart);
        if (isCopyMarker(line) || (seenText && isHeaderStart(line))) {
            if (copyTo) {
                // The returned copy's addressee, from its To line.
                for (const QByteArray& copied : bytes.sliced(lineStart).split('\n')) {
                    if (startsWithCi(copied, "to:")) {
                        const QList<Found> found = addressesIn(copied);
                        if (!found.isEmpty())
                            *copyTo = found.front().address;
                        break;
                    }
                }
            }
            bytes.truncate(lineStart);
            break;
        }
        seenText = seenText || !line.trimmed().isEmpty();
        lineStart = lineEnd + 1;
    }
    return bytes;
}

bool fromMailSystem(const MimeMessage& message)
{
    const QByteArray from = message.header("From").toLower();
    static const std::array<const char*, 7> senders
        = {"mailer-daemon", "postmaster", "post_master", "mail delivery", "mail-daemon", "mailerdaemon", "mdaemon"};
    return std::any_of(senders.begin(), senders.end(), [&](const char* s) { return from.contains(s); });
}

bool looksLikeNotice(const MimeMessage& message)
{
    if (fromMailSystem(message))
        return true;
    if (message.header("Return-Path").trimmed() == "<>")
        return true;
    if (!message.header("X-Failed-Recipients").isEmpty())
        return true;
    const QString subject = message.decodedHeader("Subject").toLower();
    static const std::array<const char*, 21> words = {"undeliver", "undelivered", "returned mail", "delivery status",
        "delivery failure", "delivery failed", "failure notice", "failed delivery", "could not be delivered",
        "not delivered", "delivery notification", "returned to sender", "non remis", "unzustellbar", "nicht zugestellt",
        "mail delivery", "error sending", "delivery error", "メールエラー", "配信エラー", "未配達"};
    return std::any_of(
        words.begin(), words.end(), [&](const char* w) { return subject.contains(QString::fromUtf8(w)); });
}

QList<Failure> failures(QByteArrayView text, const QSet<QByteArray>& notRecipients)
{
    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        lines.append(text.sliced(start, end - start));
        start = end + 1;
    }

    // Where each recipient is named.
    struct Place
    {
        qsizetype line;
        Found found;
    };
    QList<Place> places;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        for (const Found& f : addressesIn(lines[i])) {
            const QByteArray local = f.address.left(f.address.indexOf('@'));
            if (notRecipients.contains(f.address) || local == "postmaster" || local == "mailer-daemon"
                || local == "mailer_daemon")
                continue;
            if (isRecipientPlace(lines[i], f)) {
                places.append({i, f});
                break; // one recipient per line; the same address repeated in its reply is not another
            }
        }
    }

    // A session transcript (">>> DATA" then "<<< 550 ...") says which command was refused: the
    // exchange that names the recipient (">>> RCPT To:<a@b>", or its reply), else the first
    // refusal.
    struct Exchange
    {
        QByteArray command;
        QByteArray sent; // lower case
        QByteArray reply; // lower case
    };
    QList<Exchange> transcript;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView reply = lines[i].trimmed();
        const QByteArrayView sent = lines[i - 1].trimmed();
        if (reply.startsWith("<<< ") && replyCodeIn(reply.sliced(4)) >= 400 && sent.startsWith(">>> ")) {
            transcript.append({commandIn(QByteArray(QByteArray("after ") + sent.sliced(4).toByteArray())),
                sent.toByteArray().toLower(), reply.toByteArray().toLower()});
        }
    }
    const auto transcriptCommand = [&](const QByteArray& address) {
        for (const Exchange& e : std::as_const(transcript)) {
            if (e.sent.contains(address))
                return e.command;
        }
        for (const Exchange& e : std::as_const(transcript)) {
            if (e.reply.contains(address))
                return e.command;
        }
        return transcript.isEmpty() ? QByteArray() : transcript.front().command;
    };

    QList<Failure> result;
    for (qsizetype p = 0; p < places.size(); ++p) {
        const Place& place = places[p];
        if (std::any_of(
                result.begin(), result.end(), [&](const Failure& f) { return f.address == place.found.address; }))
            continue;
        // It runs to the next place that names another recipient ("RCPT TO:<a@b>" in its own
        // diagnostic names the same one again).
        qsizetype next = p + 1;
        while (next < places.size() && places[next].found.address == place.found.address)
            ++next;
        const qsizetype nextPlace = next < places.size() ? places[next].line : lines.size();
        // The rest of its own line, then the lines up to a blank one or the next recipient.
        QList<QByteArray> own;
        QByteArrayView rest = lines[place.line].sliced(place.found.end);
        while (!rest.isEmpty()
            && (rest.front() == '>' || rest.front() == ':' || rest.front() == '.' || rest.front() == ' '
                || rest.front() == '"' || rest.front() == '\t'))
            rest = rest.sliced(1);
        // "a@b <a@b>" says nothing more than "a@b".
        QByteArray restText = rest.trimmed().toByteArray();
        if (restText.toLower() == '<' + place.found.address + '>' || restText.toLower() == place.found.address)
            restText.clear();
        // A label that says why comes first on some ("Unknown user: a@b").
        const QByteArray before = lines[place.line].first(place.found.start).trimmed().toByteArray();
        const bool sayingLabel = before.size() > 3 && before.endsWith(':') && !before.startsWith(">>>");
        if (sayingLabel)
            own.append(before);
        if (!restText.isEmpty())
            own.append(restText);
        // Sendmail's "554 <a@b>... reason" says all on its line; the lines after it belong to
        // the recipients they come before.
        const QByteArrayView ownLine = lines[place.line].trimmed();
        const bool wholeLine = !restText.isEmpty() && !ownLine.isEmpty() && std::isdigit(uchar(ownLine.front()))
            && replyCodeIn(ownLine) != 0;
        qsizetype i = place.line + 1;
        for (; !wholeLine && i < nextPlace && !lines[i].trimmed().isEmpty(); ++i)
            own.append(lines[i].trimmed().toByteArray());
        // A recipient alone in its paragraph: its reason is in the paragraphs that follow.
        if (own.isEmpty() || (own.size() == 1 && (own.front().startsWith("on ") || sayingLabel))) {
            for (int taken = 0; i < nextPlace && taken < MaxFollowingLines; ++i) {
                if (lines[i].trimmed().isEmpty())
                    continue;
                own.append(lines[i].trimmed().toByteArray());
                ++taken;
            }
        }
        // Or in the lines just before it ("User not listed in ...", then the address).
        if (own.isEmpty()) {
            const qsizetype previousPlace = p > 0 ? places[p - 1].line : -1;
            for (qsizetype b = place.line - 1;
                 b > previousPlace && b >= place.line - 3 && !lines[b].trimmed().isEmpty(); --b)
                own.prepend(lines[b].trimmed().toByteArray());
        }
        Failure f;
        f.address = place.found.address;
        f.diagnostic = joined(own);
        f.status = BounceClassifier::statusInText(f.diagnostic);
        f.replyCode = replyCodeIn(f.diagnostic);
        f.remoteHost = remoteHostIn(f.diagnostic);
        f.command = commandIn(f.diagnostic);
        if (f.command.isEmpty())
            f.command = transcriptCommand(f.address);
        result.append(f);
    }
    return result;
}

QByteArray afterIntroduction(QByteArrayView text)
{
    // "The following address(es) failed:", "did not reach the following recipient(s):".
    const QByteArray t = text.trimmed().toByteArray();
    qsizetype colon = -1;
    for (qsizetype at = t.indexOf(":\n"); at >= 0; at = t.indexOf(":\n", at + 1))
        colon = at;
    QList<QByteArray> lines;
    for (const QByteArray& line : t.sliced(colon + 1).split('\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
        if (lines.size() >= MaxFollowingLines)
            break;
    }
    return joined(lines);
}

QByteArray commandIn(QByteArrayView diagnostic)
{
    const QByteArray d = diagnostic.toByteArray().toLower();
    if (d.contains("rcpt to") || d.contains("rcpt_to") || d.contains("rcpt command"))
        return "RCPT TO";
    if (d.contains("mail from") || d.contains("mail_from"))
        return "MAIL FROM";
    if (d.contains("end of data") || d.contains("after data") || d.contains("data command")
        || d.contains("command data") || d.contains("reply to data") || d.contains("[data]"))
        return "DATA";
    if (d.contains("after helo") || d.contains("after ehlo"))
        return "EHLO";
    if (d.contains("initial connection") || d.contains("after connect") || d.contains("greeting"))
        return "connect";
    return {};
}

quint16 replyCodeIn(QByteArrayView diagnostic)
{
    for (qsizetype i = 0; i + 3 <= diagnostic.size(); ++i) {
        const char c = diagnostic[i];
        if (c != '4' && c != '5')
            continue;
        if (i > 0 && diagnostic[i - 1] != ' ' && diagnostic[i - 1] != ':' && diagnostic[i - 1] != '('
            && diagnostic[i - 1] != '[' && diagnostic[i - 1] != '"' && diagnostic[i - 1] != '\'')
            continue;
        if (!std::isdigit(static_cast<unsigned char>(diagnostic[i + 1]))
            || !std::isdigit(static_cast<unsigned char>(diagnostic[i + 2])))
            continue;
        if (i + 3 < diagnostic.size() && diagnostic[i + 3] != ' ' && diagnostic[i + 3] != '-')
            continue;
        return quint16((c - '0') * 100 + (diagnostic[i + 1] - '0') * 10 + (diagnostic[i + 2] - '0'));
    }
    return 0;
}

} // namespace NoticeText
