#pragma once

#include <QByteArrayView>
#include <QString>

#include <array>
#include <cstdint>

// Reasons follow the vocabulary the Sisimai project made common (see DESIGN.md), so
// results can be compared with it. The order here is the order of the category table.
enum class BounceReason : std::uint8_t
{
    // hard: the address is dead
    UserUnknown,
    HostUnknown,
    HasMoved,
    NotAccept,
    // soft: the address is alive, the mail did not fit now
    MailboxFull,
    Suspend,
    ExceedLimit,
    SystemFull,
    Filtered,
    Expired,
    NetworkError,
    SystemError,
    MailerError,
    SyntaxError,
    OnHold,
    Undefined,
    // blocked: the sending side is the problem
    Blocked,
    BadReputation,
    SpamDetected,
    RequirePtr,
    AuthFailure,
    PolicyViolation,
    SecurityError,
    VirusDetected,
    ContentError,
    NotCompliantRfc,
    Rejected,
    NoRelaying,
    TooManyConn,
    Speeding,
    MesgTooBig,
    FailedStartTls,
    // not a bounce
    Vacation,
    Feedback,
    Delivered,
    Delayed,
};

inline constexpr int BounceReasonCount = int(BounceReason::Delayed) + 1;

enum class BounceCategory : std::uint8_t
{
    Hard,
    Soft,
    Blocked,
    None,
};

inline constexpr int BounceCategoryCount = 4;

// The reason's name as the CLI prints it and the rules file spells it ("userunknown").
QByteArrayView reasonName(BounceReason reason);
// Parses a name written by reasonName(); false for anything else.
bool reasonFromName(QByteArrayView name, BounceReason* reason);

BounceCategory categoryOf(BounceReason reason);
QByteArrayView categoryName(BounceCategory category); // "hard", "soft", "blocked", "none"
bool categoryFromName(QByteArrayView name, BounceCategory* category);

// Translated words for the GUI: a short title and one sentence of what it means and what to do.
QString reasonTitle(BounceReason reason);
QString reasonExplanation(BounceReason reason);
QString categoryTitle(BounceCategory category);
