#include "mail/SyslogHeader.h"

#include "mail/LogTime.h"
#include "mail/ParseHelpers.h"

using namespace ParseHelpers;

bool readSyslogHeader(
    QByteArrayView line, const LogClock* clock, SyslogStamp* stamp, QByteArrayView* program, QByteArrayView* text)
{
    qsizetype pos = 0;
    SyslogStamp& t = *stamp;
    if (line.size() > 20 && line[4] == '-' && line[10] == 'T') {
        // RFC 3339: 2024-01-15T10:00:00.123456+01:00
        t.year = number(line, 0, 4);
        t.month = number(line, 5, 2);
        t.day = number(line, 8, 2);
        t.hour = number(line, 11, 2);
        t.minute = number(line, 14, 2);
        t.second = number(line, 17, 2);
        if (t.year < 0 || t.month < 1 || t.month > 12 || t.day < 1 || t.hour < 0 || t.minute < 0 || t.second < 0)
            return false;
        pos = 19;
        if (pos < line.size() && line[pos] == '.') {
            const qsizetype start = ++pos;
            while (pos < line.size() && isDigit(line[pos]))
                ++pos;
            t.msec = pos - start >= 3 ? number(line, start, 3) : 0;
        }
        if (pos < line.size() && (line[pos] == '+' || line[pos] == '-')) {
            const int hh = number(line, pos + 1, 2);
            const int mm = number(line, pos + 4, 2);
            if (hh < 0 || mm < 0)
                return false;
            t.offset = (hh * 3600 + mm * 60) * (line[pos] == '-' ? -1 : 1);
            pos += 6;
        } else if (pos < line.size() && line[pos] == 'Z') {
            ++pos;
        } else {
            return false;
        }
        t.hasOffset = true;
    } else {
        // Syslog: "Jan  5 10:00:00" or maillog_file's "Jan 05 10:00:00"; no year. Only the shape
        // is checked here; the numbers are read by timeOf(), for the few lines that need a time.
        if (line.size() <= 15 || line[3] != ' ' || line[6] != ' ' || line[9] != ':' || line[12] != ':' || !clock)
            return false;
        const auto digit = [&](qsizetype i) { return unsigned(line[i] - '0') < 10u; };
        if (!(line[4] == ' ' || digit(4)) || !digit(5) || !digit(7) || !digit(8) || !digit(10) || !digit(11)
            || !digit(13) || !digit(14))
            return false;
        t.syslog = line.first(15);
        pos = 15;
        if (pos < line.size() && line[pos] == '.') { // rsyslog high precision without a year
            const qsizetype start = ++pos;
            while (pos < line.size() && isDigit(line[pos]))
                ++pos;
            t.msec = pos - start >= 3 ? number(line, start, 3) : 0;
        }
    }

    // " host program[pid]: text"
    if (pos >= line.size() || line[pos] != ' ')
        return false;
    const qsizetype hostEnd = findChar(line, ' ', pos + 1);
    if (hostEnd < 0)
        return false;
    const qsizetype colon = find(line, ": ", hostEnd + 1);
    if (colon < 0)
        return false;
    *program = line.sliced(hostEnd + 1, colon - hostEnd - 1); // "postfix/smtp[123]"
    *text = line.sliced(colon + 2);
    return true;
}

// Only lines that become events need their time: most lines never pay for the calendar.
qint64 syslogTime(const SyslogStamp& t, LogClock* clock)
{
    if (t.hasOffset)
        return LogClock::withOffset(t.year, t.month, t.day, t.hour, t.minute, t.second, t.msec, t.offset);
    const QByteArrayView s = t.syslog;
    const int month = LogClock::monthFromName(s.first(3));
    const int day = s[4] == ' ' ? number(s, 5, 1) : number(s, 4, 2);
    if (month == 0 || day < 1)
        return 0; // not a month name: the time is unknown, the line is still read
    if (!clock)
        return 0;
    return clock->toUtc(
        clock->inferYear(month, day), month, day, number(s, 7, 2), number(s, 10, 2), number(s, 13, 2), t.msec);
}
