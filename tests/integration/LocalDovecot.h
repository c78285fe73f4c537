#pragma once

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

// A real, throwaway Dovecot IMAP server on loopback, for as long as the object lives: IMAP with
// STARTTLS on one port and IMAP over TLS on another, on 127.0.0.1 and 127.0.0.2. On 127.0.0.2 the
// server announces neither MOVE nor the other extensions after login, only UIDPLUS, so that a
// test can reach a client's fallbacks. Everything it needs lives in a temporary folder: its
// configuration (the only one it reads, so a system Dovecot on 143/993 neither matters nor is
// touched), a self-signed certificate made by openssl at start(), a passwd-file with one user,
// the user's Maildir, the runtime folder and the log. Messages are delivered as Maildir files;
// doveadm() runs Dovecot's own administration tool on the same configuration.
//
// Dovecot's login processes change user, so it runs as root (as the tests do in CI); the mail
// belongs to "nobody", since Dovecot refuses to keep mail as root. Linux only.
class LocalDovecot
{
public:
    LocalDovecot(quint16 imapsPort, quint16 imapPort) : m_imapsPort(imapsPort), m_imapPort(imapPort) { }
    ~LocalDovecot() { stop(); }
    LocalDovecot(const LocalDovecot&) = delete;
    LocalDovecot& operator=(const LocalDovecot&) = delete;

    QString host() const { return QStringLiteral("127.0.0.1"); }
    QString hostWithoutMove() const { return QStringLiteral("127.0.0.2"); }
    quint16 imapsPort() const { return m_imapsPort; }
    quint16 imapPort() const { return m_imapPort; }
    QString user() const { return QStringLiteral("bounces"); }
    // Not ASCII and with a quote, so that the client must send it as a literal.
    QString password() const { return QStringLiteral("Rückläufer \"2024\" geheim"); }
    QString certificateFile() const { return m_dir.filePath(QStringLiteral("server.pem")); }
    QString keyFile() const { return m_dir.filePath(QStringLiteral("server.key")); }
    QString logFile() const { return m_dir.filePath(QStringLiteral("dovecot.log")); }

    // The certificate's SHA-256 fingerprint as the client reports it ("AB:CD:...").
    QString fingerprint() const
    {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificateFile());
        return certificates.isEmpty()
            ? QString()
            : QString::fromLatin1(certificates.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    }

    // Makes the certificate, configuration and Maildir, starts Dovecot and waits until both ports
    // answer with this server's greeting. Returns an error, or an empty string.
    QString start()
    {
        if (m_server.state() != QProcess::NotRunning)
            return {};
        if (::geteuid() != 0)
            return QStringLiteral("Dovecot's login processes change user: run the test as root");
        const QString dovecot = findTool(QStringLiteral("dovecot"));
        if (dovecot.isEmpty())
            return QStringLiteral("dovecot is missing: run bash .ci/install-deps test");
        if (!m_dir.isValid())
            return QStringLiteral("cannot make a temporary folder: ") + m_dir.errorString();
        const passwd* nobody = ::getpwnam("nobody");
        if (!nobody)
            return QStringLiteral("there is no user nobody to own the mail");
        m_uid = nobody->pw_uid;
        m_gid = nobody->pw_gid;

        // The login and mail processes reach their sockets and the Maildir through this folder.
        QFile::setPermissions(m_dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                | QFile::ReadOther | QFile::ExeOther);
        QString error = makeCertificate();
        if (error.isEmpty())
            error = writeConfiguration();
        if (error.isEmpty())
            error = makeMaildir(QString());
        if (!error.isEmpty())
            return error;

        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.setChildProcessModifier([] {
            ::setpgid(0, 0);
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        });
        m_server.start(dovecot, {QStringLiteral("-F"), QStringLiteral("-c"), configFile()});
        if (!m_server.waitForStarted(5000))
            return QStringLiteral("dovecot did not start: ") + m_server.errorString();
        QElapsedTimer waited;
        waited.start();
        while (!answers(m_imapPort) || !answers(m_imapsPort, false)) {
            if (m_server.state() != QProcess::Running)
                return QStringLiteral("dovecot stopped: ") + output();
            if (waited.elapsed() > 20000)
                return QStringLiteral("dovecot did not answer in 20 s: ") + output();
            QTest::qWait(100);
        }
        return {};
    }

