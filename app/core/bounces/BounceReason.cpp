#include "bounces/BounceReason.h"

#include <QCoreApplication>

namespace {

struct ReasonInfo
{
    const char* name;
    BounceCategory category;
};

// Indexed by BounceReason; the static_assert below keeps both in step.
constexpr ReasonInfo reasonTable[] = {
    { "userunknown", BounceCategory::Hard },
    { "hostunknown", BounceCategory::Hard },
    { "hasmoved", BounceCategory::Hard },
    { "notaccept", BounceCategory::Hard },
    { "mailboxfull", BounceCategory::Soft },
    { "suspend", BounceCategory::Soft },
    { "exceedlimit", BounceCategory::Soft },
    { "systemfull", BounceCategory::Soft },
    { "filtered", BounceCategory::Soft },
    { "expired", BounceCategory::Soft },
    { "networkerror", BounceCategory::Soft },
    { "systemerror", BounceCategory::Soft },
    { "mailererror", BounceCategory::Soft },
    { "syntaxerror", BounceCategory::Soft },
    { "onhold", BounceCategory::Soft },
    { "undefined", BounceCategory::Soft },
    { "blocked", BounceCategory::Blocked },
    { "badreputation", BounceCategory::Blocked },
    { "spamdetected", BounceCategory::Blocked },
    { "requireptr", BounceCategory::Blocked },
    { "authfailure", BounceCategory::Blocked },
    { "policyviolation", BounceCategory::Blocked },
    { "securityerror", BounceCategory::Blocked },
    { "virusdetected", BounceCategory::Blocked },
    { "contenterror", BounceCategory::Blocked },
    { "notcompliantrfc", BounceCategory::Blocked },
    { "rejected", BounceCategory::Blocked },
    { "norelaying", BounceCategory::Blocked },
    { "toomanyconn", BounceCategory::Blocked },
    { "speeding", BounceCategory::Blocked },
    { "mesgtoobig", BounceCategory::Blocked },
    { "failedstarttls", BounceCategory::Blocked },
    { "vacation", BounceCategory::None },
    { "feedback", BounceCategory::None },
    { "delivered", BounceCategory::None },
    { "delayed", BounceCategory::None },
};
static_assert(std::size(reasonTable) == BounceReasonCount);

constexpr const char* categoryNames[] = { "hard", "soft", "blocked", "none" };
static_assert(std::size(categoryNames) == BounceCategoryCount);

} // namespace

QByteArrayView reasonName(BounceReason reason)
{
    return QByteArrayView(reasonTable[int(reason)].name);
}

bool reasonFromName(QByteArrayView name, BounceReason* reason)
{
    for (int i = 0; i < BounceReasonCount; ++i) {
        if (name == QByteArrayView(reasonTable[i].name)) {
            *reason = BounceReason(i);
            return true;
        }
    }
    return false;
}

BounceCategory categoryOf(BounceReason reason)
{
    return reasonTable[int(reason)].category;
}

QByteArrayView categoryName(BounceCategory category)
{
    return QByteArrayView(categoryNames[int(category)]);
}

bool categoryFromName(QByteArrayView name, BounceCategory* category)
{
    for (int i = 0; i < BounceCategoryCount; ++i) {
        if (name == QByteArrayView(categoryNames[i])) {
            *category = BounceCategory(i);
            return true;
        }
    }
    return false;
}

QString categoryTitle(BounceCategory category)
{
    switch (category) {
    case BounceCategory::Hard:
        return QCoreApplication::translate("BounceReason", "Hard bounce");
    case BounceCategory::Soft:
        return QCoreApplication::translate("BounceReason", "Soft bounce");
    case BounceCategory::Blocked:
        return QCoreApplication::translate("BounceReason", "Blocked by receiver");
    case BounceCategory::None:
        return QCoreApplication::translate("BounceReason", "Not a bounce");
    }
    return {};
}

