#include "ReputationPage.h"
#include "SentMessageDialog.h"
#include "reputation/ReputationStore.h"
#include "support/Settings.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestReputationPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsWithAnEmptyStateThatSaysWhatToDo();
    void badInputIsRefusedWithASentence_data();
    void badInputIsRefusedWithASentence();
    void findingsAreGroupedBySeverityWithTheirDetail();
    void aServerThatIsNotThereGivesUnknownNotClean();
    void theFormIsRemembered();
    void theBouncesFillTheForm();
    void aSentMessageFillsTheForm();
    void theMessageDialogSaysWhatItRead();
    void theLastCheckIsShownAfterARestart();

private:
    QString storePath() const { return m_dir.filePath(u"last-check.json"_s); }
    template<typename T> T* child(const char* name) const { return m_page->findChild<T*>(QString::fromLatin1(name)); }

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ReputationPage> m_page;
};

void TestReputationPage::init()
{
    m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
    m_page = std::make_unique<ReputationPage>(*m_settings, nullptr, storePath());
    m_page->resize(1000, 700);
    m_page->show();
}

void TestReputationPage::cleanup()
{
    m_page.reset();
    m_settings.reset();
    QFile::remove(m_dir.filePath(u"settings.ini"_s));
    QFile::remove(storePath());
}

void TestReputationPage::startsWithAnEmptyStateThatSaysWhatToDo()
{
    auto* body = child<QLabel>("emptyState");
    QVERIFY(body->isVisible());
    QVERIFY(body->text().contains(u"Check now"_s));
    QVERIFY(!child<QPushButton>("cancelCheck")->isEnabled());
    QVERIFY(child<QPushButton>("checkNow")->isEnabled());
}

void TestReputationPage::badInputIsRefusedWithASentence_data()
{
    QTest::addColumn<QString>("addresses");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("says");
    QTest::newRow("nothing") << QString() << QString() << QString() << u"at least one"_s;
    QTest::newRow("not an IP") << u"203.0.113.5, 300.1.1.1"_s << QString() << QString() << u"300.1.1.1"_s;
    QTest::newRow("not a domain") << QString() << u"jobs"_s << QString() << u"not a domain name"_s;
    QTest::newRow("empty label") << QString() << u"jobs..example"_s << QString() << u"not a domain name"_s;
    QTest::newRow("a name as server") << u"203.0.113.5"_s << QString() << u"dns.example"_s << u"DNS server"_s;
}

void TestReputationPage::badInputIsRefusedWithASentence()
{
    QFETCH(QString, addresses);
    QFETCH(QString, domain);
    QFETCH(QString, server);
    QFETCH(QString, says);
    child<QLineEdit>("addresses")->setText(addresses);
    child<QLineEdit>("domain")->setText(domain);
    child<QLineEdit>("nameserver")->setText(server);
    QTest::mouseClick(child<QPushButton>("checkNow"), Qt::LeftButton);
    auto* error = child<QLabel>("formError");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(says), qPrintable(error->text()));
    QVERIFY(!m_page->isChecking());
}

void TestReputationPage::findingsAreGroupedBySeverityWithTheirDetail()
{
    ReputationReport report;
    report.checkedAt = QDateTime::currentDateTimeUtc();
    report.findings = {
        {ReputationSeverity::Problem, u"203.0.113.5 is listed on Spamhaus ZEN"_s,
            u"XBL. Removal: https://check.spamhaus.org/"_s, {}, {}},
        {ReputationSeverity::Problem, u"jobs.example has no SPF record"_s, u"Publish this."_s, u"jobs.example"_s,
            "v=spf1 ip4:203.0.113.5 -all"},
        {ReputationSeverity::Warning, u"203.0.113.5 could not be checked on Barracuda BRBL"_s, u"Refused."_s, {}, {}},
        {ReputationSeverity::Info, u"203.0.113.5 is not listed on 9 blocklists"_s, {}, {}, {}},
    };
    m_page->setReport(report);
    auto* tree = child<QTreeWidget>("findings");
    QVERIFY(tree->isVisible());
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->text(0), u"Problems (2)"_s);
    QCOMPARE(tree->topLevelItem(1)->text(0), u"Warnings (1)"_s);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 2);
    // The first problem is shown at once, with its link.
    auto* detail = child<QTextBrowser>("findingDetail");
    QVERIFY(detail->toHtml().contains(u"Spamhaus ZEN"_s));
    QVERIFY(detail->toHtml().contains(u"href=\"https://check.spamhaus.org/\""_s));
    QVERIFY(!child<QPushButton>("copyRecord")->isEnabled());
    tree->setCurrentItem(tree->topLevelItem(0)->child(1));
    QVERIFY(detail->toPlainText().contains(u"v=spf1 ip4:203.0.113.5 -all"_s));
    auto* copy = child<QPushButton>("copyRecord");
    QVERIFY(copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), u"v=spf1 ip4:203.0.113.5 -all"_s);
    QVERIFY(child<QLabel>("lastChecked")->text().startsWith(u"Last checked"_s));
}

