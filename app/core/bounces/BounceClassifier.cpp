#include "bounces/BounceClassifier.h"

#include "mail/DeliveryEvent.h"
#include "support/LogCategories.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <bit>
#include <deque>

namespace {

constexpr int MaxRules = 64; // rule sets are kept in a 64-bit mask per automaton state

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

QByteArray lowerAscii(QByteArrayView text)
{
    QByteArray out(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = asciiLower(text[i]);
    return out;
}

bool endsWithHost(QByteArrayView host, QByteArrayView suffix)
{
    if (host.size() < suffix.size())
        return false;
    for (qsizetype i = 0; i < suffix.size(); ++i) {
        if (asciiLower(host[host.size() - suffix.size() + i]) != suffix[i])
            return false;
    }
    return true;
}

} // namespace

void BounceClassifier::Matcher::build(const std::vector<std::pair<QByteArray, int>>& patterns)
{
    byteClass.fill(0);
    classCount = 1;
    for (const auto& pattern : patterns) {
        for (char c : pattern.first) {
            auto& cls = byteClass[quint8(c)];
            if (cls == 0)
                cls = quint8(classCount++);
        }
    }
    // Patterns are lower case; an upper-case letter reads as its lower-case one, so the text
    // is matched as it is, without a lower-cased copy.
    for (char c = 'A'; c <= 'Z'; ++c)
        byteClass[quint8(c)] = byteClass[quint8(c + ('a' - 'A'))];

    // Trie first; -1 marks a missing edge until the failure links fill it in.
    next.assign(size_t(classCount), -1);
    rulesAt.assign(1, 0);
    for (const auto& [text, rule] : patterns) {
        qint32 state = 0;
        for (char c : text) {
            const size_t slot = size_t(state) * size_t(classCount) + byteClass[quint8(c)];
            if (next[slot] < 0) {
                next[slot] = qint32(rulesAt.size());
                rulesAt.push_back(0);
                next.resize(next.size() + size_t(classCount), -1);
            }
            state = next[slot];
        }
        rulesAt[size_t(state)] |= quint64(1) << rule;
    }

    // Breadth-first: complete every state's edges with its failure state's, so matching is one
    // table look-up per byte.
    std::vector<qint32> fail(rulesAt.size(), 0);
    std::deque<qint32> queue;
    for (int c = 0; c < classCount; ++c) {
        qint32& to = next[size_t(c)];
        if (to < 0) {
            to = 0;
        } else {
            fail[size_t(to)] = 0;
            queue.push_back(to);
        }
    }
    while (!queue.empty()) {
        const qint32 state = queue.front();
        queue.pop_front();
        rulesAt[size_t(state)] |= rulesAt[size_t(fail[size_t(state)])];
        for (int c = 0; c < classCount; ++c) {
            qint32& to = next[size_t(state) * size_t(classCount) + size_t(c)];
            const qint32 viaFail = next[size_t(fail[size_t(state)]) * size_t(classCount) + size_t(c)];
            if (to < 0) {
                to = viaFail;
            } else {
                fail[size_t(to)] = viaFail;
                queue.push_back(to);
            }
        }
    }
}

quint64 BounceClassifier::Matcher::match(QByteArrayView text) const
{
    if (rulesAt.empty())
        return 0;
    quint64 found = 0;
    qint32 state = 0;
    const qint32* table = next.data();
    const quint64* rules = rulesAt.data();
    const size_t stride = size_t(classCount);
    for (const char c : text) {
        state = table[size_t(state) * stride + byteClass[quint8(c)]];
        found |= rules[size_t(state)];
    }
    return found;
}

const BounceClassifier& BounceClassifier::builtIn()
{
    static const BounceClassifier classifier = [] {
        BounceClassifier loaded;
        QFile file(QStringLiteral(":/data/bounce-rules.json"));
        if (!file.open(QIODevice::ReadOnly) || !loaded.loadRules(file.readAll()))
            qCCritical(lcBounces) << "The built-in bounce rules could not be loaded:" << loaded.errorString();
        return loaded;
    }();
    return classifier;
}

bool BounceClassifier::loadRules(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull()) {
        m_errorString = QStringLiteral("the rules are not valid JSON: %1 at offset %2")
                            .arg(parseError.errorString())
                            .arg(parseError.offset);
        return false;
    }

