#include "removal/RemovalRequests.h"
#include "DnsRecords.h"
#include "reputation/InMemoryResolver.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Removal requests kept with their history, and the tracker that rechecks them.
class TestRemovalRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsComeBackAsSaved();
    void aDamagedFileIsAnError_data();
    void aDamagedFileIsAnError();
    void assess_data();
    void assess();
    void theTrackerSeesTheListingGo();
    void aRequestWithoutAListIsOverdueAfterItsTime();
};

namespace {

using DnsRecords::a;

const QDateTime Sent(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);

RemovalRequest spamcopRequest()
{
    RemovalRequest r;
    r.providerId = u"blocklist:spamcop"_s;
    r.providerName = u"SpamCop"_s;
    r.ip = QHostAddress(u"192.0.2.10"_s);
    r.domain = "board.test";
    r.code = u"blocked using bl.spamcop.net"_s;
    r.channel = u"none"_s;
    r.removalUrl = u"https://www.spamcop.net/bl.shtml"_s;
    r.blocklistId = "spamcop";
    r.typicalDays = 1;
    r.draft = u"Dear SpamCop, «quoted» ü"_s;
    return r;
}

BlocklistResult result(ListingStatus status)
{
    BlocklistResult r;
    r.list.name = u"SpamCop"_s;
    r.status = status;
    r.cause = u"no answer in time"_s;
    return r;
}

} // namespace

void TestRemovalRequests::requestsComeBackAsSaved()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"removal/requests.json"_s);
    RemovalTracker tracker(path, {});
    QString error;
    QVERIFY2(tracker.load(&error), qPrintable(error)); // no file yet: no requests
    QVERIFY(tracker.requests().isEmpty());
    QVERIFY2(tracker.store(spamcopRequest(), &error), qPrintable(error));
    const QString id = tracker.requests().front().id;
    QVERIFY(!id.isEmpty());
    QVERIFY(tracker.markSent(id, Sent, &error));

    RemovalTracker again(path, {});
    QVERIFY2(again.load(&error), qPrintable(error));
    QCOMPARE(again.requests().size(), 1);
    const RemovalRequest& r = again.requests().front();
    const RemovalRequest expected = spamcopRequest();
    QCOMPARE(r.id, id);
    QCOMPARE(r.ip, expected.ip);
    QCOMPARE(r.domain, expected.domain);
    QCOMPARE(r.code, expected.code);
    QCOMPARE(r.blocklistId, expected.blocklistId);
    QCOMPARE(r.draft, expected.draft);
    QCOMPARE(r.status, RequestStatus::Sent);
    QCOMPARE(r.sentAt, Sent);
    QCOMPARE(r.history.size(), 2); // written, sent
    QCOMPARE(r.history.back().status, RequestStatus::Sent);
    QVERIFY2(r.history.back().note.contains(u"within a day"_s), qPrintable(r.history.back().note));
    QCOMPARE(*r.dueAt(), Sent.addDays(1));

    QVERIFY(again.close(id, {}, &error));
    QVERIFY(again.remove(id, &error));
    QVERIFY(!again.remove(id, &error));
    QVERIFY(!error.isEmpty());
}

void TestRemovalRequests::aDamagedFileIsAnError_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("not JSON") << QByteArray("{ cut");
    QTest::newRow("another version") << QByteArray(R"({"version": 7, "requests": []})");
    QTest::newRow("no id") << QByteArray(R"({"version": 1, "requests": [{"status": "sent"}]})");
    QTest::newRow("unknown status") << QByteArray(R"({"version": 1, "requests": [{"id": "x", "status": "lost"}]})");
    QTest::newRow("bad address")
        << QByteArray(R"({"version": 1, "requests": [{"id": "x", "status": "sent", "ip": "1.2.3.999"}]})");
}

void TestRemovalRequests::aDamagedFileIsAnError()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"requests.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    RemovalTracker tracker(path, {});
    QString error;
    QVERIFY(!tracker.load(&error));
    QVERIFY2(error.contains(u"cannot be read"_s), qPrintable(error));
}

void TestRemovalRequests::assess_data()
{
    QTest::addColumn<int>("status"); // of the request
    QTest::addColumn<int>("hoursAfterSending");
    QTest::addColumn<int>("listing"); // -1: not asked
    QTest::addColumn<int>("becomes"); // -1: no change
    const int sent = int(RequestStatus::Sent);
    const int overdue = int(RequestStatus::Overdue);
    const int removed = int(RequestStatus::Removed);
    const int listed = int(ListingStatus::Listed);
    const int clear = int(ListingStatus::Clear);
    const int unknown = int(ListingStatus::Unknown);
    QTest::newRow("still listed, in time") << sent << 2 << listed << -1;
    QTest::newRow("still listed, past its time") << sent << 30 << listed << overdue;
    QTest::newRow("gone") << sent << 2 << clear << removed;
    QTest::newRow("gone after being overdue") << overdue << 90 << clear << removed;
    QTest::newRow("overdue stays overdue") << overdue << 90 << listed << -1;
    QTest::newRow("unknown, in time") << sent << 2 << unknown << -1;
    QTest::newRow("unknown, past its time") << sent << 30 << unknown << overdue;
    QTest::newRow("no list, past its time") << sent << 30 << -1 << overdue;
    QTest::newRow("no list, in time") << sent << 20 << -1 << -1;
    QTest::newRow("a draft is not checked") << int(RequestStatus::Draft) << 90 << clear << -1;
    QTest::newRow("a closed request is not checked") << int(RequestStatus::Closed) << 90 << clear << -1;
}

