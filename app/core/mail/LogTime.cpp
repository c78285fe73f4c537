#include "mail/LogTime.h"

#include <QDateTime>

namespace {

constexpr qint64 MsPerSecond = 1000;
constexpr qint64 SecondsPerDay = 86400;

} // namespace

LogClock::LogClock(QTimeZone zone)
    : m_zone(std::move(zone))
    , m_isUtc(m_zone.isValid() && m_zone.offsetFromUtc(QDateTime::currentDateTimeUtc()) == 0
          && m_zone.id() == QByteArrayLiteral("UTC"))
{ }

// Howard Hinnant's days-from-civil algorithm: exact for the proleptic Gregorian calendar.
qint64 LogClock::daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

qint64 LogClock::toUtc(int year, int month, int day, int hour, int minute, int second, int msec)
{
    const qint64 localSeconds = daysFromCivil(year, month, day) * SecondsPerDay + hour * 3600 + minute * 60 + second;
    if (m_isUtc || !m_zone.isValid())
        return localSeconds * MsPerSecond + msec;

    // Offsets change on hour boundaries in every zone in use; one QDateTime per log hour.
    const qint64 localHour = localSeconds / 3600;
    if (localHour != m_cachedHour) {
        const QDateTime local(QDate(year, month, day), QTime(hour, 0), m_zone);
        m_cachedOffset = local.isValid() ? local.offsetFromUtc() : m_zone.offsetFromUtc(local);
        m_cachedHour = localHour;
    }
    return (localSeconds - m_cachedOffset) * MsPerSecond + msec;
}

qint64 LogClock::withOffset(int year, int month, int day, int hour, int minute, int second, int msec, int offsetSeconds)
{
    const qint64 seconds = daysFromCivil(year, month, day) * SecondsPerDay + hour * 3600 + minute * 60 + second;
    return (seconds - offsetSeconds) * MsPerSecond + msec;
}

void LogClock::setYearReference(qint64 utcMs)
{
    // A day of slack for a server whose clock or zone runs ahead of the file's time stamp.
    const QDate date = QDateTime::fromMSecsSinceEpoch(utcMs + SecondsPerDay * MsPerSecond, m_zone).date();
    m_refYear = date.year();
    m_refMonth = date.month();
    m_refDay = date.day();
}

int LogClock::inferYear(int month, int day) const
{
    if (month > m_refMonth || (month == m_refMonth && day > m_refDay))
        return m_refYear - 1;
    return m_refYear;
}

int LogClock::monthFromName(QByteArrayView name)
{
    if (name.size() != 3)
        return 0;
    // Called for every syslog line: compare packed bytes, not strings.
    const auto pack = [](char a, char b, char c) { return (quint32(quint8(a)) << 16) | (quint8(b) << 8) | quint8(c); };
    static constexpr const char* names = "JanFebMarAprMayJunJulAugSepOctNovDec";
    const quint32 packed = pack(name[0], name[1], name[2]);
    for (int i = 0; i < 12; ++i) {
        if (packed == pack(names[3 * i], names[3 * i + 1], names[3 * i + 2]))
            return i + 1;
    }
    return 0;
}