    std::vector<Rule> rules;
    std::vector<std::pair<QByteArray, int>> patterns;
    const QJsonArray textRules = doc.object().value(QLatin1String("textRules")).toArray();
    if (textRules.size() > MaxRules) {
        m_errorString = QStringLiteral("more than %1 text rules").arg(MaxRules);
        return false;
    }
    for (const QJsonValue& value : textRules) {
        const QJsonObject object = value.toObject();
        Rule rule;
        const QByteArray name = object.value(QLatin1String("reason")).toString().toUtf8();
        if (!reasonFromName(name, &rule.reason)) {
            m_errorString = QStringLiteral("text rule %1 names an unknown reason \"%2\"")
                                .arg(rules.size() + 1)
                                .arg(QString::fromUtf8(name));
            return false;
        }
        for (const QJsonValue& text : object.value(QLatin1String("text")).toArray())
            patterns.emplace_back(lowerAscii(text.toString().toUtf8()), int(rules.size()));
        for (const QJsonValue& host : object.value(QLatin1String("hosts")).toArray())
            rule.hosts.push_back(lowerAscii(host.toString().toUtf8()));
        for (const QJsonValue& command : object.value(QLatin1String("commands")).toArray())
            rule.commands.push_back(command.toString().toUtf8());
        rule.replyClass = object.value(QLatin1String("replyClass")).toInt(0);
        rules.push_back(std::move(rule));
    }

    std::vector<StatusRule> statusRules;
    for (const QJsonValue& value : doc.object().value(QLatin1String("statusRules")).toArray()) {
        const QJsonObject object = value.toObject();
        StatusRule rule;
        rule.prefix = object.value(QLatin1String("status")).toString().toUtf8();
        const QByteArray name = object.value(QLatin1String("reason")).toString().toUtf8();
        if (rule.prefix.isEmpty() || !reasonFromName(name, &rule.reason)) {
            m_errorString
                = QStringLiteral("status rule %1 is incomplete or names an unknown reason").arg(statusRules.size() + 1);
            return false;
        }
        statusRules.push_back(std::move(rule));
    }

    // Longest prefix first, so "5.7.26" is tried before "5.7.".
    std::stable_sort(statusRules.begin(), statusRules.end(),
        [](const StatusRule& a, const StatusRule& b) { return a.prefix.size() > b.prefix.size(); });

    m_rules = std::move(rules);
    m_statusRules = std::move(statusRules);
    m_matcher.build(patterns);
    m_errorString.clear();
    return true;
}

BounceReason BounceClassifier::classify(const DeliveryEvent& event) const
{
    if (event.action == DeliveryAction::Delivered)
        return BounceReason::Delivered;

    // "No such user" only after the message was sent (at DATA) comes from a filter that judged
    // the content or the sender, not from a look-up of the address: the address may be alive
    // (Sisimai reads it the same way).
    // An explicit x.1.1 ("bad destination mailbox") keeps it a dead address: servers that
    // pipeline commands answer RCPT TO after DATA was sent. And "unknown" at MAIL FROM is about
    // the board's own sender address: the message was rejected.
    const auto afterData = [&](BounceReason reason) {
        const bool lookup = reason == BounceReason::UserUnknown || reason == BounceReason::HostUnknown;
        if (lookup && event.command == "MAIL FROM")
            return BounceReason::Rejected;
        if (reason == BounceReason::UserUnknown && event.command == "DATA"
            && !effectiveStatus(event.enhancedStatus, event.diagnostic).endsWith(".1.1"))
            return BounceReason::Filtered;
        return reason;
    };
    const BounceReason byText = classifyText(event, event.diagnostic);
    if (byText != BounceReason::Undefined)
        return afterData(byText);

    const QByteArray status = effectiveStatus(event.enhancedStatus, event.diagnostic);
    const BounceReason byStatus = classifyStatus(status);
    if (byStatus != BounceReason::Undefined)
        return afterData(byStatus);

    // A local delivery program failed (a DSN's "X-Unix; 75"): the receiving system's fault.
    if (event.command == "pipe")
        return BounceReason::MailerError;
    const quint16 code = event.replyCode ? event.replyCode : replyCodeInText(event.diagnostic);
    // A refusal at the greeting or HELO is about the connecting host (Sisimai does the same).
    if (code >= 500 && (event.command == "connect" || event.command == "HELO" || event.command == "EHLO"))
        return BounceReason::Blocked;
    if (code >= 500 && event.command == "MAIL FROM")
        return BounceReason::Rejected;
    if (code == 500 || code == 501 || code == 502 || code == 503 || code == 504)
        return BounceReason::SyntaxError;
    if (status.startsWith("5.6") || status.startsWith("4.6"))
        return BounceReason::ContentError;
    return event.diagnostic.trimmed().isEmpty() ? BounceReason::Undefined : BounceReason::OnHold;
}

