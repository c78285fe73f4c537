#include "RequestsPage.h"
#include "UserPrompts.h"
#include "removal/RemovalRequests.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

// Confirms, or not, without showing a box.
class ConfirmingPrompts : public UserPrompts
{
public:
    bool answer = true;
    QStringList asked;

    void confirm(QWidget*, const QString&, const QString& text, const QString&, std::function<void()> yes) override
    {
        asked.append(text);
        if (answer)
            yes();
    }
};

RemovalRequest request(const QString& provider, const char* ip, const QString& draft)
{
    RemovalRequest r;
    r.providerId = provider.toLower();
    r.providerName = provider;
    r.ip = QHostAddress(QString::fromLatin1(ip));
    r.draft = draft;
    r.removalUrl = u"https://removal.example/form"_s;
    r.typicalDays = 2;
    return r;
}

} // namespace

// The Requests page: every request with its status and history, and the owner's own steps.
class TestRequestsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void anEmptyListSaysHowToStart();
    void requestsShowWithTheirHistory();
    void theOwnersStepsChangeTheRequest();
    void deletingAsksFirst();

private:
    template<typename T> T* child(const char* name) const { return m_page->findChild<T*>(QString::fromLatin1(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RemovalTracker> m_tracker;
    ConfirmingPrompts m_prompts;
    std::unique_ptr<RequestsPage> m_page;
};

void TestRequestsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_tracker = std::make_unique<RemovalTracker>(m_dir->filePath(u"requests.json"_s), nullptr);
    m_tracker->setInterval(std::chrono::milliseconds(0));
    m_page = std::make_unique<RequestsPage>(*m_tracker, m_prompts);
    m_page->resize(1000, 600);
    m_page->show();
}

void TestRequestsPage::cleanup()
{
    m_page.reset();
    m_tracker.reset();
    m_dir.reset();
}

void TestRequestsPage::anEmptyListSaysHowToStart()
{
    auto* empty = child<QLabel>("requestsEmptyState");
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(u"Request Removal (Ctrl+R)"_s));
    QVERIFY(child<QPushButton>("newRequest")->isEnabled());
    QVERIFY(!child<QPushButton>("markSent")->isEnabled());
    QVERIFY(!child<QPushButton>("recheckNow")->isEnabled());
}

void TestRequestsPage::requestsShowWithTheirHistory()
{
    QString error;
    QVERIFY(m_tracker->store(request(u"Outlook.com"_s, "192.0.2.10", u"Dear Outlook team"_s), &error));
    QVERIFY(m_tracker->store(request(u"SpamCop"_s, "192.0.2.11", u"Dear SpamCop"_s), &error));
    auto* list = child<QTreeWidget>("requestList");
    QVERIFY(list->isVisible());
    QCOMPARE(list->topLevelItemCount(), 2);
    m_page->select(m_tracker->requests().back().id);
    QCOMPARE(list->currentItem()->text(0), u"SpamCop"_s);
    QCOMPARE(list->currentItem()->text(1), u"192.0.2.11"_s);
    QCOMPARE(list->currentItem()->text(2), requestStatusTitle(RequestStatus::Draft));
    const QString detail = child<QTextBrowser>("requestDetail")->toPlainText();
    QVERIFY(detail.contains(u"Dear SpamCop"_s));
    QVERIFY(detail.contains(u"Request written."_s));
    QTest::mouseClick(child<QPushButton>("copyRequest"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), u"Dear SpamCop"_s);
}

void TestRequestsPage::theOwnersStepsChangeTheRequest()
{
    QString error;
    QVERIFY(m_tracker->store(request(u"Outlook.com"_s, "192.0.2.10", u"Dear Outlook team"_s), &error));
    const QString id = m_tracker->requests().front().id;
    m_page->select(id);
    auto* markSent = child<QPushButton>("markSent");
    QVERIFY(markSent->isEnabled());
    QTest::mouseClick(markSent, Qt::LeftButton);
    QCOMPARE(m_tracker->find(id)->status, RequestStatus::Sent);
    QVERIFY(!markSent->isEnabled());
    QVERIFY(child<QPushButton>("recheckNow")->isEnabled());
    QVERIFY(child<QTextBrowser>("requestDetail")->toPlainText().contains(u"Usually answered by"_s));

    QTest::mouseClick(child<QPushButton>("closeRequest"), Qt::LeftButton);
    QCOMPARE(m_tracker->find(id)->status, RequestStatus::Closed);
    QVERIFY(!child<QPushButton>("closeRequest")->isEnabled());
    QCOMPARE(child<QTreeWidget>("requestList")->currentItem()->text(2), requestStatusTitle(RequestStatus::Closed));
}

void TestRequestsPage::deletingAsksFirst()
{
    QString error;
    QVERIFY(m_tracker->store(request(u"Outlook.com"_s, "192.0.2.10", u"Dear Outlook team"_s), &error));
    m_page->select(m_tracker->requests().front().id);
    m_prompts.answer = false;
    QTest::mouseClick(child<QPushButton>("deleteRequest"), Qt::LeftButton);
    QCOMPARE(m_prompts.asked.size(), 1);
    QVERIFY(m_prompts.asked.front().contains(u"Outlook.com"_s));
    QCOMPARE(m_tracker->requests().size(), 1);
    m_prompts.answer = true;
    QTest::mouseClick(child<QPushButton>("deleteRequest"), Qt::LeftButton);
    QVERIFY(m_tracker->requests().isEmpty());
    QVERIFY(child<QLabel>("requestsEmptyState")->isVisible());
}

QTEST_MAIN(TestRequestsPage)
#include "TestRequestsPage.moc"
