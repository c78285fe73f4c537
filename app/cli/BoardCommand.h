#pragma once

#include <QStringList>

// mailroom-cli board: the board's users, and the actions on them, for scripts.
int runBoardCommand(const QStringList& arguments);
