#include "removal/BlockKnowledge.h"
#include "reputation/Blocklists.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTranslator>

// The block-code knowledge base: every pattern against the real texts the file keeps beside it,
// whole notifications from the shared corpus, text that is no bounce, bad data, and the file's
// texts against the copy BlockKnowledgeTexts.cpp keeps for lupdate.
class TestBlockKnowledge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPatternHasARealExampleAndACounterExample();
    void everyPatternRecognisesItsExamples_data();
    void everyPatternRecognisesItsExamples();
    void noPatternMatchesItsCounterExamples_data();
    void noPatternMatchesItsCounterExamples();
    void wholeNotificationsFromTheCorpus_data();
    void wholeNotificationsFromTheCorpus();
    void textThatIsNotABounceGivesNoProvider_data();
    void textThatIsNotABounceGivesNoProvider();
    void aReceivingHostAloneIsOnlyLikely();
    void aListNobodyKnowsIsNamedButNotGuessed();
    void theSendingAddressIsNotTheReceiver();
    void multiLineRepliesAreJoined();
    void pastedDeliveryStatusFieldsAreRead();
    void everyListOfTheReputationChecksIsKnownByItsZone();
    void theProvidersOfTheIssueAreCovered();
    void providersSayHowToAsk();
    void fromJsonRefusesBadData_data();
    void fromJsonRefusesBadData();
    void everyTextOfTheJsonIsListedForTranslation_data();
    void everyTextOfTheJsonIsListedForTranslation();
    void everyListedTextIsStillInTheJson();
    void meaningsReachTheOwnerTranslated();

private:
    // One row per sample under key ("examples" or "not") of every pattern of the file.
    void addSampleRows(const char* key, const QString& verb) const;
    QJsonObject m_root;
};

namespace {

// Marks what it translates, for the context the knowledge base's texts use.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        if (QByteArrayView(context) != "BlockKnowledge" && QByteArrayView(context) != "Blocklist")
            return {};
        return QStringLiteral("[de] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

QByteArray readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the test message %s", qPrintable(path)); // a missing file must not pass
    return file.readAll();
}

QString corpusPath(const char* name)
{
    return QStringLiteral(MAILROOM_TEST_DATA "/sisimai/") + QLatin1String(name);
}

QString where(int block, const QJsonObject& object, int pattern)
{
    return QStringLiteral("block %1 (%2 %3) pattern %4")
        .arg(block + 1)
        .arg(object.value(QLatin1String("provider")).toString(QStringLiteral("generic")),
            object.value(QLatin1String("code")).toString())
        .arg(pattern + 1);
}

// A minimal valid file, for fromJson's refusals to change one thing at a time.
QJsonObject validFile()
{
    const QJsonObject provider {
        {QStringLiteral("id"), QStringLiteral("example")},
        {QStringLiteral("name"), QStringLiteral("Example Mail")},
        {QStringLiteral("domains"), QJsonArray {QStringLiteral("mail.example")}},
        {QStringLiteral("source"), QStringLiteral("https://postmaster.mail.example/")},
        {QStringLiteral("removal"),
            QJsonObject {{QStringLiteral("channel"), QStringLiteral("form")},
                {QStringLiteral("url"), QStringLiteral("https://postmaster.mail.example/form")},
                {QStringLiteral("asks"), QStringLiteral("The IP address.")}, {QStringLiteral("typical_days"), 2}}},
    };
    const QJsonObject block {
        {QStringLiteral("provider"), QStringLiteral("example")},
        {QStringLiteral("code"), QStringLiteral("EX01")},
        {QStringLiteral("kind"), QStringLiteral("ip-reputation")},
        {QStringLiteral("meaning"), QStringLiteral("Example Mail blocked the address.")},
        {QStringLiteral("patterns"),
            QJsonArray {QJsonObject {{QStringLiteral("regex"), QStringLiteral(R"(\[EX01\])")}}}},
    };
    return {{QStringLiteral("version"), 1}, {QStringLiteral("providers"), QJsonArray {provider}},
        {QStringLiteral("blocks"), QJsonArray {block}}};
}

QJsonObject withBlock(const QString& key, const QJsonValue& value)
{
    QJsonObject file = validFile();
    QJsonArray blocks = file.value(QLatin1String("blocks")).toArray();
    QJsonObject block = blocks[0].toObject();
    if (value.isUndefined())
        block.remove(key);
    else
        block.insert(key, value);
    blocks[0] = block;
    file.insert(QStringLiteral("blocks"), blocks);
    return file;
}

QJsonObject withProvider(const QString& key, const QJsonValue& value)
{
    QJsonObject file = validFile();
    QJsonArray providers = file.value(QLatin1String("providers")).toArray();
    QJsonObject provider = providers[0].toObject();
    provider.insert(key, value);
    providers[0] = provider;
    file.insert(QStringLiteral("providers"), providers);
    return file;
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct JsonText
{
    QString where;
    QString text;
};

// Every text of the built-in file the owner may read, with where it stands.
QList<JsonText> jsonTexts(const QJsonObject& root)
{
    QList<JsonText> out;
    for (const QJsonValue& value : root.value(QLatin1String("providers")).toArray()) {
        const QJsonObject provider = value.toObject();
        const QString id = provider.value(QLatin1String("id")).toString();
        const QString asks
            = provider.value(QLatin1String("removal")).toObject().value(QLatin1String("asks")).toString();
        if (!asks.isEmpty())
            out.append({id + QStringLiteral(": asks"), asks});
        for (const QJsonValue& requirement : provider.value(QLatin1String("requirements")).toArray())
            out.append({id + QStringLiteral(": requirement"), requirement.toString()});
    }
    const QJsonArray blocks = root.value(QLatin1String("blocks")).toArray();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QJsonObject block = blocks[i].toObject();
        out.append(
            {where(int(i), block, 0) + QStringLiteral(": meaning"), block.value(QLatin1String("meaning")).toString()});
    }
    return out;
}

QStringList listedTexts()
{
    QStringList out;
    for (const char* text : BlockKnowledge::sourceTexts())
        out.append(QString::fromUtf8(text));
    return out;
}

} // namespace

