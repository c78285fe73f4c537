#include "mail/BounceMessage.h"

#include "bounces/BounceClassifier.h"
#include "mail/NoticeText.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// "rfc822; <Anna@Example.org>" -> "anna@example.org".
QByteArray addressIn(QByteArrayView value)
{
    QByteArrayView v = value.trimmed();
    if (const qsizetype semicolon = v.indexOf(';'); semicolon >= 0)
        v = v.sliced(semicolon + 1).trimmed();
    if (v.startsWith('<') && v.endsWith('>'))
        v = v.sliced(1, v.size() - 2);
    return v.trimmed().toByteArray().toLower();
}

// A local part, an @ and a domain.
bool isAddress(QByteArrayView address)
{
    const qsizetype at = address.lastIndexOf('@');
    return at > 0 && at + 1 < address.size();
}

// The first address of an address list: "Anna <anna@x.example>, b@y" -> "anna@x.example".
QByteArray firstAddress(QByteArrayView list)
{
    const qsizetype open = list.indexOf('<');
    const qsizetype close = open >= 0 ? list.indexOf('>', open) : -1;
    if (close > open)
        return addressIn(list.sliced(open + 1, close - open - 1));
    const qsizetype comma = list.indexOf(',');
    return addressIn(comma >= 0 ? list.first(comma) : list);
}

// "smtp; 550 5.1.1 ..." -> "550 5.1.1 ...".
QByteArray withoutType(QByteArrayView value)
{
    const qsizetype semicolon = value.indexOf(';');
    const QByteArrayView type = semicolon >= 0 ? value.first(semicolon).trimmed() : QByteArrayView();
    const bool typed = !type.isEmpty() && !type.contains(' ');
    return (typed ? value.sliced(semicolon + 1) : value).trimmed().toByteArray().simplified();
}

// The blocks of a message/delivery-status body: the per-message one first, then one per
// recipient (RFC 3464, 2.1). Blocks are meant to be separated by blank lines, but real servers
// (AOL, some Sendmail) run them together, so a recipient block starts at each Final-Recipient,
// and at an Original-Recipient that follows a complete one.
QList<QList<MimeMessage::Header>> statusBlocks(QByteArrayView body)
{
    QByteArray text = body.toByteArray();
    text.replace("\r\n", "\n");
    QList<QList<MimeMessage::Header>> blocks(1);
    bool final = false; // what the current block holds
    bool original = false;
    for (const MimeMessage::Header& field : MimeMessage::parseHeaders(text)) {
        const bool isFinal = field.name.compare("Final-Recipient", Qt::CaseInsensitive) == 0;
        const bool isOriginal = field.name.compare("Original-Recipient", Qt::CaseInsensitive) == 0;
        if (isFinal || isOriginal) {
            const bool repeated = isFinal ? final : original;
            const bool afterMessageFields = !final && !original && blocks.size() == 1 && !blocks.back().isEmpty();
            if (repeated || afterMessageFields) {
                blocks.append(QList<MimeMessage::Header>());
                final = original = false;
            }
        }
        final = final || isFinal;
        original = original || isOriginal;
        blocks.back().append(field);
    }
    return blocks;
}

// "Thu,  3 Dec 2026 13:18:48 +0000 (UTC)" -> ms UTC; 0 when it does not parse.
qint64 dateOf(QByteArrayView value)
{
    QByteArray text = value.toByteArray();
    if (const qsizetype comment = text.indexOf('('); comment > 0)
        text.truncate(comment);
    text = text.simplified();
    // The obsolete zone names of RFC 5322 4.3 ("GMT" from Sendmail), which Qt does not read.
    static const std::pair<const char*, const char*> zones[] = {{" GMT", " +0000"}, {" UTC", " +0000"},
        {" UT", " +0000"}, {" Z", " +0000"}, {" EST", " -0500"}, {" EDT", " -0400"}, {" CST", " -0600"},
        {" CDT", " -0500"}, {" MST", " -0700"}, {" MDT", " -0600"}, {" PST", " -0800"}, {" PDT", " -0700"}};
    for (const auto& [name, offset] : zones) {
        if (text.endsWith(name)) {
            text.chop(qsizetype(strlen(name)));
            text += offset;
            break;
        }
    }
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    return date.isValid() ? date.toMSecsSinceEpoch() : 0;
}

