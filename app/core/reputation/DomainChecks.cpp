#include "reputation/DomainChecks.h"

#include "reputation/ReputationText.h"

#include <QStringList>

#include <algorithm>
#include <memory>

#include <libpsl.h>

namespace {

using enum ReputationSeverity;

QString latin1(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes);
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

QByteArray withoutSpaces(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const char c : text) {
        if (!isSpace(c))
            out += c;
    }
    return out;
}

// "a : b:c" -> {"a", "b", "c"}, lower case, empty items dropped.
QList<QByteArray> colonList(const QByteArray& value)
{
    QList<QByteArray> out;
    for (const QByteArray& item : value.split(':')) {
        const QByteArray trimmed = item.trimmed().toLower();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

ReputationFinding finding(ReputationSeverity severity, const QString& title, const QString& detail,
    const QByteArray& fixName = {}, const QByteArray& fixRecord = {})
{
    ReputationFinding out;
    out.severity = severity;
    out.title = title;
    out.detail = detail;
    out.fixName = latin1(fixName);
    out.fixRecord = fixRecord;
    return out;
}

// Why a lookup failed: the resolver's own words when it gave some.
QString failureText(const DnsAnswer& answer)
{
    if (!answer.detail.isEmpty())
        return answer.detail;
    switch (answer.status) {
    case DnsStatus::Timeout:
        return ReputationText::tr("no answer came in time");
    case DnsStatus::ServerFailure:
        return ReputationText::tr("the DNS server failed (SERVFAIL)");
    case DnsStatus::Refused:
        return ReputationText::tr("the DNS server refused to answer (REFUSED)");
    case DnsStatus::Malformed:
        return ReputationText::tr("the answer could not be read");
    default:
        return latin1(dnsStatusName(answer.status));
    }
}

// "the TXT lookup for _dmarc.board.test failed: no answer came in time"
QString lookupProblem(DnsType type, QByteArrayView name, const DnsAnswer& answer)
{
    return ReputationText::tr("the %1 lookup for %2 failed: %3")
        .arg(latin1(dnsTypeName(type)), latin1(name), failureText(answer));
}

// "the lookup failed" -> "The lookup failed", to start a sentence.
QString capitalized(const QString& text)
{
    return text.isEmpty() ? text : text.front().toUpper() + text.sliced(1);
}

ReputationFinding couldNotCheck(const QString& title, const QString& problem)
{
    return finding(Warning, title,
        ReputationText::tr("%1. This says nothing about the record itself: check again later, or "
                           "with another DNS server.")
            .arg(capitalized(problem)));
}

// A name the owner typed that can be asked: valid lengths, and only the letters, digits, '-', '_'
// and '.' of host names (international names come in their xn-- form).
bool plausibleName(QByteArrayView name)
{
    const auto allowed = [](char c) { return isAlpha(c) || isDigit(c) || c == '-' || c == '_' || c == '.'; };
    return Dns::validName(name) && std::all_of(name.begin(), name.end(), allowed);
}

QString notADomain(QByteArrayView name)
{
    return ReputationText::tr("\"%1\" is not a domain name").arg(latin1(name));
}

// ---- Tag lists (RFC 6376 §3.2, also used by DMARC, RFC 7489 §6.4) ----

struct Tag
{
    QByteArray name;
    QByteArray value;
};

bool validTagName(QByteArrayView name)
{
    if (name.isEmpty() || !isAlpha(name[0]))
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) { return isAlpha(c) || isDigit(c) || c == '_'; });
}

// "name=value" pairs separated by ';', with whitespace (folding included) around names, '=' and
// values, and an optional final ';'. A name given twice makes the whole list invalid (RFC 6376
// §3.2). DKIM tag names are case-sensitive; DMARC's are folded to lower case, as receivers do.
bool parseTagList(QByteArrayView text, bool foldNames, QList<Tag>* tags, QByteArray* badTag, QString* problem)
{
    const auto bad = [&](const QByteArray& tag, const QString& why) {
        *badTag = tag;
        *problem = why;
        return false;
    };
    for (const QByteArray& part : text.toByteArray().split(';')) {
        const QByteArray spec = part.trimmed();
        if (spec.isEmpty())
            continue; // the final ';', or an empty spec between two (harmless)
        const qsizetype equals = spec.indexOf('=');
        if (equals < 0)
            return bad(spec, ReputationText::tr("\"%1\" is not of the form tag=value").arg(latin1(spec)));
        QByteArray name = spec.first(equals).trimmed();
        if (foldNames)
            name = name.toLower();
        if (!validTagName(name))
            return bad(name, ReputationText::tr("\"%1\" is not a tag name").arg(latin1(name)));
        const bool twice = std::any_of(tags->cbegin(), tags->cend(), [&](const Tag& tag) { return tag.name == name; });
        if (twice)
            return bad(name, ReputationText::tr("the tag %1 appears twice").arg(latin1(name)));
        tags->append({name, spec.sliced(equals + 1).trimmed()});
    }
    return true;
}

// ---- DMARC ----

std::optional<DmarcDisposition> readDisposition(const QByteArray& value)
{
    const QByteArray lower = value.toLower();
    if (lower == "none")
        return DmarcDisposition::None;
    if (lower == "quarantine")
        return DmarcDisposition::Quarantine;
    if (lower == "reject")
        return DmarcDisposition::Reject;
    return std::nullopt;
}

bool readPercent(const QByteArray& value, int* percent)
{
    if (value.isEmpty() || value.size() > 3 || !std::all_of(value.begin(), value.end(), isDigit))
        return false;
    *percent = value.toInt();
    return *percent <= 100;
}