void TestBlockKnowledge::initTestCase()
{
    m_root = QJsonDocument::fromJson(readFile(QStringLiteral(":/data/block-codes.json"))).object();
    QVERIFY(!m_root.isEmpty());
    QVERIFY(!BlockKnowledge::builtIn().blocks().isEmpty());
    QCOMPARE(BlockKnowledge::builtIn().blocks().size(), m_root.value(QLatin1String("blocks")).toArray().size());
}

void TestBlockKnowledge::everyPatternHasARealExampleAndACounterExample()
{
    const QJsonArray blocks = m_root.value(QLatin1String("blocks")).toArray();
    for (int b = 0; b < blocks.size(); ++b) {
        const QJsonObject block = blocks[b].toObject();
        const QJsonArray patterns = block.value(QLatin1String("patterns")).toArray();
        for (int p = 0; p < patterns.size(); ++p) {
            const QJsonObject pattern = patterns[p].toObject();
            for (const char* key : {"examples", "not"}) {
                const QJsonArray samples = pattern.value(QLatin1String(key)).toArray();
                QVERIFY2(!samples.isEmpty(),
                    qPrintable(QStringLiteral("%1 has no \"%2\" sample").arg(where(b, block, p), QLatin1String(key))));
                for (const QJsonValue& sample : samples) {
                    QVERIFY2(!sample[QLatin1String("text")].toString().isEmpty()
                            && !sample[QLatin1String("source")].toString().isEmpty(),
                        qPrintable(QStringLiteral("%1: a \"%2\" sample without text or source")
                                       .arg(where(b, block, p), QLatin1String(key))));
                }
            }
        }
    }
}

void TestBlockKnowledge::addSampleRows(const char* key, const QString& verb) const
{
    QTest::addColumn<int>("block");
    QTest::addColumn<int>("pattern");
    QTest::addColumn<QString>("text");

    const QJsonArray blocks = m_root.value(QLatin1String("blocks")).toArray();
    for (int b = 0; b < blocks.size(); ++b) {
        const QJsonArray patterns = blocks[b][QLatin1String("patterns")].toArray();
        for (int p = 0; p < patterns.size(); ++p) {
            for (const QJsonValue& sample : patterns[p][QLatin1String(key)].toArray()) {
                const QString row
                    = where(b, blocks[b].toObject(), p) + verb + sample[QLatin1String("source")].toString();
                QTest::newRow(qPrintable(row)) << b << p << sample[QLatin1String("text")].toString();
            }
        }
    }
}

