#include "BounceTableModel.h"

#include <QCollator>
#include <QDateTime>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <functional>
#include <numeric>
#include <string_view>

using namespace Qt::StringLiterals;

namespace {

constexpr unsigned char asciiLower(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + ('a' - 'A')) : c;
}

struct FoldedHash
{
    std::size_t operator()(char c) const { return asciiLower(static_cast<unsigned char>(c)); }
};

struct FoldedEqual
{
    bool operator()(char a, char b) const
    {
        return asciiLower(static_cast<unsigned char>(a)) == asciiLower(static_cast<unsigned char>(b));
    }
};

// Addresses and replies are bytes; folding ASCII only is enough for what people type into a
// filter and avoids decoding a million replies per keystroke.
using FoldedSearcher = std::boyer_moore_horspool_searcher<const char*, FoldedHash, FoldedEqual>;

bool containsFolded(const QByteArray& haystack, const FoldedSearcher& searcher)
{
    const char* begin = haystack.constData();
    const char* end = begin + haystack.size();
    return searcher(begin, end).first != end;
}

// A string key whose first 16 bytes sit inline as two big-endian integers: most comparisons end
// there without touching the string's heap data, which is what made sorting a million
// addresses slow (measured: 1.2 s by full compare, see tests/bench/BounceTableModelBench).
template<typename View> struct PrefixKey
{
    quint64 high = 0;
    quint64 low = 0;
    View full;

    bool operator<(const PrefixKey& other) const
    {
        if (high != other.high)
            return high < other.high;
        if (low != other.low)
            return low < other.low;
        return full < other.full;
    }
};

PrefixKey<std::string_view> bytesKey(const QByteArray& bytes)
{
    PrefixKey<std::string_view> key;
    key.full = std::string_view(bytes.constData(), std::size_t(bytes.size()));
    for (qsizetype i = 0; i < 16; ++i) {
        const quint64 byte = i < bytes.size() ? static_cast<unsigned char>(bytes.at(i)) : 0;
        (i < 8 ? key.high : key.low) |= byte << (8 * (7 - (i % 8)));
    }
    return key;
}

PrefixKey<QStringView> textKey(const QString& text)
{
    PrefixKey<QStringView> key;
    key.full = QStringView(text);
    for (qsizetype i = 0; i < 8; ++i) {
        const quint64 unit = i < text.size() ? text.at(i).unicode() : 0;
        (i < 4 ? key.high : key.low) |= unit << (16 * (3 - (i % 4)));
    }
    return key;
}

// Stable sort of visible rows by a key taken once per row, so the comparisons touch a compact
// array instead of chasing a million records.
template<typename Key, typename KeyOf> void sortByKey(std::vector<int>& rows, Qt::SortOrder order, KeyOf keyOf)
{
    std::vector<std::pair<Key, int>> keyed;
    keyed.reserve(rows.size());
    for (int row : rows)
        keyed.emplace_back(keyOf(row), row);

    if (order == Qt::AscendingOrder) {
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    } else {
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return b.first < a.first; });
    }

    for (std::size_t i = 0; i < keyed.size(); ++i)
        rows[i] = keyed[i].second;
}

} // namespace

bool BounceFilter::isEmpty() const
{
    return !category && !reason && domain.isEmpty() && lastSeenFrom == 0 && lastSeenTo == 0 && text.isEmpty();
}

BounceTableModel::BounceTableModel(QObject* parent)
    : QAbstractTableModel(parent), m_records(std::make_shared<const std::vector<RecipientRecord>>())
{
    std::array<int, BounceReasonCount> byTitle {};
    std::iota(byTitle.begin(), byTitle.end(), 0);
    std::array<QString, BounceReasonCount> titles;
    for (int i = 0; i < BounceReasonCount; ++i)
        titles[i] = reasonTitle(static_cast<BounceReason>(i));

    QCollator collator(m_locale);
    std::stable_sort(
        byTitle.begin(), byTitle.end(), [&](int a, int b) { return collator.compare(titles[a], titles[b]) < 0; });
    for (int rank = 0; rank < BounceReasonCount; ++rank)
        m_reasonRank[byTitle[rank]] = rank;
}

void BounceTableModel::setRecipients(Records records)
{
    beginResetModel();
    m_records = records ? std::move(records) : std::make_shared<const std::vector<RecipientRecord>>();
    ++m_generation;
    m_ranks.reset();
    rebuildVisible();
    sortVisible();
    endResetModel();
    if (m_records->size() >= BackgroundRankThreshold)
        startTextRanks();
}

void BounceTableModel::startTextRanks()
{
    auto* watcher = new QFutureWatcher<std::shared_ptr<const TextRanks>>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        if (generation == m_generation)
            setTextRanks(watcher->result());
        watcher->deleteLater();
    });
    // The records are immutable and shared, so the worker reads them without a lock.
    watcher->setFuture(QtConcurrent::run([records = m_records] { return computeTextRanks(*records); }));
}

