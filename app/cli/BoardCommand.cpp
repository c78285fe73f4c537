#include "BoardCommand.h"

#include "CliCommon.h"
#include "board/BoardSession.h"
#include "board/DemoBoard.h"
#include "support/CredentialStore.h"
#include "support/Settings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace {

const QString Name = QStringLiteral("mailroom-cli board");

int fail(const QString& message, int code = ExitFailure)
{
    Cli::err(QStringLiteral("%1: %2").arg(Name, message));
    return code;
}

} // namespace

QCommandLineOption BoardCli::profileOption()
{
    return QCommandLineOption(QStringLiteral("profile"),
        QStringLiteral("demo (the default), a profile saved in Mailroom's Board Database dialog, or a connection "
                       "profile file (JSON)."),
        QStringLiteral("NAME|FILE"), QStringLiteral("demo"));
}

QCommandLineOption BoardCli::passwordOption()
{
    return QCommandLineOption(QStringLiteral("password-stdin"),
        QStringLiteral("Read the database password from the first line of standard input instead of the keychain."));
}

// "demo", a profile file (JSON), or the name of a profile saved in Mailroom's Board Database
// dialog. A file wins over a saved name, as a path is what a script means when both exist.
std::optional<BoardConnection> BoardCli::connectionFor(const QString& profile, QString* error)
{
    if (profile == QLatin1String("demo")) {
        DemoBoardFiles files;
        if (!DemoBoard::ensure(DemoBoard::defaultFolder(), &files, error))
            return std::nullopt;
        return BoardConnection::demo(files.database);
    }
    QFile file(profile);
    if (!QFileInfo(profile).isFile()) {
        const Settings settings;
        const QJsonObject saved = settings.boardProfile(profile);
        if (!saved.isEmpty())
            return BoardConnection::fromJson(saved, error);
        QStringList names;
        for (const QJsonObject& other : settings.boardProfiles())
            names.append(other.value(QStringLiteral("name")).toString());
        *error = names.isEmpty()
            ? QStringLiteral("no profile \"%1\": give demo, a profile file (JSON), or the name of a profile saved in "
                             "Mailroom (none is saved yet)")
                  .arg(profile)
            : QStringLiteral("no profile \"%1\": give demo, a profile file (JSON), or a saved profile: %2")
                  .arg(profile, names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(profile, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("%1 is not a profile: %2").arg(profile, parseError.errorString());
        return std::nullopt;
    }
    return BoardConnection::fromJson(document.object(), error);
}

// From standard input (first line), or from the OS keychain where the GUI stored it.
std::optional<QString> BoardCli::passwordFor(const BoardConnection& c, bool fromStdin, QString* error)
{
    if (!c.needsPassword())
        return QString();
    if (fromStdin) {
        QTextStream in(stdin);
        return in.readLine();
    }
    return BoardCli::secretFromKeychain(c.secretKey(), c.name, error);
}

std::optional<QString> BoardCli::secretFromKeychain(const QString& key, const QString& name, QString* error)
{
    KeychainCredentialStore store;
    std::optional<QString> password;
    QEventLoop loop;
    QObject::connect(&store, &CredentialStore::secretRead, &loop,
        [&](const QString&, CredentialStore::Outcome outcome, const QString& secret, const QString& why) {
            if (outcome == CredentialStore::Outcome::Ok)
                password = secret;
            else if (outcome == CredentialStore::Outcome::NotFound)
                *error
                    = QStringLiteral("no password stored for %1: save it in Mailroom, or read it from standard input")
                          .arg(name);
            else
                *error = QStringLiteral("the keychain did not give the password: %1").arg(why);
            loop.quit();
        });
    QTimer::singleShot(30000, &loop, [&] {
        *error = QStringLiteral("the keychain did not answer within 30 seconds");
        loop.quit();
    });
    store.readSecret(key);
    loop.exec(); // a command-line tool waits for its answer
    return password;
}

namespace {

QString fieldValue(const BoardUserRow& row, BoardField field)
{
    return field == BoardField::Id ? QString::number(row.id) : row.value(field);
}

void printUsers(BoardSession& session, bool json, QString* error)
{
    QByteArray text;
    for (int i = 0; i < BoardFieldCount; ++i) {
        if (i > 0)
            text += ',';
        text += boardFieldKey(BoardField(i));
    }
    text += ",bounced\n";
    bool first = true;
    if (json)
        text = "[\n";
    const bool ok = session.forEachUser(
        [&](const QList<BoardUserRow>& page) {
            for (const BoardUserRow& row : page) {
                if (json) {
                    QJsonObject object;
                    for (int i = 0; i < BoardFieldCount; ++i) {
                        const auto field = BoardField(i);
                        const QString value = fieldValue(row, field);
                        object.insert(QString::fromLatin1(boardFieldKey(field)),
                            field == BoardField::Id ? QJsonValue(row.id)
                                : value.isNull()    ? QJsonValue()
                                                    : QJsonValue(value));
                    }
                    object.insert(QStringLiteral("bounced"), row.bounced == QLatin1String("1"));
                    text += (first ? "  " : ",\n  ") + QJsonDocument(object).toJson(QJsonDocument::Compact);
                    first = false;
                    continue;
                }
                for (int i = 0; i < BoardFieldCount; ++i) {
                    if (i > 0)
                        text += ',';
                    Cli::appendCsvField(text, fieldValue(row, BoardField(i)).toUtf8());
                }
                text += ',' + row.bounced.toLatin1() + '\n';
            }
            Cli::out(text);
            text.clear();
            return true;
        },
        error);
    if (json && ok)
        Cli::out("\n]\n");
}

void printAudit(const QList<AuditEntry>& entries, bool json)
{
    if (json) {
        QJsonArray array;
        for (const AuditEntry& e : entries) {
            array.append(QJsonObject {{QStringLiteral("audit_id"), e.id},
                {QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODate)}, {QStringLiteral("user_id"), e.userId},
                {QStringLiteral("field"), e.field},
                {QStringLiteral("old_value"), e.oldValue.isNull() ? QJsonValue() : QJsonValue(e.oldValue)},
                {QStringLiteral("new_value"), e.newValue.isNull() ? QJsonValue() : QJsonValue(e.newValue)},
                {QStringLiteral("os_user"), e.osUser}, {QStringLiteral("undo_of"), e.undoOf},
                {QStringLiteral("undone_by"), e.undoneBy}});
        }
        Cli::out(QJsonDocument(array).toJson());
        return;
    }
    QByteArray text = "audit_id,time,user_id,field,old_value,new_value,os_user,undo_of,undone_by\n";
    for (const AuditEntry& e : entries) {
        for (const QByteArray& value : {QByteArray::number(e.id), e.time.toUTC().toString(Qt::ISODate).toUtf8(),
                 QByteArray::number(e.userId), e.field.toUtf8(), e.oldValue.toUtf8(), e.newValue.toUtf8(),
                 e.osUser.toUtf8(), QByteArray::number(e.undoOf)}) {
            Cli::appendCsvField(text, value);
            text += ',';
        }
        text += QByteArray::number(e.undoneBy) + '\n';
    }
    Cli::out(text);
}

// What a write did, or would do, or why it did nothing; the exit code for it.
int report(const BoardApplyResult& result, bool dryRun)
{
    for (const BoardConflict& c : result.conflicts) {
        Cli::err(QStringLiteral("%1: user %2, %3: %4 (read \"%5\", now \"%6\")")
                     .arg(Name)
                     .arg(c.userId)
                     .arg(c.field, c.why, c.expected, c.found.isNull() ? QStringLiteral("no row") : c.found));
    }
    if (!result.error.isEmpty())
        Cli::err(QStringLiteral("%1: %2").arg(Name, result.error));
    if (!result.ok) {
        Cli::err(QStringLiteral("%1: nothing was changed").arg(Name));
        return ExitFailure;
    }
    QByteArray text;
    for (qsizetype i = 0; i < result.applied.size(); ++i) {
        const BoardChange& c = result.applied[i];
        text += (dryRun ? "would change" : "changed") + QByteArray(" user ") + QByteArray::number(c.userId) + ' '
            + c.field.toUtf8() + ": " + c.oldValue.toUtf8() + " -> " + c.newValue.toUtf8();
        if (!dryRun && i < result.auditIds.size())
            text += " (audit " + QByteArray::number(result.auditIds[i]) + ')';
        text += '\n';
    }
    if (result.applied.isEmpty())
        text = "nothing to change\n";
    Cli::out(text);
    return ExitOk;
}

} // namespace

int runBoardCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reads the board's users and changes them: test, users, set-email USER_ID ADDRESS, archive USER_ID..., "
        "unarchive USER_ID..., flag USER_ID..., unflag USER_ID..., undo [AUDIT_ID], audit, create-flag-table. Every "
        "write runs in one transaction and only where the rows still hold what was read; every applied change is "
        "recorded. create-flag-table adds Mailroom's table for the \"email bounced\" flags to the board's database, "
        "for a profile with \"flag_store\": \"board_table\" whose schema has no column for them."));
    parser.addHelpOption();
    const QCommandLineOption profileOption = BoardCli::profileOption();
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("csv (default) or json."),
        QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"), QStringLiteral("Check and report a write without changing anything."));
    const QCommandLineOption passwordOption = BoardCli::passwordOption();
    parser.addOptions({profileOption, formatOption, dryRunOption, passwordOption});
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do."));
    if (!parser.parse(arguments))
        return fail(parser.errorText(), ExitUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        Cli::out(Cli::helpText(parser, QStringLiteral("board")));
        return ExitOk;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(QStringLiteral("name a command: test, users, set-email, archive, unarchive, flag, unflag, undo, "
                                   "audit or create-flag-table"),
            ExitUsage);
    const QString command = positional.takeFirst();
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return fail(QStringLiteral("--format must be csv or json, not \"%1\"").arg(format), ExitUsage);
    const bool dryRun = parser.isSet(dryRunOption);

    QList<qint64> ids;
    const bool takesIds = QStringList {QStringLiteral("archive"), QStringLiteral("unarchive"), QStringLiteral("flag"),
        QStringLiteral("unflag")}
                              .contains(command);
    if (command == QLatin1String("set-email")) {
        if (positional.size() != 2)
            return fail(QStringLiteral("set-email needs USER_ID and ADDRESS"), ExitUsage);
    } else if (takesIds && positional.isEmpty()) {
        return fail(QStringLiteral("%1 needs at least one USER_ID").arg(command), ExitUsage);
    } else if (command == QLatin1String("undo") && positional.size() > 1) {
        return fail(QStringLiteral("undo takes at most one AUDIT_ID"), ExitUsage);
    } else if (!takesIds && command != QLatin1String("undo") && !positional.isEmpty()) {
        return fail(QStringLiteral("unexpected argument \"%1\"").arg(positional.first()), ExitUsage);
    } else if (!takesIds
        && !QStringList {QStringLiteral("test"), QStringLiteral("users"), QStringLiteral("undo"),
            QStringLiteral("audit"), QStringLiteral("create-flag-table")}
                .contains(command)) {
        return fail(QStringLiteral("unknown command \"%1\"").arg(command), ExitUsage);
    }
    for (const QString& text : (command == QLatin1String("set-email") ? positional.mid(0, 1) : positional)) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("\"%1\" is not a number").arg(text), ExitUsage);
        ids.append(id);
    }

    QString error;
    const std::optional<BoardConnection> connection = BoardCli::connectionFor(parser.value(profileOption), &error);
    if (!connection)
        return fail(error, parser.value(profileOption) == QLatin1String("demo") ? ExitFailure : ExitUsage);
    AuditLog audit;
    if (!audit.open(Settings().auditLogPath(), &error))
        return fail(error);
    if (command == QLatin1String("audit")) {
        const QList<AuditEntry> entries = audit.entries(connection->name, &error);
        if (!error.isEmpty())
            return fail(error);
        printAudit(entries, format == QLatin1String("json"));
        return ExitOk;
    }
    const std::optional<QString> password = BoardCli::passwordFor(*connection, parser.isSet(passwordOption), &error);
    if (!password)
        return fail(error);
    if (command == QLatin1String("create-flag-table")) {
        // Running this is the owner's consent to one table of Mailroom's in the board's database.
        const QString table = QString(BoardConnection::FlagTable);
        if (dryRun) {
            Cli::out(QStringLiteral("would create the table %1 in %2, if it is not there\n")
                         .arg(table, connection->name)
                         .toUtf8());
            return ExitOk;
        }
        if (!BoardSession::createFlagTable(*connection, *password, &error))
            return fail(error);
        Cli::out(QStringLiteral("the table %1 is in %2%3\n")
                     .arg(table, connection->name,
                         connection->flagStore == BoardConnection::FlagStore::BoardTable
                             ? QString()
                             : QStringLiteral("; the profile keeps its flags on this computer until it says "
                                              "\"flag_store\": \"board_table\""))
                     .toUtf8());
        return ExitOk;
    }
    BoardSession session(*connection, audit);
    if (!session.open(*password, &error))
        return fail(error);

    if (command == QLatin1String("test")) {
        const std::optional<qint64> users = session.countUsers(&error);
        if (!users)
            return fail(error);
        Cli::out(QStringLiteral("%1: connected, schema profile %2 fits, %3 users%4\n")
                     .arg(connection->name, connection->schema.name)
                     .arg(*users)
                     .arg(connection->readOnly ? QStringLiteral(", read-only") : QString())
                     .toUtf8());
        return ExitOk;
    }
    if (command == QLatin1String("users")) {
        printUsers(session, format == QLatin1String("json"), &error);
        return error.isEmpty() ? int(ExitOk) : fail(error);
    }
    if (command == QLatin1String("undo")) {
        qint64 id = 0;
        if (!positional.isEmpty()) {
            bool ok = false;
            id = positional.first().toLongLong(&ok);
            if (!ok)
                return fail(QStringLiteral("\"%1\" is not an audit id").arg(positional.first()), ExitUsage);
        } else {
            const std::optional<AuditEntry> latest = audit.latestUndoable(connection->name, &error);
            if (!latest)
                return fail(error);
            id = latest->id;
        }
        return report(session.undo(id, dryRun), dryRun);
    }

    const QList<BoardUserRow> rows = session.users(ids, &error);
    if (!error.isEmpty())
        return fail(error);
    QList<BoardChange> changes;
    if (command == QLatin1String("set-email")) {
        const std::optional<BoardChange> change = session.planEmail(rows.front(), positional.at(1), &error);
        if (!change)
            return fail(error);
        changes = {*change};
    } else if (command == QLatin1String("archive") || command == QLatin1String("unarchive")) {
        changes = session.planStatus(rows, command == QLatin1String("archive"), &error);
        if (!error.isEmpty())
            return fail(error);
    } else {
        changes = session.planBounced(rows, command == QLatin1String("flag"));
    }
    return report(session.apply(changes, dryRun), dryRun);
}
