#include "ExportCommand.h"

#include "BoardCommand.h"
#include "CliCommon.h"
#include "board/AuditLog.h"
#include "board/BoardSession.h"
#include "bounces/BounceScan.h"
#include "export/ContactExport.h"
#include "support/Settings.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

const QString Name = QStringLiteral("mailroom-cli export");

int fail(const QString& message, int code = ExitFailure)
{
    Cli::err(QStringLiteral("%1: %2").arg(Name, message));
    return code;
}

// A saved definition's name, or a definition file (JSON); a file wins.
std::optional<ExportDefinition> definitionFor(const QString& given, QString* error)
{
    QJsonObject json;
    if (QFileInfo(given).isFile()) {
        QFile file(given);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(given, file.errorString());
            return std::nullopt;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!document.isObject()) {
            *error = QStringLiteral("%1 is not an export definition: %2").arg(given, parseError.errorString());
            return std::nullopt;
        }
        json = document.object();
    } else {
        const Settings settings;
        json = settings.exportDefinition(given);
        if (json.isEmpty()) {
            QStringList names;
            for (const QJsonObject& saved : settings.exportDefinitions())
                names << saved.value(QStringLiteral("name")).toString();
            *error = QStringLiteral("no export definition \"%1\": give a definition file (JSON) or a saved one%2")
                         .arg(given,
                             names.isEmpty() ? QStringLiteral(" (none is saved yet)")
                                             : QStringLiteral(": ") + names.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    std::optional<ExportDefinition> definition = ExportDefinition::fromJson(json, error);
    if (definition)
        return definition;
    *error = QStringLiteral("%1: %2").arg(given, *error);
    return std::nullopt;
}

// "email,first_name:Vorname,full_name" into columns.
bool parseFields(const QString& text, QList<ExportColumn>* columns, QString* error)
{
    columns->clear();
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = item.indexOf(QLatin1Char(':'));
        const ExportColumn column {
            (colon < 0 ? item : item.left(colon)).trimmed(), colon < 0 ? QString() : item.mid(colon + 1)};
        if (!ExportFields::keys().contains(column.key)) {
            *error = QStringLiteral("there is no field \"%1\"; the fields are: %2")
                         .arg(column.key, ExportFields::keys().join(QStringLiteral(", ")));
            return false;
        }
        columns->append(column);
    }
    if (columns->isEmpty()) {
        *error = QStringLiteral("--fields names no field");
        return false;
    }
    return true;
}

bool parseChoice(const QString& key, const QString& value, Choice* choice, QString* error)
{
    if (value == QLatin1String("yes") || value == QLatin1String("no") || value == QLatin1String("any")) {
        *choice = value == QLatin1String("yes") ? Choice::Yes : value == QLatin1String("no") ? Choice::No : Choice::Any;
        return true;
    }
    *error = QStringLiteral("%1 must be yes, no or any, not \"%2\"").arg(key, value);
    return false;
}

// One --where: country=DE,FR  region=...  city=...  subscribed=yes  job_alert=no  status=archived
// registered_at>=2024-01-01  registered_at<=...  last_login_at>=...  last_login_at<=...
bool parseWhere(const QString& text, ExportCriteria* c, QString* error)
{
    static const QRegularExpression form(QStringLiteral(R"(^\s*([a-z_]+)\s*(>=|<=|=)\s*(.*?)\s*$)"));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch()) {
        *error = QStringLiteral("--where \"%1\" is not KEY=VALUE, KEY>=DATE or KEY<=DATE").arg(text);
        return false;
    }
    const QString key = m.captured(1);
    const QString op = m.captured(2);
    const QString value = m.captured(3);
    const QStringList list = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (op == QLatin1String("=")) {
        if (key == QLatin1String("country"))
            c->countries = list;
        else if (key == QLatin1String("region"))
            c->regions = list;
        else if (key == QLatin1String("city"))
            c->cities = list;
        else if (key == QLatin1String("subscribed"))
            return parseChoice(key, value, &c->subscribed, error);
        else if (key == QLatin1String("job_alert"))
            return parseChoice(key, value, &c->jobAlert, error);
        else if (key == QLatin1String("status")) {
            if (value != QLatin1String("active") && value != QLatin1String("archived")
                && value != QLatin1String("any")) {
                *error = QStringLiteral("status must be active, archived or any, not \"%1\"").arg(value);
                return false;
            }
            c->status = value == QLatin1String("active") ? StatusChoice::Active
                : value == QLatin1String("archived")     ? StatusChoice::Archived
                                                         : StatusChoice::Any;
        } else {
            *error = QStringLiteral("--where cannot select by \"%1\": use country, region, city, subscribed, "
                                    "job_alert, status, registered_at or last_login_at")
                         .arg(key);
            return false;
        }
        return true;
    }
    const QDate date = QDate::fromString(value, Qt::ISODate);
    QDate* bound = nullptr;
    if (key == QLatin1String("registered_at"))
        bound = op == QLatin1String(">=") ? &c->registeredFrom : &c->registeredTo;
    else if (key == QLatin1String("last_login_at"))
        bound = op == QLatin1String(">=") ? &c->lastLoginFrom : &c->lastLoginTo;
    if (!bound) {
        *error = QStringLiteral("only registered_at and last_login_at take >= and <=, not \"%1\"").arg(key);
        return false;
    }
    if (!date.isValid()) {
        *error = QStringLiteral("\"%1\" is not a date like 2025-01-31").arg(value);
        return false;
    }
    *bound = date;
    return true;
}

