#include "removal/BlockKnowledge.h"

#include "reputation/Blocklists.h"
#include "reputation/SendingIdentity.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>

namespace {

constexpr std::array<std::pair<BlockKind, const char*>, 7> kindNames {{
    {BlockKind::IpReputation, "ip-reputation"},
    {BlockKind::Blocklist, "blocklist"},
    {BlockKind::Authentication, "authentication"},
    {BlockKind::Content, "content"},
    {BlockKind::Rate, "rate"},
    {BlockKind::Policy, "policy"},
    {BlockKind::Unknown, "unknown"},
}};

constexpr auto patternOptions
    = QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption;

// An SMTP reply code with its enhanced status, where a reply starts: "550-5.7.1 ", "421 4.7.0 ",
// "554-". Not inside an address, a version or a URL ("[192.0.2.250]", "v=2.5.0").
const QString replyCode = QStringLiteral(R"((?<![\w.:\[/=-])([245]\d\d)([- ])([245]\.\d{1,3}\.\d{1,3}(?= ))?)");

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

std::optional<BlockKind> kindFromName(const QString& name)
{
    for (const auto& [kind, kindName] : kindNames) {
        if (kind != BlockKind::Unknown && name == QLatin1String(kindName))
            return kind;
    }
    return std::nullopt;
}

bool isDomainList(const QJsonValue& value)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue& v) { return !v.toString().isEmpty(); });
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out.append(item.toString());
    return out;
}

std::optional<RemovalChannel> channelFromName(const QString& name)
{
    if (name == QLatin1String("form"))
        return RemovalChannel::Form;
    if (name == QLatin1String("email"))
        return RemovalChannel::Email;
    if (name == QLatin1String("none"))
        return RemovalChannel::None;
    return std::nullopt;
}

// blocklists.json says "web form", "email" or "none".
RemovalChannel channelOfList(const Blocklist& list)
{
    if (list.removalChannel == QLatin1String("email"))
        return RemovalChannel::Email;
    if (list.removalChannel == QLatin1String("none"))
        return RemovalChannel::None;
    return RemovalChannel::Form;
}

std::optional<int> typicalDays(const QJsonObject& object, QString* why)
{
    const QJsonValue value = object.value(QLatin1String("typical_days"));
    if (value.isUndefined() || value.isNull())
        return 0;
    if (!value.isDouble() || value.toDouble() < 1 || value.toDouble() != double(value.toInt())) {
        *why = QStringLiteral("typical_days must be a whole number of days (1 or more) or null");
        return std::nullopt;
    }
    return value.toInt();
}

std::optional<BlockProvider> readProvider(const QJsonObject& object, const BlocklistCatalog& lists, QString* why)
{
    BlockProvider provider;
    provider.id = text(object, "id");
    provider.source = text(object, "source");
    if (!isDomainList(object.value(QLatin1String("domains")))) {
        *why = QStringLiteral("domains must be a list of domain names");
        return std::nullopt;
    }
    for (const QString& domain : strings(object.value(QLatin1String("domains"))))
        provider.domains.append(domain.toLower());
    if (provider.source.isEmpty()) {
        *why = QStringLiteral("no source: every entry cites where it comes from");
        return std::nullopt;
    }

    provider.blocklistId = text(object, "blocklist");
    const QJsonObject removal = object.value(QLatin1String("removal")).toObject();
    const auto days = typicalDays(provider.blocklistId.isEmpty() ? removal : object, why);
    if (!days)
        return std::nullopt;
    provider.typicalDays = *days;

    if (!provider.blocklistId.isEmpty()) {
        const Blocklist* list = lists.find(provider.blocklistId.toLatin1());
        if (!list) {
            *why = QStringLiteral("blocklist \"%1\" is not in blocklists.json").arg(provider.blocklistId);
            return std::nullopt;
        }
        provider.name = list->name;
        provider.channel = channelOfList(*list);
        provider.removalUrl = list->removalUrl;
        provider.asks = list->removalPolicy;
        if (!provider.domains.contains(QString::fromLatin1(list->zone)))
            provider.domains.prepend(QString::fromLatin1(list->zone));
        return provider;
    }

    provider.name = text(object, "name");
    const auto channel = channelFromName(text(removal, "channel"));
    provider.removalUrl = text(removal, "url");
    provider.removalEmail = text(removal, "email");
    provider.asks = text(removal, "asks");
    provider.requirements = strings(object.value(QLatin1String("requirements")));
    if (provider.name.isEmpty()) {
        *why = QStringLiteral("no name");
        return std::nullopt;
    }
    if (!channel) {
        *why = QStringLiteral("removal channel \"%1\" is not form, email or none").arg(text(removal, "channel"));
        return std::nullopt;
    }
    provider.channel = *channel;
    if (provider.channel == RemovalChannel::Form && provider.removalUrl.isEmpty()) {
        *why = QStringLiteral("the removal channel is a form but no url is given");
        return std::nullopt;
    }
    if (provider.channel == RemovalChannel::Email && provider.removalEmail.isEmpty()) {
        *why = QStringLiteral("the removal channel is email but no email is given");
        return std::nullopt;
    }
    if (provider.asks.isEmpty()) {
        *why = QStringLiteral("no asks: say what a request must contain");
        return std::nullopt;
    }
    return provider;
}

