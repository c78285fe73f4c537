#pragma once

#include "bounces/BounceReason.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <utility>
#include <vector>

struct DeliveryEvent;

// Decides the reason of one failed or delayed delivery from its reply code, enhanced status,
// the SMTP command it answered, the remote host and the diagnostic text. The rules live in a
// data file (resources/data/bounce-rules.json) so logs and bounce messages share them.
class BounceClassifier
{
public:
    BounceClassifier() = default;

    // The rules shipped in the resources; loaded once, shared, never fails at run time
    // (the resource is checked by a unit test).
    static const BounceClassifier& builtIn();

    bool loadRules(const QByteArray& json);
    QString errorString() const { return m_errorString; }

    BounceReason classify(const DeliveryEvent& event) const;

    // The reason of a final failure after the retry time ran out, from what the last attempt
    // met (its reason and reply): that reason when it says something firm (a full mailbox, a
    // block, a name that does not resolve), "expired" when it only said "not now" (a vague
    // deferral, no reply, a connection that timed out).
    static BounceReason afterRetries(
        BounceReason lastAttempt, QByteArrayView lastReply = {}, QByteArrayView lastStatus = {});

    // The enhanced status to believe: one written in the diagnostic text wins over a generic
    // one from a DSN header (Exim puts "Status: 5.0.0" beside "550 5.1.1 ..."). Empty when none.
    static QByteArray effectiveStatus(QByteArrayView headerStatus, QByteArrayView diagnostic);
    // The first RFC 3463 code (class 2, 4 or 5) in text, or empty.
    static QByteArray statusInText(QByteArrayView text);
    // The SMTP reply code a reply text starts with ("550-5.1.1 ..." gives 550), or 0.
    static quint16 replyCodeInText(QByteArrayView text);

private:
    struct Rule
    {
        BounceReason reason = BounceReason::Undefined;
        std::vector<QByteArray> hosts; // remote host suffixes the rule is limited to, if any
        std::vector<QByteArray> commands; // SMTP commands the rule is limited to, if any
        int replyClass = 0; // 4 or 5 limits the rule to that reply class; 0 for any
    };

    // All rules' texts in one Aho-Corasick automaton, so a diagnostic is read once whatever the
    // number of patterns (hundreds of substring searches per failure would dominate a scan).
    struct Matcher
    {
        std::array<quint8, 256> byteClass {};
        int classCount = 1;
        std::vector<qint32> next; // state * classCount + class -> state
        std::vector<quint64> rulesAt; // rules whose text ends in this state (fail chain included)

        void build(const std::vector<std::pair<QByteArray, int>>& patterns);
        quint64 match(QByteArrayView text) const; // any case
    };
    struct StatusRule
    {
        QByteArray prefix; // "5.1.1", "x.2.2" is written as two rules
        BounceReason reason = BounceReason::Undefined;
    };

    BounceReason classifyText(const DeliveryEvent& event, QByteArrayView text) const;
    BounceReason classifyStatus(QByteArrayView status) const;

    std::vector<Rule> m_rules;
    Matcher m_matcher;
    std::vector<StatusRule> m_statusRules;
    QString m_errorString;
};