std::shared_ptr<const BounceTableModel::TextRanks> BounceTableModel::computeTextRanks(
    const std::vector<RecipientRecord>& records)
{
    const auto rankBy = [&](auto keyOf) {
        std::vector<int> order(records.size());
        std::iota(order.begin(), order.end(), 0);
        using Key = decltype(keyOf(0));
        sortByKey<Key>(order, Qt::AscendingOrder, keyOf);
        // Equal texts share a rank, so ties still fall back to scan order when sorting.
        std::vector<int> rank(records.size());
        for (std::size_t i = 0; i < order.size(); ++i) {
            const bool same = i > 0 && !(keyOf(order[i - 1]) < keyOf(order[i]));
            rank[std::size_t(order[i])] = same ? rank[std::size_t(order[i - 1])] : int(i);
        }
        return rank;
    };
    auto ranks = std::make_shared<TextRanks>();
    ranks->user = rankBy([&](int i) { return textKey(records[std::size_t(i)].userName); });
    ranks->email = rankBy([&](int i) { return bytesKey(records[std::size_t(i)].address); });
    ranks->reply = rankBy([&](int i) { return bytesKey(records[std::size_t(i)].lastReply); });
    return ranks;
}

void BounceTableModel::setTextRanks(std::shared_ptr<const TextRanks> ranks)
{
    if (ranks && ranks->email.size() != m_records->size())
        return; // computed for other records
    m_ranks = std::move(ranks);
    Q_EMIT textRanksReady();
}

const std::vector<RecipientRecord>& BounceTableModel::recipients() const
{
    return *m_records;
}

qsizetype BounceTableModel::totalCount() const
{
    return qsizetype(m_records->size());
}

const RecipientRecord* BounceTableModel::recordAt(int row) const
{
    if (row < 0 || row >= int(m_visible.size()))
        return nullptr;
    return &(*m_records)[m_visible[row]];
}

qsizetype BounceTableModel::recordIndexAt(int row) const
{
    if (row < 0 || row >= int(m_visible.size()))
        return -1;
    return m_visible[row];
}

int BounceTableModel::rowOfRecord(qsizetype recordIndex) const
{
    const auto it = std::find(m_visible.begin(), m_visible.end(), int(recordIndex));
    return it == m_visible.end() ? -1 : int(it - m_visible.begin());
}

void BounceTableModel::setFilter(const BounceFilter& filter)
{
    if (filter == m_filter)
        return;

    beginResetModel();
    m_filter = filter;
    m_textNeedle = filter.text.trimmed().toLower().toUtf8();
    rebuildVisible();
    sortVisible();
    endResetModel();
}

void BounceTableModel::rebuildVisible()
{
    const auto& records = *m_records;
    m_visible.clear();

    if (m_filter.isEmpty()) {
        m_visible.resize(records.size());
        std::iota(m_visible.begin(), m_visible.end(), 0);
        return;
    }

    const FoldedSearcher searcher(m_textNeedle.constData(), m_textNeedle.constData() + m_textNeedle.size());
    const QString textFilter = m_filter.text.trimmed();
    const QByteArray domain = m_filter.domain.trimmed().toLower();
    const QByteArray dotDomain = '.' + domain;

    for (std::size_t i = 0; i < records.size(); ++i) {
        const RecipientRecord& record = records[i];
        if (m_filter.category && record.category != *m_filter.category)
            continue;
        if (m_filter.reason && record.reason != *m_filter.reason)
            continue;
        if (m_filter.lastSeenFrom != 0 && record.lastSeen < m_filter.lastSeenFrom)
            continue;
        if (m_filter.lastSeenTo != 0 && record.lastSeen >= m_filter.lastSeenTo)
            continue;
        if (!domain.isEmpty()) {
            const QByteArrayView recordDomain = domainOf(record.address);
            if (recordDomain != domain && !recordDomain.endsWith(dotDomain))
                continue;
        }
        if (!m_textNeedle.isEmpty()) {
            const bool found = containsFolded(record.address, searcher) || containsFolded(record.lastReply, searcher)
                || (!record.userName.isEmpty() && record.userName.contains(textFilter, Qt::CaseInsensitive));
            if (!found)
                continue;
        }
        m_visible.push_back(int(i));
    }
}

