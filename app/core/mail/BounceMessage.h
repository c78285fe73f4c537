#pragma once

#include "mail/DeliveryEvent.h"
#include "mail/MimeMessage.h"

#include <QByteArray>
#include <QList>
#include <QString>

// What a bounce notification says, read from its MIME structure: the failed (or delayed)
// recipients of a delivery status notification (RFC 3464), a complaint report (ARF, RFC 5965),
// or an auto-reply (RFC 3834), and which message of the board's it answers.
struct BounceMessage
{
    enum class Kind
    {
        NotABounce, // nothing here says a delivery failed
        Bounce, // recipients failed (or were delayed: their action says so)
        AutoReply, // "not a bounce: vacation"
        Feedback, // a complaint report: "not a bounce: feedback"
    };

    struct Recipient
    {
        QByteArray address; // lower case
        DeliveryAction action = DeliveryAction::Failed;
        QByteArray status; // "5.1.1", or empty
        quint16 replyCode = 0;
        QByteArray remoteHost; // Remote-MTA
        QByteArray diagnostic; // Diagnostic-Code without its type ("smtp;"), unfolded

        // The delivery event this recipient stands for, for the classifier and the ledger.
        DeliveryEvent event() const;
    };

    Kind kind = Kind::NotABounce;
    QList<Recipient> recipients;
    QByteArray reportingMta;
    QByteArray feedbackType; // ARF: "abuse", "fraud", ...
    // The board's message that bounced, when the notice carries it (whole or its header).
    QByteArray originalMessageId;
    QString originalSubject;
    QString subject; // of the notice itself

    // Reads message. Only standard structures so far: RFC 3464 delivery-status parts, ARF
    // feedback-report parts, RFC 3834 / vacation auto-replies.
    static BounceMessage read(const MimeMessage& message);
};