bool validScheme(QByteArrayView scheme)
{
    if (scheme.isEmpty() || !isAlpha(scheme[0]))
        return false;
    return std::all_of(scheme.begin(), scheme.end(),
        [](char c) { return isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.'; });
}

// rua and ruf: URIs separated by ',', each with an optional size limit ("!10m", RFC 7489 §6.4).
bool readReportUris(const QByteArray& value, QList<QByteArray>* uris, QString* problem)
{
    for (const QByteArray& item : value.split(',')) {
        const QByteArray uri = item.trimmed();
        QByteArrayView address = uri;
        const qsizetype bang = address.lastIndexOf('!');
        if (bang >= 0)
            address = address.first(bang);
        const qsizetype colon = address.indexOf(':');
        if (uri.isEmpty() || colon <= 0 || !validScheme(address.first(colon))) {
            *problem = uri.contains('@')
                ? ReputationText::tr("\"%1\" is not a URI; write mailto:%1").arg(latin1(uri))
                : ReputationText::tr("\"%1\" is not a URI such as mailto:dmarc@example.org").arg(latin1(uri));
            return false;
        }
        if (address.first(colon).compare("mailto", Qt::CaseInsensitive) == 0) {
            const QByteArrayView mailbox = address.sliced(colon + 1);
            const qsizetype at = mailbox.indexOf('@');
            if (at <= 0 || at == mailbox.size() - 1) {
                *problem = ReputationText::tr("\"%1\" is not a mail address").arg(latin1(mailbox));
                return false;
            }
        }
        uris->append(uri);
    }
    return true;
}

// One tag of a DMARC record into *policy; false and *problem when its value cannot be read. v was
// checked before; rf and unknown tags are ignored (RFC 7489 §6.3).
bool readDmarcTag(const Tag& tag, DmarcPolicy* policy, QString* problem)
{
    const QString name = latin1(tag.name);
    const QString value = latin1(tag.value);
    if (tag.name == "p" || tag.name == "sp") {
        const std::optional<DmarcDisposition> disposition = readDisposition(tag.value);
        if (!disposition)
            *problem = ReputationText::tr("%1=%2 is not none, quarantine or reject").arg(name, value);
        else if (tag.name == "p")
            policy->policy = *disposition;
        else
            policy->subdomainPolicy = disposition;
        return disposition.has_value();
    }
    if (tag.name == "pct") {
        const bool valid = readPercent(tag.value, &policy->percent);
        if (!valid)
            *problem = ReputationText::tr("pct=%1 is not a whole number from 0 to 100").arg(value);
        return valid;
    }
    if (tag.name == "rua" || tag.name == "ruf") {
        QList<QByteArray>& uris = tag.name == "rua" ? policy->aggregateReports : policy->failureReports;
        QString why;
        if (!readReportUris(tag.value, &uris, &why))
            *problem = ReputationText::tr("in %1=, %2").arg(name, why);
        return why.isEmpty();
    }
    if (tag.name == "adkim" || tag.name == "aspf") {
        const QByteArray mode = tag.value.toLower();
        if (mode != "r" && mode != "s")
            *problem = ReputationText::tr("%1=%2 is not r (relaxed) or s (strict)").arg(name, value);
        (tag.name == "adkim" ? policy->strictDkim : policy->strictSpf) = mode == "s";
        return mode == "r" || mode == "s";
    }
    if (tag.name == "fo") {
        const QList<QByteArray> options = colonList(tag.value);
        const auto known = [](const QByteArray& o) { return o == "0" || o == "1" || o == "d" || o == "s"; };
        const bool valid = !options.isEmpty() && std::all_of(options.begin(), options.end(), known);
        if (!valid)
            *problem = ReputationText::tr("fo=%1 is not a list of 0, 1, d and s").arg(value);
        policy->failureOptions = options.join(':');
        return valid;
    }
    if (tag.name == "ri") {
        const bool seconds = !tag.value.isEmpty() && tag.value.size() <= 10
            && std::all_of(tag.value.begin(), tag.value.end(), isDigit);
        if (!seconds)
            *problem = ReputationText::tr("ri=%1 is not a number of seconds").arg(value);
        return seconds;
    }
    return true;
}

// The disposition receivers apply to mail from the domain checked.
DmarcDisposition appliedDisposition(const DmarcResult& result)
{
    if (result.fromOrganizationalDomain && result.policy.subdomainPolicy)
        return *result.policy.subdomainPolicy;
    return result.policy.policy;
}

// The record with one more tag at its end.
QByteArray withTag(const QByteArray& record, const QByteArray& tag)
{
    QByteArray out = record.trimmed();
    while (out.endsWith(';') || (!out.isEmpty() && isSpace(out.back())))
        out.chop(1);
    return out + "; " + tag;
}

QList<ReputationFinding> dmarcFoundFindings(const DmarcResult& result)
{
    QList<ReputationFinding> out;
    const QByteArray& record = result.records.front();
    const DmarcDisposition applied = appliedDisposition(result);
    // Indexed by DmarcDisposition: none, quarantine, reject.
    const QString meaning[] = {
        //: Ends "When mail from %1 fails DMARC, receivers are asked to %2." (p=none)
        ReputationText::tr("deliver it anyway: the record only asks for reports"),
        //: Ends "When mail from %1 fails DMARC, receivers are asked to %2." (p=quarantine)
        ReputationText::tr("put it in the spam folder"),
        //: Ends "When mail from %1 fails DMARC, receivers are asked to %2." (p=reject)
        ReputationText::tr("refuse it"),
    };
    QString detail = ReputationText::tr("When mail from %1 fails DMARC, receivers are asked to %2.")
                         .arg(latin1(result.domain), meaning[int(applied)]);
    if (result.fromOrganizationalDomain)
        detail += ReputationText::tr(" The record is the one of %1, which covers its subdomains.")
                      .arg(latin1(DmarcCheck::organizationalDomain(result.domain)));
    out.append(
        finding(Info, ReputationText::tr("DMARC policy: %1").arg(latin1(dmarcDispositionName(applied))), detail));

    if (applied == DmarcDisposition::None) {
        out.append(finding(Info, ReputationText::tr("DMARC only monitors (p=none)"),
            ReputationText::tr("Mail that fails DMARC is still delivered, so others can send mail "
                               "in your name. When the reports show that all your own mail passes, "
                               "change p=none to p=quarantine.")));
    } else if (result.policy.percent < 100) {
        out.append(
            finding(Info, ReputationText::tr("DMARC policy applied to %1% of failing mail").arg(result.policy.percent),
                ReputationText::tr("pct=%1 asks receivers to apply the policy to part of the mail "
                                   "that fails DMARC only. Remove pct= once you are sure your own "
                                   "mail passes.")
                    .arg(result.policy.percent)));
    }

    if (result.policy.aggregateReports.isEmpty()) {
        const QByteArray organizational = DmarcCheck::organizationalDomain(result.domain);
        out.append(finding(Warning, ReputationText::tr("No DMARC reports"),
            ReputationText::tr("The record asks for no reports (rua=), so you cannot see whether "
                               "your own mail passes or who else sends in your name. Add a "
                               "reporting address, a mailbox you read."),
            result.recordName, withTag(record, "rua=mailto:dmarc@" + organizational)));
    }

    // RFC 7489's grammar spells the version "DMARC1" (%x44 %x4d...): some receivers ignore others.
    const qsizetype semicolon = record.indexOf(';');
    const QByteArray version = withoutSpaces(record.first(semicolon < 0 ? record.size() : semicolon));
    if (version != "v=DMARC1") {
        out.append(finding(Warning, ReputationText::tr("Write v=DMARC1 exactly"),
            ReputationText::tr("The record starts with %1; RFC 7489 spells it v=DMARC1, and some "
                               "receivers ignore a record written otherwise.")
                .arg(latin1(version)),
            result.recordName, "v=DMARC1" + (semicolon < 0 ? QByteArray() : record.sliced(semicolon))));
    }
    return out;
}

QList<ReputationFinding> dmarcFindings(const DmarcResult& result)
{
    switch (result.status) {
    case DmarcStatus::Found:
        return dmarcFoundFindings(result);
    case DmarcStatus::None: {
        const QByteArray organizational = DmarcCheck::organizationalDomain(result.domain);
        const QString where = organizational == result.domain
            ? ReputationText::tr("%1 has no DMARC record.").arg(latin1(result.domain))
            : ReputationText::tr("Neither %1 nor %2 has a DMARC record.")
                  .arg(latin1(result.domain), latin1(organizational));
        return {finding(Problem, ReputationText::tr("No DMARC record"),
            where
                + ReputationText::tr(" Gmail, Yahoo and Microsoft require one from bulk senders, "
                                     "and mail without one is more often refused or filed as spam. "
                                     "Publish this starter record: it changes nothing for delivery "
                                     "and sends you daily reports. Use a mailbox you read."),
            "_dmarc." + result.domain, "v=DMARC1; p=none; rua=mailto:dmarc@" + result.domain)};
    }
    case DmarcStatus::Several:
        return {finding(Problem, ReputationText::tr("Several DMARC records"),
            ReputationText::tr("%1 has %n DMARC records. Receivers then apply none of them "
                               "(RFC 7489 §6.6.3), as if there were no DMARC record. Delete all but one.",
                nullptr, int(result.records.size()))
                .arg(latin1(result.recordName)))};
    case DmarcStatus::Malformed: {
        const QString fix = result.badTag.isEmpty()
            ? ReputationText::tr("Correct the record.")
            : ReputationText::tr("Correct its %1= tag.").arg(latin1(result.badTag));
        return {finding(Problem, ReputationText::tr("The DMARC record cannot be read"),
            ReputationText::tr("The DMARC record at %1 is invalid: %2. Receivers may ignore it, as "
                               "if there were none. %3")
                .arg(latin1(result.recordName), result.problem, fix))};
    }
    case DmarcStatus::Unknown:
        return {couldNotCheck(ReputationText::tr("Could not check DMARC"), result.problem)};
    case DmarcStatus::BadInput:
        return {finding(Problem, ReputationText::tr("Not a domain name"),
            ReputationText::tr("%1. Enter the domain of the sender address, such as board.example.")
                .arg(capitalized(result.problem)))};
    }
    return {};
}

// Reads one answer for _dmarc.<name>. True when it settles the result: a failed lookup, or DMARC
// records; false when there are none (RFC 7489 §6.6.3 then asks the organizational domain).
bool readDmarcAnswer(const DnsAnswer& answer, DmarcResult* result)
{
    if (answer.isError()) {
        result->status = answer.status == DnsStatus::BadName ? DmarcStatus::BadInput : DmarcStatus::Unknown;
        result->problem = answer.status == DnsStatus::BadName ? notADomain(result->domain)
                                                              : lookupProblem(DnsType::Txt, result->recordName, answer);
        return true;
    }
    for (const DnsRecord& record : answer.records) {
        const QByteArray text = record.text();
        if (DmarcCheck::isDmarcRecord(text))
            result->records.append(text);
    }
    if (result->records.isEmpty())
        return false;
    if (result->records.size() > 1) {
        result->status = DmarcStatus::Several;
        return true;
    }
    const bool valid = DmarcCheck::parse(result->records.front(), &result->policy, &result->badTag, &result->problem);
    result->status = valid ? DmarcStatus::Found : DmarcStatus::Malformed;
    return true;
}

// ---- DKIM: a DER reader for the public key ----

// Reads DER elements (X.690) from a byte range, never past its end.
class DerReader
{
public:
    explicit DerReader(QByteArrayView data) : m_data(data) { }

    bool atEnd() const { return m_at >= m_data.size(); }
    int nextTag() const { return atEnd() ? -1 : int(quint8(m_data[m_at])); }

    // The content of the next element if it has this tag; false when it has another, or when its
    // length runs past the data.
    bool read(quint8 tag, QByteArrayView* content)
    {
        qsizetype at = m_at;
        const qsizetype size = m_data.size();
        if (at >= size || quint8(m_data[at]) != tag)
            return false;
        if (++at >= size)
            return false;
        const quint8 first = quint8(m_data[at++]);
        quint64 length = first;
        if (first & 0x80) {
            // Long form: the low bits count the length's bytes. 0 (BER's indefinite length) is not
            // DER, and more than 4 cannot fit in a DNS record.
            const int count = first & 0x7f;
            if (count == 0 || count > 4)
                return false;
            length = 0;
            for (int i = 0; i < count; ++i) {
                if (at >= size)
                    return false;
                length = (length << 8) | quint8(m_data[at++]);
            }
        }
        if (length > quint64(size - at))
            return false;
        *content = m_data.sliced(at, qsizetype(length));
        m_at = at + qsizetype(length);
        return true;
    }

private:
    QByteArrayView m_data;
    qsizetype m_at = 0;
};

int bitLength(quint8 byte)
{
    int bits = 0;
    while (byte) {
        ++bits;
        byte >>= 1;
    }
    return bits;
}

// RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } (RFC 8017 §A.1.1)
int rsaPublicKeyBits(QByteArrayView der, QString* problem)
{
    DerReader outer(der);
    QByteArrayView sequence;
    if (!outer.read(0x30, &sequence) || !outer.atEnd()) {
        *problem = ReputationText::tr("the RSA key is cut short or has bytes after it");
        return 0;
    }
    DerReader fields(sequence);
    QByteArrayView modulus;
    QByteArrayView exponent;
    if (!fields.read(0x02, &modulus) || !fields.read(0x02, &exponent) || !fields.atEnd()) {
        *problem = ReputationText::tr("the RSA key does not hold a modulus and an exponent");
        return 0;
    }
    if (modulus.isEmpty() || (quint8(modulus[0]) & 0x80)) {
        *problem = ReputationText::tr("the RSA modulus is negative or empty");
        return 0;
    }
    while (!modulus.isEmpty() && modulus[0] == 0)
        modulus = modulus.sliced(1); // the sign byte
    if (modulus.isEmpty() || exponent.isEmpty()) {
        *problem = ReputationText::tr("the RSA modulus or exponent is zero");
        return 0;
    }
    return int((modulus.size() - 1) * 8) + bitLength(quint8(modulus[0]));
}

// The tags of a DKIM key record (RFC 6376 §3.6.1); p= is left encoded in *encoded. n= (notes) and
// unknown tags are ignored.
bool readKeyTags(
    const QList<Tag>& tags, DkimKey* key, std::optional<QByteArray>* encoded, QByteArray* badTag, QString* problem)
{
    const auto bad = [&](const QByteArray& tag, const QString& why) {
        *badTag = tag;
        *problem = why;
        return false;
    };
    key->services = {"*"};
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const Tag& tag = tags[i];
        const QString value = latin1(tag.value);
        if (tag.name == "v" && i != 0)
            return bad("v", ReputationText::tr("v= must be the first tag"));
        if (tag.name == "v" && tag.value != "DKIM1")
            return bad("v", ReputationText::tr("v=%1 is not DKIM1").arg(value));
        if (tag.name == "k") {
            const QByteArray type = tag.value.toLower();
            if (type != "rsa" && type != "ed25519")
                return bad("k", ReputationText::tr("k=%1 is not rsa or ed25519").arg(value));
            key->type = type == "rsa" ? DkimKeyType::Rsa : DkimKeyType::Ed25519;
        } else if (tag.name == "p") {
            *encoded = withoutSpaces(tag.value); // base64 may be folded
        } else if (tag.name == "h") {
            key->hashes = colonList(tag.value);
        } else if (tag.name == "s") {
            key->services = colonList(tag.value);
        } else if (tag.name == "t") {
            const QList<QByteArray> flags = colonList(tag.value);
            key->testing = flags.contains("y");
            key->strictDomain = flags.contains("s");
        }
    }
    return true;
}

// The base64 of p= into key->publicKey and its size in key->bits.
bool decodeKey(const QByteArray& encoded, DkimKey* key, QString* problem)
{
    const QByteArray::FromBase64Result decoded
        = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        *problem = ReputationText::tr("the public key is not valid base64");
        return false;
    }
    key->publicKey = decoded.decoded;
    if (key->type == DkimKeyType::Rsa) {
        key->bits = DkimKeyCheck::rsaKeyBits(key->publicKey, problem);
        return key->bits > 0;
    }
    // RFC 8463: the bare 32-byte key, not wrapped in a SubjectPublicKeyInfo.
    if (key->publicKey.size() != 32) {
        *problem
            = ReputationText::tr("an Ed25519 key is 32 bytes (RFC 8463); this one has %1").arg(key->publicKey.size());
        return false;
    }
    key->bits = 256;
    return true;
}

