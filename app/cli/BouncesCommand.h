#pragma once

#include <QStringList>

// mailroom-cli bounces [--board DB] [--format csv|json] [--all] [--tz ZONE] PATH...
int runBouncesCommand(const QStringList& arguments);