// A DNS server that is not there: every check ends, quickly, as "could not check".
void TestReputationPage::aServerThatIsNotThereGivesUnknownNotClean()
{
    child<QLineEdit>("addresses")->setText(u"192.0.2.10"_s);
    child<QLineEdit>("domain")->setText(u"board.test"_s);
    child<QLineEdit>("nameserver")->setText(u"127.0.0.1:9"_s);
    QSignalSpy checking(m_page.get(), &ReputationPage::checkingChanged);
    QTest::mouseClick(child<QPushButton>("checkNow"), Qt::LeftButton);
    QVERIFY(m_page->isChecking());
    QVERIFY(!child<QPushButton>("checkNow")->isEnabled());
    QVERIFY(QTest::qWaitFor([&] { return !m_page->isChecking(); }, 20000));
    QVERIFY(m_page->report());
    bool anyListed = false;
    int couldNot = 0;
    for (const ReputationFinding& finding : m_page->report()->findings) {
        anyListed = anyListed || finding.title.contains(u"is listed"_s);
        couldNot += finding.title.contains(u"could not be checked"_s) ? 1 : 0;
    }
    QVERIFY(!anyListed);
    QVERIFY2(couldNot >= 10, qPrintable(QString::number(couldNot)));
    QCOMPARE(checking.count(), 2);
    QVERIFY(QFile::exists(storePath())); // kept for the next start
}

void TestReputationPage::theFormIsRemembered()
{
    child<QLineEdit>("addresses")->setText(u"203.0.113.5 2001:db8::5"_s);
    child<QLineEdit>("domain")->setText(u"jobs.example"_s);
    child<QLineEdit>("selector")->setText(u"s1"_s);
    child<QLineEdit>("nameserver")->setText(u"127.0.0.1:9"_s);
    QTest::mouseClick(child<QPushButton>("checkNow"), Qt::LeftButton);
    QVERIFY(m_page->isChecking());
    QTest::mouseClick(child<QPushButton>("cancelCheck"), Qt::LeftButton);
    QVERIFY(!m_page->isChecking());

    ReputationPage again(*m_settings, nullptr, storePath());
    QCOMPARE(again.findChild<QLineEdit*>(u"addresses"_s)->text(), u"203.0.113.5, 2001:db8::5"_s);
    QCOMPARE(again.findChild<QLineEdit*>(u"domain"_s)->text(), u"jobs.example"_s);
    QCOMPARE(again.findChild<QLineEdit*>(u"selector"_s)->text(), u"s1"_s);
    QCOMPARE(again.findChild<QLineEdit*>(u"nameserver"_s)->text(), u"127.0.0.1:9"_s);
}

void TestReputationPage::theBouncesFillTheForm()
{
    auto* fromBounces = child<QPushButton>("fromBounces");
    QVERIFY(!fromBounces->isEnabled());
    std::vector<RecipientRecord> records(2);
    records[0].lastReply = "421 4.7.0 [TSS04] Messages from 203.0.113.25 temporarily deferred - 4.16.55.1";
    records[0].sender = "alerts@northwind-jobs.example";
    records[0].senderKind = SenderKind::Board;
    records[1].lastReply = "550 5.7.1 messages from [203.0.113.25] weren't sent (S3150)";
    // Empty fields are filled; a field the owner typed is kept until they ask.
    child<QLineEdit>("domain")->setText(u"mine.example"_s);
    m_page->setBounces(records);
    QCOMPARE(child<QLineEdit>("addresses")->text(), u"203.0.113.25"_s);
    QCOMPARE(child<QLineEdit>("domain")->text(), u"mine.example"_s);
    QVERIFY(fromBounces->isEnabled());
    QTest::mouseClick(fromBounces, Qt::LeftButton);
    QCOMPARE(child<QLineEdit>("domain")->text(), u"northwind-jobs.example"_s);
}

