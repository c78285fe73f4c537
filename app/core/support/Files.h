#pragma once

#include <QByteArray>
#include <QString>

namespace Files {

// Writes content to path through a temporary file that replaces the target only when complete,
// creating the folder first. On failure the target is untouched and *error says why, naming it.
bool writeWhole(const QString& path, const QByteArray& content, QString* error);

} // namespace Files
