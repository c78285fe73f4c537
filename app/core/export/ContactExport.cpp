#include "export/ContactExport.h"

#include "bounces/BounceLedger.h"
#include "support/LogCategories.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ContactExport)
};

const char* const ComputedKeys[] = {"full_name", "bounce_category", "last_bounce_at", "country_name"};

constexpr qsizetype FlushBytes = 256 * 1024;

const char* kindKey(ContactKind kind)
{
    switch (kind) {
    case ContactKind::Seekers:
        return "seekers";
    case ContactKind::Employers:
        return "employers";
    case ContactKind::Both:
        break;
    }
    return "both";
}

const char* choiceKey(Choice choice)
{
    return choice == Choice::Yes ? "yes" : choice == Choice::No ? "no" : "any";
}

const char* statusKey(StatusChoice status)
{
    return status == StatusChoice::Active ? "active" : status == StatusChoice::Archived ? "archived" : "any";
}

template<typename T>
std::optional<T> fromKey(
    const QJsonObject& json, const QString& name, std::initializer_list<std::pair<const char*, T>> keys, QString* error)
{
    const QString given = json.value(name).toString(QString::fromLatin1(keys.begin()->first));
    for (const auto& [key, value] : keys) {
        if (given == QLatin1StringView(key))
            return value;
    }
    QStringList names;
    for (const auto& entry : keys)
        names << QString::fromLatin1(entry.first);
    *error = ExportText::tr("%1 must be one of %2, not \"%3\".").arg(name, names.join(u", "_s), given);
    return std::nullopt;
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList fromArray(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray())
        list << item.toString();
    return list;
}

bool readDate(const QJsonObject& json, const QString& name, QDate* date, QString* error)
{
    const QString text = json.value(name).toString();
    if (text.isEmpty())
        return true;
    *date = QDate::fromString(text, Qt::ISODate);
    if (!date->isValid()) {
        *error = ExportText::tr("%1 must be a date like 2025-01-31, not \"%2\".").arg(name, text);
        return false;
    }
    return true;
}

// "1", "true", "yes", "y", "t", any non-zero number: yes. "0", "false", "no", "n", "f": no.
// Anything else (null for an unmapped field): unknown.
std::optional<bool> yesNo(const QString& value)
{
    // The common case without the copies below: 0/1 columns.
    if (value.size() == 1 && (value.front() == u'0' || value.front() == u'1'))
        return value.front() == u'1';
    const QString v = value.trimmed().toLower();
    if (v.isEmpty())
        return std::nullopt;
    if (v == u"true"_s || v == u"yes"_s || v == u"y"_s || v == u"t"_s)
        return true;
    if (v == u"false"_s || v == u"no"_s || v == u"n"_s || v == u"f"_s)
        return false;
    bool number = false;
    const double n = v.toDouble(&number);
    return number ? std::optional<bool>(n != 0) : std::nullopt;
}