DeliveryAction actionNamed(QByteArrayView action)
{
    const QByteArray a = action.trimmed().toByteArray().toLower();
    if (a.startsWith("delayed"))
        return DeliveryAction::Delayed;
    if (a.startsWith("delivered") || a.startsWith("relayed") || a.startsWith("expanded"))
        return DeliveryAction::Delivered;
    return DeliveryAction::Failed;
}

// The per-recipient blocks of delivery-status fields into result's recipients.
void readStatusFields(QByteArrayView body, BounceMessage& result)
{
    const QList<QList<MimeMessage::Header>> blocks = statusBlocks(body);
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QList<MimeMessage::Header>& block = blocks[i];
        const QByteArray final = MimeMessage::headerIn(block, "Final-Recipient");
        const QByteArray original = MimeMessage::headerIn(block, "Original-Recipient");
        if (final.isEmpty() && original.isEmpty()) {
            if (result.reportingMta.isEmpty())
                result.reportingMta = withoutType(MimeMessage::headerIn(block, "Reporting-MTA"));
            continue;
        }
        BounceMessage::Recipient r;
        r.address = addressIn(final.isEmpty() ? original : final);
        r.action = actionNamed(MimeMessage::headerIn(block, "Action"));
        const QByteArray diagnosticCode = MimeMessage::headerIn(block, "Diagnostic-Code");
        r.diagnostic = withoutType(diagnosticCode);
        // "X-Unix; 75": a local delivery program's exit status, no SMTP at all.
        if (diagnosticCode.trimmed().toLower().startsWith("x-unix"))
            r.command = "pipe";
        r.status = BounceClassifier::effectiveStatus(MimeMessage::headerIn(block, "Status"), r.diagnostic);
        r.replyCode = BounceClassifier::replyCodeInText(r.diagnostic);
        r.remoteHost = withoutType(MimeMessage::headerIn(block, "Remote-MTA"));
        if (!r.address.isEmpty())
            result.recipients.append(r);
    }
}

// Amazon SES sends its notifications (through SNS e-mail) as JSON in a text part:
// {"notificationType":"Bounce"|"Complaint"|"Delivery", ...}. True when text was one.
bool readSesNotification(QByteArrayView text, BounceMessage& result)
{
    const qsizetype start = text.indexOf("{\"notificationType\"");
    if (start < 0)
        return false;
    // The JSON runs to a blank line, before the footer; SNS may wrap it, so line ends go.
    qsizetype end = text.indexOf("\n\n", start);
    if (end < 0)
        end = text.size();
    QByteArray json = text.sliced(start, end - start).toByteArray();
    json.replace('\r', "").replace('\n', "");
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QString type = root.value(u"notificationType"_s).toString();
    const QJsonObject mail = root.value(u"mail"_s).toObject();
    result.originalMessageId = mail.value(u"messageId"_s).toString().toUtf8();
    result.originalSubject = mail.value(u"commonHeaders"_s).toObject().value(u"subject"_s).toString();
    const auto add = [&](const QJsonArray& recipients, DeliveryAction action, const QByteArray& diagnostic) {
        for (const QJsonValue& value : recipients) {
            const QJsonObject r = value.toObject();
            BounceMessage::Recipient recipient;
            recipient.address
                = (value.isString() ? value.toString() : r.value(u"emailAddress"_s).toString()).toUtf8().toLower();
            recipient.action = action;
            recipient.diagnostic = r.contains(u"diagnosticCode"_s)
                ? withoutType(r.value(u"diagnosticCode"_s).toString().toUtf8())
                : diagnostic;
            recipient.status
                = BounceClassifier::effectiveStatus(r.value(u"status"_s).toString().toUtf8(), recipient.diagnostic);
            recipient.replyCode = BounceClassifier::replyCodeInText(recipient.diagnostic);
            if (isAddress(recipient.address))
                result.recipients.append(recipient);
        }
    };
    if (type == u"Bounce") {
        const QJsonObject bounce = root.value(u"bounce"_s).toObject();
        result.reportingMta = withoutType(bounce.value(u"reportingMTA"_s).toString().toUtf8());
        add(bounce.value(u"bouncedRecipients"_s).toArray(), DeliveryAction::Failed, {});
    } else if (type == u"Complaint") {
        const QJsonObject complaint = root.value(u"complaint"_s).toObject();
        result.kind = BounceMessage::Kind::Feedback;
        result.feedbackType = complaint.value(u"complaintFeedbackType"_s).toString().toUtf8();
        add(complaint.value(u"complainedRecipients"_s).toArray(), DeliveryAction::Failed, {});
    } else if (type == u"Delivery") {
        const QJsonObject delivery = root.value(u"delivery"_s).toObject();
        add(delivery.value(u"recipients"_s).toArray(), DeliveryAction::Delivered,
            delivery.value(u"smtpResponse"_s).toString().toUtf8());
    } else {
        return false;
    }
    return true;
}

