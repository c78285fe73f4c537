#pragma once

#include "mail/DeliveryEvent.h"

#include <QByteArrayView>

#include <functional>

class LogClock;

// What a parser says of one line.
enum class LineVerdict
{
    Used, // produced events or updated message state
    Ignored, // a valid line of the format that says nothing about delivery
    Malformed, // does not follow the format (no timestamp or header)
};

// Parsers read one line at a time, keep per-message state (sender, pending recipients) and
// emit events. State is dropped when the MTA logs the message as completed/removed, so it
// grows with messages in flight, not with the log.
class MailLogParser
{
public:
    using EventSink = std::function<void(const DeliveryEvent&)>;

    virtual ~MailLogParser() = default;

    virtual LineVerdict parseLine(QByteArrayView line, const SourceLocation& where) = 0;
    // Called at the end of input; emits nothing by default.
    virtual void finish() { }

    void setSink(EventSink sink) { m_sink = std::move(sink); }
    // Asked before a successful delivery is turned into an event. Most log lines are deliveries
    // to addresses that never failed; answering false spares building an event for each.
    void setDeliveryFilter(std::function<bool(QByteArrayView recipient)> filter)
    {
        m_deliveryFilter = std::move(filter);
    }
    void setClock(LogClock* clock) { m_clock = clock; }

protected:
    void emitEvent(const DeliveryEvent& event) const
    {
        if (m_sink)
            m_sink(event);
    }

    bool wantsDelivery(QByteArrayView recipient) const { return !m_deliveryFilter || m_deliveryFilter(recipient); }

    LogClock* m_clock = nullptr;

private:
    std::function<bool(QByteArrayView)> m_deliveryFilter;
    EventSink m_sink;
};
