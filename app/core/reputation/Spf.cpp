#include "reputation/Spf.h"

#include "reputation/ReputationText.h"

#include <QDateTime>

#include <algorithm>

namespace {

// check_host()'s results, plus Missing: an answer the pass does not have yet.
enum class Verdict
{
    None,
    Neutral,
    Pass,
    Fail,
    SoftFail,
    TempError,
    PermError,
    Missing,
};

// What a mechanism says: it matched, it did not, or the evaluation stops.
enum class Match
{
    No,
    Yes,
    Stop, // TempError, PermError or Missing: in Private::m_stop
};

constexpr char DefaultExplanation[] = "The domain's SPF record does not authorize this address to send its mail";

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAlnum(char c)
{
    return isAlpha(c) || isDigit(c);
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + 32) : c;
}

QByteArray lowered(QByteArrayView text)
{
    QByteArray out = text.toByteArray();
    for (char& c : out)
        c = lower(c);
    return out;
}

bool isDelimiter(char c)
{
    return c == '.' || c == '-' || c == '+' || c == ',' || c == '/' || c == '_' || c == '=';
}

// "%{" macro-letter transformers *delimiter "}": the part between the braces.
bool validMacroBody(QByteArrayView body, bool explanation)
{
    if (body.isEmpty())
        return false;
    const char letter = lower(body[0]);
    static constexpr QByteArrayView domainLetters("slodiphv");
    static constexpr QByteArrayView explanationLetters("crt");
    if (!domainLetters.contains(letter) && !(explanation && explanationLetters.contains(letter)))
        return false;
    qsizetype i = 1;
    while (i < body.size() && isDigit(body[i]))
        ++i;
    if (i < body.size() && lower(body[i]) == 'r')
        ++i;
    while (i < body.size() && isDelimiter(body[i]))
        ++i;
    return i == body.size();
}

// A piece of a macro-string: a literal run or one macro-expand.
struct MacroPiece
{
    QByteArrayView text; // the literal, or the whole "%{...}", "%%", "%_", "%-"
    bool macro = false;
};

// Splits a macro-string; false on a syntax error. Explanations may also hold spaces.
bool splitMacroString(QByteArrayView s, bool explanation, QList<MacroPiece>* pieces)
{
    qsizetype literalStart = 0;
    const auto flush = [&](qsizetype end) {
        if (end > literalStart)
            pieces->append({s.sliced(literalStart, end - literalStart), false});
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c != '%') {
            const auto byte = quint8(c);
            const bool literal = (byte >= 0x21 && byte <= 0x7e) || (explanation && c == ' ');
            if (!literal)
                return false;
            continue;
        }
        flush(i);
        if (i + 1 >= s.size())
            return false;
        const char next = s[i + 1];
        if (next == '%' || next == '_' || next == '-') {
            pieces->append({s.sliced(i, 2), true});
            literalStart = ++i + 1;
            continue;
        }
        if (next != '{')
            return false;
        const qsizetype close = s.indexOf('}', i + 2);
        if (close < 0 || !validMacroBody(s.sliced(i + 2, close - i - 2), explanation))
            return false;
        pieces->append({s.sliced(i, close - i + 1), true});
        i = close;
        literalStart = close + 1;
    }
    flush(s.size());
    return true;
}

// toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum )
bool validTopLabel(QByteArrayView label)
{
    if (label.isEmpty() || label.front() == '-' || label.back() == '-')
        return false;
    bool alpha = false;
    bool hyphen = false;
    for (const char c : label) {
        if (c == '-')
            hyphen = true;
        else if (isAlpha(c))
            alpha = true;
        else if (!isDigit(c))
            return false;
    }
    return alpha || hyphen;
}

// domain-spec = macro-string domain-end; domain-end = ( "." toplabel [ "." ] ) / macro-expand
bool validDomainSpec(QByteArrayView spec)
{
    QList<MacroPiece> pieces;
    if (spec.isEmpty() || !splitMacroString(spec, false, &pieces) || pieces.isEmpty())
        return false;
    if (pieces.back().macro)
        return true;
    QByteArrayView tail = pieces.back().text;
    if (tail.endsWith('.'))
        tail.chop(1);
    const qsizetype dot = tail.lastIndexOf('.');
    return dot >= 0 && validTopLabel(tail.sliced(dot + 1));
}

bool readNumber(QByteArrayView text, int max, int* value)
{
    // "0" or a number without leading zeros.
    if (text.isEmpty() || text.size() > 3 || !std::all_of(text.begin(), text.end(), isDigit)
        || (text.size() > 1 && text[0] == '0'))
        return false;
    *value = text.toInt();
    return *value <= max;
}

