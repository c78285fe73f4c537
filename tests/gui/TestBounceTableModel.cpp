#include "BounceTableModel.h"
#include "SampleRecipients.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(BounceFilter)

class TestBounceTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void passesTheModelTesterThroughSortsAndFilters();
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void sortsReasonsByTheirTitles();
    void filters_data();
    void filters();
    void keepsTheSelectedRecordAcrossASort();
    void showsTheLastReplyOnOneLine();
    void unsortedMeansScanOrder();
    void textRanksSortLikeTheTexts_data();
    void textRanksSortLikeTheTexts();
    void largeScansGetTextRanksInTheBackground();

private:
    QStringList visibleAddresses() const;

    std::unique_ptr<BounceTableModel> m_model;
};

void TestBounceTableModel::init()
{
    m_model = std::make_unique<BounceTableModel>();
    m_model->setRecipients(std::make_shared<const std::vector<RecipientRecord>>(SampleRecipients::five()));
}

QStringList TestBounceTableModel::visibleAddresses() const
{
    QStringList out;
    for (int row = 0; row < m_model->rowCount(); ++row)
        out << m_model->index(row, BounceTableModel::EmailColumn).data().toString();
    return out;
}

void TestBounceTableModel::passesTheModelTesterThroughSortsAndFilters()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    for (int column = 0; column < BounceTableModel::ColumnCount; ++column) {
        m_model->sort(column, Qt::AscendingOrder);
        m_model->sort(column, Qt::DescendingOrder);
    }
    BounceFilter filter;
    filter.text = u"example"_s;
    m_model->setFilter(filter);
    QCOMPARE(m_model->rowCount(), 2);
    m_model->setRecipients(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->setRecipients(std::make_shared<const std::vector<RecipientRecord>>(SampleRecipients::five()));
    QCOMPARE(m_model->rowCount(), 2);
}

void TestBounceTableModel::sortsByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");

    const QStringList byAddress {u"anna@gmail.com"_s, u"bob@example.org"_s, u"carla@mail.example.org"_s,
        u"dave@yahoo.com"_s, u"eve@outlook.com"_s};
    QStringList reversed = byAddress;
    std::reverse(reversed.begin(), reversed.end());

    QTest::newRow("sorting by email puts the addresses in byte order")
        << int(BounceTableModel::EmailColumn) << Qt::AscendingOrder << byAddress;
    QTest::newRow("sorting by email descending reverses them")
        << int(BounceTableModel::EmailColumn) << Qt::DescendingOrder << reversed;
    QTest::newRow("sorting by user puts unmatched recipients first, then names")
        << int(BounceTableModel::UserColumn) << Qt::AscendingOrder
        << QStringList {u"bob@example.org"_s, u"eve@outlook.com"_s, u"anna@gmail.com"_s, u"carla@mail.example.org"_s,
               u"dave@yahoo.com"_s};
    QTest::newRow("sorting by type groups employers before job seekers")
        << int(BounceTableModel::TypeColumn) << Qt::AscendingOrder
        << QStringList {u"bob@example.org"_s, u"eve@outlook.com"_s, u"carla@mail.example.org"_s, u"anna@gmail.com"_s,
               u"dave@yahoo.com"_s};
    QTest::newRow("sorting by category goes hard, soft, blocked, not a bounce")
        << int(BounceTableModel::CategoryColumn) << Qt::AscendingOrder
        << QStringList {u"anna@gmail.com"_s, u"dave@yahoo.com"_s, u"bob@example.org"_s, u"carla@mail.example.org"_s,
               u"eve@outlook.com"_s};
    QTest::newRow("sorting by count descending puts the most events first")
        << int(BounceTableModel::CountColumn) << Qt::DescendingOrder
        << QStringList {u"bob@example.org"_s, u"dave@yahoo.com"_s, u"anna@gmail.com"_s, u"carla@mail.example.org"_s,
               u"eve@outlook.com"_s};
    QTest::newRow("sorting by first seen puts the oldest first")
        << int(BounceTableModel::FirstSeenColumn) << Qt::AscendingOrder
        << QStringList {u"dave@yahoo.com"_s, u"anna@gmail.com"_s, u"bob@example.org"_s, u"carla@mail.example.org"_s,
               u"eve@outlook.com"_s};
    QTest::newRow("sorting by last seen descending puts the newest first")
        << int(BounceTableModel::LastSeenColumn) << Qt::DescendingOrder
        << QStringList {u"carla@mail.example.org"_s, u"anna@gmail.com"_s, u"dave@yahoo.com"_s, u"bob@example.org"_s,
               u"eve@outlook.com"_s};
    QTest::newRow("sorting by last reply orders by reply code then text")
        << int(BounceTableModel::LastReplyColumn) << Qt::AscendingOrder
        << QStringList {u"eve@outlook.com"_s, u"bob@example.org"_s, u"carla@mail.example.org"_s, u"anna@gmail.com"_s,
               u"dave@yahoo.com"_s};
}