void TestBlockKnowledge::everyPatternRecognisesItsExamples_data()
{
    addSampleRows("examples", QStringLiteral(" recognises "));
}

void TestBlockKnowledge::everyPatternRecognisesItsExamples()
{
    QFETCH(int, block);
    QFETCH(int, pattern);
    QFETCH(QString, text);
    const BlockKnowledge& knowledge = BlockKnowledge::builtIn();
    const BlockCode& entry = knowledge.blocks().at(block);

    const QString normalized = BlockKnowledge::normalized(text.toUtf8());
    QVERIFY2(entry.patterns.at(pattern).match(normalized).hasMatch(), qPrintable(normalized));

    // The whole text goes to the same provider and kind: no earlier entry takes it.
    const BlockRecognition recognition = knowledge.identify(text.toUtf8());
    QCOMPARE(blockKindName(recognition.kind), blockKindName(entry.kind));
    if (!entry.providerId.isEmpty()) {
        QVERIFY(recognition.provider);
        QCOMPARE(recognition.provider->id, entry.providerId);
        QCOMPARE(recognition.certainty, BlockRecognition::Certainty::Sure);
    }
    QVERIFY(!recognition.evidence.isEmpty());
    QVERIFY(!recognition.meaning.isEmpty());
}

void TestBlockKnowledge::noPatternMatchesItsCounterExamples_data()
{
    addSampleRows("not", QStringLiteral(" leaves alone "));
}

void TestBlockKnowledge::noPatternMatchesItsCounterExamples()
{
    QFETCH(int, block);
    QFETCH(int, pattern);
    QFETCH(QString, text);
    const BlockKnowledge& knowledge = BlockKnowledge::builtIn();
    const QString normalized = BlockKnowledge::normalized(text.toUtf8());
    QVERIFY2(!knowledge.blocks().at(block).patterns.at(pattern).match(normalized).hasMatch(), qPrintable(normalized));
}

void TestBlockKnowledge::wholeNotificationsFromTheCorpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("ip");

    QTest::newRow("a Sendmail DSN of Microsoft 365's banned IP names the code and the board's address")
        << QStringLiteral("rhost-microsoft-01.eml") << QStringLiteral("microsoft-365") << QByteArray("ip-reputation")
        << QStringLiteral("5.7.606") << QStringLiteral("198.51.100.222");
    QTest::newRow("a Postfix DSN of Outlook.com's reputation limit finds S3113, not the receiver's address")
        << QStringLiteral("rhost-microsoft-05.eml") << QStringLiteral("microsoft-consumer")
        << QByteArray("ip-reputation") << QStringLiteral("S3113") << QStringLiteral("192.0.2.25");
    QTest::newRow("Gmail's multi-line DMARC refusal in a DragonFly notification")
        << QStringLiteral("lhost-dragonfly-01.eml") << QStringLiteral("gmail") << QByteArray("authentication")
        << QStringLiteral("550-5.7.26") << QString();
    QTest::newRow("a qmail notice of Yahoo's TSS04")
        << QStringLiteral("lhost-qmail-19.eml") << QStringLiteral("yahoo") << QByteArray("ip-reputation")
        << QStringLiteral("TSS04") << QStringLiteral("192.0.2.25");
    QTest::newRow("an mbox of Cox's AUP#CDRBL") << QStringLiteral("rhost-cox-01.eml") << QStringLiteral("cox")
                                                << QByteArray("ip-reputation") << QStringLiteral("CDRBL") << QString();
    QTest::newRow("iCloud's DMARC refusal") << QStringLiteral("lhost-postfix-71.eml") << QStringLiteral("apple")
                                            << QByteArray("authentication") << QStringLiteral("5.7.1") << QString();
}

void TestBlockKnowledge::wholeNotificationsFromTheCorpus()
{
    QFETCH(QString, file);
    QFETCH(QString, provider);
    QFETCH(QByteArray, kind);
    QFETCH(QString, code);
    QFETCH(QString, ip);

    const QByteArray message = readFile(corpusPath(qPrintable(file)));
    QVERIFY2(!message.isEmpty(), qPrintable(QStringLiteral("cannot read %1").arg(corpusPath(qPrintable(file)))));
    const BlockRecognition r = BlockKnowledge::builtIn().identify(message);
    QVERIFY(r.provider);
    QCOMPARE(r.provider->id, provider);
    QCOMPARE(blockKindName(r.kind), kind);
    QCOMPARE(r.code, code);
    QCOMPARE(r.certainty, BlockRecognition::Certainty::Sure);
    QCOMPARE(r.ip.isNull() ? QString() : r.ip.toString(), ip);
    QCOMPARE(r.removalAt, r.provider);
}