std::optional<QRegularExpression> readPattern(const QString& source, QString* why)
{
    QRegularExpression pattern(source, patternOptions);
    if (!pattern.isValid()) {
        *why = QStringLiteral("bad regex \"%1\": %2 at offset %3")
                   .arg(source, pattern.errorString())
                   .arg(pattern.patternErrorOffset());
        return std::nullopt;
    }
    for (const QString& group : pattern.namedCaptureGroups()) {
        if (!group.isEmpty() && group != QLatin1String("code") && group != QLatin1String("zone")) {
            *why = QStringLiteral("regex \"%1\" names a group \"%2\"; only \"code\" and \"zone\" are known")
                       .arg(source, group);
            return std::nullopt;
        }
    }
    // Compiled once here, not at the first match, so that identify() never compiles.
    pattern.optimize();
    return pattern;
}

std::optional<BlockCode> readBlock(
    const QJsonObject& object, const QSet<QString>& providerIds, const BlocklistCatalog& lists, QString* why)
{
    BlockCode block;
    block.providerId = text(object, "provider");
    block.code = text(object, "code");
    block.meaning = text(object, "meaning");
    block.listingId = text(object, "listing");
    const bool generic = object.value(QLatin1String("generic")).toBool();
    if (block.providerId.isEmpty() && !generic) {
        *why = QStringLiteral("no provider (set \"generic\": true for wording that names none)");
        return std::nullopt;
    }
    if (!block.providerId.isEmpty() && generic) {
        *why = QStringLiteral("a generic entry names no provider");
        return std::nullopt;
    }
    if (!block.providerId.isEmpty() && !providerIds.contains(block.providerId)) {
        *why = QStringLiteral("provider \"%1\" is not in the providers list").arg(block.providerId);
        return std::nullopt;
    }
    const auto kind = kindFromName(text(object, "kind"));
    if (!kind) {
        *why = QStringLiteral("kind \"%1\" is not one of ip-reputation, blocklist, authentication, content, rate, "
                              "policy")
                   .arg(text(object, "kind"));
        return std::nullopt;
    }
    block.kind = *kind;
    if (block.meaning.isEmpty()) {
        *why = QStringLiteral("no meaning");
        return std::nullopt;
    }
    if (!block.listingId.isEmpty() && !lists.find(block.listingId.toLatin1())) {
        *why = QStringLiteral("listing \"%1\" is not in blocklists.json").arg(block.listingId);
        return std::nullopt;
    }
    const QJsonArray patterns = object.value(QLatin1String("patterns")).toArray();
    if (patterns.isEmpty()) {
        *why = QStringLiteral("no patterns");
        return std::nullopt;
    }
    for (const QJsonValue& value : patterns) {
        const auto pattern = readPattern(text(value.toObject(), "regex"), why);
        if (!pattern)
            return std::nullopt;
        block.patterns.append(*pattern);
    }
    return block;
}

// Where a notification shows who received it: the receiving host and the recipient's domain.
const QRegularExpression& hostContexts()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"((?:\bhost |relay=|\bH=|remote-mta: ?dns; ?|while talking to |\bhost: )([a-z0-9.-]+\.[a-z]{2,}))"
            R"(|([a-z0-9.-]+\.[a-z]{2,}) \[[0-9a-f.:]+\] did not like)"
            R"(|(?:final-recipient: ?rfc822; ?|original-recipient: ?rfc822; ?|\bto=<|x-failed-recipients: ?)"
            R"([^@\s<>]+@([a-z0-9.-]+\.[a-z]{2,})))"
            R"(|(?:^|\s|\*\* )<?[^@\s<>]+@([a-z0-9.-]+\.[a-z]{2,})>?:)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Addresses of receiving servers, which a reply must not be taken to name as the sender's.
