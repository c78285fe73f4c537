#include "TestFiles.h"
#include "board/AuditLog.h"
#include "board/BoardSession.h"
#include "board/DemoBoard.h"
#include "bounces/BounceScan.h"
#include "export/ContactExport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

// The CSV writer, export definitions, and exports from SQLite boards: what goes in the file, what
// is left out and why, and that independent readers read back exactly what the board holds.
class TestContactExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writerQuotesOnlyWhatNeedsIt();
    void formulaProtection_data();
    void formulaProtection();
    void windows1252NamesWhatItCannotHold();
    void mailchimpCutsAndRefuses();
    void definitionsRoundTripThroughJson();
    void badDefinitionsAreRefused_data();
    void badDefinitionsAreRefused();
    void criteriaAndCleanupOnTheDemoBoard();
    void computedFields();
    void pythonReadsEveryPreset_data();
    void pythonReadsEveryPreset();
    void aCancelledExportLeavesTheOldFile();
    void aFullDiskLeavesTheOldFile();
    void brevoRefusesAFileOverItsLimit();
    void repeatedAddressesAreFoundOnDiskToo();

private:
    // A board with the demo schema holding the hostile users below.
    QString hostileBoard();
    std::unique_ptr<BoardSession> open(const QString& database);
    static QByteArray readFile(const QString& path);

    QTemporaryDir m_dir;
    DemoBoardFiles m_demo;
    AuditLog m_audit;
};