void TestBlockKnowledge::textThatIsNotABounceGivesNoProvider_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe\x01 550 \x80\x81", 10);
    QTest::newRow("a job alert that mentions spam and Gmail")
        << QByteArray("Subject: New jobs for you\n\nThree new jobs match your alert. Add alerts@jobs.example to your "
                      "Gmail contacts so this mail does not land in spam. Unsubscribe: https://jobs.example/u/1\n");
    QTest::newRow("a delivered line of the Postfix lab log")
        << QByteArray("Dec 03 13:18:48 lab postfix/smtp[9065]: 5A1E210840F: to=<happy@webmail.example>, "
                      "relay=127.0.0.14[127.0.0.14]:2525, delay=0.01, delays=0/0/0/0, dsn=2.0.0, status=sent "
                      "(250 2.0.0 Ok: queued as 5B2F3A)");
    for (const char* file : {"rfc3834-01.eml", "rfc3834-03.eml", "rfc3834-05.eml"})
        QTest::newRow(qPrintable(QStringLiteral("the auto-reply %1 of the corpus").arg(QLatin1String(file))))
            << readFile(corpusPath(file));
}

void TestBlockKnowledge::textThatIsNotABounceGivesNoProvider()
{
    QFETCH(QByteArray, text);
    const BlockRecognition r = BlockKnowledge::builtIn().identify(text);
    QVERIFY2(!r.provider, qPrintable(r.provider ? r.provider->id : QString()));
    QCOMPARE(r.kind, BlockKind::Unknown);
    QCOMPARE(r.certainty, BlockRecognition::Certainty::None);
    QVERIFY(r.code.isEmpty());
    QVERIFY(r.ip.isNull());
}

void TestBlockKnowledge::aReceivingHostAloneIsOnlyLikely()
{
    // Gmail's "user unknown" is no block: the receiving host names Gmail, nothing more.
    const BlockRecognition r = BlockKnowledge::builtIn().identify(readFile(corpusPath("lhost-postfix-31.eml")));
    QVERIFY(r.provider);
    QCOMPARE(r.provider->id, QStringLiteral("gmail"));
    QCOMPARE(r.evidence, QStringLiteral("host gmail-smtp-in.l.google.com"));
    QCOMPARE(r.kind, BlockKind::Unknown);
    QCOMPARE(r.certainty, BlockRecognition::Certainty::Likely);
    QVERIFY(!r.block);
    QVERIFY(r.meaning.isEmpty());
}

void TestBlockKnowledge::aListNobodyKnowsIsNamedButNotGuessed()
{
    const BlockRecognition r = BlockKnowledge::builtIn().identify(readFile(corpusPath("lhost-amazonses-15.eml")));
    QCOMPARE(r.kind, BlockKind::Blocklist);
    QCOMPARE(r.listingZone, QByteArray("mail.neko.example.com"));
    QVERIFY(!r.provider);
    QVERIFY(!r.removalAt);
    QCOMPARE(r.certainty, BlockRecognition::Certainty::Likely);
    QCOMPARE(r.ip.toString(), QStringLiteral("192.0.2.127"));

    // A list named by its zone is the list: Spamhaus, wherever the refusal came from.
    const BlockRecognition zen = BlockKnowledge::builtIn().identify(
        "host 127.0.0.12[127.0.0.12] said: 554 5.7.1 Service unavailable; Client host [203.0.113.25] blocked using "
        "zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.25 (in reply to RCPT TO command)");
    QVERIFY(zen.provider);
    QCOMPARE(zen.provider->id, QStringLiteral("spamhaus-zen"));
    QCOMPARE(zen.removalAt, zen.provider);
    QCOMPARE(zen.provider->removalUrl, BlocklistCatalog::builtIn().find("spamhaus-zen")->removalUrl);
    QCOMPARE(zen.ip.toString(), QStringLiteral("203.0.113.25"));

    // A provider's code that names a list: the provider refused, the list removes.
    const BlockRecognition comcast
        = BlockKnowledge::builtIn().identify("554 mx.example.jp 192.0.2.25 found on one or more DNSBLs, see "
                                             "https://postmaster.comcast.net/smtp-error-codes.php#BL000001");
    QCOMPARE(comcast.provider->id, QStringLiteral("comcast"));
    QCOMPARE(comcast.listingZone, QByteArray("zen.spamhaus.org"));
    QCOMPARE(comcast.removalAt->id, QStringLiteral("spamhaus-zen"));
}

