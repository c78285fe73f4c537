#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <array>
#include <vector>

// The board users of the benchmarks (BoardBench, ExportBench): the demo schema's users table
// filled with generated users whose names, places and addresses have realistic lengths and
// accents, the same for a seed on every platform and for every database.

namespace BenchUsers {

using namespace Qt::StringLiterals;

// Deterministic across platforms, unlike std::rand (the same generator as BounceTableModelBench).
class Lcg
{
public:
    explicit Lcg(quint64 seed) : m_state(seed) { }
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }
    quint32 below(quint32 bound) { return next() % bound; }

private:
    quint64 m_state;
};

inline constexpr quint64 Seed = 20260105;

// The demo schema's columns, in the order BoardSession selects them.
inline const QStringList Columns {u"id"_s, u"type"_s, u"first_name"_s, u"last_name"_s, u"company"_s, u"email"_s,
    u"city"_s, u"region"_s, u"postcode"_s, u"country"_s, u"subscribed"_s, u"status"_s, u"registered_at"_s,
    u"last_login_at"_s, u"job_alert"_s};

// What the generator made that a benchmark checks against.
struct Board
{
    std::vector<QString> emails; // by id - 1
    std::vector<bool> active;
};

struct Place
{
    const char* city;
    const char* region;
    const char* country;
};

inline constexpr std::array FirstNames {"Anna", "Bernd", "Chloé", "Dmitri", "Elif", "Farah", "Goran", "Hana", "Ines",
    "Jonas", "Kenji", "Lea", "Mateo", "Nora", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tamara", "Umut",
    "Valentina", "Wojciech", "Ximena", "Yusuf", "Zoë", "Alexander", "Katharina", "Maximilian", "Charlotte", "Sebastian",
    "Isabella"};
inline constexpr std::array LastNames {"Müller", "Schmidt", "García", "Nowak", "Rossi", "Dubois", "Smith", "Yılmaz",
    "Kowalski", "Jensen", "Silva", "Novák", "Ivanova", "Tanaka", "O'Connor", "van der Berg", "Schneider", "Fischer",
    "Weber", "Hoffmann", "Papadopoulos", "Andersson", "Nieminen", "Horvath", "Fernández-López", "Becker"};
// ASCII forms of the names for addresses.
inline constexpr std::array FirstAscii {"anna", "bernd", "chloe", "dmitri", "elif", "farah", "goran", "hana", "ines",
    "jonas", "kenji", "lea", "mateo", "nora", "oskar", "priya", "quentin", "rosa", "sven", "tamara", "umut",
    "valentina", "wojciech", "ximena", "yusuf", "zoe", "alexander", "katharina", "maximilian", "charlotte", "sebastian",
    "isabella"};
inline constexpr std::array LastAscii {"mueller", "schmidt", "garcia", "nowak", "rossi", "dubois", "smith", "yilmaz",
    "kowalski", "jensen", "silva", "novak", "ivanova", "tanaka", "oconnor", "vanderberg", "schneider", "fischer",
    "weber", "hoffmann", "papadopoulos", "andersson", "nieminen", "horvath", "fernandez-lopez", "becker"};
inline constexpr std::array Domains {"gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "hotmail.com",
    "web.de", "gmx.de", "t-online.de", "orange.fr", "libero.it", "icloud.com", "proton.me", "posteo.de"};
inline constexpr std::array CompanyWords {"Nordwind", "Harbor & Pine", "Blue Ridge", "Alpenglühen", "Sunrise",
    "Meridian", "Kestrel", "Lindenhof", "Atlas", "Brightwater", "Cedar", "Falkenstein"};
inline constexpr std::array CompanyKinds {"Logistik GmbH", "Recruiting Ltd", "Software AG",
    "Pflegedienst GmbH & Co. KG", "Engineering Inc.", "Consulting SARL", "Hotels S.p.A.", "Bau GmbH"};
inline constexpr std::array Places {Place {"Berlin", "Berlin", "DE"}, Place {"Hamburg", "Hamburg", "DE"},
    Place {"München", "Bayern", "DE"}, Place {"Köln", "Nordrhein-Westfalen", "DE"},
    Place {"Frankfurt am Main", "Hessen", "DE"}, Place {"Wien", "Wien", "AT"}, Place {"Zürich", "Zürich", "CH"},
    Place {"Lyon", "Auvergne-Rhône-Alpes", "FR"}, Place {"Milano", "Lombardia", "IT"},
    Place {"Manchester", "Greater Manchester", "GB"}, Place {"Kraków", "Małopolskie", "PL"},
    Place {"Rotterdam", "Zuid-Holland", "NL"}};

inline QString pick(Lcg& rng, const auto& list, qsizetype* index = nullptr)
{
    const qsizetype i = rng.below(quint32(list.size()));
    if (index)
        *index = i;
    return QString::fromUtf8(list[i]);
}

inline QString timestamp(Lcg& rng, qint64 from, qint64 span)
{
    return QDateTime::fromSecsSinceEpoch(from + rng.below(quint32(span)), Qt::UTC).toString(Qt::ISODate);
}

