#include "BounceChart.h"

#include "CategoryStyle.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <vector>

namespace {

constexpr qint64 MsPerDay = 24 * 60 * 60 * 1000;

} // namespace

// The view is given its chart at construction: QChartView(QWidget*) makes a default chart that
// setChart() would release without deleting.
BounceChart::BounceChart(QWidget* parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(160);
    QChart* chart = this->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    setDailyFailures({});
}

int BounceChart::bucketDays(qint64 spanDays)
{
    if (spanDays <= 120)
        return 1;
    if (spanDays <= 2 * 365)
        return 7;
    return 30;
}

void BounceChart::setDailyFailures(const Daily& daily)
{
    QChart* chart = this->chart();
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_total = 0;
    m_buckets = 0;

    if (daily.empty()) {
        chart->setTitle(tr("No failed deliveries to chart yet"));
        return;
    }

    const qint64 firstDay = daily.begin()->first;
    const qint64 lastDay = daily.rbegin()->first;
    const int step = bucketDays(lastDay - firstDay + 1);
    m_buckets = int((lastDay - firstDay) / step + 1);

    std::vector<std::array<quint32, BounceCategoryCount>> buckets(static_cast<std::size_t>(m_buckets));
    for (const auto& [day, counts] : daily) {
        auto& bucket = buckets[std::size_t((day - firstDay) / step)];
        for (int c = 0; c < BounceCategoryCount; ++c) {
            bucket[std::size_t(c)] += counts[std::size_t(c)];
            m_total += counts[std::size_t(c)];
        }
    }

    if (step == 1)
        chart->setTitle(tr("Failed deliveries per day"));
    else if (step == 7)
        chart->setTitle(tr("Failed deliveries per week"));
    else
        chart->setTitle(tr("Failed deliveries per 30 days"));

    // Stacked steps: each category's area sits on the sum of the ones before it, and each
    // bucket is drawn flat over its whole width, so the areas read like stacked bars while the
    // axis can stay a real date axis with few labels.
    std::vector<quint32> below(buckets.size(), 0);
    quint32 peak = 0;
    auto* axisX = new QDateTimeAxis;
    auto* axisY = new QValueAxis;
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);

    for (int c = 0; c < BounceCategoryCount; ++c) {
        auto* lower = new QLineSeries;
        auto* upper = new QLineSeries;
        bool any = false;
        for (std::size_t b = 0; b < buckets.size(); ++b) {
            const qreal start = qreal((firstDay + qint64(b) * step) * MsPerDay);
            const qreal end = qreal((firstDay + qint64(b + 1) * step) * MsPerDay);
            const quint32 bottom = below[b];
            const quint32 top = bottom + buckets[b][std::size_t(c)];
            any = any || top != bottom;
            lower->append(start, bottom);
            lower->append(end, bottom);
            upper->append(start, top);
            upper->append(end, top);
            below[b] = top;
            peak = std::max(peak, top);
        }
        if (!any) {
            delete lower;
            delete upper;
            continue;
        }
        auto* area = new QAreaSeries(upper, lower);
        // An area series does not own its boundary lines; without a parent they outlive it.
        upper->setParent(area);
        lower->setParent(area);
        area->setName(categoryTitle(static_cast<BounceCategory>(c)));
        const QColor color = categoryColor(static_cast<BounceCategory>(c));
        area->setColor(color);
        area->setBorderColor(color.darker(115));
        chart->addSeries(area);
        area->attachAxis(axisX);
        area->attachAxis(axisY);
    }

    axisX->setRange(QDateTime::fromMSecsSinceEpoch(firstDay * MsPerDay, Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch((firstDay + qint64(m_buckets) * step) * MsPerDay,
                                                   Qt::UTC));
    axisX->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    axisX->setTickCount(std::min(m_buckets + 1, 8));
    axisY->setRange(0, std::max<quint32>(peak, 1));
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->applyNiceNumbers();
}
