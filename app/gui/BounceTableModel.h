#pragma once

#include "bounces/BounceLedger.h"

#include <QAbstractTableModel>
#include <QByteArray>
#include <QLocale>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

// What the Bounces page filters on. Empty or unset fields match everything.
struct BounceFilter
{
    std::optional<BounceCategory> category;
    std::optional<BounceReason> reason;
    QByteArray domain; // the part after '@'; a subdomain of it matches too
    qint64 lastSeenFrom = 0; // ms UTC, inclusive; 0 for no lower bound
    qint64 lastSeenTo = 0; // ms UTC, exclusive; 0 for no upper bound
    QString text; // address, user name or last reply, case-insensitive

    bool isEmpty() const;
    bool operator==(const BounceFilter& other) const = default;
};

// The recipients of a scan as table rows. Built for a million rows: it keeps a vector of visible
// record indices and sorts and filters that vector with precomputed keys, because a
// QSortFilterProxyModel over a million rows calls back through data() for every comparison.
class BounceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        UserColumn,
        TypeColumn,
        EmailColumn,
        CategoryColumn,
        ReasonColumn,
        CountColumn,
        FirstSeenColumn,
        LastSeenColumn,
        LastReplyColumn,
        ColumnCount
    };

    enum Role
    {
        RecordIndexRole = Qt::UserRole + 1, // index into recipients(), as qlonglong
        SortKeyRole,
    };

    using Records = std::shared_ptr<const std::vector<RecipientRecord>>;

    explicit BounceTableModel(QObject* parent = nullptr);

    void setRecipients(Records records);
    const std::vector<RecipientRecord>& recipients() const;
    qsizetype totalCount() const;

    // The record behind a visible row, or nullptr.
    const RecipientRecord* recordAt(int row) const;
    qsizetype recordIndexAt(int row) const;
    // The visible row of a record, or -1 when it is filtered out.
    int rowOfRecord(qsizetype recordIndex) const;

    void setFilter(const BounceFilter& filter);
    const BounceFilter& filter() const { return m_filter; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Ranks of every record by the text columns. Comparing strings is what makes sorting a
    // million rows by user, address or reply slow (0.3 to 1.1 s), so after a large scan the ranks
    // are computed once off the GUI thread; later sorts by those columns compare integers.
    struct TextRanks
    {
        std::vector<int> user;
        std::vector<int> email;
        std::vector<int> reply;
    };
    static std::shared_ptr<const TextRanks> computeTextRanks(const std::vector<RecipientRecord>& records);
    // Installs ranks computed for the current records (tests and benchmarks call this directly).
    void setTextRanks(std::shared_ptr<const TextRanks> ranks);
    bool hasTextRanks() const { return m_ranks != nullptr; }
    // Record sets at least this large get their ranks in the background.
    static constexpr std::size_t BackgroundRankThreshold = 100'000;

    static QByteArrayView domainOf(const QByteArray& address);
    static QString typeTitle(const QByteArray& userType);
    static QString singleLine(const QByteArray& reply);

Q_SIGNALS:
    void textRanksReady();

private:
    void startTextRanks();
    void rebuildVisible();
    void sortVisible();
    bool matches(const RecipientRecord& record, const BounceFilter& filter) const;
    QVariant displayData(const RecipientRecord& record, int column) const;
    QString formatTime(qint64 ms) const;

    Records m_records;
    std::vector<int> m_visible;
    BounceFilter m_filter;
    QByteArray m_textNeedle; // m_filter.text lower-cased as UTF-8
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::array<int, BounceReasonCount> m_reasonRank {}; // reasons in the order of their titles
    QLocale m_locale;
    std::shared_ptr<const TextRanks> m_ranks;
    quint64 m_generation = 0; // bumped per record set, so late ranks for old records are dropped
};