bool isAutoReply(const MimeMessage& message)
{
    const QByteArray submitted = message.header("Auto-Submitted").toLower();
    if (submitted.startsWith("auto-replied"))
        return true;
    if (!message.header("X-Autoreply").isEmpty() || !message.header("X-Autorespond").isEmpty())
        return true;
    const QString subject = message.decodedHeader("Subject").toLower();
    static const char* const vacation[] = {"out of office", "auto reply", "autoreply", "auto-reply", "automatic reply",
        "vacation", "abwesenheit", "absence", "réponse automatique"};
    return std::any_of(std::begin(vacation), std::end(vacation),
        [&](const char* words) { return subject.contains(QString::fromUtf8(words)); });
}

} // namespace

DeliveryEvent BounceMessage::Recipient::event() const
{
    DeliveryEvent e;
    e.action = action;
    e.recipient = address;
    e.enhancedStatus = status;
    e.replyCode = replyCode;
    // Remote-MTA names a host, or an address when the host had no name.
    if (QHostAddress(QString::fromLatin1(remoteHost)).isNull())
        e.remoteHost = remoteHost;
    else
        e.remoteIp = remoteHost;
    e.diagnostic = diagnostic;
    e.command = command;
    return e;
}

QList<DeliveryEvent> BounceMessage::events(const BounceClassifier& classifier) const
{
    QList<DeliveryEvent> result;
    for (const Recipient& r : recipients) {
        DeliveryEvent e = r.event();
        e.time = time;
        e.messageId = originalMessageId;
        e.sender = returnedTo;
        if (kind == Kind::Feedback || kind == Kind::AutoReply) {
            e.reason = kind == Kind::Feedback ? BounceReason::Feedback : BounceReason::Vacation;
        } else {
            // A failure with a transient status is one the sending server gave up retrying.
            const BounceReason reason = classifier.classify(e);
            // qmail and its kin say so in words instead of with a 4.x.x status.
            const QByteArray lower = r.diagnostic.toLower();
            const bool saysGaveUp = lower.contains("not going to try again") || lower.contains("in the queue too long");
            const bool gaveUp = r.action == DeliveryAction::Failed && (r.status.startsWith('4') || saysGaveUp);
            // A delay notice that says nothing firm is just that: the server is still trying.
            const bool vague = reason == BounceReason::OnHold || reason == BounceReason::Undefined;
            e.reason = gaveUp ? BounceClassifier::afterRetries(reason, e.diagnostic, r.status)
                : r.action == DeliveryAction::Delayed && vague ? BounceReason::Delayed
                                                               : reason;
        }
        result.append(e);
    }
    return result;
}

