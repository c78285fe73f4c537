#include "board/DemoBoard.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every row of both tables as text, in key order: what "the same board" means.
QStringList dumpRows(const QString& path)
{
    QStringList rows;
    const QString name = u"test-dump-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            for (const QString& sql : { u"SELECT * FROM board ORDER BY key"_s, u"SELECT * FROM users ORDER BY id"_s }) {
                query.exec(sql);
                while (query.next()) {
                    QStringList fields;
                    for (int i = 0; i < query.record().count(); ++i) {
                        fields << (query.value(i).isNull() ? u"<null>"_s : query.value(i).toString());
                    }
                    rows << fields.join(u'\x1f');
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

} // namespace

class TestDemoBoard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void theSameSeedWritesTheSameBoard();
    void theBoardIsLargeEnough();
    void namesFromManyCountriesArePresent_data();
    void namesFromManyCountriesArePresent();
    void proportionsLookLikeARealBoard();
    void emailsAreUniqueAndWellFormed();
    void oddAddressesArePresent();
    void placesAreConsistent();
    void datesAreOrdered();
    void employersHaveCompaniesAndSeekersDoNot();
    void theBoardSaysItIsTheDemo();
    void expectedBouncesCoverEveryCategory_data();
    void expectedBouncesCoverEveryCategory();
    void expectedBouncesNameRealUsers();
    void eximLinesHaveEximSyntax();
    void postfixLinesHavePostfixSyntax();
    void logsContainEveryKindOfLine_data();
    void logsContainEveryKindOfLine();
    void everyExpectedAddressIsInBothLogs();
    void ensureKeepsACurrentBoard();
    void ensureReplacesAnOlderGeneratorVersion();
    void ensureRestoresAMissingFile();
    void anUnwritableFolderGivesAnErrorNamingIt();

private:
    QStringList column(const QString& sql);
    qint64 count(const QString& sql);

    QTemporaryDir m_dir;
    DemoBoardFiles m_files;
    QSqlDatabase m_db;
};

void TestDemoBoard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(DemoBoard::generate(m_dir.filePath(u"a"_s), &m_files, &error), qPrintable(error));
    qInfo("generated in %lld ms", timer.elapsed());
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"test-demo"_s);
    m_db.setDatabaseName(m_files.database);
    QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
}

void TestDemoBoard::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"test-demo"_s);
}

QStringList TestDemoBoard::column(const QString& sql)
{
    QStringList values;
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        qWarning() << query.lastError().text();
    }
    while (query.next()) {
        values << query.value(0).toString();
    }
    return values;
}

qint64 TestDemoBoard::count(const QString& sql)
{
    const QStringList values = column(sql);
    return values.isEmpty() ? -1 : values.first().toLongLong();
}

void TestDemoBoard::theSameSeedWritesTheSameBoard()
{
    DemoBoardFiles again;
    QString error;
    QVERIFY2(DemoBoard::generate(m_dir.filePath(u"b"_s), &again, &error), qPrintable(error));

    const QStringList first = dumpRows(m_files.database);
    QVERIFY(first.size() > 5000);
    QCOMPARE(dumpRows(again.database), first);
    QCOMPARE(readAll(again.eximLog), readAll(m_files.eximLog));
    QCOMPARE(readAll(again.postfixLog), readAll(m_files.postfixLog));
    QCOMPARE(readAll(again.expectedBounces), readAll(m_files.expectedBounces));
}

void TestDemoBoard::theBoardIsLargeEnough()
{
    QVERIFY(count(u"SELECT COUNT(*) FROM users WHERE type = 'seeker'"_s) >= 5000);
    QVERIFY(count(u"SELECT COUNT(*) FROM users WHERE type = 'employer'"_s) >= 500);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users WHERE type NOT IN ('seeker', 'employer')"_s), 0);
}