// A board's date or time: ISO text ("2025-01-31", "2025-01-31 10:00:00", "...T10:00:00Z") or
// Unix seconds. Invalid when neither.
QDateTime parseTime(const QString& value)
{
    const QString v = value.trimmed();
    if (v.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(v, Qt::ISODate);
    if (!time.isValid() && v.size() >= 19 && v.at(10) == u' ')
        time = QDateTime::fromString(QString(v).replace(10, 1, u'T'), Qt::ISODate);
    if (!time.isValid())
        time = QDateTime(QDate::fromString(v.left(10), Qt::ISODate), QTime(0, 0), QTimeZone::utc());
    if (!time.isValid()) {
        bool number = false;
        const qint64 seconds = v.toLongLong(&number);
        if (number && seconds > 0)
            time = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    }
    return time;
}

// "2025-01-31" for "2025-01-31", "2025-01-31 10:00:00" or "2025-01-31T10:00:00", with an optional
// Z: what QLocale::c().toString(parseTime(value), "yyyy-MM-dd") makes of them, without the cost of
// parsing and formatting (a fifth of an export's time at 1,000,000 users). A local time that a
// daylight-saving change skipped keeps its written date there too. Anything else (fractions,
// offsets, 24:00, Unix seconds) is left to parseTime().
std::optional<QString> writtenIsoDate(const QString& value)
{
    const QStringView v = QStringView(value).trimmed();
    const auto number = [&](qsizetype at, qsizetype digits) {
        int n = 0;
        for (qsizetype i = at; i < at + digits; ++i) {
            if (v[i] < u'0' || v[i] > u'9')
                return -1;
            n = n * 10 + (v[i].unicode() - u'0');
        }
        return n;
    };
    if (v.size() != 10 && v.size() != 19 && !(v.size() == 20 && v.back() == u'Z'))
        return std::nullopt;
    // number() is -1 where a digit is missing, which QDate would take for a year before Christ.
    const int year = number(0, 4);
    if (v[4] != u'-' || v[7] != u'-' || year < 1 || !QDate::isValid(year, number(5, 2), number(8, 2)))
        return std::nullopt;
    if (v.size() > 10) {
        const int hour = number(11, 2);
        const int minute = number(14, 2);
        const int second = number(17, 2);
        if ((v[10] != u'T' && v[10] != u' ') || v[13] != u':' || v[16] != u':' || hour < 0 || hour > 23 || minute < 0
            || minute > 59 || second < 0 || second > 59) {
            return std::nullopt;
        }
    }
    return v.first(10).toString();
}

bool inRange(const QString& value, const QDate& from, const QDate& to)
{
    if (from.isNull() && to.isNull())
        return true;
    const QDate date = parseTime(value).date();
    return date.isValid() && (from.isNull() || date >= from) && (to.isNull() || date <= to);
}

// An address as BoardSession::isPlausibleAddress sees it, except that letters beyond ASCII may
// stand before the @ (internationalised addresses, RFC 6531), which only some tools refuse.
bool plausibleForExport(const QString& email)
{
    const qsizetype at = email.lastIndexOf(u'@');
    QString ascii = email;
    for (qsizetype i = 0; i < at; ++i) {
        if (ascii.at(i).unicode() > 0x7F && ascii.at(i).isLetterOrNumber())
            ascii[i] = u'x';
    }
    return BoardSession::isPlausibleAddress(ascii);
}

QSet<QString> lowerSet(const QStringList& values)
{
    QSet<QString> set;
    for (const QString& value : values)
        set.insert(value.trimmed().toLower());
    return set;
}

} // namespace

QJsonObject ExportDefinition::toJson() const
{
    QJsonArray cols;
    for (const ExportColumn& column : columns) {
        QJsonObject c {{u"key"_s, column.key}};
        if (!column.header.isEmpty())
            c.insert(u"header"_s, column.header);
        cols.append(c);
    }
    QJsonObject where {{u"countries"_s, toArray(criteria.countries)}, {u"regions"_s, toArray(criteria.regions)},
        {u"cities"_s, toArray(criteria.cities)}, {u"subscribed"_s, QString::fromLatin1(choiceKey(criteria.subscribed))},
        {u"job_alert"_s, QString::fromLatin1(choiceKey(criteria.jobAlert))},
        {u"status"_s, QString::fromLatin1(statusKey(criteria.status))}};
    const auto putDate = [&](const QString& key, const QDate& date) {
        if (date.isValid())
            where.insert(key, date.toString(Qt::ISODate));
    };
    putDate(u"registered_from"_s, criteria.registeredFrom);
    putDate(u"registered_to"_s, criteria.registeredTo);
    putDate(u"last_login_from"_s, criteria.lastLoginFrom);
    putDate(u"last_login_to"_s, criteria.lastLoginTo);
    const QJsonObject clean {{u"hard_bounced"_s, cleanup.hardBounced}, {u"archived"_s, cleanup.archived},
        {u"not_opted_in"_s, cleanup.notOptedIn}, {u"duplicates"_s, cleanup.duplicates}, {u"invalid"_s, cleanup.invalid},
        {u"trim"_s, cleanup.trim}};
    return {{u"name"_s, name}, {u"who"_s, QString::fromLatin1(kindKey(who))}, {u"columns"_s, cols},
        {u"criteria"_s, where}, {u"cleanup"_s, clean}, {u"preset"_s, QString::fromLatin1(CsvPresets::key(preset))},
        {u"format"_s, format.toJson()}};
}

