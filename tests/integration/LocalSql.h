#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVersionNumber>

#include <algorithm>
#include <csignal>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

// A real, throwaway MariaDB or PostgreSQL server on 127.0.0.1, for as long as the object lives.
// The first start() makes a data directory in a temporary folder, starts the server on the
// given port and creates the database "mailroom" with a user of the same name that owns it (or
// holds every right on it) and logs in with a password over TCP. kill() is a crash: start()
// again on the same data, as a restarted server would. Errors come back as text with the
// server's own output; every wait is bounded.
//
// Administration goes over the server's Unix socket in the temporary folder, so it can only
// reach this server: MariaDB's root without a password, PostgreSQL's postgres by trust.
// PostgreSQL refuses to run as root: as root, initdb and postgres run as the postgres user.
// Linux only, like the servers CI installs.
//
// With Transport::Tls the server accepts the test user only over TLS (MariaDB: REQUIRE SSL;
// PostgreSQL: a hostssl line and no host line). The first start() makes, with openssl, a
// throwaway CA and a certificate it signs for 127.0.0.1 and localhost, and a second CA that
// signed nothing; the server also listens on 127.0.0.2, an address its certificate does not
// name, so that tests can see whether a client checks the name.
class LocalSql
{
public:
    enum class Kind
    {
        MariaDb,
        PostgreSql,
    };

    enum class Transport
    {
        Plain,
        Tls, // the test user must use TLS
    };

    LocalSql(Kind kind, quint16 port, Transport transport = Transport::Plain)
        : m_kind(kind), m_transport(transport), m_port(port)
    {
    }
    ~LocalSql() { stop(); }
    LocalSql(const LocalSql&) = delete;
    LocalSql& operator=(const LocalSql&) = delete;

