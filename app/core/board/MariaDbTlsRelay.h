#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

// The TLS leg of a MariaDB or MySQL connection whose server certificate must be checked, host
// name included. Qt 6.4's QMYSQL cannot ask libmariadb for that (MYSQL_OPT_SSL_VERIFY_SERVER_CERT),
// so the driver connects in plaintext to this relay on 127.0.0.1, and the relay makes the TLS
// connection to the server itself with QSslSocket, which checks the chain against the CA file and
// the certificate's names against the host.
//
// The relay serves one client, in a thread of its own: the thread that runs the queries blocks in
// the driver and could not serve it. It ends when either side closes, or when it is destroyed;
// BoardConnection makes it a child of the connection's QSqlDriver, so it lives as long as the
// connection does. One client means one login: a connection closed and opened again needs a new
// BoardConnection::open().
//
// The driver believes its session is plaintext. That changes nothing for mysql_native_password or
// ed25519, but MySQL 8's caching_sha2_password, when the server has no cached entry for the user,
// wants the password over TLS and the driver will not send it so: such a login fails until the
// user has logged in once over TLS by other means (or the account uses another plugin).
class MariaDbTlsRelay : public QObject
{
    Q_OBJECT

public:
    MariaDbTlsRelay(
        const QString& host, quint16 port, const QString& caFile, int timeoutSeconds, QObject* parent = nullptr);
    ~MariaDbTlsRelay() override;

    // Reads the CA file, listens on 127.0.0.1 and starts the thread. False with *error saying why.
    bool start(QString* error);
    // Where the driver connects: 127.0.0.1 and this port.
    quint16 localPort() const { return m_localPort; }
    // Why the relay gave up (server unreachable, no TLS, certificate refused...); empty while it
    // has not. Safe from any thread.
    QString errorString() const;

    struct Outcome; // what the relay's thread tells the owner

private:
    QString m_host;
    quint16 m_port = 0;
    QString m_caFile;
    int m_timeoutSeconds = 0;
    quint16 m_localPort = 0;
    std::shared_ptr<Outcome> m_outcome;
    QThread m_thread;
};
