#pragma once

#include <QStringList>

// mailroom-cli check: the reputation checks of sending addresses and a domain.
int runCheckCommand(const QStringList& arguments);