bool turnOffCleanups(const QString& text, ExportCleanup* cleanup, QString* error)
{
    for (const QString& name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool* flag = name == QLatin1String("hard_bounced") ? &cleanup->hardBounced
            : name == QLatin1String("archived")            ? &cleanup->archived
            : name == QLatin1String("not_opted_in")        ? &cleanup->notOptedIn
            : name == QLatin1String("duplicates")          ? &cleanup->duplicates
            : name == QLatin1String("invalid")             ? &cleanup->invalid
            : name == QLatin1String("trim")                ? &cleanup->trim
                                                           : nullptr;
        if (!flag) {
            *error = QStringLiteral("there is no clean-up \"%1\": hard_bounced, archived, not_opted_in, duplicates, "
                                    "invalid, trim")
                         .arg(name);
            return false;
        }
        *flag = false;
    }
    return true;
}

} // namespace

int runExportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Exports the board's contacts to a CSV file that Excel, LibreOffice and mailing services read as they are. "
        "The file is written through a temporary file and replaces --out only when complete. Clean-ups are on unless "
        "--keep turns them off: hard-bounced or \"email bounced\" users, archived users, users not opted in, "
        "duplicate addresses, invalid addresses, spaces around values."));
    parser.addHelpOption();
    const QCommandLineOption profileOption = BoardCli::profileOption();
    const QCommandLineOption definitionOption(QStringLiteral("definition"),
        QStringLiteral("An export definition saved in Mailroom, or a definition file (JSON). Options given beside it "
                       "change it."),
        QStringLiteral("NAME|FILE"));
    const QCommandLineOption typeOption(
        QStringLiteral("type"), QStringLiteral("seekers, employers or both (default)."), QStringLiteral("TYPE"));
    const QCommandLineOption fieldsOption(QStringLiteral("fields"),
        QStringLiteral("Columns, in order: field keys with an optional header after a colon, e.g. "
                       "email,first_name:Vorname,full_name. Default: email,first_name,last_name."),
        QStringLiteral("LIST"));
    const QCommandLineOption whereOption(QStringLiteral("where"),
        QStringLiteral("A criterion, repeatable: country=DE,FR; region=...; city=...; subscribed=yes|no; "
                       "job_alert=yes|no; status=active|archived|any; registered_at>=DATE; registered_at<=DATE; "
                       "last_login_at>=DATE; last_login_at<=DATE."),
        QStringLiteral("CRITERION"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
        QStringLiteral("Clean-ups to turn off: hard_bounced, archived, not_opted_in, duplicates, invalid, trim."),
        QStringLiteral("LIST"));
    const QCommandLineOption presetOption(QStringLiteral("preset"),
        QStringLiteral("excel, rfc4180 (default), mailchimp, brevo or mailerlite."), QStringLiteral("PRESET"));
    const QCommandLineOption separatorOption(QStringLiteral("separator"),
        QStringLiteral("The field separator (one character, or tab)."), QStringLiteral("C"));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"), QStringLiteral("utf-8, utf-8-bom or windows-1252."), QStringLiteral("ENCODING"));
    const QCommandLineOption lineEndingOption(
        QStringLiteral("line-ending"), QStringLiteral("crlf, lf or cr."), QStringLiteral("ENDING"));
    const QCommandLineOption noHeaderOption(QStringLiteral("no-header"), QStringLiteral("Write no header row."));
    const QCommandLineOption emptyOption(
        QStringLiteral("empty"), QStringLiteral("Text written for empty values."), QStringLiteral("TEXT"));
    const QCommandLineOption dateFormatOption(QStringLiteral("date-format"),
        QStringLiteral("Qt date format of dates, e.g. dd.MM.yyyy (default yyyy-MM-dd)."), QStringLiteral("FORMAT"));
    const QCommandLineOption noProtectionOption(QStringLiteral("no-formula-protection"),
        QStringLiteral("Write cells starting with = + - @ as they are (spreadsheets may run them as formulas)."));
    const QCommandLineOption logOption(QStringLiteral("log"),
        QStringLiteral("An SMTP server log (file or folder) whose hard bounces are left out and give "
                       "bounce_category and last_bounce_at; repeatable."),
        QStringLiteral("PATH"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("The CSV file to write."), QStringLiteral("FILE"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), QStringLiteral("Count what would be exported; write nothing."));
    const QCommandLineOption saveOption(QStringLiteral("save-definition"),
        QStringLiteral("Also save the definition under this name, for Mailroom and --definition."),
        QStringLiteral("NAME"));
    const QCommandLineOption passwordOption = BoardCli::passwordOption();
    parser.addOptions({profileOption, definitionOption, typeOption, fieldsOption, whereOption, keepOption, presetOption,
        separatorOption, encodingOption, lineEndingOption, noHeaderOption, emptyOption, dateFormatOption,
        noProtectionOption, logOption, outOption, dryRunOption, saveOption, passwordOption});
    if (!parser.parse(arguments))
        return fail(parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        Cli::out(Cli::helpText(parser, QStringLiteral("export")));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()), ExitUsage);
    const bool dryRun = parser.isSet(dryRunOption);
    if (!parser.isSet(outOption) && !dryRun)
        return fail(QStringLiteral("name the file to write with --out FILE (or count with --dry-run)"), ExitUsage);

    QString error;
    ExportDefinition definition;
    if (parser.isSet(definitionOption)) {
        std::optional<ExportDefinition> given = definitionFor(parser.value(definitionOption), &error);
        if (!given)
            return fail(error, ExitUsage);
        definition = *given;
    }
    if (parser.isSet(typeOption)) {
        const QString type = parser.value(typeOption);
        if (type != QLatin1String("seekers") && type != QLatin1String("employers") && type != QLatin1String("both"))
            return fail(QStringLiteral("--type must be seekers, employers or both, not \"%1\"").arg(type), ExitUsage);
        definition.who = type == QLatin1String("seekers") ? ContactKind::Seekers
            : type == QLatin1String("employers")          ? ContactKind::Employers
                                                          : ContactKind::Both;
    }
    if (parser.isSet(fieldsOption) && !parseFields(parser.value(fieldsOption), &definition.columns, &error))
        return fail(error, ExitUsage);
    for (const QString& where : parser.values(whereOption)) {
        if (!parseWhere(where, &definition.criteria, &error))
            return fail(error, ExitUsage);
    }
    for (const QString& keep : parser.values(keepOption)) {
        if (!turnOffCleanups(keep, &definition.cleanup, &error))
            return fail(error, ExitUsage);
    }
    if (parser.isSet(presetOption)) {
        const std::optional<CsvPreset> preset = CsvPresets::named(parser.value(presetOption).toLatin1());
        if (!preset || *preset == CsvPreset::Custom)
            return fail(QStringLiteral("--preset must be excel, rfc4180, mailchimp, brevo or mailerlite, not \"%1\"")
                            .arg(parser.value(presetOption)),
                ExitUsage);
        definition.preset = *preset;
        definition.format = CsvPresets::format(*preset);
    }
    // Single settings over the preset's, through the same checks as a definition file.
    QJsonObject format = definition.format.toJson();
    if (parser.isSet(separatorOption)) {
        const QString separator = parser.value(separatorOption);
        format.insert(
            QStringLiteral("separator"), separator == QLatin1String("tab") ? QStringLiteral("\t") : separator);
    }
    if (parser.isSet(encodingOption))
        format.insert(QStringLiteral("encoding"), parser.value(encodingOption));
    if (parser.isSet(lineEndingOption))
        format.insert(QStringLiteral("line_ending"), parser.value(lineEndingOption));
    if (parser.isSet(noHeaderOption))
        format.insert(QStringLiteral("header"), false);
    if (parser.isSet(emptyOption))
        format.insert(QStringLiteral("empty_text"), parser.value(emptyOption));
    if (parser.isSet(dateFormatOption))
        format.insert(QStringLiteral("date_format"), parser.value(dateFormatOption));
    if (parser.isSet(noProtectionOption))
        format.insert(QStringLiteral("formula_protection"), false);
    const std::optional<CsvFormat> csv = CsvFormat::fromJson(format, &error);
    if (!csv)
        return fail(error, ExitUsage);
    definition.format = *csv; // the preset still names the columns

    const std::optional<BoardConnection> connection = BoardCli::connectionFor(parser.value(profileOption), &error);
    if (!connection)
        return fail(error, parser.value(profileOption) == QLatin1String("demo") ? ExitFailure : ExitUsage);

    ExportBounces bounces;
    if (parser.isSet(logOption)) {
        BounceScanRequest request;
        request.paths = parser.values(logOption);
        const std::shared_ptr<BounceScanResult> scan = runBounceScan(request);
        if (!scan->report.errors.isEmpty())
            return fail(scan->report.errors.join(QStringLiteral("; ")));
        bounces = exportBouncesFrom(scan->recipients);
    }

    if (parser.isSet(saveOption)) {
        definition.name = parser.value(saveOption);
        Settings settings;
        settings.saveExportDefinition(definition.toJson());
        settings.sync();
    }

    const std::optional<QString> password = BoardCli::passwordFor(*connection, parser.isSet(passwordOption), &error);
    if (!password)
        return fail(error);
    AuditLog audit;
    if (!audit.open(Settings().auditLogPath(), &error))
        return fail(error);
    BoardSession session(*connection, audit);
    if (!session.open(*password, &error))
        return fail(error);

    const QString target = dryRun ? QString() : parser.value(outOption);
    const ExportSummary summary = runContactExport(session, definition, bounces, target);
    if (!summary.ok)
        return fail(summary.describe());
    Cli::out((summary.describe() + QLatin1Char('\n')).toUtf8());
    return ExitOk;
}
