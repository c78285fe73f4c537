#include "board/SchemaProfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {

class SchemaText
{
    Q_DECLARE_TR_FUNCTIONS(SchemaText)
};

constexpr const char* FieldKeys[BoardFieldCount]
    = {"id", "type", "first_name", "last_name", "display_name", "company", "email", "city", "region", "postcode",
        "country", "subscribed", "status", "registered_at", "last_login_at", "job_alert"};

bool isExpression(const QString& text)
{
    return text.startsWith(u'(') && text.endsWith(u')');
}

// An expression may read; it may not end the statement, hide text in a comment, or write.
bool expressionLooksSafe(const QString& expression, QString* why)
{
    for (const QString& token : {u";"_s, u"--"_s, u"/*"_s, u"*/"_s, u"#"_s, u"\\"_s}) {
        if (expression.contains(token)) {
            *why = SchemaText::tr("it holds \"%1\"").arg(token);
            return false;
        }
    }
    static const QRegularExpression writes(
        uR"(\b(insert|update|delete|drop|alter|create|grant|revoke|truncate|replace|merge|call|exec|execute|)"
        uR"(load|into|attach|detach|pragma|copy|set|lock|unlock|handler|sleep|benchmark|pg_sleep|outfile)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = writes.match(expression); match.hasMatch()) {
        *why = SchemaText::tr("it uses \"%1\", which a read of one value does not need").arg(match.captured(1));
        return false;
    }
    return true;
}

QString tableName(const QSqlDatabase& db, const QString& name)
{
    return db.driver()->escapeIdentifier(name, QSqlDriver::TableName);
}

// The table's column names. Some drivers' catalogue calls find none (MariaDB's ODBC driver
// without a catalogue name): then a query that reads no row tells, from its result's columns.
// table is a name db.tables() listed, quoted here.
QStringList columnsOf(const QSqlDatabase& db, const QString& table)
{
    QSqlRecord record = db.record(table);
    if (record.isEmpty()) {
        QSqlQuery probe(db);
        if (probe.exec(u"SELECT * FROM %1 WHERE 1 = 0"_s.arg(tableName(db, table))))
            record = probe.record();
    }
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    return columns;
}

} // namespace

QByteArrayView boardFieldKey(BoardField field)
{
    return FieldKeys[int(field)];
}

std::optional<BoardField> boardFieldNamed(QByteArrayView key)
{
    for (int i = 0; i < BoardFieldCount; ++i) {
        if (key == FieldKeys[i])
            return BoardField(i);
    }
    return std::nullopt;
}

bool SchemaProfile::isIdentifier(QStringView name)
{
    static const QRegularExpression identifier(uR"(^[A-Za-z_][A-Za-z0-9_]{0,63}$)"_s);
    return identifier.match(name).hasMatch();
}

bool SchemaProfile::isColumn(BoardField f) const
{
    return isIdentifier(fields.value(f));
}

bool SchemaProfile::validate(const QSqlDatabase& db, QString* error) const
{
    if (!isIdentifier(usersTable)) {
        *error = SchemaText::tr("The users' table \"%1\" is not a plain table name.").arg(usersTable);
        return false;
    }
    if (!db.tables().contains(usersTable)) {
        *error = SchemaText::tr("The database has no table \"%1\".").arg(usersTable);
        return false;
    }
    const QStringList columns = columnsOf(db, usersTable);
    const auto hasColumn = [&](const QString& column) { return columns.contains(column); };

    for (const BoardField required : {BoardField::Id, BoardField::Email}) {
        if (!isColumn(required)) {
            *error = SchemaText::tr("The field %1 must be a column of %2.")
                         .arg(QString::fromLatin1(boardFieldKey(required)), usersTable);
            return false;
        }
    }
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QString key = QString::fromLatin1(boardFieldKey(it.key()));
        const QString& mapped = it.value();
        if (mapped.isEmpty())
            continue;
        if (isIdentifier(mapped)) {
            if (!hasColumn(mapped)) {
                *error = SchemaText::tr("The field %1 names the column \"%2\", which %3 does not have (it has %4).")
                             .arg(key, mapped, usersTable, columns.join(u", "_s));
                return false;
            }
            continue;
        }
        if (!isExpression(mapped)) {
            *error = SchemaText::tr("The field %1 is neither a column name nor an expression in parentheses: \"%2\".")
                         .arg(key, mapped);
            return false;
        }
        QString why;
        if (!expressionLooksSafe(mapped, &why)) {
            *error = SchemaText::tr("The expression of the field %1 is refused: %2.").arg(key, why);
            return false;
        }
    }
    if (!bouncedColumn.isEmpty() && (!isIdentifier(bouncedColumn) || !hasColumn(bouncedColumn))) {
        *error = SchemaText::tr("The \"email bounced\" column \"%1\" is not a column of %2.")
                     .arg(bouncedColumn, usersTable);
        return false;
    }

    // The names are real; now each expression must compile against them (it reads no row).
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!isExpression(it.value()))
            continue;
        QSqlQuery probe(db);
        if (!probe.exec(u"SELECT %1 FROM %2 WHERE 1 = 0"_s.arg(it.value(), tableName(db, usersTable)))) {
            *error = SchemaText::tr("The expression of the field %1 does not run: %2")
                         .arg(QString::fromLatin1(boardFieldKey(it.key())), probe.lastError().text());
            return false;
        }
    }
    return true;
}

