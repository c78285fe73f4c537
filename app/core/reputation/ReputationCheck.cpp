#include "reputation/ReputationCheck.h"

#include "reputation/ReputationText.h"

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

DmarcAlignment ReputationCheck::alignmentOf(
    const ReputationReport& report, const QByteArray& fromDomain, const QByteArray& envelopeDomain)
{
    DmarcAlignment a;
    a.fromDomain = fromDomain;
    a.spfDomain = envelopeDomain.isEmpty() ? fromDomain : envelopeDomain;
    if (report.dmarc && report.dmarc->status == DmarcStatus::Found) {
        a.strictSpf = report.dmarc->policy.strictSpf;
        a.strictDkim = report.dmarc->policy.strictDkim;
    }
    a.spfAligned = DmarcCheck::alignment(a.fromDomain, a.spfDomain, a.strictSpf);
    a.spfChecked = !report.ips.isEmpty();
    a.spfUnknown = std::any_of(report.ips.begin(), report.ips.end(),
        [](const IpReputation& ip) { return ip.spf && ip.spf->result == SpfResult::TempError; });
    a.spfPasses = a.spfChecked && std::all_of(report.ips.begin(), report.ips.end(), [](const IpReputation& ip) {
        return ip.spf && ip.spf->result == SpfResult::Pass;
    });
    if (report.dkim) {
        a.dkimDomain = report.dkim->domain;
        a.dkimAligned = DmarcCheck::alignment(a.fromDomain, a.dkimDomain, a.strictDkim);
        a.dkimKeyFound = report.dkim->status == DkimKeyStatus::Found;
        a.dkimUnknown = report.dkim->status == DkimKeyStatus::Unknown;
    }
    return a;
}

