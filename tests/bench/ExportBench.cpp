#include "BenchUsers.h"
#include "LocalSql.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

// The CSV export benchmarks of issue 6. The bench fills the demo schema's users table with
// generated users (BenchUsers.h) in a SQLite file and in a throwaway MariaDB server (LocalSql.h),
// then times, in separate processes under GNU time, alternating within each run:
//   a) `mailroom-cli export` of every column from the SQLite board, b) `sqlite3 -csv` selecting
//   the same columns, c) `mailroom-cli export` from the MariaDB board, d) `mariadb --batch`
//   selecting the same columns, and e) the SQLite export with its default clean-ups on.
// With --compare, another mailroom-cli (a build from before a change) runs as a') and c') right
// after a) and c). Every Mailroom file is checked against the first for the same bytes.
// Prints a Markdown report; exits non-zero on errors only, never on a missed target.

namespace {

using namespace BenchUsers;

struct Options
{
    quint16 port = 13346;
    int users = 1'000'000;
    int runs = 3;
    bool mariaDb = true;
    bool cleanups = true; // measure e)
    bool keepScratch = false;
    QString cli;
    QString compareCli; // another build measured beside cli in every run, e.g. one before a change
    QString compareLabel;
    QString sqlite3;
    QString client;
    QString scratch; // where the boards and the files go; a temporary folder by default
};

// One program run under GNU time, and the file it wrote.
struct Run
{
    double seconds = 0; // wall clock, GNU time's %e
    qint64 peakKiB = -1; // GNU time's %M
    qint64 lines = 0;
    qint64 bytes = 0;
    QByteArray sha1; // of the file
};

struct Command
{
    QString program;
    QStringList arguments;
    QString output; // the file the program writes: its standard output, or one named in arguments
    bool toStdout = false;
    QByteArray input;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

QString fixed(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

void say(const QString& text)
{
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

QString commandOutput(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(10000);
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

// Lines, bytes and SHA-1 of a file, read after the timed run; the file is removed, so every run writes a
// new file as the first one did.
bool countLines(const QString& path, Run* run, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return false;
    }
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(chunk.data(), chunk.size());
        if (read <= 0)
            break;
        run->bytes += read;
        run->lines += QByteArrayView(chunk.constData(), read).count('\n');
        sha1.addData(QByteArrayView(chunk.constData(), read));
    }
    run->sha1 = sha1.result().toHex();
    file.close();
    file.remove();
    return true;
}

std::optional<Run> timed(const Command& command, const QString& gnuTime, const QString& scratch, QString* error)
{
    const QString timeFile = scratch + u"/time.txt"_s;
    const QString errorFile = scratch + u"/stderr.txt"_s;
    QFile::remove(timeFile);
    QFile::remove(command.output);
    QProcess process;
    process.setProcessEnvironment(command.environment);
    process.setStandardOutputFile(command.toStdout ? command.output : QProcess::nullDevice());
    process.setStandardErrorFile(errorFile);
    process.start(gnuTime, QStringList {u"-f"_s, u"%e %M"_s, u"-o"_s, timeFile, command.program} + command.arguments);
    if (!process.waitForStarted(10000)) {
        *error = gnuTime + u" did not start: "_s + process.errorString();
        return std::nullopt;
    }
    if (!command.input.isEmpty())
        process.write(command.input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30 * 60 * 1000)) {
        process.kill();
        process.waitForFinished(5000);
        *error = command.program + u" did not finish within 30 minutes"_s;
        return std::nullopt;
    }
    QFile errors(errorFile);
    const QString stderrText = errors.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(errors.readAll()) : QString();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"%1 failed (exit code %2): %3"_s.arg(command.program).arg(process.exitCode()).arg(stderrText);
        return std::nullopt;
    }
    // GNU time writes its figures on the last line (after "Command exited..." when it did not).
    QFile times(timeFile);
    const QByteArray last = times.open(QIODevice::ReadOnly) ? times.readAll().trimmed().split('\n').constLast() : "";
    const QList<QByteArray> figures = last.split(' ');
    if (figures.size() != 2) {
        *error = u"GNU time wrote \"%1\" for %2"_s.arg(QString::fromLatin1(last), command.program);
        return std::nullopt;
    }
    Run run;
    run.seconds = figures[0].toDouble();
    run.peakKiB = figures[1].toLongLong();
    if (!countLines(command.output, &run, error))
        return std::nullopt;
    return run;
}

template<typename Value> Value bestOf(const std::vector<Run>& runs, Value (*value)(const Run&), bool lowest)
{
    Value chosen = value(runs.front());
    for (const Run& run : runs)
        chosen = lowest ? std::min(chosen, value(run)) : std::max(chosen, value(run));
    return chosen;
}

double secondsOf(const Run& r)
{
    return r.seconds;
}

double peakOf(const Run& r)
{
    return double(r.peakKiB) / 1024.0;
}

class ExportBench
{
public:
    explicit ExportBench(const Options& options)
        : m_o(options)
        , m_scratchDir(options.scratch.isEmpty() ? QDir::tempPath() + u"/ExportBench-XXXXXX"_s
                                                 : options.scratch + u"/ExportBench-XXXXXX"_s)
        , m_scratch(m_scratchDir.path())
        , m_sql(LocalSql::Kind::MariaDb, options.port)
    { }