BounceReason BounceClassifier::afterRetries(
    BounceReason lastAttempt, QByteArrayView lastReply, QByteArrayView lastStatus)
{
    switch (lastAttempt) {
    case BounceReason::Delayed:
    case BounceReason::OnHold:
    case BounceReason::Undefined:
        return BounceReason::Expired;
    case BounceReason::NetworkError:
        // A host that never answered in time is the classic "gave up"; a refused connection or
        // a failed look-up (a routing status, x.4.x) says more. Sisimai draws the line there too.
        {
            const bool routing = lastStatus.isEmpty() || lastStatus.sliced(1).startsWith(".4.");
            const bool timedOut = QByteArray(lastReply.toByteArray()).toLower().contains("timed out");
            return lastReply.isEmpty() || timedOut || !routing ? BounceReason::Expired : lastAttempt;
        }
    default:
        return lastAttempt;
    }
}

BounceReason BounceClassifier::classifyText(const DeliveryEvent& event, QByteArrayView text) const
{
    quint64 matched = m_matcher.match(text);
    while (matched) {
        const int index = std::countr_zero(matched);
        matched &= matched - 1;
        const Rule& rule = m_rules[size_t(index)];
        if (!rule.hosts.empty() && std::none_of(rule.hosts.begin(), rule.hosts.end(), [&](const QByteArray& suffix) {
                return endsWithHost(event.remoteHost, suffix);
            }))
            continue;
        if (!rule.commands.empty()
            && std::find(rule.commands.begin(), rule.commands.end(), event.command) == rule.commands.end())
            continue;
        if (rule.replyClass && event.replyCode / 100 != rule.replyClass)
            continue;
        return rule.reason;
    }
    return BounceReason::Undefined;
}

BounceReason BounceClassifier::classifyStatus(QByteArrayView status) const
{
    if (status.isEmpty())
        return BounceReason::Undefined;
    for (const StatusRule& rule : m_statusRules) {
        const QByteArrayView prefix(rule.prefix);
        // "5.1.1" must not match "5.1.10": a full code matches only a full code.
        if (prefix.endsWith('.') ? status.startsWith(prefix) : status == prefix)
            return rule.reason;
    }
    return BounceReason::Undefined;
}

QByteArray BounceClassifier::statusInText(QByteArrayView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i + 4 < n; ++i) {
        const char cls = text[i];
        if ((cls != '2' && cls != '4' && cls != '5') || text[i + 1] != '.')
            continue;
        if (i > 0 && (isDigit(text[i - 1]) || text[i - 1] == '.'))
            continue;
        qsizetype j = i + 2;
        const qsizetype subjectStart = j;
        while (j < n && isDigit(text[j]) && j - subjectStart < 3)
            ++j;
        if (j == subjectStart || j >= n || text[j] != '.')
            continue;
        ++j;
        const qsizetype detailStart = j;
        while (j < n && isDigit(text[j]) && j - detailStart < 3)
            ++j;
        if (j == detailStart)
            continue;
        // Not part of a longer dotted number such as a version or an IP address.
        if (j < n && (isDigit(text[j]) || (text[j] == '.' && j + 1 < n && isDigit(text[j + 1]))))
            continue;
        return text.sliced(i, j - i).toByteArray();
    }
    return {};
}

QByteArray BounceClassifier::effectiveStatus(QByteArrayView headerStatus, QByteArrayView diagnostic)
{
    const QByteArray inText = statusInText(diagnostic);
    if (inText.isEmpty())
        return headerStatus.toByteArray();
    // x.0.0 says nothing, and x.4.7 ("delivery time expired", Sendmail's status on notices of
    // expired mail) only that the retries ran out: the last attempt's own status says why.
    if (headerStatus.isEmpty() || headerStatus.endsWith(".0.0") || headerStatus.sliced(1) == ".4.7")
        return inText;
    return headerStatus.toByteArray();
}

quint16 BounceClassifier::replyCodeInText(QByteArrayView text)
{
    text = text.trimmed();
    if (text.size() < 3 || !isDigit(text[0]) || !isDigit(text[1]) || !isDigit(text[2]))
        return 0;
    if (text.size() > 3 && text[3] != ' ' && text[3] != '-')
        return 0;
    const int code = (text[0] - '0') * 100 + (text[1] - '0') * 10 + (text[2] - '0');
    return (code >= 200 && code < 600) ? quint16(code) : quint16(0);
}