    Kind kind() const { return m_kind; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    QString database() const { return QStringLiteral("mailroom"); }
    QString user() const { return QStringLiteral("mailroom"); }
    QString password() const { return QStringLiteral("mailroom-test-password"); }
    bool isRunning() const { return m_server.state() == QProcess::Running; }

    // Transport::Tls only: the CA that signed the server's certificate, a CA that did not, and an
    // address the server listens on that its certificate does not name.
    QString caFile() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString unrelatedCaFile() const { return m_dir.filePath(QStringLiteral("unrelated-ca.pem")); }
    QString hostNotInCertificate() const { return QStringLiteral("127.0.0.2"); }

    // The Qt driver this installation has for the kind, or an empty string.
    QString driverName() const
    {
        const QStringList candidates = m_kind == Kind::MariaDb
            ? QStringList {QStringLiteral("QMARIADB"), QStringLiteral("QMYSQL")}
            : QStringList {QStringLiteral("QPSQL")};
        for (const QString& driver : candidates) {
            if (QSqlDatabase::isDriverAvailable(driver))
                return driver;
        }
        return {};
    }

    // Connect and read timeouts, so that a dead server is an error and never a hang. libpq has
    // no read timeout: a killed server closes its sockets, which ends any read at once.
    // Over TLS, with the test CA (libmariadb turns TLS on when given a CA file).
    QString connectOptions() const
    {
        const bool tls = m_transport == Transport::Tls;
        if (m_kind == Kind::PostgreSql) {
            const QString options = QStringLiteral("connect_timeout=5");
            return tls ? options + QStringLiteral(";sslmode=verify-full;sslrootcert=") + caFile()
                       : options;
        }
        const QString options = QStringLiteral(
            "MYSQL_OPT_CONNECT_TIMEOUT=5;MYSQL_OPT_READ_TIMEOUT=5;MYSQL_OPT_WRITE_TIMEOUT=5");
        return tls ? options + QStringLiteral(";SSL_CA=") + caFile() : options;
    }

    // Starts the server (making its data directory the first time), waits until it answers and
    // its user can log in over TCP. Returns an error, or an empty string.
    QString start()
    {
        if (isRunning())
            return {};
        if (driverName().isEmpty()) {
            return m_kind == Kind::MariaDb
                ? QStringLiteral("no QMARIADB or QMYSQL driver: install libqt6sql6-mysql")
                : QStringLiteral("no QPSQL driver: install libqt6sql6-psql");
        }
        if (!m_dir.isValid())
            return QStringLiteral("cannot make a temporary folder: ") + m_dir.errorString();
        const bool first = !QFileInfo::exists(dataPath());
        QString error = first ? initialise() : QString();
        if (error.isEmpty() && first && m_transport == Transport::Tls)
            error = makeCertificates();
        if (error.isEmpty())
            error = launch();
        if (error.isEmpty() && first)
            error = createDatabaseAndUser();
        if (error.isEmpty())
            error = checkLogin();
        if (!error.isEmpty())
            stop();
        return error;
    }

    // Shuts the server down cleanly (PostgreSQL's "fast" shutdown, which does not wait for
    // clients to leave), or kills it after ten seconds.
    void stop()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_server.processId()), m_kind == Kind::PostgreSql ? SIGINT : SIGTERM);
        if (!m_server.waitForFinished(10000))
            kill();
    }

    // SIGKILL to the server and, for PostgreSQL, to every backend at the same moment: a crash,
    // with connections left open. Returns once they are all gone, so that start() again does not
    // find old backends still holding PostgreSQL's shared memory.
    void kill()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        const pid_t pid = pid_t(m_server.processId());
        const QList<pid_t> children = childrenOf(pid);
        ::kill(pid, SIGKILL);
        for (const pid_t child : children)
            ::kill(child, SIGKILL);
        m_server.waitForFinished(5000);
        QElapsedTimer waited;
        waited.start();
        while (std::any_of(children.cbegin(), children.cend(), isLive) && waited.elapsed() < 5000)
            QTest::qSleep(20);
    }

    // Adds a connection as the test user over TCP and opens it. If it did not open, lastError()
    // of the returned handle says why.
    QSqlDatabase connect(const QString& connectionName) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), connectionName);
        db.setHostName(host());
        db.setPort(m_port);
        db.setDatabaseName(database());
        db.setUserName(user());
        db.setPassword(password());
        db.setConnectOptions(connectOptions());
        db.open();
        return db;
    }

    // Runs one statement as the administrator (MariaDB root, PostgreSQL postgres), in the
    // database "mailroom" once it exists.
    bool exec(const QString& sql, QString* error) const
    {
        const QString name = QStringLiteral("LocalSql-admin-") + QString::number(m_port);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), name);
            if (m_kind == Kind::MariaDb) {
                db.setUserName(QStringLiteral("root"));
                db.setConnectOptions(QStringLiteral("UNIX_SOCKET=") + socketPath()
                    + QStringLiteral(";MYSQL_OPT_CONNECT_TIMEOUT=2;MYSQL_OPT_READ_TIMEOUT=10"));
            } else {
                db.setHostName(m_dir.path()); // libpq takes a folder as the Unix socket's place
                db.setPort(m_port);
                db.setUserName(QStringLiteral("postgres"));
                db.setConnectOptions(QStringLiteral("connect_timeout=2"));
            }
            if (m_ready)
                db.setDatabaseName(database());
            else if (m_kind == Kind::PostgreSql)
                db.setDatabaseName(QStringLiteral("postgres"));
            if (db.open()) {
                QSqlQuery query(db);
                ok = query.exec(sql);
                if (!ok && error)
                    *error = query.lastError().text();
            } else if (error) {
                *error = db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    // What the server and its tools printed so far, for failure messages.
    QString output()
    {
        m_output += QString::fromLocal8Bit(m_server.readAll());
        return m_output;
    }

private:
    QString dataPath() const { return m_dir.filePath(QStringLiteral("data")); }
    QString socketPath() const { return m_dir.filePath(QStringLiteral("mariadb.sock")); }
    QString serverCertificate() const { return m_dir.filePath(QStringLiteral("server.pem")); }
    QString serverKey() const { return m_dir.filePath(QStringLiteral("server.key")); }

    // Both servers take a comma-separated list (MariaDB since 10.11).
    QString listenAddresses() const
    {
        return m_transport == Transport::Tls ? host() + u',' + hostNotInCertificate() : host();
    }

    // Small buffers and a 32 MB redo log instead of 96 MB: a data folder of about 50 MB and a
    // start in well under a second on an idle disk. Flushing the log once a second loses nothing
    // when only the process dies, the only crash the tests make.
    static QStringList innodbOptions()
    {
        return {QStringLiteral("--innodb-buffer-pool-size=16M"),
            QStringLiteral("--innodb-log-file-size=32M"),
            QStringLiteral("--innodb-flush-log-at-trx-commit=2")};
    }

    static QString findTool(const QString& name, const QStringList& paths)
    {
        const QString found = QStandardPaths::findExecutable(name, paths);
        return found.isEmpty() ? QStandardPaths::findExecutable(name) : found;
    }

    // Debian keeps each PostgreSQL major version's programs in /usr/lib/postgresql/N/bin,
    // outside PATH; the newest wins.
    static QString postgresBin(const QString& name)
    {
        QDir lib(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(), [](const QString& a, const QString& b) {
            return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
        });
        QStringList paths;
        for (const QString& version : std::as_const(versions))
            paths << lib.filePath(version + QStringLiteral("/bin"));
        return findTool(name, paths);
    }

    // PostgreSQL's backends each start a session of their own (setsid), so they are found by
    // their parent rather than by process group.
    static QList<pid_t> childrenOf(pid_t parent)
    {
        QList<pid_t> children;
        const QStringList entries
            = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& entry : entries) {
            bool isPid = false;
            const pid_t pid = pid_t(entry.toInt(&isPid));
            if (isPid && statFields(pid).value(1).toInt() == parent)
                children << pid;
        }
        return children;
    }

    static bool isLive(pid_t pid)
    {
        const QList<QByteArray> fields = statFields(pid);
        return !fields.isEmpty() && fields.first() != "Z";
    }

    // /proc/PID/stat from the state on ("S 1234 ..."): the name before it may hold spaces and
    // parentheses, so the fields start after the last ')'.
    static QList<QByteArray> statFields(pid_t pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return {};
        const QByteArray line = stat.readAll();
        const qsizetype end = line.lastIndexOf(')');
        return end < 0 ? QList<QByteArray>() : line.mid(end + 2).split(' ');
    }

    // Runs program (as the postgres user, for PostgreSQL as root) in a process group of its own,
    // so that a tool that hangs can be killed with what it started, and killed by the kernel if
    // this test process dies, so that no server outlives a crashed test and holds its port.
    void startProgram(QProcess& process, const QString& program, const QStringList& arguments) const
    {
        QString executable = program;
        QStringList all = arguments;
        if (m_kind == Kind::PostgreSql && ::geteuid() == 0) {
            // setpriv, unlike runuser, execs in place: the pid stays the server's. Changing user
            // clears the parent-death signal, so setpriv sets it again.
            executable = QStringLiteral("setpriv");
            all = QStringList {QStringLiteral("--reuid=postgres"),
                      QStringLiteral("--regid=postgres"), QStringLiteral("--init-groups"),
                      QStringLiteral("--pdeathsig=SIGKILL"), QStringLiteral("--"), program}
                + arguments;
        }
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setChildProcessModifier([] {
            ::setpgid(0, 0);
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        });
        process.start(executable, all);
    }

    QString runTool(const QString& program, const QStringList& arguments) const
    {
        QProcess tool;
        startProgram(tool, program, arguments);
        if (!tool.waitForFinished(30000)) {
            ::kill(-pid_t(tool.processId()), SIGKILL); // mariadb-install-db's bootstrap server too
            tool.waitForFinished(2000);
            return program + QStringLiteral(" did not finish in 30 s: ")
                + QString::fromLocal8Bit(tool.readAll());
        }
        if (tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0) {
            return program + QStringLiteral(" failed: ") + tool.errorString() + u'\n'
                + QString::fromLocal8Bit(tool.readAll());
        }
        return {};
    }

    QString initialise()
    {
        if (m_kind == Kind::MariaDb) {
            const QString installDb
                = findTool(QStringLiteral("mariadb-install-db"), {QStringLiteral("/usr/bin")});
            if (installDb.isEmpty())
                return QStringLiteral("mariadb-install-db is missing: run bash .ci/install-deps test");
            QStringList arguments {QStringLiteral("--no-defaults"),
                QStringLiteral("--datadir=") + dataPath(),
                QStringLiteral("--auth-root-authentication-method=normal"),
                QStringLiteral("--skip-test-db"), QStringLiteral("--skip-name-resolve")};
            arguments << innodbOptions();
            if (::geteuid() == 0)
                arguments << QStringLiteral("--user=root");
            return runTool(installDb, arguments);
        }

        const QString initdb = postgresBin(QStringLiteral("initdb"));
        if (initdb.isEmpty())
            return QStringLiteral("initdb is missing: run bash .ci/install-deps test");
        if (::geteuid() == 0) {
            const passwd* postgres = ::getpwnam("postgres");
            if (!postgres)
                return QStringLiteral("PostgreSQL does not run as root, and there is no postgres user");
            const QByteArray dir = QFile::encodeName(m_dir.path());
            if (::chown(dir.constData(), postgres->pw_uid, postgres->pw_gid) != 0)
                return QStringLiteral("cannot give the temporary folder to the postgres user");
        }
        QString error = runTool(initdb,
            {QStringLiteral("-D"), dataPath(), QStringLiteral("-U"), QStringLiteral("postgres"),
                QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                QStringLiteral("--no-locale"), QStringLiteral("--no-sync")});
        if (!error.isEmpty())
            return error;

        // The administrator by trust over the socket only; everyone else with a password over
        // TCP (over TLS only, with hostssl), as a board's server would ask.
        QFile hba(dataPath() + QStringLiteral("/pg_hba.conf"));
        const QByteArray rules = m_transport == Transport::Tls
            ? "local all postgres trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n"
            : "local all postgres trust\nhost all all 127.0.0.1/32 scram-sha-256\n";
        if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) || hba.write(rules) != rules.size())
            return QStringLiteral("cannot write pg_hba.conf: ") + hba.errorString();
        return {};
    }

    QString launch()
    {
        m_output.clear();
        if (m_kind == Kind::MariaDb) {
            const QString mariadbd
                = findTool(QStringLiteral("mariadbd"), {QStringLiteral("/usr/sbin")});
            if (mariadbd.isEmpty())
                return QStringLiteral("mariadbd is missing: run bash .ci/install-deps test");
            QStringList arguments {QStringLiteral("--no-defaults"),
                QStringLiteral("--datadir=") + dataPath(),
                QStringLiteral("--port=") + QString::number(m_port),
                QStringLiteral("--bind-address=") + listenAddresses(),
                QStringLiteral("--socket=") + socketPath(),
                QStringLiteral("--pid-file=") + m_dir.filePath(QStringLiteral("mariadb.pid")),
                QStringLiteral("--skip-name-resolve"),
                QStringLiteral("--character-set-server=utf8mb4"),
                QStringLiteral("--collation-server=utf8mb4_unicode_ci")};
            arguments << innodbOptions();
            if (m_transport == Transport::Tls) {
                arguments << QStringLiteral("--ssl-ca=") + caFile()
                          << QStringLiteral("--ssl-cert=") + serverCertificate()
                          << QStringLiteral("--ssl-key=") + serverKey();
            }
            if (::geteuid() == 0)
                arguments << QStringLiteral("--user=root");
            startProgram(m_server, mariadbd, arguments);
        } else {
            const QString postgres = postgresBin(QStringLiteral("postgres"));
            if (postgres.isEmpty())
                return QStringLiteral("postgres is missing: run bash .ci/install-deps test");
            // fsync=off: as above, only the process is ever killed, never the machine.
            QStringList arguments {QStringLiteral("-D"), dataPath(), QStringLiteral("-p"),
                QString::number(m_port), QStringLiteral("-k"), m_dir.path(), QStringLiteral("-h"),
                listenAddresses(), QStringLiteral("-c"), QStringLiteral("fsync=off")};
            if (m_transport == Transport::Tls) {
                arguments << QStringLiteral("-c") << QStringLiteral("ssl=on")
                          << QStringLiteral("-c")
                          << QStringLiteral("ssl_cert_file=") + serverCertificate()
                          << QStringLiteral("-c") << QStringLiteral("ssl_key_file=") + serverKey();
            }
            startProgram(m_server, postgres, arguments);
        }
        if (!m_server.waitForStarted(5000))
            return m_server.errorString();

        QElapsedTimer waited;
        waited.start();
        QString error;
        while (!exec(QStringLiteral("SELECT 1"), &error)) {
            if (m_server.state() != QProcess::Running)
                return QStringLiteral("the server stopped: ") + output();
            if (waited.elapsed() > 20000) {
                return QStringLiteral("the server did not answer in 20 s (") + error
                    + QStringLiteral("): ") + output();
            }
            QTest::qWait(50);
        }
        return {};
    }

    QString createDatabaseAndUser()
    {
        const QString password = this->password();
        const QString require
            = m_transport == Transport::Tls ? QStringLiteral(" REQUIRE SSL") : QString();
        const QStringList statements = m_kind == Kind::MariaDb
            ? QStringList {QStringLiteral("CREATE DATABASE mailroom CHARACTER SET utf8mb4 COLLATE "
                                          "utf8mb4_unicode_ci"),
                QStringLiteral("CREATE USER 'mailroom'@'127.0.0.1' IDENTIFIED BY '%1'%2")
                    .arg(password, require),
                QStringLiteral("CREATE USER 'mailroom'@'localhost' IDENTIFIED BY '%1'%2")
                    .arg(password, require),
                QStringLiteral(
                    "GRANT ALL ON mailroom.* TO 'mailroom'@'127.0.0.1', 'mailroom'@'localhost'"),
                // mariadb-install-db also makes root accounts without a password for TCP
                // (127.0.0.1, ::1, the host name): only the socket's root stays.
                QStringLiteral(
                    "DELETE FROM mysql.global_priv WHERE User = 'root' AND Host <> 'localhost'"),
                QStringLiteral("DELETE FROM mysql.proxies_priv WHERE Host <> 'localhost'"),
                QStringLiteral("FLUSH PRIVILEGES")}
            : QStringList {QStringLiteral("CREATE ROLE mailroom LOGIN PASSWORD '%1'").arg(password),
                QStringLiteral(
                    "CREATE DATABASE mailroom OWNER mailroom ENCODING 'UTF8' TEMPLATE template0")};
        for (const QString& statement : statements) {
            QString error;
            if (!exec(statement, &error))
                return statement.section(u' ', 0, 2) + QStringLiteral(" failed: ") + error;
        }
        m_ready = true;
        return {};
    }

    // Two CAs and a server certificate from the first, valid for two days, with P-256 keys
    // (made in milliseconds, where RSA keys take a noticeable while). The openssl commands run as
    // the server's user (runTool), so that the server owns its key: PostgreSQL refuses a key that
    // others can read or that belongs to another user than itself or root.
    QString makeCertificates()
    {
        const QString openssl = findTool(QStringLiteral("openssl"), {QStringLiteral("/usr/bin")});
        if (openssl.isEmpty())
            return QStringLiteral("openssl is missing: run bash .ci/install-deps test");

        // Written here rather than taken from /etc/ssl/openssl.cnf, whose defaults vary by system.
        const QString configPath = m_dir.filePath(QStringLiteral("openssl.cnf"));
        QFile config(configPath);
        const QByteArray extensions = "[req]\ndistinguished_name = dn\n[dn]\n"
                                      "[ca]\nbasicConstraints = critical, CA:TRUE\n"
                                      "keyUsage = critical, keyCertSign, cRLSign\n"
                                      "subjectKeyIdentifier = hash\n"
                                      "[server]\nbasicConstraints = critical, CA:FALSE\n"
                                      "keyUsage = critical, digitalSignature, keyEncipherment\n"
                                      "extendedKeyUsage = serverAuth\n"
                                      "subjectAltName = IP:127.0.0.1, DNS:localhost\n"
                                      "subjectKeyIdentifier = hash\n"
                                      "authorityKeyIdentifier = keyid\n";
        if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || config.write(extensions) != extensions.size())
            return QStringLiteral("cannot write openssl.cnf: ") + config.errorString();
        config.close();

        const auto certificate = [&](const QString& name, const QString& subject,
                                     const QString& section, const QStringList& signer) {
            return runTool(openssl,
                QStringList {QStringLiteral("req"), QStringLiteral("-x509"),
                    QStringLiteral("-config"), configPath, QStringLiteral("-extensions"), section,
                    QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                    QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-noenc"),
                    QStringLiteral("-keyout"), m_dir.filePath(name + QStringLiteral(".key")),
                    QStringLiteral("-out"), m_dir.filePath(name + QStringLiteral(".pem")),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), subject}
                    + signer);
        };
        QString error = certificate(
            QStringLiteral("ca"), QStringLiteral("/CN=Mailroom test CA"), QStringLiteral("ca"), {});
        if (error.isEmpty()) {
            error = certificate(QStringLiteral("unrelated-ca"),
                QStringLiteral("/CN=Mailroom unrelated test CA"), QStringLiteral("ca"), {});
        }
        if (error.isEmpty()) {
            error = certificate(QStringLiteral("server"), QStringLiteral("/CN=127.0.0.1"),
                QStringLiteral("server"),
                {QStringLiteral("-CA"), caFile(), QStringLiteral("-CAkey"),
                    m_dir.filePath(QStringLiteral("ca.key"))});
        }
        return error;
    }

    // The user's TCP login proves the port is this server's: another server on it would not
    // know the user, and this one would have failed to bind.
    QString checkLogin()
    {
        const QString name = QStringLiteral("LocalSql-check-") + QString::number(m_port);
        QString error;
        {
            const QSqlDatabase db = connect(name);
            if (!db.isOpen())
                error = QStringLiteral("the test user cannot log in over TCP: ") + db.lastError().text();
        }
        QSqlDatabase::removeDatabase(name);
        if (error.isEmpty() && !isRunning())
            error = QStringLiteral("the server stopped: ") + output();
        return error;
    }

    // In /tmp, which the postgres user can reach, with a short name: a Unix socket's path is
    // limited to 107 bytes.
    QTemporaryDir m_dir {QStringLiteral("/tmp/mailroom-sql-XXXXXX")};
    QProcess m_server; // after m_dir: the server stops before its folder goes
    Kind m_kind;
    Transport m_transport;
    quint16 m_port;
    bool m_ready = false; // the database and user exist
    QString m_output;
};
