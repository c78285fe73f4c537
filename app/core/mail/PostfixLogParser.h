#pragma once

#include "mail/MailLogParser.h"

#include <QByteArray>
#include <QHash>

#include <vector>

// Postfix logs through syslog ("Jan  5 10:00:00 host postfix/smtp[1]: ..."), with RFC 3339
// stamps, or Postfix's own maillog_file ("Jan 05 ..."). Per queue id: qmgr "from=", delivery
// agents' "to=... status=", qmgr "status=expired, returned to sender", "removed".
class PostfixLogParser : public MailLogParser
{
public:
    LineVerdict parseLine(QByteArrayView line, const SourceLocation& where) override;

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
        QByteArray messageId;
        std::vector<Pending> deferred; // recipients whose last word was "deferred"
    };

    bool parseHeader(QByteArrayView line, qint64* time, QByteArrayView* program, QByteArrayView* text) const;
    void parseRecipientLine(QByteArrayView queueId, QByteArrayView text, DeliveryEvent& event);
    void expire(QByteArrayView queueId, DeliveryEvent& event);

    QHash<QByteArray, Message> m_messages;
};