    // Dovecot's master takes its processes down on SIGTERM; whatever is left after ten seconds
    // is killed with the whole process group.
    void stop()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_server.processId()), SIGTERM);
        if (!m_server.waitForFinished(10000))
            kill();
    }

    // A crash: SIGKILL to the master and every process it started.
    void kill()
    {
        if (m_server.state() == QProcess::NotRunning)
            return;
        ::kill(-pid_t(m_server.processId()), SIGKILL);
        m_server.waitForFinished(5000);
    }

    // The Maildir folder of a mailbox ("" is INBOX; others are Maildir++ ".Name" folders).
    QString maildir(const QString& mailbox = QString()) const
    {
        const QString root = m_dir.filePath(QStringLiteral("home/Maildir"));
        return mailbox.isEmpty() ? root : root + QStringLiteral("/.") + mailbox;
    }

    // Delivers message into mailbox as a Maildir file (written in tmp/, renamed into new/, as
    // an MTA does); Dovecot gives it the next UID when a client next looks. Mailbox names here
    // are plain ASCII.
    QString deliver(const QByteArray& message, const QString& mailbox = QString())
    {
        QString error = makeMaildir(mailbox);
        if (!error.isEmpty())
            return error;
        const QString name = QStringLiteral("%1.M%2P%3.mailroom-test")
                                 .arg(QDateTime::currentSecsSinceEpoch())
                                 .arg(++m_delivered)
                                 .arg(::getpid());
        const QString temporary = maildir(mailbox) + QStringLiteral("/tmp/") + name;
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly) || file.write(message) != message.size())
            return QStringLiteral("cannot write ") + temporary + QStringLiteral(": ") + file.errorString();
        file.close();
        if (::chown(QFile::encodeName(temporary).constData(), m_uid, m_gid) != 0)
            return QStringLiteral("cannot give ") + temporary + QStringLiteral(" to nobody");
        if (!QFile::rename(temporary, maildir(mailbox) + QStringLiteral("/new/") + name))
            return QStringLiteral("cannot move ") + temporary + QStringLiteral(" into new/");
        return {};
    }

    // Runs doveadm with arguments on this server's configuration, for the test user where the
    // command takes one ("-u" is added after the command words given in command).
    QString doveadm(const QStringList& command, const QStringList& arguments, QByteArray* output = nullptr) const
    {
        const QString tool = findTool(QStringLiteral("doveadm"));
        if (tool.isEmpty())
            return QStringLiteral("doveadm is missing: run bash .ci/install-deps test");
        QProcess process;
        process.start(tool,
            QStringList {QStringLiteral("-c"), configFile()} + command + QStringList {QStringLiteral("-u"), user()}
                + arguments);
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished(2000);
            return QStringLiteral("doveadm did not finish in 30 s");
        }
        const QByteArray standardOutput = process.readAllStandardOutput();
        if (output)
            *output = standardOutput;
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return QStringLiteral("doveadm ") + command.join(u' ') + QStringLiteral(" failed: ")
                + QString::fromLocal8Bit(process.readAllStandardError() + standardOutput);
        return {};
    }

    // What Dovecot printed and logged so far, for failure messages.
    QString output()
    {
        m_output += QString::fromLocal8Bit(m_server.readAll());
        QFile log(logFile());
        return m_output + (log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString());
    }