namespace {

struct HostileUser
{
    qint64 id;
    const char* type;
    QString first;
    QString last;
    QString company;
    QString email;
    QString city;
    QString postcode;
    QString country;
    int subscribed;
    const char* status;
};

// Values that break naive CSV writers and readers: separators, quotes, line breaks, leading
// zeros, scripts other than Latin, formula triggers, SQL.
QList<HostileUser> hostileUsers()
{
    return {
        {1, "seeker", u"Anna, \"Annie\""_s, u"O'Brien; DROP TABLE users; --"_s, QString(), u"anna@example.org"_s,
            u"Zürich\nAltstadt"_s, u"007"_s, u"CH"_s, 1, "active"},
        {2, "seeker", u"東京"_s, u"Ελληνικά"_s, QString(), u"tokyo@example.org"_s, u"Kraków"_s, u"01234"_s, u"JP"_s, 1,
            "active"},
        {3, "employer", u"=HYPERLINK(\"http://evil.example\")"_s, u"+49 30 1234"_s, u"-minus GmbH"_s,
            u"formula@example.org"_s, u"\tTab"_s, u"@home"_s, u"DE"_s, 1, "active"},
        {4, "seeker", u"  Spaced  "_s, u"Out"_s, QString(), u"  spaced@example.org "_s, u"Lyon"_s, u"69001"_s, u"FR"_s,
            1, "active"},
        {5, "seeker", u"Twice"_s, u"Again"_s, QString(), u"ANNA@example.org"_s, u"Bern"_s, u"3000"_s, u"CH"_s, 1,
            "active"},
        {6, "seeker", u"No"_s, u"Address"_s, QString(), u"not an address"_s, u"Wien"_s, u"1010"_s, u"AT"_s, 1,
            "active"},
        {7, "seeker", u"Gone"_s, u"Away"_s, QString(), u"gone@example.org"_s, u"Oslo"_s, u"0150"_s, u"NO"_s, 1,
            "active"},
        {8, "seeker", u"Old"_s, u"Timer"_s, QString(), u"old@example.org"_s, u"Rome"_s, u"00100"_s, u"IT"_s, 1,
            "archived"},
        {9, "seeker", u"Quiet"_s, u"One"_s, QString(), u"quiet@example.org"_s, u"Madrid"_s, u"28001"_s, u"ES"_s, 0,
            "active"},
        {10, "seeker", u"Jürgen"_s, u"Ümlaut"_s, QString(), u"jürgen@example.org"_s, u"Köln"_s, u"50667"_s, u"DE"_s, 1,
            "active"},
        {11, "seeker", u"Ünïcödé €uro"_s, u"Emoji 📬"_s, QString(), u"euro@example.org"_s, u"Århus"_s, u"8000"_s,
            u"DK"_s, 1, "active"},
    };
}

// What the hostile board's export writes (email, first_name, last_name, city, postcode) with
// every clean-up on and formula protection as given, before CSV quoting.
QList<QStringList> expectedHostileRows(bool protect)
{
    const auto p = [&](const QString& cell) { return protect ? CsvWriter::protect(cell) : cell; };
    return {
        {u"anna@example.org"_s, u"Anna, \"Annie\""_s, u"O'Brien; DROP TABLE users; --"_s, u"Zürich\nAltstadt"_s,
            u"007"_s},
        {u"tokyo@example.org"_s, u"東京"_s, u"Ελληνικά"_s, u"Kraków"_s, u"01234"_s},
        {u"formula@example.org"_s, p(u"=HYPERLINK(\"http://evil.example\")"_s), p(u"+49 30 1234"_s), u"Tab"_s,
            p(u"@home"_s)},
        {u"spaced@example.org"_s, u"Spaced"_s, u"Out"_s, u"Lyon"_s, u"69001"_s},
        // 5 duplicates 1, 6 is not an address, 7 bounced hard, 8 is archived, 9 did not opt in,
        // 10 has a non-ASCII local part, which only Mailchimp refuses.
        {u"jürgen@example.org"_s, u"Jürgen"_s, u"Ümlaut"_s, u"Köln"_s, u"50667"_s},
        {u"euro@example.org"_s, u"Ünïcödé €uro"_s, u"Emoji 📬"_s, u"Århus"_s, u"8000"_s},
    };
}

ExportDefinition hostileDefinition(CsvPreset preset)
{
    ExportDefinition d;
    d.preset = preset;
    d.format = CsvPresets::format(preset);
    d.columns = {{u"email"_s, {}}, {u"first_name"_s, {}}, {u"last_name"_s, {}}, {u"city"_s, {}}, {u"postcode"_s, {}}};
    return d;
}

ExportBounces goneIsHard()
{
    ExportBounces bounces;
    bounces.insert(u"gone@example.org"_s,
        {BounceCategory::Hard, QDateTime(QDate(2026, 11, 20), QTime(8, 0), QTimeZone::utc()).toMSecsSinceEpoch()});
    bounces.insert(u"tokyo@example.org"_s,
        {BounceCategory::Soft, QDateTime(QDate(2026, 11, 21), QTime(9, 30), QTimeZone::utc()).toMSecsSinceEpoch()});
    return bounces;
}

} // namespace

void TestContactExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(DemoBoard::ensure(m_dir.filePath(u"demo"_s), &m_demo, &error), qPrintable(error));
    QVERIFY2(m_audit.open(m_dir.filePath(u"audit.sqlite"_s), &error), qPrintable(error));
}

