#include "BenchUsers.h"
#include "LocalSql.h"
#include "board/BoardDirectory.h"
#include "board/BoardSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <array>
#include <cstdio>
#include <malloc.h>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

// The board database benchmarks of issue 5, on a throwaway MariaDB server (LocalSql.h):
// a) Mailroom reads every user through BoardSession::forEachUser into a case-insensitive map
//    of addresses and matches bounced addresses against it; b) the mariadb client selects the
//    same columns with --batch in the same run, as the yardstick; c) a bulk archive with audit
//    records. Prints a Markdown report; exits non-zero on errors only, never on a missed target.

namespace {

using namespace BenchUsers;

struct Options
{
    quint16 port = 13326;
    int users = 100'000;
    int bounced = 100'000;
    int archive = 10'000;
    int runs = 3;
    int pageSize = 5000;
    QString client;
};

struct Memory
{
    qint64 rssKiB = -1;
    qint64 peakKiB = -1;
};

Memory memory()
{
    Memory m;
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return m;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const qint64 kib = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        if (line.startsWith("VmRSS:"))
            m.rssKiB = kib;
        else if (line.startsWith("VmHWM:"))
            m.peakKiB = kib;
    }
    return m;
}

// Writing "5" to clear_refs resets VmHWM to the current RSS (proc(5), Linux 4.0), so each run's
// peak is its own and not the insert's; malloc_trim first hands back what earlier runs freed.
bool resetPeak()
{
    ::malloc_trim(0);
    QFile clear(u"/proc/self/clear_refs"_s);
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Every other user's address, upper-cased as some MTAs report them, and as many unknown ones.
QStringList bouncedAddresses(const Board& board, int count, qint64* expectedMatches)
{
    QStringList addresses;
    addresses.reserve(count);
    *expectedMatches = 0;
    for (int i = 0; i < count; ++i) {
        if (i % 2 == 0 && size_t(i) < board.emails.size()) {
            addresses.append(board.emails[size_t(i)].toUpper());
            ++*expectedMatches;
        } else {
            addresses.append(
                u"no-such-user.%1@%2"_s.arg(i).arg(QString::fromLatin1(Domains[size_t(i) % Domains.size()])));
        }
    }
    return addresses;
}

// ---- a) Mailroom --------------------------------------------------------------------------------

struct LoadRun
{
    double openS = 0;
    double loadS = 0;
    double matchS = 0;
    double totalS = 0;
    qint64 users = 0;
    qint64 matched = 0;
    Memory before;
    Memory after;
};

// With audit null, a read-only session as BoardDirectory::load() opens for matching; with the
// activity log, every user's "email bounced" flag is read from it as well (the demo schema has
// no column for it), as `mailroom-cli board users` reads them.
std::optional<LoadRun> runMailroom(const BoardConnection& c, const QString& password, AuditLog* audit,
    const QStringList& bounced, int pageSize, QString* error)
{
    LoadRun r;
    const bool peakReset = resetPeak();
    r.before = memory();
    QElapsedTimer total;
    total.start();
    {
        QElapsedTimer step;
        step.start();
        const auto session = audit ? std::make_unique<BoardSession>(c, *audit) : std::make_unique<BoardSession>(c);
        if (!session->open(password, error))
            return std::nullopt;
        r.openS = seconds(step);

        step.restart();
        QHash<QString, qint64> byEmail;
        const bool read = session->forEachUser(
            [&byEmail, &r](const QList<BoardUserRow>& rows) {
                for (const BoardUserRow& row : rows)
                    byEmail.insert(row.value(BoardField::Email).toLower(), row.id);
                r.users += rows.size();
                return true;
            },
            error, pageSize);
        if (!read)
            return std::nullopt;
        r.loadS = seconds(step);

        step.restart();
        for (const QString& address : bounced) {
            if (byEmail.contains(address.toLower()))
                ++r.matched;
        }
        r.matchS = seconds(step);
    }
    r.totalS = seconds(total);
    r.after = memory();
    if (!peakReset)
        r.after.peakKiB = -1; // the process's lifetime peak would include the insert
    return r;
}

// The scan's matcher: BoardDirectory::load() (a read-only session, a BoardUser per address)
// and a find() per bounced address, given as the scan has them, in UTF-8.
std::optional<LoadRun> runDirectory(
    const BoardConnection& c, const QString& password, const QList<QByteArray>& bounced, QString* error)
{
    LoadRun r;
    const bool peakReset = resetPeak();
    r.before = memory();
    QElapsedTimer total;
    total.start();
    {
        QElapsedTimer step;
        step.start();
        BoardDirectory directory;
        if (!directory.load(c, password)) {
            *error = directory.errorString();
            return std::nullopt;
        }
        r.loadS = seconds(step);
        r.users = directory.size();

        step.restart();
        for (const QByteArray& address : bounced) {
            if (directory.find(address))
                ++r.matched;
        }
        r.matchS = seconds(step);
    }
    r.totalS = seconds(total);
    r.after = memory();
    if (!peakReset)
        r.after.peakKiB = -1;
    return r;
}

// ---- b) the mariadb client ----------------------------------------------------------------------

struct ClientRun
{
    double totalS = 0;
    qint64 bytes = 0;
    qint64 lines = 0;
    qint64 peakKiB = -1;
};

std::optional<ClientRun> runClient(const LocalSql& sql, const QString& client, const QString& scratch, QString* error)
{
    const QString select = u"SELECT %1 FROM users ORDER BY id"_s.arg(Columns.join(u", "_s));
    const QStringList clientArguments {u"--no-defaults"_s, u"--batch"_s, u"--skip-column-names"_s, u"--protocol=TCP"_s,
        u"-h"_s, sql.host(), u"-P"_s, QString::number(sql.port()), u"-u"_s, sql.user(), sql.database(), u"-e"_s,
        select};
    // GNU time reports the client's peak RSS; its own fork costs well under a millisecond.
    const QString gnuTime = QStandardPaths::findExecutable(u"time"_s, {u"/usr/bin"_s});
    const QString timeFile = scratch + u"/client-rss.txt"_s;
    QFile::remove(timeFile);

    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"MYSQL_PWD"_s, sql.password()); // not on the command line, where ps shows it
    process.setProcessEnvironment(environment);
    ClientRun r;
    QElapsedTimer timer;
    timer.start();
    if (gnuTime.isEmpty())
        process.start(client, clientArguments);
    else
        process.start(gnuTime, QStringList {u"-f"_s, u"%M"_s, u"-o"_s, timeFile, client} + clientArguments);
    if (!process.waitForStarted(10000)) {
        *error = client + u" did not start: "_s + process.errorString();
        return std::nullopt;
    }
    // Read and drop everything, so the client transfers and prints every row.
    for (;;) {
        const bool ready = process.waitForReadyRead(60000);
        const QByteArray chunk = process.readAllStandardOutput();
        r.bytes += chunk.size();
        r.lines += chunk.count('\n');
        if (!ready && process.state() == QProcess::NotRunning)
            break;
        if (!ready && chunk.isEmpty() && process.state() == QProcess::Running) {
            process.kill();
            process.waitForFinished(5000);
            *error = client + u" sent nothing for 60 s"_s;
            return std::nullopt;
        }
    }
    process.waitForFinished(60000);
    const QByteArray rest = process.readAllStandardOutput();
    r.bytes += rest.size();
    r.lines += rest.count('\n');
    r.totalS = seconds(timer);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = client + u" failed: "_s + QString::fromLocal8Bit(process.readAllStandardError());
        return std::nullopt;
    }
    QFile times(timeFile);
    if (times.open(QIODevice::ReadOnly))
        r.peakKiB = times.readAll().trimmed().split('\n').constLast().toLongLong();
    return r;
}

