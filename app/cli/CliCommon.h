#pragma once

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <array>

// Exit codes every command shares.
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1, // a path or database could not be read, or the work failed
    ExitUsage = 2, // bad arguments
};

namespace Cli {

void out(const QByteArray& bytes);
void err(const QString& text); // one line, newline added

// The parser's help with the usage line naming the subcommand: QCommandLineParser takes the
// program name from the process, so it would say "Usage: /path/to/mailroom-cli [options]".
QByteArray helpText(const QCommandLineParser& parser, const QString& command);

// RFC 4180 field: quoted when it holds the separator, a quote, CR or LF.
QByteArray csvField(const QByteArray& value);
void appendCsvField(QByteArray& out, QByteArrayView value);
// "2024-01-15T10:00:00Z", or empty for 0 (and for years outside 0 to 9999).
QByteArray isoUtc(qint64 msSinceEpoch);
using IsoBuffer = std::array<char, 24>;
QByteArrayView isoUtc(qint64 msSinceEpoch, IsoBuffer& buffer);

} // namespace Cli