QString TestContactExport::hostileBoard()
{
    const QString path = m_dir.filePath(u"hostile.sqlite"_s);
    if (QFile::exists(path))
        return path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hostile"_s);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot create %s", qPrintable(path));
        QSqlQuery q(db);
        q.exec(u"CREATE TABLE users (id INTEGER PRIMARY KEY, type TEXT NOT NULL, first_name TEXT, last_name TEXT, "
               "company TEXT, email TEXT NOT NULL, city TEXT, region TEXT, postcode TEXT, country TEXT, subscribed "
               "INTEGER NOT NULL, status TEXT NOT NULL, registered_at TEXT NOT NULL, last_login_at TEXT, job_alert "
               "INTEGER NOT NULL)"_s);
        q.prepare(
            u"INSERT INTO users VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, '2025-03-04 10:00:00', NULL, 0)"_s);
        for (const HostileUser& u : hostileUsers()) {
            q.addBindValue(u.id);
            q.addBindValue(QString::fromLatin1(u.type));
            q.addBindValue(u.first);
            q.addBindValue(u.last);
            q.addBindValue(u.company.isNull() ? QVariant() : QVariant(u.company));
            q.addBindValue(u.email);
            q.addBindValue(u.city);
            q.addBindValue(u.postcode);
            q.addBindValue(u.country);
            q.addBindValue(u.subscribed);
            q.addBindValue(QString::fromLatin1(u.status));
            if (!q.exec())
                qFatal("insert: %s", qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(u"hostile"_s);
    return path;
}

std::unique_ptr<BoardSession> TestContactExport::open(const QString& database)
{
    auto session = std::make_unique<BoardSession>(BoardConnection::demo(database), m_audit);
    QString error;
    if (!session->open({}, &error))
        qFatal("cannot open %s: %s", qPrintable(database), qPrintable(error));
    return session;
}

QByteArray TestContactExport::readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestContactExport::writerQuotesOnlyWhatNeedsIt()
{
    CsvFormat format;
    format.formulaProtection = false;
    CsvWriter writer(format);
    QByteArray out;
    writer.appendRow(out, {u"plain"_s, u"a,b"_s, u"say \"hi\""_s, u"two\nlines"_s, u"007"_s, QString(), u" pad"_s});
    QCOMPARE(out, QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",007,,\" pad\"\r\n"));

    format.separator = u';';
    format.quote = u'\'';
    format.lineEnding = "\n";
    format.emptyText = u"(none)"_s;
    CsvWriter semicolons(format);
    out.clear();
    semicolons.appendRow(out, {u"a,b"_s, u"a;b"_s, u"it's"_s, QString()});
    QCOMPARE(out, QByteArray("a,b;'a;b';'it''s';(none)\n"));

    format.encoding = CsvEncoding::Utf8Bom;
    QCOMPARE(CsvWriter(format).start(), QByteArray("\xEF\xBB\xBF"));
    format.encoding = CsvEncoding::Utf8;
    QVERIFY(CsvWriter(format).start().isEmpty());
}

void TestContactExport::formulaProtection_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("protectedCsv");
    QTest::newRow("equals") << u"=1+2"_s << QByteArray("\"'=1+2\"");
    QTest::newRow("plus") << u"+49 30"_s << QByteArray("\"'+49 30\"");
    QTest::newRow("minus") << u"-2"_s << QByteArray("\"'-2\"");
    QTest::newRow("at") << u"@SUM(A1)"_s << QByteArray("\"'@SUM(A1)\"");
    QTest::newRow("tab") << u"\tx"_s << QByteArray("\"'\tx\"");
    QTest::newRow("carriage return") << u"\rx"_s << QByteArray("\"'\rx\"");
    QTest::newRow("quote inside") << u"=\"a\""_s << QByteArray("\"'=\"\"a\"\"\"");
    QTest::newRow("harmless") << u"a=b"_s << QByteArray("a=b");
}

void TestContactExport::formulaProtection()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, protectedCsv);
    CsvFormat format;
    QByteArray out;
    CsvWriter(format).appendRow(out, {cell});
    QCOMPARE(out, protectedCsv + "\r\n");

    // Off: the cell is written as it is, quoted only where CSV needs it.
    format.formulaProtection = false;
    out.clear();
    CsvWriter(format).appendRow(out, {cell});
    QVERIFY2(!out.startsWith("\"'") && !out.startsWith("'"), out.constData());
}

void TestContactExport::windows1252NamesWhatItCannotHold()
{
    CsvFormat format;
    format.encoding = CsvEncoding::Windows1252;
    CsvWriter writer(format);
    QByteArray out;
    writer.appendRow(out, {u"Zoë €5 – „quoted“"_s, u"東京"_s, u"plain"_s, u"📬"_s});
    QCOMPARE(out,
        QByteArray("Zo\xEB \x80"
                   "5 \x96 \x84quoted\x93,??,plain,?\r\n"));
    QCOMPARE(writer.unencodable(), u"東京📬"_s);
    QCOMPARE(writer.cellsWithUnencodable(), qint64(2));
}