QJsonObject SchemaProfile::toJson() const
{
    QJsonObject mapped;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        mapped.insert(QString::fromLatin1(boardFieldKey(it.key())), it.value());
    return {{u"name"_s, name}, {u"users_table"_s, usersTable}, {u"fields"_s, mapped}, {u"seeker_value"_s, seekerValue},
        {u"employer_value"_s, employerValue}, {u"active_value"_s, activeValue}, {u"archived_value"_s, archivedValue},
        {u"bounced_column"_s, bouncedColumn}};
}

std::optional<SchemaProfile> SchemaProfile::fromJson(const QJsonObject& json, QString* error)
{
    SchemaProfile p;
    p.name = json.value(u"name"_s).toString();
    p.usersTable = json.value(u"users_table"_s).toString();
    const QJsonObject mapped = json.value(u"fields"_s).toObject();
    for (auto it = mapped.constBegin(); it != mapped.constEnd(); ++it) {
        const std::optional<BoardField> field = boardFieldNamed(it.key().toLatin1());
        if (!field) {
            *error = SchemaText::tr("The profile maps \"%1\", which is not a field Mailroom knows.").arg(it.key());
            return std::nullopt;
        }
        p.fields.insert(*field, it.value().toString().trimmed());
    }
    const auto text = [&](const char* key, const QString& fallback) {
        return json.contains(QLatin1String(key)) ? json.value(QLatin1String(key)).toString() : fallback;
    };
    p.seekerValue = text("seeker_value", p.seekerValue);
    p.employerValue = text("employer_value", p.employerValue);
    p.activeValue = text("active_value", p.activeValue);
    p.archivedValue = text("archived_value", p.archivedValue);
    p.bouncedColumn = text("bounced_column", {});
    if (p.name.isEmpty() || p.usersTable.isEmpty()) {
        *error = SchemaText::tr("The profile has no name or no users' table.");
        return std::nullopt;
    }
    return p;
}

SchemaProfile SchemaProfile::demo()
{
    SchemaProfile p;
    p.name = u"demo"_s;
    p.usersTable = u"users"_s;
    for (const BoardField f : {BoardField::Id, BoardField::Type, BoardField::FirstName, BoardField::LastName,
             BoardField::Company, BoardField::Email, BoardField::City, BoardField::Region, BoardField::Postcode,
             BoardField::Country, BoardField::Subscribed, BoardField::Status, BoardField::RegisteredAt,
             BoardField::LastLoginAt, BoardField::JobAlert}) {
        p.fields.insert(f, QString::fromLatin1(boardFieldKey(f)));
    }
    return p;
}

SchemaProfile SchemaProfile::wordpress(const QString& prefix)
{
    SchemaProfile p;
    p.name = u"wordpress"_s;
    p.usersTable = prefix + u"users"_s;
    const QString meta = prefix + u"usermeta"_s;
    const auto metaValue = [&](const QString& key) {
        return u"(SELECT m.meta_value FROM %1 m WHERE m.user_id = %2.ID AND m.meta_key = '%3')"_s.arg(
            meta, p.usersTable, key);
    };
    p.fields = {
        {BoardField::Id, u"ID"_s},
        {BoardField::Email, u"user_email"_s},
        {BoardField::DisplayName, u"display_name"_s},
        {BoardField::RegisteredAt, u"user_registered"_s},
        {BoardField::FirstName, metaValue(u"first_name"_s)},
        {BoardField::LastName, metaValue(u"last_name"_s)},
        // WP Job Manager gives employers the role "employer"; the Resumes add-on "candidate".
        {BoardField::Type,
            u"(SELECT CASE WHEN m.meta_value LIKE '%\"employer\"%' THEN 'employer' ELSE 'seeker' END FROM %1 m "
            "WHERE m.user_id = %2.ID AND m.meta_key = '%3capabilities')"_s.arg(meta, p.usersTable, prefix)},
    };
    return p;
}