void BounceTableModel::sortVisible()
{
    const auto& records = *m_records;
    const Qt::SortOrder order = m_sortOrder;

    switch (m_sortColumn) {
    case UserColumn:
        if (m_ranks)
            sortByKey<int>(m_visible, order, [&](int i) { return m_ranks->user[std::size_t(i)]; });
        else
            sortByKey<PrefixKey<QStringView>>(m_visible, order, [&](int i) { return textKey(records[i].userName); });
        break;
    case TypeColumn:
        // Unmatched, employer, job seeker: the order of the displayed English words.
        sortByKey<int>(m_visible, order, [&](int i) {
            const QByteArray& type = records[i].userType;
            return type.isEmpty() ? 0 : type == "employer" ? 1 : type == "seeker" ? 2 : 3;
        });
        break;
    case EmailColumn:
        if (m_ranks)
            sortByKey<int>(m_visible, order, [&](int i) { return m_ranks->email[std::size_t(i)]; });
        else
            sortByKey<PrefixKey<std::string_view>>(
                m_visible, order, [&](int i) { return bytesKey(records[i].address); });
        break;
    case CategoryColumn:
        sortByKey<int>(m_visible, order, [&](int i) { return int(records[i].category); });
        break;
    case ReasonColumn:
        sortByKey<int>(m_visible, order, [&](int i) { return m_reasonRank[int(records[i].reason)]; });
        break;
    case CountColumn:
        sortByKey<quint32>(m_visible, order, [&](int i) { return records[i].events(); });
        break;
    case FirstSeenColumn:
        sortByKey<qint64>(m_visible, order, [&](int i) { return records[i].firstSeen; });
        break;
    case LastSeenColumn:
        sortByKey<qint64>(m_visible, order, [&](int i) { return records[i].lastSeen; });
        break;
    case LastReplyColumn:
        // Replies share long openings: without ranks this is the slowest sort (about 1 s at a
        // million rows in a Release build), which is why ranks are computed after a large scan.
        if (m_ranks)
            sortByKey<int>(m_visible, order, [&](int i) { return m_ranks->reply[std::size_t(i)]; });
        else
            sortByKey<PrefixKey<std::string_view>>(
                m_visible, order, [&](int i) { return bytesKey(records[i].lastReply); });
        break;
    default:
        break; // unsorted: scan order
    }
}

void BounceTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < -1 || column >= ColumnCount)
        return;

    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);

    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> persistentRecords;
    persistentRecords.reserve(std::size_t(persistent.size()));
    for (const QModelIndex& index : persistent)
        persistentRecords.push_back(m_visible[std::size_t(index.row())]);

    m_sortColumn = column;
    m_sortOrder = order;
    // Ties keep scan order whatever was sorted before, so a sort is reproducible.
    std::sort(m_visible.begin(), m_visible.end());
    sortVisible();

    if (!persistent.isEmpty()) {
        std::vector<int> rowOf(m_records->size(), -1);
        for (std::size_t row = 0; row < m_visible.size(); ++row)
            rowOf[std::size_t(m_visible[row])] = int(row);
        QModelIndexList moved;
        moved.reserve(persistent.size());
        for (qsizetype i = 0; i < persistent.size(); ++i)
            moved.append(index(rowOf[std::size_t(persistentRecords[std::size_t(i)])], persistent[i].column()));
        changePersistentIndexList(persistent, moved);
    }

    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int BounceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int BounceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BounceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};

    const RecipientRecord& record = (*m_records)[std::size_t(m_visible[std::size_t(index.row())])];

    switch (role) {
    case Qt::DisplayRole:
        return displayData(record, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LastReplyColumn)
            return QString::fromUtf8(record.lastReply);
        if (index.column() == ReasonColumn)
            return reasonExplanation(record.reason);
        if (index.column() == CategoryColumn && record.escalated)
            return tr("Soft failures kept repeating, so this address counts as a hard bounce.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RecordIndexRole:
        return qlonglong(m_visible[std::size_t(index.row())]);
    default:
        return {};
    }
}

QVariant BounceTableModel::displayData(const RecipientRecord& record, int column) const
{
    switch (column) {
    case UserColumn:
        return record.userName;
    case TypeColumn:
        return typeTitle(record.userType);
    case EmailColumn:
        return QString::fromUtf8(record.address);
    case CategoryColumn:
        return record.escalated ? tr("%1 (escalated)").arg(categoryTitle(record.category))
                                : categoryTitle(record.category);
    case ReasonColumn:
        return reasonTitle(record.reason);
    case CountColumn:
        return record.events();
    case FirstSeenColumn:
        return formatTime(record.firstSeen);
    case LastSeenColumn:
        return formatTime(record.lastSeen);
    case LastReplyColumn:
        return singleLine(record.lastReply);
    default:
        return {};
    }
}

QVariant BounceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case UserColumn:
        return tr("User");
    case TypeColumn:
        //: Column header: job seeker or employer
        return tr("Type");
    case EmailColumn:
        return tr("Email");
    case CategoryColumn:
        return tr("Category");
    case ReasonColumn:
        return tr("Reason");
    case CountColumn:
        //: Column header: number of failed or delayed deliveries
        return tr("Count");
    case FirstSeenColumn:
        return tr("First seen");
    case LastSeenColumn:
        return tr("Last seen");
    case LastReplyColumn:
        return tr("Last reply");
    default:
        return {};
    }
}

QString BounceTableModel::formatTime(qint64 ms) const
{
    if (ms == 0)
        return {};
    return m_locale.toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

QByteArrayView BounceTableModel::domainOf(const QByteArray& address)
{
    return ::domainOf(address);
}

QString BounceTableModel::typeTitle(const QByteArray& userType)
{
    if (userType == "seeker")
        return tr("Job seeker");
    if (userType == "employer")
        return tr("Employer");
    return QString::fromUtf8(userType);
}

QString BounceTableModel::singleLine(const QByteArray& reply)
{
    QString text = QString::fromUtf8(reply);
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    return text;
}