QStringList receivingAddresses(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(R"((?:\bhost |relay=|\bH=)[a-z0-9.-]+ ?\[([0-9a-f.:]+)\])"
                                                      R"(|\bhost: [a-z0-9.-]+ \(([0-9a-f.:]+)\))"
                                                      R"(|connected to ([0-9a-f.:]+) but|giving up on ([0-9a-f.:]+))"
                                                      R"(|[a-z0-9.-]+ \[([0-9a-f.:]+)\] did not like)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    auto matches = re.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        for (int group = 1; group <= match.lastCapturedIndex(); ++group) {
            const QHostAddress address(match.captured(group));
            if (!address.isNull())
                out.append(address.toString());
        }
    }
    return out;
}

// The sending address the text names near where it matched.
QHostAddress sendingAddress(const QString& text, qsizetype from, qsizetype to)
{
    const qsizetype start = std::max<qsizetype>(0, from - 200);
    const QString window = text.mid(start, std::min<qsizetype>(text.size(), to + 200) - start);
    const QStringList receivers = receivingAddresses(text);
    for (const QString& address : SendingIdentities::addressesInReply(window.toUtf8())) {
        if (!receivers.contains(address))
            return QHostAddress(address);
    }
    return {};
}

// The SMTP reply the words belong to: the last reply code that starts before them, or with them.
QString replyBefore(const QString& text, qsizetype from, qsizetype to)
{
    static const QRegularExpression re(replyCode);
    const qsizetype start = std::max<qsizetype>(0, from - 300);
    QString found;
    auto matches = re.globalMatch(text.mid(start, to - start));
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (start + match.capturedStart() > from)
            break;
        found = match.captured(3).isEmpty() ? match.captured(1) : match.captured(1) + u'-' + match.captured(3);
    }
    return found;
}

// "550 5.7.1" and "550-5.7.1" are one reply: written the way multi-line replies show it.
QString tidyCode(QString code)
{
    code = code.trimmed();
    static const QRegularExpression spaced(QStringLiteral(R"(^(\d{3}) (\d\.\d{1,3}\.\d{1,3})$)"));
    code.replace(spaced, QStringLiteral("\\1-\\2"));
    return code;
}

const BlockProvider* listProvider(const QList<BlockProvider>& providers, const QString& blocklistId)
{
    if (blocklistId.isEmpty())
        return nullptr;
    for (const BlockProvider& provider : providers) {
        if (provider.blocklistId == blocklistId)
            return &provider;
    }
    return nullptr;
}

QString evidenceOf(const QString& words)
{
    return words.size() <= 240 ? words : words.left(239) + QChar(0x2026);
}

} // namespace

QByteArrayView blockKindName(BlockKind kind)
{
    for (const auto& [k, name] : kindNames) {
        if (k == kind)
            return name;
    }
    return "unknown";
}

QByteArrayView removalChannelName(RemovalChannel channel)
{
    switch (channel) {
    case RemovalChannel::Form:
        return "form";
    case RemovalChannel::Email:
        return "email";
    case RemovalChannel::None:
        break;
    }
    return "none";
}

QByteArrayView certaintyName(BlockRecognition::Certainty certainty)
{
    switch (certainty) {
    case BlockRecognition::Certainty::Sure:
        return "sure";
    case BlockRecognition::Certainty::Likely:
        return "likely";
    case BlockRecognition::Certainty::None:
        break;
    }
    return "none";
}

const BlockKnowledge& BlockKnowledge::builtIn()
{
    static const BlockKnowledge knowledge = [] {
        QFile file(QStringLiteral(":/data/block-codes.json"));
        QString error = QStringLiteral("cannot open :/data/block-codes.json");
        std::optional<BlockKnowledge> read;
        if (file.open(QIODevice::ReadOnly))
            read = fromJson(file.readAll(), &error);
        // The file is compiled in and tested; a bad one is a build mistake, not a user's problem.
        if (!read)
            qFatal("block-codes.json: %s", qPrintable(error));
        return std::move(*read);
    }();
    return knowledge;
}

std::optional<BlockKnowledge> BlockKnowledge::fromJson(const QByteArray& json, QString* error)
{
    return fromJson(json, BlocklistCatalog::builtIn(), error);
}