QString reasonTitle(BounceReason reason)
{
    // clang-format off
    switch (reason) {
    case BounceReason::UserUnknown: return QCoreApplication::translate("BounceReason", "Unknown mailbox");
    case BounceReason::HostUnknown: return QCoreApplication::translate("BounceReason", "Unknown domain");
    case BounceReason::HasMoved: return QCoreApplication::translate("BounceReason", "Mailbox moved");
    case BounceReason::NotAccept: return QCoreApplication::translate("BounceReason", "Domain accepts no mail");
    case BounceReason::MailboxFull: return QCoreApplication::translate("BounceReason", "Mailbox full");
    case BounceReason::Suspend: return QCoreApplication::translate("BounceReason", "Mailbox suspended");
    case BounceReason::ExceedLimit: return QCoreApplication::translate("BounceReason", "Over a recipient limit");
    case BounceReason::SystemFull: return QCoreApplication::translate("BounceReason", "Receiving server full");
    case BounceReason::Filtered: return QCoreApplication::translate("BounceReason", "Filtered by recipient");
    case BounceReason::Expired: return QCoreApplication::translate("BounceReason", "Gave up retrying");
    case BounceReason::NetworkError: return QCoreApplication::translate("BounceReason", "Network or DNS problem");
    case BounceReason::SystemError: return QCoreApplication::translate("BounceReason", "Receiving server error");
    case BounceReason::MailerError: return QCoreApplication::translate("BounceReason", "Local delivery program failed");
    case BounceReason::SyntaxError: return QCoreApplication::translate("BounceReason", "SMTP protocol error");
    case BounceReason::OnHold: return QCoreApplication::translate("BounceReason", "Unclear, needs a look");
    case BounceReason::Undefined: return QCoreApplication::translate("BounceReason", "Unknown reason");
    case BounceReason::Blocked: return QCoreApplication::translate("BounceReason", "Sending IP blocked");
    case BounceReason::BadReputation: return QCoreApplication::translate("BounceReason", "Poor sender reputation");
    case BounceReason::SpamDetected: return QCoreApplication::translate("BounceReason", "Judged as spam");
    case BounceReason::RequirePtr: return QCoreApplication::translate("BounceReason", "Missing reverse DNS");
    case BounceReason::AuthFailure: return QCoreApplication::translate("BounceReason", "SPF, DKIM or DMARC failed");
    case BounceReason::PolicyViolation: return QCoreApplication::translate("BounceReason", "Receiver policy");
    case BounceReason::SecurityError: return QCoreApplication::translate("BounceReason", "Security rejection");
    case BounceReason::VirusDetected: return QCoreApplication::translate("BounceReason", "Virus found");
    case BounceReason::ContentError: return QCoreApplication::translate("BounceReason", "Content refused");
    case BounceReason::NotCompliantRfc: return QCoreApplication::translate("BounceReason", "Message not standard");
    case BounceReason::Rejected: return QCoreApplication::translate("BounceReason", "Sender address refused");
    case BounceReason::NoRelaying: return QCoreApplication::translate("BounceReason", "Relaying denied");
    case BounceReason::TooManyConn: return QCoreApplication::translate("BounceReason", "Too many connections");
    case BounceReason::Speeding: return QCoreApplication::translate("BounceReason", "Sending too fast");
    case BounceReason::MesgTooBig: return QCoreApplication::translate("BounceReason", "Message too big");
    case BounceReason::FailedStartTls: return QCoreApplication::translate("BounceReason", "TLS encryption failed");
    case BounceReason::Vacation: return QCoreApplication::translate("BounceReason", "Auto-reply");
    case BounceReason::Feedback: return QCoreApplication::translate("BounceReason", "Complaint report");
    case BounceReason::Delivered: return QCoreApplication::translate("BounceReason", "Delivered");
    case BounceReason::Delayed: return QCoreApplication::translate("BounceReason", "Delayed, still retrying");
    }
    // clang-format on
    return {};
}

QString reasonExplanation(BounceReason reason)
{
    switch (categoryOf(reason)) {
    case BounceCategory::Hard:
        if (reason == BounceReason::HostUnknown)
            return QCoreApplication::translate("BounceReason",
                "The address's domain does not exist or takes no mail. Correct the address or "
                "archive the user.");
        return QCoreApplication::translate("BounceReason",
            "The receiving server says this address does not exist. Ask the user for a new address, "
            "correct it, or archive the user.");
    case BounceCategory::Soft:
        if (reason == BounceReason::MailboxFull)
            return QCoreApplication::translate("BounceReason",
                "The mailbox exists but is full. Mail will work again once the user makes room; "
                "watch it, and act only if it keeps failing.");
        return QCoreApplication::translate("BounceReason",
            "The address is probably alive, but this mail did not get through. Watch it; Mailroom "
            "counts it as hard if it keeps failing.");
    case BounceCategory::Blocked:
        if (reason == BounceReason::AuthFailure)
            return QCoreApplication::translate("BounceReason",
                "The receiver could not verify that the board may send for its domain (SPF, DKIM or "
                "DMARC). Fix the board's DNS records; the user's address is fine.");
        if (reason == BounceReason::MesgTooBig)
            return QCoreApplication::translate("BounceReason",
                "The message was larger than the receiver accepts. Send smaller mail; the user's "
                "address is fine.");
        return QCoreApplication::translate("BounceReason",
            "The receiver refused mail because of the board's sending server or its mail, not because "
            "of the user. Do not change the user; check the board's IP and domain reputation.");
    case BounceCategory::None:
        break;
    }
    if (reason == BounceReason::Delayed)
        return QCoreApplication::translate("BounceReason",
            "The receiver asked to try again later and the server is still retrying. Nothing to do yet.");
    return QCoreApplication::translate("BounceReason", "Not a delivery failure; nothing to do.");
}