void TestBlockKnowledge::theSendingAddressIsNotTheReceiver()
{
    const BlockRecognition r = BlockKnowledge::builtIn().identify(
        "<a@t-online.de>: host mx01.t-online.de[194.25.134.72] refused to talk to me: 554 IP=23.83.222.30 - A problem "
        "occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)");
    QCOMPARE(r.provider->id, QStringLiteral("t-online"));
    QCOMPARE(r.code, QStringLiteral("BL"));
    QCOMPARE(r.ip.toString(), QStringLiteral("23.83.222.30"));
    QCOMPARE(r.removalAt->removalEmail, QStringLiteral("tosa@rx.t-online.de"));
}

void TestBlockKnowledge::multiLineRepliesAreJoined()
{
    const QString text = BlockKnowledge::normalized(
        "said: 550-5.7.26 The MAIL FROM\n    domain [mail4.example.com] has an SPF record with a 550-5.7.26 hard fail\n"
        "    policy (-all) but it fails to pass SPF checks with the ip: 550-5.7.26\n    [192.0.2.24].");
    QCOMPARE(text,
        QStringLiteral("said: 550-5.7.26 The MAIL FROM domain [mail4.example.com] has an SPF record with a hard fail "
                       "policy (-all) but it fails to pass SPF checks with the ip: [192.0.2.24]."));
    // Exim's "\n" and Sendmail's transcript marks.
    QCOMPARE(BlockKnowledge::normalized("550-5.7.1 first\\n550-5.7.1 second\n<<< 550 5.7.1 third"),
        QStringLiteral("550-5.7.1 first second third"));
    // A reply that comes again later, in the DSN part, keeps its code.
    const QByteArray dsn = QByteArray("said: 550 5.7.1 Blocked ") + QByteArray(230, 'x')
        + QByteArray("\nDiagnostic-Code: smtp; 550 5.7.1 Blocked");
    const QString twice = BlockKnowledge::normalized(dsn);
    QVERIFY(twice.endsWith(QLatin1String("smtp; 550 5.7.1 Blocked")));
}

void TestBlockKnowledge::pastedDeliveryStatusFieldsAreRead()
{
    // The fields of a DSN, pasted: no message header to skip, though they look like one.
    const BlockRecognition r = BlockKnowledge::builtIn().identify(
        "Final-Recipient: rfc822; janalexan@hotmail.com\nAction: failed\nStatus: 5.7.1\n"
        "Remote-MTA: dns; hotmail-com.olc.protection.outlook.com\n"
        "Diagnostic-Code: smtp; 550 5.7.1 Unfortunately, messages from [204.11.58.44]\n"
        "weren't sent. Please contact your Internet service provider since part of their network is on our block\n"
        "list (AS3150).\n\n");
    QVERIFY(r.provider);
    QCOMPARE(r.provider->id, QStringLiteral("microsoft-consumer"));
    QCOMPARE(r.code, QStringLiteral("AS3150"));
    QCOMPARE(r.ip.toString(), QStringLiteral("204.11.58.44"));
}

void TestBlockKnowledge::everyListOfTheReputationChecksIsKnownByItsZone()
{
    const BlockKnowledge& knowledge = BlockKnowledge::builtIn();
    for (const Blocklist& list : BlocklistCatalog::builtIn().lists()) {
        if (list.allowlist)
            continue;
        const BlockProvider* provider = knowledge.providerForDomain(QString::fromLatin1(list.zone));
        QVERIFY2(provider, list.zone.constData());
        QCOMPARE(provider->blocklistId, QString::fromLatin1(list.id));
        QCOMPARE(provider->name, list.name);
        QCOMPARE(provider->removalUrl, list.removalUrl);
        QCOMPARE(provider->asks, list.removalPolicy);
    }
}

