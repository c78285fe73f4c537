#pragma once

#include "mail/DeliveryEvent.h"
#include "mail/MimeMessage.h"

#include <QByteArray>
#include <QList>
#include <QString>

class BounceClassifier;

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
        QByteArray command; // the SMTP command the reply answered, when the notice says

        // The delivery event this recipient stands for, unclassified.
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
    QString from; // of the notice itself, as written
    QByteArray returnedTo; // the notice's addressee: the sender of the message that bounced
    qint64 time = 0; // the notice's Date, ms UTC; 0 when it has none that parses

    // The notice's events for the ledger, classified: failed and delayed recipients with the
    // reason their texts give (a failure after the retry time ran out is "expired" unless the
    // text says something firmer), and one "vacation" or "feedback" event for an auto-reply or
    // a complaint report.
    QList<DeliveryEvent> events(const BounceClassifier& classifier) const;

    // Reads message: RFC 3464 delivery-status parts, ARF feedback-report parts, RFC 3834 and
    // vacation auto-replies, X-Failed-Recipients, and the human-readable text of notices that
    // have none of these (NoticeText), which also fills in diagnostics the fields leave out.
    static BounceMessage read(const MimeMessage& message);
};
