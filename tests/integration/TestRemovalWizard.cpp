#include "LocalDns.h"
#include "RemovalWizard.h"
#include "removal/RemovalRequests.h"
#include "support/Settings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUdpSocket>

using namespace Qt::StringLiterals;

// The removal wizard walked from a real bounce line to a tracked request, against dnsmasq on
// 127.0.0.5 listing the board's address on Spamhaus ZEN; then the zone drops the listing and
// the tracker sees it go.
class TestRemovalWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fromABounceToATrackedRequest();
    void textThatIsNoBounceInventsNothing();
    void anUnknownProviderAndAnUnlistedAddress();
    void checksThatTimeOutListNothing();

private:
    void writeListing(bool listed);
    QString spamhausLine() const;

    QTemporaryDir m_dir;
    LocalDns m_dns {u"127.0.0.5"_s, 5353};
    std::unique_ptr<Settings> m_settings;
};

namespace {

template<typename T> T* child(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

bool waitForNext(QWizard& wizard)
{
    return QTest::qWaitFor([&] { return wizard.button(QWizard::NextButton)->isEnabled(); }, 20000);
}

} // namespace

void TestRemovalWizard::writeListing(bool listed)
{
    QFile hosts(m_dns.filePath(u"listing.hosts"_s));
    QVERIFY(hosts.open(QIODevice::WriteOnly | QIODevice::Truncate));
    if (listed)
        hosts.write("127.0.0.2 10.2.0.192.zen.spamhaus.org\n");
}

QString TestRemovalWizard::spamhausLine() const
{
    // A line of a real Exim run of the MTA lab (tests/data/exim-lab). The lab sends from
    // loopback; the board sends from its public address, which the test zone lists.
    QFile log(QStringLiteral(MAILROOM_TEST_DATA "/exim-lab/mainlog"));
    if (!log.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : log.readAll().split('\n')) {
        if (line.contains("blocked using zen.spamhaus.org"))
            return QString::fromUtf8(line).replace(u"127.0.0.1"_s, u"192.0.2.10"_s);
    }
    return {};
}

void TestRemovalWizard::initTestCase()
{
    writeListing(true);
    const QByteArray config = "local=/test/\nlocal=/in-addr.arpa/\n"
                              "local=/spamhaus.org/\nlocal=/spamcop.net/\nlocal=/uceprotect.net/\n"
                              "local=/surriel.com/\nlocal=/mailspike.net/\nlocal=/spamrats.com/\n"
                              "local=/senderscore.com/\nlocal=/dnswl.org/\nlocal=/barracudacentral.org/\n"
                              "addn-hosts="
        + m_dns.filePath(u"listing.hosts"_s).toUtf8()
        + "\n"
          "txt-record=10.2.0.192.zen.spamhaus.org,\"https://check.spamhaus.org/listed?ip=192.0.2.10\"\n"
          // The board: SPF and reverse DNS right, no DMARC record (the thing to fix first).
          "txt-record=board.test,\"v=spf1 ip4:192.0.2.10 -all\"\n"
          "host-record=mail.board.test,192.0.2.10\n"
          "ptr-record=10.2.0.192.in-addr.arpa,mail.board.test\n"
          "mx-host=board.test,mail.board.test,10\n";
    const QString error = m_dns.start(config, "mail.board.test");
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
    m_settings->setSendingDomain(u"board.test"_s);
    m_settings->setHeloName(u"mail.board.test"_s);
    m_settings->setNameserver(m_dns.server());
}

void TestRemovalWizard::cleanupTestCase()
{
    m_dns.stop();
}

void TestRemovalWizard::fromABounceToATrackedRequest()
{
    const QString line = spamhausLine();
    QVERIFY(!line.isEmpty());
    RemovalTracker tracker(m_dir.filePath(u"requests.json"_s), [this] {
        return std::make_unique<CaresResolver>(CaresResolver::Options {m_dns.server(), 1000, 2});
    });
    QString error;
    QVERIFY(tracker.load(&error));
    RemovalWizard wizard(*m_settings, tracker);
    wizard.show();
    QApplication::setActiveWindow(&wizard); // keys go to the active window
    QVERIFY(QTest::qWaitForWindowActive(&wizard));

    // 1. What happened: the line, typed; the list, its zone's provider and the address recognised.
    auto* text = child<QPlainTextEdit>(wizard, "bounceText");
    text->setFocus();
    QTest::keyClicks(text, line);
    auto* provider = child<QComboBox>(wizard, "provider");
    QCOMPARE(provider->currentData().toString(), u"spamhaus-zen"_s);
    QCOMPARE(child<QLineEdit>(wizard, "sendingAddress")->text(), u"192.0.2.10"_s);
    const QString code = child<QLineEdit>(wizard, "blockCode")->text();
    QVERIFY(!code.isEmpty());
    QVERIFY(child<QLabel>(wizard, "recognised")->text().contains(u"Recognised"_s));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);

