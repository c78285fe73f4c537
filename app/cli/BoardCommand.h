#pragma once

#include "board/BoardConnection.h"

#include <QCommandLineOption>
#include <QStringList>

#include <optional>

// mailroom-cli board: the board's users, and the actions on them, for scripts.
int runBoardCommand(const QStringList& arguments);

namespace BoardCli {
// --profile NAME|FILE (demo by default) and --password-stdin, as board and export take them.
QCommandLineOption profileOption();
QCommandLineOption passwordOption();
// "demo", or a connection profile file (JSON).
std::optional<BoardConnection> connectionFor(const QString& profile, QString* error);
// From standard input (first line) when fromStdin, else from the OS keychain; "" for SQLite.
std::optional<QString> passwordFor(const BoardConnection& connection, bool fromStdin, QString* error);
// The secret the GUI stored under key in the OS keychain; name says whose it is in the error.
std::optional<QString> secretFromKeychain(const QString& key, const QString& name, QString* error);
} // namespace BoardCli