void TestDemoBoard::namesFromManyCountriesArePresent_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("an English name with a diaeresis, Zoë") << u"Zoë"_s;
    QTest::newRow("a Polish name with a stroked L, Łukasz") << u"Łukasz"_s;
    QTest::newRow("a German surname with an umlaut, Müller") << u"Müller"_s;
    QTest::newRow("a Spanish name with an accent, José") << u"José"_s;
    QTest::newRow("a Vietnamese name with stacked marks, Ngọc") << u"Ngọc"_s;
    QTest::newRow("a Japanese surname in kanji, 田中") << u"田中"_s;
    QTest::newRow("an Arabic name in Latin letters, Ahmed") << u"Ahmed"_s;
    QTest::newRow("an Icelandic name, Ólafur") << u"Ólafur"_s;
    QTest::newRow("a Turkish surname with a dotless i, Yılmaz") << u"Yılmaz"_s;
    QTest::newRow("a Greek name in Greek letters, Γιώργος") << u"Γιώργος"_s;
}

void TestDemoBoard::namesFromManyCountriesArePresent()
{
    QFETCH(QString, name);

    QSqlQuery query(m_db);
    query.prepare(u"SELECT COUNT(*) FROM users WHERE first_name = ? OR last_name = ?"_s);
    query.addBindValue(name);
    query.addBindValue(name);
    QVERIFY(query.exec() && query.next());
    QVERIFY2(query.value(0).toInt() > 0, qPrintable(name));
}

void TestDemoBoard::proportionsLookLikeARealBoard()
{
    const double all = double(count(u"SELECT COUNT(*) FROM users"_s));
    const double archived = double(count(u"SELECT COUNT(*) FROM users WHERE status = 'archived'"_s)) / all;
    const double subscribed = double(count(u"SELECT COUNT(*) FROM users WHERE subscribed = 1"_s)) / all;
    const double alerts = double(count(u"SELECT COUNT(*) FROM users WHERE job_alert = 1"_s)) / all;
    QVERIFY2(archived > 0.05 && archived < 0.11, qPrintable(QString::number(archived)));
    QVERIFY2(subscribed > 0.62 && subscribed < 0.78, qPrintable(QString::number(subscribed)));
    QVERIFY2(alerts > 0.3 && alerts < 0.7, qPrintable(QString::number(alerts)));
    QCOMPARE(count(u"SELECT COUNT(*) FROM users WHERE status NOT IN ('active', 'archived')"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users WHERE subscribed NOT IN (0, 1) OR job_alert NOT IN (0, 1)"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(DISTINCT country) FROM users"_s) >= 15, true);
}

void TestDemoBoard::emailsAreUniqueAndWellFormed()
{
    const QStringList emails = column(u"SELECT email FROM users"_s);
    QSet<QString> seen;
    static const QRegularExpression shape(u"^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"_s);
    for (const QString& email : emails) {
        QVERIFY2(shape.match(email).hasMatch(), qPrintable(email));
        QVERIFY2(!seen.contains(email.toLower()), qPrintable(email));
        seen.insert(email.toLower());
    }
    QVERIFY(count(u"SELECT COUNT(*) FROM users WHERE email LIKE '%@gmail.com'"_s) > 1000);
    QVERIFY(count(u"SELECT COUNT(*) FROM users WHERE email LIKE '%@web.de'"_s) > 50);
}

void TestDemoBoard::oddAddressesArePresent()
{
    const QStringList emails = column(u"SELECT email FROM users"_s);
    int upper = 0;
    int plus = 0;
    for (const QString& email : emails) {
        upper += email != email.toLower() ? 1 : 0;
        plus += email.contains(u'+') ? 1 : 0;
    }
    QVERIFY2(upper >= 10, qPrintable(QString::number(upper)));
    QVERIFY2(plus >= 5, qPrintable(QString::number(plus)));
}

