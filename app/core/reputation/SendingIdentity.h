#pragma once

#include "bounces/BounceLedger.h"

#include <QStringList>

#include <vector>

// The board's own sending addresses and domain, as the bounces show them, so the Reputation
// page can start from what the receivers complained about.
struct SendingIdentity
{
    QStringList addresses; // most often named first; at most three
    QString domain; // of the board's own notification sender
};

namespace SendingIdentities {

// Addresses come from the replies of refused mail that name the sender ("Messages from
// 203.0.113.5", "IP 203.0.113.5", "[203.0.113.5]", "ip=203.0.113.5", T-Online's "IP=..."); the
// receiving server's own address and special-use ranges are left out. The domain is the one of
// the sender the ledger marked as the board's.
SendingIdentity fromBounces(const std::vector<RecipientRecord>& recipients);
// The sender's IP addresses named in one reply, in the order they appear.
QStringList addressesInReply(QByteArrayView reply);

} // namespace SendingIdentities