void TestContactExport::mailchimpCutsAndRefuses()
{
    CsvFormat format = CsvPresets::format(CsvPreset::Mailchimp);
    CsvWriter writer(format);
    QByteArray out;
    // 254 ASCII bytes and a two-byte character: the character does not fit in 255 bytes.
    writer.appendRow(out, {QString(254, u'a') + u"é"_s, u"short"_s});
    QCOMPARE(out, QByteArray(254, 'a') + ",short\r\n");
    QCOMPARE(writer.cellsCut(), qint64(1));
    // With formula protection the ' counts too: 255 bytes as written, never 256.
    out.clear();
    writer.appendRow(out, {u"="_s + QString(300, u'a'), u"-"_s + QString(254, u'b')});
    QCOMPARE(out, "\"'=" + QByteArray(253, 'a') + "\",\"'-" + QByteArray(253, 'b') + "\"\r\n");
    QCOMPARE(writer.cellsCut(), qint64(3));
    QCOMPARE(CsvPresets::header(CsvPreset::Mailchimp, "email"), u"Email Address"_s);
    QCOMPARE(CsvPresets::header(CsvPreset::Brevo, "first_name"), u"FIRSTNAME"_s);
    QCOMPARE(CsvPresets::format(CsvPreset::Brevo).separator, u';');
}

void TestContactExport::definitionsRoundTripThroughJson()
{
    ExportDefinition d;
    d.name = u"Berlin seekers"_s;
    d.who = ContactKind::Seekers;
    d.columns = {{u"email"_s, u"Adresse"_s}, {u"full_name"_s, {}}, {u"country_name"_s, u"Land"_s}};
    d.criteria.countries = {u"DE"_s, u"AT"_s};
    d.criteria.cities = {u"Berlin"_s};
    d.criteria.subscribed = Choice::Yes;
    d.criteria.jobAlert = Choice::No;
    d.criteria.status = StatusChoice::Active;
    d.criteria.registeredFrom = QDate(2024, 1, 1);
    d.criteria.lastLoginTo = QDate(2026, 6, 30);
    d.cleanup.duplicates = false;
    d.cleanup.trim = false;
    d.preset = CsvPreset::Brevo;
    d.format = CsvPresets::format(CsvPreset::Brevo);
    d.format.encoding = CsvEncoding::Windows1252;
    d.format.dateFormat = u"dd.MM.yyyy"_s;
    d.format.emptyText = u"-"_s;
    QString error;
    const std::optional<ExportDefinition> back = ExportDefinition::fromJson(d.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->toJson(), d.toJson());
    QVERIFY(*back == d);

    // A bare definition takes the defaults: every clean-up on, RFC 4180.
    const std::optional<ExportDefinition> bare = ExportDefinition::fromJson({{u"name"_s, u"x"_s}}, &error);
    QVERIFY2(bare, qPrintable(error));
    QCOMPARE(bare->cleanup, ExportCleanup());
    QCOMPARE(bare->format, CsvFormat());
    QCOMPARE(bare->columns.size(), 3);
}

void TestContactExport::badDefinitionsAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown field") << QByteArray(R"({"columns":[{"key":"password"}]})") << u"password"_s;
    QTest::newRow("SQL as a field") << QByteArray(R"({"columns":[{"key":"email; DROP TABLE users"}]})")
                                    << u"DROP TABLE"_s;
    QTest::newRow("no columns") << QByteArray(R"({"columns":[]})") << u"at least one column"_s;
    QTest::newRow("who") << QByteArray(R"({"who":"admins"})") << u"admins"_s;
    QTest::newRow("status") << QByteArray(R"({"criteria":{"status":"gone"}})") << u"gone"_s;
    QTest::newRow("date") << QByteArray(R"({"criteria":{"registered_from":"31/01/2025"}})") << u"31/01/2025"_s;
    QTest::newRow("preset") << QByteArray(R"({"preset":"sendgrid"})") << u"sendgrid"_s;
    QTest::newRow("separator") << QByteArray(R"({"format":{"separator":"ab"}})") << u"separator"_s;
    QTest::newRow("same separator and quote")
        << QByteArray(R"({"format":{"separator":"\"","quote":"\""}})") << u"different"_s;
    QTest::newRow("encoding") << QByteArray(R"({"format":{"encoding":"latin-9"}})") << u"latin-9"_s;
}

