#include "reputation/ReputationCheck.h"

#include <QElapsedTimer>

#include <algorithm>
#include <memory>

QByteArray ReputationCheck::spfRecordWith(const QHostAddress& given, const QByteArray& record)
{
    const QHostAddress ip = Dns::plainAddress(given);
    const QByteArray mechanism
        = (ip.protocol() == QAbstractSocket::IPv6Protocol ? "ip6:" : "ip4:") + ip.toString().toLatin1();
    if (record.isEmpty())
        return "v=spf1 " + mechanism + " -all";
    QByteArray rest = record.mid(6).trimmed(); // after "v=spf1"
    return "v=spf1 " + mechanism + (rest.isEmpty() ? QByteArray(" -all") : ' ' + rest);
}

QList<ReputationFinding> ReputationCheck::blocklistFindings(
    const QString& address, const QList<BlocklistResult>& results)
{
    QList<ReputationFinding> findings;
    int clear = 0;
    for (const BlocklistResult& result : results) {
        const Blocklist& list = result.list;
        switch (result.status) {
        case ListingStatus::Listed: {
            if (list.allowlist) {
                findings.append(
                    {ReputationSeverity::Info, QStringLiteral("%1 is on the allowlist %2").arg(address, list.name),
                        result.meanings.join(QLatin1String("; ")), {}, {}});
                break;
            }
            QString detail
                = QStringLiteral("%1 (%2).")
                      .arg(result.meanings.join(QLatin1String("; ")), QString::fromLatin1(result.answers.join(", ")));
            if (!result.reason.isEmpty())
                detail += QStringLiteral(" The list says: %1.").arg(QString::fromUtf8(result.reason));
            detail += QStringLiteral(" Removal: %1").arg(list.removalPolicy);
            if (!list.removalUrl.isEmpty())
                detail += QStringLiteral(" %1").arg(list.removalUrl);
            findings.append({ReputationSeverity::Problem, QStringLiteral("%1 is listed on %2").arg(address, list.name),
                detail, {}, {}});
            break;
        }
        case ListingStatus::Unknown:
            findings.append({ReputationSeverity::Warning,
                QStringLiteral("%1 could not be checked on %2").arg(address, list.name), result.cause, {}, {}});
            break;
        case ListingStatus::Clear:
            if (!list.allowlist)
                ++clear;
            break;
        }
    }
    if (clear > 0)
        findings.append({ReputationSeverity::Info,
            QStringLiteral("%1 is not listed on %2 blocklists").arg(address).arg(clear), {}, {}, {}});
    return findings;
}

QList<ReputationFinding> ReputationCheck::senderScoreFindings(const IpReputation& ip)
{
    const SenderScoreResult& s = ip.senderScore;
    const QString address = ip.ip.toString();
    switch (s.state) {
    case SenderScoreResult::State::Score:
        if (s.score < 50)
            return {{ReputationSeverity::Problem,
                QStringLiteral("Sender Score of %1 is %2 of 100").arg(address).arg(s.score),
                QStringLiteral(
                    "Providers treat mail from addresses below 50 as likely spam. Remove addresses that bounce, "
                    "send only to people who asked for the mail, and make unsubscribing easy."),
                {}, {}}};
        if (s.score < 80)
            return {{ReputationSeverity::Warning,
                QStringLiteral("Sender Score of %1 is %2 of 100").arg(address).arg(s.score),
                QStringLiteral("Fair, not good: some providers filter mail from addresses below 80."), {}, {}}};
        return {{ReputationSeverity::Info, QStringLiteral("Sender Score of %1 is %2 of 100").arg(address).arg(s.score),
            {}, {}, {}}};
    case SenderScoreResult::State::NoData:
    case SenderScoreResult::State::NotRegistered:
        return {{ReputationSeverity::Info, QStringLiteral("No Sender Score for %1").arg(address), s.cause, {}, {}}};
    case SenderScoreResult::State::Unknown:
        return {{ReputationSeverity::Warning, QStringLiteral("Sender Score of %1 could not be checked").arg(address),
            s.cause, {}, {}}};
    }
    return {};
}