QList<ReputationFinding> ReputationCheck::alignmentFindings(const DmarcAlignment& a, const DmarcResult& dmarc)
{
    const QString from = QString::fromLatin1(a.fromDomain);
    const QString spfDomain = QString::fromLatin1(a.spfDomain);
    const QString dkimDomain = QString::fromLatin1(a.dkimDomain);
    const QString organizational = QString::fromLatin1(DmarcCheck::organizationalDomain(a.fromDomain));
    QList<ReputationFinding> findings;

    if (!a.spfAligned) {
        findings.append({a.dkimAligned && a.dkimKeyFound ? ReputationSeverity::Warning : ReputationSeverity::Problem,
            ReputationText::tr("The Return-Path domain %1 is not aligned with the From domain %2").arg(spfDomain, from),
            (a.strictSpf ? ReputationText::tr("SPF checks the Return-Path (envelope) domain, and the DMARC record asks "
                                              "for strict alignment (aspf=s): it must be %1 itself.")
                               .arg(from)
                         : ReputationText::tr("SPF checks the Return-Path (envelope) domain, and DMARC counts an SPF "
                                              "pass only when that domain is %1 or a subdomain of it.")
                               .arg(organizational))
                + u' '
                + ReputationText::tr("Have your mail server or provider use a bounce address at %1 (bounces.%1, for "
                                     "example), with an SPF record there.")
                      .arg(a.strictSpf ? from : organizational),
            {}, {}});
    }
    if (!a.dkimDomain.isEmpty() && !a.dkimAligned) {
        findings.append({a.spfAligned && a.spfPasses ? ReputationSeverity::Warning : ReputationSeverity::Problem,
            ReputationText::tr("The DKIM signing domain %1 is not aligned with the From domain %2")
                .arg(dkimDomain, from),
            ReputationText::tr("Signatures by %1 (d=%1), often a mail provider's own domain, do not count for DMARC "
                               "on mail from %2. Turn on DKIM signing with your own domain in the provider's "
                               "settings: it gives a selector and a key to publish under %2.")
                .arg(dkimDomain, from),
            {}, {}});
    }

    const bool withPolicy = dmarc.status == DmarcStatus::Found;
    const DmarcDisposition applied = withPolicy && dmarc.fromOrganizationalDomain && dmarc.policy.subdomainPolicy
        ? *dmarc.policy.subdomainPolicy
        : dmarc.policy.policy;
    if (a.passes()) {
        QStringList through;
        if (a.spfAligned && a.spfPasses)
            through.append(ReputationText::tr("SPF for %1").arg(spfDomain));
        if (a.dkimAligned && a.dkimKeyFound)
            through.append(ReputationText::tr("DKIM signed by %1").arg(dkimDomain));
        findings.append({ReputationSeverity::Info, ReputationText::tr("Mail from %1 can pass DMARC").arg(from),
            ReputationText::tr("Aligned with the From domain: %1. Mailroom checks the published records; whether "
                               "each message's signature verifies, the receiver's Authentication-Results header "
                               "says.")
                .arg(through.join(QLatin1String("; "))),
            {}, {}});
        return findings;
    }

    QString why;
    if (a.spfAligned && !a.spfChecked)
        why = ReputationText::tr("SPF was not checked: enter the sending addresses.");
    else if (a.spfAligned && a.spfUnknown)
        why = ReputationText::tr("SPF for %1 could not be checked.").arg(spfDomain);
    else if (a.spfAligned && !a.spfPasses)
        why = ReputationText::tr("SPF for %1 does not pass for every sending address.").arg(spfDomain);
    if (a.dkimDomain.isEmpty()) {
        why += (why.isEmpty() ? QString() : QString(u' '))
            + ReputationText::tr("DKIM was not checked: enter the selector, or read it from a message the board sent.");
    } else if (a.dkimAligned && a.dkimUnknown) {
        why += (why.isEmpty() ? QString() : QString(u' '))
            + ReputationText::tr("The DKIM key of %1 could not be looked up.").arg(dkimDomain);
    } else if (a.dkimAligned && !a.dkimKeyFound) {
        why += (why.isEmpty() ? QString() : QString(u' '))
            + ReputationText::tr("No usable DKIM key at the selector, so signatures by %1 cannot verify.")
                  .arg(dkimDomain);
    }
    QString consequence;
    if (!withPolicy)
        consequence
            = ReputationText::tr("Gmail and Yahoo require bulk senders to pass DMARC, with or without a record.");
    else if (applied == DmarcDisposition::None)
        consequence = ReputationText::tr("The policy is p=none, so receivers still deliver it, but Gmail and Yahoo "
                                         "require bulk senders to pass DMARC.");
    else if (applied == DmarcDisposition::Quarantine)
        consequence
            = ReputationText::tr("The policy asks receivers to put such mail in the spam folder (p=quarantine).");
    else
        consequence = ReputationText::tr("The policy asks receivers to refuse such mail (p=reject).");
    // While one way to pass is not known (no addresses, no selector, a failed lookup), a warning.
    const bool spfSettled = !a.spfAligned || (a.spfChecked && !a.spfUnknown);
    const bool dkimSettled = !a.dkimDomain.isEmpty() && (!a.dkimAligned || !a.dkimUnknown);
    const bool certain = spfSettled && dkimSettled;
    findings.append({certain ? ReputationSeverity::Problem : ReputationSeverity::Warning,
        certain ? ReputationText::tr("Mail from %1 fails DMARC").arg(from)
                : ReputationText::tr("Mail from %1 may fail DMARC").arg(from),
        (why.isEmpty() ? QString() : why + u' ') + consequence, {}, {}});
    return findings;
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
                    {ReputationSeverity::Info, ReputationText::tr("%1 is on the allowlist %2").arg(address, list.name),
                        result.meanings.join(QLatin1String("; ")), {}, {}});
                break;
            }
            QString detail
                = ReputationText::tr("%1 (%2).")
                      .arg(result.meanings.join(QLatin1String("; ")), QString::fromLatin1(result.answers.join(", ")));
            if (!result.reason.isEmpty())
                detail += ReputationText::tr(" The list says: %1.").arg(QString::fromUtf8(result.reason));
            detail += ReputationText::tr(" Removal: %1").arg(Blocklists::translated(list.removalPolicy));
            if (!list.removalUrl.isEmpty())
                detail += QStringLiteral(" %1").arg(list.removalUrl);
            findings.append({ReputationSeverity::Problem,
                ReputationText::tr("%1 is listed on %2").arg(address, list.name), detail, {}, {}});
            break;
        }
        case ListingStatus::Unknown:
            findings.append({ReputationSeverity::Warning,
                ReputationText::tr("%1 could not be checked on %2").arg(address, list.name), result.cause, {}, {}});
            break;
        case ListingStatus::Clear:
            if (!list.allowlist)
                ++clear;
            break;
        }
    }
    if (clear > 0)
        findings.append({ReputationSeverity::Info,
            (clear == 1 ? ReputationText::tr("%1 is not listed on the one blocklist checked").arg(address)
                        : ReputationText::tr("%1 is not listed on %2 blocklists").arg(address).arg(clear)),
            {}, {}, {}});
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
                ReputationText::tr("Sender Score of %1 is %2 of 100").arg(address).arg(s.score),
                ReputationText::tr(
                    "Providers treat mail from addresses below 50 as likely spam. Remove addresses that bounce, "
                    "send only to people who asked for the mail, and make unsubscribing easy."),
                {}, {}}};
        if (s.score < 80)
            return {{ReputationSeverity::Warning,
                ReputationText::tr("Sender Score of %1 is %2 of 100").arg(address).arg(s.score),
                ReputationText::tr("Fair, not good: some providers filter mail from addresses below 80."), {}, {}}};
        return {{ReputationSeverity::Info,
            ReputationText::tr("Sender Score of %1 is %2 of 100").arg(address).arg(s.score), {}, {}, {}}};
    case SenderScoreResult::State::NoData:
    case SenderScoreResult::State::NotRegistered:
        return {{ReputationSeverity::Info, ReputationText::tr("No Sender Score for %1").arg(address), s.cause, {}, {}}};
    case SenderScoreResult::State::Unknown:
        return {{ReputationSeverity::Warning,
            ReputationText::tr("Sender Score of %1 could not be checked").arg(address), s.cause, {}, {}}};
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
        return {{ReputationSeverity::Info, ReputationText::tr("SPF of %1 authorizes %2").arg(domain, address),
            ReputationText::tr("DNS-querying terms: %1 of the 10 allowed.").arg(spf.lookups), {}, {}}};
    case SpfResult::None:
        return {{ReputationSeverity::Problem, ReputationText::tr("%1 has no SPF record").arg(domain),
            ReputationText::tr(
                "Gmail, Yahoo and Microsoft refuse or filter bulk mail that passes neither SPF nor DKIM. "
                "Publish this TXT record at %1 (add the other servers that send as %1).")
                .arg(domain),
            domain, fixed}};
    case SpfResult::Fail:
    case SpfResult::SoftFail:
        return {{spf.result == SpfResult::Fail ? ReputationSeverity::Problem : ReputationSeverity::Warning,
            ReputationText::tr("SPF of %1 does not authorize %2 (%3)")
                .arg(domain, address, QString::fromLatin1(spfResultName(spf.result))),
            ReputationText::tr(
                "Receivers see mail from %1 as not sent by %2. Replace the SPF record with this one, which "
                "names %1 first.")
                .arg(address, domain),
            domain, fixed}};
    case SpfResult::Neutral:
        return {{ReputationSeverity::Warning,
            ReputationText::tr("SPF of %1 says nothing about %2 (neutral)").arg(domain, address),
            ReputationText::tr("Neutral counts as no authorization for DMARC. Name the address in the record."), domain,
            fixed}};
    case SpfResult::PermError:
        return {{ReputationSeverity::Problem,
            ReputationText::tr("The SPF record of %1 is broken (permerror)").arg(domain),
            ReputationText::tr(
                "%1. Receivers treat this like no SPF at all. This record names %2 before any lookup, so it "
                "passes for that address however many lookups the rest needs; then remove includes you no longer use.")
                .arg(spf.problem, address),
            domain, fixed}};
    case SpfResult::TempError:
        return {{ReputationSeverity::Warning, ReputationText::tr("SPF of %1 could not be checked").arg(domain),
            spf.problem, {}, {}}};
    }
    return {};
}

