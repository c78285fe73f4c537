#pragma once

#include "support/Settings.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QString>
#include <QStringList>

// Removal request letters, written from translatable text templates (RemovalDraft.cpp) with
// the facts of one block filled in. A template names its facts in braces, {ip}; a part between
// {?name} and {/name} is left out when that fact is empty.

struct DraftFacts
{
    QString providerName;
    QString code; // the provider's block code or reference
    QString bounceText; // the refusal as the bounce gave it
    QDateTime bounceAt;
    QHostAddress ip;
    QString ptr; // the address's reverse DNS name
    QString helo;
    QString fromDomain;
    QString envelopeDomain;
    QString spf; // results in words: "pass", "fail (-all)"...
    QString dkim;
    QString dmarc;
    QStringList recipientDomains;
    QStringList fixed; // what was found and fixed
    QStringList otherListings; // other lists the address is on now
    QString toAddress; // where an e-mail request goes, if the provider takes them
    OwnerDetails owner;
};

namespace RemovalDraft {

// Fills a template: {name} by values[name], {?name}...{/name} kept only when values[name] is not
// empty. Unknown names are kept as written, so a translator's typo shows.
QString render(const QString& text, const QHash<QString, QString>& values);

QString subject(const DraftFacts& facts);
QString letter(const DraftFacts& facts);
// The letter as an RFC 5322 message, to open in a mail program: From the owner, To the
// provider's address (if any), the subject encoded when it is not ASCII, UTF-8 body.
QByteArray message(const DraftFacts& facts, const QDateTime& date);
// What the letter still lacks that providers ask for: the owner's name, a contact address,
// the board's URL, the sending address. Translated sentences; empty when complete.
QStringList missing(const DraftFacts& facts);
// What a mail kind key of OwnerDetails::mailKinds is, in words.
QString mailKindText(const QString& key);
QStringList mailKinds(); // every key, in the order to offer them

} // namespace RemovalDraft