void TestDemoBoard::placesAreConsistent()
{
    // A city belongs to one region and one country, whoever lives there.
    QCOMPARE(count(u"SELECT COUNT(*) FROM (SELECT city FROM users GROUP BY city "
                   "HAVING COUNT(DISTINCT country) > 1 OR COUNT(DISTINCT region) > 1)"_s),
        0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users WHERE length(country) != 2 OR country != upper(country)"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users WHERE city = 'München' AND country != 'DE'"_s), 0);
    QVERIFY(count(u"SELECT COUNT(*) FROM users WHERE city = 'München' AND region = 'Bayern'"_s) > 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users WHERE postcode IS NULL OR postcode = ''"_s), 0);
}

void TestDemoBoard::datesAreOrdered()
{
    const QString reference = DemoBoard::referenceTime().toString(Qt::ISODate);
    const QString threeYears = DemoBoard::referenceTime().addDays(-3 * 365 - 1).toString(Qt::ISODate);
    QSqlQuery query(m_db);
    query.prepare(u"SELECT COUNT(*) FROM users WHERE registered_at >= ? OR registered_at < ? "
                  "OR (last_login_at IS NOT NULL AND (last_login_at <= registered_at OR last_login_at >= ?))"_s);
    query.addBindValue(reference);
    query.addBindValue(threeYears);
    query.addBindValue(reference);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toInt(), 0);

    const QStringList dates = column(u"SELECT registered_at FROM users"_s);
    for (const QString& date : dates) {
        const QDateTime parsed = QDateTime::fromString(date, Qt::ISODate);
        QVERIFY2(parsed.isValid() && parsed.timeSpec() == Qt::UTC, qPrintable(date));
    }
    QVERIFY(count(u"SELECT COUNT(*) FROM users WHERE last_login_at IS NULL"_s) > 0);
}

void TestDemoBoard::employersHaveCompaniesAndSeekersDoNot()
{
    QCOMPARE(count(u"SELECT COUNT(*) FROM users WHERE type = 'employer' AND (company IS NULL OR company = '')"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users WHERE type = 'seeker' AND company IS NOT NULL"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM users WHERE type = 'employer' AND job_alert = 1"_s), 0);
    // Companies are distinct, so the board's lists can tell them apart.
    QCOMPARE(count(u"SELECT COUNT(DISTINCT company) FROM users WHERE type = 'employer'"_s),
        count(u"SELECT COUNT(*) FROM users WHERE type = 'employer'"_s));
}

void TestDemoBoard::theBoardSaysItIsTheDemo()
{
    const QStringList name = column(u"SELECT value FROM board WHERE key = 'name'"_s);
    QCOMPARE(name.size(), 1);
    QVERIFY(name.first().contains(u"demo"_s, Qt::CaseInsensitive));
    const QStringList senders = column(u"SELECT value FROM board WHERE key = 'senders'"_s);
    QCOMPARE(senders.size(), 1);
    const QStringList addresses = senders.first().split(u',');
    QCOMPARE(addresses.size(), 2);
    const QString domain = column(u"SELECT value FROM board WHERE key = 'domain'"_s).value(0);
    QVERIFY(!domain.isEmpty());
    for (const QString& address : addresses) {
        QVERIFY(address.endsWith(u'@' + domain));
    }
    QCOMPARE(column(u"SELECT value FROM board WHERE key = 'generator_version'"_s).value(0),
        QString::number(DemoBoard::GeneratorVersion));
}