// dotted-quad with octets 0-255 without leading zeros
bool readIpv4(QByteArrayView text, QHostAddress* address)
{
    const QList<QByteArray> parts = text.toByteArray().split('.');
    if (parts.size() != 4)
        return false;
    quint32 value = 0;
    for (const QByteArray& part : parts) {
        int octet = 0;
        if (!readNumber(part, 255, &octet))
            return false;
        value = (value << 8) | quint32(octet);
    }
    *address = QHostAddress(value);
    return true;
}

struct Term
{
    enum Kind
    {
        All,
        Include,
        A,
        Mx,
        Ptr,
        Ip4,
        Ip6,
        Exists,
        Redirect,
        Exp,
        Unknown, // an unknown modifier: ignored
    };
    Kind kind = All;
    char qualifier = '+';
    QByteArray spec; // domain-spec, unexpanded; empty: the current domain
    int cidr4 = 32;
    int cidr6 = 128;
    QHostAddress network;
    QByteArray text;
};

struct Policy
{
    QList<Term> directives;
    std::optional<Term> redirect;
    std::optional<Term> exp;
    bool hasAll = false;
};

// Where a dual-cidr-length suffix ("/24", "//64", "/24//64") starts, or -1. It is read from the
// end: a domain-spec may hold '/' itself ("a:foo:bar/baz.example.com").
qsizetype cidrStart(QByteArrayView text)
{
    const auto digitsBefore = [&](qsizetype end) {
        qsizetype start = end;
        while (start > 0 && isDigit(text[start - 1]))
            --start;
        return start;
    };
    qsizetype end = text.size();
    qsizetype start = -1;
    qsizetype digits = digitsBefore(end);
    if (digits < end && digits >= 2 && text[digits - 1] == '/' && text[digits - 2] == '/') {
        start = digits - 2;
        end = start;
        digits = digitsBefore(end);
    }
    if (digits < end && digits >= 1 && text[digits - 1] == '/' && (digits < 2 || text[digits - 2] != '/'))
        start = digits - 1;
    return start;
}

// dual-cidr-length = [ ip4-cidr-length ] [ "/" ip6-cidr-length ]
bool readDualCidr(QByteArrayView text, Term* term)
{
    if (text.isEmpty())
        return true;
    if (text.startsWith("//"))
        return readNumber(text.sliced(2), 128, &term->cidr6);
    if (!text.startsWith('/'))
        return false;
    const qsizetype six = text.indexOf("//");
    if (six < 0)
        return readNumber(text.sliced(1), 32, &term->cidr4);
    return readNumber(text.sliced(1, six - 1), 32, &term->cidr4) && readNumber(text.sliced(six + 2), 128, &term->cidr6);
}