std::optional<ExportDefinition> ExportDefinition::fromJson(const QJsonObject& json, QString* error)
{
    ExportDefinition d;
    d.name = json.value(u"name"_s).toString();
    const auto who = fromKey<ContactKind>(json, u"who"_s,
        {{"both", ContactKind::Both}, {"seekers", ContactKind::Seekers}, {"employers", ContactKind::Employers}}, error);
    if (!who)
        return std::nullopt;
    d.who = *who;
    if (json.contains(u"columns"_s)) {
        d.columns.clear();
        for (const QJsonValue& value : json.value(u"columns"_s).toArray()) {
            const QJsonObject c = value.toObject();
            const ExportColumn column {c.value(u"key"_s).toString(), c.value(u"header"_s).toString()};
            if (!ExportFields::keys().contains(column.key)) {
                *error = ExportText::tr("There is no field \"%1\"; the fields are: %2.")
                             .arg(column.key, ExportFields::keys().join(u", "_s));
                return std::nullopt;
            }
            d.columns.append(column);
        }
    }
    if (d.columns.isEmpty()) {
        *error = ExportText::tr("An export needs at least one column.");
        return std::nullopt;
    }
    const QJsonObject where = json.value(u"criteria"_s).toObject();
    d.criteria.countries = fromArray(where.value(u"countries"_s));
    d.criteria.regions = fromArray(where.value(u"regions"_s));
    d.criteria.cities = fromArray(where.value(u"cities"_s));
    const std::initializer_list<std::pair<const char*, Choice>> choices {
        {"any", Choice::Any}, {"yes", Choice::Yes}, {"no", Choice::No}};
    const auto subscribed = fromKey<Choice>(where, u"subscribed"_s, choices, error);
    const auto jobAlert = subscribed ? fromKey<Choice>(where, u"job_alert"_s, choices, error) : std::nullopt;
    const auto status = jobAlert
        ? fromKey<StatusChoice>(where, u"status"_s,
            {{"any", StatusChoice::Any}, {"active", StatusChoice::Active}, {"archived", StatusChoice::Archived}}, error)
        : std::nullopt;
    if (!status || !readDate(where, u"registered_from"_s, &d.criteria.registeredFrom, error)
        || !readDate(where, u"registered_to"_s, &d.criteria.registeredTo, error)
        || !readDate(where, u"last_login_from"_s, &d.criteria.lastLoginFrom, error)
        || !readDate(where, u"last_login_to"_s, &d.criteria.lastLoginTo, error)) {
        return std::nullopt;
    }
    d.criteria.subscribed = *subscribed;
    d.criteria.jobAlert = *jobAlert;
    d.criteria.status = *status;
    const QJsonObject clean = json.value(u"cleanup"_s).toObject();
    d.cleanup.hardBounced = clean.value(u"hard_bounced"_s).toBool(true);
    d.cleanup.archived = clean.value(u"archived"_s).toBool(true);
    d.cleanup.notOptedIn = clean.value(u"not_opted_in"_s).toBool(true);
    d.cleanup.duplicates = clean.value(u"duplicates"_s).toBool(true);
    d.cleanup.invalid = clean.value(u"invalid"_s).toBool(true);
    d.cleanup.trim = clean.value(u"trim"_s).toBool(true);
    const QString preset = json.value(u"preset"_s).toString(u"rfc4180"_s);
    const std::optional<CsvPreset> named = CsvPresets::named(preset.toLatin1());
    if (!named) {
        *error = ExportText::tr("There is no preset \"%1\".").arg(preset);
        return std::nullopt;
    }
    d.preset = *named;
    // A preset's format unless the definition gives its own.
    d.format = CsvPresets::format(d.preset);
    if (json.contains(u"format"_s)) {
        const std::optional<CsvFormat> format = CsvFormat::fromJson(json.value(u"format"_s).toObject(), error);
        if (!format)
            return std::nullopt;
        d.format = *format;
    }
    return d;
}

QStringList ExportFields::keys()
{
    QStringList keys;
    for (int i = 0; i < BoardFieldCount; ++i)
        keys << QString::fromLatin1(boardFieldKey(BoardField(i)));
    for (const char* key : ComputedKeys)
        keys << QString::fromLatin1(key);
    return keys;
}

bool ExportFields::isComputed(const QString& key)
{
    return std::any_of(std::begin(ComputedKeys), std::end(ComputedKeys),
        [&](const char* computed) { return key == QLatin1StringView(computed); });
}