QList<ReputationFinding> ReputationCheck::spfFindings(const QHostAddress& ip, const SpfOutcome& spf)
{
    const QString address = ip.toString();
    const QString domain = QString::fromLatin1(spf.domain);
    const QByteArray fixed = spfRecordWith(ip, spf.record);
    switch (spf.result) {
    case SpfResult::Pass:
        return {{ReputationSeverity::Info, QStringLiteral("SPF of %1 authorizes %2").arg(domain, address),
            QStringLiteral("%1 DNS-querying terms of 10.").arg(spf.lookups), {}, {}}};
    case SpfResult::None:
        return {{ReputationSeverity::Problem, QStringLiteral("%1 has no SPF record").arg(domain),
            QStringLiteral("Gmail, Yahoo and Microsoft refuse or filter bulk mail that passes neither SPF nor DKIM. "
                           "Publish this TXT record at %1 (add the other servers that send as %1).")
                .arg(domain),
            domain, fixed}};
    case SpfResult::Fail:
    case SpfResult::SoftFail:
        return {{spf.result == SpfResult::Fail ? ReputationSeverity::Problem : ReputationSeverity::Warning,
            QStringLiteral("SPF of %1 does not authorize %2 (%3)")
                .arg(domain, address, QString::fromLatin1(spfResultName(spf.result))),
            QStringLiteral("Receivers see mail from %1 as not sent by %2. Replace the SPF record with this one, which "
                           "names %1 first.")
                .arg(address, domain),
            domain, fixed}};
    case SpfResult::Neutral:
        return {{ReputationSeverity::Warning,
            QStringLiteral("SPF of %1 says nothing about %2 (neutral)").arg(domain, address),
            QStringLiteral("Neutral counts as no authorization for DMARC. Name the address in the record."), domain,
            fixed}};
    case SpfResult::PermError:
        return {{ReputationSeverity::Problem, QStringLiteral("The SPF record of %1 is broken (permerror)").arg(domain),
            QStringLiteral("%1. Receivers treat this like no SPF at all. This record names %2 before any lookup, so it "
                           "passes for it whatever the rest costs; then remove includes you no longer use.")
                .arg(spf.problem, address),
            domain, fixed}};
    case SpfResult::TempError:
        return {{ReputationSeverity::Warning, QStringLiteral("SPF of %1 could not be checked").arg(domain), spf.problem,
            {}, {}}};
    }
    return {};
}

QList<ReputationFinding> ReputationCheck::heloFindings(const HeloResult& helo, const QList<IpReputation>& ips)
{
    const QString name = QString::fromLatin1(helo.name);
    if (!helo.validName) {
        return {{ReputationSeverity::Problem, QStringLiteral("The HELO name %1 is not a full domain name").arg(name),
            QStringLiteral("Gmail and others refuse a HELO that is not a fully qualified name (501 5.5.4). Set your "
                           "mail server's host name to a name such as mail.your-domain that points to its address."),
            {}, {}}};
    }
    if (helo.addresses.isEmpty() && helo.status != DnsStatus::NxDomain && helo.status != DnsStatus::NoData) {
        return {{ReputationSeverity::Warning, QStringLiteral("The HELO name %1 could not be checked").arg(name),
            QStringLiteral("Its address lookup failed (%1).").arg(QString::fromLatin1(dnsStatusName(helo.status))), {},
            {}}};
    }
    if (helo.addresses.isEmpty()) {
        return {{ReputationSeverity::Problem, QStringLiteral("The HELO name %1 does not resolve").arg(name),
            QStringLiteral("Many receivers refuse mail from a server whose HELO name has no address. Publish an A "
                           "record for it that points to the sending address."),
            name, ips.isEmpty() ? QByteArray() : ips.front().ip.toString().toLatin1()}};
    }
    QList<ReputationFinding> findings;
    for (const IpReputation& ip : ips) {
        const bool points = std::any_of(helo.addresses.begin(), helo.addresses.end(),
            [&](const QHostAddress& a) { return Dns::plainAddress(a) == ip.ip; });
        const bool matchesPtr = std::any_of(ip.reverseDns.names.begin(), ip.reverseDns.names.end(),
            [&](const ReverseDnsName& n) { return n.name == helo.name; });
        if (!points) {
            findings.append({ReputationSeverity::Warning,
                QStringLiteral("The HELO name %1 does not point to %2").arg(name, ip.ip.toString()),
                QStringLiteral("Receivers compare the HELO name's address with the connecting one. Point it to %1, or "
                               "set the HELO name of the server that sends from %1.")
                    .arg(ip.ip.toString()),
                {}, {}});
        } else if (!matchesPtr) {
            findings.append({ReputationSeverity::Warning,
                QStringLiteral("The HELO name %1 is not the reverse DNS name of %2").arg(name, ip.ip.toString()),
                QStringLiteral("GMX, WEB.DE and others expect the server to introduce itself with its reverse DNS "
                               "name. Ask the provider of %1 to set its PTR to %2, or use the PTR name as HELO name.")
                    .arg(ip.ip.toString(), name),
                {}, {}});
        } else {
            findings.append({ReputationSeverity::Info,
                QStringLiteral("The HELO name %1 points to %2 and is its reverse DNS name").arg(name, ip.ip.toString()),
                {}, {}, {}});
        }
    }
    return findings;
}

