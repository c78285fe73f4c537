#pragma once

#include "mail/DeliveryEvent.h"

#include <QByteArrayView>

#include <array>
#include <functional>
#include <memory>

class BounceClassifier;

class LogClock;

// What a parser says of one line.
enum class LineVerdict
{
    Used, // produced events or updated message state
    Ignored, // a valid line of the format that says nothing about delivery
    Malformed, // does not follow the format (no timestamp or header)
};

// What the first half of parsing found in a line, as places in the line. Its meaning belongs to
// the parser that wrote it.
struct LexedLine
{
    struct Span
    {
        quint32 at = 0;
        quint32 size = 0;

        QByteArrayView in(QByteArrayView line) const { return {line.data() + at, qsizetype(size)}; }
    };

    static Span spanOf(QByteArrayView part, QByteArrayView line)
    {
        return {quint32(part.data() - line.data()), quint32(part.size())};
    }

    quint8 kind = 0;
    quint8 detail = 0;
    std::array<Span, 5> spans {};
    // Worked out while lexing so that apply() need not read the line again: the line's bytes
    // were last touched by another thread, and reading them costs a cache miss a line.
    quint64 hash = 0; // of an address
    quint64 key = 0; // of the message's id
    std::unique_ptr<DeliveryEvent> event; // built and classified early, for the few lines that fail
};

// Parsers read one line at a time, keep per-message state (sender, pending recipients) and
// emit events. State is dropped when the MTA logs the message as completed/removed, so it
// grows with messages in flight, not with the log.
//
// Parsing is two steps. lex() looks at one line on its own: it keeps no state, so the scanner
// runs it on blocks of lines on several threads at once, and it drops most lines (Ignored). apply()
// then takes the lexed lines in log order and does everything that needs the state.
class MailLogParser
{
public:
    using EventSink = std::function<void(const DeliveryEvent&)>;

    virtual ~MailLogParser() = default;

    // Used: apply() must see the line; Ignored and Malformed: it need not.
    virtual LineVerdict lex(QByteArrayView line, LexedLine& lexed) const = 0;
    virtual LineVerdict apply(QByteArrayView line, LexedLine& lexed, const SourceLocation& where) = 0;

    // Both steps at once, for one line.
    LineVerdict parseLine(QByteArrayView line, const SourceLocation& where)
    {
        LexedLine lexed;
        const LineVerdict verdict = lex(line, lexed);
        return verdict == LineVerdict::Used ? apply(line, lexed, where) : verdict;
    }
    // Called at the end of input; emits nothing by default.
    virtual void finish() { }

    void setSink(EventSink sink) { m_sink = std::move(sink); }
    // Asked before a successful delivery is turned into an event. Most log lines are deliveries
    // to addresses that never failed; answering false spares building an event for each.
    void setDeliveryFilter(std::function<bool(QByteArrayView recipient, quint64 hash)> filter)
    {
        m_deliveryFilter = std::move(filter);
    }
    void setClock(LogClock* clock) { m_clock = clock; }
    // With a classifier, lex() may classify the events it builds (see DeliveryEvent::reason).
    void setClassifier(const BounceClassifier* classifier) { m_classifier = classifier; }

protected:
    void emitEvent(const DeliveryEvent& event) const
    {
        if (m_sink)
            m_sink(event);
    }

    // hash: ParseHelpers::addressHash(recipient).
    bool wantsDelivery(QByteArrayView recipient, quint64 hash) const
    {
        return !m_deliveryFilter || m_deliveryFilter(recipient, hash);
    }

    LogClock* m_clock = nullptr;
    const BounceClassifier* m_classifier = nullptr;

private:
    std::function<bool(QByteArrayView, quint64)> m_deliveryFilter;
    EventSink m_sink;
};
