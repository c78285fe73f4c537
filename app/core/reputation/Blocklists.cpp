#include "reputation/Blocklists.h"

#include "reputation/ReputationText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace {

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QList<BlocklistCode> codesOf(const QJsonArray& array)
{
    QList<BlocklistCode> codes;
    for (const QJsonValue& value : array) {
        const QJsonObject code = value.toObject();
        codes.append({text(code, "answer").toLatin1(), text(code, "meaning"), text(code, "advice")});
    }
    return codes;
}

// The question a DNS failure leaves, in words, with what to do.
QString causeOf(const DnsAnswer& answer)
{
    switch (answer.status) {
    case DnsStatus::Timeout:
        return ReputationText::tr("The list did not answer in time. Check again later; if it never answers, the list "
                                  "may be gone.");
    case DnsStatus::Refused:
        return ReputationText::tr("The list's servers refused the query: many lists answer only registered or private "
                                  "resolvers. Try your own resolver (Settings, nameserver).");
    case DnsStatus::ServerFailure:
        return ReputationText::tr("The DNS server failed to get an answer (%1). Check again later.")
            .arg(answer.detail.isEmpty() ? QStringLiteral("SERVFAIL") : answer.detail);
    case DnsStatus::Malformed:
        return ReputationText::tr("The answer could not be read (%1).").arg(answer.detail);
    case DnsStatus::BadName:
        return ReputationText::tr("The name to ask is not a valid DNS name.");
    case DnsStatus::Ok:
    case DnsStatus::NxDomain:
    case DnsStatus::NoData:
        break;
    }
    return {};
}

} // namespace

const BlocklistCatalog& BlocklistCatalog::builtIn()
{
    static const BlocklistCatalog catalog = [] {
        QFile file(QStringLiteral(":/data/blocklists.json"));
        QString error;
        const BlocklistCatalog read
            = file.open(QIODevice::ReadOnly) ? fromJson(file.readAll(), &error) : BlocklistCatalog();
        Q_ASSERT_X(!read.lists().isEmpty(), "BlocklistCatalog", qPrintable(error));
        return read;
    }();
    return catalog;
}

BlocklistCatalog BlocklistCatalog::fromJson(const QByteArray& json, QString* error)
{
    BlocklistCatalog catalog;
    QJsonParseError parse;
    const QJsonObject root = QJsonDocument::fromJson(json, &parse).object();
    if (parse.error != QJsonParseError::NoError) {
        *error = parse.errorString();
        return {};
    }
    for (const QJsonValue& value : root.value(QLatin1String("lists")).toArray()) {
        const QJsonObject object = value.toObject();
        Blocklist list;
        list.id = text(object, "id").toLatin1();
        list.name = text(object, "name");
        list.zone = Dns::normalizedName(text(object, "zone").toLatin1());
        const QString kind = text(object, "kind");
        if (list.id.isEmpty() || !Dns::validName(list.zone)
            || (kind != QLatin1String("ip") && kind != QLatin1String("domain"))) {
            *error = QStringLiteral("list \"%1\": needs an id, a valid zone and a kind of ip or domain")
                         .arg(QString::fromLatin1(list.id));
            return {};
        }
        list.kind = kind == QLatin1String("ip") ? Blocklist::Kind::Ip : Blocklist::Kind::Domain;
        list.ipv6 = object.value(QLatin1String("ipv6")).toBool();
        list.allowlist = object.value(QLatin1String("allowlist")).toBool();
        list.codes = codesOf(object.value(QLatin1String("codes")).toArray());
        list.errors = codesOf(object.value(QLatin1String("errors")).toArray());
        list.note = text(object, "note");
        const QJsonObject removal = object.value(QLatin1String("removal")).toObject();
        list.removalUrl = text(removal, "url");
        list.removalChannel = text(removal, "channel");
        list.removalPolicy = text(removal, "policy");
        list.removalTime = text(removal, "typical");
        if (list.codes.isEmpty()) {
            *error = QStringLiteral("list \"%1\" names no listing codes").arg(QString::fromLatin1(list.id));
            return {};
        }
        catalog.m_lists.append(list);
    }
    catalog.m_senderScoreZone = text(root.value(QLatin1String("senderscore")).toObject(), "zone").toLatin1();
    return catalog;
}

const Blocklist* BlocklistCatalog::find(QByteArrayView id) const
{
    for (const Blocklist& list : m_lists) {
        if (list.id == id)
            return &list;
    }
    return nullptr;
}

QByteArrayView listingStatusName(ListingStatus status)
{
    switch (status) {
    case ListingStatus::Listed:
        return "listed";
    case ListingStatus::Clear:
        return "clear";
    case ListingStatus::Unknown:
        return "unknown";
    }
    return "?";
}

