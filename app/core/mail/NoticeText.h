#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>

class MimeMessage;

// The human-readable side of a bounce notice. Many servers (qmail, Exchange, the providers'
// own systems, older Sendmail) send no delivery-status part at all: the failed recipients and
// the remote server's reply are only in the text, in each engine's own layout. Rather than one
// decoder per engine, the text is read by the shapes they share: a recipient stands on a line
// of its own (or starts it, or follows a recipient label, or is the argument of RCPT TO), and
// what follows it up to the next recipient is its diagnostic.
namespace NoticeText {

// The notice's own text, as UTF-8: its text/plain parts (HTML with the tags taken out when
// there is no plain text), cut where the copy of the returned message starts. Line ends are LF.
QByteArray of(const MimeMessage& message);
// The same, and the first To address of the returned copy when the text holds one.
QByteArray ofWithCopy(const MimeMessage& message, QByteArray* copyTo);

// Whether the message presents itself as a delivery failure notice (a mailer-daemon or
// postmaster sender, an empty Return-Path, an automatic message with a failure subject), so
// that addresses in an ordinary letter are never taken for bounces.
bool looksLikeNotice(const MimeMessage& message);
// Whether its From is a mailer daemon, a postmaster or a "Mail Delivery System".
bool fromMailSystem(const MimeMessage& message);

struct Failure
{
    QByteArray address; // lower case
    QByteArray diagnostic; // the text that belongs to it, on one line
    QByteArray status; // enhanced status in the diagnostic, or empty
    quint16 replyCode = 0; // the remote server's reply code in the diagnostic, or 0
    QByteArray remoteHost;
    QByteArray command; // "RCPT TO", "MAIL FROM", "DATA", or empty
};

// The recipients text names as failed, in order, each once. Addresses in notRecipients (the
// board's own, the notice's sender) and those of mailer-daemon or postmaster are never taken.
QList<Failure> failures(QByteArrayView text, const QSet<QByteArray>& notRecipients);

// What follows the notice's introduction (the last line ending in a colon), on one line: the
// diagnostic of a lone recipient whose address the text does not repeat.
QByteArray afterIntroduction(QByteArrayView text);

// The SMTP command a diagnostic says the reply answered ("after RCPT TO:", "in reply to end
// of DATA command", "[RCPT_TO]"), or empty.
QByteArray commandIn(QByteArrayView diagnostic);

// The first SMTP reply code in a diagnostic that is not at its start ("host x [ip]: 550 ...").
quint16 replyCodeIn(QByteArrayView diagnostic);

} // namespace NoticeText