void TestRemovalRequests::assess()
{
    QFETCH(int, status);
    QFETCH(int, hoursAfterSending);
    QFETCH(int, listing);
    QFETCH(int, becomes);
    RemovalRequest request = spamcopRequest();
    request.status = RequestStatus(status);
    request.sentAt = Sent;
    const std::optional<BlocklistResult> answer
        = listing < 0 ? std::nullopt : std::optional(result(ListingStatus(listing)));
    const auto change = RemovalRequests::assess(request, Sent.addSecs(hoursAfterSending * 3600), answer);
    if (becomes < 0) {
        QVERIFY(!change);
        return;
    }
    QVERIFY(change);
    QCOMPARE(int(change->status), becomes);
    QVERIFY(!change->note.isEmpty());
}

void TestRemovalRequests::theTrackerSeesTheListingGo()
{
    QTemporaryDir dir;
    auto records = std::make_shared<InMemoryResolver>(); // the zone as it is now
    records->add(a("10.2.0.192.bl.spamcop.net", "127.0.0.2"));
    RemovalTracker tracker(dir.filePath(u"requests.json"_s), [&] {
        // Each round gets its own resolver with the zone as it is now.
        auto resolver = std::make_unique<InMemoryResolver>(*records);
        resolver->setAnswerLater(true);
        return resolver;
    });
    QDateTime now = Sent;
    tracker.setClock([&] { return now; });
    QString error;
    QVERIFY(tracker.store(spamcopRequest(), &error));
    const QString id = tracker.requests().front().id;
    QVERIFY(tracker.markSent(id, Sent, &error));

    QSignalSpy changes(&tracker, &RemovalTracker::statusChanged);
    QSignalSpy finished(&tracker, &RemovalTracker::recheckFinished);
    now = Sent.addSecs(3600);
    tracker.recheckNow();
    QVERIFY(tracker.isChecking());
    QVERIFY(finished.wait(5000));
    QCOMPARE(changes.count(), 0);
    QCOMPARE(tracker.find(id)->lastListing, ListingStatus::Listed);
    QCOMPARE(tracker.find(id)->lastChecked, now);

    // The zone drops the address: the next round reports the listing gone, once.
    *records = InMemoryResolver();
    now = Sent.addSecs(7200);
    tracker.recheckNow();
    QVERIFY(finished.wait(5000));
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.front().at(2).value<RequestStatus>(), RequestStatus::Removed);
    QCOMPARE(tracker.find(id)->status, RequestStatus::Removed);
    tracker.recheckNow();
    QCOMPARE(changes.count(), 1); // nothing open: nothing asked
    QCOMPARE(finished.count(), 3);

    // What the tracker found is saved.
    RemovalTracker again(dir.filePath(u"requests.json"_s), {});
    QVERIFY(again.load(&error));
    QCOMPARE(again.find(id)->status, RequestStatus::Removed);
    QCOMPARE(again.find(id)->lastListing, ListingStatus::Clear);
}

void TestRemovalRequests::aRequestWithoutAListIsOverdueAfterItsTime()
{
    QTemporaryDir dir;
    RemovalTracker tracker(dir.filePath(u"requests.json"_s), {});
    QDateTime now = Sent;
    tracker.setClock([&] { return now; });
    RemovalRequest outlook;
    outlook.providerId = u"microsoft-consumer"_s;
    outlook.providerName = u"Outlook.com"_s;
    outlook.ip = QHostAddress(u"192.0.2.10"_s);
    outlook.typicalDays = 2;
    QString error;
    QVERIFY(tracker.store(outlook, &error));
    const QString id = tracker.requests().front().id;
    QVERIFY(tracker.markSent(id, Sent, &error));
    QSignalSpy changes(&tracker, &RemovalTracker::statusChanged);
    now = Sent.addDays(1);
    tracker.recheckNow();
    QCOMPARE(changes.count(), 0);
    now = Sent.addDays(3);
    tracker.recheckNow();
    QCOMPARE(changes.count(), 1);
    QCOMPARE(tracker.find(id)->status, RequestStatus::Overdue);
    QVERIFY(tracker.find(id)->history.back().note.contains(u"Outlook.com"_s));
}

QTEST_GUILESS_MAIN(TestRemovalRequests)
#include "TestRemovalRequests.moc"