bool parseTerm(QByteArrayView token, Policy* policy, QString* problem)
{
    Term term;
    term.text = token.toByteArray();
    const auto bad = [&](const QString& why) {
        //: %1 is a term of an SPF record, %2 why it is wrong
        *problem = ReputationText::tr("\"%1\": %2").arg(QString::fromLatin1(token), why);
        return false;
    };

    // modifier = name "=" macro-string; name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." )
    qsizetype nameEnd = 0;
    while (nameEnd < token.size()
        && (isAlnum(token[nameEnd]) || token[nameEnd] == '-' || token[nameEnd] == '_' || token[nameEnd] == '.'))
        ++nameEnd;
    if (nameEnd > 0 && isAlpha(token[0]) && nameEnd < token.size() && token[nameEnd] == '=') {
        const QByteArray name = lowered(token.first(nameEnd));
        term.spec = token.sliced(nameEnd + 1).toByteArray();
        if (name == "redirect" || name == "exp") {
            if (!validDomainSpec(term.spec))
                return bad(ReputationText::tr("not a valid domain"));
            std::optional<Term>& slot = name == "redirect" ? policy->redirect : policy->exp;
            if (slot)
                return bad(ReputationText::tr("the record has this modifier twice"));
            term.kind = name == "redirect" ? Term::Redirect : Term::Exp;
            slot = term;
            return true;
        }
        QList<MacroPiece> pieces;
        if (!splitMacroString(term.spec, false, &pieces))
            return bad(ReputationText::tr("not a valid macro string"));
        return true; // unknown modifiers are ignored (RFC 7208 §6)
    }

    QByteArrayView rest = token;
    if (!rest.isEmpty() && QByteArrayView("+-?~").contains(rest[0])) {
        term.qualifier = rest[0];
        rest = rest.sliced(1);
    }
    qsizetype mechanismEnd = 0;
    while (mechanismEnd < rest.size() && isAlnum(rest[mechanismEnd]))
        ++mechanismEnd;
    const QByteArray mechanism = lowered(rest.first(mechanismEnd));
    rest = rest.sliced(mechanismEnd);

    const auto domainArgument = [&](bool required) {
        if (rest.isEmpty())
            return !required;
        if (!rest.startsWith(':'))
            return false;
        term.spec = rest.sliced(1).toByteArray();
        return validDomainSpec(term.spec);
    };

    if (mechanism == "all") {
        if (!rest.isEmpty())
            return bad(ReputationText::tr("\"all\" takes no argument"));
        term.kind = Term::All;
        policy->hasAll = true;
    } else if (mechanism == "include" || mechanism == "exists") {
        term.kind = mechanism == "include" ? Term::Include : Term::Exists;
        if (!domainArgument(true))
            return bad(ReputationText::tr("needs a valid domain"));
    } else if (mechanism == "ptr") {
        term.kind = Term::Ptr;
        if (!domainArgument(false))
            return bad(ReputationText::tr("not a valid domain"));
    } else if (mechanism == "a" || mechanism == "mx") {
        term.kind = mechanism == "a" ? Term::A : Term::Mx;
        const qsizetype slash = cidrStart(rest);
        const QByteArrayView cidr = slash >= 0 ? rest.sliced(slash) : QByteArrayView();
        rest = rest.first(slash >= 0 ? slash : rest.size());
        if (!domainArgument(false))
            return bad(ReputationText::tr("not a valid domain"));
        if (!readDualCidr(cidr, &term))
            return bad(ReputationText::tr("not a valid prefix length"));
    } else if (mechanism == "ip4" || mechanism == "ip6") {
        term.kind = mechanism == "ip4" ? Term::Ip4 : Term::Ip6;
        if (!rest.startsWith(':'))
            return bad(ReputationText::tr("needs an address"));
        rest = rest.sliced(1);
        const qsizetype slash = rest.indexOf('/');
        const QByteArrayView address = slash >= 0 ? rest.first(slash) : rest;
        bool ok = false;
        if (term.kind == Term::Ip4) {
            ok = readIpv4(address, &term.network);
            if (ok && slash >= 0)
                ok = readNumber(rest.sliced(slash + 1), 32, &term.cidr4);
        } else {
            ok = address.contains(':') && term.network.setAddress(QString::fromLatin1(address))
                && term.network.protocol() == QAbstractSocket::IPv6Protocol;
            if (ok && slash >= 0)
                ok = readNumber(rest.sliced(slash + 1), 128, &term.cidr6);
        }
        if (!ok)
            return bad(ReputationText::tr("not a valid address or prefix length"));
    } else {
        return bad(ReputationText::tr("unknown mechanism"));
    }
    policy->directives.append(term);
    return true;
}

bool parsePolicy(QByteArrayView record, Policy* policy, QString* problem)
{
    const QByteArrayView terms = record.sliced(6); // after "v=spf1"
    for (const QByteArray& token : terms.toByteArray().split(' ')) {
        if (!token.isEmpty() && !parseTerm(token, policy, problem))
            return false;
    }
    return true;
}

bool isSpfRecord(QByteArrayView text)
{
    return text.size() >= 6 && lowered(text.first(6)) == "v=spf1" && (text.size() == 6 || text[6] == ' ');
}

// RFC 3986 unreserved characters stay; the rest is %XX.
QByteArray urlEscaped(QByteArrayView text)
{
    QByteArray out;
    for (const char c : text) {
        if (isAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += c;
        } else {
            static constexpr char hex[] = "0123456789ABCDEF";
            out += '%';
            out += hex[quint8(c) >> 4];
            out += hex[quint8(c) & 0xf];
        }
    }
    return out;
}

} // namespace

QByteArrayView spfResultName(SpfResult result)
{
    switch (result) {
    case SpfResult::None:
        return "none";
    case SpfResult::Neutral:
        return "neutral";
    case SpfResult::Pass:
        return "pass";
    case SpfResult::Fail:
        return "fail";
    case SpfResult::SoftFail:
        return "softfail";
    case SpfResult::TempError:
        return "temperror";
    case SpfResult::PermError:
        return "permerror";
    }
    return "?";
}

class SpfEvaluation::Private
{
public:
    Private(const SpfRequest& request, Answers answers, std::optional<Missing>* missing)
        : m_request(request), m_answers(std::move(answers)), m_missing(missing)
    { }

