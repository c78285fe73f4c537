#pragma once

#include <QStringList>

// mailroom-cli export: the board's contacts to a CSV file, as the export dialog writes them.
int runExportCommand(const QStringList& arguments);
