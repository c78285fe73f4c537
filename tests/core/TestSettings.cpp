#include "support/Settings.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsOfAnEmptyFile();
    void valuesSurviveAReopen_data();
    void valuesSurviveAReopen();
    void nonsenseEscalationFallsBackToDefaults_data();
    void nonsenseEscalationFallsBackToDefaults();
    void boardProfilesByName();
};

void TestSettings::defaultsOfAnEmptyFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Settings settings(dir.filePath(u"mailroom.ini"_s));

    QCOMPARE(settings.escalationCount(), 3);
    QCOMPARE(settings.escalationDays(), 7);
    QVERIFY(settings.boardDatabase().isEmpty());
    QVERIFY(settings.logSources().isEmpty());
    QVERIFY(settings.logTimeZone().isEmpty());
    QVERIFY(settings.windowGeometry().isEmpty());
    QVERIFY(settings.windowState().isEmpty());
    QVERIFY(settings.viewState(u"bounces"_s).isEmpty());
    QVERIFY(settings.lastFolder().isEmpty());
    QVERIFY(settings.trustedImapCertificates().isEmpty());
    QVERIFY(settings.imapMoveTo().isEmpty());
}

using Setter = std::function<void(Settings&)>;
using Check = std::function<bool(const Settings&)>;

void TestSettings::valuesSurviveAReopen_data()
{
    QTest::addColumn<Setter>("set");
    QTest::addColumn<Check>("check");

    const QString path = u"/srv/boards/Zoë's board.sqlite"_s;
    QTest::newRow("the board database path keeps non-ASCII letters")
        << Setter([path](Settings& s) { s.setBoardDatabase(path); })
        << Check([path](const Settings& s) { return s.boardDatabase() == path; });
    const QStringList sources = {u"/var/log/exim4/mainlog"_s, u"/var/log/mail.log.1.gz"_s};
    QTest::newRow("the scanned log sources keep their order")
        << Setter([sources](Settings& s) { s.setLogSources(sources); })
        << Check([sources](const Settings& s) { return s.logSources() == sources; });
    QTest::newRow("the log time zone is an IANA id")
        << Setter([](Settings& s) { s.setLogTimeZone("Europe/Berlin"); })
        << Check([](const Settings& s) { return s.logTimeZone() == "Europe/Berlin"; });
    QTest::newRow("a changed escalation count is kept")
        << Setter([](Settings& s) { s.setEscalationCount(5); })
        << Check([](const Settings& s) { return s.escalationCount() == 5 && s.escalationDays() == 7; });
    QTest::newRow("a changed escalation window is kept")
        << Setter([](Settings& s) { s.setEscalationDays(14); })
        << Check([](const Settings& s) { return s.escalationDays() == 14 && s.escalationCount() == 3; });
    const QByteArray binary("\x00\x01\xff geometry", 13);
    QTest::newRow("window geometry is kept byte for byte")
        << Setter([binary](Settings& s) { s.setWindowGeometry(binary); })
        << Check([binary](const Settings& s) { return s.windowGeometry() == binary && s.windowState().isEmpty(); });
    QTest::newRow("window state is kept apart from geometry")
        << Setter([binary](Settings& s) { s.setWindowState(binary); })
        << Check([binary](const Settings& s) { return s.windowState() == binary && s.windowGeometry().isEmpty(); });
    QTest::newRow("each view keeps its own state") << Setter([](Settings& s) {
        s.setViewState(u"bounces"_s, "header-a");
        s.setViewState(u"activity"_s, "header-b");
    }) << Check([](const Settings& s) {
        return s.viewState(u"bounces"_s) == "header-a" && s.viewState(u"activity"_s) == "header-b";
    });
    QTest::newRow("the last folder is kept")
        << Setter([](Settings& s) { s.setLastFolder(u"/home/owner/Downloads"_s); })
        << Check([](const Settings& s) { return s.lastFolder() == u"/home/owner/Downloads"_s; });
    QTest::newRow("the owner's details are kept") << Setter([](Settings& s) {
        OwnerDetails owner;
        owner.name = u"Dana Gruber"_s;
        owner.email = u"dana@northwind-jobs.example"_s;
        owner.boardUrl = u"https://northwind-jobs.example"_s;
        owner.mailKinds = {u"alerts"_s};
        owner.dailyVolume = 1200;
        owner.dedicatedIp = false;
        s.setOwnerDetails(owner);
        s.setRecheckMinutes(15);
        s.setBoardConnection({{u"name"_s, u"live"_s}, {u"kind"_s, u"mariadb"_s}});
    }) << Check([](const Settings& s) {
        const OwnerDetails owner = s.ownerDetails();
        return owner.name == u"Dana Gruber"_s && owner.email == u"dana@northwind-jobs.example"_s
            && owner.boardUrl == u"https://northwind-jobs.example"_s && owner.mailKinds == QStringList {u"alerts"_s}
        && owner.dailyVolume == 1200 && !owner.dedicatedIp && s.recheckMinutes() == 15
            && s.boardConnection().value(u"kind"_s).toString() == u"mariadb"_s;
    });
    QTest::newRow("what the Reputation page checks is kept") << Setter([](Settings& s) {
        s.setSendingAddresses({u"203.0.113.5"_s, u"2001:db8::5"_s});
        s.setSendingDomain(u"board.example"_s);
        s.setDkimSelector(u"s2026"_s);
        s.setNameserver(u"[2001:db8::53]:5353"_s);
        s.setHeloName(u"mail.board.example"_s);
        s.setDkimDomain(u"mailer.example"_s);
        s.setEnvelopeDomain(u"bounces.board.example"_s);
    }) << Check([](const Settings& s) {
        return s.sendingAddresses() == QStringList {u"203.0.113.5"_s, u"2001:db8::5"_s}
        && s.sendingDomain() == u"board.example"_s && s.dkimSelector() == u"s2026"_s
            && s.nameserver() == u"[2001:db8::53]:5353"_s && s.heloName() == u"mail.board.example"_s
            && s.dkimDomain() == u"mailer.example"_s && s.envelopeDomain() == u"bounces.board.example"_s;
    });
    const QStringList fingerprints = {u"AB:CD:EF"_s, u"01:23:45"_s};
    QTest::newRow("trusted IMAP certificates keep their order")
        << Setter([fingerprints](Settings& s) { s.setTrustedImapCertificates(fingerprints); })
        << Check([fingerprints](const Settings& s) { return s.trustedImapCertificates() == fingerprints; });
    const QString inbox = u"imaps://bounces%40jobs.example@imap.jobs.example/INBOX"_s;
    const QString other = u"imap://b@mail.example:1143/INBOX/Rückläufer 2024"_s;
    const QString gone = u"imaps://gone@mail.example/INBOX"_s;
    const Setter moveTo = [inbox, other, gone](Settings& s) {
        s.setImapMoveTo(inbox, u"Processed"_s);
        s.setImapMoveTo(other, u"Verarbeitet/Rückläufer"_s);
        s.setImapMoveTo(inbox, u"Done"_s);
        s.setImapMoveTo(gone, u"Old"_s);
        s.setImapMoveTo(gone, QString());
    };
    const QHash<QString, QString> kept = {{inbox, u"Done"_s}, {other, u"Verarbeitet/Rückläufer"_s}};
    QTest::newRow("where processed notices go is kept by mailbox URL, and an empty folder forgets it")
        << moveTo << Check([kept](const Settings& s) { return s.imapMoveTo() == kept; });
}

