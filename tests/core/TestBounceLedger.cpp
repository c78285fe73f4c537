#include "bounces/BounceClassifier.h"
#include "bounces/BounceLedger.h"
#include "bounces/BounceScan.h"

#include <QTest>

class TestBounceLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void history_data();
    void history();
    void blockedNeverHidesADeadAddress();
    void deliveriesAreOnlyTrackedWhenAsked();
    void addressesMatchWhateverTheirCase();
    void tracesKeepTheNewestEvents();
    void dailyFailuresCountByCategory();
    void summaryCountsCategoriesReasonsAndBusiestDomains();
};

namespace {

constexpr qint64 Day = 86400 * 1000LL;
constexpr qint64 T0 = 1709287200000LL; // 2024-03-01 10:00 UTC

// A compact script: "F 0 550 550 5.1.1 user unknown" = failure on day 0 with that text;
// "D 2 452 ..." deferral, "T 5" retry timeout, "S 6" successful delivery.
DeliveryEvent step(const QByteArray& line)
{
    const QList<QByteArray> parts = line.split(' ');
    DeliveryEvent event;
    event.recipient = "user@x.example";
    event.sender = "alerts@jobs.example";
    event.time = T0 + parts.value(1).toDouble() * Day;
    const char kind = parts[0][0];
    event.action = kind == 'S' ? DeliveryAction::Delivered
        : kind == 'D'          ? DeliveryAction::Delayed
                               : DeliveryAction::Failed;
    event.retryTimeout = kind == 'T';
    if (parts.size() > 2) {
        event.replyCode = quint16(parts[2].toUInt());
        event.diagnostic = parts.mid(3).join(' ');
        event.enhancedStatus = BounceClassifier::statusInText(event.diagnostic);
    } else if (kind == 'T') {
        event.diagnostic = "retry timeout exceeded";
    }
    return event;
}

} // namespace

void TestBounceLedger::history_data()
{
    QTest::addColumn<QByteArrayList>("steps");
    QTest::addColumn<QByteArray>("category");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<bool>("pending");
    QTest::addColumn<bool>("escalated");

    QTest::newRow("one unknown-user failure is hard")
        << QByteArrayList { "F 0 550 550 5.1.1 user unknown" } << QByteArray("hard") << QByteArray("userunknown")
        << false << false;
    QTest::newRow("a pending quota deferral is soft and pending")
        << QByteArrayList { "D 0 452 452 4.2.2 mailbox full" } << QByteArray("soft") << QByteArray("mailboxfull")
        << true << false;
    QTest::newRow("a retry timeout takes the reason of the last deferral")
        << QByteArrayList { "D 0 421 421 4.3.2 busy", "D 1 452 452 4.2.2 over quota", "T 5" } << QByteArray("soft")
        << QByteArray("mailboxfull") << false << false;
    QTest::newRow("a retry timeout after greylisting only is expired")
        << QByteArrayList { "D 0 451 451 4.7.1 greylisted", "T 5" } << QByteArray("soft") << QByteArray("expired")
        << false << false;
    QTest::newRow("a retry timeout after reputation deferrals is blocked")
        << QByteArrayList { "D 0 421 421 4.7.0 [TSS04] Messages temporarily deferred", "T 4" } << QByteArray("blocked")
        << QByteArray("badreputation") << false << false;
    QTest::newRow("a later delivery clears soft state")
        << QByteArrayList { "F 0 552 552 5.2.2 mailbox full", "S 1" } << QByteArray("none") << QByteArray("delivered")
        << false << false;
    QTest::newRow("greylisting followed by delivery leaves nothing")
        << QByteArrayList { "D 0 451 451 4.7.1 greylisted", "S 0.01" } << QByteArray("none") << QByteArray("delivered")
        << false << false;
    QTest::newRow("three soft failures over eight days escalate to hard")
        << QByteArrayList { "F 0 552 552 5.2.2 full", "F 4 552 552 5.2.2 full", "F 8 552 552 5.2.2 full" }
        << QByteArray("hard") << QByteArray("mailboxfull") << false << true;
    QTest::newRow("three soft failures within two days stay soft")
        << QByteArrayList { "F 0 552 552 5.2.2 full", "F 1 552 552 5.2.2 full", "F 2 552 552 5.2.2 full" }
        << QByteArray("soft") << QByteArray("mailboxfull") << false << false;
    QTest::newRow("two soft failures over ten days stay soft")
        << QByteArrayList { "F 0 552 552 5.2.2 full", "F 10 552 552 5.2.2 full" } << QByteArray("soft")
        << QByteArray("mailboxfull") << false << false;
    QTest::newRow("a delivery in between restarts the escalation count")
        << QByteArrayList { "F 0 552 552 5.2.2 full", "F 4 552 552 5.2.2 full", "S 5", "F 8 552 552 5.2.2 full" }
        << QByteArray("soft") << QByteArray("mailboxfull") << false << false;
    QTest::newRow("a blocked failure is blocked")
        << QByteArrayList { "F 0 554 554 5.7.1 blocked using zen.spamhaus.org" } << QByteArray("blocked")
        << QByteArray("blocked") << false << false;
    QTest::newRow("a 4xx unknown user while retrying is soft, not hard")
        << QByteArrayList { "D 0 450 450 4.1.1 user unknown" } << QByteArray("soft") << QByteArray("userunknown")
        << true << false;
    QTest::newRow("a deferral after a hard failure keeps the address hard")
        << QByteArrayList { "F 0 550 550 5.1.1 user unknown", "D 1 452 452 4.2.2 mailbox full" } << QByteArray("hard")
        << QByteArray("userunknown") << false << false;
}