// ---- c) bulk archive ----------------------------------------------------------------------------

struct ArchiveRun
{
    double readS = 0;
    double planS = 0;
    double applyS = 0;
    double totalS = 0;
    qint64 applied = 0;
};

std::optional<ArchiveRun> runArchive(
    const BoardConnection& c, const QString& password, AuditLog& audit, const QList<qint64>& ids, QString* error)
{
    BoardSession session(c, audit);
    if (!session.open(password, error))
        return std::nullopt;
    ArchiveRun r;
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    const QList<BoardUserRow> rows = session.users(ids, error);
    if (rows.size() != ids.size()) {
        *error = u"users(ids) read %1 of %2 users: %3"_s.arg(rows.size()).arg(ids.size()).arg(*error);
        return std::nullopt;
    }
    r.readS = seconds(step);

    step.restart();
    const QList<BoardChange> changes = session.planStatus(rows, true, error);
    if (changes.size() != ids.size()) {
        *error = u"planStatus planned %1 changes for %2 active users: %3"_s.arg(changes.size())
                     .arg(ids.size())
                     .arg(*error);
        return std::nullopt;
    }
    r.planS = seconds(step);

    step.restart();
    const BoardApplyResult result = session.apply(changes);
    r.applyS = seconds(step);
    r.totalS = seconds(total);
    if (!result.ok || result.applied.size() != ids.size() || result.auditIds.size() != ids.size()) {
        *error = u"apply failed (%1 applied, %2 conflicts): %3"_s.arg(result.applied.size())
                     .arg(result.conflicts.size())
                     .arg(result.error);
        return std::nullopt;
    }
    r.applied = result.applied.size();
    return r;
}