// ---- DKIM findings ----

QString keyTypeName(DkimKeyType type)
{
    return type == DkimKeyType::Ed25519 ? QStringLiteral("Ed25519") : QStringLiteral("RSA");
}

QList<ReputationFinding> dkimFoundFindings(const DkimKeyResult& result)
{
    const DkimKey& key = result.key;
    QList<ReputationFinding> out;
    out.append(finding(Info, ReputationText::tr("DKIM key found"),
        ReputationText::tr("%1 holds a %2 key of %n bits.", nullptr, key.bits)
            .arg(latin1(result.name), keyTypeName(key.type))));
    if (key.type == DkimKeyType::Rsa && key.bits < 1024) {
        out.append(finding(Problem, ReputationText::tr("DKIM key too short"),
            ReputationText::tr("Receivers must not accept RSA keys under 1024 bits (RFC 8301 §3.2), "
                               "so your signatures count as failed. Create a 2048-bit key, publish "
                               "it under a new selector and switch your mail server to it.")));
    } else if (key.type == DkimKeyType::Rsa && key.bits < 2048) {
        out.append(finding(Warning, ReputationText::tr("DKIM key of %n bits", nullptr, key.bits),
            ReputationText::tr("A key under 2048 bits still passes, but is no longer considered "
                               "safe (RFC 8301 §3.2 asks for 2048). Create a 2048-bit key under a "
                               "new selector when convenient.")));
    }
    if (key.testing) {
        out.append(finding(Warning, ReputationText::tr("DKIM key in test mode (t=y)"),
            ReputationText::tr("Receivers may treat mail whose signature fails as if it were not "
                               "signed. Remove y from the t= tag once your signatures pass.")));
    }
    if (!key.hashes.isEmpty() && !key.hashes.contains("sha256")) {
        out.append(finding(Problem, ReputationText::tr("DKIM key limited to SHA-1"),
            ReputationText::tr("h=%1 allows no SHA-256, and receivers must not accept SHA-1 "
                               "signatures (RFC 8301 §3.1). Set h=sha256 or remove the h= tag.")
                .arg(latin1(key.hashes.join(':')))));
    }
    if (!key.services.contains("*") && !key.services.contains("email")) {
        out.append(finding(Problem, ReputationText::tr("DKIM key not for email"),
            ReputationText::tr("s=%1 excludes email, so receivers must not use this key for mail. "
                               "Remove the s= tag.")
                .arg(latin1(key.services.join(':')))));
    }
    return out;
}