void TestBounceTableModel::sortsByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);

    // Start from a different order so a sort that does nothing cannot pass.
    m_model->sort(BounceTableModel::CountColumn, Qt::AscendingOrder);
    m_model->sort(column, order);
    QCOMPARE(visibleAddresses(), expected);
}

void TestBounceTableModel::sortsReasonsByTheirTitles()
{
    QCollator collator;
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        m_model->sort(BounceTableModel::ReasonColumn, order);
        for (int row = 1; row < m_model->rowCount(); ++row) {
            const QString before = m_model->index(row - 1, BounceTableModel::ReasonColumn).data().toString();
            const QString after = m_model->index(row, BounceTableModel::ReasonColumn).data().toString();
            const int comparison = collator.compare(before, after);
            QVERIFY2(
                order == Qt::AscendingOrder ? comparison <= 0 : comparison >= 0, qPrintable(before + u" / "_s + after));
        }
    }
}

void TestBounceTableModel::filters_data()
{
    QTest::addColumn<BounceFilter>("filter");
    QTest::addColumn<QStringList>("expected");

    BounceFilter f;
    QTest::newRow("no filter shows every recipient")
        << f
        << QStringList {u"anna@gmail.com"_s, u"bob@example.org"_s, u"carla@mail.example.org"_s, u"dave@yahoo.com"_s,
               u"eve@outlook.com"_s};

    f = {};
    f.category = BounceCategory::Hard;
    QTest::newRow("the hard category includes escalated soft bounces")
        << f << QStringList {u"anna@gmail.com"_s, u"dave@yahoo.com"_s};

    f = {};
    f.reason = BounceReason::MailboxFull;
    QTest::newRow("a reason matches whatever the category")
        << f << QStringList {u"bob@example.org"_s, u"dave@yahoo.com"_s};

    f = {};
    f.domain = "example.org";
    QTest::newRow("a domain matches its subdomains too")
        << f << QStringList {u"bob@example.org"_s, u"carla@mail.example.org"_s};

    f = {};
    f.domain = "EXAMPLE.ORG ";
    QTest::newRow("a domain ignores case and spaces")
        << f << QStringList {u"bob@example.org"_s, u"carla@mail.example.org"_s};

    f = {};
    f.domain = "ample.org";
    QTest::newRow("a domain does not match the tail of another name") << f << QStringList {};

    f = {};
    f.text = u"müller"_s;
    QTest::newRow("text finds a user name in another case") << f << QStringList {u"anna@gmail.com"_s};

    f = {};
    f.text = u"BLOCK LIST"_s;
    QTest::newRow("text finds words of the last reply") << f << QStringList {u"carla@mail.example.org"_s};

    f = {};
    f.text = u"Yahoo"_s;
    QTest::newRow("text finds part of an address") << f << QStringList {u"dave@yahoo.com"_s};

    f = {};
    f.text = u"nobody-has-this"_s;
    QTest::newRow("text that is nowhere shows nothing") << f << QStringList {};

    f = {};
    f.lastSeenFrom = QDateTime(QDate(2025, 3, 5), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    f.lastSeenTo = QDateTime(QDate(2025, 3, 11), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("a date range keeps recipients last seen inside it")
        << f << QStringList {u"anna@gmail.com"_s, u"bob@example.org"_s, u"dave@yahoo.com"_s};

    f = {};
    f.category = BounceCategory::Soft;
    f.domain = "example.org";
    QTest::newRow("filters combine") << f << QStringList {u"bob@example.org"_s};
}

void TestBounceTableModel::filters()
{
    QFETCH(BounceFilter, filter);
    QFETCH(QStringList, expected);

    m_model->sort(BounceTableModel::EmailColumn, Qt::AscendingOrder);
    m_model->setFilter(filter);
    QCOMPARE(visibleAddresses(), expected);
    QCOMPARE(m_model->totalCount(), qsizetype(5));
}

void TestBounceTableModel::keepsTheSelectedRecordAcrossASort()
{
    m_model->sort(BounceTableModel::EmailColumn, Qt::AscendingOrder);
    const QPersistentModelIndex carla = m_model->index(2, BounceTableModel::EmailColumn);
    QCOMPARE(carla.data().toString(), u"carla@mail.example.org"_s);

    m_model->sort(BounceTableModel::LastSeenColumn, Qt::DescendingOrder);
    QCOMPARE(carla.row(), 0);
    QCOMPARE(carla.column(), int(BounceTableModel::EmailColumn));
    QCOMPARE(carla.data().toString(), u"carla@mail.example.org"_s);
}

void TestBounceTableModel::showsTheLastReplyOnOneLine()
{
    m_model->sort(BounceTableModel::EmailColumn, Qt::AscendingOrder);
    const QString reply = m_model->index(0, BounceTableModel::LastReplyColumn).data().toString();
    QVERIFY(!reply.contains(u'\n'));
    QVERIFY(reply.startsWith(u"550-5.1.1 The email account"_s));
    QVERIFY(reply.contains(u"exist. 550 5.1.1 Please"_s));
    QVERIFY(m_model->index(0, BounceTableModel::LastReplyColumn).data(Qt::ToolTipRole).toString().contains(u'\n'));
}

void TestBounceTableModel::unsortedMeansScanOrder()
{
    m_model->sort(BounceTableModel::CountColumn, Qt::DescendingOrder);
    m_model->sort(-1);
    QCOMPARE(visibleAddresses().first(), u"anna@gmail.com"_s);
    QCOMPARE(m_model->recordIndexAt(4), qsizetype(4));
}

void TestBounceTableModel::textRanksSortLikeTheTexts_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (const int column : {int(BounceTableModel::UserColumn), int(BounceTableModel::EmailColumn),
             int(BounceTableModel::LastReplyColumn)}) {
        QTest::addRow("column %d ascending gives the same rows with ranks", column) << column << Qt::AscendingOrder;
        QTest::addRow("column %d descending gives the same rows with ranks", column) << column << Qt::DescendingOrder;
    }
}

void TestBounceTableModel::textRanksSortLikeTheTexts()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);

    m_model->sort(column, order);
    const QStringList byText = visibleAddresses();
    QVERIFY(!m_model->hasTextRanks());
    m_model->setTextRanks(BounceTableModel::computeTextRanks(m_model->recipients()));
    QVERIFY(m_model->hasTextRanks());
    m_model->sort(BounceTableModel::CountColumn, Qt::AscendingOrder);
    m_model->sort(column, order);
    QCOMPARE(visibleAddresses(), byText);
}

void TestBounceTableModel::largeScansGetTextRanksInTheBackground()
{
    std::vector<RecipientRecord> many(BounceTableModel::BackgroundRankThreshold);
    for (std::size_t i = 0; i < many.size(); ++i) {
        many[i].address = "user" + QByteArray::number(qulonglong(many.size() - i)) + "@x.example";
        many[i].lastReply = "550 5.1.1 unknown";
    }
    QSignalSpy ready(m_model.get(), &BounceTableModel::textRanksReady);
    m_model->setRecipients(std::make_shared<const std::vector<RecipientRecord>>(std::move(many)));
    QVERIFY(!m_model->hasTextRanks()); // the GUI thread did not wait for them
    QVERIFY(ready.wait(60000));
    QVERIFY(m_model->hasTextRanks());
    m_model->sort(BounceTableModel::EmailColumn, Qt::AscendingOrder);
    QCOMPARE(
        m_model->index(0, BounceTableModel::EmailColumn).data().toString(), QStringLiteral("user100000@x.example"));
}

QTEST_MAIN(TestBounceTableModel)
#include "TestBounceTableModel.moc"
