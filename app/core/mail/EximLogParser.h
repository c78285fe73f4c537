#pragma once

#include "mail/MailLogParser.h"
#include "mail/ParseHelpers.h"

#include <QByteArray>
#include <QHash>

// Exim main log (spec chapter "Log files"): arrivals "<=", deliveries "=>" "->" ">>", failures
// "**", deferrals "==", host-level errors without a recipient, "Completed".
class EximLogParser : public MailLogParser
{
public:
    // Exim lines are read whole by apply(); lex() only passes them on.
    LineVerdict lex(QByteArrayView line, LexedLine& lexed) const override;
    LineVerdict apply(QByteArrayView line, LexedLine& lexed, const SourceLocation& where) override;

private:
    struct Message
    {
        QByteArray sender;
        // The last host-level error ("H=mx [ip] Connection refused"), which the message's next
        // deferrals of the form "defer (111): Connection refused" refer to.
        QByteArray hostName;
        QByteArray hostIp;
        QByteArray hostError;
    };

    bool parseTime(QByteArrayView line, qint64* time, qsizetype* rest) const;
    bool parseDelivery(QByteArrayView id, QByteArrayView flag, QByteArrayView body, DeliveryEvent& event);

    QHash<ParseHelpers::ShortKey, Message> m_messages;
    QByteArray m_lastSender;
};
