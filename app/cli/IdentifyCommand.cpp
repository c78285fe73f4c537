#include "IdentifyCommand.h"

#include "CliCommon.h"
#include "removal/BlockKnowledge.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

// A whole notification with its returned message fits easily; more is not a bounce.
constexpr qint64 maxInput = 16 * 1024 * 1024;

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject recognitionJson(const BlockRecognition& r)
{
    const BlockProvider* provider = r.provider;
    const BlockProvider* removal = r.removalAt;
    return {
        {QStringLiteral("provider"), provider ? QJsonValue(provider->id) : QJsonValue()},
        {QStringLiteral("provider_name"), provider ? QJsonValue(provider->name) : QJsonValue()},
        {QStringLiteral("block_kind"), QString::fromLatin1(blockKindName(r.kind))},
        {QStringLiteral("code"), textOrNull(r.code)},
        {QStringLiteral("meaning"), textOrNull(r.meaning)},
        {QStringLiteral("removal_channel"),
            removal ? QJsonValue(QString::fromLatin1(removalChannelName(removal->channel))) : QJsonValue()},
        {QStringLiteral("removal_url"), removal ? textOrNull(removal->removalUrl) : QJsonValue()},
        {QStringLiteral("removal_email"), removal ? textOrNull(removal->removalEmail) : QJsonValue()},
        {QStringLiteral("listing_zone"), textOrNull(QString::fromLatin1(r.listingZone))},
        {QStringLiteral("ip"), r.ip.isNull() ? QJsonValue() : QJsonValue(r.ip.toString())},
        {QStringLiteral("certainty"), QString::fromLatin1(certaintyName(r.certainty))},
        {QStringLiteral("evidence"), textOrNull(r.evidence)},
    };
}

} // namespace

int runIdentifyCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reads bounce text on standard input (a log line, a diagnostic, or a whole notification message) and "
        "prints as JSON what Mailroom's knowledge base recognises in it: the provider that refused the mail, the "
        "kind of block, the provider's code and its meaning, where to ask for removal, and the blocklist zone and "
        "sending IP address the text names. Text it does not recognise gives \"provider\": null and "
        "\"block_kind\": \"unknown\", never a guess."));
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        Cli::err(QStringLiteral("mailroom-cli identify: %1").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Cli::out(Cli::helpText(parser, QStringLiteral("identify")));
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        Cli::err(QStringLiteral("mailroom-cli identify: unexpected argument \"%1\"; the text comes on standard input")
                     .arg(parser.positionalArguments().first()));
        return ExitUsage;
    }

    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly)) {
        Cli::err(QStringLiteral("mailroom-cli identify: cannot read standard input: %1").arg(input.errorString()));
        return ExitUsage;
    }
    const QByteArray text = input.read(maxInput + 1);
    if (text.size() > maxInput) {
        Cli::err(QStringLiteral("mailroom-cli identify: the input is over %1 MiB; give one bounce at a time")
                     .arg(maxInput / 1024 / 1024));
        return ExitUsage;
    }
    if (text.trimmed().isEmpty()) {
        Cli::err(input.error() != QFileDevice::NoError
                ? QStringLiteral("mailroom-cli identify: cannot read standard input: %1").arg(input.errorString())
                : QStringLiteral("mailroom-cli identify: no text on standard input; pipe a bounce into it"));
        return ExitUsage;
    }

    const BlockRecognition recognition = BlockKnowledge::builtIn().identify(text);
    Cli::out(QJsonDocument(recognitionJson(recognition)).toJson(QJsonDocument::Indented));
    return ExitOk;
}
