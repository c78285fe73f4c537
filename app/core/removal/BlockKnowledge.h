#pragma once

#include <QByteArrayView>
#include <QHostAddress>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

class BlocklistCatalog;

// What a refused message says about who refused it and why, from the knowledge base in
// resources/data/block-codes.json: the providers that refuse mail for the sender's sake, their codes
// and how to ask them for removal, and the DNS blocklists a text may name. The removal wizard starts
// from it; `mailroom-cli identify` prints it.
//
// The file's texts (meanings, what a provider asks for, sender requirements) stay in English as the
// file has them; translated() puts one into the UI's language where it reaches the owner.
// BlockKnowledgeTexts.cpp repeats them for lupdate.

enum class BlockKind
{
    IpReputation, // the provider's own judgement or list of the sending address
    Blocklist, // a public DNS blocklist
    Authentication, // SPF, DKIM, DMARC, reverse DNS
    Content,
    Rate,
    Policy,
    Unknown,
};

QByteArrayView blockKindName(BlockKind kind); // "ip-reputation", "blocklist", ..., "unknown"

enum class RemovalChannel
{
    Form,
    Email,
    None,
};

QByteArrayView removalChannelName(RemovalChannel channel); // "form", "email", "none"

struct BlockProvider
{
    QString id;
    QString name;
    QStringList domains; // mail domains and receiving hosts' domains; for a blocklist, its zones
    RemovalChannel channel = RemovalChannel::None;
    QString removalUrl;
    QString removalEmail;
    QString asks; // what a request must contain
    int typicalDays = 0; // typical processing time; 0 when the provider publishes none
    QString source; // where the entry comes from
    QStringList requirements; // for a provider without a form (Gmail): its sender requirements
    QString blocklistId; // for a DNS blocklist: its id in blocklists.json, which gave name and removal
};

// One recognisable refusal: a provider's code, or generic wording that tells only the kind.
struct BlockCode
{
    QString providerId; // empty for generic wording
    QString code; // empty when the text supplies it
    BlockKind kind = BlockKind::Unknown;
    QString meaning;
    QString listingId; // the blocklists.json list this refusal names
    QList<QRegularExpression> patterns;
};

struct BlockRecognition
{
    enum class Certainty
    {
        None, // nothing recognised
        Likely, // recognised by the receiving host or recipient domain, or by generic wording only
        Sure, // the provider's own code or wording, or a blocklist zone the text names
    };

    // Pointers into the BlockKnowledge that answered; valid while it lives.
    const BlockProvider* provider = nullptr; // nullptr: not recognised, never a guess
    const BlockCode* block = nullptr; // the entry that matched
    const BlockProvider* removalAt = nullptr; // where to ask: the list the text names, else provider
    BlockKind kind = BlockKind::Unknown;
    QString code; // the provider's code, else the SMTP reply ("550-5.7.1")
    QString meaning; // English, as in the file
    QByteArray listingZone; // the DNS blocklist zone the text names
    QHostAddress ip; // the sending address the text names
    Certainty certainty = Certainty::None;
    QString evidence; // the words that matched
};

QByteArrayView certaintyName(BlockRecognition::Certainty certainty); // "none", "likely", "sure"

class BlockKnowledge
{
public:
    // The knowledge built into Mailroom (:/data/block-codes.json).
    static const BlockKnowledge& builtIn();
    // The knowledge in json, or nothing with error saying what is wrong and where. Blocklist
    // entries are looked up in lists (BlocklistCatalog::builtIn() by default).
    static std::optional<BlockKnowledge> fromJson(const QByteArray& json, QString* error);
    static std::optional<BlockKnowledge> fromJson(
        const QByteArray& json, const BlocklistCatalog& lists, QString* error);

    BlockKnowledge(BlockKnowledge&&) = default;
    BlockKnowledge& operator=(BlockKnowledge&&) = default;
    BlockKnowledge(const BlockKnowledge&) = delete;
    BlockKnowledge& operator=(const BlockKnowledge&) = delete;

    // text: a log line, a diagnostic, or a whole notification message.
    BlockRecognition identify(QByteArrayView text) const;

    const BlockProvider* provider(const QString& id) const;
    // The provider answering for a host name, mail domain or blocklist zone; the longest domain wins.
    const BlockProvider* providerForDomain(QStringView domain) const;
    const QList<BlockProvider>& providers() const { return m_providers; }
    const QList<BlockCode>& blocks() const { return m_blocks; }

    // The text the patterns run on: the notification's own header and the returned message cut
    // off, quoted-printable soft breaks and transcript marks removed, whitespace collapsed, and
    // the repeated prefixes of multi-line replies ("550-5.7.1 ") dropped.
    static QString normalized(QByteArrayView text);

    // A text of the file in the UI's language (translation context "BlockKnowledge"); English when
    // no translator has it, as in the CLI.
    static QString translated(const QString& text);
    // What the provider asks for, translated; a blocklist's removal policy through its catalog.
    static QString translatedAsks(const BlockProvider& provider);
    // The file's texts as BlockKnowledgeTexts.cpp lists them for lupdate.
    static QList<const char*> sourceTexts();

private:
    BlockKnowledge() = default;

    QList<BlockProvider> m_providers;
    QList<BlockCode> m_blocks;
};