namespace Blocklists {

QByteArray queryName(const Blocklist& list, const QString& target, QString* why)
{
    QHostAddress address;
    if (address.setAddress(target.trimmed())) {
        address = Dns::plainAddress(address);
        if (list.kind == Blocklist::Kind::Domain) {
            *why = ReputationText::tr("%1 lists domains, not addresses").arg(list.name);
            return {};
        }
        if (address.protocol() == QAbstractSocket::IPv6Protocol && !list.ipv6) {
            *why = ReputationText::tr("%1 lists IPv4 addresses only").arg(list.name);
            return {};
        }
        QByteArray reversed = Dns::reverseName(address);
        reversed.chop(address.protocol() == QAbstractSocket::IPv6Protocol ? 8 : 12); // "ip6.arpa", "in-addr.arpa"
        return reversed + list.zone;
    }
    const QByteArray domain = Dns::normalizedName(target.trimmed().toLatin1());
    if (list.kind == Blocklist::Kind::Ip) {
        *why = ReputationText::tr("%1 lists addresses, not domains").arg(list.name);
        return {};
    }
    if (!Dns::validName(domain) || !domain.contains('.')) {
        *why = ReputationText::tr("\"%1\" is neither an IP address nor a domain").arg(target);
        return {};
    }
    return domain + '.' + list.zone;
}

bool matchesCode(QByteArrayView pattern, QByteArrayView answer)
{
    const QList<QByteArray> want = pattern.toByteArray().split('.');
    const QList<QByteArray> got = answer.toByteArray().split('.');
    if (want.size() != got.size())
        return false;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want[i] != "*" && want[i] != got[i])
            return false;
    }
    return true;
}

BlocklistResult interpret(const Blocklist& list, const DnsAnswer& answer)
{
    BlocklistResult result;
    result.list = list;
    if (answer.isEmpty()) {
        result.status = ListingStatus::Clear;
        return result;
    }
    if (!answer.ok()) {
        result.status = ListingStatus::Unknown;
        result.cause = causeOf(answer);
        return result;
    }
    bool listed = false;
    QString unknown;
    for (const DnsRecord& record : answer.records) {
        const QHostAddress address = Dns::plainAddress(record.address);
        const QByteArray text = address.toString().toLatin1();
        result.answers.append(text);
        if (address.protocol() != QAbstractSocket::IPv4Protocol || !address.isInSubnet(QHostAddress(0x7f000000u), 8)) {
            unknown = ReputationText::tr("The answer %1 is outside 127.0.0.0/8, so it is no listing: your resolver or "
                                         "network rewrites answers (ad redirection, a captive portal). Check with "
                                         "another resolver.")
                          .arg(QString::fromLatin1(text));
            continue;
        }
        if (text == "127.0.0.1") {
            unknown = ReputationText::tr("The answer 127.0.0.1 is never a listing: a DNS filter on your network (such "
                                         "as Pi-hole) probably blocks the list. Check with another resolver.");
            continue;
        }
        const auto error = std::find_if(list.errors.begin(), list.errors.end(),
            [&](const BlocklistCode& code) { return matchesCode(code.answer, text); });
        if (error != list.errors.end()) {
            //: %1 is a blocklist, %2 its answer (127.255.255.254), %3 what the answer means, %4 what to do
            unknown = ReputationText::tr("%1 answered %2: %3. %4")
                          .arg(list.name, QString::fromLatin1(text), Blocklists::translated(error->meaning),
                              Blocklists::translated(error->advice))
                          .trimmed();
            continue;
        }
        const auto code = std::find_if(
            list.codes.begin(), list.codes.end(), [&](const BlocklistCode& c) { return matchesCode(c.answer, text); });
        if (code == list.codes.end()) {
            unknown = ReputationText::tr("%1 answered %2, which it does not document; it is not taken as a listing.")
                          .arg(list.name, QString::fromLatin1(text));
            continue;
        }
        listed = true;
        result.meanings.append(Blocklists::translated(code->meaning));
    }
    // An error answer beside a listing makes the whole answer doubtful.
    result.status = !unknown.isEmpty() ? ListingStatus::Unknown : listed ? ListingStatus::Listed : ListingStatus::Clear;
    result.cause = unknown;
    if (result.status == ListingStatus::Unknown)
        result.meanings.clear();
    return result;
}

} // namespace Blocklists