// One user's values in Columns order: names and places from small lists, realistic lengths,
// an address unique by id, an eighth of them in mixed case as people type them.
inline QVariantList makeUser(qint64 id, Lcg& rng, Board* board)
{
    const QVariant null(QMetaType::fromType<QString>());
    const bool employer = rng.below(7) == 0;
    qsizetype first = 0;
    qsizetype last = 0;
    const QString firstName = pick(rng, FirstNames, &first);
    const QString lastName = pick(rng, LastNames, &last);
    const QString company = employer ? pick(rng, CompanyWords) + u' ' + pick(rng, CompanyKinds) : QString();
    const QString f = QString::fromLatin1(FirstAscii[first]);
    const QString l = QString::fromLatin1(LastAscii[last]);
    QString local;
    switch (rng.below(3)) {
    case 0:
        local = f + u'.' + l + QString::number(id);
        break;
    case 1:
        local = f.left(1) + l + QString::number(id);
        break;
    default:
        local = f + u'_' + l + u'.' + QString::number(id % 97) + u'.' + QString::number(id);
        break;
    }
    QString email = local + u'@' + pick(rng, Domains);
    if (rng.below(8) == 0)
        email[0] = email[0].toUpper();
    const Place& place = Places[rng.below(quint32(Places.size()))];
    const bool active = rng.below(10) != 0;
    const qint64 since2019 = 1546300800;
    const QString registered = timestamp(rng, since2019, 7 * 365 * 86400);
    const bool loggedIn = rng.below(5) != 0;

    if (board) {
        board->emails.push_back(email);
        board->active.push_back(active);
    }
    return {id, employer ? u"employer"_s : u"seeker"_s, firstName, lastName, employer ? QVariant(company) : null, email,
        QString::fromUtf8(place.city), QString::fromUtf8(place.region), QString::number(10000 + rng.below(89999)),
        QString::fromLatin1(place.country), int(rng.below(4) != 0), active ? u"active"_s : u"archived"_s, registered,
        loggedIn ? QVariant(timestamp(rng, since2019 + 7 * 365 * 86400, 300 * 86400)) : null,
        int(id % 3 == 0)}; // a job alert, from the id so the generator's sequence stays as it was
}

// The demo schema's users table: on SQLite as the demo board makes it (the id is the rowid), on
// MariaDB with the types a board's own table would have.
inline QString createTable(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.exec(u"DROP TABLE IF EXISTS users"_s);
    const bool sqlite = db.driverName() == u"QSQLITE"_s;
    const QString sql = sqlite
        ? u"CREATE TABLE users (id INTEGER PRIMARY KEY, type TEXT NOT NULL, first_name TEXT, last_name TEXT, "
          "company TEXT, email TEXT NOT NULL, city TEXT, region TEXT, postcode TEXT, country TEXT, "
          "subscribed INTEGER NOT NULL, status TEXT NOT NULL, registered_at TEXT NOT NULL, last_login_at TEXT, "
          "job_alert INTEGER NOT NULL)"_s
        : u"CREATE TABLE users (id BIGINT PRIMARY KEY, type VARCHAR(20) NOT NULL, first_name VARCHAR(100), "
          "last_name VARCHAR(100), company VARCHAR(200), email VARCHAR(255) NOT NULL, city VARCHAR(100), "
          "region VARCHAR(100), postcode VARCHAR(20), country VARCHAR(2), subscribed INTEGER NOT NULL, "
          "status VARCHAR(20) NOT NULL, registered_at VARCHAR(30) NOT NULL, last_login_at VARCHAR(30), "
          "job_alert INTEGER NOT NULL)"_s;
    if (!q.exec(sql))
        return u"CREATE TABLE users failed: "_s + q.lastError().text();
    return {};
}

// Multi-row INSERTs of 1,000 users with bound values, all in one transaction. board, when given,
// gets every address and status.
inline QString fillBoard(QSqlDatabase& db, int users, Board* board)
{
    constexpr int Batch = 1000;
    Lcg rng(Seed);
    if (!db.transaction())
        return u"cannot start the insert transaction: "_s + db.lastError().text();
    QSqlQuery insert(db);
    int prepared = 0;
    const QString row = u'(' + QStringList(Columns.size(), u"?"_s).join(u',') + u')';
    for (int at = 0; at < users; at += Batch) {
        const int count = std::min(Batch, users - at);
        if (count != prepared) {
            const QString sql = u"INSERT INTO users (%1) VALUES %2"_s.arg(
                Columns.join(u", "_s), QStringList(count, row).join(u',')); // count of rows and columns only, no values
            if (!insert.prepare(sql))
                return u"preparing the insert failed: "_s + insert.lastError().text();
            prepared = count;
        }
        for (int i = 0; i < count; ++i) {
            const QVariantList values = makeUser(at + i + 1, rng, board);
            for (const QVariant& value : values)
                insert.addBindValue(value);
        }
        if (!insert.exec())
            return u"inserting users failed: "_s + insert.lastError().text();
    }
    if (!db.commit())
        return u"committing the users failed: "_s + db.lastError().text();
    return {};
}

} // namespace BenchUsers