    SpfOutcome run();

private:
    const DnsAnswer* ask(const QByteArray& name, DnsType type);
    Verdict stop(Verdict verdict, const QString& problem);
    Verdict checkHost(const QByteArray& domain, int depth, QByteArray* explanation);
    Match match(const Term& term, const QByteArray& domain, int depth);
    Match matchAddresses(const QByteArray& name, const Term& term, bool countVoid);
    // The answer a mechanism needs; nullptr when it has none, with *none saying whether the
    // evaluation stops (missing answer, DNS failure, too many void lookups) or just goes on.
    const DnsAnswer* termLookup(const QByteArray& name, DnsType type, bool voidCounts, Match* none);
    bool countLookup();
    bool countVoid();
    Verdict explain(const Policy& policy, const QByteArray& domain, QByteArray* explanation);
    std::optional<QByteArray> expand(QByteArrayView spec, const QByteArray& domain, bool explanation);
    std::optional<QByteArray> expandDomain(const Term& term, const QByteArray& domain);
    std::optional<QByteArray> macroValue(char letter, const QByteArray& domain);
    // The IP's PTR names whose own addresses include the IP (at most 10 are checked);
    // nullopt when an answer is missing.
    std::optional<QList<QByteArray>> validatedNames();
    void note(int depth, const QByteArray& domain, const QByteArray& term, const QString& text)
    {
        m_steps.append({depth, domain, term, text});
    }

    SpfRequest m_request;
    Answers m_answers;
    std::optional<Missing>* m_missing;
    const DnsAnswer m_badName {DnsStatus::BadName, {}, ReputationText::tr("not a valid domain name")};

    QHostAddress m_ip;
    bool m_v6 = false;
    QByteArray m_sender;
    QByteArray m_local;
    QByteArray m_senderDomain;
    int m_lookups = 0;
    int m_voids = 0;
    Verdict m_stop = Verdict::None;
    QString m_problem;
    QByteArray m_record;
    QList<SpfStep> m_steps;
};

const DnsAnswer* SpfEvaluation::Private::ask(const QByteArray& name, DnsType type)
{
    if (!Dns::validName(name))
        return &m_badName;
    const QByteArray key = Dns::normalizedName(name);
    const DnsAnswer* answer = m_answers(key, type);
    if (!answer && !*m_missing)
        *m_missing = Missing {key, type};
    return answer;
}

Verdict SpfEvaluation::Private::stop(Verdict verdict, const QString& problem)
{
    m_stop = verdict;
    if (verdict != Verdict::Missing && m_problem.isEmpty())
        m_problem = problem;
    return verdict;
}

bool SpfEvaluation::Private::countLookup()
{
    if (++m_lookups <= MaxLookups)
        return true;
    stop(Verdict::PermError,
        ReputationText::tr("more than %n DNS-querying terms (RFC 7208 §4.6.4)", nullptr, MaxLookups));
    return false;
}

bool SpfEvaluation::Private::countVoid()
{
    if (++m_voids <= MaxVoidLookups)
        return true;
    stop(Verdict::PermError,
        ReputationText::tr(
            "more than %n lookups found nothing (void lookup limit, RFC 7208 §4.6.4)", nullptr, MaxVoidLookups));
    return false;
}

SpfOutcome SpfEvaluation::Private::run()
{
    m_ip = Dns::plainAddress(m_request.ip);
    m_v6 = m_ip.protocol() == QAbstractSocket::IPv6Protocol;
    QByteArray domain;
    if (m_request.sender.isEmpty()) {
        domain = m_request.helo;
        m_local = "postmaster";
    } else {
        const qsizetype at = m_request.sender.lastIndexOf('@');
        domain = at < 0 ? m_request.sender : m_request.sender.mid(at + 1);
        m_local = at <= 0 ? QByteArray("postmaster") : m_request.sender.first(at);
    }
    m_senderDomain = domain;
    m_sender = m_local + '@' + domain;

    SpfOutcome outcome;
    outcome.domain = domain;
    QByteArray explanation;
    Verdict verdict = checkHost(domain, 0, &explanation);
    if (verdict == Verdict::Missing)
        verdict = Verdict::TempError; // not final: the caller asks for the missing answer
    switch (verdict) {
    case Verdict::None:
        outcome.result = SpfResult::None;
        break;
    case Verdict::Neutral:
        outcome.result = SpfResult::Neutral;
        break;
    case Verdict::Pass:
        outcome.result = SpfResult::Pass;
        break;
    case Verdict::Fail:
        outcome.result = SpfResult::Fail;
        outcome.defaultExplanation = explanation.isEmpty();
        outcome.explanation = explanation.isEmpty() ? QByteArray(DefaultExplanation) : explanation;
        break;
    case Verdict::SoftFail:
        outcome.result = SpfResult::SoftFail;
        break;
    case Verdict::TempError:
    case Verdict::Missing:
        outcome.result = SpfResult::TempError;
        outcome.problem = m_problem;
        break;
    case Verdict::PermError:
        outcome.result = SpfResult::PermError;
        outcome.problem = m_problem;
        break;
    }
    outcome.record = m_record;
    outcome.lookups = m_lookups;
    outcome.voidLookups = m_voids;
    outcome.steps = m_steps;
    return outcome;
}

