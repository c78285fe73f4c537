#include "removal/RemovalDraft.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// What QT_TRANSLATE_NOOP3 gives: the text and the translator's comment, which is also the key.
struct Template
{
    const char* text;
    const char* comment;
};

// The templates. Translators keep every {name} and {?name}...{/name} as they are and may move
// them; the rest is theirs to word. The letter follows what delisting desks ask for (see
// shared/reference/reputation.md §5): who sends what to whom, the setup, the exact refusal,
// what was fixed, and who to answer.
constexpr Template SubjectTemplate
    = QT_TRANSLATE_NOOP3("RemovalDraft", "Removal request for {ip}{?code} ({code}){/code}",
        "The subject of a removal request. Keep {ip}, {?code}, {code} and {/code}.");

constexpr Template LetterTemplate = QT_TRANSLATE_NOOP3("RemovalDraft",
    "Hello,\n"
    "\n"
    "we are writing to {provider} because mail from our server {ip}{?ptr} "
    "({ptr}){/ptr} is refused{?recipients} at "
    "{recipients}{/recipients}{?when} since {when}{/when} with this reply:\n"
    "\n"
    "{bounce}\n"
    "{?code}\n"
    "Your reference: {code}\n"
    "{/code}"
    "\n"
    "About us: {board} is a job board. We send {kinds} to people who signed up "
    "on the board and confirmed their address.{?volume} We send about {volume} "
    "messages a day.{/volume} Every message has a one-click unsubscribe link, and "
    "addresses that bounce are removed from our lists.\n"
    "\n"
    "Our sending setup:\n"
    "- Sending address: {ip}, {dedicated}\n"
    "{?ptr}- Reverse DNS: {ptr}\n{/ptr}"
    "{?helo}- HELO name: {helo}\n{/helo}"
    "{?from}- From domain: {from}{?envelope}, envelope sender domain: "
    "{envelope}{/envelope}\n{/from}"
    "{?spf}- SPF: {spf}\n{/spf}"
    "{?dkim}- DKIM: {dkim}\n{/dkim}"
    "{?dmarc}- DMARC: {dmarc}\n{/dmarc}"
    "{?fixed}\n"
    "What we found and fixed:\n"
    "{fixed}\n"
    "{/fixed}"
    "{?listings}\n"
    "The address is also listed on: {listings}. We are asking those lists "
    "too.\n"
    "{/listings}"
    "\n"
    "Please remove {ip} from your block list. We are glad to answer any "
    "question.\n"
    "\n"
    "Kind regards,\n"
    "{name}\n"
    "{email}\n"
    "{?phone}{phone}\n{/phone}"
    "{url}\n"
    "{?imprint}Legal notice: {imprint}\n{/imprint}",
    "A removal request letter. Keep every {name}, {?name} and {/name}; {?x}...{/x} is left out when x is empty.");

struct MailKind
{
    const char* key;
    const char* text;
};

constexpr MailKind MailKinds[] = {
    {"alerts", QT_TRANSLATE_NOOP("RemovalDraft", "job alerts they subscribed to")},
    {"registration", QT_TRANSLATE_NOOP("RemovalDraft", "registration and password mail")},
    {"messages", QT_TRANSLATE_NOOP("RemovalDraft", "messages between recruiters and applicants")},
};

QString translated(const Template& t)
{
    return QCoreApplication::translate("RemovalDraft", t.text, t.comment);
}

QHash<QString, QString> valuesOf(const DraftFacts& f)
{
    QStringList kinds;
    for (const QString& key : f.owner.mailKinds)
        kinds.append(RemovalDraft::mailKindText(key));
    if (kinds.isEmpty())
        kinds.append(RemovalDraft::mailKindText(u"alerts"_s));
    QStringList fixed;
    for (const QString& item : f.fixed)
        fixed.append(u"- "_s + item);
    const QString board = f.owner.boardName.isEmpty() ? f.owner.boardUrl : f.owner.boardName;
    return {
        {u"provider"_s, f.providerName},
        {u"ip"_s, f.ip.isNull() ? QString() : f.ip.toString()},
        {u"ptr"_s, f.ptr},
        {u"helo"_s, f.helo},
        {u"recipients"_s, f.recipientDomains.join(u", "_s)},
        {u"when"_s, f.bounceAt.isValid() ? f.bounceAt.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : QString()},
        {u"bounce"_s, f.bounceText.trimmed()},
        {u"code"_s, f.code},
        {u"board"_s, board},
        {u"kinds"_s,
            kinds.size() == 1 ? kinds.front()
                              : kinds.first(kinds.size() - 1).join(u", "_s)
                    + QCoreApplication::translate("RemovalDraft", " and ", "between the last two of a list")
                    + kinds.back()},
        {u"volume"_s, f.owner.dailyVolume > 0 ? QString::number(f.owner.dailyVolume) : QString()},
        {u"dedicated"_s,
            f.owner.dedicatedIp
                ? QCoreApplication::translate("RemovalDraft", "used only by us")
                : QCoreApplication::translate("RemovalDraft", "shared with other customers of our provider")},
        {u"from"_s, f.fromDomain},
        {u"envelope"_s, f.envelopeDomain == f.fromDomain ? QString() : f.envelopeDomain},
        {u"spf"_s, f.spf},
        {u"dkim"_s, f.dkim},
        {u"dmarc"_s, f.dmarc},
        {u"fixed"_s, fixed.join(u'\n')},
        {u"listings"_s, f.otherListings.join(u", "_s)},
        {u"name"_s, f.owner.name},
        {u"email"_s, f.owner.email},
        {u"phone"_s, f.owner.phone},
        {u"url"_s, f.owner.boardUrl},
        {u"imprint"_s, f.owner.imprintUrl},
    };
}