void TestContactExport::badDefinitionsAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!ExportDefinition::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestContactExport::criteriaAndCleanupOnTheDemoBoard()
{
    const auto session = open(m_demo.database);
    BounceScanRequest request;
    request.paths = {m_demo.eximLog};
    request.logZone = QTimeZone::utc();
    const ExportBounces bounces = exportBouncesFrom(runBounceScan(request)->recipients);
    QVERIFY(!bounces.isEmpty());

    ExportDefinition d;
    d.who = ContactKind::Seekers;
    d.columns = {{u"id"_s, {}}, {u"email"_s, {}}, {u"country"_s, {}}, {u"registered_at"_s, {}}};
    d.criteria.countries = {u"de"_s, u"AT"_s};
    d.criteria.registeredFrom = QDate(2024, 1, 1);
    const QString target = m_dir.filePath(u"demo-seekers.csv"_s);
    const ExportSummary summary = runContactExport(*session, d, bounces, target, nullptr, {}, 5);
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.read, qint64(DemoBoard::SeekerCount + DemoBoard::EmployerCount));
    QCOMPARE(summary.written + summary.skippedTotal(), summary.read);
    QVERIFY(summary.written > 0);
    QVERIFY(summary.skipped[std::size_t(ExportSkip::HardBounce)] > 0);
    QCOMPARE(summary.preview.size(), 5);

    // Every written row is checked against the database on its own.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
    db.setDatabaseName(m_demo.database);
    QVERIFY(db.open());
    const QList<QByteArray> lines = readFile(target).split('\n');
    QCOMPARE(lines.front(), QByteArray("User id,E-mail,Country,Registered\r"));
    QSet<QString> addresses;
    qint64 rows = 0;
    for (const QByteArray& line : lines.mid(1)) {
        if (line.isEmpty())
            continue;
        ++rows;
        const QList<QByteArray> cells = line.trimmed().split(',');
        QCOMPARE(cells.size(), 4);
        QSqlQuery q(db);
        q.prepare(u"SELECT type, email, country, status, subscribed, registered_at FROM users WHERE id = ?"_s);
        q.addBindValue(cells[0].toLongLong());
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"seeker"_s);
        QCOMPARE(q.value(1).toString().toUtf8(), cells[1]);
        QVERIFY(cells[2] == "DE" || cells[2] == "AT");
        QCOMPARE(q.value(3).toString(), u"active"_s);
        QCOMPARE(q.value(4).toInt(), 1);
        QCOMPARE(q.value(5).toString().left(10).toUtf8(), cells[3]);
        QVERIFY(cells[3] >= "2024-01-01");
        const QString address = QString::fromUtf8(cells[1]).toLower();
        QVERIFY2(bounces.value(address).category != BounceCategory::Hard, cells[1].constData());
        QVERIFY(!addresses.contains(address));
        addresses.insert(address);
    }
    QCOMPARE(rows, summary.written);

    // Counting writes nothing and agrees with the file.
    const ExportSummary count = runContactExport(*session, d, bounces, {});
    QVERIFY(count.ok);
    QCOMPARE(count.written, summary.written);
    QCOMPARE(count.skipped, summary.skipped);

    // Archived users only: the archived clean-up steps aside, the others still apply.
    d.criteria = {};
    d.criteria.status = StatusChoice::Archived;
    const ExportSummary archived = runContactExport(*session, d, bounces, {});
    QVERIFY(archived.ok);
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM users WHERE type = 'seeker' AND status = 'archived'"_s) && q.next());
    QVERIFY(archived.written > 0);
    QVERIFY(archived.written <= q.value(0).toLongLong());
    QCOMPARE(archived.skipped[std::size_t(ExportSkip::Archived)], qint64(0));

    // Job alerts: the demo board keeps them in a column, and the two halves add up.
    d.criteria = {};
    d.cleanup = {false, false, false, false, false, false};
    d.criteria.jobAlert = Choice::Yes;
    const qint64 with = runContactExport(*session, d, {}, {}).written;
    d.criteria.jobAlert = Choice::No;
    const qint64 without = runContactExport(*session, d, {}, {}).written;
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM users WHERE type = 'seeker' AND job_alert <> 0"_s) && q.next());
    QCOMPARE(with, q.value(0).toLongLong());
    QCOMPARE(with + without, qint64(DemoBoard::SeekerCount));
    q = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check"_s);
}

