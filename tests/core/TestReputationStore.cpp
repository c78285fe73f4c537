#include "reputation/ReputationStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The last check, kept between runs.
class TestReputationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSavedCheckComesBack();
    void noFileIsNoCheckAndNoError();
    void aDamagedFileIsAnErrorNotACheck_data();
    void aDamagedFileIsAnErrorNotACheck();
    void anUnwritablePlaceIsAnError();
};

void TestReputationStore::aSavedCheckComesBack()
{
    QTemporaryDir dir;
    ReputationReport report;
    report.ips.resize(2);
    report.ips[0].ip = QHostAddress(u"203.0.113.25"_s);
    report.ips[1].ip = QHostAddress(u"2001:db8::25"_s);
    report.domain = "northwind-jobs.example";
    report.checkedAt = QDateTime(QDate(2026, 12, 3), QTime(18, 10, 5, 250), Qt::UTC);
    report.elapsedMs = 155;
    report.findings = {
        {ReputationSeverity::Problem, u"203.0.113.25 is listed on Spamhaus ZEN"_s, u"Removal: … «quoted» ü"_s, {}, {}},
        {ReputationSeverity::Warning, u"No DMARC reports"_s, u"Add an address."_s, u"_dmarc.northwind-jobs.example"_s,
            "v=DMARC1; p=none; rua=mailto:dmarc@northwind-jobs.example", "dmarc"},
        {ReputationSeverity::Info, u"SPF passes"_s, {}, {}, {}},
    };
    // Into a folder that does not exist yet.
    const QString path = dir.filePath(u"reputation/last-check.json"_s);
    QString error;
    QVERIFY2(ReputationStore::save(path, report, &error), qPrintable(error));

    const std::optional<ReputationReport> back = ReputationStore::load(path, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->checkedAt, report.checkedAt);
    QCOMPARE(back->elapsedMs, 155);
    QCOMPARE(back->domain, report.domain);
    QCOMPARE(back->ips.size(), 2);
    QCOMPARE(back->ips[1].ip, report.ips[1].ip);
    QCOMPARE(back->findings.size(), report.findings.size());
    for (qsizetype i = 0; i < report.findings.size(); ++i) {
        QCOMPARE(back->findings[i].severity, report.findings[i].severity);
        QCOMPARE(back->findings[i].title, report.findings[i].title);
        QCOMPARE(back->findings[i].detail, report.findings[i].detail);
        QCOMPARE(back->findings[i].fixName, report.findings[i].fixName);
        QCOMPARE(back->findings[i].fixRecord, report.findings[i].fixRecord);
        QCOMPARE(back->findings[i].topic, report.findings[i].topic);
    }
}

void TestReputationStore::noFileIsNoCheckAndNoError()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!ReputationStore::load(dir.filePath(u"none.json"_s), &error));
    QVERIFY(error.isEmpty());
}

void TestReputationStore::aDamagedFileIsAnErrorNotACheck_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("cut short") << QByteArray(R"({"version": 1, "checked_at": "2026-12)");
    QTest::newRow("another version") << QByteArray(R"({"version": 99, "checked_at": "2026-12-03T18:00:00Z"})");
    QTest::newRow("no time") << QByteArray(R"({"version": 1, "findings": []})");
    QTest::newRow("a bad address") << QByteArray(
        R"({"version": 1, "checked_at": "2026-12-03T18:00:00Z", "ips": ["300.1.1.1"]})");
    QTest::newRow("a finding without severity") << QByteArray(
        R"({"version": 1, "checked_at": "2026-12-03T18:00:00Z", "findings": [{"severity": "dire", "title": "x"}]})");
    QTest::newRow("binary") << QByteArray("\x00\xff\x10garbage", 10);
}

void TestReputationStore::aDamagedFileIsAnErrorNotACheck()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"last-check.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    QString error;
    QVERIFY(!ReputationStore::load(path, &error));
    QVERIFY2(error.contains(u"cannot be read"_s), qPrintable(error));
}

void TestReputationStore::anUnwritablePlaceIsAnError()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    ReputationReport report;
    report.checkedAt = QDateTime::currentDateTimeUtc();
    QString error;
    // A folder where a file is.
    QVERIFY(!ReputationStore::save(dir.filePath(u"file/last-check.json"_s), report, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestReputationStore)
#include "TestReputationStore.moc"
