#pragma once

#include "reputation/CaresResolver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// A real dnsmasq on a loopback address, serving the configuration a test gives, for as long as
// the object lives. addn-hosts files given in the configuration are read again on reload()
// (dnsmasq's SIGHUP), so a test can change A records while the server runs.
class LocalDns
{
public:
    LocalDns(QString address, quint16 port) : m_address(std::move(address)), m_port(port) { }
    ~LocalDns() { stop(); }

    QString server() const { return m_address + u':' + QString::number(m_port); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    // Starts dnsmasq with these configuration lines (plus its address, port and "no upstream"
    // lines) and waits until it answers probe. Returns an error, or an empty string.
    QString start(const QByteArray& config, const QByteArray& probe)
    {
        const QString dnsmasq = QStandardPaths::findExecutable(QStringLiteral("dnsmasq"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")});
        if (dnsmasq.isEmpty())
            return QStringLiteral("dnsmasq is missing: run bash .ci/install-deps test");
        const QByteArray full = "port=" + QByteArray::number(m_port) + "\nlisten-address=" + m_address.toLatin1()
            + "\nbind-interfaces\nno-resolv\nno-hosts\nno-poll\n" + config;
        const QString path = m_dir.filePath(QStringLiteral("dnsmasq.conf"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(full) != full.size())
            return file.errorString();
        file.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(dnsmasq,
            {QStringLiteral("--keep-in-foreground"), QStringLiteral("--conf-file=") + path,
                QStringLiteral("--pid-file=") + m_dir.filePath(QStringLiteral("pid")),
                QStringLiteral("--user=") + qEnvironmentVariable("USER", QStringLiteral("root"))});
        if (!m_process.waitForStarted(5000))
            return m_process.errorString();
        QElapsedTimer waited;
        waited.start();
        while (ask(probe, DnsType::A, 300).status != DnsStatus::Ok) {
            if (waited.elapsed() > 10000 || m_process.state() != QProcess::Running)
                return QString::fromLocal8Bit(m_process.readAll());
            QTest::qWait(100);
        }
        // Another server on the port would answer too: this one must be the one that runs.
        QTest::qWait(200);
        return m_process.state() == QProcess::Running ? QString() : QString::fromLocal8Bit(m_process.readAll());
    }

    // Makes dnsmasq read its addn-hosts files again.
    void reload() { ::kill(pid_t(m_process.processId()), SIGHUP); }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }

    DnsAnswer ask(const QByteArray& name, DnsType type, int timeoutMs = 2000) const
    {
        return askServer(server(), name, type, timeoutMs);
    }

    static DnsAnswer askServer(const QString& server, const QByteArray& name, DnsType type, int timeoutMs = 2000)
    {
        CaresResolver resolver({server, timeoutMs, 1});
        DnsAnswer answer;
        bool done = false;
        resolver.lookup(name, type, [&](const DnsAnswer& a) {
            answer = a;
            done = true;
        });
        [[maybe_unused]] const bool finished = QTest::qWaitFor([&] { return done; }, timeoutMs * 3 + 2000);
        if (!done) {
            answer.status = DnsStatus::Malformed;
            answer.detail = QStringLiteral("the resolver never called back");
        }
        return answer;
    }

private:
    QString m_address;
    quint16 m_port;
    QTemporaryDir m_dir;
    QProcess m_process;
};
