#pragma once

#include <QByteArrayView>
#include <QTimeZone>

#include <array>

// Turns log timestamps into UTC milliseconds without a QDateTime per line: civil dates are
// converted arithmetically and the zone offset is cached per local hour.
class LogClock
{
public:
    explicit LogClock(QTimeZone zone = QTimeZone::systemTimeZone());

    // Local wall-clock time in the log's zone to UTC ms.
    qint64 toUtc(int year, int month, int day, int hour, int minute, int second, int msec = 0);
    // A time with an explicit offset from UTC, in seconds.
    static qint64 withOffset(
        int year, int month, int day, int hour, int minute, int second, int msec, int offsetSeconds);
    static qint64 daysFromCivil(int year, int month, int day);

    // Syslog dates carry no year. The year is chosen so the date is not after the reference
    // (the file's modification time): a log that crosses New Year comes out in order.
    void setYearReference(qint64 utcMs);
    int inferYear(int month, int day) const;

    // "Jan" -> 1; 0 when not a month name.
    static int monthFromName(QByteArrayView name);

private:
    QTimeZone m_zone;
    bool m_isUtc = false;
    qint64 m_cachedHour = -1;
    int m_cachedOffset = 0;
    int m_refYear = 1970;
    int m_refMonth = 1;
    int m_refDay = 1;
};