QList<ReputationFinding> dkimFindings(const DkimKeyResult& result)
{
    switch (result.status) {
    case DkimKeyStatus::Found:
        return dkimFoundFindings(result);
    case DkimKeyStatus::None:
        return {finding(Problem, ReputationText::tr("No DKIM key for the selector %1").arg(latin1(result.selector)),
            ReputationText::tr("%1 has no key, so receivers cannot verify signatures made with the "
                               "selector %2 and count them as failed. Check the selector in the s= "
                               "tag of a message you sent, then publish the key record your mail "
                               "server or provider gives for it.")
                .arg(latin1(result.name), latin1(result.selector)))};
    case DkimKeyStatus::Revoked:
        return {finding(Problem, ReputationText::tr("The DKIM key is revoked"),
            ReputationText::tr("The record at %1 has an empty p=, which means the key was withdrawn "
                               "(RFC 6376 §3.6.1): every signature with the selector %2 fails. If "
                               "your server still signs with it, publish its current key, or switch "
                               "the server to a selector that has one.")
                .arg(latin1(result.name), latin1(result.selector)))};
    case DkimKeyStatus::Several:
        return {finding(Problem, ReputationText::tr("Several records for one DKIM key"),
            ReputationText::tr("%1 has %n TXT records; receivers may use any of them, so signatures "
                               "fail at random. Keep only the key record.",
                nullptr, int(result.records.size()))
                .arg(latin1(result.name)))};
    case DkimKeyStatus::Malformed:
        return {finding(Problem, ReputationText::tr("The DKIM key cannot be used"),
            ReputationText::tr("The record at %1 is invalid: %2. Receivers count signatures with "
                               "this selector as failed. Publish the record again exactly as your "
                               "mail server or provider gives it: long keys are often cut when "
                               "pasted.")
                .arg(latin1(result.name), result.problem))};
    case DkimKeyStatus::Unknown:
        return {couldNotCheck(ReputationText::tr("Could not check the DKIM key"), result.problem)};
    case DkimKeyStatus::BadInput:
        return {finding(Problem, ReputationText::tr("Not a DKIM selector and domain"),
            ReputationText::tr("%1. Take the selector and domain from the s= and d= tags of a "
                               "message you sent.")
                .arg(capitalized(result.problem)))};
    }
    return {};
}

// ---- Reverse DNS ----

// Digit runs of a name, as numbers: "c-203-0-113-9.hsd1" -> 203, 0, 113, 9, 1.
QList<int> digitRuns(QByteArrayView name)
{
    QList<int> out;
    qsizetype i = 0;
    while (i < name.size()) {
        if (!isDigit(name[i])) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < name.size() && isDigit(name[i]))
            ++i;
        out.append(i - start <= 3 ? name.sliced(start, i - start).toInt() : -1);
    }
    return out;
}

bool containsRun(const QList<int>& runs, const QList<int>& wanted)
{
    for (qsizetype i = 0; i + wanted.size() <= runs.size(); ++i) {
        if (runs.mid(i, wanted.size()) == wanted)
            return true;
    }
    return false;
}

bool holdsIpv4(QByteArrayView name, quint32 v4)
{
    const QList<int> octets {int(v4 >> 24), int((v4 >> 16) & 0xff), int((v4 >> 8) & 0xff), int(v4 & 0xff)};
    const QList<int> reversed {octets[3], octets[2], octets[1], octets[0]};
    const QList<int> runs = digitRuns(name);
    // Four octets either way (192-0-2-10, 10.2.0.192), or the last three (host-0-2-10.isp).
    if (containsRun(runs, octets) || containsRun(runs, reversed) || containsRun(runs, octets.mid(1)))
        return true;
    QByteArray padded; // 192000002010
    for (const int octet : octets)
        padded += QByteArray::number(octet).rightJustified(3, '0');
    const QByteArray hex = QByteArray::number(v4, 16).rightJustified(8, '0');
    return name.contains(padded) || name.contains(hex);
}

