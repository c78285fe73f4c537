#include "BouncesCommand.h"

#include "BoardCommand.h"
#include "CliCommon.h"
#include "bounces/BounceScan.h"
#include "mail/MailboxScan.h"
#include "support/Settings.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <charconv>

namespace {

const QByteArrayList columns = {"address", "category", "reason", "events", "first_seen", "last_seen", "last_code",
    "last_status", "remote_ip", "sender", "user_id", "diagnostic"};

bool shown(const RecipientRecord& record, bool all)
{
    // Left out: the last word on the address was a delivery and nothing is pending.
    return all || record.pending || record.category != BounceCategory::None || record.reason != BounceReason::Delivered;
}

QByteArrayList rowOf(const RecipientRecord& r)
{
    return {r.address, categoryName(r.category).toByteArray(), reasonName(r.reason).toByteArray(),
        QByteArray::number(r.events()), Cli::isoUtc(r.firstSeen), Cli::isoUtc(r.lastSeen),
        r.lastCode ? QByteArray::number(r.lastCode) : QByteArray(), r.lastStatus, r.remoteIp, r.sender,
        r.userId ? QByteArray::number(r.userId) : QByteArray(), r.lastReply};
}

// The same fields as rowOf(), written straight into the output: a 100,000-row report should not
// cost a dozen allocations a row.
void appendCsvRow(QByteArray& text, const RecipientRecord& r)
{
    Cli::IsoBuffer first;
    Cli::IsoBuffer last;
    std::array<char, 24> buffers[3];
    const auto decimal = [&buffers](int which, qint64 value, bool emptyForZero) {
        if (emptyForZero && value == 0)
            return QByteArrayView();
        auto& buffer = buffers[which];
        const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value).ptr;
        return QByteArrayView(buffer.data(), end - buffer.data());
    };
    const QByteArrayView events = decimal(0, r.events(), false);
    const QByteArrayView code = decimal(1, r.lastCode, true);
    const QByteArrayView user = decimal(2, r.userId, true);
    const QByteArrayView fields[]
        = {r.address, categoryName(r.category), reasonName(r.reason), events, Cli::isoUtc(r.firstSeen, first),
            Cli::isoUtc(r.lastSeen, last), code, r.lastStatus, r.remoteIp, r.sender, user, r.lastReply};
    static_assert(std::size(fields) == 12);
    for (size_t i = 0; i < std::size(fields); ++i) {
        if (i)
            text += ',';
        Cli::appendCsvField(text, fields[i]);
    }
    text += '\n';
}

void printCsv(const std::vector<const RecipientRecord*>& rows)
{
    QByteArray text = columns.join(',') + '\n';
    for (const RecipientRecord* record : rows) {
        appendCsvRow(text, *record);
        if (text.size() > (1 << 20)) {
            Cli::out(text);
            text.clear();
        }
    }
    Cli::out(text);
}

void printJson(const std::vector<const RecipientRecord*>& rows)
{
    QJsonArray array;
    for (const RecipientRecord* record : rows) {
        const QByteArrayList fields = rowOf(*record);
        QJsonObject object;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QString key = QString::fromLatin1(columns[i]);
            if (fields[i].isEmpty())
                object.insert(key, QJsonValue::Null);
            else if (key == QLatin1String("events") || key == QLatin1String("last_code")
                || key == QLatin1String("user_id"))
                object.insert(key, fields[i].toLongLong());
            else
                object.insert(key, QString::fromUtf8(fields[i]));
        }
        array.append(object);
    }
    Cli::out(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void reportProblems(const ScanReport& report)
{
    for (const QString& error : report.errors)
        Cli::err(QStringLiteral("mailroom-cli: %1").arg(error));
    for (const FileReport& file : report.files) {
        if (!file.error.isEmpty())
            Cli::err(QStringLiteral("mailroom-cli: %1").arg(file.error));
        if (!file.untrustedCertificate.isNull())
            Cli::err(QStringLiteral("mailroom-cli: to trust that certificate, add --trust-certificate %1")
                         .arg(file.untrustedCertificate.fingerprint));
        if (file.format == LogFormat::BounceMail) {
            // A mailbox holds other mail too; say how much, and what the MIME reader worked around.
            if (file.otherMessages > 0)
                Cli::err(QStringLiteral("mailroom-cli: %1: %2 of %3 messages are no bounce notice")
                             .arg(file.path)
                             .arg(file.otherMessages)
                             .arg(file.lines));
            for (const FileProblem& problem : file.problems)
                Cli::err(QStringLiteral("  %1").arg(problem.message));
            continue;
        }
        if (file.skippedTotal() == 0)
            continue;
        Cli::err(QStringLiteral("mailroom-cli: %1: %2 lines skipped (%3 binary, %4 too long, %5 not log lines)")
                     .arg(file.path)
                     .arg(file.skippedTotal())
                     .arg(file.skipped[size_t(SkipReason::Binary)])
                     .arg(file.skipped[size_t(SkipReason::TooLong)])
                     .arg(file.skipped[size_t(SkipReason::Malformed)]));
        for (const FileProblem& problem : file.problems)
            Cli::err(QStringLiteral("  %1").arg(problem.message));
    }
}

} // namespace

int runBouncesCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reads Exim, Postfix and Sendmail logs (plain or .gz, files or folders of rotated logs), PowerMTA "
        "accounting files and bounce mail "
        "(mbox files, Maildir folders, .eml files) and prints one row per recipient whose mail failed or is "
        "still being retried; auto-replies and complaint reports are listed as vacation and feedback."));
    parser.addHelpOption();
    const QCommandLineOption boardOption(QStringLiteral("board"),
        QStringLiteral("SQLite board database to match recipients to users."), QStringLiteral("DB"));
    const QCommandLineOption profileOption(QStringLiteral("profile"),
        QStringLiteral(
            "Match recipients to the users of this board instead: demo or a connection profile file (JSON)."),
        QStringLiteral("NAME|FILE"));
    const QCommandLineOption passwordOption(QStringLiteral("password-stdin"),
        QStringLiteral("With --profile: read the database password from standard input instead of the keychain."));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("Output format: csv or json."),
        QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption allOption(
        QStringLiteral("all"), QStringLiteral("Also list recipients whose last delivery succeeded."));
    const QCommandLineOption zoneOption(QStringLiteral("tz"),
        QStringLiteral("Time zone the log's times are in (IANA id); default: "
                       "this computer's. Times with an offset ignore it."),
        QStringLiteral("ZONE"));
    const QCommandLineOption countOption(QStringLiteral("escalate-after"),
        QStringLiteral("Soft failures that make an address hard (default 3)."), QStringLiteral("N"),
        QStringLiteral("3"));
    const QCommandLineOption daysOption(QStringLiteral("escalate-days"),
        QStringLiteral("Days those failures must span (default 7)."), QStringLiteral("DAYS"), QStringLiteral("7"));
    const QCommandLineOption imapPasswordOption(QStringLiteral("imap-password-stdin"),
        QStringLiteral("For imap:// and imaps:// sources: read the mailbox password from standard input (after the "
                       "database password, if both are read) instead of the keychain."));
    const QCommandLineOption trustOption(QStringLiteral("trust-certificate"),
        QStringLiteral("Accept the IMAP server certificate with this SHA-256 fingerprint (as the error about it "
                       "shows it) although it does not verify; repeatable."),
        QStringLiteral("FINGERPRINT"));
    const QCommandLineOption moveOption(QStringLiteral("imap-move-to"),
        QStringLiteral("After reading, move the bounce notices, auto-replies and complaint reports of the IMAP "
                       "sources to this folder (made when missing); other mail stays. Without it the mailbox is "
                       "never changed."),
        QStringLiteral("FOLDER"));
    parser.addOptions({boardOption, profileOption, passwordOption, formatOption, allOption, zoneOption, countOption,
        daysOption, imapPasswordOption, trustOption, moveOption});
    parser.addPositionalArgument(QStringLiteral("PATH"),
        QStringLiteral("Log files or folders, mailboxes (mbox, Maildir, .eml), or IMAP mailboxes as "
                       "imaps://user@host[:port]/Folder (imap:// uses STARTTLS)."),
        QStringLiteral("PATH..."));

    if (!parser.parse(arguments)) {
        Cli::err(QStringLiteral("mailroom-cli bounces: %1").arg(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        Cli::out(Cli::helpText(parser, QStringLiteral("bounces")));
        return ExitOk;
    }

    const QString format = parser.value(formatOption);
    BounceScanRequest request;
    request.paths = parser.positionalArguments();
    request.boardDatabase = parser.value(boardOption);
    if (parser.isSet(profileOption)) {
        if (parser.isSet(boardOption)) {
            Cli::err(QStringLiteral("mailroom-cli bounces: give --board or --profile, not both"));
            return ExitUsage;
        }
        QString error;
        request.board = BoardCli::connectionFor(parser.value(profileOption), &error);
        const std::optional<QString> password = request.board
            ? BoardCli::passwordFor(*request.board, parser.isSet(passwordOption), &error)
            : std::nullopt;
        if (!password) {
            Cli::err(QStringLiteral("mailroom-cli bounces: %1").arg(error));
            return ExitUsage;
        }
        request.boardPassword = *password;
    }
    // IMAP sources: their passwords, the certificates trusted here, and where the fetched notices
    // are kept between runs (beside the GUI's, so either sees what the other fetched).
    request.imap.cacheFolder = Settings().imapCacheFolder();
    request.imap.trustedCertificates = parser.values(trustOption);
    QString imapPassword;
    bool imapPasswordRead = false;
    for (const QString& path : parser.positionalArguments()) {
        if (!MailboxScan::isImapUrl(path))
            continue;
        QString error;
        std::optional<QString> password;
        if (parser.isSet(imapPasswordOption)) {
            if (!imapPasswordRead)
                imapPassword = QTextStream(stdin).readLine();
            imapPasswordRead = true;
            password = imapPassword;
        } else {
            password = BoardCli::secretFromKeychain(QStringLiteral("imap:") + path, path, &error);
        }
        if (!password) {
            Cli::err(QStringLiteral("mailroom-cli bounces: %1").arg(error));
            return ExitUsage;
        }
        request.imap.passwords.insert(path, *password);
        if (parser.isSet(moveOption))
            request.imap.moveTo.insert(path, parser.value(moveOption));
    }
    request.trackDeliveries = parser.isSet(allOption);
    bool countOk = false;
    bool daysOk = false;
    request.rules.escalationCount = parser.value(countOption).toInt(&countOk);
    request.rules.escalationDays = parser.value(daysOption).toInt(&daysOk);
    if (parser.isSet(zoneOption)) {
        request.logZone = QTimeZone(parser.value(zoneOption).toUtf8());
        if (!request.logZone.isValid()) {
            Cli::err(QStringLiteral("mailroom-cli bounces: unknown time zone \"%1\"").arg(parser.value(zoneOption)));
            return ExitUsage;
        }
    }
    if (format != QLatin1String("csv") && format != QLatin1String("json")) {
        Cli::err(QStringLiteral("mailroom-cli bounces: --format must be csv or json, not \"%1\"").arg(format));
        return ExitUsage;
    }
    if (!countOk || !daysOk || request.rules.escalationCount < 1 || request.rules.escalationDays < 0) {
        Cli::err(QStringLiteral("mailroom-cli bounces: --escalate-after and --escalate-days take whole numbers"));
        return ExitUsage;
    }
    if (request.paths.isEmpty()) {
        Cli::err(QStringLiteral("mailroom-cli bounces: name at least one log or mailbox"));
        return ExitUsage;
    }

    const auto result = runBounceScan(request);
    reportProblems(result->report);
    if (!result->boardError.isEmpty())
        Cli::err(QStringLiteral("mailroom-cli: the board could not be read: %1").arg(result->boardError));

    std::vector<const RecipientRecord*> rows;
    for (const RecipientRecord& record : result->recipients) {
        if (shown(record, request.trackDeliveries))
            rows.push_back(&record);
    }
    std::sort(rows.begin(), rows.end(),
        [](const RecipientRecord* a, const RecipientRecord* b) { return a->address < b->address; });
    if (format == QLatin1String("json"))
        printJson(rows);
    else
        printCsv(rows);

    const bool failed = result->report.anyFileFailed() || !result->boardError.isEmpty();
    return failed ? ExitFailure : ExitOk;
}