// RFC 2047 for a header value that is not ASCII.
QByteArray headerText(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const bool ascii = std::all_of(utf8.begin(), utf8.end(), [](char c) { return quint8(c) < 0x80; });
    return ascii ? utf8 : "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

} // namespace

namespace RemovalDraft {

QString render(const QString& text, const QHash<QString, QString>& values)
{
    // Sections first, innermost out (a section may hold another), then the plain names.
    static const QRegularExpression section(uR"(\{\?(\w+)\}((?:(?!\{\?)[\s\S])*?)\{/\1\})"_s);
    QString out = text;
    for (;;) {
        const QRegularExpressionMatch match = section.match(out);
        if (!match.hasMatch())
            break;
        const bool keep = !values.value(match.captured(1)).isEmpty();
        out.replace(match.capturedStart(), match.capturedLength(), keep ? match.captured(2) : QString());
    }
    static const QRegularExpression name(uR"(\{(\w+)\})"_s);
    QString filled;
    qsizetype at = 0;
    auto names = name.globalMatch(out);
    while (names.hasNext()) {
        const QRegularExpressionMatch match = names.next();
        filled += QStringView(out).mid(at, match.capturedStart() - at);
        const auto value = values.constFind(match.captured(1));
        filled += value != values.constEnd() ? *value : match.captured(0);
        at = match.capturedEnd();
    }
    filled += QStringView(out).mid(at);
    return filled;
}

QString subject(const DraftFacts& facts)
{
    return render(translated(SubjectTemplate), valuesOf(facts));
}

QString letter(const DraftFacts& facts)
{
    return render(translated(LetterTemplate), valuesOf(facts));
}

QByteArray message(const DraftFacts& facts, const QDateTime& date)
{
    QByteArray out;
    if (!facts.owner.email.isEmpty()) {
        out += "From: " + (facts.owner.name.isEmpty() ? QByteArray() : headerText(facts.owner.name) + ' ') + '<'
            + facts.owner.email.toUtf8() + ">\r\n";
    }
    if (!facts.toAddress.isEmpty())
        out += "To: <" + facts.toAddress.toUtf8() + ">\r\n";
    out += "Subject: " + headerText(subject(facts)) + "\r\n";
    out += "Date: " + QLocale::c().toString(date.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s).toLatin1() + "\r\n";
    out += "MIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=UTF-8\r\n"
           "Content-Transfer-Encoding: 8bit\r\n"
           "X-Unsent: 1\r\n" // Outlook opens it as a draft to send
           "\r\n";
    QString body = letter(facts);
    body.replace(u"\r\n"_s, u"\n"_s);
    out += body.toUtf8().replace("\n", "\r\n");
    return out;
}

QStringList missing(const DraftFacts& facts)
{
    QStringList out;
    if (facts.ip.isNull())
        out.append(QCoreApplication::translate("RemovalDraft", "the sending address the block is about"));
    if (facts.owner.name.trimmed().isEmpty())
        out.append(QCoreApplication::translate("RemovalDraft", "your name"));
    if (facts.owner.email.trimmed().isEmpty())
        out.append(QCoreApplication::translate("RemovalDraft", "an e-mail address where the provider can answer"));
    if (facts.owner.boardUrl.trimmed().isEmpty())
        out.append(QCoreApplication::translate("RemovalDraft", "the board's web address"));
    return out;
}

QString mailKindText(const QString& key)
{
    for (const MailKind& kind : MailKinds) {
        if (key == QLatin1String(kind.key))
            return QCoreApplication::translate("RemovalDraft", kind.text);
    }
    return key;
}

QStringList mailKinds()
{
    QStringList keys;
    for (const MailKind& kind : MailKinds)
        keys.append(QString::fromLatin1(kind.key));
    return keys;
}

} // namespace RemovalDraft
