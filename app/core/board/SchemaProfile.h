#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Mailroom's names for what a board knows of a user (DESIGN.md, "Board fields"), and one board's
// schema mapped onto them: the users' table, a column or a read-only SQL expression per field,
// the values that mean seeker and employer, active and archived, and where "email bounced" is
// kept. Nothing from a profile reaches SQL unchecked: validate() compares every name with the
// real schema first, and SQL is built only from names that passed, quoted by the driver.

enum class BoardField
{
    Id,
    Type,
    FirstName,
    LastName,
    DisplayName,
    Company,
    Email,
    City,
    Region,
    Postcode,
    Country,
    Subscribed,
    Status,
    RegisteredAt,
    LastLoginAt,
    JobAlert, // the user has an active job alert: non-zero, or true
};

constexpr int BoardFieldCount = int(BoardField::JobAlert) + 1;
QByteArrayView boardFieldKey(BoardField field); // "id", "type", "first_name", ...
std::optional<BoardField> boardFieldNamed(QByteArrayView key);

struct SchemaProfile
{
    QString name; // "demo", "wordpress", "smartjobboard", or the owner's
    QString usersTable;
    // A field is a column of usersTable ("email") or, for reading only, an SQL expression in
    // parentheses ("(SELECT ... WHERE m.user_id = wp_users.ID)"). Unmapped fields read as empty.
    QHash<BoardField, QString> fields;
    QString seekerValue = QStringLiteral("seeker"); // what the type field holds for each kind
    QString employerValue = QStringLiteral("employer");
    QString activeValue = QStringLiteral("active"); // what the status field holds
    QString archivedValue = QStringLiteral("archived");
    QString bouncedColumn; // a column of usersTable holding 0/1, if the board has one

    QString field(BoardField f) const { return fields.value(f); }
    bool isColumn(BoardField f) const; // mapped to a plain column: it can be written
    static bool isIdentifier(QStringView name);

    // Every name the profile uses exists in db, every expression compiles, nothing tries to
    // smuggle SQL in; the id and email fields are plain columns. False with *error naming the
    // field and what is wrong. Runs only "SELECT ... WHERE 1 = 0" probes after the names pass.
    bool validate(const QSqlDatabase& db, QString* error) const;

    QJsonObject toJson() const;
    static std::optional<SchemaProfile> fromJson(const QJsonObject& json, QString* error);

    static SchemaProfile demo();
    // WordPress with WP Job Manager: wp_users, the role from usermeta <prefix>capabilities,
    // names from usermeta first_name / last_name. Archive state needs a column Mailroom owns.
    static SchemaProfile wordpress(const QString& tablePrefix = QStringLiteral("wp_"));
    // SmartJobBoard classic: users with user_group_sid (1 employer, 2 job seeker by default), active 0/1.
    static SchemaProfile smartJobBoard();
    static QList<SchemaProfile> builtIns();
    static std::optional<SchemaProfile> builtIn(const QString& name);

    // A first mapping for an unknown schema from its table and column names: the table with an
    // e-mail column, and for each field the column whose name is a usual one for it. For the
    // owner to check in the mapping editor; validate() still decides.
    static SchemaProfile propose(const QSqlDatabase& db);
    // The column names of a table db lists, whatever the driver's catalogue calls give.
    static QStringList columns(const QSqlDatabase& db, const QString& table);
};
