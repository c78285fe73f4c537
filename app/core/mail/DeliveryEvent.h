#pragma once

#include "bounces/BounceReason.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstdint>
#include <optional>

enum class DeliveryAction : std::uint8_t
{
    Delivered,
    Delayed,
    Failed,
};

// Where an event came from, so the details pane can show the raw line again later without the
// scan keeping every line in memory.
struct SourceLocation
{
    std::uint32_t fileIndex = 0; // index into ScanReport::files
    std::uint32_t lineNumber = 0; // 1-based
    qint64 offset = -1; // byte offset of the line in the decompressed stream
};

// One delivery attempt outcome for one recipient, as read from a log or a bounce message.
// Text fields are raw bytes from the source (UTF-8 in practice); they are decoded only for display.
// They own their bytes (never QByteArray::fromRawData into a read buffer): the ledger shares them.
struct DeliveryEvent
{
    qint64 time = 0; // ms since the epoch, UTC; 0 when unknown
    SourceLocation source;
    DeliveryAction action = DeliveryAction::Failed;
    // True for a final failure after the retry time ran out (Exim "retry timeout exceeded",
    // Postfix "status=expired"): its reason comes from the recipient's last deferral.
    bool retryTimeout = false;
    quint16 replyCode = 0; // 550; 0 when there was no SMTP reply
    QByteArray messageId; // the MTA's queue or message id
    QByteArray sender; // envelope sender, empty for bounces (<>)
    QByteArray recipient; // as logged; matched case-insensitively
    QByteArray remoteHost;
    QByteArray remoteIp;
    QByteArray enhancedStatus; // "5.1.1", or empty
    QByteArray command; // SMTP command the reply answered: "RCPT TO", "MAIL FROM", "DATA", "connect"
    QByteArray diagnostic; // reply or error text, multi-line replies joined by '\n'
    // Set when the parser classified the event already (on a lexing thread); the ledger
    // classifies the others.
    std::optional<BounceReason> reason;
};