void TestBlockKnowledge::theProvidersOfTheIssueAreCovered()
{
    const BlockKnowledge& knowledge = BlockKnowledge::builtIn();
    for (const char* id :
        {"microsoft-consumer", "microsoft-365", "gmail", "yahoo", "gmx", "t-online", "comcast", "apple", "cox"}) {
        QVERIFY2(knowledge.provider(QString::fromLatin1(id)), id);
        const bool hasCode = std::any_of(knowledge.blocks().begin(), knowledge.blocks().end(),
            [&](const BlockCode& block) { return block.providerId == QLatin1String(id); });
        QVERIFY2(hasCode, id);
    }
    QCOMPARE(knowledge.providerForDomain(u"hotmail-com.olc.protection.outlook.com")->id,
        QStringLiteral("microsoft-consumer"));
    QCOMPARE(
        knowledge.providerForDomain(u"example-com.mail.protection.outlook.com")->id, QStringLiteral("microsoft-365"));
    QCOMPARE(knowledge.providerForDomain(u"MTA5.AM0.YAHOODNS.NET")->id, QStringLiteral("yahoo"));
    QVERIFY(!knowledge.providerForDomain(u"notgmail.com"));
}

void TestBlockKnowledge::providersSayHowToAsk()
{
    for (const BlockProvider& provider : BlockKnowledge::builtIn().providers()) {
        QVERIFY2(!provider.source.isEmpty(), qPrintable(provider.id));
        QVERIFY2(!provider.name.isEmpty(), qPrintable(provider.id));
        QVERIFY2(!provider.domains.isEmpty(), qPrintable(provider.id));
        QVERIFY2(provider.typicalDays >= 0, qPrintable(provider.id));
        if (provider.channel == RemovalChannel::Form)
            QVERIFY2(provider.removalUrl.startsWith(QLatin1String("https://")), qPrintable(provider.id));
        if (provider.channel == RemovalChannel::Email)
            QVERIFY2(provider.removalEmail.contains(u'@'), qPrintable(provider.id));
    }
    const BlockProvider* gmail = BlockKnowledge::builtIn().provider(QStringLiteral("gmail"));
    QCOMPARE(gmail->channel, RemovalChannel::None);
    QVERIFY(gmail->requirements.size() >= 5);
}

void TestBlockKnowledge::fromJsonRefusesBadData_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("the minimal file is accepted") << json(validFile()) << QString();
    QTest::newRow("text that is not JSON") << QByteArray("{\"version\": 1,") << QStringLiteral("not JSON");
    QTest::newRow("another version") << json(QJsonObject {{QStringLiteral("version"), 2}}) << QStringLiteral("version");
    QTest::newRow("an unknown kind") << json(withBlock(QStringLiteral("kind"), QStringLiteral("spam")))
                                     << QStringLiteral("kind \"spam\" is not one of");
    QTest::newRow("the unknown kind itself")
        << json(withBlock(QStringLiteral("kind"), QStringLiteral("unknown"))) << QStringLiteral("kind \"unknown\"");
    QTest::newRow("a bad regex") << json(withBlock(
        QStringLiteral("patterns"), QJsonArray {QJsonObject {{QStringLiteral("regex"), QStringLiteral("(unclosed")}}}))
                                 << QStringLiteral("bad regex \"(unclosed\"");
    QTest::newRow("a group the code does not know") << json(withBlock(QStringLiteral("patterns"),
        QJsonArray {QJsonObject {{QStringLiteral("regex"), QStringLiteral("(?<ip>\\d+)")}}}))
                                                    << QStringLiteral("names a group \"ip\"");
    QTest::newRow("no patterns") << json(withBlock(QStringLiteral("patterns"), QJsonArray {}))
                                 << QStringLiteral("no patterns");
    QTest::newRow("a provider nobody defined") << json(withBlock(QStringLiteral("provider"), QStringLiteral("aol")))
                                               << QStringLiteral("provider \"aol\" is not in the providers list");
    QTest::newRow("no provider and not generic")
        << json(withBlock(QStringLiteral("provider"), QJsonValue::Undefined)) << QStringLiteral("no provider");
    QTest::newRow("no meaning") << json(withBlock(QStringLiteral("meaning"), QString()))
                                << QStringLiteral("no meaning");
    QTest::newRow("a listing blocklists.json lacks")
        << json(withBlock(QStringLiteral("listing"), QStringLiteral("sorbs"))) << QStringLiteral("listing \"sorbs\"");
    QTest::newRow("a blocklist provider blocklists.json lacks")
        << json(withProvider(QStringLiteral("blocklist"), QStringLiteral("sorbs")))
        << QStringLiteral("blocklist \"sorbs\" is not in blocklists.json");
    QTest::newRow("a removal channel that is not one") << json(withProvider(QStringLiteral("removal"),
        QJsonObject {
            {QStringLiteral("channel"), QStringLiteral("fax")}, {QStringLiteral("asks"), QStringLiteral("x")}}))
                                                       << QStringLiteral("\"fax\" is not form, email or none");
    QTest::newRow("a form without its address") << json(withProvider(QStringLiteral("removal"),
        QJsonObject {
            {QStringLiteral("channel"), QStringLiteral("form")}, {QStringLiteral("asks"), QStringLiteral("x")}}))
                                                << QStringLiteral("no url");
    QTest::newRow("a processing time that is no number of days") << json(withProvider(QStringLiteral("removal"),
        QJsonObject {{QStringLiteral("channel"), QStringLiteral("none")}, {QStringLiteral("asks"), QStringLiteral("x")},
            {QStringLiteral("typical_days"), 1.5}})) << QStringLiteral("typical_days");
    QTest::newRow("an entry without its source")
        << json(withProvider(QStringLiteral("source"), QString())) << QStringLiteral("no source");
}