SchemaProfile SchemaProfile::smartJobBoard()
{
    SchemaProfile p;
    p.name = u"smartjobboard"_s;
    p.usersTable = u"users"_s;
    p.fields = {
        {BoardField::Id, u"sid"_s},
        {BoardField::Email, u"email"_s},
        {BoardField::DisplayName, u"username"_s},
        {BoardField::RegisteredAt, u"registration_date"_s},
        {BoardField::Status, u"active"_s},
        {BoardField::Type, u"(SELECT g.id FROM user_groups g WHERE g.sid = users.user_group_sid)"_s},
    };
    p.seekerValue = u"JobSeeker"_s;
    p.employerValue = u"Employer"_s;
    p.activeValue = u"1"_s;
    p.archivedValue = u"0"_s;
    return p;
}

QList<SchemaProfile> SchemaProfile::builtIns()
{
    return {demo(), wordpress(), smartJobBoard()};
}

std::optional<SchemaProfile> SchemaProfile::builtIn(const QString& name)
{
    for (const SchemaProfile& p : builtIns()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

QStringList SchemaProfile::columns(const QSqlDatabase& db, const QString& table)
{
    return isIdentifier(table) ? columnsOf(db, table) : QStringList();
}

SchemaProfile SchemaProfile::propose(const QSqlDatabase& db)
{
    // Usual column names per field, most likely first.
    static const QHash<BoardField, QStringList> usual {
        {BoardField::Id, {u"id"_s, u"ID"_s, u"sid"_s, u"user_id"_s, u"uid"_s}},
        {BoardField::Email, {u"email"_s, u"user_email"_s, u"email_address"_s, u"mail"_s, u"email1"_s}},
        {BoardField::Type, {u"type"_s, u"user_type"_s, u"role"_s, u"kind"_s}},
        {BoardField::FirstName, {u"first_name"_s, u"firstname"_s, u"given_name"_s}},
        {BoardField::LastName, {u"last_name"_s, u"lastname"_s, u"surname"_s, u"family_name"_s}},
        {BoardField::DisplayName, {u"display_name"_s, u"name"_s, u"full_name"_s, u"username"_s}},
        {BoardField::Company, {u"company"_s, u"company_name"_s, u"organisation"_s, u"organization"_s}},
        {BoardField::City, {u"city"_s, u"town"_s}},
        {BoardField::Region, {u"region"_s, u"state"_s, u"county"_s, u"province"_s}},
        {BoardField::Postcode, {u"postcode"_s, u"zip"_s, u"zipcode"_s, u"postal_code"_s}},
        {BoardField::Country, {u"country"_s, u"country_code"_s}},
        {BoardField::Subscribed, {u"subscribed"_s, u"newsletter"_s, u"opt_in"_s, u"optin"_s}},
        {BoardField::Status, {u"status"_s, u"active"_s, u"is_active"_s}},
        {BoardField::RegisteredAt, {u"registered_at"_s, u"created_at"_s, u"registration_date"_s, u"date_created"_s}},
        {BoardField::LastLoginAt, {u"last_login_at"_s, u"last_login"_s, u"last_seen_at"_s}},
        {BoardField::JobAlert, {u"job_alert"_s, u"has_job_alert"_s, u"job_alerts"_s}},
    };
    SchemaProfile p;
    p.name = u"custom"_s;
    for (const QString& table : db.tables()) {
        if (!isIdentifier(table))
            continue;
        const QStringList columns = columnsOf(db, table);
        const bool hasEmail = std::any_of(usual[BoardField::Email].begin(), usual[BoardField::Email].end(),
            [&](const QString& c) { return columns.contains(c, Qt::CaseInsensitive); });
        if (!hasEmail)
            continue;
        // The first table with an e-mail column, preferring one called like users.
        if (!p.usersTable.isEmpty() && !table.contains(u"user"_s, Qt::CaseInsensitive))
            continue;
        p.usersTable = table;
        p.fields.clear();
        for (auto it = usual.constBegin(); it != usual.constEnd(); ++it) {
            for (const QString& candidate : it.value()) {
                const qsizetype at = columns.indexOf(candidate); // exact first, then any case
                const auto found = at >= 0 ? columns.cbegin() + at
                                           : std::find_if(columns.cbegin(), columns.cend(), [&](const QString& c) {
                                                 return c.compare(candidate, Qt::CaseInsensitive) == 0;
                                             });
                if (found != columns.cend()) {
                    p.fields.insert(it.key(), *found);
                    break;
                }
            }
        }
        if (table.compare(u"users"_s, Qt::CaseInsensitive) == 0)
            break;
    }
    return p;
}
