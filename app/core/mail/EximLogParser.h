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

    // The parts of a delivery line's body after the flag.
    struct DeliveryFields
    {
        QByteArrayView address;
        QByteArrayView fields; // "R=... T=... H=... F=<...>"
        QByteArrayView error; // after the first ": " following the fields
    };

    bool parseTime(QByteArrayView line, qint64* time, qsizetype* rest) const;
    static DeliveryFields readDeliveryFields(QByteArrayView body);
    void buildEvent(
        QByteArrayView line, const LexedLine& lexed, const DeliveryFields& parts, DeliveryEvent& event) const;
    LineVerdict applyDelivery(QByteArrayView line, LexedLine& lexed, const SourceLocation& where);

    // By a 64-bit hash of the message id: two ids in flight at once sharing one is unlikely enough.
    QHash<quint64, Message> m_messages;
    QByteArray m_lastSender;
    quint64 m_lastSenderHash = 0;
};