QString ExportFields::title(const QString& key)
{
    static const QHash<QString, const char*> titles {
        {u"id"_s, QT_TR_NOOP("User id")},
        {u"type"_s, QT_TR_NOOP("Type")},
        {u"first_name"_s, QT_TR_NOOP("First name")},
        {u"last_name"_s, QT_TR_NOOP("Last name")},
        {u"display_name"_s, QT_TR_NOOP("Display name")},
        {u"company"_s, QT_TR_NOOP("Company")},
        {u"email"_s, QT_TR_NOOP("E-mail")},
        {u"city"_s, QT_TR_NOOP("City")},
        {u"region"_s, QT_TR_NOOP("Region")},
        {u"postcode"_s, QT_TR_NOOP("Postcode")},
        {u"country"_s, QT_TR_NOOP("Country")},
        {u"subscribed"_s, QT_TR_NOOP("Subscribed")},
        {u"status"_s, QT_TR_NOOP("Status")},
        {u"registered_at"_s, QT_TR_NOOP("Registered")},
        {u"last_login_at"_s, QT_TR_NOOP("Last login")},
        {u"job_alert"_s, QT_TR_NOOP("Job alert")},
        {u"full_name"_s, QT_TR_NOOP("Full name")},
        {u"bounce_category"_s, QT_TR_NOOP("Bounce category")},
        {u"last_bounce_at"_s, QT_TR_NOOP("Last bounce")},
        {u"country_name"_s, QT_TR_NOOP("Country name")},
    };
    const char* title = titles.value(key);
    return title ? tr(title) : key;
}

QString ExportFields::explanation(const QString& key)
{
    if (key == u"full_name"_s)
        return tr("The display name, or else first and last name together.");
    if (key == u"bounce_category"_s)
        return tr("hard, soft or blocked from the scanned logs; \"flagged\" for a user marked \"email bounced\"; "
                  "empty when the address did not bounce.");
    if (key == u"last_bounce_at"_s)
        return tr("The date of the address's last failed delivery in the scanned logs.");
    if (key == u"country_name"_s)
        return tr("The country's English name from its two-letter code (DE: Germany).");
    return {};
}

QString ExportFields::header(const ExportColumn& column, CsvPreset preset)
{
    if (!column.header.isEmpty())
        return column.header;
    const QString tool = CsvPresets::header(preset, column.key.toLatin1());
    return tool.isEmpty() ? title(column.key) : tool;
}

ExportBounces exportBouncesFrom(const std::vector<RecipientRecord>& recipients)
{
    ExportBounces bounces;
    bounces.reserve(qsizetype(recipients.size()));
    for (const RecipientRecord& record : recipients) {
        if (record.category == BounceCategory::None || record.failures == 0)
            continue;
        bounces.insert(QString::fromUtf8(record.address), {record.category, record.lastSeen});
    }
    return bounces;
}

QString exportSkipTitle(ExportSkip skip)
{
    switch (skip) {
    case ExportSkip::Criteria:
        return ExportText::tr("not matching the criteria");
    case ExportSkip::HardBounce:
        return ExportText::tr("hard-bounced or marked \"email bounced\"");
    case ExportSkip::Archived:
        return ExportText::tr("archived");
    case ExportSkip::NotOptedIn:
        return ExportText::tr("not opted in");
    case ExportSkip::Duplicate:
        return ExportText::tr("duplicate address");
    case ExportSkip::InvalidAddress:
        return ExportText::tr("invalid or missing address");
    case ExportSkip::ToolLimit:
        return ExportText::tr("refused by the chosen mailing service");
    }
    return {};
}

qint64 ExportSummary::skippedTotal() const
{
    qint64 total = 0;
    for (const qint64 n : skipped)
        total += n;
    return total;
}

QString ExportSummary::describe() const
{
    QStringList lines;
    if (cancelled)
        lines << ExportText::tr("The export was cancelled; %1 was left as it was.").arg(target);
    else if (!ok)
        lines << error;
    else if (target.isEmpty())
        lines << ExportText::tr("%Ln contact(s) would be exported.", nullptr, int(written));
    else
        lines << ExportText::tr("%Ln row(s) written to %1.", nullptr, int(written)).arg(target);
    if (ok) {
        QStringList why;
        for (int i = 0; i < ExportSkipCount; ++i) {
            if (skipped[std::size_t(i)] > 0)
                why << u"%1 %2"_s.arg(QLocale().toString(skipped[std::size_t(i)]), exportSkipTitle(ExportSkip(i)));
        }
        if (!why.isEmpty())
            lines << ExportText::tr("Left out: %1.").arg(why.join(u", "_s));
        if (cellsWithUnencodable > 0)
            lines << ExportText::tr("Windows-1252 cannot hold %1: %Ln value(s) have '?' in their place.", nullptr,
                int(cellsWithUnencodable))
                         .arg(unencodable);
        if (cellsCut > 0)
            lines << ExportText::tr("%Ln value(s) were cut to the service's length limit.", nullptr, int(cellsCut));
    }
    lines << notes;
    return lines.join(u'\n');
}