Verdict SpfEvaluation::Private::checkHost(const QByteArray& domain, int depth, QByteArray* explanation)
{
    // RFC 7208 §4.3: a malformed or single-label domain has no policy.
    QByteArrayView name = domain;
    if (name.endsWith('.'))
        name.chop(1);
    if (!Dns::validName(name) || !name.contains('.')) {
        note(depth, domain, {},
            //: An SPF step; "none" is the SPF result, as RFC 7208 names it
            ReputationText::tr("not a valid domain name: none"));
        return Verdict::None;
    }
    const DnsAnswer* txt = ask(domain, DnsType::Txt);
    if (!txt)
        return stop(Verdict::Missing, {});
    if (txt->status == DnsStatus::NxDomain || txt->status == DnsStatus::BadName) {
        note(depth, domain, {},
            //: An SPF step; "none" is the SPF result, as RFC 7208 names it
            ReputationText::tr("the domain does not exist: none"));
        return Verdict::None;
    }
    if (txt->isError()) {
        return stop(Verdict::TempError,
            ReputationText::tr("the TXT lookup for %1 failed (%2)")
                .arg(QString::fromLatin1(domain), QString::fromLatin1(dnsStatusName(txt->status))));
    }
    QList<QByteArray> records;
    for (const DnsRecord& record : txt->records) {
        const QByteArray text = record.text();
        if (isSpfRecord(text))
            records.append(text);
    }
    if (records.isEmpty()) {
        note(depth, domain, {},
            //: An SPF step; "none" is the SPF result, as RFC 7208 names it
            ReputationText::tr("no SPF record: none"));
        return Verdict::None;
    }
    if (records.size() > 1)
        return stop(Verdict::PermError,
            ReputationText::tr("%1 has %n SPF records; it must have one", nullptr, int(records.size()))
                .arg(QString::fromLatin1(domain)));
    const QByteArray& record = records.front();
    if (depth == 0)
        m_record = record;
    note(depth, domain, record, {});

    Policy policy;
    QString problem;
    if (!parsePolicy(record, &policy, &problem))
        return stop(Verdict::PermError,
            ReputationText::tr("the SPF record of %1: %2").arg(QString::fromLatin1(domain), problem));

    for (const Term& term : std::as_const(policy.directives)) {
        const Match matched = match(term, domain, depth);
        if (matched == Match::Stop)
            return m_stop;
        if (matched == Match::No) {
            //: An SPF step: the term does not cover the address
            note(depth, domain, term.text, ReputationText::tr("no match"));
            continue;
        }
        //: An SPF step: the term covers the address
        note(depth, domain, term.text, ReputationText::tr("match"));
        switch (term.qualifier) {
        case '-':
            return explain(policy, domain, explanation);
        case '~':
            return Verdict::SoftFail;
        case '?':
            return Verdict::Neutral;
        default:
            return Verdict::Pass;
        }
    }

    if (policy.redirect && !policy.hasAll) {
        if (!countLookup())
            return m_stop;
        const std::optional<QByteArray> target = expandDomain(*policy.redirect, domain);
        if (!target)
            return m_stop;
        note(depth, domain, policy.redirect->text,
            ReputationText::tr("redirect to %1").arg(QString::fromLatin1(*target)));
        const Verdict redirected = checkHost(*target, depth + 1, explanation);
        if (redirected == Verdict::None)
            return stop(Verdict::PermError,
                ReputationText::tr("redirect to %1, which has no SPF record").arg(QString::fromLatin1(*target)));
        return redirected;
    }
    return Verdict::Neutral;
}

