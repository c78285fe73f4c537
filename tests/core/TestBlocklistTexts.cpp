#include "reputation/Blocklists.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QTranslator>

// The texts of blocklists.json against the copy BlocklistTexts.cpp keeps for lupdate, and their
// translation where they reach the owner.
class TestBlocklistTexts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTextOfTheJsonIsListedForTranslation_data();
    void everyTextOfTheJsonIsListedForTranslation();
    void everyListedTextIsStillInTheJson();
    void meaningsAndAdviceReachTheOwnerTranslated();
};

namespace {

// Marks what it translates, for the context the catalog's texts use.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        if (QByteArrayView(context) != "Blocklist")
            return {};
        return QStringLiteral("[de] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

struct JsonText
{
    QString where; // "spamhaus-zen: meaning of 127.0.0.2"
    QString text;
};

// Every text of the built-in catalog the owner may read, with where it stands.
QList<JsonText> jsonTexts()
{
    QFile file(QStringLiteral(":/data/blocklists.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QList<JsonText> out;
    const auto add = [&](const QString& where, const QJsonValue& value) {
        if (!value.toString().isEmpty())
            out.append({where, value.toString()});
    };
    for (const QJsonValue& value : root.value(QLatin1String("lists")).toArray()) {
        const QJsonObject list = value.toObject();
        const QString id = list.value(QLatin1String("id")).toString();
        for (const char* kind : {"codes", "errors"}) {
            for (const QJsonValue& entry : list.value(QLatin1String(kind)).toArray()) {
                const QJsonObject code = entry.toObject();
                const QString answer = code.value(QLatin1String("answer")).toString();
                add(QStringLiteral("%1: meaning of %2").arg(id, answer), code.value(QLatin1String("meaning")));
                add(QStringLiteral("%1: advice for %2").arg(id, answer), code.value(QLatin1String("advice")));
            }
        }
        add(QStringLiteral("%1: note").arg(id), list.value(QLatin1String("note")));
        const QJsonObject removal = list.value(QLatin1String("removal")).toObject();
        add(QStringLiteral("%1: removal policy").arg(id), removal.value(QLatin1String("policy")));
        add(QStringLiteral("%1: removal time").arg(id), removal.value(QLatin1String("typical")));
    }
    return out;
}

QStringList listedTexts()
{
    QStringList out;
    for (const char* text : Blocklists::sourceTexts())
        out.append(QString::fromUtf8(text));
    return out;
}

} // namespace

void TestBlocklistTexts::everyTextOfTheJsonIsListedForTranslation_data()
{
    QTest::addColumn<QString>("text");
    const QList<JsonText> texts = jsonTexts();
    QVERIFY(texts.size() > 50);
    for (const JsonText& text : texts)
        QTest::newRow(qPrintable(text.where)) << text.text;
}

void TestBlocklistTexts::everyTextOfTheJsonIsListedForTranslation()
{
    QFETCH(QString, text);
    QVERIFY2(listedTexts().contains(text),
        qPrintable(QStringLiteral("add QT_TRANSLATE_NOOP(\"Blocklist\", \"%1\") to BlocklistTexts.cpp").arg(text)));
}

void TestBlocklistTexts::everyListedTextIsStillInTheJson()
{
    QStringList inJson;
    for (const JsonText& text : jsonTexts())
        inJson.append(text.text);
    const QStringList listed = listedTexts();
    for (const QString& text : listed)
        QVERIFY2(inJson.contains(text), qPrintable(QStringLiteral("not in blocklists.json: \"%1\"").arg(text)));
    QCOMPARE(listed.size(), QSet<QString>(listed.begin(), listed.end()).size());
}

void TestBlocklistTexts::meaningsAndAdviceReachTheOwnerTranslated()
{
    MarkingTranslator translator;
    QCoreApplication::installTranslator(&translator);
    const Blocklist& zen = *BlocklistCatalog::builtIn().find("spamhaus-zen");
    const auto answer = [](const char* address) {
        DnsRecord record;
        record.type = DnsType::A;
        record.address = QHostAddress(QString::fromLatin1(address));
        DnsAnswer out;
        out.records = {record};
        return out;
    };

    const BlocklistResult listed = Blocklists::interpret(zen, answer("127.0.0.4"));
    const BlocklistResult refused = Blocklists::interpret(zen, answer("127.255.255.254"));
    const QString policy = Blocklists::translated(zen.removalPolicy);
    QCoreApplication::removeTranslator(&translator);

    QCOMPARE(listed.meanings,
        QStringList {QStringLiteral("[de] XBL: the address showed signs of an infected or hijacked machine")});
    QVERIFY2(
        refused.cause.contains(QLatin1String("[de] Spamhaus refuses queries sent through public or open resolvers")),
        qPrintable(refused.cause));
    QVERIFY2(refused.cause.contains(QLatin1String("[de] Check with your own resolver")), qPrintable(refused.cause));
    QVERIFY(policy.startsWith(QLatin1String("[de] Self-service removal")));
    // Without a translator, as in the CLI, the catalog's English comes out unchanged.
    QCOMPARE(Blocklists::translated(zen.removalPolicy), zen.removalPolicy);
}

QTEST_GUILESS_MAIN(TestBlocklistTexts)
#include "TestBlocklistTexts.moc"