    QString setUp();
    QString measure();
    QString report() const;

private:
    QString fillSqlite();
    QString fillMariaDb();
    QString writeProfile(const QString& name, const QJsonObject& profile);
    QString select() const { return u"SELECT %1 FROM users ORDER BY id"_s.arg(Columns.join(u", "_s)); }
    Command mailroom(const QString& profile, bool keepAll, const QString& cli) const;
    Command sqlite3() const;
    Command client() const;
    QString once(const Command& command, std::vector<Run>* runs, qint64 expectedLines);
    QString ratioRow(
        const QString& label, const std::vector<Run>& runs, const std::vector<Run>& baseline, double target) const;
    QString row(const QString& label, const std::vector<Run>& runs, double (*value)(const Run&), bool lowest,
        const QString& target = {}, int decimals = 2) const;

    Options m_o;
    QTemporaryDir m_scratchDir;
    QString m_scratch;
    LocalSql m_sql;
    QString m_gnuTime;
    QString m_sqliteFile;
    QString m_sqliteProfile;
    QString m_mariaDbProfile;
    QString m_serverVersion;
    double m_sqliteFillS = 0;
    double m_mariaDbFillS = 0;
    qint64 m_sqliteBytes = 0;
    QString m_mariaDbTable;
    std::vector<Run> m_sqliteExports; // a
    std::vector<Run> m_sqliteClients; // b
    std::vector<Run> m_mariaDbExports; // c
    std::vector<Run> m_mariaDbClients; // d
    std::vector<Run> m_cleanExports; // e
    std::vector<Run> m_sqliteCompared; // a and c by --compare's build
    std::vector<Run> m_mariaDbCompared;
};

QString ExportBench::setUp()
{
    if (!m_scratchDir.isValid())
        return u"cannot make a temporary folder: "_s + m_scratchDir.errorString();
    m_scratchDir.setAutoRemove(!m_o.keepScratch);
    m_gnuTime = QStandardPaths::findExecutable(u"time"_s, {u"/usr/bin"_s});
    if (m_gnuTime.isEmpty())
        return u"no GNU time at /usr/bin/time (Debian: time)"_s;
    QString error = fillSqlite();
    if (error.isEmpty() && m_o.mariaDb)
        error = fillMariaDb();
    return error;
}

QString ExportBench::writeProfile(const QString& name, const QJsonObject& profile)
{
    const QString path = m_scratch + u'/' + name + u".json"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(profile).toJson()) < 0)
        return {};
    return path;
}