void TestContactExport::computedFields()
{
    const auto session = open(hostileBoard());
    ExportDefinition d;
    d.columns = {{u"email"_s, {}}, {u"full_name"_s, u"Name"_s}, {u"bounce_category"_s, {}}, {u"last_bounce_at"_s, {}},
        {u"country_name"_s, {}}, {u"type"_s, {}}, {u"registered_at"_s, {}}};
    d.cleanup = {false, false, false, false, false, true};
    d.format.formulaProtection = false;
    d.format.dateFormat = u"dd.MM.yyyy"_s;
    const ExportSummary summary = runContactExport(*session, d, goneIsHard(), {}, nullptr, {}, 100);
    QVERIFY2(summary.ok, qPrintable(summary.error));
    QCOMPARE(summary.header,
        (QStringList {u"E-mail"_s, u"Name"_s, u"Bounce category"_s, u"Last bounce"_s, u"Country name"_s, u"Type"_s,
            u"Registered"_s}));
    QCOMPARE(summary.preview.size(), hostileUsers().size());
    QCOMPARE(summary.preview[1],
        (QStringList {u"tokyo@example.org"_s, u"東京 Ελληνικά"_s, u"soft"_s, u"21.11.2026"_s, u"Japan"_s, u"seeker"_s,
            u"04.03.2025"_s}));
    QCOMPARE(summary.preview[6][2], u"hard"_s);
    QCOMPARE(summary.preview[2][4], u"Germany"_s);
    QCOMPARE(summary.preview[2][5], u"employer"_s);
    QCOMPARE(summary.preview[0][2], QString());
}

void TestContactExport::pythonReadsEveryPreset_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<bool>("protect");
    for (const CsvPreset preset : CsvPresets::all())
        QTest::newRow(CsvPresets::key(preset).constData()) << int(preset) << true;
    QTest::newRow("rfc4180, no formula protection") << int(CsvPreset::Rfc4180) << false;
}

