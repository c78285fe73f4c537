#pragma once

#include "mail/DeliveryEvent.h"
#include "mail/MailLogParser.h"

#include <QByteArrayList>
#include <QDateTime>

// Events as one readable line each, so parser tests compare whole events in one QCOMPARE:
// "failed a@b.example code=550 status=5.1.1 cmd=RCPT TO host=mx.b.example ip=192.0.2.1 from=s@x | text".
inline QByteArray eventText(const DeliveryEvent& e)
{
    const char* action = e.action == DeliveryAction::Failed ? "failed"
        : e.action == DeliveryAction::Delayed               ? "delayed"
                                                            : "delivered";
    QByteArray text = QByteArray(action) + (e.retryTimeout ? " (timeout) " : " ") + e.recipient;
    if (e.replyCode)
        text += " code=" + QByteArray::number(e.replyCode);
    if (!e.enhancedStatus.isEmpty())
        text += " status=" + e.enhancedStatus;
    if (!e.command.isEmpty())
        text += " cmd=" + e.command;
    if (!e.remoteHost.isEmpty())
        text += " host=" + e.remoteHost;
    if (!e.remoteIp.isEmpty())
        text += " ip=" + e.remoteIp;
    if (!e.sender.isEmpty())
        text += " from=" + e.sender;
    if (!e.diagnostic.isEmpty())
        text += " | " + e.diagnostic;
    return text;
}

inline QByteArray utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
}

// Feeds lines to a parser and collects its events.
inline QList<DeliveryEvent> parseAll(
    MailLogParser& parser, const QByteArrayList& lines, QList<LineVerdict>* verdicts = nullptr)
{
    QList<DeliveryEvent> events;
    parser.setSink([&](const DeliveryEvent& e) { events.append(e); });
    quint32 number = 0;
    for (const QByteArray& line : lines) {
        const LineVerdict verdict = parser.parseLine(line, { 0, ++number, 0 });
        if (verdicts)
            verdicts->append(verdict);
    }
    parser.finish();
    return events;
}
