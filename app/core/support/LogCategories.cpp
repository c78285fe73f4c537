#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcMail, "mailroom.mail", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBounces, "mailroom.bounces", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBoard, "mailroom.board", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReputation, "mailroom.reputation", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "mailroom.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSupport, "mailroom.support", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "mailroom.gui", QtInfoMsg)
