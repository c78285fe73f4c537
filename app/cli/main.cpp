#include "BoardCommand.h"
#include "BouncesCommand.h"
#include "CheckCommand.h"
#include "CliCommon.h"
#include "DemoCommand.h"
#include "ExportCommand.h"
#include "IdentifyCommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace {

const char usage[] = "Usage: mailroom-cli COMMAND [OPTIONS]\n"
                     "\n"
                     "Commands:\n"
                     "  board     read the board's users and change them (archive, flag, e-mail, undo)\n"
                     "  bounces   read SMTP server logs and list the recipients whose mail bounced\n"
                     "  check     check sending addresses and a domain: blocklists, SPF, DMARC, DKIM, reverse DNS\n"
                     "  demo      write the demo board (a SQLite database and Exim and Postfix logs)\n"
                     "  export    write the board's contacts to a CSV file for a mailing service or a spreadsheet\n"
                     "  identify  say which provider refused a bounce on standard input, why, and where to ask\n"
                     "\n"
                     "Run \"mailroom-cli COMMAND --help\" for a command's options.\n";

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Mailroom"));
    QCoreApplication::setApplicationName(QStringLiteral("Mailroom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILROOM_VERSION));

    // Standard error is for problems a script must see; progress notes stay quiet unless
    // QT_LOGGING_RULES (which wins over this) asks for them.
    QLoggingCategory::setFilterRules(QStringLiteral("mailroom.*.info=false"));

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        Cli::err(QString::fromLatin1(usage).trimmed());
        return ExitUsage;
    }
    const QString command = arguments.takeAt(1);
    // QCommandLineParser wants the program name first; "mailroom-cli bounces" reads well in errors.
    arguments[0] = arguments[0] + QLatin1Char(' ') + command;

    if (command == QLatin1String("bounces"))
        return runBouncesCommand(arguments);
    if (command == QLatin1String("demo"))
        return runDemoCommand(arguments);
    if (command == QLatin1String("check"))
        return runCheckCommand(arguments);
    if (command == QLatin1String("board"))
        return runBoardCommand(arguments);
    if (command == QLatin1String("export"))
        return runExportCommand(arguments);
    if (command == QLatin1String("identify"))
        return runIdentifyCommand(arguments);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        Cli::out(usage);
        return ExitOk;
    }
    if (command == QLatin1String("--version")) {
        Cli::out(QByteArray("mailroom-cli " MAILROOM_VERSION "\n"));
        return ExitOk;
    }
    Cli::err(
        QStringLiteral("mailroom-cli: unknown command \"%1\"\n%2").arg(command, QString::fromLatin1(usage).trimmed()));
    return ExitUsage;
}