bool holdsIpv6(QByteArrayView name, const QHostAddress& address)
{
    // 2001:db8::10 written as 2001-db8--10, or its hex digits without separators: all 32, or the
    // 16 of the interface identifier.
    QByteArray dashed = address.toString().toLatin1().toLower();
    dashed.replace(':', '-');
    if (name.contains(dashed))
        return true;
    QByteArray digits;
    for (const char c : name) {
        if (c != '.' && c != '-')
            digits += c;
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    const QByteArray all = QByteArray(reinterpret_cast<const char*>(v6.c), 16).toHex();
    const QByteArray interface = all.sliced(16);
    return digits.contains(all) || (interface != "0000000000000000" && digits.contains(interface));
}

QList<ReputationFinding> reverseNameFindings(const ReverseDnsResult& result)
{
    QList<ReputationFinding> out;
    const QString ip = result.address.toString();
    for (const ReverseDnsName& entry : result.names) {
        if (entry.generic) {
            out.append(finding(Warning, ReputationText::tr("Generic reverse name %1").arg(latin1(entry.name)),
                ReputationText::tr("The name looks like one given to a home or dynamic line, and "
                                   "receivers such as Comcast and T-Online refuse or distrust mail "
                                   "from those. Ask the provider that owns %1 to set a name of your "
                                   "own, such as mail.<your domain>, and give that name an address "
                                   "record for %1.")
                    .arg(ip)));
        }
        if (result.status == ReverseDnsStatus::NotConfirmed && !entry.confirmed) {
            const bool v6 = result.address.protocol() == QAbstractSocket::IPv6Protocol;
            out.append(finding(Problem, ReputationText::tr("%1 does not point back to %2").arg(latin1(entry.name), ip),
                ReputationText::tr("%1 is the reverse name of %2, but %1 has no %3 record for %2, "
                                   "so the name is not forward-confirmed and many receivers refuse "
                                   "the mail. Add this %3 record at the DNS host of %1, or have the "
                                   "provider of %2 set a name whose address is %2.")
                    .arg(latin1(entry.name), ip, v6 ? QStringLiteral("AAAA") : QStringLiteral("A")),
                entry.name, ip.toLatin1()));
        }
    }
    return out;
}

QList<ReputationFinding> reverseDnsFindings(const ReverseDnsResult& result)
{
    const QString ip = result.address.toString();
    QList<ReputationFinding> out;
    switch (result.status) {
    case ReverseDnsStatus::Confirmed: {
        QByteArray name;
        for (const ReverseDnsName& entry : result.names) {
            if (entry.confirmed && name.isEmpty())
                name = entry.name;
        }
        out.append(finding(Info, ReputationText::tr("Reverse DNS is forward-confirmed"),
            ReputationText::tr("%1 has the name %2, and %2 points back to %1.").arg(ip, latin1(name))));
        break;
    }
    case ReverseDnsStatus::NotConfirmed:
        break; // one finding per name, below
    case ReverseDnsStatus::NoPtr:
        out.append(finding(Problem, ReputationText::tr("No reverse DNS for %1").arg(ip),
            ReputationText::tr("%1 has no name (PTR record at %2). Microsoft, T-Online, Comcast and "
                               "many others refuse mail from an address without one. Ask the "
                               "provider that owns the address (your hosting provider or ISP, not "
                               "your DNS host) to set its name to your mail server's, such as "
                               "mail.<your domain>, and give that name an address record for %1.")
                .arg(ip, latin1(result.reverseName))));
        break;
    case ReverseDnsStatus::Unknown:
        out.append(couldNotCheck(ReputationText::tr("Could not check the reverse DNS of %1").arg(ip), result.problem));
        break;
    case ReverseDnsStatus::BadInput:
        out.append(finding(Problem, ReputationText::tr("Not an IP address"),
            ReputationText::tr("%1. Enter the sending server's IPv4 or IPv6 address.")
                .arg(capitalized(result.problem))));
        break;
    }
    if (result.names.size() > 1) {
        out.append(finding(Warning, ReputationText::tr("Several reverse names for %1").arg(ip),
            ReputationText::tr("%1 has %n names; some receivers check only one of them, chosen at "
                               "random. Keep a single PTR record.",
                nullptr, int(result.names.size()))
                .arg(ip)));
    }
    return out + reverseNameFindings(result);
}

struct ReverseState
{
    DnsResolver* resolver = nullptr;
    ReverseDnsResult result;
    std::function<void(const ReverseDnsResult&)> done;
};

void finishReverse(const std::shared_ptr<ReverseState>& state)
{
    ReverseDnsResult& result = state->result;
    const auto confirmed = [](const ReverseDnsName& entry) { return entry.confirmed; };
    // A name whose lookup failed might be the one that points back: no verdict without it.
    const auto failed = [](const ReverseDnsName& entry) {
        return entry.forwardStatus != DnsStatus::Ok && entry.forwardStatus != DnsStatus::NxDomain
            && entry.forwardStatus != DnsStatus::NoData && entry.forwardStatus != DnsStatus::BadName;
    };
    if (std::any_of(result.names.cbegin(), result.names.cend(), confirmed)) {
        result.status = ReverseDnsStatus::Confirmed;
    } else if (const auto it = std::find_if(result.names.cbegin(), result.names.cend(), failed);
               it != result.names.cend()) {
        result.status = ReverseDnsStatus::Unknown;
        DnsAnswer answer;
        answer.status = it->forwardStatus;
        const bool v6 = result.address.protocol() == QAbstractSocket::IPv6Protocol;
        result.problem = lookupProblem(v6 ? DnsType::Aaaa : DnsType::A, it->name, answer);
    } else {
        result.status = ReverseDnsStatus::NotConfirmed;
    }
    result.findings = reverseDnsFindings(result);
    state->done(result);
}

// Looks up the addresses of the names from index on, one at a time.
void confirmNames(const std::shared_ptr<ReverseState>& state, qsizetype index)
{
    QList<ReverseDnsName>& names = state->result.names;
    while (index < names.size() && !Dns::validName(names[index].name)) {
        names[index].forwardStatus = DnsStatus::BadName;
        ++index;
    }
    if (index >= names.size()) {
        finishReverse(state);
        return;
    }
    const bool v6 = state->result.address.protocol() == QAbstractSocket::IPv6Protocol;
    state->resolver->lookup(
        names[index].name, v6 ? DnsType::Aaaa : DnsType::A, [state, index](const DnsAnswer& answer) {
            ReverseDnsName& entry = state->result.names[index];
            entry.forwardStatus = answer.status;
            for (const DnsRecord& record : answer.records) {
                const QHostAddress address = Dns::plainAddress(record.address);
                entry.addresses.append(address);
                if (address == state->result.address)
                    entry.confirmed = true;
            }
            confirmNames(state, index + 1);
        });
}

// ---- MX ----

bool isNullTarget(const QByteArray& target)
{
    return target.isEmpty() || target == ".";
}

// Reads the MX answer into *result; true when a null MX stands beside other hosts.
bool readMxAnswer(const DnsAnswer& answer, MxResult* result)
{
    switch (answer.status) {
    case DnsStatus::Ok:
        break;
    case DnsStatus::NxDomain:
        result->status = MxStatus::NoDomain;
        return false;
    case DnsStatus::NoData:
        result->status = MxStatus::None;
        return false;
    case DnsStatus::BadName:
        result->status = MxStatus::BadInput;
        result->problem = notADomain(result->domain);
        return false;
    default:
        result->status = MxStatus::Unknown;
        result->problem = lookupProblem(DnsType::Mx, result->domain, answer);
        return false;
    }
    int nulls = 0;
    for (const DnsRecord& record : answer.records) {
        if (isNullTarget(record.target))
            ++nulls;
        else
            result->hosts.append({record.preference, Dns::normalizedName(record.target)});
    }
    std::sort(result->hosts.begin(), result->hosts.end(), [](const MxHost& a, const MxHost& b) {
        return a.preference != b.preference ? a.preference < b.preference : a.host < b.host;
    });
    // RFC 7505 §3: the null MX is "0 ." alone. A "." among other hosts is reported apart.
    result->status = result->hosts.isEmpty() ? MxStatus::NullMx : MxStatus::Found;
    return nulls > 0 && !result->hosts.isEmpty();
}

QList<ReputationFinding> mxFoundFindings(const MxResult& result, bool mixedNull)
{
    const QString domain = latin1(result.domain);
    QStringList hosts;
    for (const MxHost& host : result.hosts)
        hosts.append(QStringLiteral("%1 (%2)").arg(latin1(host.host)).arg(host.preference));
    QList<ReputationFinding> out;
    out.append(finding(Info, ReputationText::tr("Mail for %1 goes to %2").arg(domain, hosts.front()),
        ReputationText::tr("MX hosts, the first tried first: %1.").arg(hosts.join(QStringLiteral(", ")))));
    for (const MxHost& host : result.hosts) {
        if (QHostAddress(latin1(host.host)).isNull())
            continue;
        out.append(finding(Problem, ReputationText::tr("MX record with an address: %1").arg(latin1(host.host)),
            ReputationText::tr("An MX record must name a host, not an address (RFC 5321 §5.1); "
                               "senders cannot deliver to it. Point the MX record at a name whose A "
                               "record is %1.")
                .arg(latin1(host.host))));
    }
    if (mixedNull) {
        out.append(finding(Problem, ReputationText::tr("Null MX beside other MX records"),
            ReputationText::tr("%1 has an MX record \".\" (accepts no mail) and other MX records, "
                               "which RFC 7505 §3 forbids. Delete the \".\" record.")
                .arg(domain)));
    }
    return out;
}

QList<ReputationFinding> mxFindings(const MxResult& result, bool mixedNull)
{
    const QString domain = latin1(result.domain);
    QList<ReputationFinding> out;
    switch (result.status) {
    case MxStatus::Found:
        out = mxFoundFindings(result, mixedNull);
        break;
    case MxStatus::NullMx:
        out.append(finding(Problem, ReputationText::tr("%1 accepts no mail").arg(domain),
            ReputationText::tr("%1 publishes a null MX (RFC 7505): it says it receives no mail. "
                               "Receivers may refuse mail sent from an address at %1 (RFC 7505 "
                               "§4.2), and bounces cannot come back. If the board sends from this "
                               "domain, replace the record with an MX record for the server that "
                               "receives your mail.")
                .arg(domain)));
        break;
    case MxStatus::None:
        out.append(finding(Warning, ReputationText::tr("No MX record for %1").arg(domain),
            ReputationText::tr("Mail to %1 goes to its address record, if it has one (RFC 5321 "
                               "§5.1), so bounces and replies may be lost, and some receivers "
                               "distrust mail from such a domain. Publish an MX record for the "
                               "server that receives your mail.")
                .arg(domain)));
        break;
    case MxStatus::NoDomain:
        out.append(finding(Problem, ReputationText::tr("%1 does not exist").arg(domain),
            ReputationText::tr("DNS has no domain %1. Receivers refuse mail from an address at a "
                               "domain that does not exist. Check the spelling, or whether the "
                               "domain's registration has lapsed.")
                .arg(domain)));
        break;
    case MxStatus::Unknown:
        out.append(couldNotCheck(ReputationText::tr("Could not check the MX of %1").arg(domain), result.problem));
        break;
    case MxStatus::BadInput:
        out.append(finding(Problem, ReputationText::tr("Not a domain name"),
            ReputationText::tr("%1. Enter a domain such as board.example.").arg(capitalized(result.problem))));
        break;
    }
    return out;
}

} // namespace

