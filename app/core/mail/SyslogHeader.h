#pragma once

#include <QByteArrayView>

class LogClock;

// The start of a line that syslog wrote, shared by the parsers of MTAs that log through it
// (Postfix, Sendmail): "Jan  5 10:00:00 host program[pid]: text", rsyslog's "Jan  5
// 10:00:00.123456", Postfix's maillog_file "Jan 05 ...", or an RFC 3339 stamp
// "2024-01-15T10:00:00.123456+01:00".
struct SyslogStamp
{
    int year = 0; // 0 for syslog stamps, which have none
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int msec = 0;
    int offset = 0;
    bool hasOffset = false; // RFC 3339: the fields above are set
    QByteArrayView syslog; // "Jan  5 10:00:00", read only when the time is needed
};

// Splits the line into its stamp, program ("postfix/smtp[123]") and text. A stamp without a
// year is accepted only with a clock, which the time will need. Only the stamp's shape is
// checked: most lines never need their time.
bool readSyslogHeader(
    QByteArrayView line, const LogClock* clock, SyslogStamp* stamp, QByteArrayView* program, QByteArrayView* text);

// The stamp as UTC ms; 0 when its month name is not one.
qint64 syslogTime(const SyslogStamp& stamp, LogClock* clock);