private:
    QString configFile() const { return m_dir.filePath(QStringLiteral("dovecot.conf")); }

    static QString findTool(const QString& name)
    {
        const QString found
            = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        return found.isEmpty() ? QStandardPaths::findExecutable(name) : found;
    }

    // Whether port answers with this server's greeting (and not some other server's), or, for
    // the TLS port where the greeting comes only after a handshake, whether it accepts at all.
    bool answers(quint16 port, bool checkGreeting = true) const
    {
        QTcpSocket socket;
        socket.connectToHost(host(), port);
        if (!socket.waitForConnected(500))
            return false;
        if (!checkGreeting)
            return true;
        QByteArray greeting;
        QElapsedTimer waited;
        waited.start();
        while (!greeting.contains("Mailroom test Dovecot ready.") && waited.elapsed() < 2000) {
            if (!socket.waitForReadyRead(200) && socket.state() != QAbstractSocket::ConnectedState)
                break;
            greeting += socket.readAll();
        }
        return greeting.contains("Mailroom test Dovecot ready.");
    }

    // A P-256 key (made in milliseconds) and a certificate for two days whose name matches no
    // address the tests connect to: the client sees both "self-signed" and "host name mismatch".
    QString makeCertificate() const
    {
        const QString openssl = findTool(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            return QStringLiteral("openssl is missing: run bash .ci/install-deps test");
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(openssl,
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-noenc"),
                QStringLiteral("-keyout"), keyFile(), QStringLiteral("-out"), certificateFile(),
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/CN=Mailroom test Dovecot")});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return QStringLiteral("openssl could not make the certificate: ")
                + QString::fromLocal8Bit(process.readAll());
        return {};
    }

    QString writeConfiguration() const
    {
        const QByteArray dir = QFile::encodeName(m_dir.path());
        const QByteArray users = user().toUtf8() + ":{PLAIN}" + password().toUtf8() + "\n";
        QFile passwd(m_dir.filePath(QStringLiteral("users")));
        if (!passwd.open(QIODevice::WriteOnly) || passwd.write(users) != users.size())
            return QStringLiteral("cannot write the passwd-file: ") + passwd.errorString();
        passwd.close();

        // auth_failure_delay 0: a wrong password is answered at once instead of after 2 s.
        QByteArray config = R"(base_dir = @DIR@/run
state_dir = @DIR@/state
instance_name = mailroom-test-@IMAP@
protocols = imap
listen = 127.0.0.1, 127.0.0.2
log_path = @DIR@/dovecot.log
login_greeting = Mailroom test Dovecot ready.
ssl = yes
ssl_cert = <@DIR@/server.pem
ssl_key = <@DIR@/server.key
auth_mechanisms = plain
auth_failure_delay = 0
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u @DIR@/users
}
userdb {
  driver = static
  args = uid=@UID@ gid=@GID@ home=@DIR@/home
}
mail_location = maildir:~/Maildir
default_internal_user = dovecot
default_login_user = dovenull
service imap-login {
  inet_listener imap {
    port = @IMAP@
  }
  inet_listener imaps {
    port = @IMAPS@
    ssl = yes
  }
}
local 127.0.0.2 {
  protocol imap {
    imap_capability = IMAP4rev1 LITERAL+ SASL-IR ID ENABLE IDLE UIDPLUS
  }
}
)";
        config.replace("@DIR@", dir)
            .replace("@IMAPS@", QByteArray::number(m_imapsPort))
            .replace("@IMAP@", QByteArray::number(m_imapPort))
            .replace("@UID@", QByteArray::number(m_uid))
            .replace("@GID@", QByteArray::number(m_gid));
        QFile file(configFile());
        if (!file.open(QIODevice::WriteOnly) || file.write(config) != config.size())
            return QStringLiteral("cannot write dovecot.conf: ") + file.errorString();
        return {};
    }

    // home/ and the Maildir with its tmp, new and cur, owned by the mail user.
    QString makeMaildir(const QString& mailbox) const
    {
        QStringList paths {m_dir.filePath(QStringLiteral("home")), maildir()};
        if (!mailbox.isEmpty())
            paths << maildir(mailbox);
        for (const QString& sub : {QStringLiteral("/tmp"), QStringLiteral("/new"), QStringLiteral("/cur")})
            paths << maildir(mailbox) + sub;
        for (const QString& path : std::as_const(paths)) {
            if (QFileInfo::exists(path))
                continue;
            if (!QDir().mkpath(path) || ::chown(QFile::encodeName(path).constData(), m_uid, m_gid) != 0)
                return QStringLiteral("cannot make ") + path;
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        }
        return {};
    }

    // A short path in /tmp: Dovecot's sockets live under it, and a socket's path is limited.
    QTemporaryDir m_dir {QStringLiteral("/tmp/mailroom-dovecot-XXXXXX")};
    QProcess m_server; // after m_dir: the server stops before its folder goes
    quint16 m_imapsPort;
    quint16 m_imapPort;
    uid_t m_uid = 0;
    gid_t m_gid = 0;
    int m_delivered = 0;
    QString m_output;
};
