#pragma once

#include <QStringList>

// `mailroom-cli demo [--out DIR]`: writes the demo board (database, Exim and Postfix logs, the
// expected bounces) into DIR, by default DemoBoard::defaultFolder(), and prints the paths of the
// database and the two logs, one a line. arguments[0] is the program name, as
// QCommandLineParser expects. Returns ExitOk, ExitFailure when the files cannot be written, or
// ExitUsage on bad arguments.
int runDemoCommand(const QStringList& arguments);