const DnsAnswer* SpfEvaluation::Private::termLookup(const QByteArray& name, DnsType type, bool voidCounts, Match* none)
{
    const DnsAnswer* answer = ask(name, type);
    if (!answer) {
        stop(Verdict::Missing, {});
        *none = Match::Stop;
        return nullptr;
    }
    if (answer->isError() && answer->status != DnsStatus::BadName) {
        stop(Verdict::TempError,
            ReputationText::tr("the %1 lookup for %2 failed (%3)")
                .arg(QString::fromLatin1(dnsTypeName(type)), QString::fromLatin1(name),
                    QString::fromLatin1(dnsStatusName(answer->status))));
        *none = Match::Stop;
        return nullptr;
    }
    if (!answer->ok()) {
        *none = voidCounts && !countVoid() ? Match::Stop : Match::No;
        return nullptr;
    }
    return answer;
}

Match SpfEvaluation::Private::matchAddresses(const QByteArray& name, const Term& term, bool voidCounts)
{
    Match none = Match::No;
    const DnsAnswer* answer = termLookup(name, m_v6 ? DnsType::Aaaa : DnsType::A, voidCounts, &none);
    if (!answer)
        return none;
    const int prefix = m_v6 ? term.cidr6 : term.cidr4;
    for (const DnsRecord& record : answer->records) {
        if (m_ip.isInSubnet(record.address, prefix))
            return Match::Yes;
    }
    return Match::No;
}

Match SpfEvaluation::Private::match(const Term& term, const QByteArray& domain, int depth)
{
    switch (term.kind) {
    case Term::All:
        return Match::Yes;
    case Term::Ip4:
        return !m_v6 && m_ip.isInSubnet(term.network, term.cidr4) ? Match::Yes : Match::No;
    case Term::Ip6:
        return m_v6 && m_ip.isInSubnet(term.network, term.cidr6) ? Match::Yes : Match::No;
    case Term::Redirect:
    case Term::Exp:
    case Term::Unknown:
        return Match::No;
    case Term::A:
    case Term::Mx:
    case Term::Ptr:
    case Term::Exists:
    case Term::Include:
        break;
    }

    if (!countLookup())
        return Match::Stop;
    const std::optional<QByteArray> target = expandDomain(term, domain);
    if (!target)
        return Match::Stop;

    switch (term.kind) {
    case Term::A:
        return matchAddresses(*target, term, true);
    case Term::Mx: {
        Match none = Match::No;
        const DnsAnswer* mx = termLookup(*target, DnsType::Mx, true, &none);
        if (!mx)
            return none;
        if (mx->records.size() > MaxLookups) {
            stop(Verdict::PermError,
                ReputationText::tr("%1 has more than %n MX records (RFC 7208 §4.6.4)", nullptr, MaxLookups)
                    .arg(QString::fromLatin1(*target)));
            return Match::Stop;
        }
        for (const DnsRecord& record : mx->records) {
            const Match matched = matchAddresses(record.target, term, false);
            if (matched != Match::No)
                return matched;
        }
        return Match::No;
    }
    case Term::Ptr: {
        const std::optional<QList<QByteArray>> names = validatedNames();
        if (!names) {
            stop(Verdict::Missing, {});
            return Match::Stop;
        }
        if (m_stop != Verdict::None)
            return Match::Stop;
        const QByteArray wanted = Dns::normalizedName(*target);
        for (const QByteArray& name : *names) {
            if (name == wanted || name.endsWith(QByteArray('.' + wanted)))
                return Match::Yes;
        }
        return Match::No;
    }
    case Term::Exists: {
        Match none = Match::No;
        return termLookup(*target, DnsType::A, true, &none) ? Match::Yes : none;
    }
    case Term::Include: {
        const Verdict included = checkHost(*target, depth + 1, nullptr);
        switch (included) {
        case Verdict::Pass:
            return Match::Yes;
        case Verdict::Fail:
        case Verdict::SoftFail:
        case Verdict::Neutral:
            return Match::No;
        case Verdict::None:
            stop(Verdict::PermError,
                ReputationText::tr("include of %1, which has no SPF record").arg(QString::fromLatin1(*target)));
            return Match::Stop;
        case Verdict::TempError:
        case Verdict::PermError:
        case Verdict::Missing:
            m_stop = included;
            return Match::Stop;
        }
        return Match::Stop;
    }
    default:
        return Match::No;
    }
}

