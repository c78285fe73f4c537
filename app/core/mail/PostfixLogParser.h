#pragma once

#include "mail/MailLogParser.h"
#include "mail/ParseHelpers.h"
#include "mail/SyslogHeader.h"

#include <QByteArray>
#include <QHash>

#include <vector>

// Postfix logs through syslog ("Jan  5 10:00:00 host postfix/smtp[1]: ..."), with RFC 3339
// stamps, or Postfix's own maillog_file ("Jan 05 ..."). Per queue id: qmgr "from=", delivery
// agents' "to=... status=", qmgr "status=expired, returned to sender", "removed".
class PostfixLogParser : public MailLogParser
{
public:
    LineVerdict lex(QByteArrayView line, LexedLine& lexed) const override;
    LineVerdict apply(QByteArrayView line, LexedLine& lexed, const SourceLocation& where) override;

private:
    struct Pending
    {
        QByteArray recipient;
        QByteArray remoteHost;
        QByteArray remoteIp;
    };
    struct Message
    {
        QByteArray sender;
        std::vector<Pending> deferred; // recipients whose last word was "deferred"
    };

    using Stamp = SyslogStamp;

    bool parseHeader(QByteArrayView line, Stamp* stamp, QByteArrayView* program, QByteArrayView* text) const;
    qint64 timeOf(const Stamp& stamp) const;
    qint64 timeOfLine(QByteArrayView line) const;
    LineVerdict applyDelivery(QByteArrayView line, LexedLine& lexed, const SourceLocation& where);
    void buildEvent(QByteArrayView line, const LexedLine& lexed, DeliveryEvent& event) const;
    void expire(quint64 key, QByteArrayView queueId, DeliveryEvent& event);

    // By a 64-bit hash of the queue id: two ids in flight at once sharing one is unlikely enough.
    QHash<quint64, Message> m_messages;
    QByteArray m_lastSender;
    quint64 m_lastSenderHash = 0;
};