void TestDemoBoard::expectedBouncesCoverEveryCategory_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("reason");

    QTest::newRow("dead Gmail addresses are hard unknown users") << u"hard"_s << u"userunknown"_s;
    QTest::newRow("mistyped domains are hard unknown hosts") << u"hard"_s << u"hostunknown"_s;
    QTest::newRow("moved mailboxes are hard") << u"hard"_s << u"hasmoved"_s;
    QTest::newRow("three full-mailbox failures over a week escalate to hard") << u"hard"_s << u"mailboxfull"_s;
    QTest::newRow("a full mailbox once is soft") << u"soft"_s << u"mailboxfull"_s;
    QTest::newRow("a disabled account is soft") << u"soft"_s << u"suspend"_s;
    QTest::newRow("servers down until the retry time ran out is soft") << u"soft"_s << u"networkerror"_s;
    QTest::newRow("the Outlook and Spamhaus listings are blocked") << u"blocked"_s << u"blocked"_s;
    QTest::newRow("Gmail's unauthenticated refusal is blocked") << u"blocked"_s << u"authfailure"_s;
    QTest::newRow("Yahoo's TSS04 deferral that expired is blocked") << u"blocked"_s << u"badreputation"_s;
    QTest::newRow("a too large message is blocked") << u"blocked"_s << u"mesgtoobig"_s;
    QTest::newRow("a content filter refusal is blocked") << u"blocked"_s << u"spamdetected"_s;
    QTest::newRow("trouble that cleared ends delivered") << u"none"_s << u"delivered"_s;
}

void TestDemoBoard::expectedBouncesCoverEveryCategory()
{
    QFETCH(QString, category);
    QFETCH(QString, reason);

    const QStringList lines = QString::fromUtf8(readAll(m_files.expectedBounces)).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 200);
    QCOMPARE(lines.first(), u"address,category,reason,user_id,scenario"_s);
    int matches = 0;
    for (const QString& line : lines.mid(1)) {
        const QStringList fields = line.split(u',');
        QCOMPARE(fields.size(), 5);
        matches += fields.at(1) == category && fields.at(2) == reason ? 1 : 0;
    }
    QVERIFY2(matches >= 5, qPrintable(QString::number(matches)));
}

void TestDemoBoard::expectedBouncesNameRealUsers()
{
    const QStringList lines = QString::fromUtf8(readAll(m_files.expectedBounces)).split(u'\n', Qt::SkipEmptyParts);
    QSet<QString> addresses;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT id, status FROM users WHERE lower(email) = ?"_s);
    for (const QString& line : lines.mid(1)) {
        const QStringList fields = line.split(u',');
        QVERIFY2(!addresses.contains(fields.at(0)), qPrintable(line));
        addresses.insert(fields.at(0));
        QCOMPARE(fields.at(0), fields.at(0).toLower());
        query.bindValue(0, fields.at(0));
        QVERIFY(query.exec());
        QVERIFY2(query.next(), qPrintable(line));
        QCOMPARE(query.value(0).toString(), fields.at(3));
        QCOMPARE(query.value(1).toString(), u"active"_s);
    }
}

void TestDemoBoard::eximLinesHaveEximSyntax()
{
    const QList<QByteArray> lines = readAll(m_files.eximLog).split('\n');
    QVERIFY(lines.size() > 10000);
    QCOMPARE(lines.last(), QByteArray()); // the file ends with a newline
    static const QRegularExpression stamp(u"^(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}) "_s);
    static const QRegularExpression oldId(u"^\\S+ \\S+ [0-9A-Za-z]{6}-[0-9A-Za-z]{6}-[0-9A-Za-z]{2} "_s);
    static const QRegularExpression newId(u"^\\S+ \\S+ [0-9A-Za-z]{6}-[0-9A-Za-z]{11}-[0-9A-Za-z]{4} "_s);
    const QString reference = DemoBoard::referenceTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    QString previous;
    int oldIds = 0;
    int newIds = 0;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i));
        const auto match = stamp.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QVERIFY2(match.captured(1) >= previous, qPrintable(line));
        QVERIFY2(match.captured(1) < reference, qPrintable(line));
        previous = match.captured(1);
        oldIds += oldId.match(line).hasMatch() ? 1 : 0;
        newIds += newId.match(line).hasMatch() ? 1 : 0;
    }
    QVERIFY(oldIds > 1000);
    QVERIFY(newIds > 1000);
    QCOMPARE(oldIds + newIds, int(lines.size()) - 2); // all but the daemon line and the final newline
}

