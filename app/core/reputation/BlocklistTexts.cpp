#include "reputation/Blocklists.h"

#include <QCoreApplication>

namespace {

// Every text of resources/data/blocklists.json the owner may read (meanings of answers, advice,
// notes, removal policies and times), once each, for lupdate: the JSON is data, which lupdate does
// not read. TestBlocklistTexts fails when the two differ. List names stay as the lists spell them.
constexpr const char* texts[] = {
    // Spamhaus ZEN
    QT_TRANSLATE_NOOP("Blocklist", "SBL: a spam source or spam operation Spamhaus tracks by hand"),
    QT_TRANSLATE_NOOP("Blocklist", "CSS: the address sent low-reputation mail, often from a compromised site or form"),
    QT_TRANSLATE_NOOP("Blocklist", "XBL: the address showed signs of an infected or hijacked machine"),
    QT_TRANSLATE_NOOP("Blocklist", "DROP: the address is in a network Spamhaus says no one should route"),
    QT_TRANSLATE_NOOP("Blocklist", "PBL (ISP): the provider says this address should not send mail directly"),
    QT_TRANSLATE_NOOP("Blocklist",
        "PBL (Spamhaus): the address looks like end-user space that should not send mail "
        "directly"),
    QT_TRANSLATE_NOOP("Blocklist", "BCL: the address is a botnet controller"),
    QT_TRANSLATE_NOOP("Blocklist", "the zone name was mistyped"),
    QT_TRANSLATE_NOOP("Blocklist", "Check the list's zone in Mailroom's data."),
    QT_TRANSLATE_NOOP("Blocklist", "Spamhaus refuses queries sent through public or open resolvers"),
    QT_TRANSLATE_NOOP("Blocklist", "Check with your own resolver (Settings, nameserver) or a free Spamhaus DQS key."),
    QT_TRANSLATE_NOOP("Blocklist", "too many queries from this resolver"),
    QT_TRANSLATE_NOOP("Blocklist", "Check again later or with a free Spamhaus DQS key."),
    QT_TRANSLATE_NOOP("Blocklist",
        "Self-service removal for CSS, XBL and Spamhaus PBL once the cause is fixed; SBL "
        "listings are removed at the request of the network's owner (your hosting provider); "
        "ISP PBL listings are the provider's to lift."),
    //: How long the list typically takes to act on a removal request
    QT_TRANSLATE_NOOP("Blocklist", "minutes to a day"),

    // Spamhaus DBL
    QT_TRANSLATE_NOOP("Blocklist", "a domain used for spam"),
    QT_TRANSLATE_NOOP("Blocklist", "a domain used for phishing"),
    QT_TRANSLATE_NOOP("Blocklist", "a domain used for malware"),
    QT_TRANSLATE_NOOP("Blocklist", "a domain used for botnet control"),
    QT_TRANSLATE_NOOP("Blocklist", "an abused legitimate domain used for spam"),
    QT_TRANSLATE_NOOP("Blocklist", "an abused legitimate domain used as a spam redirector"),
    QT_TRANSLATE_NOOP("Blocklist", "an abused legitimate domain used for phishing"),
    QT_TRANSLATE_NOOP("Blocklist", "an abused legitimate domain used for malware"),
    QT_TRANSLATE_NOOP("Blocklist", "an abused legitimate domain used for botnet control"),
    QT_TRANSLATE_NOOP("Blocklist", "the list was asked about an IP address; it takes domains only"),
    QT_TRANSLATE_NOOP("Blocklist", "This is a fault in the query, not a listing."),
    QT_TRANSLATE_NOOP("Blocklist",
        "Fix what the listing names (a compromised site, a form that sends spam), then ask "
        "through the checker."),
    //: How long the list typically takes to act on a removal request
    QT_TRANSLATE_NOOP("Blocklist", "a day"),

    // Barracuda BRBL
    QT_TRANSLATE_NOOP("Blocklist", "Barracuda saw spam or poor sending practice from this address"),
    QT_TRANSLATE_NOOP("Blocklist",
        "Barracuda answers only resolvers whose addresses are registered with it; elsewhere "
        "the check ends as unknown."),
    QT_TRANSLATE_NOOP("Blocklist", "Manual review; give a phone number; do not send the request twice."),
    //: How long the list typically takes to act on a removal request
    QT_TRANSLATE_NOOP("Blocklist", "12 to 24 hours"),

    // SpamCop
    QT_TRANSLATE_NOOP("Blocklist", "SpamCop users reported mail from this address as spam"),
    QT_TRANSLATE_NOOP("Blocklist", "No removal by request: a listing ends about 24 hours after the last report."),
    //: How long the list typically takes to act on a removal request
    QT_TRANSLATE_NOOP("Blocklist", "24 hours"),

    // UCEPROTECT level 1
    QT_TRANSLATE_NOOP("Blocklist", "this address hit UCEPROTECT's spam traps"),
    QT_TRANSLATE_NOOP("Blocklist", "Large mailbox providers reportedly do not use UCEPROTECT."),
    QT_TRANSLATE_NOOP("Blocklist",
        "Expires 7 days after the last trap hit; paid express removal exists and is not "
        "needed."),
    //: How long the list typically takes to act on a removal request
    QT_TRANSLATE_NOOP("Blocklist", "7 days"),

    // UCEPROTECT level 2
    QT_TRANSLATE_NOOP("Blocklist", "the address's network (a hosting provider's range) has too many level 1 listings"),
    QT_TRANSLATE_NOOP("Blocklist", "Ends when the provider's range is clean; ask the hosting provider."),
    //: How long the list typically takes to act on a removal request
    QT_TRANSLATE_NOOP("Blocklist", "weeks"),

    // UCEPROTECT level 3
    QT_TRANSLATE_NOOP("Blocklist", "the address's network (its autonomous system) has too many level 1 listings"),
    QT_TRANSLATE_NOOP("Blocklist", "Ends when the provider's network is clean; ask the hosting provider."),

    // PSBL
    QT_TRANSLATE_NOOP("Blocklist", "this address sent mail to PSBL's spam traps"),
    QT_TRANSLATE_NOOP("Blocklist", "Anyone may remove an address; it comes back if the traps see it again."),
    //: How long the list typically takes to act on a removal request
    QT_TRANSLATE_NOOP("Blocklist", "30 minutes"),

    // Mailspike
    QT_TRANSLATE_NOOP("Blocklist", "Mailspike lists this address for spam or a very poor reputation"),
    QT_TRANSLATE_NOOP("Blocklist", "Self-service removal after the cause is fixed."),
    //: How long the list typically takes to act on a removal request
    QT_TRANSLATE_NOOP("Blocklist", "6 to 36 hours"),

    // SpamRATS
    QT_TRANSLATE_NOOP(
        "Blocklist", "RATS-Dyna: a dynamic or generic-looking address that should not send mail directly"),
    QT_TRANSLATE_NOOP("Blocklist", "RATS-NoPtr: the address has no reverse DNS name"),
    QT_TRANSLATE_NOOP("Blocklist", "RATS-Spam: spam seen from this address"),
    QT_TRANSLATE_NOOP("Blocklist", "RATS-Auth: brute-force logins seen from this address"),
    QT_TRANSLATE_NOOP("Blocklist", "Dyna and NoPtr removals need a fixed, non-generic reverse DNS name first."),

    // Sender Score blocklist (Validity)
    QT_TRANSLATE_NOOP("Blocklist", "Validity's reputation data puts this address on its blocklist"),
    QT_TRANSLATE_NOOP("Blocklist", "Validity answers only registered resolvers, or this one is over its quota"),
    QT_TRANSLATE_NOOP(
        "Blocklist", "Register your resolver's address at https://my.validity.com, or leave this list out."),
    QT_TRANSLATE_NOOP("Blocklist",
        "Improve the reputation data (complaints, traps, unknown users); requests go through "
        "Validity."),
    //: How long the list typically takes to act on a removal request
    QT_TRANSLATE_NOOP("Blocklist", "days"),

    // DNSWL
    QT_TRANSLATE_NOOP("Blocklist", "allowlisted, trust none"),
    QT_TRANSLATE_NOOP("Blocklist", "allowlisted, low trust"),
    QT_TRANSLATE_NOOP("Blocklist", "allowlisted, medium trust"),
    QT_TRANSLATE_NOOP("Blocklist", "allowlisted, high trust"),
    QT_TRANSLATE_NOOP("Blocklist", "DNSWL refuses queries from this resolver (over its limit, or a public resolver)"),
    QT_TRANSLATE_NOOP("Blocklist", "Check with your own resolver."),
    QT_TRANSLATE_NOOP("Blocklist", "An allowlist: being on it helps; nothing to remove."),
};

} // namespace

namespace Blocklists {

QString translated(const QString& text)
{
    if (text.isEmpty())
        return text;
    return QCoreApplication::translate("Blocklist", text.toUtf8().constData());
}

QList<const char*> sourceTexts()
{
    return QList<const char*>(std::begin(texts), std::end(texts));
}

} // namespace Blocklists