void TestBounceLedger::history()
{
    QFETCH(QByteArrayList, steps);
    QFETCH(QByteArray, category);
    QFETCH(QByteArray, reason);
    QFETCH(bool, pending);
    QFETCH(bool, escalated);

    BounceLedger ledger(BounceClassifier::builtIn());
    for (const QByteArray& line : steps)
        ledger.add(step(line));
    QCOMPARE(ledger.recipients().size(), size_t(1));
    const RecipientRecord& r = ledger.recipients().front();
    QCOMPARE(categoryName(r.category).toByteArray(), category);
    QCOMPARE(reasonName(r.reason).toByteArray(), reason);
    QCOMPARE(r.pending, pending);
    QCOMPARE(r.escalated, escalated);
}

void TestBounceLedger::blockedNeverHidesADeadAddress()
{
    BounceLedger ledger(BounceClassifier::builtIn());
    ledger.add(step("F 0 550 550 5.1.1 user unknown"));
    ledger.add(step("F 1 550 550 5.7.1 part of their network is on our block list (S3150)"));
    const RecipientRecord& r = ledger.recipients().front();
    QCOMPARE(r.category, BounceCategory::Hard);
    QCOMPARE(r.reason, BounceReason::UserUnknown);
    QCOMPARE(r.failures, 2u);
    QCOMPARE(r.lastSeen, T0 + Day);
    QCOMPARE(r.lastStatus, QByteArray("5.1.1"));
}

void TestBounceLedger::deliveriesAreOnlyTrackedWhenAsked()
{
    BounceLedger quiet(BounceClassifier::builtIn());
    quiet.add(step("S 0"));
    QVERIFY(quiet.recipients().empty());
    QCOMPARE(quiet.eventCount(), 1u);

    BounceLedger all(BounceClassifier::builtIn());
    all.setTrackDeliveries(true);
    all.add(step("S 0"));
    QCOMPARE(all.recipients().size(), size_t(1));
    QCOMPARE(all.recipients().front().reason, BounceReason::Delivered);
    QCOMPARE(all.recipients().front().deliveries, 1u);
}

void TestBounceLedger::addressesMatchWhateverTheirCase()
{
    BounceLedger ledger(BounceClassifier::builtIn());
    DeliveryEvent failure = step("F 0 552 552 5.2.2 full");
    failure.recipient = "Ann.Lee@Example.COM";
    ledger.add(failure);
    DeliveryEvent delivery = step("S 1");
    delivery.recipient = "ann.lee@example.com";
    ledger.add(delivery);
    QCOMPARE(ledger.recipients().size(), size_t(1));
    QCOMPARE(ledger.recipients().front().address, QByteArray("ann.lee@example.com"));
    QCOMPARE(ledger.recipients().front().reason, BounceReason::Delivered);
    QVERIFY(ledger.find("ANN.LEE@example.com"));
}

void TestBounceLedger::tracesKeepTheNewestEvents()
{
    BounceLedger ledger(BounceClassifier::builtIn());
    for (int i = 0; i < BounceLedger::MaxTraces + 5; ++i)
        ledger.add(step("D " + QByteArray::number(i) + " 452 452 4.2.2 full"));
    const RecipientRecord& r = ledger.recipients().front();
    QCOMPARE(r.recent.size(), size_t(BounceLedger::MaxTraces));
    QCOMPARE(r.droppedTraces, 5u);
    QCOMPARE(r.recent.back().time, T0 + (BounceLedger::MaxTraces + 4) * Day);
    QCOMPARE(r.deferrals, quint32(BounceLedger::MaxTraces + 5));
}

void TestBounceLedger::dailyFailuresCountByCategory()
{
    BounceLedger ledger(BounceClassifier::builtIn());
    ledger.add(step("F 0 550 550 5.1.1 user unknown"));
    DeliveryEvent other = step("F 0.2 554 554 5.7.1 blocked using zen.spamhaus.org");
    other.recipient = "other@x.example";
    ledger.add(other);
    ledger.add(step("D 1 452 452 4.2.2 full")); // deferrals are not failures
    const auto& daily = ledger.dailyFailures();
    QCOMPARE(daily.size(), size_t(1));
    const auto& counts = daily.begin()->second;
    QCOMPARE(counts[size_t(BounceCategory::Hard)], 1u);
    QCOMPARE(counts[size_t(BounceCategory::Blocked)], 1u);
    QCOMPARE(counts[size_t(BounceCategory::Soft)], 0u);
}

void TestBounceLedger::summaryCountsCategoriesReasonsAndBusiestDomains()
{
    BounceLedger ledger(BounceClassifier::builtIn());
    const QByteArrayList addresses {"a@x.example", "b@y.example", "c@y.example"};
    for (const QByteArray& address : addresses) {
        DeliveryEvent event = step("F 1 550 550 5.1.1 user unknown");
        event.recipient = address;
        ledger.add(event);
    }
    DeliveryEvent blocked = step("F 3 554 554 5.7.1 blocked using zen.spamhaus.org");
    blocked.recipient = "d@x.example";
    ledger.add(blocked);

    const BounceSummary summary = BounceSummary::of(ledger.recipients());
    QCOMPARE(summary.categories[size_t(BounceCategory::Hard)], 3u);
    QCOMPARE(summary.categories[size_t(BounceCategory::Blocked)], 1u);
    QCOMPARE(summary.reasons[size_t(BounceReason::UserUnknown)], 3u);
    // Ties in count are in domain order.
    const std::vector<std::pair<QByteArray, quint64>> domains {{"x.example", 2}, {"y.example", 2}};
    QCOMPARE(summary.domains, domains);
    QCOMPARE(summary.firstLastSeen, T0 + Day);
    QCOMPARE(summary.lastLastSeen, T0 + 3 * Day);
}

QTEST_GUILESS_MAIN(TestBounceLedger)
#include "TestBounceLedger.moc"