QByteArrayView reputationSeverityName(ReputationSeverity severity)
{
    switch (severity) {
    case ReputationSeverity::Info:
        return "info";
    case ReputationSeverity::Warning:
        return "warning";
    case ReputationSeverity::Problem:
        return "problem";
    }
    return "?";
}

QByteArrayView dmarcDispositionName(DmarcDisposition disposition)
{
    switch (disposition) {
    case DmarcDisposition::None:
        return "none";
    case DmarcDisposition::Quarantine:
        return "quarantine";
    case DmarcDisposition::Reject:
        return "reject";
    }
    return "?";
}

QByteArrayView dmarcStatusName(DmarcStatus status)
{
    switch (status) {
    case DmarcStatus::Found:
        return "found";
    case DmarcStatus::None:
        return "none";
    case DmarcStatus::Several:
        return "several";
    case DmarcStatus::Malformed:
        return "malformed";
    case DmarcStatus::Unknown:
        return "unknown";
    case DmarcStatus::BadInput:
        return "bad_input";
    }
    return "?";
}

QByteArrayView dkimKeyStatusName(DkimKeyStatus status)
{
    switch (status) {
    case DkimKeyStatus::Found:
        return "found";
    case DkimKeyStatus::None:
        return "none";
    case DkimKeyStatus::Revoked:
        return "revoked";
    case DkimKeyStatus::Several:
        return "several";
    case DkimKeyStatus::Malformed:
        return "malformed";
    case DkimKeyStatus::Unknown:
        return "unknown";
    case DkimKeyStatus::BadInput:
        return "bad_input";
    }
    return "?";
}

QByteArrayView reverseDnsStatusName(ReverseDnsStatus status)
{
    switch (status) {
    case ReverseDnsStatus::Confirmed:
        return "confirmed";
    case ReverseDnsStatus::NotConfirmed:
        return "not_confirmed";
    case ReverseDnsStatus::NoPtr:
        return "no_ptr";
    case ReverseDnsStatus::Unknown:
        return "unknown";
    case ReverseDnsStatus::BadInput:
        return "bad_input";
    }
    return "?";
}