void TestContactExport::pythonReadsEveryPreset()
{
    QFETCH(int, preset);
    QFETCH(bool, protect);
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    const auto session = open(hostileBoard());
    ExportDefinition d = hostileDefinition(CsvPreset(preset));
    d.format.formulaProtection = protect;
    const QString target = m_dir.filePath(u"hostile-%1-%2.csv"_s.arg(preset).arg(protect));
    const ExportSummary summary = runContactExport(*session, d, goneIsHard(), target);
    QVERIFY2(summary.ok, qPrintable(summary.error));

    QList<QStringList> expected = expectedHostileRows(protect);
    if (CsvPreset(preset) == CsvPreset::Mailchimp) {
        expected.removeAt(4); // jürgen@: Mailchimp takes no accents before the @
        QCOMPARE(summary.skipped[std::size_t(ExportSkip::ToolLimit)], qint64(1));
    }
    QCOMPARE(summary.written, qint64(expected.size()));
    QCOMPARE(summary.skipped[std::size_t(ExportSkip::Duplicate)], qint64(1));
    QCOMPARE(summary.skipped[std::size_t(ExportSkip::InvalidAddress)], qint64(1));
    QCOMPARE(summary.skipped[std::size_t(ExportSkip::HardBounce)], qint64(1));
    QCOMPARE(summary.skipped[std::size_t(ExportSkip::Archived)], qint64(1));
    QCOMPARE(summary.skipped[std::size_t(ExportSkip::NotOptedIn)], qint64(1));

    // Python's csv module, told only what a user would tell a spreadsheet: separator and encoding.
    const QByteArray encoding = d.format.encoding == CsvEncoding::Utf8Bom ? "utf-8-sig" : "utf-8";
    QProcess reader;
    reader.start(python,
        {u"-c"_s,
            u"import csv, json, sys\n"
            "with open(sys.argv[1], newline='', encoding=sys.argv[2]) as f:\n"
            "    json.dump(list(csv.reader(f, delimiter=sys.argv[3])), sys.stdout)\n"_s,
            target, QString::fromLatin1(encoding), QString(d.format.separator)});
    QVERIFY(reader.waitForFinished(30000));
    QVERIFY2(reader.exitCode() == 0, reader.readAllStandardError().constData());
    const QJsonArray rows = QJsonDocument::fromJson(reader.readAllStandardOutput()).array();
    QCOMPARE(rows.size(), expected.size() + 1);
    QStringList header;
    for (const QJsonValue& cell : rows.at(0).toArray())
        header << cell.toString();
    QCOMPARE(header, summary.header);
    if (CsvPreset(preset) == CsvPreset::Brevo)
        QCOMPARE(header.mid(0, 3), (QStringList {u"EMAIL"_s, u"FIRSTNAME"_s, u"LASTNAME"_s}));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QStringList cells;
        for (const QJsonValue& cell : rows.at(i + 1).toArray())
            cells << cell.toString();
        QCOMPARE(cells, expected[i]);
    }
}

void TestContactExport::aCancelledExportLeavesTheOldFile()
{
    const auto session = open(m_demo.database);
    const QString target = m_dir.filePath(u"kept.csv"_s);
    TestFiles::write(m_dir.path(), u"kept.csv"_s, "the owner's earlier export\n");
    ExportDefinition d;
    d.cleanup = {false, false, false, false, false, false};
    std::atomic_bool cancel {false};
    qint64 seen = 0;
    const ExportSummary summary = runContactExport(*session, d, {}, target, &cancel, [&](qint64 done, qint64 total) {
        seen = done;
        QVERIFY(total >= done);
        if (done >= 1000)
            cancel = true;
    });
    QVERIFY(!summary.ok);
    QVERIFY(summary.cancelled);
    QVERIFY(seen >= 1000);
    QVERIFY(summary.read < DemoBoard::SeekerCount + DemoBoard::EmployerCount);
    QVERIFY2(summary.describe().contains(u"left as it was"_s), qPrintable(summary.describe()));
    QCOMPARE(readFile(target), QByteArray("the owner's earlier export\n"));
    // No temporary file is left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList({u"kept.csv*"_s}, QDir::Files | QDir::Hidden), QStringList {u"kept.csv"_s});
}

void TestContactExport::aFullDiskLeavesTheOldFile()
{
    if (geteuid() != 0)
        QSKIP("mounting a small tmpfs needs root (CI runs as root)");
    const QString mountPoint = m_dir.filePath(u"small"_s);
    QVERIFY(QDir().mkpath(mountPoint));
    QProcess mount;
    mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=64k"_s, u"tmpfs"_s, mountPoint});
    QVERIFY(mount.waitForFinished(10000));
    if (mount.exitCode() != 0)
        QSKIP(qPrintable(
            u"this machine cannot mount a tmpfs here: "_s + QString::fromUtf8(mount.readAllStandardError())));
    const auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {mountPoint}); });

    const QString target = TestFiles::write(mountPoint, u"contacts.csv"_s, "earlier\n");
    const auto session = open(m_demo.database);
    ExportDefinition d;
    d.columns = {{u"email"_s, {}}, {u"first_name"_s, {}}, {u"last_name"_s, {}}, {u"company"_s, {}}, {u"city"_s, {}}};
    d.cleanup = {false, false, false, false, false, false};
    const ExportSummary summary = runContactExport(*session, d, {}, target);
    QVERIFY(!summary.ok);
    QVERIFY(!summary.cancelled);
    QVERIFY2(summary.error.contains(u"contacts.csv"_s) && summary.error.contains(u"left as it was"_s),
        qPrintable(summary.error));
    QCOMPARE(readFile(target), QByteArray("earlier\n"));
    QCOMPARE(QDir(mountPoint).entryList(QDir::Files | QDir::Hidden), QStringList {u"contacts.csv"_s});
}

