#pragma once

#include "board/BoardSession.h"
#include "bounces/BounceReason.h"
#include "export/CsvFormat.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <functional>
#include <optional>
#include <vector>

struct RecipientRecord;

// Exporting the board's contacts to CSV: who, which fields under which headers, which criteria,
// which clean-up, which file format. A definition is plain data, saved by name as JSON and used
// by the export dialog and `mailroom-cli export` alike; runContactExport() does the work.

enum class ContactKind
{
    Both,
    Seekers,
    Employers,
};

// Any, or only users for whom a yes/no field is yes (or no).
enum class Choice
{
    Any,
    Yes,
    No,
};

enum class StatusChoice
{
    Any,
    Active,
    Archived,
};

// A column of the file: a field key (DESIGN.md "Board fields", computed ones included) and the
// header it gets; an empty header means the field's own title.
struct ExportColumn
{
    QString key;
    QString header;
    bool operator==(const ExportColumn&) const = default;
};

struct ExportCriteria
{
    // Users whose field is one of these (compared without case); empty means any.
    QStringList countries;
    QStringList regions;
    QStringList cities;
    Choice subscribed = Choice::Any;
    Choice jobAlert = Choice::Any;
    StatusChoice status = StatusChoice::Any;
    QDate registeredFrom; // inclusive; null: open
    QDate registeredTo;
    QDate lastLoginFrom;
    QDate lastLoginTo;
    bool operator==(const ExportCriteria&) const = default;
};

// Clean-up, all on by default. "Archived" and "not opted in" step aside when the criteria ask
// for archived or not-subscribed users on purpose.
struct ExportCleanup
{
    bool hardBounced = true; // hard bounces (soft ones escalated to hard included) and "email bounced" flags
    bool archived = true;
    bool notOptedIn = true;
    bool duplicates = true; // the same address again, compared without case: the first user keeps it
    bool invalid = true; // addresses that are not name@domain.example
    bool trim = true; // spaces around every value
    bool operator==(const ExportCleanup&) const = default;
};

struct ExportDefinition
{
    QString name;
    ContactKind who = ContactKind::Both;
    QList<ExportColumn> columns
        = {{QStringLiteral("email"), {}}, {QStringLiteral("first_name"), {}}, {QStringLiteral("last_name"), {}}};
    ExportCriteria criteria;
    ExportCleanup cleanup;
    CsvPreset preset = CsvPreset::Rfc4180;
    CsvFormat format;

    QJsonObject toJson() const;
    // False when a key, value or date is not one Mailroom knows, naming it.
    static std::optional<ExportDefinition> fromJson(const QJsonObject& json, QString* error);
    bool operator==(const ExportDefinition&) const = default;
};

class ExportFields
{
    Q_DECLARE_TR_FUNCTIONS(ExportFields)

public:
    // Every key a column can have: the board fields, then full_name, bounce_category,
    // last_bounce_at and country_name.
    static QStringList keys();
    static bool isComputed(const QString& key);
    static QString title(const QString& key); // translated, "First name"
    static QString explanation(const QString& key); // for computed ones: how the value is made
    // The header of a column: its own, the preset tool's name for the field, or the title.
    static QString header(const ExportColumn& column, CsvPreset preset);
};

// What Mailroom knows of an address from the scanned logs.
struct ExportBounce
{
    BounceCategory category = BounceCategory::None;
    qint64 lastFailure = 0; // ms UTC; 0 for none
};
using ExportBounces = QHash<QString, ExportBounce>; // by lower-case address
ExportBounces exportBouncesFrom(const std::vector<RecipientRecord>& recipients);

// Why a user is not in the file.
enum class ExportSkip
{
    Criteria, // not one of the chosen users (kind, place, dates, status...)
    HardBounce,
    Archived,
    NotOptedIn,
    Duplicate,
    InvalidAddress,
    ToolLimit, // refused by the preset's tool (Mailchimp: accents before the @)
};
inline constexpr int ExportSkipCount = int(ExportSkip::ToolLimit) + 1;
QString exportSkipTitle(ExportSkip skip); // translated, "hard-bounced addresses"

