#include "BounceTableModel.h"

#include <QTest>

#include <array>

using namespace Qt::StringLiterals;

// Sorting and filtering the Bounces table at a million recipients. The rows are built from a
// fixed seed, so every run measures the same data.
class BounceTableModelBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sortByColumn_data();
    void sortByColumn();
    void computeTextRanks();
    void sortByTextColumnWithRanks_data();
    void sortByTextColumnWithRanks();
    void filterByText_data();
    void filterByText();
    void filterByCategoryAndDomain();

private:
    void benchmarkSorts(int column);

    BounceTableModel m_model;
};

namespace {

constexpr int RowCount = 1'000'000;

// A small linear congruential generator: deterministic across platforms, unlike std::rand.
class Lcg
{
public:
    quint32 next()
    {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return quint32(m_state >> 33);
    }
    quint32 below(quint32 bound) { return next() % bound; }

private:
    quint64 m_state = 20250301;
};

std::vector<RecipientRecord> makeRecords()
{
    static constexpr std::array firstNames {"anna", "bernd", "chloe", "dmitri", "elif", "farah", "goran", "hana",
        "ines", "jonas", "kenji", "lea", "mateo", "nora", "oskar", "priya"};
    static constexpr std::array lastNames {"mueller", "schmidt", "garcia", "nowak", "rossi", "dubois", "smith",
        "yilmaz", "kowalski", "jensen", "silva", "novak", "ivanova", "tanaka"};
    static constexpr std::array domains {"gmail.com", "yahoo.com", "outlook.com", "web.de", "gmx.de", "t-online.de",
        "orange.fr", "example.org", "mail.example.net"};
    static constexpr std::array replies {
        "550-5.1.1 The email account that you tried to reach does not exist.\n550 5.1.1 Please try again",
        "452 4.2.2 The email account that you tried to reach is over quota",
        "550 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
        "421 4.7.0 [TSS04] Messages temporarily deferred due to unexpected volume or user complaints",
        "550 5.7.26 This mail is unauthenticated, which poses a security risk to the sender",
        "552 5.3.4 Message size exceeds fixed maximum message size",
        "451 4.7.1 Greylisting in action, please come back later",
        "550 5.7.1 Unfortunately, messages from part of their network are on our block list"};

    Lcg random;
    std::vector<RecipientRecord> records(static_cast<std::size_t>(RowCount));
    const qint64 start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 span = qint64(90) * 24 * 3600 * 1000;
    for (int i = 0; i < RowCount; ++i) {
        RecipientRecord& r = records[std::size_t(i)];
        const char* first = firstNames[random.below(firstNames.size())];
        const char* last = lastNames[random.below(lastNames.size())];
        r.address
            = QByteArray(first) + '.' + last + QByteArray::number(i) + '@' + domains[random.below(domains.size())];
        r.reason = BounceReason(random.below(BounceReasonCount));
        r.category = categoryOf(r.reason);
        r.failures = random.below(20);
        r.deferrals = random.below(5);
        r.firstSeen = start + qint64(random.below(quint32(span / 1000))) * 1000;
        r.lastSeen = r.firstSeen + qint64(random.below(30 * 24 * 3600)) * 1000;
        r.lastReply = QByteArray(replies[random.below(replies.size())]) + " <" + r.address + '>';
        if (random.below(10) < 6) {
            r.userId = i + 1;
            r.userType = random.below(10) == 0 ? "employer" : "seeker";
            r.userName = QString::fromLatin1(first) + u' ' + QString::fromLatin1(last);
            r.userName[0] = r.userName[0].toUpper();
        }
    }
    return records;
}

} // namespace

void BounceTableModelBench::initTestCase()
{
    m_model.setRecipients(std::make_shared<const std::vector<RecipientRecord>>(makeRecords()));
    QCOMPARE(m_model.rowCount(), RowCount);
}

void BounceTableModelBench::sortByColumn_data()
{
    QTest::addColumn<int>("column");
    for (int column = 0; column < BounceTableModel::ColumnCount; ++column) {
        const QByteArray name = m_model.headerData(column, Qt::Horizontal).toString().toUtf8();
        QTest::newRow(name.constData()) << column;
    }
}

void BounceTableModelBench::benchmarkSorts(int column)
{
    m_model.setFilter({});
    bool descending = false;
    // Every sort starts from scan order (see BounceTableModel::sort), so alternating the
    // direction measures a full sort each time, never a pass over sorted data.
    QBENCHMARK
    {
        m_model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        descending = !descending;
    }
    QCOMPARE(m_model.rowCount(), RowCount);
}

void BounceTableModelBench::sortByColumn()
{
    QFETCH(int, column);
    benchmarkSorts(column);
}

// What the model computes in the background after a large scan (not on the GUI thread).
void BounceTableModelBench::computeTextRanks()
{
    std::shared_ptr<const BounceTableModel::TextRanks> ranks;
    QBENCHMARK_ONCE
    {
        ranks = BounceTableModel::computeTextRanks(m_model.recipients());
    }
    QCOMPARE(ranks->email.size(), size_t(RowCount));
}

void BounceTableModelBench::sortByTextColumnWithRanks_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("user") << int(BounceTableModel::UserColumn);
    QTest::newRow("email") << int(BounceTableModel::EmailColumn);
    QTest::newRow("last reply") << int(BounceTableModel::LastReplyColumn);
}

void BounceTableModelBench::sortByTextColumnWithRanks()
{
    QFETCH(int, column);
    if (!m_model.hasTextRanks())
        m_model.setTextRanks(BounceTableModel::computeTextRanks(m_model.recipients()));
    benchmarkSorts(column);
}

void BounceTableModelBench::filterByText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("a rare name") << u"kowalski12"_s;
    QTest::newRow("a common domain") << u"gmail"_s;
    QTest::newRow("words of a reply") << u"block list"_s;
    QTest::newRow("a non-ASCII name") << u"müller"_s;
}

void BounceTableModelBench::filterByText()
{
    QFETCH(QString, text);
    m_model.sort(BounceTableModel::LastSeenColumn, Qt::DescendingOrder);
    bool withSpace = false;
    // Alternating a trailing space keeps the filter different each time (setFilter ignores an
    // unchanged filter) while the trimmed needle stays the same.
    QBENCHMARK
    {
        BounceFilter filter;
        filter.text = withSpace ? text + u' ' : text;
        m_model.setFilter(filter);
        withSpace = !withSpace;
    }
    QVERIFY(m_model.rowCount() < RowCount);
}

void BounceTableModelBench::filterByCategoryAndDomain()
{
    m_model.sort(BounceTableModel::LastSeenColumn, Qt::DescendingOrder);
    bool hard = false;
    QBENCHMARK
    {
        BounceFilter filter;
        filter.category = hard ? BounceCategory::Hard : BounceCategory::Soft;
        filter.domain = "example.org";
        m_model.setFilter(filter);
        hard = !hard;
    }
    QVERIFY(m_model.rowCount() > 0);
}

QTEST_MAIN(BounceTableModelBench)
#include "BounceTableModelBench.moc"