qint64 countArchived(QSqlDatabase& db, QString* error)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT COUNT(*) FROM users WHERE status = 'archived'"_s) || !q.next()) {
        *error = q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

// Puts the archived users back to active, untimed, so that each run archives the same users.
bool restoreActive(QSqlDatabase& db, const QList<qint64>& ids, QString* error)
{
    for (qsizetype at = 0; at < ids.size(); at += 1000) {
        const QList<qint64> chunk = ids.mid(at, 1000);
        QSqlQuery q(db);
        q.prepare(
            u"UPDATE users SET status = 'active' WHERE id IN (%1)"_s.arg(QStringList(chunk.size(), u"?"_s).join(u',')));
        for (const qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

// ---- the run and its report --------------------------------------------------------------------

QString fixed(double value, int decimals = 3)
{
    return QString::number(value, 'f', decimals);
}

QString commandOutput(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(10000);
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

void say(const QString& text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

template<typename Run> double bestOf(const std::vector<Run>& runs, double (*value)(const Run&))
{
    double best = 1e300;
    for (const Run& run : runs)
        best = std::min(best, value(run));
    return best;
}

// One Markdown row: a figure per run, then the best (lowest) or for memory the highest.
template<typename Run>
QString row(const QString& label, const std::vector<Run>& runs, double (*value)(const Run&), bool lowest,
    const QString& target = {}, int decimals = 3)
{
    QStringList cells {label};
    double chosen = lowest ? 1e300 : -1e300;
    for (const Run& run : runs) {
        cells.append(fixed(value(run), decimals));
        chosen = lowest ? std::min(chosen, value(run)) : std::max(chosen, value(run));
    }
    cells << u"**"_s + fixed(chosen, decimals) + u"**"_s << target;
    return u"| "_s + cells.join(u" | "_s) + u" |"_s;
}

double totalOf(const LoadRun& r)
{
    return r.totalS;
}
double openOf(const LoadRun& r)
{
    return r.openS;
}
double loadOf(const LoadRun& r)
{
    return r.loadS;
}
double matchOf(const LoadRun& r)
{
    return r.matchS;
}
double peakOf(const LoadRun& r)
{
    return double(r.after.peakKiB) / 1024.0;
}
double startOf(const LoadRun& r)
{
    return double(r.before.rssKiB) / 1024.0;
}
double clientOf(const ClientRun& r)
{
    return r.totalS;
}
double clientPeakOf(const ClientRun& r)
{
    return double(r.peakKiB) / 1024.0;
}
double archiveOf(const ArchiveRun& r)
{
    return r.totalS;
}
double readOf(const ArchiveRun& r)
{
    return r.readS;
}
double planOf(const ArchiveRun& r)
{
    return r.planS;
}
double applyOf(const ArchiveRun& r)
{
    return r.applyS;
}

class BoardBench
{
public:
    explicit BoardBench(const Options& options) : m_o(options), m_sql(LocalSql::Kind::MariaDb, options.port) { }

    QString setUp();
    QString measureLoads();
    QString measureArchives();
    QString report() const;

private:
    QString fillAndDescribe();
    QString checked(const std::optional<LoadRun>& load, std::vector<LoadRun>* runs, const QString& error) const;
    QList<qint64> usersToArchive() const;
    QString ratioRow(const QString& label, const std::vector<LoadRun>& runs, bool target) const;

    Options m_o;
    QTemporaryDir m_scratch;
    LocalSql m_sql;
    BoardConnection m_connection;
    AuditLog m_audit;
    Board m_board;
    QStringList m_bounced;
    QList<QByteArray> m_bouncedUtf8;
    qint64 m_expectedMatches = 0;
    QString m_serverVersion;
    QString m_tableSize;
    double m_fillS = 0;
    std::vector<ClientRun> m_clients;
    std::vector<LoadRun> m_loads; // read-only session, as for matching
    std::vector<LoadRun> m_loggedLoads; // with the activity log's flags
    std::vector<LoadRun> m_directoryLoads;
    std::vector<ArchiveRun> m_archives;
    qsizetype m_archived = 0;
};

QString BoardBench::setUp()
{
    if (!m_scratch.isValid())
        return u"cannot make a temporary folder"_s;
    say(u"starting MariaDB on 127.0.0.1:%1"_s.arg(m_o.port));
    QString error = m_sql.start();
    if (!error.isEmpty())
        return u"the server did not start: "_s + error;
    // LocalSql keeps a 16 MiB buffer pool for quick test starts; a board's server keeps a table
    // of this size (under 20 MiB) in memory, so every reader below gets it from there.
    if (!m_sql.exec(u"SET GLOBAL innodb_buffer_pool_size = 268435456"_s, &error))
        return u"cannot grow the buffer pool: "_s + error;

    m_connection.name = u"bench-board"_s;
    m_connection.kind = BoardConnection::Kind::MariaDb;
    m_connection.host = m_sql.host();
    m_connection.port = m_sql.port();
    m_connection.database = m_sql.database();
    m_connection.user = m_sql.user();
    m_connection.schema = SchemaProfile::demo();
    m_connection.timeoutSeconds = 30;
    if (!m_connection.open(u"bench-setup"_s, m_sql.password(), &error))
        return error;
    error = fillAndDescribe();
    if (!error.isEmpty())
        return error;

    m_bounced = bouncedAddresses(m_board, m_o.bounced, &m_expectedMatches);
    for (const QString& address : std::as_const(m_bounced))
        m_bouncedUtf8.append(address.toUtf8());
    return m_audit.open(m_scratch.filePath(u"audit.sqlite"_s), &error) ? QString() : error;
}

QString BoardBench::fillAndDescribe()
{
    say(u"generating and inserting %1 users"_s.arg(m_o.users));
    QSqlDatabase db = QSqlDatabase::database(u"bench-setup"_s);
    QElapsedTimer timer;
    timer.start();
    QString error = createTable(db);
    if (error.isEmpty())
        error = fillBoard(db, m_o.users, &m_board);
    m_fillS = seconds(timer);

    QSqlQuery q(db);
    if (q.exec(u"SELECT VERSION()"_s) && q.next())
        m_serverVersion = q.value(0).toString();
    q.exec(u"ANALYZE TABLE users"_s);
    if (q.exec(u"SELECT data_length FROM information_schema.tables WHERE table_schema = DATABASE() "
               "AND table_name = 'users'"_s)
        && q.next()) {
        m_tableSize = fixed(q.value(0).toDouble() / 1048576.0, 1) + u" MiB"_s;
    }
    return error;
}

QString BoardBench::checked(const std::optional<LoadRun>& load, std::vector<LoadRun>* runs, const QString& error) const
{
    if (!load)
        return error;
    if (load->users != m_o.users || load->matched != m_expectedMatches) {
        return u"Mailroom read %1 users (not %2) and matched %3 addresses (not %4)"_s.arg(load->users)
            .arg(m_o.users)
            .arg(load->matched)
            .arg(m_expectedMatches);
    }
    if (runs)
        runs->push_back(*load);
    return {};
}

// Each run: the client first, then Mailroom three ways, so that each ratio compares readers
// measured within a few seconds of each other.
QString BoardBench::measureLoads()
{
    const QString password = m_sql.password();
    QString error;
    // One untimed pass first, so that the readers all find the table in the buffer pool.
    say(u"warming up"_s);
    if (!runClient(m_sql, m_o.client, m_scratch.path(), &error))
        return error;
    QString why;
    error = checked(runMailroom(m_connection, password, nullptr, m_bounced, m_o.pageSize, &why), nullptr, why);
    for (int run = 1; run <= m_o.runs && error.isEmpty(); ++run) {
        say(u"run %1: mariadb client, then Mailroom three ways"_s.arg(run));
        const std::optional<ClientRun> client = runClient(m_sql, m_o.client, m_scratch.path(), &error);
        if (!client)
            return error;
        if (client->lines != m_o.users)
            return u"the client printed %1 rows, not %2"_s.arg(client->lines).arg(m_o.users);
        m_clients.push_back(*client);
        error = checked(runMailroom(m_connection, password, nullptr, m_bounced, m_o.pageSize, &why), &m_loads, why);
        if (error.isEmpty()) {
            const auto logged = runMailroom(m_connection, password, &m_audit, m_bounced, m_o.pageSize, &why);
            error = checked(logged, &m_loggedLoads, why);
        }
        if (error.isEmpty())
            error = checked(runDirectory(m_connection, password, m_bouncedUtf8, &why), &m_directoryLoads, why);
        if (error.isEmpty()) {
            say(u"  client %1 s, Mailroom %2 s, with the activity log %3 s, BoardDirectory %4 s"_s.arg(
                fixed(client->totalS), fixed(m_loads.back().totalS), fixed(m_loggedLoads.back().totalS),
                fixed(m_directoryLoads.back().totalS)));
        }
    }
    return error;
}

// Active users spread evenly over the whole table.
QList<qint64> BoardBench::usersToArchive() const
{
    QList<qint64> active;
    for (size_t i = 0; i < m_board.active.size(); ++i) {
        if (m_board.active[i])
            active.append(qint64(i) + 1);
    }
    QList<qint64> ids;
    const double step = double(active.size()) / std::max(1, m_o.archive);
    for (int i = 0; i < m_o.archive && i < active.size(); ++i)
        ids.append(active[qsizetype(i * step)]);
    return ids;
}

QString BoardBench::measureArchives()
{
    const QList<qint64> ids = usersToArchive();
    m_archived = ids.size();
    QSqlDatabase db = QSqlDatabase::database(u"bench-setup"_s);
    QString error;
    for (int run = 1; run <= m_o.runs; ++run) {
        say(u"run %1: archiving %2 users"_s.arg(run).arg(ids.size()));
        AuditLog audit; // a fresh log each run, so that each run writes into a log of the same size
        if (!audit.open(m_scratch.filePath(u"audit-archive-%1.sqlite"_s.arg(run)), &error))
            return error;
        const qint64 before = countArchived(db, &error);
        const std::optional<ArchiveRun> archive = runArchive(m_connection, m_sql.password(), audit, ids, &error);
        if (!archive)
            return error;
        const qint64 after = countArchived(db, &error);
        if (before < 0 || after - before != ids.size())
            return u"the board has %1 more archived users, not %2"_s.arg(after - before).arg(ids.size());
        if (!restoreActive(db, ids, &error))
            return u"restoring the archived users failed: "_s + error;
        m_archives.push_back(*archive);
        say(u"  %1 s"_s.arg(fixed(archive->totalS)));
    }
    return {};
}

QString BoardBench::ratioRow(const QString& label, const std::vector<LoadRun>& runs, bool target) const
{
    QStringList cells {label};
    for (size_t i = 0; i < runs.size(); ++i)
        cells << fixed(runs[i].totalS / m_clients[i].totalS, 2);
    const double best = bestOf(runs, totalOf) / bestOf(m_clients, clientOf);
    cells << u"**"_s + fixed(best, 2) + u"** (best / best)"_s;
    cells << (!target ? QString() : best <= 2.0 ? u"≤ 2: met"_s : u"≤ 2: **missed**"_s);
    return u"| "_s + cells.join(u" | "_s) + u" |"_s;
}

QString BoardBench::report() const
{
    QStringList out {u"## Board database: loading and matching users, bulk archive (issue 5)"_s, QString()};
    out << u"- **Date:** %1"_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
    out << u"- **Server:** MariaDB %1 on 127.0.0.1:%2 (LocalSql.h, throwaway data folder, buffer pool "
           "raised to 256 MiB); Qt %3, driver %4"_s.arg(m_serverVersion)
               .arg(m_o.port)
               .arg(QString::fromLatin1(qVersion()), m_sql.driverName());
    out << u"- **Client:** `%1`"_s.arg(commandOutput(m_o.client, {u"--version"_s}).simplified());
    out << u"- **Board:** %1 generated users (seed %2), demo schema, table data %3; inserted in %4 s "
           "(multi-row INSERTs of 1,000, one transaction)"_s.arg(m_o.users)
               .arg(Seed)
               .arg(m_tableSize, fixed(m_fillS, 1));
    out << u"- **Bounced:** %1 addresses: %2 of them users' addresses in upper case, the rest unknown"_s
               .arg(m_o.bounced)
               .arg(m_expectedMatches);
    out << u"- **a) Mailroom:** `BoardSession::open` (read-only, as `BoardDirectory::load` opens it) + "
           "`forEachUser` (page size %1) into a `QHash<lower-case email, id>` + %2 look-ups, in this "
           "process; peak RSS is VmHWM after resetting it through `/proc/self/clear_refs` at the start "
           "of the run. a2) the same with the activity log, as `mailroom-cli board users` reads; "
           "a3) `BoardDirectory` itself"_s.arg(m_o.pageSize)
               .arg(m_o.bounced);
    out << u"- **b) Client:** `%1 --batch --skip-column-names -e \"SELECT <the same %2 columns> FROM users "
           "ORDER BY id\"` over TCP, through QProcess, its output read from the pipe and dropped (%3 bytes, "
           "%4 lines); peak RSS by GNU time"_s.arg(QFileInfo(m_o.client).fileName())
               .arg(Columns.size())
               .arg(m_clients.front().bytes)
               .arg(m_clients.front().lines);
    out << u"- **Method:** one untimed pass of a) and b) first; then %1 runs, each b), a), a2), a3); c) %1 "
           "times on the same %2 active users with a fresh audit log, put back to active (untimed) after "
           "each"_s.arg(m_o.runs)
               .arg(m_archived);
    out << QString();

    QStringList header {u"measure"_s};
    QStringList rule {u"---"_s};
    for (int run = 1; run <= m_o.runs; ++run) {
        header << u"run %1"_s.arg(run);
        rule << u"---:"_s;
    }
    header << u"best (time) / highest (memory)"_s << u"target"_s;
    rule << u"---:"_s << u"---"_s;
    out << u"| "_s + header.join(u" | "_s) + u" |"_s << u"|"_s + rule.join(u'|') + u'|';

    const double bestArchive = bestOf(m_archives, archiveOf);
    out << row(u"b) `mariadb --batch`, same columns (s)"_s, m_clients, clientOf, true)
        << row(u"a) Mailroom: connect, load %1 users, match %2 addresses (s)"_s.arg(m_o.users).arg(m_o.bounced),
               m_loads, totalOf, true)
        << row(u"a) of which connect and schema check (s)"_s, m_loads, openOf, true)
        << row(u"a) of which `forEachUser` into the hash (s)"_s, m_loads, loadOf, true)
        << row(u"a) of which matching (s)"_s, m_loads, matchOf, true) << ratioRow(u"**a / b**"_s, m_loads, true)
        << row(u"a) peak RSS of the bench process (MiB)"_s, m_loads, peakOf, false, {}, 1)
        << row(u"a) RSS at the start of the run (MiB)"_s, m_loads, startOf, false, {}, 1)
        << row(u"b) peak RSS of the client (MiB)"_s, m_clients, clientPeakOf, false, {}, 1)
        << row(u"a2) as a), each user's flag read from the activity log (s)"_s, m_loggedLoads, totalOf, true)
        << ratioRow(u"a2 / b"_s, m_loggedLoads, false)
        << row(u"a3) the scan's matcher: `BoardDirectory::load` + `find` (s)"_s, m_directoryLoads, totalOf, true)
        << ratioRow(u"a3 / b"_s, m_directoryLoads, false)
        << row(u"a3) peak RSS of the bench process (MiB)"_s, m_directoryLoads, peakOf, false, {}, 1)
        << row(u"c) archive %1 users with audit records (s)"_s.arg(m_archived), m_archives, archiveOf, true,
               bestArchive < 5.0 ? u"< 5 s: met"_s : u"< 5 s: **missed**"_s)
        << row(u"c) of which `users(ids)` (s)"_s, m_archives, readOf, true)
        << row(u"c) of which `planStatus` (s)"_s, m_archives, planOf, true)
        << row(u"c) of which `apply` (s)"_s, m_archives, applyOf, true);
    return out.join(u'\n') + u'\n';
}

Options parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Board database benchmarks of issue 5 on a throwaway MariaDB server"_s);
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, u"Loopback port for the server (13326)."_s, u"port"_s, u"13326"_s);
    const QCommandLineOption users(u"users"_s, u"Users in the board (100000)."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption bounced(u"bounced"_s, u"Bounced addresses (100000)."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption archive(u"archive"_s, u"Users to archive (10000)."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption runs(u"runs"_s, u"Timed runs of each measure (3)."_s, u"n"_s, u"3"_s);
    const QCommandLineOption pageSize(u"page-size"_s, u"forEachUser's page size (5000)."_s, u"n"_s, u"5000"_s);
    const QCommandLineOption client(u"client"_s, u"The mariadb client (from PATH)."_s, u"path"_s);
    parser.addOptions({port, users, bounced, archive, runs, pageSize, client});
    parser.process(app);

    Options o;
    o.port = quint16(parser.value(port).toUInt());
    o.users = std::max(1, parser.value(users).toInt());
    o.bounced = std::max(0, parser.value(bounced).toInt());
    o.archive = std::clamp(parser.value(archive).toInt(), 1, o.users);
    o.runs = std::max(1, parser.value(runs).toInt());
    o.pageSize = std::max(1, parser.value(pageSize).toInt());
    o.client = parser.isSet(client) ? parser.value(client) : QStandardPaths::findExecutable(u"mariadb"_s);
    if (o.client.isEmpty())
        o.client = QStandardPaths::findExecutable(u"mysql"_s);
    return o;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);
    if (options.client.isEmpty()) {
        say(u"BoardBench: no mariadb or mysql client in PATH (Debian: mariadb-client-core)"_s);
        return 1;
    }
    BoardBench bench(options);
    QString error = bench.setUp();
    if (error.isEmpty())
        error = bench.measureLoads();
    if (error.isEmpty())
        error = bench.measureArchives();
    if (!error.isEmpty()) {
        say(u"BoardBench: "_s + error);
        return 1;
    }
    std::printf("%s", qPrintable(bench.report()));
    return 0;
}