QList<ReputationFinding> ReputationCheck::heloFindings(const HeloResult& helo, const QList<IpReputation>& ips)
{
    const QString name = QString::fromLatin1(helo.name);
    if (!helo.validName) {
        return {
            {ReputationSeverity::Problem, ReputationText::tr("The HELO name %1 is not a full domain name").arg(name),
                ReputationText::tr(
                    "Gmail and others refuse a HELO that is not a fully qualified name (501 5.5.4). Set your "
                    "mail server's host name to a name such as mail.your-domain that points to its address."),
                {}, {}}};
    }
    if (helo.addresses.isEmpty() && helo.status != DnsStatus::NxDomain && helo.status != DnsStatus::NoData) {
        return {{ReputationSeverity::Warning, ReputationText::tr("The HELO name %1 could not be checked").arg(name),
            ReputationText::tr("Its address lookup failed (%1).").arg(QString::fromLatin1(dnsStatusName(helo.status))),
            {}, {}}};
    }
    if (helo.addresses.isEmpty()) {
        return {{ReputationSeverity::Problem, ReputationText::tr("The HELO name %1 does not resolve").arg(name),
            ReputationText::tr("Many receivers refuse mail from a server whose HELO name has no address. Publish an A "
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
                ReputationText::tr("The HELO name %1 does not point to %2").arg(name, ip.ip.toString()),
                ReputationText::tr(
                    "Receivers compare the HELO name's address with the connecting one. Point it to %1, or "
                    "set the HELO name of the server that sends from %1.")
                    .arg(ip.ip.toString()),
                {}, {}});
        } else if (!matchesPtr) {
            findings.append({ReputationSeverity::Warning,
                ReputationText::tr("The HELO name %1 is not the reverse DNS name of %2").arg(name, ip.ip.toString()),
                ReputationText::tr(
                    "GMX, WEB.DE and others expect the server to introduce itself with its reverse DNS "
                    "name. Ask the provider of %1 to set its PTR to %2, or use the PTR name as HELO name.")
                    .arg(ip.ip.toString(), name),
                {}, {}});
        } else {
            findings.append({ReputationSeverity::Info,
                ReputationText::tr("The HELO name %1 points to %2 and is its reverse DNS name")
                    .arg(name, ip.ip.toString()),
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
        QByteArray envelopeDomain;

        void step()
        {
            ++finished;
            if (progress)
                progress(finished, total);
            if (!started || finished < total)
                return;
            QList<ReputationFinding>& all = report.findings;
            const auto add = [&all](QList<ReputationFinding> findings, const char* topic) {
                for (ReputationFinding& finding : findings)
                    finding.topic = topic;
                all += findings;
            };
            for (const IpReputation& ip : std::as_const(report.ips)) {
                add(ReputationCheck::blocklistFindings(ip.ip.toString(), ip.blocklists), "blocklist");
                add(ReputationCheck::senderScoreFindings(ip), "senderscore");
                add(ip.reverseDns.findings, "ptr");
                if (ip.spf)
                    add(ReputationCheck::spfFindings(ip.ip, *ip.spf), "spf");
            }
            add(ReputationCheck::blocklistFindings(QString::fromLatin1(domain), report.domainBlocklists), "blocklist");
            if (report.dmarc) {
                add(report.dmarc->findings, "dmarc");
                report.alignment = ReputationCheck::alignmentOf(report, domain, envelopeDomain);
                add(ReputationCheck::alignmentFindings(*report.alignment, *report.dmarc), "alignment");
            }
            if (report.dkim)
                add(report.dkim->findings, "dkim");
            if (report.mx)
                add(report.mx->findings, "mx");
            if (report.helo)
                add(ReputationCheck::heloFindings(*report.helo, report.ips), "helo");
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
    state->report.domain = request.domain;
    state->envelopeDomain = request.envelopeDomain.isEmpty() ? request.domain : request.envelopeDomain;
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
            spf.sender = "postmaster@" + state->envelopeDomain;
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
            const QByteArray& signer = request.dkimDomain.isEmpty() ? request.domain : request.dkimDomain;
            DkimKeyCheck::run(resolver, signer, request.selector, [state](const DkimKeyResult& result) {
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
