#pragma once

#include "bounces/BounceReason.h"

#include <QChartView>

#include <array>
#include <map>

// Failed deliveries over time, stacked by category. Long ranges are grouped by week or month
// so that a year of logs stays as readable as a month.
class BounceChart : public QChartView
{
    Q_OBJECT

public:
    using Daily = std::map<qint64, std::array<quint32, BounceCategoryCount>>;

    explicit BounceChart(QWidget* parent = nullptr);

    // Keys are days since the epoch, UTC.
    void setDailyFailures(const Daily& daily);

    // Days per bar for a range of this many days.
    static int bucketDays(qint64 spanDays);
    qint64 plottedTotal() const { return m_total; }
    int bucketCount() const { return m_buckets; }

private:
    qint64 m_total = 0;
    int m_buckets = 0;
};
