#pragma once

#include "reputation/ReputationCheck.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>

// What one message the board sent shows about how it is sent, read from its header as a
// receiving mailbox kept it ("Show original" in Gmail, "View source" in Outlook): the From domain
// DMARC protects, the envelope domain SPF checks, the DKIM signatures, and the server that handed
// it to the receiver. Only the header is read; the body can be left out when pasting.
struct SentMessage
{
    QByteArray fromDomain; // of the From address, lower case, IDNs as xn--
    QByteArray returnPathDomain; // of Return-Path (the envelope sender); empty for <> or none
    QList<DkimSignatureId> signatures; // in header order
    // The hop into the receiver: the first Received header from the top that names a public
    // address ("from HELO (rDNS [IP]) by receiver"). A private address is a hop inside a network.
    QHostAddress sendingAddress;
    QByteArray helo; // the name the sending server gave, as that header records it
    QByteArray receivedBy; // the receiver's host name, after "by"

    bool isEmpty() const { return fromDomain.isEmpty() && returnPathDomain.isEmpty() && signatures.isEmpty(); }
    // The board's own signature: the first by a domain aligned with the From domain, else the first.
    std::optional<DkimSignatureId> ownSignature() const;
    // Fills what the request leaves empty: domain, envelope domain, selector with its d=, the
    // sending address and the HELO name.
    void fill(ReputationRequest* request) const;

    // Reads the header section (CRLF or LF lines, folded or not; blank lines before it skipped).
    static SentMessage read(QByteArrayView message);
    // The header fields of a message, unfolded (RFC 5322 §2.2.3), up to the first empty line.
    static QList<QByteArray> headerFields(QByteArrayView message);
    // The domain of the address in a From, Sender or Return-Path value: the last <...> if there is
    // one, else the word holding '@' outside comments. Empty when there is none.
    static QByteArray addressDomain(QByteArrayView value);
};
