#pragma once

#include "bounces/BounceScan.h"

#include <QDateTime>
#include <QTimeZone>

#include <memory>

// Hand-built recipients for the GUI tests, so they do not depend on the log parsers. Times are
// noon UTC on days of March 2025 (February for dave).
namespace SampleRecipients {

inline qint64 noonUtc(int month, int day)
{
    return QDateTime(QDate(2025, month, day), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
}

inline RecipientRecord record(const char* address, BounceCategory category, BounceReason reason, quint32 failures,
                              quint32 deferrals, qint64 firstSeen, qint64 lastSeen, const char* reply)
{
    RecipientRecord r;
    r.address = address;
    r.category = category;
    r.reason = reason;
    r.failures = failures;
    r.deferrals = deferrals;
    r.firstSeen = firstSeen;
    r.lastSeen = lastSeen;
    r.lastReply = reply;
    return r;
}

inline std::vector<RecipientRecord> five()
{
    std::vector<RecipientRecord> out;

    RecipientRecord anna = record("anna@gmail.com", BounceCategory::Hard, BounceReason::UserUnknown, 3, 0,
                                  noonUtc(3, 1), noonUtc(3, 10),
                                  "550-5.1.1 The email account that you tried to reach does not exist.\n"
                                  "550 5.1.1 Please try double-checking the recipient's email address");
    anna.userId = 11;
    anna.userType = "seeker";
    anna.userName = QStringLiteral("Anna Müller");
    anna.lastCode = 550;
    anna.lastStatus = "5.1.1";
    anna.sender = "alerts@board.example";
    anna.senderKind = SenderKind::Board;
    out.push_back(anna);

    out.push_back(record("bob@example.org", BounceCategory::Soft, BounceReason::MailboxFull, 1, 4, noonUtc(3, 2),
                         noonUtc(3, 5), "452 4.2.2 Mailbox full"));

    RecipientRecord carla = record("carla@mail.example.org", BounceCategory::Blocked, BounceReason::Blocked, 2, 0,
                                   noonUtc(3, 3), noonUtc(3, 12),
                                   "550 5.7.1 Service unavailable; part of their network is on our block list");
    carla.userId = 7;
    carla.userType = "employer";
    carla.userName = QStringLiteral("Carla Díaz");
    out.push_back(carla);

    RecipientRecord dave = record("dave@yahoo.com", BounceCategory::Hard, BounceReason::MailboxFull, 4, 0,
                                  noonUtc(2, 20), noonUtc(3, 8), "552 5.2.2 Mailbox over quota");
    dave.escalated = true;
    dave.userId = 3;
    dave.userType = "seeker";
    dave.userName = QStringLiteral("Dave Old");
    out.push_back(dave);

    out.push_back(record("eve@outlook.com", BounceCategory::None, BounceReason::Vacation, 0, 1, noonUtc(3, 4),
                         noonUtc(3, 4), "421 4.7.0 Try again later"));
    return out;
}

inline std::shared_ptr<BounceScanResult> fiveAsResult()
{
    auto result = std::make_shared<BounceScanResult>();
    result->recipients = five();
    for (const RecipientRecord& r : result->recipients) {
        const qint64 day = r.lastSeen / (24 * 3600 * 1000);
        result->dailyFailures[day][std::size_t(r.category)] += r.failures;
    }
    result->events = 15;
    result->summary = BounceSummary::of(result->recipients);
    return result;
}

} // namespace SampleRecipients