SeenAddresses::SeenAddresses(qsizetype memoryLimit) : m_limit(memoryLimit)
{ }

SeenAddresses::~SeenAddresses()
{
    m_insert.reset();
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool SeenAddresses::insert(const QString& key)
{
    if (!m_error.isEmpty())
        return true;
    if (!m_insert) {
        if (m_memory.contains(key))
            return false;
        m_memory.insert(key);
        if (m_memory.size() > m_limit)
            spill(); // when it fails, error() says why and the export stops
        return true;
    }
    m_insert->bindValue(0, key);
    if (!m_insert->exec()) {
        m_error = ExportText::tr("the list of addresses written so far could not be kept on disk: %1")
                      .arg(m_insert->lastError().text());
        return true;
    }
    return m_insert->numRowsAffected() == 1;
}

bool SeenAddresses::spill()
{
    static std::atomic_int counter {0};
    m_dir = std::make_unique<QTemporaryDir>();
    m_connection = u"mailroom-export-seen-%1"_s.arg(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_dir->filePath(u"seen.sqlite"_s));
    QSqlQuery setup(db);
    // The file is thrown away with the export: no journal, no syncs, a cache of 4 MiB.
    const bool ok = m_dir->isValid() && db.open() && setup.exec(u"PRAGMA journal_mode = OFF"_s)
        && setup.exec(u"PRAGMA synchronous = OFF"_s) && setup.exec(u"PRAGMA cache_size = -4096"_s)
        && setup.exec(u"CREATE TABLE seen (address TEXT PRIMARY KEY) WITHOUT ROWID"_s) && db.transaction();
    if (!ok) {
        m_error = ExportText::tr("the list of addresses written so far could not be kept on disk: %1")
                      .arg(setup.lastError().isValid() ? setup.lastError().text() : db.lastError().text());
        return false;
    }
    m_insert = std::make_unique<QSqlQuery>(db);
    m_insert->prepare(u"INSERT OR IGNORE INTO seen (address) VALUES (?)"_s);
    for (const QString& address : std::as_const(m_memory)) {
        m_insert->bindValue(0, address);
        if (!m_insert->exec()) {
            m_error = ExportText::tr("the list of addresses written so far could not be kept on disk: %1")
                          .arg(m_insert->lastError().text());
            return false;
        }
    }
    m_memory = {}; // frees the table too, unlike clear()
    return true;
}

ContactSelection::ContactSelection(const ExportDefinition& definition, const SchemaProfile& schema,
    const ExportBounces& bounces, qsizetype duplicatesInMemory)
    : m_definition(definition)
    , m_schema(schema)
    , m_bounces(bounces)
    , m_countries(lowerSet(definition.criteria.countries))
    , m_regions(lowerSet(definition.criteria.regions))
    , m_cities(lowerSet(definition.criteria.cities))
    , m_statusMapped(!schema.field(BoardField::Status).isEmpty())
    , m_isoDates(definition.format.dateFormat == u"yyyy-MM-dd"_s)
    , m_seen(duplicatesInMemory)
{
    // Once, not for every cell of every row.
    for (const ExportColumn& column : definition.columns)
        m_columnFields.append(boardFieldNamed(column.key.toLatin1()));
}

QList<BoardField> ContactSelection::fieldsToRead() const
{
    QList<BoardField> fields {BoardField::Email, BoardField::Type, BoardField::Status, BoardField::Subscribed};
    const ExportCriteria& c = m_definition.criteria;
    const auto need = [&](BoardField f, bool when) {
        if (when && !fields.contains(f))
            fields << f;
    };
    need(BoardField::Country, !c.countries.isEmpty());
    need(BoardField::Region, !c.regions.isEmpty());
    need(BoardField::City, !c.cities.isEmpty());
    need(BoardField::JobAlert, c.jobAlert != Choice::Any);
    need(BoardField::RegisteredAt, c.registeredFrom.isValid() || c.registeredTo.isValid());
    need(BoardField::LastLoginAt, c.lastLoginFrom.isValid() || c.lastLoginTo.isValid());
    for (const ExportColumn& column : m_definition.columns) {
        if (const std::optional<BoardField> f = boardFieldNamed(column.key.toLatin1()))
            need(*f, *f != BoardField::Id);
        else if (column.key == u"full_name"_s)
            fields << BoardField::DisplayName << BoardField::FirstName << BoardField::LastName;
        else if (column.key == u"country_name"_s)
            need(BoardField::Country, true);
    }
    return fields;
}

QStringList ContactSelection::notes() const
{
    QStringList notes;
    const ExportCriteria& c = m_definition.criteria;
    const auto unmapped = [&](BoardField f) { return m_schema.field(f).isEmpty(); };
    if (unmapped(BoardField::Subscribed) && (m_definition.cleanup.notOptedIn || c.subscribed != Choice::Any))
        notes << ExportText::tr("The board's profile has no opt-in field: nobody was left out for it.");
    if (unmapped(BoardField::Status) && (m_definition.cleanup.archived || c.status != StatusChoice::Any))
        notes << ExportText::tr("The board's profile has no status field: nobody was left out as archived.");
    if (unmapped(BoardField::JobAlert) && c.jobAlert != Choice::Any)
        notes << ExportText::tr("The board's profile has no job alert field: nobody has an alert.");
    if (unmapped(BoardField::Type) && m_definition.who != ContactKind::Both)
        notes << ExportText::tr("The board's profile has no type field: nobody is a seeker or an employer.");
    return notes;
}

QString ContactSelection::value(const BoardUserRow& row, BoardField field) const
{
    return m_definition.cleanup.trim ? row.value(field).trimmed() : row.value(field);
}

std::optional<ExportSkip> ContactSelection::check(const BoardUserRow& row)
{
    const ExportCriteria& c = m_definition.criteria;
    if (m_definition.who != ContactKind::Both) {
        const QString type = row.value(BoardField::Type).trimmed();
        if (type != (m_definition.who == ContactKind::Seekers ? m_schema.seekerValue : m_schema.employerValue))
            return ExportSkip::Criteria;
    }
    const auto oneOf = [&](const QSet<QString>& set, BoardField f) {
        return set.isEmpty() || set.contains(row.value(f).trimmed().toLower());
    };
    if (!oneOf(m_countries, BoardField::Country) || !oneOf(m_regions, BoardField::Region)
        || !oneOf(m_cities, BoardField::City)) {
        return ExportSkip::Criteria;
    }
    const std::optional<bool> subscribed = yesNo(row.value(BoardField::Subscribed));
    if (c.subscribed != Choice::Any && subscribed != (c.subscribed == Choice::Yes))
        return ExportSkip::Criteria;
    if (c.jobAlert != Choice::Any
        && yesNo(row.value(BoardField::JobAlert)).value_or(false) != (c.jobAlert == Choice::Yes))
        return ExportSkip::Criteria;
    const QString status = row.value(BoardField::Status).trimmed();
    const bool archived = m_statusMapped && status == m_schema.archivedValue;
    if ((c.status == StatusChoice::Active && archived) || (c.status == StatusChoice::Archived && !archived))
        return ExportSkip::Criteria;
    if (!inRange(row.value(BoardField::RegisteredAt), c.registeredFrom, c.registeredTo)
        || !inRange(row.value(BoardField::LastLoginAt), c.lastLoginFrom, c.lastLoginTo)) {
        return ExportSkip::Criteria;
    }

    const ExportCleanup& clean = m_definition.cleanup;
    const QString email = row.value(BoardField::Email).trimmed();
    // Only for the clean-ups that look the address up: a million toLower() cost.
    const QString key = (clean.hardBounced && !m_bounces.isEmpty()) || clean.duplicates ? email.toLower() : QString();
    if (clean.hardBounced
        && (row.bounced == u"1"_s || (!m_bounces.isEmpty() && m_bounces.value(key).category == BounceCategory::Hard))) {
        return ExportSkip::HardBounce;
    }
    if (clean.archived && archived && c.status != StatusChoice::Archived)
        return ExportSkip::Archived;
    if (clean.notOptedIn && subscribed == false && c.subscribed != Choice::No)
        return ExportSkip::NotOptedIn;
    if (clean.invalid && !plausibleForExport(email))
        return ExportSkip::InvalidAddress;
    if (m_definition.format.asciiLocalPart) {
        const QStringView local = QStringView(email).first(std::max<qsizetype>(0, email.lastIndexOf(u'@')));
        if (std::any_of(local.begin(), local.end(), [](QChar ch) { return ch.unicode() > 0x7F; }))
            return ExportSkip::ToolLimit;
    }
    if (clean.duplicates && !key.isEmpty() && !m_seen.insert(key))
        return ExportSkip::Duplicate;
    return std::nullopt;
}

QString ContactSelection::formatDate(const QString& value) const
{
    const QString& format = m_definition.format.dateFormat;
    if (format.isEmpty() || value.trimmed().isEmpty())
        return value;
    if (m_isoDates) {
        if (std::optional<QString> date = writtenIsoDate(value))
            return *std::move(date);
    }
    const QDateTime time = parseTime(value);
    return time.isValid() ? QLocale::c().toString(time, format) : value;
}

QStringList ContactSelection::cells(const BoardUserRow& row) const
{
    // Filled in place, which costs less than appending (tests/bench/RESULTS.md, issue 6).
    QStringList cells(m_definition.columns.size());
    QString* const out = cells.data();
    for (qsizetype i = 0; i < m_definition.columns.size(); ++i) {
        const ExportColumn& column = m_definition.columns.at(i);
        const std::optional<BoardField> field = m_columnFields.at(i);
        if (field == BoardField::Id) {
            out[i] = QString::number(row.id);
        } else if (field == BoardField::Type) {
            const QString type = value(row, *field);
            out[i] = (type == m_schema.seekerValue   ? u"seeker"_s
                    : type == m_schema.employerValue ? u"employer"_s
                                                     : type);
        } else if (field == BoardField::Status) {
            const QString status = value(row, *field);
            out[i] = (status == m_schema.archivedValue ? u"archived"_s
                    : status == m_schema.activeValue   ? u"active"_s
                                                       : status);
        } else if (field == BoardField::RegisteredAt || field == BoardField::LastLoginAt) {
            out[i] = formatDate(value(row, *field));
        } else if (field) {
            out[i] = value(row, *field);
        } else if (column.key == u"full_name"_s) {
            const QString display = value(row, BoardField::DisplayName);
            out[i] = (display.isEmpty()
                    ? QString(value(row, BoardField::FirstName) + u' ' + value(row, BoardField::LastName)).trimmed()
                    : display);
        } else if (column.key == u"country_name"_s) {
            const QString code = value(row, BoardField::Country);
            const QLocale::Territory territory
                = code.size() == 2 ? QLocale::codeToTerritory(code.toUpper()) : QLocale::AnyTerritory;
            out[i] = (territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory));
        } else {
            const ExportBounce bounce = m_bounces.value(row.value(BoardField::Email).trimmed().toLower());
            if (column.key == u"bounce_category"_s) {
                out[i] = (bounce.category != BounceCategory::None ? QString::fromLatin1(categoryName(bounce.category))
                        : row.bounced == u"1"_s                   ? u"flagged"_s
                                                                  : QString());
            } else { // last_bounce_at
                out[i]
                    = (bounce.lastFailure > 0 ? formatDate(
                           QDateTime::fromMSecsSinceEpoch(bounce.lastFailure, QTimeZone::utc()).toString(Qt::ISODate))
                                              : QString());
            }
        }
    }
    return cells;
}