std::optional<QList<QByteArray>> SpfEvaluation::Private::validatedNames()
{
    const DnsAnswer* ptr = ask(Dns::reverseName(m_ip), DnsType::Ptr);
    if (!ptr)
        return std::nullopt;
    QList<QByteArray> validated;
    if (!ptr->ok())
        return validated; // errors make ptr fail to match (RFC 7208 §5.5)
    int checked = 0;
    for (const DnsRecord& record : ptr->records) {
        if (++checked > MaxLookups)
            break;
        const QByteArray name = Dns::normalizedName(record.target);
        const DnsAnswer* addresses = ask(name, m_v6 ? DnsType::Aaaa : DnsType::A);
        if (!addresses)
            return std::nullopt;
        if (!addresses->ok())
            continue; // a name whose lookup fails is skipped
        for (const DnsRecord& address : addresses->records) {
            if (Dns::plainAddress(address.address) == m_ip) {
                validated.append(name);
                break;
            }
        }
    }
    return validated;
}

Verdict SpfEvaluation::Private::explain(const Policy& policy, const QByteArray& domain, QByteArray* explanation)
{
    if (!explanation || !policy.exp)
        return Verdict::Fail;
    // RFC 7208 §6.2: any trouble with exp= leaves the default explanation; the result stays fail.
    const Verdict before = m_stop;
    const QString problem = m_problem;
    const std::optional<QByteArray> target = expandDomain(*policy.exp, domain);
    if (!target) {
        if (m_stop == Verdict::Missing)
            return Verdict::Missing;
        m_stop = before;
        m_problem = problem;
        return Verdict::Fail;
    }
    const DnsAnswer* txt = ask(*target, DnsType::Txt);
    if (!txt)
        return stop(Verdict::Missing, {});
    if (!txt->ok() || txt->records.size() != 1)
        return Verdict::Fail;
    const std::optional<QByteArray> text = expand(txt->records.front().text(), domain, true);
    if (!text) {
        if (m_stop == Verdict::Missing)
            return Verdict::Missing;
        m_stop = before;
        m_problem = problem;
        return Verdict::Fail;
    }
    *explanation = *text;
    return Verdict::Fail;
}

std::optional<QByteArray> SpfEvaluation::Private::expandDomain(const Term& term, const QByteArray& domain)
{
    if (term.spec.isEmpty())
        return domain;
    std::optional<QByteArray> expanded = expand(term.spec, domain, false);
    if (!expanded)
        return std::nullopt;
    // Over 253 bytes: drop labels from the left until it fits (RFC 7208 §7.3).
    QByteArray& name = *expanded;
    while (name.size() > 253) {
        const qsizetype dot = name.indexOf('.');
        if (dot < 0) {
            name.clear();
            break;
        }
        name.remove(0, dot + 1);
    }
    return expanded;
}

std::optional<QByteArray> SpfEvaluation::Private::macroValue(char letter, const QByteArray& domain)
{
    switch (letter) {
    case 's':
        return m_sender;
    case 'l':
        return m_local;
    case 'o':
        return m_senderDomain;
    case 'd':
        return domain;
    case 'i': {
        if (!m_v6)
            return m_ip.toString().toLatin1();
        // Dotted nibbles, most significant first.
        QByteArray reversed = Dns::reverseName(m_ip);
        reversed.chop(9); // ".ip6.arpa"
        QList<QByteArray> nibbles = reversed.split('.');
        std::reverse(nibbles.begin(), nibbles.end());
        QByteArray dotted = nibbles.join('.');
        const bool upper = std::any_of(
            m_request.ipText.begin(), m_request.ipText.end(), [](char c) { return c >= 'A' && c <= 'F'; });
        return upper ? dotted.toUpper() : dotted;
    }
    case 'p': {
        const std::optional<QList<QByteArray>> names = validatedNames();
        if (!names)
            return std::nullopt;
        const QByteArray wanted = Dns::normalizedName(domain);
        for (const QByteArray& name : *names) {
            if (name == wanted)
                return name;
        }
        for (const QByteArray& name : *names) {
            if (name.endsWith(QByteArray('.' + wanted)))
                return name;
        }
        return names->isEmpty() ? QByteArray("unknown") : names->front();
    }
    case 'v':
        return m_v6 ? QByteArray("ip6") : QByteArray("in-addr");
    case 'h':
        return m_request.helo;
    case 'c':
        return m_ip.toString().toLatin1();
    case 'r':
        return m_request.receiver;
    case 't':
        return QByteArray::number(m_request.timestamp ? m_request.timestamp : QDateTime::currentSecsSinceEpoch());
    default:
        return QByteArray();
    }
}

