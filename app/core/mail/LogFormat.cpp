#include "mail/LogFormat.h"

#include <QCoreApplication>

namespace {

bool digitsAt(QByteArrayView s, qsizetype at, qsizetype count)
{
    if (at + count > s.size())
        return false;
    for (qsizetype i = at; i < at + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
    }
    return true;
}

// "2024-01-15 10:00:00" (Exim) or, with 'T', the start of an RFC 3339 stamp.
bool isoDateTimeAt(QByteArrayView s, char separator)
{
    return digitsAt(s, 0, 4) && s.size() > 19 && s[4] == '-' && digitsAt(s, 5, 2) && s[7] == '-' && digitsAt(s, 8, 2)
        && s[10] == separator && digitsAt(s, 11, 2) && s[13] == ':' && digitsAt(s, 14, 2) && s[16] == ':'
        && digitsAt(s, 17, 2);
}

bool isEximIdChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// 6-6-2 (Exim up to 4.96) or 6-11-4 (4.97 on).
bool looksLikeEximId(QByteArrayView token)
{
    const bool old = token.size() == 16 && token[6] == '-' && token[13] == '-';
    const bool fresh = token.size() == 23 && token[6] == '-' && token[18] == '-';
    if (!old && !fresh)
        return false;
    for (qsizetype i = 0; i < token.size(); ++i) {
        if (token[i] != '-' && !isEximIdChar(token[i]))
            return false;
    }
    return true;
}

bool isEximLine(QByteArrayView line, bool* strong)
{
    if (!isoDateTimeAt(line, ' '))
        return false;
    // Past the time: optional ".mmm", " +ZZZZ", " [pid]", then a message id or free text.
    const QList<QByteArray> words = line.sliced(19).toByteArray().simplified().split(' ');
    for (const QByteArray& word : words) {
        if (looksLikeEximId(word) || word == "Start" || word.startsWith("exim")) {
            *strong = true;
            break;
        }
        if (!(word.startsWith('[') || word.startsWith('+') || word.startsWith('-') || word.startsWith('.')))
            break;
    }
    return true;
}

// The program of a syslog line ("postfix/smtp[12]", "sm-mta[34]"), or nothing.
QByteArrayView syslogProgram(QByteArrayView line)
{
    qsizetype rest = -1;
    if (isoDateTimeAt(line, 'T')) {
        rest = line.indexOf(' ');
    } else if (line.size() > 16 && line[3] == ' ' && (line[4] == ' ' || (line[4] >= '0' && line[4] <= '9'))
        && digitsAt(line, 5, 1) && line[6] == ' ' && digitsAt(line, 7, 2) && line[9] == ':') {
        rest = 15;
    }
    if (rest < 0)
        return {};
    // " host program[pid]: "
    const qsizetype program = line.indexOf(' ', rest + 1);
    if (program < 0)
        return {};
    const qsizetype colon = line.indexOf("]: ", program);
    return colon > 0 ? line.sliced(program + 1, colon - program) : QByteArrayView();
}

bool isSendmailProgram(QByteArrayView program)
{
    return program.startsWith("sendmail[") || program.startsWith("sm-mta[") || program.startsWith("sm-msp-queue[");
}

// A PowerMTA accounting header names the fields, rcpt among them: "type,timeLogged,...,rcpt,...".
bool isPowerMtaHeader(QByteArrayView line)
{
    return (line.startsWith("type,") || line.startsWith("#type,")) && line.contains(",rcpt");
}

// A PowerMTA accounting record: its type, then the time it was logged, as real files show it or
// as UNIX time: "b,2017-08-22 10:45:32+0200,..." or "d,1178807903,...".
bool isPowerMtaRecord(QByteArrayView line)
{
    static constexpr QByteArrayView types[] = {"d,", "b,", "t,", "tq,", "r,", "rb,", "rs,", "f,"};
    for (const QByteArrayView type : types) {
        if (!line.startsWith(type))
            continue;
        QByteArrayView rest = line.sliced(type.size());
        if (rest.startsWith('"'))
            rest = rest.sliced(1);
        return isoDateTimeAt(rest, ' ') || isoDateTimeAt(rest, 'T') || (digitsAt(rest, 0, 9) && rest.size() > 10);
    }
    return false;
}

} // namespace

LogFormat detectLogFormat(QByteArrayView head)
{
    int exim = 0;
    int eximStrong = 0;
    int postfix = 0;
    int sendmail = 0;
    int powerMta = 0;
    bool powerMtaHeader = false;
    int lines = 0;
    qsizetype pos = 0;
    while (pos < head.size() && lines < 400) {
        qsizetype end = head.indexOf('\n', pos);
        if (end < 0)
            end = head.size();
        const QByteArrayView line = head.sliced(pos, end - pos);
        pos = end + 1;
        if (line.trimmed().isEmpty())
            continue;
        ++lines;
        bool strong = false;
        const QByteArrayView program = syslogProgram(line);
        if (program.startsWith("postfix"))
            ++postfix;
        else if (isSendmailProgram(program))
            ++sendmail;
        else if (!program.isEmpty())
            continue; // another daemon in a shared syslog file
        else if (isPowerMtaHeader(line))
            powerMtaHeader = true, ++powerMta;
        else if (isPowerMtaRecord(line))
            ++powerMta;
        else if (isEximLine(line, &strong))
            ++exim, eximStrong += strong ? 1 : 0;
    }
    if (postfix > 0 && postfix >= exim && postfix >= sendmail)
        return LogFormat::Postfix;
    if (sendmail > 0 && sendmail >= exim)
        return LogFormat::Sendmail;
    // CSV files are many; the header, or records in most lines, make it PowerMTA's.
    if ((powerMtaHeader && powerMta * 2 >= lines) || (powerMta > 0 && powerMta * 4 >= lines * 3))
        return LogFormat::PowerMta;
    // Many programs write "YYYY-MM-DD HH:MM:SS"; an Exim log also shows message ids.
    if (eximStrong > 0 && exim * 2 >= lines)
        return LogFormat::Exim;
    return LogFormat::Unknown;
}

QString logFormatName(LogFormat format)
{
    switch (format) {
    case LogFormat::Exim:
        return QCoreApplication::translate("LogFormat", "Exim main log");
    case LogFormat::Postfix:
        return QCoreApplication::translate("LogFormat", "Postfix log");
    case LogFormat::Sendmail:
        return QCoreApplication::translate("LogFormat", "Sendmail log");
    case LogFormat::PowerMta:
        return QCoreApplication::translate("LogFormat", "PowerMTA accounting file");
    case LogFormat::BounceMail:
        return QCoreApplication::translate("LogFormat", "bounce mail");
    case LogFormat::Unknown:
        break;
    }
    return QCoreApplication::translate("LogFormat", "unknown format");
}