QByteArrayView mxStatusName(MxStatus status)
{
    switch (status) {
    case MxStatus::Found:
        return "found";
    case MxStatus::NullMx:
        return "null_mx";
    case MxStatus::None:
        return "none";
    case MxStatus::NoDomain:
        return "no_domain";
    case MxStatus::Unknown:
        return "unknown";
    case MxStatus::BadInput:
        return "bad_input";
    }
    return "?";
}

// ---- DmarcCheck ----

bool DmarcCheck::isDmarcRecord(QByteArrayView text)
{
    qsizetype i = 0;
    const auto skipSpaces = [&] {
        while (i < text.size() && isSpace(text[i]))
            ++i;
    };
    skipSpaces();
    if (i >= text.size() || (text[i] != 'v' && text[i] != 'V'))
        return false;
    ++i;
    skipSpaces();
    if (i >= text.size() || text[i] != '=')
        return false;
    ++i;
    skipSpaces();
    if (text.size() - i < 6 || text.sliced(i, 6).compare("DMARC1", Qt::CaseInsensitive) != 0)
        return false;
    i += 6;
    skipSpaces();
    return i == text.size() || text[i] == ';';
}

bool DmarcCheck::parse(QByteArrayView record, DmarcPolicy* policy, QByteArray* badTag, QString* problem)
{
    QList<Tag> tags;
    if (!parseTagList(record, true, &tags, badTag, problem))
        return false;
    if (tags.isEmpty() || tags.front().name != "v" || tags.front().value.toLower() != "dmarc1") {
        *badTag = "v";
        *problem = ReputationText::tr("the record must start with v=DMARC1");
        return false;
    }
    DmarcPolicy out;
    bool hasPolicy = false;
    for (const Tag& tag : std::as_const(tags)) {
        if (!readDmarcTag(tag, &out, problem)) {
            *badTag = tag.name;
            return false;
        }
        hasPolicy = hasPolicy || tag.name == "p";
    }
    if (!hasPolicy) {
        *badTag = "p";
        *problem = ReputationText::tr("the record has no p= tag, which is required");
        return false;
    }
    *policy = out;
    return true;
}

QByteArray DmarcCheck::organizationalDomain(QByteArrayView domain)
{
    // RFC 7489 §3.2: the registrable domain by the Public Suffix List, ICANN and private sections
    // (board.co.uk, user.github.io). psl_latest() takes the newer of the copy compiled into libpsl
    // and the system's (Debian's publicsuffix package); Windows and macOS have the compiled one.
    // A public suffix itself (co.uk) has no registrable domain: it stands for itself.
    const QByteArray name = Dns::normalizedName(domain);
    if (name.isEmpty())
        return name;
    static const psl_ctx_t* const list = psl_latest(nullptr);
    if (!list)
        return name;
    const char* registrable = psl_registrable_domain(list, name.constData());
    return registrable ? QByteArray(registrable) : name;
}

bool DmarcCheck::alignment(QByteArrayView fromDomain, QByteArrayView otherDomain, bool strict)
{
    const QByteArray from = Dns::normalizedName(fromDomain);
    const QByteArray other = Dns::normalizedName(otherDomain);
    if (from.isEmpty() || other.isEmpty())
        return false;
    if (strict)
        return from == other;
    return organizationalDomain(from) == organizationalDomain(other);
}

void DmarcCheck::run(DnsResolver& resolver, const QByteArray& domain, std::function<void(const DmarcResult&)> done)
{
    auto result = std::make_shared<DmarcResult>();
    result->domain = Dns::normalizedName(domain);
    result->recordName = "_dmarc." + result->domain;
    const auto finish = [done = std::move(done)](const std::shared_ptr<DmarcResult>& r) {
        r->findings = dmarcFindings(*r);
        done(*r);
    };
    if (!plausibleName(result->domain) || !Dns::validName(result->recordName)) {
        result->status = DmarcStatus::BadInput;
        result->problem = notADomain(domain);
        finish(result);
        return;
    }

    resolver.lookup(result->recordName, DnsType::Txt, [&resolver, result, finish](const DnsAnswer& answer) {
        const QByteArray organizational = organizationalDomain(result->domain);
        const bool settled = readDmarcAnswer(answer, result.get());
        if (settled || organizational == result->domain) {
            if (!settled)
                result->status = DmarcStatus::None;
            finish(result);
            return;
        }
        result->recordName = "_dmarc." + organizational;
        result->fromOrganizationalDomain = true;
        resolver.lookup(result->recordName, DnsType::Txt, [result, finish](const DnsAnswer& orgAnswer) {
            if (!readDmarcAnswer(orgAnswer, result.get()))
                result->status = DmarcStatus::None;
            finish(result);
        });
    });
}

// ---- DkimKeyCheck ----

bool DkimKeyCheck::parse(QByteArrayView record, DkimKey* key, QByteArray* badTag, QString* problem)
{
    QList<Tag> tags;
    std::optional<QByteArray> encoded;
    DkimKey out;
    if (!parseTagList(record, false, &tags, badTag, problem) || !readKeyTags(tags, &out, &encoded, badTag, problem))
        return false;
    if (!encoded) {
        *badTag = "p";
        *problem = ReputationText::tr("the record has no p= tag (the public key)");
        return false;
    }
    out.revoked = encoded->isEmpty();
    if (!out.revoked && !decodeKey(*encoded, &out, problem)) {
        *badTag = "p";
        return false;
    }
    *key = out;
    return true;
}

int DkimKeyCheck::rsaKeyBits(QByteArrayView der, QString* problem)
{
    // RFC 6376 §3.6.1 names a bare RSAPublicKey, but keys are published as in its appendix C, as a
    // SubjectPublicKeyInfo ::= SEQUENCE { AlgorithmIdentifier SEQUENCE { OID, NULL }, BIT STRING }
    DerReader outer(der);
    QByteArrayView info;
    if (!outer.read(0x30, &info) || !outer.atEnd()) {
        *problem = ReputationText::tr("the key is not DER data, is cut short, or has bytes after it");
        return 0;
    }
    DerReader fields(info);
    if (fields.nextTag() == 0x02)
        return rsaPublicKeyBits(der, problem); // a bare RSAPublicKey

    QByteArrayView algorithm;
    QByteArrayView oid;
    QByteArrayView bits;
    if (!fields.read(0x30, &algorithm) || !DerReader(algorithm).read(0x06, &oid) || !fields.read(0x03, &bits)
        || !fields.atEnd()) {
        *problem = ReputationText::tr("the key is not a SubjectPublicKeyInfo");
        return 0;
    }
    static constexpr char rsaEncryption[] = "\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01"; // 1.2.840.113549.1.1.1
    if (oid != QByteArrayView(rsaEncryption, 9)) {
        *problem = ReputationText::tr("the key is not an RSA key");
        return 0;
    }
    if (bits.isEmpty() || bits[0] != 0) {
        *problem = ReputationText::tr("the key's bit string is empty or not whole bytes");
        return 0;
    }
    return rsaPublicKeyBits(bits.sliced(1), problem);
}