namespace {
const char Header[] = "Return-Path: <bounces@mailer.example>\n"
                      "Received: from mta7.mailer.example (mta7.mailer.example [198.51.100.77])\n"
                      "\tby mx.receiver.example with ESMTPS id 12345\n"
                      "DKIM-Signature: v=1; a=rsa-sha256; d=mailer.example; s=pm2026; h=from; bh=a=; b=b=\n"
                      "From: Northwind Jobs <alerts@northwind-jobs.example>\n";
} // namespace

void TestReputationPage::aSentMessageFillsTheForm()
{
    child<QLineEdit>("addresses")->setText(u"203.0.113.25"_s);
    child<QLineEdit>("selector")->setText(u"old"_s);
    m_page->fillFromMessage(SentMessage::read(Header));
    QCOMPARE(child<QLineEdit>("domain")->text(), u"northwind-jobs.example"_s);
    QCOMPARE(child<QLineEdit>("envelopeDomain")->text(), u"mailer.example"_s);
    QCOMPARE(child<QLineEdit>("selector")->text(), u"pm2026"_s);
    QCOMPARE(child<QLineEdit>("dkimDomain")->text(), u"mailer.example"_s);
    // The message's server joins the addresses already there.
    QCOMPARE(child<QLineEdit>("addresses")->text(), u"203.0.113.25, 198.51.100.77"_s);
    QCOMPARE(child<QLineEdit>("helo")->text(), u"mta7.mailer.example"_s);

    // The form as filled is what a check asks about.
    child<QLineEdit>("nameserver")->setText(u"127.0.0.1:9"_s);
    QTest::mouseClick(child<QPushButton>("checkNow"), Qt::LeftButton);
    QVERIFY(m_page->isChecking());
    QTest::mouseClick(child<QPushButton>("cancelCheck"), Qt::LeftButton);
    QCOMPARE(m_settings->envelopeDomain(), u"mailer.example"_s);
    QCOMPARE(m_settings->dkimDomain(), u"mailer.example"_s);

    // A domain that is not one is refused like the others.
    child<QLineEdit>("envelopeDomain")->setText(u"not a domain"_s);
    QTest::mouseClick(child<QPushButton>("checkNow"), Qt::LeftButton);
    QVERIFY(!m_page->isChecking());
    QVERIFY(child<QLabel>("formError")->text().contains(u"not a domain"_s));
}

void TestReputationPage::theMessageDialogSaysWhatItRead()
{
    SentMessageDialog dialog(*m_settings);
    auto* summary = dialog.findChild<QLabel*>(u"messageSummary"_s);
    auto* buttons = dialog.findChild<QDialogButtonBox*>();
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.setText(u"Dear applicant, thank you for your interest."_s);
    QVERIFY(summary->text().contains(u"not only its text"_s));
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    dialog.setText(QString::fromLatin1(Header));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(summary->text().contains(u"northwind-jobs.example"_s));
    QVERIFY(summary->text().contains(u"d=mailer.example s=pm2026"_s));
    QVERIFY(summary->text().contains(u"198.51.100.77"_s));
    QCOMPARE(dialog.message().returnPathDomain, QByteArray("mailer.example"));
}

void TestReputationPage::theLastCheckIsShownAfterARestart()
{
    ReputationReport report;
    report.checkedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
    report.domain = "northwind-jobs.example";
    report.findings = {{ReputationSeverity::Problem, u"northwind-jobs.example has no SPF record"_s, u"Publish."_s,
        u"northwind-jobs.example"_s, "v=spf1 -all"}};
    QString error;
    QVERIFY(ReputationStore::save(storePath(), report, &error));
    ReputationPage again(*m_settings, nullptr, storePath());
    auto* tree = again.findChild<QTreeWidget*>(u"findings"_s);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), u"northwind-jobs.example has no SPF record"_s);
    auto* last = again.findChild<QLabel*>(u"lastChecked"_s);
    QVERIFY(last->text().contains(QLocale().toString(report.checkedAt.toLocalTime(), QLocale::ShortFormat)));

    // A damaged file: no findings, and a label that says so.
    QFile file(storePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    ReputationPage damaged(*m_settings, nullptr, storePath());
    QCOMPARE(damaged.findChild<QTreeWidget*>(u"findings"_s)->topLevelItemCount(), 0);
    QVERIFY(damaged.findChild<QLabel*>(u"lastChecked"_s)->text().contains(u"could not be read"_s));
}

QTEST_MAIN(TestReputationPage)
#include "TestReputationPage.moc"