std::optional<QByteArray> SpfEvaluation::Private::expand(
    QByteArrayView spec, const QByteArray& domain, bool explanation)
{
    QList<MacroPiece> pieces;
    if (!splitMacroString(spec, explanation, &pieces)) {
        stop(Verdict::PermError,
            ReputationText::tr("\"%1\" is not a valid macro string").arg(QString::fromLatin1(spec)));
        return std::nullopt;
    }
    QByteArray out;
    for (const MacroPiece& piece : std::as_const(pieces)) {
        if (!piece.macro) {
            out += piece.text;
            continue;
        }
        if (piece.text == "%%") {
            out += '%';
            continue;
        }
        if (piece.text == "%_") {
            out += ' ';
            continue;
        }
        if (piece.text == "%-") {
            out += "%20";
            continue;
        }
        const QByteArrayView body = piece.text.sliced(2, piece.text.size() - 3);
        const char letter = body[0];
        const std::optional<QByteArray> value = macroValue(lower(letter), domain);
        if (!value) {
            stop(Verdict::Missing, {});
            return std::nullopt;
        }
        qsizetype i = 1;
        while (i < body.size() && isDigit(body[i]))
            ++i;
        const QByteArrayView digits = body.sliced(1, i - 1);
        const bool reverse = i < body.size() && lower(body[i]) == 'r';
        if (reverse)
            ++i;
        const QByteArrayView delimiters = body.sliced(i);

        QList<QByteArray> parts;
        QByteArray part;
        for (const char c : *value) {
            if (delimiters.isEmpty() ? c == '.' : delimiters.contains(c)) {
                parts.append(part);
                part.clear();
            } else {
                part += c;
            }
        }
        parts.append(part);
        if (reverse)
            std::reverse(parts.begin(), parts.end());
        if (!digits.isEmpty()) {
            const int keep = digits.toInt();
            if (keep == 0) {
                stop(Verdict::PermError,
                    ReputationText::tr("the macro %1 keeps no part").arg(QString::fromLatin1(piece.text)));
                return std::nullopt;
            }
            if (keep < parts.size())
                parts = parts.mid(parts.size() - keep);
        }
        const QByteArray joined = parts.join('.');
        out += isAlpha(letter) && letter >= 'A' && letter <= 'Z' ? urlEscaped(joined) : joined;
    }
    return out;
}

SpfEvaluation::SpfEvaluation(const SpfRequest& request, Answers answers)
    : d(std::make_unique<Private>(request, std::move(answers), &m_missing))
{ }

SpfEvaluation::~SpfEvaluation() = default;

SpfOutcome SpfEvaluation::run()
{
    m_missing.reset();
    return d->run();
}

void SpfCheck::run(DnsResolver& resolver, const SpfRequest& request, std::function<void(const SpfOutcome&)> done)
{
    struct State
    {
        DnsResolver* resolver = nullptr;
        SpfRequest request;
        std::function<void(const SpfOutcome&)> done;
        QHash<QByteArray, DnsAnswer> answers; // "name/type"
        int queries = 0;
        bool waiting = false;
    };
    auto state = std::make_shared<State>();
    state->resolver = &resolver;
    state->request = request;
    state->done = std::move(done);

    // One pass per missing answer; a resolver that answers at once re-enters through the loop,
    // not through recursion.
    const auto step = [](const std::shared_ptr<State>& s, const auto& self) -> void {
        for (;;) {
            SpfEvaluation evaluation(s->request, [&s](const QByteArray& name, DnsType type) -> const DnsAnswer* {
                const auto it = s->answers.constFind(name + '/' + QByteArray::number(int(type)));
                return it == s->answers.constEnd() ? nullptr : &*it;
            });
            SpfOutcome outcome = evaluation.run();
            const std::optional<SpfEvaluation::Missing> missing = evaluation.missing();
            if (!missing || s->queries >= MaxQueries) {
                if (missing) {
                    outcome.result = SpfResult::TempError;
                    outcome.problem
                        = ReputationText::tr("the check needed more than %n DNS queries", nullptr, MaxQueries);
                }
                s->done(outcome);
                return;
            }
            ++s->queries;
            const QByteArray key = missing->name + '/' + QByteArray::number(int(missing->type));
            bool answeredNow = false;
            s->waiting = true;
            s->resolver->lookup(missing->name, missing->type, [s, key, &answeredNow, self](const DnsAnswer& answer) {
                s->answers.insert(key, answer);
                if (s->waiting) {
                    // Answered before lookup() returned: the loop goes on.
                    s->waiting = false;
                    answeredNow = true;
                    return;
                }
                self(s, self);
            });
            if (!answeredNow) {
                s->waiting = false;
                return; // the callback runs the next pass
            }
        }
    };
    step(state, step);
}