void BlocklistCheck::run(DnsResolver& resolver, const QList<Blocklist>& lists, const QString& target, Done done)
{
    struct State
    {
        QList<BlocklistResult> results;
        QList<bool> answersEverything; // per list: its "must not be listed" test point is listed
        int outstanding = 0;
        Done done;
        bool started = false;

        void finishOne()
        {
            if (--outstanding > 0 || !started)
                return;
            for (qsizetype i = 0; i < results.size(); ++i) {
                BlocklistResult& result = results[i];
                if (answersEverything[i] && result.status != ListingStatus::Unknown) {
                    result.status = ListingStatus::Unknown;
                    result.meanings.clear();
                    result.cause = ReputationText::tr("%1 lists its own test address that it must never list "
                                                      "(RFC 5782): it answers for everything, so it is dead or "
                                                      "hijacked. Its answer is ignored.")
                                       .arg(result.list.name);
                }
            }
            done(results);
        }
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    state->results.resize(lists.size());
    state->answersEverything.fill(false, lists.size());

    for (qsizetype i = 0; i < lists.size(); ++i) {
        const Blocklist& list = lists[i];
        BlocklistResult& result = state->results[i];
        result.list = list;
        QString why;
        result.query = Blocklists::queryName(list, target, &why);
        if (result.query.isEmpty()) {
            result.status = ListingStatus::Unknown;
            result.cause = why;
            continue;
        }
        const QByteArray testPoint
            = QByteArray(list.kind == Blocklist::Kind::Ip ? "1.0.0.127." : "invalid.") + list.zone;
        state->outstanding += 2;
        resolver.lookup(testPoint, DnsType::A, [state, i](const DnsAnswer& answer) {
            const BlocklistResult probe = Blocklists::interpret(state->results[i].list, answer);
            state->answersEverything[i] = probe.status == ListingStatus::Listed;
            state->finishOne();
        });
        resolver.lookup(result.query, DnsType::A, [state, i, &resolver](const DnsAnswer& answer) {
            BlocklistResult& slot = state->results[i];
            const QByteArray query = slot.query;
            slot = Blocklists::interpret(slot.list, answer);
            slot.query = query;
            if (slot.status != ListingStatus::Listed) {
                state->finishOne();
                return;
            }
            // The reason and a link, when the list publishes one.
            resolver.lookup(query, DnsType::Txt, [state, i](const DnsAnswer& txt) {
                if (txt.ok())
                    state->results[i].reason = txt.records.front().text();
                state->finishOne();
            });
        });
    }
    state->started = true;
    ++state->outstanding;
    state->finishOne();
}

QByteArrayView senderScoreStateName(SenderScoreResult::State state)
{
    switch (state) {
    case SenderScoreResult::State::Score:
        return "score";
    case SenderScoreResult::State::NoData:
        return "nodata";
    case SenderScoreResult::State::NotRegistered:
        return "notregistered";
    case SenderScoreResult::State::Unknown:
        return "unknown";
    }
    return "?";
}

SenderScoreResult SenderScoreCheck::interpret(const DnsAnswer& answer)
{
    SenderScoreResult result;
    if (answer.isEmpty()) {
        result.state = SenderScoreResult::State::NoData;
        result.cause
            = ReputationText::tr("Validity has no data for this address: it sends too little mail to be scored.");
        return result;
    }
    if (!answer.ok()) {
        result.cause = causeOf(answer);
        return result;
    }
    const QByteArray text = Dns::plainAddress(answer.records.front().address).toString().toLatin1();
    if (text == "127.255.255.255") {
        result.state = SenderScoreResult::State::NotRegistered;
        result.cause = ReputationText::tr("Validity answers only resolvers registered at https://my.validity.com (or "
                                          "this one is over its quota): no score is available here.");
        return result;
    }
    if (Blocklists::matchesCode("127.0.4.*", text)) {
        const int score = text.sliced(text.lastIndexOf('.') + 1).toInt();
        if (score >= 0 && score <= 100) {
            result.state = SenderScoreResult::State::Score;
            result.score = score;
            return result;
        }
    }
    result.cause = ReputationText::tr("Sender Score answered %1, which is not a score.").arg(QString::fromLatin1(text));
    return result;
}

void SenderScoreCheck::run(DnsResolver& resolver, const QByteArray& zone, const QHostAddress& given,
    std::function<void(const SenderScoreResult&)> done)
{
    const QHostAddress ip = Dns::plainAddress(given);
    if (ip.protocol() != QAbstractSocket::IPv4Protocol) {
        SenderScoreResult result;
        result.state = SenderScoreResult::State::NoData;
        result.cause = ReputationText::tr("Sender Score covers IPv4 addresses only.");
        done(result);
        return;
    }
    QByteArray query = Dns::reverseName(ip);
    query.chop(12); // "in-addr.arpa"
    query += zone;
    resolver.lookup(query, DnsType::A, [done = std::move(done), query](const DnsAnswer& answer) {
        SenderScoreResult result = interpret(answer);
        result.query = query;
        done(result);
    });
}