void TestBlockKnowledge::fromJsonRefusesBadData()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString why;
    const auto knowledge = BlockKnowledge::fromJson(json, &why);
    if (error.isEmpty()) {
        QVERIFY2(knowledge, qPrintable(why));
        QCOMPARE(knowledge->identify("550 [EX01] no").provider->id, QStringLiteral("example"));
        return;
    }
    QVERIFY(!knowledge);
    QVERIFY2(why.contains(error), qPrintable(why));
}

void TestBlockKnowledge::everyTextOfTheJsonIsListedForTranslation_data()
{
    QTest::addColumn<QString>("text");
    const QList<JsonText> texts = jsonTexts(m_root);
    QVERIFY(texts.size() > 50);
    for (const JsonText& text : texts)
        QTest::newRow(qPrintable(text.where)) << text.text;
}

void TestBlockKnowledge::everyTextOfTheJsonIsListedForTranslation()
{
    QFETCH(QString, text);
    QVERIFY2(listedTexts().contains(text),
        qPrintable(
            QStringLiteral("add QT_TRANSLATE_NOOP(\"BlockKnowledge\", \"%1\") to BlockKnowledgeTexts.cpp").arg(text)));
}

void TestBlockKnowledge::everyListedTextIsStillInTheJson()
{
    QStringList inJson;
    for (const JsonText& text : jsonTexts(m_root))
        inJson.append(text.text);
    const QStringList listed = listedTexts();
    for (const QString& text : listed)
        QVERIFY2(inJson.contains(text), qPrintable(QStringLiteral("not in block-codes.json: \"%1\"").arg(text)));
    QCOMPARE(listed.size(), QSet<QString>(listed.begin(), listed.end()).size());
}

void TestBlockKnowledge::meaningsReachTheOwnerTranslated()
{
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const BlockRecognition r = BlockKnowledge::builtIn().identify(
        "421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user complaints");
    const QString meaning = BlockKnowledge::translated(r.meaning);
    const QString asks = BlockKnowledge::translatedAsks(*r.provider);
    const QString listAsks
        = BlockKnowledge::translatedAsks(*BlockKnowledge::builtIn().provider(QStringLiteral("spamhaus-zen")));
    const QString requirement
        = BlockKnowledge::translated(BlockKnowledge::builtIn().provider(QStringLiteral("gmail"))->requirements.first());
    QCoreApplication::removeTranslator(&translator);

    QVERIFY(meaning.startsWith(QLatin1String("[de] Yahoo is holding back")));
    QVERIFY(asks.startsWith(QLatin1String("[de] Yahoo's Sender Hub")));
    QVERIFY(listAsks.startsWith(QLatin1String("[de] Self-service removal")));
    QVERIFY(requirement.startsWith(QLatin1String("[de] Set up SPF or DKIM")));
    // Without a translator, as in the CLI, the file's English comes out unchanged.
    QCOMPARE(BlockKnowledge::translated(r.meaning), r.meaning);
}

QTEST_GUILESS_MAIN(TestBlockKnowledge)
#include "TestBlockKnowledge.moc"