std::optional<BlockKnowledge> BlockKnowledge::fromJson(
    const QByteArray& json, const BlocklistCatalog& lists, QString* error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not JSON: %1 at offset %2").arg(parse.errorString()).arg(parse.offset);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("version")).toInt() != 1) {
        *error = QStringLiteral("version must be 1");
        return std::nullopt;
    }

    BlockKnowledge knowledge;
    QSet<QString> ids;
    const QJsonArray providers = root.value(QLatin1String("providers")).toArray();
    for (qsizetype i = 0; i < providers.size(); ++i) {
        const QJsonObject object = providers[i].toObject();
        const QString id = text(object, "id");
        QString why;
        const auto provider = readProvider(object, lists, &why);
        if (!provider || id.isEmpty() || ids.contains(id)) {
            if (why.isEmpty())
                why = id.isEmpty() ? QStringLiteral("no id") : QStringLiteral("the id is used twice");
            *error = QStringLiteral("provider %1 (\"%2\"): %3").arg(i + 1).arg(id, why);
            return std::nullopt;
        }
        ids.insert(id);
        knowledge.m_providers.append(*provider);
    }

    const QJsonArray blocks = root.value(QLatin1String("blocks")).toArray();
    if (knowledge.m_providers.isEmpty() || blocks.isEmpty()) {
        *error = QStringLiteral("no providers or no blocks");
        return std::nullopt;
    }
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QJsonObject object = blocks[i].toObject();
        QString why;
        const auto block = readBlock(object, ids, lists, &why);
        if (!block) {
            *error = QStringLiteral("block %1 (%2 %3): %4")
                         .arg(i + 1)
                         .arg(text(object, "provider"), text(object, "code"), why);
            return std::nullopt;
        }
        knowledge.m_blocks.append(*block);
    }
    return knowledge;
}

const BlockProvider* BlockKnowledge::provider(const QString& id) const
{
    for (const BlockProvider& provider : m_providers) {
        if (provider.id == id)
            return &provider;
    }
    return nullptr;
}

const BlockProvider* BlockKnowledge::providerForDomain(QStringView domain) const
{
    const BlockProvider* best = nullptr;
    qsizetype bestLength = 0;
    for (const BlockProvider& provider : m_providers) {
        for (const QString& known : provider.domains) {
            const bool matches = domain.compare(known, Qt::CaseInsensitive) == 0
                || (domain.size() > known.size() && domain.endsWith(known, Qt::CaseInsensitive)
                    && domain[domain.size() - known.size() - 1] == u'.');
            if (matches && known.size() > bestLength) {
                best = &provider;
                bestLength = known.size();
            }
        }
    }
    return best;
}

