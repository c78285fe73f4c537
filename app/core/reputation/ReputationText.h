#pragma once

#include <QCoreApplication>

// The translation context of the sentences the reputation engine writes for the owner: finding
// titles and details, causes, problems, and why a lookup failed. The core has no QObject to hang
// tr() on, so the engine's files share this one context. The CLI installs no translator, so its
// output (and the tests') stays English; the GUI installs one, and the same words come out in the
// owner's language. Record text, tags and status names stay as they are: they are what the owner
// types into DNS or reads in RFCs.
class ReputationText
{
    Q_DECLARE_TR_FUNCTIONS(ReputationText)
};