    // 2. Checks, against the local server: listed on ZEN with its reason.
    QCOMPARE(wizard.currentId(), int(RemovalWizard::ChecksPage));
    QVERIFY(waitForNext(wizard));
    const QString checks = child<QTextBrowser>(wizard, "checkResult")->toPlainText();
    QVERIFY2(checks.contains(u"192.0.2.10 is listed on Spamhaus ZEN"_s), qPrintable(checks));
    QVERIFY2(checks.contains(u"check.spamhaus.org/listed"_s), qPrintable(checks));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);

    // 3. Fix first: no DMARC record; going on needs the owner's word.
    QCOMPARE(wizard.currentId(), int(RemovalWizard::FixFirstPage));
    QStringList fixes;
    for (const QGroupBox* box : wizard.currentPage()->findChildren<QGroupBox*>(u"fix"_s))
        fixes.append(box->title());
    QVERIFY2(fixes.contains(u"No DMARC record"_s), qPrintable(fixes.join(u" | "_s)));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    auto* anyway = child<QCheckBox>(wizard, "sendAnyway");
    anyway->setFocus();
    QTest::keyClick(anyway, Qt::Key_Space);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::keyClick(anyway, Qt::Key_Return); // Next is the default button

    // 4. The request: the owner's details typed; the letter holds them, the address and the code.
    QCOMPARE(wizard.currentId(), int(RemovalWizard::RequestPage));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // no name, no address yet
    QTest::keyClicks(child<QLineEdit>(wizard, "ownerName"), u"Dana Gruber"_s);
    QTest::keyClicks(child<QLineEdit>(wizard, "ownerEmail"), u"dana@board.test"_s);
    QTest::keyClicks(child<QLineEdit>(wizard, "boardUrl"), u"https://board.test"_s);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    const QString draft = child<QPlainTextEdit>(wizard, "draft")->toPlainText();
    for (const QString& fact : {u"192.0.2.10"_s, code, u"Dana Gruber"_s, u"dana@board.test"_s, u"https://board.test"_s,
             u"mail.board.test"_s}) {
        QVERIFY2(draft.contains(fact), qPrintable(fact + u"\n---\n"_s + draft));
    }
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(m_settings->ownerDetails().name, u"Dana Gruber"_s); // kept for next time

    // 5. Track: sent, kept.
    QCOMPARE(wizard.currentId(), int(RemovalWizard::TrackPage));
    auto* sent = child<QCheckBox>(wizard, "markSent");
    sent->setFocus();
    QTest::keyClick(sent, Qt::Key_Space);
    QSignalSpy stored(&wizard, &RemovalWizard::requestStored);
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(stored.count(), 1);
    const RemovalRequest* request = tracker.find(wizard.storedId());
    QVERIFY(request);
    QCOMPARE(request->status, RequestStatus::Sent);
    QCOMPARE(request->blocklistId, QByteArray("spamhaus-zen"));
    QCOMPARE(request->ip, QHostAddress(u"192.0.2.10"_s));
    QVERIFY(request->draft.contains(u"Dana Gruber"_s));

    // The tracker asks the zone: still listed, then, once the zone drops it, gone.
    QSignalSpy finished(&tracker, &RemovalTracker::recheckFinished);
    QSignalSpy changed(&tracker, &RemovalTracker::statusChanged);
    tracker.recheckNow();
    QVERIFY(finished.wait(20000));
    QCOMPARE(tracker.find(wizard.storedId())->lastListing, ListingStatus::Listed);
    QCOMPARE(changed.count(), 0);
    writeListing(false);
    m_dns.reload();
    QVERIFY(QTest::qWaitFor([&] { return !m_dns.ask("10.2.0.192.zen.spamhaus.org", DnsType::A).ok(); }, 10000));
    tracker.recheckNow();
    QVERIFY(finished.wait(20000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(tracker.find(wizard.storedId())->status, RequestStatus::Removed);
    writeListing(true);
    m_dns.reload();
}

// Text that is not a bounce: nothing recognised, no provider chosen, and the wizard says so.
void TestRemovalWizard::textThatIsNoBounceInventsNothing()
{
    RemovalTracker tracker(m_dir.filePath(u"other.json"_s), {});
    RemovalWizard wizard(*m_settings, tracker);
    wizard.show();
    wizard.setBounceText(u"Dear Dana, thanks for the lovely job alert. See you on Monday!"_s);
    QCOMPARE(child<QComboBox>(wizard, "provider")->currentData().toString(), QString());
    QVERIFY(child<QLabel>(wizard, "recognised")->text().contains(u"Not recognised"_s));
    QVERIFY(child<QLineEdit>(wizard, "blockCode")->text().isEmpty());
    // No address in the text and none in the settings: the wizard cannot go on without one.
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
}

namespace {

// Types the text on the first page, goes on, and returns what the checks page says once done.
QString checksFor(RemovalWizard& wizard, const QString& text)
{
    wizard.show();
    wizard.setBounceText(text);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    if (wizard.currentId() != RemovalWizard::ChecksPage || !waitForNext(wizard))
        return u"(the checks did not end)"_s;
    return child<QTextBrowser>(wizard, "checkResult")->toPlainText();
}

} // namespace

// A block by a server Mailroom does not know, of an address no list has: no provider, no listing.
void TestRemovalWizard::anUnknownProviderAndAnUnlistedAddress()
{
    RemovalTracker tracker(m_dir.filePath(u"unknown.json"_s), {});
    RemovalWizard wizard(*m_settings, tracker);
    wizard.setBounceText(u"554 5.7.1 Service unavailable; Client host [192.0.2.99] blocked by our policy, listed "
                         "on our local blacklist"_s);
    QCOMPARE(child<QComboBox>(wizard, "provider")->currentData().toString(), QString());
    const QString recognised = child<QLabel>(wizard, "recognised")->text();
    QVERIFY2(recognised.contains(u"cannot tell by whom"_s), qPrintable(recognised));
    QCOMPARE(child<QLineEdit>(wizard, "sendingAddress")->text(), u"192.0.2.99"_s);
    const QString checks = checksFor(wizard, child<QPlainTextEdit>(wizard, "bounceText")->toPlainText());
    QVERIFY2(checks.contains(u"Not listed on any blocklist that answered"_s), qPrintable(checks));
    QVERIFY2(!checks.contains(u"is listed on"_s), qPrintable(checks));
}

// A DNS server that never answers: every list is "could not be checked", none is a listing.
void TestRemovalWizard::checksThatTimeOutListNothing()
{
    QUdpSocket silent; // bound, never read: queries go unanswered
    QVERIFY(silent.bind(QHostAddress(u"127.0.0.6"_s), 5399));
    m_settings->setNameserver(u"127.0.0.6:5399"_s);
    RemovalTracker tracker(m_dir.filePath(u"silent.json"_s), {});
    RemovalWizard wizard(*m_settings, tracker);
    const QString checks = checksFor(wizard, spamhausLine());
    m_settings->setNameserver(m_dns.server());
    QVERIFY2(checks.contains(u"No blocklist gave an answer"_s), qPrintable(checks));
    QVERIFY2(checks.contains(u"Could not be checked"_s), qPrintable(checks));
    QVERIFY2(!checks.contains(u"is listed on"_s), qPrintable(checks));
}

QTEST_MAIN(TestRemovalWizard)
#include "TestRemovalWizard.moc"
