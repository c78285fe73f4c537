#include "BounceTableModel.h"
#include "BouncesPage.h"
#include "RecipientDetails.h"
#include "SampleRecipients.h"

#include "support/Settings.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestBouncesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTotalsPerCategoryOnTheTiles();
    void clickingATileFiltersByItsCategory();
    void typingFiltersTheTable_data();
    void typingFiltersTheTable();
    void choosingAReasonFiltersTheTable();
    void saysWhenNoRecipientMatchesAndClearsFilters();
    void asksForALogWhenThereIsNone();
    void selectingARowShowsItsDetailsAndRawLines();
    void reportsSkippedLinesAndFailedFiles();
    void ctrlFTargetIsTheTextFilter();

private:
    template<typename T>
    T* find(const char* name) const
    {
        auto* widget = m_page->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    int visibleRows() const { return find<QTableView>("bounceTable")->model()->rowCount(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<BouncesPage> m_page;
};

void TestBouncesPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    m_page = std::make_unique<BouncesPage>(*m_settings);
    m_page->resize(1200, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setResult(SampleRecipients::fiveAsResult());
}

void TestBouncesPage::cleanup()
{
    m_page.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestBouncesPage::showsTotalsPerCategoryOnTheTiles()
{
    QVERIFY(find<QToolButton>("tile_hard")->text().startsWith(u"2\n"_s));
    QVERIFY(find<QToolButton>("tile_soft")->text().startsWith(u"1\n"_s));
    QVERIFY(find<QToolButton>("tile_blocked")->text().startsWith(u"1\n"_s));
    QVERIFY(find<QToolButton>("tile_none")->text().startsWith(u"1\n"_s));
    QCOMPARE(visibleRows(), 5);
}

void TestBouncesPage::clickingATileFiltersByItsCategory()
{
    auto* hard = find<QToolButton>("tile_hard");
    QTest::mouseClick(hard, Qt::LeftButton);
    QCOMPARE(visibleRows(), 2);
    QVERIFY(hard->isChecked());
    QCOMPARE(find<QComboBox>("categoryFilter")->currentData().toInt(), int(BounceCategory::Hard));

    QTest::mouseClick(find<QToolButton>("tile_blocked"), Qt::LeftButton);
    QCOMPARE(visibleRows(), 1);
    QVERIFY(!hard->isChecked());

    QTest::mouseClick(find<QToolButton>("tile_blocked"), Qt::LeftButton);
    QCOMPARE(visibleRows(), 5);
}

void TestBouncesPage::typingFiltersTheTable_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("rows");

    QTest::newRow("typing part of an address keeps that recipient") << u"textFilter"_s << u"yahoo"_s << 1;
    QTest::newRow("typing a user's name finds the user") << u"textFilter"_s << u"carla d"_s << 1;
    QTest::newRow("typing words of a reply finds it") << u"textFilter"_s << u"mailbox"_s << 2;
    QTest::newRow("typing a domain keeps that domain and its subdomains")
        << u"domainFilter"_s << u"example.org"_s << 2;
    QTest::newRow("typing a domain nobody has shows nothing") << u"domainFilter"_s << u"nowhere.test"_s << 0;
}

void TestBouncesPage::typingFiltersTheTable()
{
    QFETCH(QString, widget);
    QFETCH(QString, typed);
    QFETCH(int, rows);

    auto* target = m_page->findChild<QWidget*>(widget);
    QVERIFY(target);
    if (auto* combo = qobject_cast<QComboBox*>(target))
        target = combo->lineEdit();
    QTest::keyClicks(target, typed);
    QTRY_COMPARE(visibleRows(), rows);
}

void TestBouncesPage::choosingAReasonFiltersTheTable()
{
    auto* reasons = find<QComboBox>("reasonFilter");
    QCOMPARE(reasons->count(), 5); // "all" and the four reasons present
    const int mailboxFull = reasons->findData(int(BounceReason::MailboxFull));
    QVERIFY(mailboxFull > 0);
    QVERIFY(reasons->itemText(mailboxFull).endsWith(u"(2)"_s));

    reasons->setCurrentIndex(mailboxFull);
    QCOMPARE(visibleRows(), 2);
}

void TestBouncesPage::saysWhenNoRecipientMatchesAndClearsFilters()
{
    QTest::keyClicks(find<QLineEdit>("textFilter"), u"zzz-nothing"_s);
    auto* stack = find<QStackedWidget>("tableStack");
    QTRY_COMPARE(stack->currentWidget()->objectName(), u"emptyState"_s);
    QVERIFY(find<QLabel>("emptyStateLabel")->text().contains(u"No recipient matches these filters"_s));

    auto* button = find<QPushButton>("emptyStateButton");
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(visibleRows(), 5);
    QCOMPARE(find<QLineEdit>("textFilter")->text(), QString());
    QCOMPARE(stack->currentWidget()->objectName(), u"bounceTable"_s);
}

void TestBouncesPage::asksForALogWhenThereIsNone()
{
    m_page->setResult(nullptr);
    QCOMPARE(find<QStackedWidget>("tableStack")->currentWidget()->objectName(), u"emptyState"_s);
    QVERIFY(find<QLabel>("emptyStateLabel")->text().contains(u"Open your SMTP server's log"_s));

    QSignalSpy asked(m_page.get(), &BouncesPage::openLogFilesRequested);
    QTest::mouseClick(find<QPushButton>("emptyStateButton"), Qt::LeftButton);
    QCOMPARE(asked.count(), 1);
}

void TestBouncesPage::selectingARowShowsItsDetailsAndRawLines()
{
    // A small log whose lines the details pane must read back by offset.
    const QByteArray first = "2025-03-01 12:00:00 1tXyz-000001-AB ** anna@gmail.com R=dnslookup T=remote_smtp: "
                             "SMTP error from remote mail server after RCPT TO:<anna@gmail.com>: 550 5.1.1\n";
    const QByteArray second = "2025-03-10 12:00:00 1tXyz-000002-AB ** anna@gmail.com: 550 5.1.1 gone again\n";
    const QString logPath = m_dir->filePath(u"mainlog"_s);
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write("2025-03-01 11:59:59 unrelated line\n");
    const qint64 firstOffset = log.pos();
    log.write(first);
    const qint64 secondOffset = log.pos();
    log.write(second);
    log.close();

    auto result = SampleRecipients::fiveAsResult();
    result->files = {logPath};
    RecipientRecord& anna = result->recipients.front();
    anna.recent.push_back({SampleRecipients::noonUtc(3, 1), {0, 2, firstOffset}, 550, DeliveryAction::Failed,
                           BounceReason::UserUnknown, false});
    anna.recent.push_back({SampleRecipients::noonUtc(3, 10), {0, 3, secondOffset}, 550, DeliveryAction::Failed,
                           BounceReason::UserUnknown, false});
    m_page->setResult(result);

    auto* table = find<QTableView>("bounceTable");
    table->sortByColumn(BounceTableModel::EmailColumn, Qt::AscendingOrder);
    auto* details = find<RecipientDetails>("recipientDetails");
    QSignalSpy loaded(details, &RecipientDetails::rawLinesLoaded);
    const QRect cell = table->visualRect(table->model()->index(0, BounceTableModel::EmailColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());

    const QString summary = find<QLabel>("detailsSummary")->text();
    QVERIFY2(summary.contains(u"anna@gmail.com"_s), qPrintable(summary));
    QVERIFY(summary.contains(u"Anna Müller"_s));
    QVERIFY(summary.contains(reasonExplanation(BounceReason::UserUnknown).toHtmlEscaped()));
    QVERIFY(summary.contains(u"alerts@board.example"_s));

    QTRY_COMPARE(loaded.count(), 1);
    auto* events = find<QTreeWidget>("detailsEvents");
    QCOMPARE(events->topLevelItemCount(), 2);
    // Newest first, each with its raw line underneath.
    QCOMPARE(events->topLevelItem(0)->child(0)->text(0), QString::fromUtf8(second.chopped(1)));
    QCOMPARE(events->topLevelItem(1)->child(0)->text(0), QString::fromUtf8(first.chopped(1)));
}

void TestBouncesPage::reportsSkippedLinesAndFailedFiles()
{
    auto result = SampleRecipients::fiveAsResult();
    FileReport good;
    good.path = u"/var/log/exim4/mainlog"_s;
    good.format = LogFormat::Exim;
    good.lines = 1000;
    good.skipped = {2, 1, 3};
    good.problems.append({17, SkipReason::Binary, 40, u"mainlog, line 17: binary data; skipped"_s});
    good.problems.append({18, SkipReason::TooLong, 12345678, u"mainlog, line 18: a long line"_s});
    FileReport bad;
    bad.path = u"/var/log/exim4/mainlog.2.gz"_s;
    bad.unreadable = true;
    bad.error = u"mainlog.2.gz could not be opened: Permission denied"_s;
    result->report.files = {good, bad};
    m_page->setResult(result);

    const QString line = find<QLabel>("scanReportLabel")->text();
    QVERIFY2(line.contains(u"6 lines skipped"_s), qPrintable(line));
    QVERIFY(line.contains(u"2 binary"_s));
    QVERIFY(line.contains(u"could not be used"_s));

    auto* details = find<QPlainTextEdit>("reportDetails");
    QVERIFY(!details->isVisible());
    QTest::mouseClick(find<QToolButton>("reportDetailsButton"), Qt::LeftButton);
    QVERIFY(details->isVisible());
    QVERIFY(details->toPlainText().contains(u"Permission denied"_s));
    // The GUI words its own sentences (translated) instead of the core's English messages.
    QVERIFY(details->toPlainText().contains(u"line 17: binary data, not text; skipped"_s));
    QVERIFY(details->toPlainText().contains(u"line 18: "_s + QLocale().toString(12345678) + u" bytes long"_s));
}

void TestBouncesPage::ctrlFTargetIsTheTextFilter()
{
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->focusTextFilter();
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("textFilter"));
}

QTEST_MAIN(TestBouncesPage)
#include "TestBouncesPage.moc"