void TestContactExport::brevoRefusesAFileOverItsLimit()
{
    const auto session = open(m_demo.database);
    const QString target = TestFiles::write(m_dir.path(), u"brevo.csv"_s, "earlier\n");
    ExportDefinition d = hostileDefinition(CsvPreset::Brevo);
    d.format.maxFileBytes = 10'000; // the real limit is 250 MB; the demo board is far smaller
    const ExportSummary summary = runContactExport(*session, d, {}, target);
    QVERIFY(!summary.ok);
    QVERIFY2(summary.error.contains(u"Brevo"_s), qPrintable(summary.error));
    QCOMPARE(readFile(target), QByteArray("earlier\n"));
}

void TestContactExport::repeatedAddressesAreFoundOnDiskToo()
{
    // Past its limit the set moves to a temporary file and still answers exactly.
    SeenAddresses seen(50);
    QSet<QString> reference;
    for (int i = 0; i < 3000; ++i) {
        const QString key = u"user%1@example.org"_s.arg((i * 7919) % 1000);
        const bool fresh = !reference.contains(key);
        reference.insert(key);
        QCOMPARE(seen.insert(key), fresh);
    }
    QVERIFY(seen.spilled());
    QVERIFY2(seen.error().isEmpty(), qPrintable(seen.error()));

    // An export past the limit writes the same file as one that stays in memory, on a board
    // where a third of the addresses come again in another case.
    const QString path = m_dir.filePath(u"repeats.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"repeats"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE users (id INTEGER PRIMARY KEY, type TEXT NOT NULL, first_name TEXT, last_name "
                       "TEXT, company TEXT, email TEXT NOT NULL, city TEXT, region TEXT, postcode TEXT, country TEXT, "
                       "subscribed INTEGER NOT NULL, status TEXT NOT NULL, registered_at TEXT NOT NULL, last_login_at "
                       "TEXT, job_alert INTEGER NOT NULL)"_s));
        QVERIFY(db.transaction());
        QVERIFY(q.prepare(u"INSERT INTO users (id, type, email, subscribed, status, registered_at, job_alert) "
                          "VALUES (?, 'seeker', ?, 1, 'active', '2025-01-01', 0)"_s));
        for (int id = 1; id <= 3000; ++id) {
            q.addBindValue(id);
            // The last thousand repeat the first thousand's addresses in capitals.
            q.addBindValue(id > 2000 ? u"USER%1@Example.org"_s.arg(id - 2000) : u"user%1@example.org"_s.arg(id));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(db.commit());
    }
    QSqlDatabase::removeDatabase(u"repeats"_s);
    const auto session = open(path);
    ExportDefinition d;
    d.columns = {{u"id"_s, {}}, {u"email"_s, {}}};
    const QString inMemory = m_dir.filePath(u"repeats-memory.csv"_s);
    const QString onDisk = m_dir.filePath(u"repeats-disk.csv"_s);
    const ExportSummary memory = runContactExport(*session, d, {}, inMemory);
    const ExportSummary disk = runContactExport(*session, d, {}, onDisk, nullptr, {}, 0, 100);
    QVERIFY2(memory.ok && disk.ok, qPrintable(memory.error + disk.error));
    QCOMPARE(memory.skipped[std::size_t(ExportSkip::Duplicate)], qint64(1000));
    QCOMPARE(disk.skipped, memory.skipped);
    QCOMPARE(readFile(onDisk), readFile(inMemory));
}

QTEST_GUILESS_MAIN(TestContactExport)
#include "TestContactExport.moc"
