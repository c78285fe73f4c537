#include "CheckCommand.h"

#include "CliCommon.h"
#include "reputation/CaresResolver.h"
#include "reputation/ReputationCheck.h"
#include "reputation/SentMessage.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonArray strings(const QList<QByteArray>& list)
{
    QJsonArray array;
    for (const QByteArray& item : list)
        array.append(QString::fromUtf8(item));
    return array;
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject blocklistJson(const QString& target, const BlocklistResult& r)
{
    return {
        {QStringLiteral("target"), target},
        {QStringLiteral("list"), r.list.name},
        {QStringLiteral("zone"), QString::fromLatin1(r.list.zone)},
        {QStringLiteral("allowlist"), r.list.allowlist},
        {QStringLiteral("status"), QString::fromLatin1(listingStatusName(r.status))},
        {QStringLiteral("codes"), strings(r.answers)},
        {QStringLiteral("meaning"), textOrNull(r.meanings.join(QLatin1String("; ")))},
        {QStringLiteral("reason"), textOrNull(QString::fromUtf8(r.reason))},
        {QStringLiteral("cause"), textOrNull(r.cause)},
        {QStringLiteral("query"), textOrNull(QString::fromLatin1(r.query))},
        {QStringLiteral("removal_url"), textOrNull(r.list.removalUrl)},
        {QStringLiteral("removal_policy"), textOrNull(r.list.removalPolicy)},
    };
}

QJsonObject spfJson(const QHostAddress& ip, const SpfOutcome& spf)
{
    QJsonArray steps;
    for (const SpfStep& step : spf.steps) {
        steps.append(QJsonObject {{QStringLiteral("depth"), step.depth},
            {QStringLiteral("domain"), QString::fromLatin1(step.domain)},
            {QStringLiteral("term"), QString::fromLatin1(step.term)}, {QStringLiteral("note"), step.note}});
    }
    return {
        {QStringLiteral("ip"), ip.toString()},
        {QStringLiteral("result"), QString::fromLatin1(spfResultName(spf.result))},
        {QStringLiteral("lookups"), spf.lookups},
        {QStringLiteral("void_lookups"), spf.voidLookups},
        {QStringLiteral("problem"), textOrNull(spf.problem)},
        {QStringLiteral("explanation"), textOrNull(QString::fromLatin1(spf.explanation))},
        {QStringLiteral("steps"), steps},
    };
}

QJsonObject reportJson(const ReputationReport& report, const QByteArray& domain, const QByteArray& envelopeDomain)
{
    QJsonArray blocklists;
    QJsonArray scores;
    QJsonArray ptr;
    QJsonArray spfByIp;
    QByteArray spfRecord;
    QString spfResult;
    for (const IpReputation& ip : report.ips) {
        for (const BlocklistResult& result : ip.blocklists)
            blocklists.append(blocklistJson(ip.ip.toString(), result));
        const SenderScoreResult& s = ip.senderScore;
        scores.append(QJsonObject {{QStringLiteral("ip"), ip.ip.toString()},
            {QStringLiteral("status"), QString::fromLatin1(senderScoreStateName(s.state))},
            {QStringLiteral("score"), s.state == SenderScoreResult::State::Score ? QJsonValue(s.score) : QJsonValue()},
            {QStringLiteral("cause"), textOrNull(s.cause)}});
        QJsonArray names;
        for (const ReverseDnsName& name : ip.reverseDns.names) {
            QJsonArray addresses;
            for (const QHostAddress& address : name.addresses)
                addresses.append(address.toString());
            names.append(QJsonObject {{QStringLiteral("name"), QString::fromLatin1(name.name)},
                {QStringLiteral("confirmed"), name.confirmed}, {QStringLiteral("generic"), name.generic},
                {QStringLiteral("addresses"), addresses}});
        }
        ptr.append(QJsonObject {{QStringLiteral("ip"), ip.ip.toString()},
            {QStringLiteral("status"), QString::fromLatin1(reverseDnsStatusName(ip.reverseDns.status))},
            {QStringLiteral("names"), names}, {QStringLiteral("problem"), textOrNull(ip.reverseDns.problem)}});
        if (ip.spf) {
            spfByIp.append(spfJson(ip.ip, *ip.spf));
            spfRecord = ip.spf->record;
            if (spfResult.isEmpty())
                spfResult = QString::fromLatin1(spfResultName(ip.spf->result));
        }
    }
    for (const BlocklistResult& result : report.domainBlocklists)
        blocklists.append(blocklistJson(QString::fromLatin1(domain), result));

    QJsonObject root;
    root.insert(QStringLiteral("checked_at"), report.checkedAt.toString(Qt::ISODate));
    root.insert(QStringLiteral("elapsed_ms"), report.elapsedMs);
    root.insert(QStringLiteral("blocklists"), blocklists);
    root.insert(QStringLiteral("senderscore"), scores);
    root.insert(QStringLiteral("ptr"), ptr);
    if (domain.isEmpty()) {
        root.insert(QStringLiteral("spf"), QJsonValue());
    } else {
        root.insert(QStringLiteral("spf"),
            QJsonObject {
                {QStringLiteral("domain"), QString::fromLatin1(envelopeDomain.isEmpty() ? domain : envelopeDomain)},
                {QStringLiteral("record"), textOrNull(QString::fromLatin1(spfRecord))},
                {QStringLiteral("result"), textOrNull(spfResult)}, {QStringLiteral("by_ip"), spfByIp}});
    }

    if (report.dmarc) {
        const DmarcResult& d = *report.dmarc;
        QJsonObject dmarc {{QStringLiteral("status"), QString::fromLatin1(dmarcStatusName(d.status))},
            {QStringLiteral("record_name"), QString::fromLatin1(d.recordName)},
            {QStringLiteral("records"), strings(d.records)},
            {QStringLiteral("organizational"), d.fromOrganizationalDomain},
            {QStringLiteral("problem"), textOrNull(d.problem)}};
        if (d.status == DmarcStatus::Found) {
            dmarc.insert(QStringLiteral("policy"), QString::fromLatin1(dmarcDispositionName(d.policy.policy)));
            dmarc.insert(QStringLiteral("subdomain_policy"),
                d.policy.subdomainPolicy
                    ? QJsonValue(QString::fromLatin1(dmarcDispositionName(*d.policy.subdomainPolicy)))
                    : QJsonValue());
            dmarc.insert(QStringLiteral("pct"), d.policy.percent);
            dmarc.insert(QStringLiteral("rua"), strings(d.policy.aggregateReports));
            dmarc.insert(QStringLiteral("ruf"), strings(d.policy.failureReports));
            dmarc.insert(QStringLiteral("adkim"), d.policy.strictDkim ? QStringLiteral("s") : QStringLiteral("r"));
            dmarc.insert(QStringLiteral("aspf"), d.policy.strictSpf ? QStringLiteral("s") : QStringLiteral("r"));
        }
        root.insert(QStringLiteral("dmarc"), dmarc);
    } else {
        root.insert(QStringLiteral("dmarc"), QJsonValue());
    }

    if (report.dkim) {
        const DkimKeyResult& k = *report.dkim;
        root.insert(QStringLiteral("dkim"),
            QJsonObject {{QStringLiteral("status"), QString::fromLatin1(dkimKeyStatusName(k.status))},
                {QStringLiteral("name"), QString::fromLatin1(k.name)},
                {QStringLiteral("domain"), QString::fromLatin1(k.domain)},
                {QStringLiteral("selector"), QString::fromLatin1(k.selector)},
                {QStringLiteral("key_type"),
                    k.key.type == DkimKeyType::Rsa ? QStringLiteral("rsa") : QStringLiteral("ed25519")},
                {QStringLiteral("bits"), k.status == DkimKeyStatus::Found ? QJsonValue(k.key.bits) : QJsonValue()},
                {QStringLiteral("testing"), k.key.testing}, {QStringLiteral("problem"), textOrNull(k.problem)}});
    } else {
        root.insert(QStringLiteral("dkim"), QJsonValue());
    }

    if (report.alignment) {
        const DmarcAlignment& a = *report.alignment;
        root.insert(QStringLiteral("alignment"),
            QJsonObject {{QStringLiteral("from_domain"), QString::fromLatin1(a.fromDomain)},
                {QStringLiteral("spf_domain"), QString::fromLatin1(a.spfDomain)},
                {QStringLiteral("spf_aligned"), a.spfAligned},
                {QStringLiteral("spf_pass"), a.spfChecked ? QJsonValue(a.spfPasses) : QJsonValue()},
                {QStringLiteral("dkim_domain"), textOrNull(QString::fromLatin1(a.dkimDomain))},
                {QStringLiteral("dkim_aligned"), a.dkimDomain.isEmpty() ? QJsonValue() : QJsonValue(a.dkimAligned)},
                {QStringLiteral("dkim_key"), a.dkimDomain.isEmpty() ? QJsonValue() : QJsonValue(a.dkimKeyFound)},
                {QStringLiteral("dmarc_pass"), a.passes()}});
    } else {
        root.insert(QStringLiteral("alignment"), QJsonValue());
    }

    if (report.mx) {
        const MxResult& m = *report.mx;
        QJsonArray hosts;
        for (const MxHost& host : m.hosts)
            hosts.append(QJsonObject {{QStringLiteral("preference"), host.preference},
                {QStringLiteral("host"), QString::fromLatin1(host.host)}});
        root.insert(QStringLiteral("mx"),
            QJsonObject {{QStringLiteral("status"), QString::fromLatin1(mxStatusName(m.status))},
                {QStringLiteral("hosts"), hosts}, {QStringLiteral("problem"), textOrNull(m.problem)}});
    } else {
        root.insert(QStringLiteral("mx"), QJsonValue());
    }

    if (report.helo) {
        QJsonArray addresses;
        for (const QHostAddress& address : report.helo->addresses)
            addresses.append(address.toString());
        root.insert(QStringLiteral("helo"),
            QJsonObject {{QStringLiteral("name"), QString::fromLatin1(report.helo->name)},
                {QStringLiteral("valid"), report.helo->validName}, {QStringLiteral("addresses"), addresses}});
    } else {
        root.insert(QStringLiteral("helo"), QJsonValue());
    }

    QJsonArray findings;
    for (const ReputationFinding& f : report.findings) {
        findings.append(
            QJsonObject {{QStringLiteral("severity"), QString::fromLatin1(reputationSeverityName(f.severity))},
                {QStringLiteral("title"), f.title}, {QStringLiteral("detail"), textOrNull(f.detail)},
                {QStringLiteral("fix_name"), textOrNull(f.fixName)},
                {QStringLiteral("fix_record"), textOrNull(QString::fromUtf8(f.fixRecord))},
                {QStringLiteral("topic"), QString::fromLatin1(f.topic)}});
    }
    root.insert(QStringLiteral("findings"), findings);
    return root;
}

QByteArray reportText(const ReputationReport& report)
{
    QByteArray out;
    for (const ReputationSeverity severity :
        {ReputationSeverity::Problem, ReputationSeverity::Warning, ReputationSeverity::Info}) {
        for (const ReputationFinding& f : report.findings) {
            if (f.severity != severity)
                continue;
            out += reputationSeverityName(f.severity).toByteArray().toUpper() + ": " + f.title.toUtf8() + '\n';
            if (!f.detail.isEmpty())
                out += "    " + f.detail.toUtf8() + '\n';
            if (!f.fixRecord.isEmpty())
                out += "    Publish at " + f.fixName.toUtf8() + ": " + f.fixRecord + '\n';
        }
    }
    out += "Checked " + report.checkedAt.toString(Qt::ISODate).toUtf8() + " in " + QByteArray::number(report.elapsedMs)
        + " ms.\n";
    return out;
}

} // namespace

int runCheckCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks sending IP addresses against DNS blocklists and Sender Score, their reverse DNS, and a sending "
        "domain's SPF, DMARC, DKIM key and MX. Exit status 0 when the checks ran, whatever they found."));
    parser.addHelpOption();
    const QCommandLineOption ipOption(
        QStringLiteral("ip"), QStringLiteral("A sending IPv4 or IPv6 address (repeatable)."), QStringLiteral("IP"));
    const QCommandLineOption domainOption(QStringLiteral("domain"),
        QStringLiteral("The board's domain, in its From addresses."), QStringLiteral("DOMAIN"));
    const QCommandLineOption selectorOption(
        QStringLiteral("selector"), QStringLiteral("A DKIM selector of the domain."), QStringLiteral("SELECTOR"));
    const QCommandLineOption heloOption(
        QStringLiteral("helo"), QStringLiteral("The name the SMTP server gives in HELO."), QStringLiteral("NAME"));
    const QCommandLineOption nameserverOption(QStringLiteral("nameserver"),
        QStringLiteral("Ask this DNS server (ADDR, ADDR:PORT or [IPv6]:PORT) instead of the system's."),
        QStringLiteral("ADDR[:PORT]"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        QStringLiteral("Milliseconds to wait for each answer (sent twice at most; default 2000)."),
        QStringLiteral("MS"), QStringLiteral("2000"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("text (default) or json."),
        QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption messageOption(QStringLiteral("message"),
        QStringLiteral("A message the board sent, as received (.eml, or its header): its From, Return-Path, "
                       "DKIM-Signature and Received headers fill what the other options leave out."),
        QStringLiteral("FILE"));
    const QCommandLineOption envelopeOption(QStringLiteral("envelope-domain"),
        QStringLiteral("The Return-Path (MAIL FROM) domain, when it is not the From domain."),
        QStringLiteral("DOMAIN"));
    const QCommandLineOption blocklistsOnlyOption(QStringLiteral("blocklists-only"),
        QStringLiteral("Check the addresses on the blocklists only (for many addresses at once)."));
    parser.addOptions({ipOption, domainOption, selectorOption, heloOption, nameserverOption, timeoutOption,
        formatOption, blocklistsOnlyOption, messageOption, envelopeOption});

    if (!parser.parse(arguments)) {
        Cli::err(QStringLiteral("mailroom-cli check: %1").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Cli::out(Cli::helpText(parser, QStringLiteral("check")));
        return ExitOk;
    }
    const auto usage = [](const QString& message) {
        Cli::err(QStringLiteral("mailroom-cli check: %1").arg(message));
        return int(ExitUsage);
    };
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    ReputationRequest request;
    for (const QString& text : parser.values(ipOption)) {
        QHostAddress ip;
        if (!ip.setAddress(text.trimmed()))
            return usage(QStringLiteral("\"%1\" is not an IPv4 or IPv6 address").arg(text));
        request.ips.append(ip);
    }
    if (parser.isSet(domainOption)) {
        request.domain = Dns::domainFromText(parser.value(domainOption));
        if (request.domain.isEmpty())
            return usage(QStringLiteral("\"%1\" is not a domain name").arg(parser.value(domainOption)));
    }
    request.selector = parser.value(selectorOption).trimmed().toLatin1();
    if (parser.isSet(envelopeOption)) {
        request.envelopeDomain = Dns::domainFromText(parser.value(envelopeOption));
        if (request.envelopeDomain.isEmpty())
            return usage(QStringLiteral("\"%1\" is not a domain name").arg(parser.value(envelopeOption)));
    }
    request.helo = parser.value(heloOption).trimmed().toLatin1();
    if (parser.isSet(messageOption)) {
        QFile file(parser.value(messageOption));
        if (!file.open(QIODevice::ReadOnly)) {
            Cli::err(QStringLiteral("mailroom-cli check: cannot read %1: %2").arg(file.fileName(), file.errorString()));
            return ExitFailure;
        }
        const SentMessage message = SentMessage::read(file.read(4 * 1024 * 1024));
        if (message.isEmpty())
            return usage(QStringLiteral("%1 has no From, Return-Path or DKIM-Signature header").arg(file.fileName()));
        message.fill(&request); // what the options name wins
    }
    if (!request.selector.isEmpty() && request.domain.isEmpty())
        return usage(QStringLiteral("--selector needs --domain"));
    request.blocklistsOnly = parser.isSet(blocklistsOnlyOption);
    if (request.ips.isEmpty() && request.domain.isEmpty())
        return usage(QStringLiteral("name at least one --ip or a --domain"));
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usage(QStringLiteral("--format must be text or json, not \"%1\"").arg(format));
    bool timeoutOk = false;
    const int timeout = parser.value(timeoutOption).toInt(&timeoutOk);
    if (!timeoutOk || timeout < 50 || timeout > 60000)
        return usage(QStringLiteral("--timeout must be 50 to 60000 milliseconds"));

    CaresResolver::Options options;
    options.timeoutMs = timeout;
    if (parser.isSet(nameserverOption)) {
        options.nameserver = parser.value(nameserverOption);
        QHostAddress address;
        quint16 port = 0;
        QString error;
        if (!CaresResolver::parseNameserver(options.nameserver, &address, &port, &error))
            return usage(error);
    }
    CaresResolver resolver(options);
    if (!resolver.isValid()) {
        Cli::err(QStringLiteral("mailroom-cli check: %1").arg(resolver.errorString()));
        return ExitFailure;
    }

    ReputationReport report;
    QEventLoop loop;
    bool finished = false;
    ReputationCheck::run(resolver, request, {}, [&](const ReputationReport& result) {
        report = result;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();

    if (format == QLatin1String("json"))
        Cli::out(
            QJsonDocument(reportJson(report, request.domain, request.envelopeDomain)).toJson(QJsonDocument::Indented));
    else
        Cli::out(reportText(report));
    return ExitOk;
}