void TestDemoBoard::postfixLinesHavePostfixSyntax()
{
    const QList<QByteArray> lines = readAll(m_files.postfixLog).split('\n');
    QVERIFY(lines.size() > 10000);
    static const QRegularExpression shape(
        u"^Nov (\\d{2} \\d{2}:\\d{2}:\\d{2}) mail postfix/(pickup|cleanup|qmgr|smtp|bounce|local)\\[\\d+\\]: "
        "([0-9A-F]{10}: |connect to )"_s);
    static const QRegularExpression delivery(
        u": to=<[^>]+>, relay=[^,]+, delay=[0-9.]+, delays=[0-9.]+/[0-9.]+/[0-9.]+/[0-9.]+, dsn=[245]\\.\\d\\.\\d+, "
        "status=(sent|deferred|bounced) \\(.*\\)$"_s);
    QString previous;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i));
        const auto match = shape.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QVERIFY2(match.captured(1) >= previous, qPrintable(line));
        previous = match.captured(1);
        if (line.contains(u": to=<"_s)) {
            QVERIFY2(delivery.match(line).hasMatch(), qPrintable(line));
        }
    }
    QVERIFY(previous < u"30 00:00:00"_s);
}

void TestDemoBoard::logsContainEveryKindOfLine_data()
{
    QTest::addColumn<bool>("exim");
    QTest::addColumn<QString>("pattern");

    QTest::newRow("Exim arrivals from the board") << true << u" <= alerts@northwind-jobs.example U="_s;
    QTest::newRow("Exim deliveries") << true << u" => \\S+@\\S+ R=dnslookup T=remote_smtp H=\\S+ \\["_s;
    QTest::newRow("Exim multi-line Gmail replies with an embedded \\n")
        << true << u"550-5\\.1\\.1 The email account that you tried to reach does not exist\\. Please try\\\\n550-5"_s;
    QTest::newRow("Exim unrouteable addresses") << true << u" \\*\\* \\S+: Unrouteable address$"_s;
    QTest::newRow("Exim retry timeouts") << true << u" \\*\\* \\S+: retry timeout exceeded$"_s;
    QTest::newRow("Exim deferrals") << true << u" == \\S+ R=dnslookup T=remote_smtp defer \\(-44\\) H="_s;
    QTest::newRow("Exim blocks at MAIL FROM")
        << true << u"after MAIL FROM:<[^>]+> SIZE=\\d+: 550 5\\.7\\.1 .*\\(S3150\\)"_s;
    QTest::newRow("Exim host errors without a recipient")
        << true << u"^\\S+ \\S+ \\S+ H=\\S+ \\[[0-9.]+\\] Connection refused$"_s;
    QTest::newRow("Exim refusals after the initial connection")
        << true
        << u"^\\S+ \\S+ \\S+ H=\\S+ \\[[0-9.]+\\]: SMTP error from remote mail server after initial connection: 421"_s;
    QTest::newRow("Exim bounce generation") << true << u" <= <> R=[0-9A-Za-z-]+ U=Debian-exim P=local S=\\d+$"_s;
    QTest::newRow("Exim completions") << true << u" Completed$"_s;
    QTest::newRow("Exim arrivals from a recruiter's own address")
        << true << u" <= [^@ ]+@(?!northwind-jobs)\\S+ U=www-data"_s;
    QTest::newRow("Postfix queue manager from lines")
        << false << u"qmgr\\[\\d+\\]: \\w+: from=<[^>]*>, size=\\d+, nrcpt=1"_s;
    QTest::newRow("Postfix removals") << false << u"qmgr\\[\\d+\\]: \\w+: removed$"_s;
    QTest::newRow("Postfix expiries") << false
                                      << u"qmgr\\[\\d+\\]: \\w+: from=<[^>]+>, status=expired, returned to sender$"_s;
    QTest::newRow("Postfix bounce notifications")
        << false << u"bounce\\[\\d+\\]: \\w+: sender non-delivery notification: \\w+$"_s;
    QTest::newRow("Postfix hard bounces") << false << u"dsn=5\\.1\\.1, status=bounced \\(host \\S+ said: 550"_s;
    QTest::newRow("Postfix deferrals") << false << u"status=deferred \\(host \\S+ said: 4"_s;
    QTest::newRow("Postfix unknown domains")
        << false << u"relay=none, .*dsn=5\\.4\\.4, status=bounced \\(Host or domain name not found"_s;
    QTest::newRow("Postfix refused connections") << false << u"connect to \\S+:25: Connection refused"_s;
}

