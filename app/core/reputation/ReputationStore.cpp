#include "reputation/ReputationStore.h"

#include "reputation/ReputationText.h"
#include "support/Files.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

constexpr int Version = 1;

std::optional<ReputationSeverity> severityNamed(const QString& name)
{
    for (const ReputationSeverity severity :
        {ReputationSeverity::Info, ReputationSeverity::Warning, ReputationSeverity::Problem}) {
        if (name == QLatin1String(reputationSeverityName(severity)))
            return severity;
    }
    return std::nullopt;
}

} // namespace

namespace ReputationStore {

QString pathIn(const QString& dataFolder)
{
    return dataFolder + u"/reputation/last-check.json"_s;
}

bool save(const QString& path, const ReputationReport& report, QString* error)
{
    QJsonArray ips;
    for (const IpReputation& ip : report.ips)
        ips.append(ip.ip.toString());
    QJsonArray findings;
    for (const ReputationFinding& f : report.findings) {
        findings.append(QJsonObject {{u"severity"_s, QString::fromLatin1(reputationSeverityName(f.severity))},
            {u"title"_s, f.title}, {u"detail"_s, f.detail}, {u"fix_name"_s, f.fixName},
            {u"fix_record"_s, QString::fromUtf8(f.fixRecord)}, {u"topic"_s, QString::fromLatin1(f.topic)}});
    }
    const QJsonObject root {{u"version"_s, Version}, {u"checked_at"_s, report.checkedAt.toString(Qt::ISODateWithMs)},
        {u"elapsed_ms"_s, report.elapsedMs}, {u"ips"_s, ips}, {u"domain"_s, QString::fromLatin1(report.domain)},
        {u"findings"_s, findings}};

    return Files::writeWhole(path, QJsonDocument(root).toJson(), error);
}

std::optional<ReputationReport> load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    const auto unreadable = [&](const QString& why) {
        *error = ReputationText::tr("The last check, kept in %1, cannot be read: %2")
                     .arg(QDir::toNativeSeparators(path), why);
        return std::nullopt;
    };
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(16 * 1024 * 1024), &parseError);
    if (!document.isObject())
        return unreadable(parseError.errorString());
    const QJsonObject root = document.object();
    if (root.value(u"version"_s).toInt() != Version)
        return unreadable(ReputationText::tr("it was written by another version of Mailroom"));

    ReputationReport report;
    report.checkedAt = QDateTime::fromString(root.value(u"checked_at"_s).toString(), Qt::ISODateWithMs);
    if (!report.checkedAt.isValid())
        return unreadable(ReputationText::tr("it has no valid time"));
    report.elapsedMs = root.value(u"elapsed_ms"_s).toInteger();
    report.domain = root.value(u"domain"_s).toString().toLatin1();
    for (const QJsonValue& value : root.value(u"ips"_s).toArray()) {
        IpReputation ip;
        if (!ip.ip.setAddress(value.toString()))
            return unreadable(ReputationText::tr("\"%1\" is not an IP address").arg(value.toString()));
        report.ips.append(ip);
    }
    for (const QJsonValue& value : root.value(u"findings"_s).toArray()) {
        const QJsonObject f = value.toObject();
        const std::optional<ReputationSeverity> severity = severityNamed(f.value(u"severity"_s).toString());
        const QString title = f.value(u"title"_s).toString();
        if (!severity || title.isEmpty())
            return unreadable(ReputationText::tr("a finding has no severity or no title"));
        report.findings.append({*severity, title, f.value(u"detail"_s).toString(), f.value(u"fix_name"_s).toString(),
            f.value(u"fix_record"_s).toString().toUtf8(), f.value(u"topic"_s).toString().toLatin1()});
    }
    return report;
}

} // namespace ReputationStore
