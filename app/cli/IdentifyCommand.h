#pragma once

#include <QStringList>

// mailroom-cli identify: what the block-code knowledge base recognises in bounce text on standard
// input.
int runIdentifyCommand(const QStringList& arguments);
