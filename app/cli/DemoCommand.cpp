#include "DemoCommand.h"

#include "CliCommon.h"
#include "board/DemoBoard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DemoCommand", text);
}

} // namespace

int runDemoCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the demo board: board.sqlite (a job board with thousands of users), exim-mainlog and "
           "postfix-maillog (its mail of the last weeks, with bounces of every kind) and "
           "expected-bounces.csv (what a scan of either log should find). Prints the paths of the "
           "database and the logs."));
    parser.addHelpOption();
    const QCommandLineOption outOption({ QStringLiteral("o"), QStringLiteral("out") },
        tr("Folder to write into (default: %1).").arg(QDir::toNativeSeparators(DemoBoard::defaultFolder())), tr("DIR"));
    parser.addOption(outOption);

    if (!parser.parse(arguments)) {
        Cli::err(tr("mailroom-cli demo: %1").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Cli::out(Cli::helpText(parser, QStringLiteral("demo")));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        Cli::err(tr("mailroom-cli demo: unexpected argument %1").arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }
    const QString folder = parser.isSet(outOption) ? parser.value(outOption) : DemoBoard::defaultFolder();
    if (folder.isEmpty()) {
        Cli::err(tr("mailroom-cli demo: --out needs a folder"));
        return ExitUsage;
    }

    DemoBoardFiles files;
    QString error;
    if (!DemoBoard::generate(folder, &files, &error)) {
        Cli::err(tr("mailroom-cli demo: %1").arg(error));
        return ExitFailure;
    }
    const QString paths = QDir::toNativeSeparators(files.database) + QLatin1Char('\n')
        + QDir::toNativeSeparators(files.eximLog) + QLatin1Char('\n') + QDir::toNativeSeparators(files.postfixLog)
        + QLatin1Char('\n');
    Cli::out(paths.toUtf8());
    return ExitOk;
}
