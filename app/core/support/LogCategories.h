#pragma once

#include <QLoggingCategory>

// One category per core area. Info is on by default; widen with QT_LOGGING_RULES, for
// instance "mailroom.mail.debug=true". Addresses, passwords and other personal data never
// reach these logs.
Q_DECLARE_LOGGING_CATEGORY(lcMail)
Q_DECLARE_LOGGING_CATEGORY(lcBounces)
Q_DECLARE_LOGGING_CATEGORY(lcBoard)
Q_DECLARE_LOGGING_CATEGORY(lcReputation)
Q_DECLARE_LOGGING_CATEGORY(lcExport)
Q_DECLARE_LOGGING_CATEGORY(lcSupport)
Q_DECLARE_LOGGING_CATEGORY(lcGui)