void ReputationCheck::run(DnsResolver& resolver, const ReputationRequest& request, Progress progress,
    std::function<void(const ReputationReport&)> done)
{
    struct State
    {
        ReputationReport report;
        int total = 0;
        int finished = 0;
        bool started = false;
        QElapsedTimer clock;
        Progress progress;
        std::function<void(const ReputationReport&)> done;
        QByteArray domain;

        void step()
        {
            ++finished;
            if (progress)
                progress(finished, total);
            if (!started || finished < total)
                return;
            QList<ReputationFinding>& all = report.findings;
            for (const IpReputation& ip : std::as_const(report.ips)) {
                all += ReputationCheck::blocklistFindings(ip.ip.toString(), ip.blocklists);
                all += ReputationCheck::senderScoreFindings(ip);
                all += ip.reverseDns.findings;
                if (ip.spf)
                    all += ReputationCheck::spfFindings(ip.ip, *ip.spf);
            }
            all += ReputationCheck::blocklistFindings(QString::fromLatin1(domain), report.domainBlocklists);
            if (report.dmarc)
                all += report.dmarc->findings;
            if (report.dkim)
                all += report.dkim->findings;
            if (report.mx)
                all += report.mx->findings;
            if (report.helo)
                all += ReputationCheck::heloFindings(*report.helo, report.ips);
            std::stable_sort(all.begin(), all.end(), [](const ReputationFinding& a, const ReputationFinding& b) {
                return int(a.severity) > int(b.severity);
            });
            report.elapsedMs = clock.elapsed();
            done(report);
        }
    };
    auto state = std::make_shared<State>();
    state->clock.start();
    state->report.checkedAt = QDateTime::currentDateTimeUtc();
    state->progress = std::move(progress);
    state->done = std::move(done);
    state->domain = request.domain;
    state->report.ips.resize(request.ips.size());
    const bool withDomain = !request.domain.isEmpty() && !request.blocklistsOnly;
    const int perIp = request.blocklistsOnly ? 1 : withDomain ? 4 : 3;
    const bool withHelo = !request.helo.isEmpty() && !request.blocklistsOnly;
    state->total = int(request.ips.size()) * perIp + (withDomain ? 3 : 0)
        + (withDomain && !request.selector.isEmpty() ? 1 : 0) + (withHelo ? 2 : 0) + 1;

    // Each target on the lists that take its kind: an address on the IP lists (IPv6 only where a
    // list takes it), the domain on the domain lists.
    QList<Blocklist> ipLists;
    QList<Blocklist> domainLists;
    for (const Blocklist& list : request.lists)
        (list.kind == Blocklist::Kind::Ip ? ipLists : domainLists).append(list);

    for (qsizetype i = 0; i < request.ips.size(); ++i) {
        const QHostAddress ip = Dns::plainAddress(request.ips[i]);
        state->report.ips[i].ip = ip;
        QList<Blocklist> lists;
        for (const Blocklist& list : std::as_const(ipLists)) {
            if (ip.protocol() == QAbstractSocket::IPv4Protocol || list.ipv6)
                lists.append(list);
        }
        BlocklistCheck::run(resolver, lists, ip.toString(), [state, i](const QList<BlocklistResult>& results) {
            state->report.ips[i].blocklists = results;
            state->step();
        });
        if (request.blocklistsOnly)
            continue;
        SenderScoreCheck::run(resolver, request.senderScoreZone, ip, [state, i](const SenderScoreResult& result) {
            state->report.ips[i].senderScore = result;
            state->step();
        });
        ReverseDnsCheck::run(resolver, ip, [state, i](const ReverseDnsResult& result) {
            state->report.ips[i].reverseDns = result;
            state->step();
        });
        if (withDomain) {
            SpfRequest spf;
            spf.ip = ip;
            spf.sender = "postmaster@" + request.domain;
            spf.helo = request.helo.isEmpty() ? request.domain : request.helo;
            SpfCheck::run(resolver, spf, [state, i](const SpfOutcome& outcome) {
                state->report.ips[i].spf = outcome;
                state->step();
            });
        }
    }
    if (withDomain) {
        BlocklistCheck::run(
            resolver, domainLists, QString::fromLatin1(request.domain), [state](const QList<BlocklistResult>& results) {
                state->report.domainBlocklists = results;
                state->step();
            });
        DmarcCheck::run(resolver, request.domain, [state](const DmarcResult& result) {
            state->report.dmarc = result;
            state->step();
        });
        MxCheck::run(resolver, request.domain, [state](const MxResult& result) {
            state->report.mx = result;
            state->step();
        });
        if (!request.selector.isEmpty()) {
            DkimKeyCheck::run(resolver, request.domain, request.selector, [state](const DkimKeyResult& result) {
                state->report.dkim = result;
                state->step();
            });
        }
    }
    if (withHelo) {
        HeloResult& helo = state->report.helo.emplace();
        helo.name = Dns::domainFromText(QString::fromLatin1(request.helo));
        helo.validName = !helo.name.isEmpty();
        if (!helo.validName)
            helo.name = request.helo;
        for (const DnsType type : {DnsType::A, DnsType::Aaaa}) {
            if (!helo.validName) {
                state->step();
                continue;
            }
            resolver.lookup(helo.name, type, [state](const DnsAnswer& answer) {
                HeloResult& result = *state->report.helo;
                for (const DnsRecord& record : answer.records)
                    result.addresses.append(record.address);
                // A failure outweighs "nothing there", which outweighs an answer.
                if (!answer.ok() && (result.status == DnsStatus::Ok || answer.isError()))
                    result.status = answer.status;
                state->step();
            });
        }
    }
    state->started = true;
    state->step(); // the "+ 1" of total: nothing may finish the report before every check started
}
