#pragma once

#include "reputation/ReputationCheck.h"

#include <optional>

// The last check, kept between runs so the Reputation page opens on what it found and when. Only
// what the page shows is kept: the targets, the findings, and the time; a new check replaces it.
namespace ReputationStore {

// <data folder>/reputation/last-check.json (see Settings::dataFolder()).
QString pathIn(const QString& dataFolder);
// Written through a temporary file, so a crash never leaves half a report.
bool save(const QString& path, const ReputationReport& report, QString* error);
// Nothing when there is no file; an error when there is one that cannot be read.
std::optional<ReputationReport> load(const QString& path, QString* error);

} // namespace ReputationStore