QList<DkimSignatureId> DkimKeyCheck::signatures(QByteArrayView message)
{
    // Unfold the header section (RFC 5322 §2.2.3): a line starting with a space or tab goes on the
    // header before it. The section ends at the first empty line.
    QList<QByteArray> headers;
    for (QByteArray line : message.toByteArray().split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() && headers.isEmpty())
            continue; // blank lines pasted before the message
        if (line.isEmpty())
            break;
        if ((line[0] == ' ' || line[0] == '\t') && !headers.isEmpty())
            headers.back() += line;
        else
            headers.append(line);
    }

    QList<DkimSignatureId> out;
    for (const QByteArray& header : std::as_const(headers)) {
        const qsizetype colon = header.indexOf(':');
        if (colon < 0 || header.first(colon).trimmed().compare("DKIM-Signature", Qt::CaseInsensitive) != 0)
            continue; // not this header, or a line that is no header (an mbox "From " line)
        QList<Tag> tags;
        QByteArray badTag;
        QString problem;
        if (!parseTagList(header.sliced(colon + 1), false, &tags, &badTag, &problem))
            continue;
        DkimSignatureId id;
        for (const Tag& tag : std::as_const(tags)) {
            if (tag.name == "d")
                id.domain = withoutSpaces(tag.value).toLower();
            else if (tag.name == "s")
                id.selector = withoutSpaces(tag.value);
        }
        if (!id.domain.isEmpty() && !id.selector.isEmpty())
            out.append(id);
    }
    return out;
}

void DkimKeyCheck::run(DnsResolver& resolver, const QByteArray& domain, const QByteArray& selector,
    std::function<void(const DkimKeyResult&)> done)
{
    auto result = std::make_shared<DkimKeyResult>();
    result->domain = Dns::normalizedName(domain);
    result->selector = Dns::normalizedName(selector);
    result->name = result->selector + "._domainkey." + result->domain;
    const auto finish = [done = std::move(done)](const std::shared_ptr<DkimKeyResult>& r) {
        r->findings = dkimFindings(*r);
        done(*r);
    };
    if (!plausibleName(result->domain) || !plausibleName(result->selector) || !Dns::validName(result->name)) {
        result->status = DkimKeyStatus::BadInput;
        result->problem
            = ReputationText::tr("\"%1\" and \"%2\" do not make a DNS name").arg(latin1(selector), latin1(domain));
        finish(result);
        return;
    }

    resolver.lookup(result->name, DnsType::Txt, [result, finish](const DnsAnswer& answer) {
        if (answer.isError()) {
            result->status = DkimKeyStatus::Unknown;
            result->problem = lookupProblem(DnsType::Txt, result->name, answer);
        } else if (answer.isEmpty()) {
            result->status = DkimKeyStatus::None;
        } else {
            for (const DnsRecord& record : answer.records)
                result->records.append(record.text());
            if (result->records.size() > 1)
                result->status = DkimKeyStatus::Several;
            else if (!parse(result->records.front(), &result->key, &result->badTag, &result->problem))
                result->status = DkimKeyStatus::Malformed;
            else
                result->status = result->key.revoked ? DkimKeyStatus::Revoked : DkimKeyStatus::Found;
        }
        finish(result);
    });
}

// ---- ReverseDnsCheck ----

bool ReverseDnsCheck::looksGeneric(QByteArrayView name, const QHostAddress& given)
{
    const QByteArray lower = Dns::normalizedName(name);
    const QHostAddress address = Dns::plainAddress(given);

    // Words that access providers put in the names of customer lines, as whole words between
    // digits, dots and dashes ("adsl-dyn-12", "pool123", "static-ip-...").
    static const QList<QByteArray> words {"dynamic", "dyn", "dhcp", "pool", "dsl", "adsl", "vdsl", "xdsl", "cable",
        "ppp", "pppoe", "dial", "dialup", "dialin", "client", "clients", "cust", "customer", "cpe", "broadband",
        "residential", "unassigned"};
    QList<QByteArray> tokens;
    QByteArray token;
    const QByteArray ended = lower + '.';
    for (const char c : ended) {
        if (isAlpha(c)) {
            token += c;
        } else if (!token.isEmpty()) {
            tokens.append(token);
            token.clear();
        }
    }
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (words.contains(tokens[i]))
            return true;
        if (tokens[i] == "static" && i + 1 < tokens.size() && tokens[i + 1] == "ip")
            return true;
    }
    if (lower.contains("staticip"))
        return true;

    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return holdsIpv4(lower, address.toIPv4Address());
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return holdsIpv6(lower, address);
    return false;
}

void ReverseDnsCheck::run(
    DnsResolver& resolver, const QHostAddress& address, std::function<void(const ReverseDnsResult&)> done)
{
    auto state = std::make_shared<ReverseState>();
    state->resolver = &resolver;
    state->done = std::move(done);
    ReverseDnsResult& result = state->result;
    result.address = Dns::plainAddress(address);
    const QAbstractSocket::NetworkLayerProtocol protocol = result.address.protocol();
    if (protocol != QAbstractSocket::IPv4Protocol && protocol != QAbstractSocket::IPv6Protocol) {
        result.status = ReverseDnsStatus::BadInput;
        result.problem = ReputationText::tr("no IP address was given");
        result.findings = reverseDnsFindings(result);
        state->done(result);
        return;
    }
    result.reverseName = Dns::reverseName(result.address);

    resolver.lookup(result.reverseName, DnsType::Ptr, [state](const DnsAnswer& answer) {
        ReverseDnsResult& r = state->result;
        if (answer.isError() || answer.isEmpty()) {
            r.status = answer.isEmpty() ? ReverseDnsStatus::NoPtr : ReverseDnsStatus::Unknown;
            if (answer.isError())
                r.problem = lookupProblem(DnsType::Ptr, r.reverseName, answer);
            r.findings = reverseDnsFindings(r);
            state->done(r);
            return;
        }
        for (const DnsRecord& record : answer.records) {
            const QByteArray name = Dns::normalizedName(record.target);
            const bool known = std::any_of(
                r.names.cbegin(), r.names.cend(), [&](const ReverseDnsName& entry) { return entry.name == name; });
            if (known || r.names.size() >= MaxNames)
                continue;
            ReverseDnsName entry;
            entry.name = name;
            entry.generic = looksGeneric(name, r.address);
            r.names.append(entry);
        }
        confirmNames(state, 0);
    });
}

// ---- MxCheck ----

void MxCheck::run(DnsResolver& resolver, const QByteArray& domain, std::function<void(const MxResult&)> done)
{
    auto result = std::make_shared<MxResult>();
    result->domain = Dns::normalizedName(domain);
    if (!plausibleName(result->domain)) {
        result->status = MxStatus::BadInput;
        result->problem = notADomain(domain);
        result->findings = mxFindings(*result, false);
        done(*result);
        return;
    }

    resolver.lookup(result->domain, DnsType::Mx, [result, done = std::move(done)](const DnsAnswer& answer) {
        const bool mixedNull = readMxAnswer(answer, result.get());
        result->findings = mxFindings(*result, mixedNull);
        done(*result);
    });
}