QString ExportBench::fillSqlite()
{
    m_sqliteFile = m_scratch + u"/board.sqlite"_s;
    say(u"generating %1 users into %2"_s.arg(m_o.users).arg(m_sqliteFile));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bench-sqlite"_s);
        db.setDatabaseName(m_sqliteFile);
        if (!db.open())
            return u"cannot open %1: %2"_s.arg(m_sqliteFile, db.lastError().text());
        QElapsedTimer timer;
        timer.start();
        error = createTable(db);
        if (error.isEmpty())
            error = fillBoard(db, m_o.users, nullptr);
        m_sqliteFillS = double(timer.nsecsElapsed()) / 1e9;
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-sqlite"_s);
    m_sqliteBytes = QFileInfo(m_sqliteFile).size();
    m_sqliteProfile = writeProfile(u"sqlite"_s,
        {{u"name"_s, u"bench-sqlite"_s}, {u"kind"_s, u"sqlite"_s}, {u"database"_s, m_sqliteFile},
            {u"schema"_s, u"demo"_s}});
    if (error.isEmpty() && m_sqliteProfile.isEmpty())
        error = u"cannot write the SQLite profile in "_s + m_scratch;
    return error;
}

QString ExportBench::fillMariaDb()
{
    say(u"starting MariaDB on 127.0.0.1:%1"_s.arg(m_o.port));
    QString error = m_sql.start();
    if (!error.isEmpty())
        return u"the server did not start: "_s + error;
    // LocalSql keeps a 16 MiB buffer pool for quick test starts; a board's server keeps its users
    // table (about 175 MiB at 1,000,000 users) in memory, so both readers get it from there.
    if (!m_sql.exec(u"SET GLOBAL innodb_buffer_pool_size = 536870912"_s, &error))
        return u"cannot grow the buffer pool: "_s + error;

    say(u"generating %1 users into MariaDB"_s.arg(m_o.users));
    {
        QSqlDatabase db = m_sql.connect(u"bench-mariadb"_s);
        if (!db.isOpen())
            return u"cannot connect to the server: "_s + db.lastError().text();
        QElapsedTimer timer;
        timer.start();
        error = createTable(db);
        if (error.isEmpty())
            error = fillBoard(db, m_o.users, nullptr);
        m_mariaDbFillS = double(timer.nsecsElapsed()) / 1e9;
        QSqlQuery q(db);
        if (q.exec(u"SELECT VERSION()"_s) && q.next())
            m_serverVersion = q.value(0).toString();
        q.exec(u"ANALYZE TABLE users"_s);
        if (q.exec(u"SELECT data_length FROM information_schema.tables WHERE table_schema = DATABASE() "
                   "AND table_name = 'users'"_s)
            && q.next()) {
            m_mariaDbTable = fixed(q.value(0).toDouble() / 1048576.0, 1) + u" MiB"_s;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"bench-mariadb"_s);
    if (!error.isEmpty())
        return error;
    m_mariaDbProfile = writeProfile(u"mariadb"_s,
        {{u"name"_s, u"bench-mariadb"_s}, {u"kind"_s, u"mariadb"_s}, {u"host"_s, m_sql.host()},
            {u"port"_s, int(m_sql.port())}, {u"database"_s, m_sql.database()}, {u"user"_s, m_sql.user()},
            {u"schema"_s, u"demo"_s}, {u"timeout_seconds"_s, 60}});
    return m_mariaDbProfile.isEmpty() ? u"cannot write the MariaDB profile in "_s + m_scratch : QString();
}

// The export as a user starts it: every column of the demo schema, default format (RFC 4180,
// formula protection and the date format on). keepAll turns off the clean-ups, so that the
// file has every user, as the yardstick's has.
Command ExportBench::mailroom(const QString& profile, bool keepAll, const QString& cli) const
{
    Command c;
    c.program = cli;
    c.output = m_scratch + u"/mailroom.csv"_s;
    c.arguments
        = QStringList {u"export"_s, u"--profile"_s, profile, u"--fields"_s, Columns.join(u','), u"--out"_s, c.output};
    if (keepAll)
        c.arguments << u"--keep"_s << u"hard_bounced,archived,not_opted_in,duplicates,invalid,trim"_s;
    if (profile == m_mariaDbProfile) {
        c.arguments << u"--password-stdin"_s;
        c.input = m_sql.password().toUtf8() + '\n';
    }
    // Settings and the activity log in the scratch folder, not the user's.
    c.environment.insert(u"XDG_DATA_HOME"_s, m_scratch + u"/data"_s);
    c.environment.insert(u"XDG_CONFIG_HOME"_s, m_scratch + u"/config"_s);
    return c;
}

Command ExportBench::sqlite3() const
{
    Command c;
    c.program = m_o.sqlite3;
    c.output = m_scratch + u"/baseline.csv"_s;
    c.toStdout = true;
    c.arguments = QStringList {u"-csv"_s, u"-header"_s, m_sqliteFile, select()};
    return c;
}

Command ExportBench::client() const
{
    Command c;
    c.program = m_o.client;
    c.output = m_scratch + u"/baseline.tsv"_s;
    c.toStdout = true;
    c.arguments = QStringList {u"--no-defaults"_s, u"--batch"_s, u"--protocol=TCP"_s, u"-h"_s, m_sql.host(), u"-P"_s,
        QString::number(m_sql.port()), u"-u"_s, m_sql.user(), m_sql.database(), u"-e"_s, select()};
    c.environment.insert(u"MYSQL_PWD"_s, m_sql.password()); // not on the command line, where ps shows it
    return c;
}

// One timed run; expectedLines < 0 takes any number of lines.
QString ExportBench::once(const Command& command, std::vector<Run>* runs, qint64 expectedLines)
{
    QString error;
    const std::optional<Run> run = timed(command, m_gnuTime, m_scratch, &error);
    if (!run)
        return error;
    if (expectedLines >= 0 && run->lines != expectedLines) {
        return u"%1 wrote %2 lines, not %3 (a header and a line per user)"_s.arg(QFileInfo(command.program).fileName())
            .arg(run->lines)
            .arg(expectedLines);
    }
    if (runs)
        runs->push_back(*run);
    say(u"  %1: %2 s, %3 MiB"_s.arg(
        QFileInfo(command.program).fileName(), fixed(run->seconds), fixed(peakOf(*run), 1)));
    return {};
}

// Each run: yardstick, then Mailroom on the same board, so that each ratio compares programs
// measured seconds apart. One untimed pass of each first puts the file and the table in memory.
QString ExportBench::measure()
{
    const qint64 lines = qint64(m_o.users) + 1;
    for (int run = 0; run <= m_o.runs; ++run) {
        say(run == 0 ? u"warming up"_s : u"run %1"_s.arg(run));
        const bool timedRun = run > 0;
        const bool compare = !m_o.compareCli.isEmpty();
        QString error = once(sqlite3(), timedRun ? &m_sqliteClients : nullptr, lines);
        if (error.isEmpty())
            error = once(mailroom(m_sqliteProfile, true, m_o.cli), timedRun ? &m_sqliteExports : nullptr, lines);
        if (error.isEmpty() && compare) {
            error
                = once(mailroom(m_sqliteProfile, true, m_o.compareCli), timedRun ? &m_sqliteCompared : nullptr, lines);
        }
        if (error.isEmpty() && m_o.mariaDb)
            error = once(client(), timedRun ? &m_mariaDbClients : nullptr, lines);
        if (error.isEmpty() && m_o.mariaDb)
            error = once(mailroom(m_mariaDbProfile, true, m_o.cli), timedRun ? &m_mariaDbExports : nullptr, lines);
        if (error.isEmpty() && m_o.mariaDb && compare) {
            error = once(
                mailroom(m_mariaDbProfile, true, m_o.compareCli), timedRun ? &m_mariaDbCompared : nullptr, lines);
        }
        if (error.isEmpty() && m_o.cleanups && timedRun)
            error = once(mailroom(m_sqliteProfile, false, m_o.cli), &m_cleanExports, -1);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

// One Markdown row: a figure per run, then the best (lowest) or for memory the highest.
QString ExportBench::row(const QString& label, const std::vector<Run>& runs, double (*value)(const Run&), bool lowest,
    const QString& target, int decimals) const
{
    QStringList cells {label};
    for (const Run& run : runs)
        cells << fixed(value(run), decimals);
    cells << u"**"_s + fixed(bestOf(runs, value, lowest), decimals) + u"**"_s << target;
    return u"| "_s + cells.join(u" | "_s) + u" |"_s;
}

QString ExportBench::ratioRow(
    const QString& label, const std::vector<Run>& runs, const std::vector<Run>& baseline, double target) const
{
    QStringList cells {label};
    // GNU time counts hundredths: a yardstick below them leaves no ratio.
    const auto ratio
        = [](double seconds, double yardstick) { return yardstick > 0 ? fixed(seconds / yardstick) : u"–"_s; };
    for (size_t i = 0; i < runs.size(); ++i)
        cells << ratio(runs[i].seconds, baseline[i].seconds);
    const double best = bestOf(runs, secondsOf, true) / std::max(0.01, bestOf(baseline, secondsOf, true));
    cells << u"**"_s + fixed(best) + u"** (best / best)"_s;
    cells << u"≤ %1: %2"_s.arg(fixed(target, 1), best <= target ? u"met"_s : u"**missed**"_s);
    return u"| "_s + cells.join(u" | "_s) + u" |"_s;
}

QString ExportBench::report() const
{
    const QString fields = Columns.join(u',');
    QStringList out {u"## CSV export: 1,000,000 contacts from SQLite and MariaDB (issue 6)"_s, QString()};
    if (m_o.users != 1'000'000)
        out[0] = u"## CSV export: %1 contacts from SQLite and MariaDB (issue 6)"_s.arg(m_o.users);
    out << u"- **Date:** %1"_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s));
    out << u"- **Board:** %1 generated users (seed %2, BenchUsers.h), the demo schema's 15 columns. SQLite: "
           "%3 MB file, filled in %4 s. MariaDB %5 on 127.0.0.1:%6 (LocalSql.h, buffer pool raised to 512 MiB): "
           "table data %7, filled in %8 s. Both with multi-row INSERTs of 1,000 in one transaction"_s.arg(m_o.users)
               .arg(Seed)
               .arg(fixed(double(m_sqliteBytes) / 1e6, 1), fixed(m_sqliteFillS, 1),
                   m_o.mariaDb ? m_serverVersion : u"(not run)"_s)
               .arg(m_o.port)
               .arg(m_mariaDbTable, fixed(m_mariaDbFillS, 1));
    out << u"- **a), c) Mailroom:** `mailroom-cli export --profile <sqlite or mariadb profile> --fields %1 "
           "--keep hard_bounced,archived,not_opted_in,duplicates,invalid,trim --out FILE` (MariaDB: "
           "`--password-stdin`). Default format: RFC 4180, formula protection on, dates as yyyy-MM-dd; the "
           "clean-ups off so that every user is written, as the yardsticks write them"_s.arg(fields);
    out << u"- **b) Yardstick:** `sqlite3 -csv -header board.sqlite \"SELECT <the same 15 columns> FROM users "
           "ORDER BY id\" > FILE` (`%1`)"_s.arg(commandOutput(m_o.sqlite3, {u"-version"_s}).section(u' ', 0, 1));
    if (m_o.mariaDb) {
        out << u"- **d) Yardstick:** `%1 --batch -e \"SELECT <the same 15 columns> FROM users ORDER BY id\" > "
               "FILE` over TCP (`%2`)"_s.arg(
                   QFileInfo(m_o.client).fileName(), commandOutput(m_o.client, {u"--version"_s}).simplified());
    }
    if (!m_o.compareCli.isEmpty()) {
        out << u"- **a'), c')** as a) and c), %1: `%2`, right after a) and c) in each run"_s.arg(
            m_o.compareLabel, m_o.compareCli);
    }
    if (m_o.cleanups) {
        out << u"- **e)** as a) without `--keep`: the default clean-ups on, which leave out archived users, users "
               "not opted in and repeated addresses (%1 of %2 users written)"_s.arg(m_cleanExports.front().lines - 1)
                   .arg(m_o.users);
    }
    out << u"- **Method:** each program a separate process under GNU time (`/usr/bin/time -f \"%e %M\"`: wall "
           "clock, peak RSS), writing a new file in the same folder; every file checked for %1 lines (header + "
           "users) after its run. One untimed pass of each, then %2 timed runs, each b a (a') d c (c') e. MB = 10^6 bytes"_s
               .arg(m_o.users + 1)
               .arg(m_o.runs);
    QStringList sameAsA;
    for (const auto& [name, runs] : {std::pair {u"a"_s, &m_sqliteExports}, std::pair {u"a'"_s, &m_sqliteCompared},
             std::pair {u"c"_s, &m_mariaDbExports}, std::pair {u"c'"_s, &m_mariaDbCompared}}) {
        if (runs->empty())
            continue;
        const bool same = std::all_of(
            runs->cbegin(), runs->cend(), [&](const Run& run) { return run.sha1 == m_sqliteExports.front().sha1; });
        sameAsA << u"%1) %2"_s.arg(name, same ? u"the same bytes"_s : u"**different bytes**"_s);
    }
    if (!sameAsA.isEmpty())
        out << u"- **Check:** each run's file against a)'s first (SHA-1): "_s + sameAsA.join(u", "_s);
    out << u"- **Files:** a) %1 MB, b) %2 MB%3"_s.arg(fixed(double(m_sqliteExports.front().bytes) / 1e6, 1),
        fixed(double(m_sqliteClients.front().bytes) / 1e6, 1),
        m_o.mariaDb ? u", c) %1 MB, d) %2 MB"_s.arg(fixed(double(m_mariaDbExports.front().bytes) / 1e6, 1),
            fixed(double(m_mariaDbClients.front().bytes) / 1e6, 1))
                    : QString());
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

    const auto memoryTarget = [](const std::vector<Run>& runs) {
        return bestOf(runs, peakOf, false) < 64.0 ? u"< 64 MiB: met"_s : u"< 64 MiB: **missed**"_s;
    };
    out << row(u"b) `sqlite3 -csv` (s)"_s, m_sqliteClients, secondsOf, true);
    out << row(u"a) `mailroom-cli export`, SQLite (s)"_s, m_sqliteExports, secondsOf, true);
    out << ratioRow(u"**a / b**"_s, m_sqliteExports, m_sqliteClients, 1.5);
    out << row(
        u"a) peak RSS of mailroom-cli (MiB)"_s, m_sqliteExports, peakOf, false, memoryTarget(m_sqliteExports), 1);
    out << row(u"b) peak RSS of sqlite3 (MiB)"_s, m_sqliteClients, peakOf, false, {}, 1);
    if (!m_sqliteCompared.empty()) {
        out << row(u"a') as a), %1 (s)"_s.arg(m_o.compareLabel), m_sqliteCompared, secondsOf, true);
        out << ratioRow(u"a' / b"_s, m_sqliteCompared, m_sqliteClients, 1.5);
        out << row(u"a') peak RSS (MiB)"_s, m_sqliteCompared, peakOf, false, memoryTarget(m_sqliteCompared), 1);
    }
    if (m_o.mariaDb) {
        out << row(u"d) `mariadb --batch` (s)"_s, m_mariaDbClients, secondsOf, true);
        out << row(u"c) `mailroom-cli export`, MariaDB (s)"_s, m_mariaDbExports, secondsOf, true);
        out << ratioRow(u"**c / d**"_s, m_mariaDbExports, m_mariaDbClients, 2.0);
        out << row(
            u"c) peak RSS of mailroom-cli (MiB)"_s, m_mariaDbExports, peakOf, false, memoryTarget(m_mariaDbExports), 1);
        out << row(u"d) peak RSS of the mariadb client (MiB; it buffers the whole result)"_s, m_mariaDbClients, peakOf,
            false, {}, 1);
    }
    if (!m_mariaDbCompared.empty()) {
        out << row(u"c') as c), %1 (s)"_s.arg(m_o.compareLabel), m_mariaDbCompared, secondsOf, true);
        out << ratioRow(u"c' / d"_s, m_mariaDbCompared, m_mariaDbClients, 2.0);
        out << row(u"c') peak RSS (MiB)"_s, m_mariaDbCompared, peakOf, false, memoryTarget(m_mariaDbCompared), 1);
    }
    if (m_o.cleanups) {
        out << row(u"e) as a), default clean-ups on (s)"_s, m_cleanExports, secondsOf, true);
        out << row(
            u"e) peak RSS of mailroom-cli (MiB)"_s, m_cleanExports, peakOf, false, memoryTarget(m_cleanExports), 1);
    }
    return out.join(u'\n') + u'\n';
}

Options parseOptions(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"CSV export benchmarks of issue 6: mailroom-cli export against sqlite3 and "
                                     "the mariadb client"_s);
    parser.addHelpOption();
    const QCommandLineOption cli(u"cli"_s, u"mailroom-cli to measure (required)."_s, u"path"_s);
    const QCommandLineOption users(u"users"_s, u"Users in the board (1000000)."_s, u"n"_s, u"1000000"_s);
    const QCommandLineOption runs(u"runs"_s, u"Timed runs of each measure (3)."_s, u"n"_s, u"3"_s);
    const QCommandLineOption port(u"port"_s, u"Loopback port for MariaDB (13346)."_s, u"port"_s, u"13346"_s);
    const QCommandLineOption noMariaDb(u"no-mariadb"_s, u"Measure SQLite only."_s);
    const QCommandLineOption noCleanups(u"no-cleanups"_s, u"Skip e), the export with its clean-ups on."_s);
    const QCommandLineOption sqlite3(u"sqlite3"_s, u"The sqlite3 shell (from PATH)."_s, u"path"_s);
    const QCommandLineOption client(u"client"_s, u"The mariadb client (from PATH)."_s, u"path"_s);
    const QCommandLineOption scratch(u"scratch"_s,
        u"Folder for the boards and the files, about 1 GB at 1,000,000 users (the temp folder)."_s, u"dir"_s);
    const QCommandLineOption compare(u"compare"_s,
        u"Another mailroom-cli, measured as a) and c) right after them in every run (a build before a change)."_s,
        u"path"_s);
    const QCommandLineOption compareLabel(
        u"compare-label"_s, u"What --compare's build is (\"the other build\")."_s, u"text"_s, u"the other build"_s);
    const QCommandLineOption keepScratch(
        u"keep-scratch"_s, u"Leave the scratch folder (the SQLite board, the profiles) for profiling."_s);
    parser.addOptions(
        {cli, users, runs, port, noMariaDb, noCleanups, sqlite3, client, scratch, compare, compareLabel, keepScratch});
    parser.process(app);

    Options o;
    o.cli = parser.value(cli);
    o.users = std::max(1, parser.value(users).toInt());
    o.runs = std::max(1, parser.value(runs).toInt());
    o.port = quint16(parser.value(port).toUInt());
    o.mariaDb = !parser.isSet(noMariaDb);
    o.cleanups = !parser.isSet(noCleanups);
    o.sqlite3 = parser.isSet(sqlite3) ? parser.value(sqlite3) : QStandardPaths::findExecutable(u"sqlite3"_s);
    o.client = parser.isSet(client) ? parser.value(client) : QStandardPaths::findExecutable(u"mariadb"_s);
    if (o.client.isEmpty())
        o.client = QStandardPaths::findExecutable(u"mysql"_s);
    o.scratch = parser.value(scratch);
    o.keepScratch = parser.isSet(keepScratch);
    o.compareCli = parser.value(compare);
    o.compareLabel = parser.value(compareLabel);
    return o;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Options options = parseOptions(app);
    QString error;
    if (!QFileInfo(options.cli).isExecutable())
        error = u"name mailroom-cli with --cli PATH"_s;
    else if (!options.compareCli.isEmpty() && !QFileInfo(options.compareCli).isExecutable())
        error = u"--compare names no executable: "_s + options.compareCli;
    else if (options.sqlite3.isEmpty())
        error = u"no sqlite3 in PATH (Debian: sqlite3)"_s;
    else if (options.mariaDb && options.client.isEmpty())
        error = u"no mariadb or mysql client in PATH (Debian: mariadb-client-core), or use --no-mariadb"_s;
    if (!error.isEmpty()) {
        say(u"ExportBench: "_s + error);
        return 2;
    }
    ExportBench bench(options);
    error = bench.setUp();
    if (error.isEmpty())
        error = bench.measure();
    if (!error.isEmpty()) {
        say(u"ExportBench: "_s + error);
        return 1;
    }
    std::printf("%s", qPrintable(bench.report()));
    return 0;
}