QString BlockKnowledge::normalized(QByteArrayView bytes)
{
    QString text = QString::fromUtf8(bytes);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));

    // A whole notification: its own header names the bounce's relays, not the refusal, and the
    // returned message after it is the board's mail, whose words must not count. A pasted block of
    // DSN fields (Diagnostic-Code: ...) is no message header and stays.
    static const QRegularExpression messageHeader(
        QStringLiteral(R"(\A(?:From |[A-Za-z][A-Za-z0-9-]*: )(?:.*\n)*?(?:received|return-path|message-id|)"
                       R"(mime-version|subject|delivered-to): )"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    static const QRegularExpression dsnField(QStringLiteral(R"(^(?:diagnostic-code|final-recipient|action): )"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const qsizetype headerEnd = text.indexOf(QLatin1String("\n\n"));
    if (headerEnd > 0) {
        const QString header = text.left(headerEnd + 1);
        if (messageHeader.match(header).hasMatch() && !dsnField.match(header).hasMatch())
            text.remove(0, headerEnd + 2);
    }
    static const QRegularExpression returned(
        QStringLiteral(R"(^content-type: ?(?:message/rfc822|text/rfc822-headers)|^content-description: ?undelivered )"
                       R"(message|^-+ ?(?:this is a copy of the message|below this line is a copy of the message|)"
                       R"(original message -+|the header of the original message is following|enclosed are the )"
                       R"(original headers)|^original message headers:)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QRegularExpressionMatch cut = returned.match(text);
    if (cut.hasMatch())
        text.truncate(cut.capturedStart());

    if (text.contains(QLatin1String("quoted-printable"), Qt::CaseInsensitive)) {
        text.remove(QLatin1String("=\n"));
        text.replace(QLatin1String("=3D"), QLatin1String("="));
        text.replace(QLatin1String("=20"), QLatin1String(" "));
    }
    // Exim writes the line breaks of a multi-line reply as "\n"; Sendmail marks the transcript.
    text.replace(QLatin1String("\\n"), QLatin1String("\n"));
    static const QRegularExpression transcript(
        QStringLiteral(R"(^[ \t]*(?:<<<|>>>) ?)"), QRegularExpression::MultilineOption);
    text.remove(transcript);
    text = text.simplified();

    // "550-5.7.26 The MAIL FROM domain has an SPF record with a 550-5.7.26 hard fail policy": a
    // reply prefix that repeats within 200 characters continues the same reply, and goes.
    static const QRegularExpression marker(replyCode);
    QString out;
    out.reserve(text.size());
    QHash<QString, qsizetype> lastSeen;
    qsizetype copied = 0;
    auto matches = marker.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString key = match.captured(1) + u' ' + match.captured(3);
        const auto previous = lastSeen.constFind(key);
        const bool continuation = previous != lastSeen.constEnd() && match.capturedStart() - *previous <= 200;
        lastSeen.insert(key, match.capturedStart());
        if (!continuation)
            continue;
        out.append(QStringView(text).mid(copied, match.capturedStart() - copied));
        copied = match.capturedEnd();
        if (copied < text.size() && text[copied] == u' ')
            ++copied;
    }
    out.append(QStringView(text).mid(copied));
    return out;
}

BlockRecognition BlockKnowledge::identify(QByteArrayView bytes) const
{
    const QString text = normalized(bytes);
    BlockRecognition result;

    // Who received the mail, for wording that names no provider and for text no entry knows.
    const BlockProvider* byHost = nullptr;
    QString host;
    auto hosts = hostContexts().globalMatch(text);
    while (!byHost && hosts.hasNext()) {
        const QRegularExpressionMatch match = hosts.next();
        for (int group = 1; group <= match.lastCapturedIndex() && !byHost; ++group) {
            const BlockProvider* provider
                = match.captured(group).isEmpty() ? nullptr : providerForDomain(match.capturedView(group));
            if (provider && provider->blocklistId.isEmpty()) {
                byHost = provider;
                host = match.captured(0).trimmed();
            }
        }
    }

    for (const BlockCode& block : m_blocks) {
        for (const QRegularExpression& pattern : block.patterns) {
            const QRegularExpressionMatch match = pattern.match(text);
            if (!match.hasMatch())
                continue;
            result.block = &block;
            result.kind = block.kind;
            result.meaning = block.meaning;
            result.code = tidyCode(match.captured(QStringLiteral("code")));
            if (result.code.isEmpty())
                result.code = block.code;
            if (result.code.isEmpty())
                result.code = replyBefore(text, match.capturedStart(), match.capturedEnd());
            result.evidence = evidenceOf(match.captured(0));
            result.ip = sendingAddress(text, match.capturedStart(), match.capturedEnd());

            // The list the text names: by its zone, or the one the entry names.
            const QString zone = match.captured(QStringLiteral("zone")).toLower();
            const BlockProvider* listed
                = zone.isEmpty() ? listProvider(m_providers, block.listingId) : providerForDomain(zone);
            if (!zone.isEmpty())
                result.listingZone = zone.toLatin1();
            else if (listed)
                result.listingZone = listed->domains.value(0).toLatin1();

            if (!block.providerId.isEmpty()) {
                result.provider = provider(block.providerId);
                result.certainty = BlockRecognition::Certainty::Sure;
            } else if (listed && !zone.isEmpty()) {
                result.provider = listed;
                result.certainty = BlockRecognition::Certainty::Sure;
            } else {
                result.provider = byHost;
                result.certainty = BlockRecognition::Certainty::Likely;
            }
            // A list nobody here knows is still the one to ask, not the receiver.
            result.removalAt = listed ? listed : (zone.isEmpty() ? result.provider : nullptr);
            return result;
        }
    }

    if (byHost) {
        result.provider = byHost;
        result.removalAt = byHost;
        result.certainty = BlockRecognition::Certainty::Likely;
        result.evidence = evidenceOf(host);
    }
    return result;
}

QString BlockKnowledge::translated(const QString& text)
{
    if (text.isEmpty())
        return text;
    return QCoreApplication::translate("BlockKnowledge", text.toUtf8().constData());
}

QString BlockKnowledge::translatedAsks(const BlockProvider& provider)
{
    return provider.blocklistId.isEmpty() ? translated(provider.asks) : Blocklists::translated(provider.asks);
}
