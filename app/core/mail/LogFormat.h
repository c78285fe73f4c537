#pragma once

#include <QByteArrayView>
#include <QString>

enum class LogFormat
{
    Unknown,
    Exim,
    Postfix,
    Sendmail,
    PowerMta, // PowerMTA accounting file (CSV)
    BounceMail, // bounce notices in a mailbox (mbox, Maildir, .eml, IMAP), not a log
};

// Looks at the first lines of a file and says which MTA wrote it. A file counts as a format
// when enough of its first lines carry that format's header; mixed syslog files (Postfix or
// Sendmail among other daemons) are recognised by their MTA's lines, a PowerMTA accounting file
// by its header line or its records.
LogFormat detectLogFormat(QByteArrayView head);
QString logFormatName(LogFormat format);