void TestSettings::valuesSurviveAReopen()
{
    QFETCH(Setter, set);
    QFETCH(Check, check);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(u"mailroom.ini"_s);
    {
        Settings settings(ini);
        set(settings);
        settings.sync();
    }
    QVERIFY(QFileInfo::exists(ini));
    const Settings reopened(ini);
    QVERIFY(check(reopened));
}

void TestSettings::nonsenseEscalationFallsBackToDefaults_data()
{
    QTest::addColumn<QByteArray>("count");
    QTest::addColumn<QByteArray>("days");
    QTest::addColumn<int>("expectedCount");
    QTest::addColumn<int>("expectedDays");

    QTest::newRow("words instead of numbers give the defaults") << QByteArray("many") << QByteArray("week") << 3 << 7;
    QTest::newRow("a zero count gives the default count") << QByteArray("0") << QByteArray("0") << 3 << 0;
    QTest::newRow("negative numbers give the defaults") << QByteArray("-2") << QByteArray("-1") << 3 << 7;
    QTest::newRow("sensible hand-edited numbers are read") << QByteArray("4") << QByteArray("10") << 4 << 10;
}

void TestSettings::nonsenseEscalationFallsBackToDefaults()
{
    QFETCH(QByteArray, count);
    QFETCH(QByteArray, days);
    QFETCH(int, expectedCount);
    QFETCH(int, expectedDays);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(u"edited.ini"_s);
    QFile file(ini);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[bounces]\nescalationCount=" + count + "\nescalationDays=" + days + "\n");
    file.close();

    const Settings settings(ini);
    QCOMPARE(settings.escalationCount(), expectedCount);
    QCOMPARE(settings.escalationDays(), expectedDays);
}

void TestSettings::boardProfilesByName()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(u"profiles.ini"_s);
    const auto names = [](const Settings& s) {
        QStringList out;
        for (const QJsonObject& p : s.boardProfiles())
            out.append(p.value(u"name"_s).toString());
        return out;
    };
    {
        // Settings from before profiles were kept: the current connection is the one saved profile.
        QSettings old(ini, QSettings::IniFormat);
        old.setValue(u"board/connection"_s, uR"({"name":"shop","kind":"sqlite","database":"a.sqlite"})"_s);
    }
    Settings settings(ini);
    QCOMPARE(names(settings), QStringList {u"shop"_s});
    settings.saveBoardProfile({{u"name"_s, u"jobs"_s}, {u"kind"_s, u"mariadb"_s}, {u"database"_s, u"jobs"_s}});
    settings.setBoardConnection({{u"name"_s, u"shop"_s}, {u"kind"_s, u"sqlite"_s}, {u"database"_s, u"b.sqlite"_s}});
    settings.saveBoardProfile({{u"kind"_s, u"sqlite"_s}}); // no name: not kept
    QCOMPARE(names(settings), (QStringList {u"shop"_s, u"jobs"_s}));
    QCOMPARE(settings.boardProfile(u"shop"_s).value(u"database"_s).toString(), u"b.sqlite"_s);
    QVERIFY(settings.boardProfile(u"nothing"_s).isEmpty());

    settings.removeBoardProfile(u"shop"_s); // the current one: no connection is current then
    QCOMPARE(names(settings), QStringList {u"jobs"_s});
    QVERIFY(settings.boardConnection().isEmpty());
    settings.sync();
    QCOMPARE(names(Settings(ini)), QStringList {u"jobs"_s});
}

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