void TestDemoBoard::logsContainEveryKindOfLine()
{
    QFETCH(bool, exim);
    QFETCH(QString, pattern);

    const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
    QVERIFY(re.isValid());
    const QString text = QString::fromUtf8(readAll(exim ? m_files.eximLog : m_files.postfixLog));
    QVERIFY2(re.match(text).hasMatch(), qPrintable(pattern));
}

void TestDemoBoard::everyExpectedAddressIsInBothLogs()
{
    const QString exim = QString::fromUtf8(readAll(m_files.eximLog)).toLower();
    const QString postfix = QString::fromUtf8(readAll(m_files.postfixLog)).toLower();
    const QStringList lines = QString::fromUtf8(readAll(m_files.expectedBounces)).split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines.mid(1)) {
        const QString address = line.section(u',', 0, 0);
        QVERIFY2(exim.contains(u' ' + address + u' ') || exim.contains(u' ' + address + u':'), qPrintable(address));
        QVERIFY2(postfix.contains(u"to=<"_s + address + u'>'), qPrintable(address));
    }
}

void TestDemoBoard::ensureKeepsACurrentBoard()
{
    const QString folder = m_dir.filePath(u"ensure-current"_s);
    DemoBoardFiles files;
    QString error;
    QVERIFY2(DemoBoard::generate(folder, &files, &error), qPrintable(error));
    QFile log(files.eximLog);
    QVERIFY(log.open(QIODevice::Append));
    log.write("marker\n");
    log.close();

    QVERIFY2(DemoBoard::ensure(folder, &files, &error), qPrintable(error));
    QVERIFY(readAll(files.eximLog).endsWith("marker\n"));
}

void TestDemoBoard::ensureReplacesAnOlderGeneratorVersion()
{
    const QString folder = m_dir.filePath(u"ensure-old"_s);
    DemoBoardFiles files;
    QString error;
    QVERIFY2(DemoBoard::generate(folder, &files, &error), qPrintable(error));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
        db.setDatabaseName(files.database);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"UPDATE board SET value = '0' WHERE key = 'generator_version'"_s));
        QVERIFY(query.exec(u"DELETE FROM users WHERE id > 10"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"downgrade"_s);

    QVERIFY2(DemoBoard::ensure(folder, &files, &error), qPrintable(error));
    QCOMPARE(dumpRows(files.database), dumpRows(m_files.database));
}

void TestDemoBoard::ensureRestoresAMissingFile()
{
    const QString folder = m_dir.filePath(u"ensure-missing"_s);
    DemoBoardFiles files;
    QString error;
    QVERIFY2(DemoBoard::ensure(folder, &files, &error), qPrintable(error)); // from nothing
    QVERIFY(QFile::remove(files.postfixLog));

    QVERIFY2(DemoBoard::ensure(folder, &files, &error), qPrintable(error));
    QCOMPARE(readAll(files.postfixLog), readAll(m_files.postfixLog));
}

void TestDemoBoard::anUnwritableFolderGivesAnErrorNamingIt()
{
    // A folder cannot be made below a regular file, whoever runs the test (root included).
    const QString blocker = m_dir.filePath(u"plain-file"_s);
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString folder = blocker + u"/demo"_s;

    DemoBoardFiles files;
    QString error;
    QVERIFY(!DemoBoard::generate(folder, &files, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(folder)), qPrintable(error));
    QVERIFY(files.database.isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoBoard)
#include "TestDemoBoard.moc"