QStringList ContactSelection::header() const
{
    QStringList header;
    for (const ExportColumn& column : m_definition.columns)
        header << ExportFields::header(column, m_definition.preset);
    return header;
}

ExportSummary runContactExport(BoardSession& session, const ExportDefinition& definition, const ExportBounces& bounces,
    const QString& target, const std::atomic_bool* cancel, const std::function<void(qint64, qint64)>& progress,
    int previewRows, qsizetype duplicatesInMemory)
{
    ExportSummary summary;
    summary.target = QDir::toNativeSeparators(target);
    ContactSelection selection(definition, session.connection().schema, bounces, duplicatesInMemory);
    summary.header = selection.header();
    summary.notes = selection.notes();

    QString error;
    const qint64 total = progress ? session.countUsers(&error).value_or(0) : 0;

    std::unique_ptr<QSaveFile> file;
    if (!target.isEmpty()) {
        file = std::make_unique<QSaveFile>(target);
        if (!file->open(QIODevice::WriteOnly)) {
            summary.error = ExportText::tr("%1 cannot be written: %2").arg(summary.target, file->errorString());
            return summary;
        }
    }
    CsvWriter writer(definition.format);
    QByteArray buffer = writer.start();
    if (definition.format.header)
        writer.appendRow(buffer, summary.header);
    buffer.reserve(FlushBytes + 64 * 1024);
    bool failed = false;
    const auto flush = [&] {
        summary.bytes += buffer.size();
        if (definition.format.maxFileBytes > 0 && summary.bytes > definition.format.maxFileBytes) {
            summary.error = ExportText::tr("The file would be larger than %1 takes (%2 MB): choose fewer contacts or "
                                           "fields. %3 was left as it was.")
                                .arg(CsvPresets::title(definition.preset))
                                .arg(definition.format.maxFileBytes / 1'000'000)
                                .arg(summary.target);
            return false;
        }
        if (file && file->write(buffer) != buffer.size()) {
            summary.error = ExportText::tr("Writing %1 failed: %2. The file was left as it was.")
                                .arg(summary.target, file->errorString());
            return false;
        }
        buffer.clear();
        return true;
    };

    QStringList cells;
    QByteArray scratch;
    const bool read = session.forEachUser(
        [&](const QList<BoardUserRow>& rows) {
            for (const BoardUserRow& row : rows) {
                ++summary.read;
                if (const std::optional<ExportSkip> skip = selection.check(row)) {
                    ++summary.skipped[std::size_t(*skip)];
                    continue;
                }
                ++summary.written;
                cells = selection.cells(row);
                if (summary.preview.size() < previewRows)
                    summary.preview.append(cells);
                if (file) {
                    writer.appendRow(buffer, cells);
                } else if (definition.format.encoding == CsvEncoding::Windows1252) {
                    writer.appendRow(scratch, cells); // a count still finds what the encoding cannot hold
                    scratch.clear();
                }
            }
            if (!selection.error().isEmpty()) {
                summary.error = ExportText::tr("%1 was left as it was: %2").arg(summary.target, selection.error());
                failed = true;
                return false;
            }
            if (buffer.size() >= FlushBytes && !flush()) {
                failed = true;
                return false;
            }
            if (progress)
                progress(summary.read, std::max(total, summary.read));
            return true;
        },
        &error, 5000, cancel, selection.fieldsToRead());

    summary.unencodable = writer.unencodable();
    summary.cellsWithUnencodable = writer.cellsWithUnencodable();
    summary.cellsCut = writer.cellsCut();
    if (!read && cancel && cancel->load()) {
        summary.cancelled = true;
        summary.error = ExportText::tr("The export was cancelled; %1 was left as it was.").arg(summary.target);
    } else if (!read) {
        summary.error = error;
    }
    if (!read || failed || !flush()) {
        if (file)
            file->cancelWriting();
        file.reset();
        return summary;
    }
    if (file && !file->commit()) {
        summary.error = ExportText::tr("%1 could not be completed: %2. The file was left as it was.")
                            .arg(summary.target, file->errorString());
        return summary;
    }
    summary.ok = true;
    qCInfo(lcExport) << "exported" << summary.written << "of" << summary.read << "users to" << target;
    return summary;
}

std::optional<ExportPlaces> exportPlaces(
    BoardSession& session, ContactKind who, QString* error, const std::atomic_bool* cancel)
{
    ExportPlaces places;
    const SchemaProfile& schema = session.connection().schema;
    const bool ok = session.forEachUser(
        [&](const QList<BoardUserRow>& rows) {
            for (const BoardUserRow& row : rows) {
                const QString type = row.value(BoardField::Type).trimmed();
                if ((who == ContactKind::Seekers && type != schema.seekerValue)
                    || (who == ContactKind::Employers && type != schema.employerValue)) {
                    continue;
                }
                const auto count = [](QMap<QString, qint64>& map, const QString& value) {
                    const QString v = value.trimmed();
                    if (!v.isEmpty())
                        ++map[v];
                };
                count(places.countries, row.value(BoardField::Country));
                count(places.regions, row.value(BoardField::Region));
                count(places.cities, row.value(BoardField::City));
            }
            return true;
        },
        error, 5000, cancel, {BoardField::Type, BoardField::Country, BoardField::Region, BoardField::City});
    return ok ? std::optional<ExportPlaces>(places) : std::nullopt;
}
