#pragma once

#include "mail/MailLogParser.h"
#include "mail/SyslogHeader.h"

#include <QByteArray>
#include <QHash>

#include <vector>

// Sendmail logs through syslog as "sendmail[pid]" (submission, the command line) or "sm-mta[pid]"
// (Debian's daemon and queue runs). Per queue id: "from=<s>, ..., nrcpts=N", per delivery
// attempt "to=<r>[,<r2>...], ..., relay=host [ip], dsn=X.Y.Z, [reply=...,] stat=...", bounce
// generation "QID: NEWQID: DSN: <why>" ("return to sender: <why>" before 8.12), and "done".
class SendmailLogParser : public MailLogParser
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
        int undecided = 0; // recipients neither delivered nor failed yet (from nrcpts=)
        std::vector<Pending> deferred; // recipients whose last word was "Deferred"
    };

    qint64 timeOfLine(QByteArrayView line) const;
    void buildEvent(QByteArrayView line, const LexedLine& lexed, DeliveryEvent& event) const;
    LineVerdict applyDelivery(QByteArrayView line, LexedLine& lexed, const SourceLocation& where);
    void expire(quint64 key, QByteArrayView queueId, QByteArrayView why, DeliveryEvent& event);

    // By a 64-bit hash of the queue id, as the Postfix parser.
    QHash<quint64, Message> m_messages;
    QByteArray m_lastSender;
    quint64 m_lastSenderHash = 0;
};