BounceMessage BounceMessage::read(const MimeMessage& message)
{
    BounceMessage result;
    result.subject = message.decodedHeader("Subject");
    result.from = message.decodedHeader("From");
    result.returnedTo = firstAddress(message.header("To"));
    result.time = dateOf(message.header("Date"));
    QByteArray originalTo; // the first To address of the enclosed original message
    QByteArray originalFrom; // and its From: the board, never a failed recipient
    bool statusPart = false;
    for (const MimeMessage::Part& part : message.parts()) {
        if (part.contentType == "message/delivery-status" || part.contentType == "message/global-delivery-status") {
            statusPart = true;
            readStatusFields(part.body, result);
        } else if (part.contentType == "text/plain" && result.recipients.isEmpty()
            && part.body.contains("\"notificationType\"") && readSesNotification(part.body, result)) {
            if (result.kind == Kind::Feedback)
                return result;
        } else if (part.contentType == "message/feedback-report") {
            result.kind = Kind::Feedback;
            const QList<MimeMessage::Header> fields = MimeMessage::parseHeaders(part.body);
            result.feedbackType = MimeMessage::headerIn(fields, "Feedback-Type").trimmed().toLower();
            for (const MimeMessage::Header& field : fields) {
                if (field.name.compare("Original-Rcpt-To", Qt::CaseInsensitive) == 0)
                    result.recipients.append({addressIn(field.value), DeliveryAction::Failed, {}, 0, {}, {}, {}});
            }
        } else if (part.contentType == "message/rfc822" || part.contentType == "text/rfc822-headers"
            || part.contentType == "message/rfc822-headers" || part.contentType == "message/global") {
            QByteArray enclosed = part.body;
            enclosed.replace("\r\n", "\n");
            const qsizetype blank = enclosed.indexOf("\n\n");
            const QList<MimeMessage::Header> original
                = MimeMessage::parseHeaders(blank >= 0 ? QByteArrayView(enclosed).first(blank) : enclosed);
            if (result.originalMessageId.isEmpty())
                result.originalMessageId = MimeMessage::headerIn(original, "Message-ID").trimmed();
            if (result.originalSubject.isEmpty())
                result.originalSubject = MimeMessage::decodeWords(MimeMessage::headerIn(original, "Subject"));
            if (originalTo.isEmpty())
                originalTo = firstAddress(MimeMessage::headerIn(original, "To"));
            if (originalFrom.isEmpty())
                originalFrom = firstAddress(MimeMessage::headerIn(original, "From"));
            // Microsoft's complaint loop (JMRP) returns the reported message with the recipient
            // who complained in its own header, and no feedback-report part.
            if (const QByteArray complainer = MimeMessage::headerIn(original, "X-HmXmrOriginalRecipient");
                !complainer.isEmpty() && result.kind != Kind::Feedback) {
                result.kind = Kind::Feedback;
                result.feedbackType = "abuse";
                result.recipients = {{addressIn(complainer), DeliveryAction::Failed, {}, 0, {}, {}, {}}};
            }
        }
    }
    if (result.kind == Kind::Feedback) {
        // The one who complained is the returned message's addressee when the report does not
        // name them (Original-Rcpt-To is optional).
        if (result.recipients.isEmpty() && isAddress(originalTo))
            result.recipients.append({originalTo, DeliveryAction::Failed, {}, 0, {}, {}, {}});
        return result;
    }
    // Notices whose status part names no usable recipient ("rfc822; @mx.example.org", or none at
    // all) bounced the enclosed message's addressee; Exim and Google also name them in a header.
    for (Recipient& r : result.recipients) {
        if (!isAddress(r.address) && !originalTo.isEmpty())
            r.address = originalTo;
    }
    result.recipients.removeIf([](const Recipient& r) { return !isAddress(r.address); });
    if (result.recipients.isEmpty()) {
        for (const QByteArray& failed : message.header("X-Failed-Recipients").split(',')) {
            if (const QByteArray address = addressIn(failed); isAddress(address))
                result.recipients.append({address, DeliveryAction::Failed, {}, 0, {}, {}, {}});
        }
    }
    // Status fields outside a status part: a report forwarded or pasted into a text part, or a
    // multipart whose boundary does not match its parts (read as one body).
    if (result.recipients.isEmpty()) {
        for (const MimeMessage::Part& part : message.parts()) {
            if (!part.contentType.startsWith("text/") && !part.contentType.startsWith("multipart/")
                && part.contentType != "message/rfc822")
                continue;
            QByteArray body = part.body;
            body.replace("\r\n", "\n");
            qsizetype field = -1;
            const QByteArray lower = body.toLower();
            for (const char* name : {"\nfinal-recipient:", "\noriginal-recipient:"}) {
                const qsizetype at = lower.indexOf(name);
                if (at >= 0 && (field < 0 || at < field))
                    field = at;
            }
            if (field < 0)
                continue;
            const qsizetype blockStart = body.lastIndexOf("\n\n", field) + 1;
            qsizetype blockEnd = body.indexOf("\n--", field);
            if (blockEnd < 0)
                blockEnd = body.size();
            readStatusFields(QByteArrayView(body).sliced(blockStart, blockEnd - blockStart), result);
            result.recipients.removeIf([](const Recipient& r) { return !isAddress(r.address); });
            statusPart = statusPart || !result.recipients.isEmpty();
            if (!result.recipients.isEmpty())
                break;
        }
    }
    // The human-readable text: the only account of the failure in notices without a status
    // part, and the diagnostic that status parts (and X-Failed-Recipients) sometimes leave out.
    // An auto-reply is that, whatever addresses its text holds; but Exchange marks its failure
    // notices "Auto-Submitted: auto-replied" too, so one from a mailer daemon or postmaster is
    // read as a notice.
    const bool autoReply
        = !statusPart && result.recipients.isEmpty() && !NoticeText::fromMailSystem(message) && isAutoReply(message);
    if (!autoReply && (statusPart || NoticeText::looksLikeNotice(message))) {
        QByteArray copyTo;
        const QByteArray text = NoticeText::ofWithCopy(message, &copyTo);
        if (originalTo.isEmpty())
            originalTo = copyTo;
        if (result.recipients.isEmpty()) {
            // Some put the status fields in the text itself (Amazon WorkMail's "Technical report").
            if (const qsizetype fields = text.indexOf("\nFinal-Recipient:"); fields >= 0)
                readStatusFields(QByteArrayView(text).sliced(text.lastIndexOf("\n\n", fields) + 1), result);
            result.recipients.removeIf([](const Recipient& r) { return !isAddress(r.address); });
        }
        QSet<QByteArray> notRecipients {result.returnedTo, originalFrom, firstAddress(message.header("From"))};
        const QList<NoticeText::Failure> inText = NoticeText::failures(text, notRecipients);
        if (result.recipients.isEmpty()) {
            for (const NoticeText::Failure& f : inText)
                result.recipients.append({f.address, DeliveryAction::Failed, {}, 0, {}, {}, {}});
        }
        // A notice that names nobody failed the returned message's addressee.
        if (result.recipients.isEmpty() && isAddress(originalTo) && !notRecipients.contains(originalTo))
            result.recipients.append({originalTo, DeliveryAction::Failed, {}, 0, {}, {}, {}});
        for (Recipient& r : result.recipients) {
            auto same = std::find_if(
                inText.begin(), inText.end(), [&](const NoticeText::Failure& f) { return f.address == r.address; });
            if (same == inText.end() && inText.size() == 1 && result.recipients.size() == 1)
                same = inText.begin(); // one failure, named differently (an alias, a rewritten address)
            if (same == inText.end()) {
                if (r.diagnostic.isEmpty() && result.recipients.size() == 1 && inText.isEmpty()) {
                    r.diagnostic = NoticeText::afterIntroduction(text);
                    r.replyCode = NoticeText::replyCodeIn(r.diagnostic);
                    r.status = BounceClassifier::effectiveStatus(r.status, r.diagnostic);
                }
                continue;
            }
            if (r.diagnostic.isEmpty()) {
                r.diagnostic = same->diagnostic;
                r.replyCode = same->replyCode;
                r.status = BounceClassifier::effectiveStatus(r.status, r.diagnostic);
            }
            if (r.remoteHost.isEmpty())
                r.remoteHost = same->remoteHost;
            if (r.command.isEmpty())
                r.command = same->command;
        }
    }
    // Google Groups answers a refused post in the poster's language, with one fixed link and no
    // SMTP reply: the group does not exist, or the sender may not post to it.
    if (std::any_of(message.parts().begin(), message.parts().end(),
            [](const MimeMessage::Part& p) { return p.body.contains("groups.google.com/support"); })) {
        for (Recipient& r : result.recipients) {
            if (r.replyCode == 0 && r.status.isEmpty())
                r.diagnostic = "Google Groups refused the message: " + r.diagnostic;
        }
    }
    for (Recipient& r : result.recipients) {
        if (r.command.isEmpty())
            r.command = NoticeText::commandIn(r.diagnostic);
        if (r.replyCode == 0)
            r.replyCode = NoticeText::replyCodeIn(r.diagnostic);
    }
    if (result.recipients.isEmpty() && statusPart && !originalTo.isEmpty())
        result.recipients.append({originalTo, DeliveryAction::Failed, {}, 0, {}, {}, {}});
    if (!result.recipients.isEmpty())
        result.kind = Kind::Bounce;
    else if (autoReply) {
        // The one on holiday is who wrote the reply.
        result.kind = Kind::AutoReply;
        if (const QByteArray address = firstAddress(message.header("From")); isAddress(address))
            result.recipients.append({address, DeliveryAction::Failed, {}, 0, {}, {}, {}});
    }
    return result;
}
