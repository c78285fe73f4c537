#include "removal/BlockKnowledge.h"

#include <QCoreApplication>

namespace {

// Every text of resources/data/block-codes.json the owner may read (what a provider asks for in a
// request, its sender requirements, the meaning of each refusal), once each, for lupdate: the JSON is
// data, which lupdate does not read. TestBlockKnowledge fails when the two differ. Provider names and
// codes stay as the providers spell them; a blocklist's removal policy is blocklists.json's.
constexpr const char* texts[] = {
    // Outlook.com, Hotmail, Live and MSN (Microsoft)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "The form asks for the sending IP addresses or ranges (separated by semicolons), "
        "whether they are dedicated or shared, the sending domain, a recipient domain, your "
        "name and contact address, and the full error text with its code (S3150, S3140, "
        "SC-001...). An automatic answer comes within hours: \"mitigated\", or \"does not "
        "qualify\", which you can answer to ask for a person to look again."),

    // Microsoft 365 (Exchange Online Protection)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "The delist portal asks for an email address and the blocked IP address, then sends a "
        "link that must be clicked to confirm. For a banned sender (5.7.511), forward the whole "
        "bounce with the IP address to delist@messaging.microsoft.com instead."),

    // Gmail and Google Workspace
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Google takes no removal requests. Meet its sender requirements below, watch the domain "
        "in Postmaster Tools (https://postmaster.google.com), and send again slowly once they "
        "are met."),
    //: A sender requirement, shown as a checklist item
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Set up SPF or DKIM for the sending domain; both if you send more than 5,000 messages a "
        "day to Gmail."),
    //: A sender requirement, shown as a checklist item
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Publish a DMARC record for the sending domain (p=none is enough); required above 5,000 "
        "messages a day."),
    //: A sender requirement, shown as a checklist item
    QT_TRANSLATE_NOOP("BlockKnowledge", "Use a From: domain that matches the SPF or the DKIM domain."),
    //: A sender requirement, shown as a checklist item
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Give the sending IP address a reverse DNS (PTR) name that points back to the same "
        "address."),
    //: A sender requirement, shown as a checklist item
    QT_TRANSLATE_NOOP("BlockKnowledge", "Send over a TLS connection."),
    //: A sender requirement, shown as a checklist item
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Keep the spam rate that Postmaster Tools shows below 0.1%, and never let it reach "
        "0.3%."),
    //: A sender requirement, shown as a checklist item
    QT_TRANSLATE_NOOP("BlockKnowledge", "Format messages according to RFC 5322."),
    //: A sender requirement, shown as a checklist item
    QT_TRANSLATE_NOOP("BlockKnowledge", "Do not put a gmail.com address in the From: header."),
    //: A sender requirement, shown as a checklist item
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Give job alerts and other subscribed mail a one-click unsubscribe (List-Unsubscribe "
        "and List-Unsubscribe-Post headers) and honour unsubscribes within two days."),

    // Yahoo and AOL
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Yahoo's Sender Hub takes support requests: give the sending IP address, the sending "
        "domain, the error text with its code ([TSS04], [PH01]...) and what you changed. Yahoo "
        "publishes no processing time."),

    // GMX, WEB.DE and mail.com
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "The contact form asks for the sending IP address, the server's host name and the error "
        "text with its case link (the c= and r= values). GMX expects the reverse DNS name as "
        "the HELO name and headers that follow the RFCs."),

    // T-Online (Deutsche Telekom)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Write to the address the bounce names (tosa@rx.t-online.de for a (BL) block) with the "
        "sending IP address, its host name and the web address of your legal notice (Impressum) "
        "on the server's domain. T-Online unblocks unknown or long-silent addresses only on "
        "request."),

    // Comcast (Xfinity)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "The block removal request asks for the sending IP address, the error text with its "
        "code (BL000000...) and your contact details. Blocks caused by a public list named in "
        "the code (Spamhaus, Cloudmark, Sender Score) end when that list removes the address."),

    // iCloud Mail (Apple)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Write to icloudadmin@apple.com with your company name, the sending domain, the IP "
        "addresses of your mail servers, the exact errors from iCloud's servers and when the "
        "problem started."),

    // Cox
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Write to unblock.request@cox.net with the sending IP address and the error text with "
        "its AUP# code; Cox decides at its own discretion. A CDRBL block ends by itself within "
        "24 hours."),

    // microsoft-consumer S3150 (ip-reputation)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Outlook.com refuses mail from the board's sending IP address because Microsoft has the "
        "address, or its network, on its own block list. The recipients are fine. Fix whatever "
        "sent unwanted mail, then ask Microsoft to remove the address with its form, quoting "
        "the code."),

    // microsoft-consumer SC-001 (ip-reputation)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Outlook.com refused the board's sending IP address in an older format (SC-001 to "
        "SC-003, OU-001, OU-002): the address or its network is on Microsoft's block list, for "
        "its mail or for how the server behaves. Ask for removal with Microsoft's form, quoting "
        "the code."),

    // microsoft-consumer S775 (ip-reputation)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Outlook.com is slowing down mail from the board's IP address because its reputation "
        "dropped. The mail is retried; send less at a time and watch the address in Microsoft's "
        "SNDS."),

    // microsoft-consumer 4.7.652 (rate)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Outlook.com refused more connections from the board's server: it opened too many at "
        "once. Lower the number of parallel connections to Microsoft; the mail is retried."),

    // microsoft-consumer 4.7.500 (rate)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Outlook.com asked the board's server to try again later. This is usually temporary; if "
        "it lasts for days, the address's reputation is the cause."),

    // microsoft-365 5.7.606 (ip-reputation)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Microsoft 365 (the mail service of the recipient's company) has banned the board's "
        "sending IP address. Ask for removal in Microsoft's delist portal: it takes an email "
        "address and the IP address, and sends a link to confirm."),

    // microsoft-365 5.7.511 (ip-reputation)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Microsoft 365 has banned the board as a sender. Forward the whole bounce with the IP "
        "address to delist@messaging.microsoft.com to ask for removal."),

    // microsoft-365 5.7.513 (policy)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "The recipient's company put the board's IP address on its own block list in Microsoft "
        "365. Microsoft cannot remove it: ask the recipient's IT department."),

    // microsoft-365 5.7.509 (authentication)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Microsoft 365 refused the message because the board's domain failed DMARC and its "
        "DMARC policy says to reject such mail. Make SPF or DKIM pass for the From: domain."),

    // microsoft-365 5.7.25 (authentication)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Microsoft 365 refuses mail sent over IPv6 from an address without a reverse DNS name. "
        "Give the IPv6 address a PTR record, or send over IPv4."),

    // microsoft-365 5.7.708 (ip-reputation)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Microsoft 365 does not accept mail from the board's IP address at all (5.7.700 to "
        "5.7.749): its traffic was judged suspicious. This needs Microsoft support; check first "
        "that nothing on the server sends spam."),

    // gmail  (authentication)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Gmail refused the message because the board's domain failed DMARC: neither SPF nor "
        "DKIM passed for the From: domain, and its DMARC policy says to reject. Make SPF or "
        "DKIM pass and align with the From: domain."),

    // gmail  (authentication)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Gmail refused the message because the board's SPF record ends in -all and the sending "
        "IP address is not in it. Add the server's address to the SPF record."),

    // gmail  (authentication)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Gmail refused the message because it was not authenticated: neither SPF nor DKIM "
        "passed. Publish an SPF record that includes the sending IP address and sign the mail "
        "with DKIM."),

    // gmail 4.7.27 (authentication)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Gmail slowed down or refused the board's mail under its rules for bulk senders (more "
        "than 5,000 messages a day): SPF, DKIM or DMARC is missing, or the From: domain is not "
        "aligned. The code names which."),

    // gmail  (authentication)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Gmail refuses mail from an IP address without a reverse DNS (PTR) name, or whose name "
        "does not point back to it. Ask the hosting provider for a PTR record matching the "
        "server's name."),

    // gmail  (rate)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Gmail saw a sudden rise of unwanted mail from the board's IP address (a jump in "
        "volume, or many recipients marking it as spam) and slowed it down or blocked it. Send "
        "less, only to people who asked for it, and check the spam rate in Postmaster Tools."),

    // gmail  (content)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Gmail judged this message to be unwanted mail and refused it. Look at its content and "
        "links, and make sure recipients asked for it."),

    // gmail  (ip-reputation)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Gmail finds the reputation of the board's IP address or domain very low and refused or "
        "slowed its mail. There is no removal: improve what recipients get, and check "
        "Postmaster Tools."),

    // gmail  (content)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Gmail blocked this message because of its content or an attachment it considers "
        "unsafe. Change the message, not the recipient."),

    // gmail 421-4.7.0 (policy)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "The recipient's company uses Google Workspace and accepts mail only from servers on "
        "its allowlist. Only the recipient's administrator can change this."),

    // gmail 550-5.2.1 (rate)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "This one Gmail user receives more mail than Gmail lets through right now. It is not "
        "about the board: send again later."),

    // yahoo TSS04 (ip-reputation)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Yahoo is holding back mail from the board's IP address because of unexpected volume or "
        "user complaints (also used for domains with weak authentication). The mail is retried; "
        "send less, check SPF, DKIM and DMARC, and remove addresses that complain."),

    // yahoo TSS09 (ip-reputation)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Yahoo has permanently blocked mail from the board's IP address; retrying will not "
        "help. Fix the cause, then ask Yahoo through its Sender Hub."),

    // yahoo PH01 (policy)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Yahoo refused this message for policy reasons, usually its content or links. Check the "
        "message and the links in it."),

    // yahoo 5.7.9 (policy)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Yahoo refused this message for policy reasons: its content, links or authentication. "
        "Check SPF, DKIM and DMARC and the links in the message."),

    // yahoo 5.7.9 (authentication)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Yahoo refused the message because it was not authenticated: neither SPF nor DKIM "
        "passed. Publish SPF and sign with DKIM."),

    // yahoo BL21 (blocklist)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Yahoo refuses connections from the board's IP address because Spamhaus lists it. Ask "
        "Spamhaus to remove the address; Yahoo follows."),

    // yahoo 451 (authentication)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Yahoo is holding back the mail because the domain in the board's envelope sender (MAIL "
        "FROM) does not resolve in DNS. Give that domain DNS records."),

    // gmx r0201 (blocklist)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "GMX (and WEB.DE, mail.com) refuses connections from the board's IP address because it "
        "is on a block list GMX uses. The case page linked in the bounce says which list and "
        "how to be removed."),

    // gmx rdns (authentication)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "GMX (and WEB.DE, mail.com) refuses the board's server because its IP address has no "
        "valid reverse DNS (PTR) name. Ask the hosting provider for one that matches the "
        "server's HELO name."),

    // gmx poli (policy)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "GMX (and WEB.DE, mail.com) refused the mail under its policy; the case page linked in "
        "the bounce says why. Use the GMX contact form if the cause is fixed."),

    // gmx 550 (authentication)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "GMX (and WEB.DE, mail.com) refused the mail because the sending server is not in the "
        "SPF record of the sender's domain. Add the server to the SPF record."),

    // t-online BL (ip-reputation)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "T-Online refuses connections from the board's IP address: it is on T-Online's own "
        "block list. Write to the address in the bounce with the IP address, the server's name "
        "and your imprint (Impressum) page."),

    // t-online NOWL (ip-reputation)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "T-Online does not know the board's IP address, or its reputation is poor; since 2020 "
        "it blocks unknown and long-silent addresses until they ask. Write to the address in "
        "the bounce with the IP address, the server's name and your imprint (Impressum) page."),

    // t-online DIAL (policy)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "T-Online takes the board's IP address for a dial-up or home connection, often because "
        "no imprint was found for it. Send through a proper mail server, or write to the "
        "address in the bounce."),

    // t-online 550-5.7.0 (content)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "T-Online classified this message as spam or a virus and refused it. If that is wrong, "
        "report the error codes in the bounce to the address it names."),

    // comcast BL000001 (blocklist)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Comcast refuses mail from the board's IP address because Spamhaus ZEN lists it. Ask "
        "Spamhaus to remove the address; Comcast follows."),

    // comcast BL000010 (blocklist)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Comcast refuses mail from the board's IP address because a public block list has it. "
        "The code says which: BL000010 Cloudmark CSI (reset at "
        "https://csi.cloudmark.com/en/reset), BL000100 the Sender Score blocklist; the other "
        "codes are combinations. Ask that list, not Comcast."),

    // comcast BL000000 (ip-reputation)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Comcast blocked the board's IP address because it sent mail in patterns typical of "
        "spam. Fix the cause, then send Comcast a block removal request."),

    // comcast RL000003 (rate)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Comcast is throttling mail from the board's server: too much at once. The mail is "
        "retried; send more slowly with fewer connections."),

    // comcast 554 (authentication)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Comcast refuses mail from servers without a valid reverse DNS (PTR) name. Ask the "
        "hosting provider for a PTR record matching the server's name."),

    // comcast DM000001 (authentication)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Comcast refused the message because the board's domain failed DMARC. Make SPF or DKIM "
        "pass for the From: domain."),

    // apple CS01 (policy)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "iCloud Mail refused the message under Apple's local policy (codes such as CS01, CS02, "
        "HM07, HM08): its filters distrust the sender or the content. Check authentication and "
        "content, then write to Apple's postmaster team with the details."),

    // apple HME1 (authentication)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "iCloud Mail refused the message because both SPF and DKIM failed. Publish an SPF "
        "record for the sending server and sign the mail with DKIM."),

    // apple 5.7.1 (authentication)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "iCloud Mail refused the message because the board's domain failed DMARC and its policy "
        "says to reject. Make SPF or DKIM pass for the From: domain."),

    // apple 5.7.0 (blocklist)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "iCloud Mail refuses the board's IP address because Proofpoint, which filters Apple's "
        "mail, lists it. Look the address up and ask for removal at the Proofpoint page linked "
        "in the bounce."),

    // apple SBL (blocklist)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "iCloud Mail refused the board's IP address because Spamhaus lists it. Ask Spamhaus to "
        "remove the address; Apple follows."),

    // apple DBL (blocklist)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "iCloud Mail refused the message because it contains a domain that the Spamhaus Domain "
        "Block List has. Find the listed domain in the message's links, fix what got it listed, "
        "and ask Spamhaus."),

    // apple 4.7.1 (rate)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "iCloud Mail is delaying mail to this recipient because too much arrives for it. It is "
        "usually temporary; send more slowly."),

    // cox CXBL (ip-reputation)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "Cox blocked the board's IP address for spam-like behaviour (CXBL), or for up to 24 "
        "hours (CDRBL). Fix the cause; for CXBL write to Cox to ask for the block to be lifted."),

    // spamhaus-zen Spamhaus (blocklist)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "The receiving server refused the board's IP address because Spamhaus lists it. Look "
        "the address up at Spamhaus and follow its removal steps."),

    // generic wording  (blocklist)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "The receiving server checked a public DNS blocklist and found the board's sending IP "
        "address on it. Ask that list to remove the address; the receiver follows the list."),

    // generic wording  (blocklist)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "The receiving server says the board's IP address is on a block list, without naming a "
        "public one. Check the address on the public lists; if none has it, the list is the "
        "receiver's own."),

    // generic wording  (authentication)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "The receiving server refused the mail because SPF, DKIM or DMARC failed for the "
        "board's domain. Check those records for the sending domain."),

    // generic wording  (authentication)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "The receiving server refused the board's server because its IP address has no valid "
        "reverse DNS (PTR) name. Ask the hosting provider for one that matches the server's "
        "name."),

    // generic wording  (rate)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "The receiving server is limiting how fast or how much the board's server may send. "
        "Send more slowly and with fewer connections; the mail is retried."),

    // generic wording  (content)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "The receiving server's filter judged this message to be spam. Look at its content and "
        "links, and make sure recipients asked for it."),

    // generic wording  (ip-reputation)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "The receiving server refused the board's mail because of the reputation of its IP "
        "address or domain."),

    // generic wording  (policy)
    QT_TRANSLATE_NOOP("BlockKnowledge",
        "The receiving server refused the board's mail under its local policy, without saying "
        "more. Ask the recipient's postmaster if it keeps happening."),
};

} // namespace

QList<const char*> BlockKnowledge::sourceTexts()
{
    return QList<const char*>(std::begin(texts), std::end(texts));
}