struct ExportSummary
{
    bool ok = false;
    bool cancelled = false;
    QString error; // what went wrong, naming the file
    QString target;
    qint64 read = 0; // users read from the board
    qint64 written = 0; // rows written (or that would be, for a count)
    std::array<qint64, ExportSkipCount> skipped {};
    QString unencodable; // characters Windows-1252 could not hold, written as '?'
    qint64 cellsWithUnencodable = 0;
    qint64 cellsCut = 0; // cut to the preset's length limit
    qint64 bytes = 0;
    QStringList notes; // things the owner should know ("the board has no opt-in field...")
    QStringList header;
    QList<QStringList> preview; // the first rows, as they would be written (before quoting)

    qint64 skippedTotal() const;
    QString describe() const; // a few translated lines for the owner and the CLI
};

// The addresses an export wrote, for the duplicates clean-up: in memory up to memoryLimit of
// them, then in a temporary SQLite file (a primary key, INSERT OR IGNORE) with a small page
// cache, so an export's memory stays flat however many contacts it writes. Exact either way.
// Used in one thread (it may open a Qt SQL connection there).
class SeenAddresses
{
public:
    explicit SeenAddresses(qsizetype memoryLimit = 100'000);
    ~SeenAddresses();
    SeenAddresses(const SeenAddresses&) = delete;
    SeenAddresses& operator=(const SeenAddresses&) = delete;

    // True the first time key is given, false for a repeat. False with error() set when the
    // file could not be written.
    bool insert(const QString& key);
    bool spilled() const { return m_insert != nullptr; }
    const QString& error() const { return m_error; }

private:
    bool spill();

    qsizetype m_limit;
    QSet<QString> m_memory;
    std::unique_ptr<class QTemporaryDir> m_dir;
    QString m_connection;
    std::unique_ptr<class QSqlQuery> m_insert;
    QString m_error;
};

// Decides, per user, whether they go in the file and with which values. Stateful: it remembers
// the addresses written, for the duplicates clean-up.
class ContactSelection
{
public:
    // duplicatesInMemory: how many written addresses stay in memory before SeenAddresses moves
    // them to a temporary file.
    ContactSelection(const ExportDefinition& definition, const SchemaProfile& schema, const ExportBounces& bounces,
        qsizetype duplicatesInMemory = 100'000);

    std::optional<ExportSkip> check(const BoardUserRow& row);
    QStringList cells(const BoardUserRow& row) const; // the row's values, before CSV quoting
    QStringList header() const;
    QList<BoardField> fieldsToRead() const;
    QStringList notes() const; // criteria and clean-ups the board's schema cannot serve
    // Why the duplicates clean-up could not go on (its temporary file failed), or empty.
    const QString& error() const { return m_seen.error(); }

private:
    QString value(const BoardUserRow& row, BoardField field) const;
    QString formatDate(const QString& value) const;

    ExportDefinition m_definition;
    SchemaProfile m_schema;
    const ExportBounces& m_bounces;
    QSet<QString> m_countries, m_regions, m_cities;
    QList<std::optional<BoardField>> m_columnFields; // by column: its board field, or none for a computed key
    bool m_statusMapped = false;
    bool m_isoDates = false; // the date format is yyyy-MM-dd
    SeenAddresses m_seen;
};

// Reads the board through session and writes target through a temporary file that replaces it
// only when complete; a cancel, a failed write or a refusal leaves the old file as it was.
// With an empty target nothing is written: the summary counts and previews (previewRows rows).
// progress gets (users read, users on the board).
ExportSummary runContactExport(BoardSession& session, const ExportDefinition& definition, const ExportBounces& bounces,
    const QString& target, const std::atomic_bool* cancel = nullptr,
    const std::function<void(qint64, qint64)>& progress = {}, int previewRows = 0,
    qsizetype duplicatesInMemory = 100'000);

// The distinct countries, regions and cities of the users of a kind, with how many users each.
struct ExportPlaces
{
    QMap<QString, qint64> countries;
    QMap<QString, qint64> regions;
    QMap<QString, qint64> cities;
};
std::optional<ExportPlaces> exportPlaces(
    BoardSession& session, ContactKind who, QString* error, const std::atomic_bool* cancel = nullptr);
