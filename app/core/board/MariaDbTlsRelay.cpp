#include "board/MariaDbTlsRelay.h"

#include "support/LogCategories.h"

#include <QFile>
#include <QMutexLocker>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <chrono>
#include <optional>

using namespace Qt::StringLiterals;

struct MariaDbTlsRelay::Outcome
{
    mutable QMutex mutex;
    QString error;
};

namespace {

// Capability flags of the MySQL client/server protocol.
constexpr quint32 ClientProtocol41 = 0x0200;
constexpr quint32 ClientSsl = 0x0800;

// The start of a HandshakeResponse41 that an SSLRequest repeats: capabilities (4 bytes), maximum
// packet size (4), character set (1) and 23 reserved bytes, of which MariaDB reads the last 4 as
// its extended capabilities.
constexpr qsizetype SslRequestSize = 32;

// How much one direction holds before the relay stops reading it, so a big result set waits in
// the server's socket rather than in memory.
constexpr qint64 HighWater = 256 * 1024;

struct Packet
{
    quint8 sequence = 0;
    QByteArray payload;
};

// A packet is a 3-byte little-endian payload length, a sequence id and the payload. Takes the
// first complete packet off buffer; nothing while it is still arriving.
std::optional<Packet> takePacket(QByteArray& buffer)
{
    if (buffer.size() < 4)
        return std::nullopt;
    const qsizetype length = quint8(buffer[0]) | quint8(buffer[1]) << 8 | quint8(buffer[2]) << 16;
    if (buffer.size() < 4 + length)
        return std::nullopt;
    Packet packet {quint8(buffer[3]), buffer.mid(4, length)};
    buffer.remove(0, 4 + length);
    return packet;
}

QByteArray framed(quint8 sequence, const QByteArray& payload)
{
    const auto length = quint32(payload.size());
    QByteArray packet;
    packet.reserve(4 + payload.size());
    packet.append(char(length & 0xff)).append(char(length >> 8 & 0xff)).append(char(length >> 16 & 0xff));
    packet.append(char(sequence)).append(payload);
    return packet;
}

quint32 readLe32(const QByteArray& bytes, qsizetype at)
{
    quint32 value = 0;
    for (int i = 3; i >= 0; --i)
        value = value << 8 | quint8(bytes[at + i]);
    return value;
}

void writeLe32(QByteArray& bytes, qsizetype at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = char(value >> (8 * i) & 0xff);
}

// Where the lower two capability bytes sit in a protocol 10 greeting: after the version byte, the
// server's version (NUL-terminated), the connection id (4 bytes), the first 8 bytes of the
// scramble and a filler byte.
std::optional<qsizetype> capabilityOffset(const QByteArray& greeting)
{
    if (greeting.isEmpty() || quint8(greeting[0]) != 10)
        return std::nullopt;
    const qsizetype versionEnd = greeting.indexOf('\0', 1);
    if (versionEnd < 0)
        return std::nullopt;
    const qsizetype offset = versionEnd + 1 + 4 + 8 + 1;
    if (offset + 2 > greeting.size())
        return std::nullopt;
    return offset;
}

// The relay itself, living in the relay's thread. The client (libmariadb, through QMYSQL) sees a
// server without TLS; the server sees a client that asked for TLS. The client's handshake response
// waits until the TLS leg is up and the certificate checked, so nothing the client sends leaves the
// machine in plaintext; and the SSLRequest copies that response's capabilities and character set,
// because servers take them from the SSLRequest and do not read them again after the handshake.
class RelayWorker : public QObject
{
public:
    RelayWorker(const QString& host, quint16 port, const QList<QSslCertificate>& cas, int timeoutSeconds,
        std::shared_ptr<MariaDbTlsRelay::Outcome> outcome);

    bool listen(QString* error);
    quint16 localPort() const { return m_listener->serverPort(); }

private:
    enum class Phase
    {
        Greeting, // waiting for the server's greeting
        ClientResponse, // waiting for the client's handshake response
        Tls, // the TLS handshake with the server
        Authentication, // sequence ids shifted by the SSLRequest
        Relay, // bytes pass unchanged
        Done,
    };

    void accept();
    void readServer();
    void readClient();
    void forwardGreeting();
    void requestTls();
    void encrypted();
    void relayAuthentication();
    void pump(QAbstractSocket* from, QAbstractSocket* to);
    void serverError();
    void sslErrors(const QList<QSslError>& errors);
    void disconnected();
    void passOnClose(QAbstractSocket* from, QAbstractSocket* to);
    void fail(const QString& reason);

    QString m_host;
    quint16 m_port;
    std::shared_ptr<MariaDbTlsRelay::Outcome> m_outcome;
    QTcpServer* m_listener = new QTcpServer(this);
    QTcpSocket* m_client = nullptr;
    QSslSocket* m_server = new QSslSocket(this);
    QTimer* m_deadline = new QTimer(this);
    Phase m_phase = Phase::Greeting;
    QByteArray m_fromServer;
    QByteArray m_fromClient;
    QByteArray m_response; // the client's handshake response, held until TLS is up
    QString m_refusal; // why the server's certificate was refused
};

RelayWorker::RelayWorker(const QString& host, quint16 port, const QList<QSslCertificate>& cas, int timeoutSeconds,
    std::shared_ptr<MariaDbTlsRelay::Outcome> outcome)
    : m_host(host), m_port(port), m_outcome(std::move(outcome))
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(cas);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_server->setSslConfiguration(tls);
    m_server->setPeerVerifyName(host);
    m_server->setReadBufferSize(HighWater);

    m_deadline->setSingleShot(true);
    m_deadline->setInterval(std::chrono::seconds(timeoutSeconds));
    connect(m_deadline, &QTimer::timeout, this,
        [this] { fail(MariaDbTlsRelay::tr("The server %1 did not complete the TLS handshake in time.").arg(m_host)); });
    connect(m_listener, &QTcpServer::newConnection, this, &RelayWorker::accept);
    connect(m_server, &QSslSocket::readyRead, this, &RelayWorker::readServer);
    connect(m_server, &QSslSocket::bytesWritten, this, [this] { pump(m_client, m_server); });
    connect(m_server, &QSslSocket::encrypted, this, &RelayWorker::encrypted);
    connect(m_server, &QSslSocket::sslErrors, this, &RelayWorker::sslErrors);
    connect(m_server, &QSslSocket::errorOccurred, this, &RelayWorker::serverError);
    connect(m_server, &QSslSocket::disconnected, this, &RelayWorker::disconnected);
}

bool RelayWorker::listen(QString* error)
{
    if (m_listener->listen(QHostAddress::LocalHost, 0))
        return true;
    *error = MariaDbTlsRelay::tr("Cannot listen on the loopback interface for the TLS relay: %1")
                 .arg(m_listener->errorString());
    return false;
}

void RelayWorker::accept()
{
    if (m_client)
        return;
    m_client = m_listener->nextPendingConnection();
    m_listener->close(); // one client: the driver's connection
    m_client->setParent(this);
    m_client->setReadBufferSize(HighWater);
    connect(m_client, &QTcpSocket::readyRead, this, &RelayWorker::readClient);
    connect(m_client, &QTcpSocket::bytesWritten, this, [this] { pump(m_server, m_client); });
    connect(m_client, &QTcpSocket::disconnected, this, &RelayWorker::disconnected);

    m_deadline->start();
    m_server->connectToHost(m_host, m_port);
}

void RelayWorker::readServer()
{
    switch (m_phase) {
    case Phase::Greeting:
        m_fromServer.append(m_server->readAll());
        forwardGreeting();
        break;
    case Phase::Authentication:
        m_fromServer.append(m_server->readAll());
        relayAuthentication();
        break;
    case Phase::Relay:
        pump(m_server, m_client);
        break;
    case Phase::ClientResponse:
    case Phase::Tls:
    case Phase::Done:
        break;
    }
}

void RelayWorker::readClient()
{
    switch (m_phase) {
    case Phase::ClientResponse:
        m_fromClient.append(m_client->readAll());
        requestTls();
        break;
    case Phase::Authentication:
        m_fromClient.append(m_client->readAll());
        while (std::optional<Packet> packet = takePacket(m_fromClient)) {
            // The server counted the SSLRequest as packet 1 of the exchange; the client did not.
            m_server->write(framed(quint8(packet->sequence + 1), packet->payload));
        }
        break;
    case Phase::Relay:
        pump(m_client, m_server);
        break;
    case Phase::Greeting:
    case Phase::Tls:
    case Phase::Done:
        break; // the client speaks after the greeting; what it sends early waits in its socket
    }
}

void RelayWorker::forwardGreeting()
{
    const std::optional<Packet> greeting = takePacket(m_fromServer);
    if (!greeting)
        return;
    if (!greeting->payload.isEmpty() && quint8(greeting->payload[0]) == 0xff) {
        // The server refuses at once (too many connections, host blocked): the client reads why.
        m_phase = Phase::Relay;
        m_client->write(framed(greeting->sequence, greeting->payload) + m_fromServer);
        m_fromServer.clear();
        return;
    }
    const std::optional<qsizetype> at = capabilityOffset(greeting->payload);
    if (!at) {
        fail(MariaDbTlsRelay::tr("The server %1 on port %2 does not greet as a MariaDB or MySQL server does.")
                 .arg(m_host)
                 .arg(m_port));
        return;
    }
    QByteArray payload = greeting->payload;
    const auto capabilities = quint16(quint8(payload[*at]) | quint8(payload[*at + 1]) << 8);
    if (!(capabilities & ClientSsl)) {
        fail(MariaDbTlsRelay::tr("The server %1 offers no TLS.").arg(m_host));
        return;
    }

    // Without CLIENT_SSL in the greeting the driver stays in plaintext on the loopback leg.
    payload[*at + 1] = char(quint8(payload[*at + 1]) & ~(ClientSsl >> 8));
    m_phase = Phase::ClientResponse;
    m_client->write(framed(greeting->sequence, payload));
    readClient();
}

void RelayWorker::requestTls()
{
    const std::optional<Packet> response = takePacket(m_fromClient);
    if (!response)
        return;
    if (response->payload.size() < SslRequestSize || !(readLe32(response->payload, 0) & ClientProtocol41)) {
        fail(MariaDbTlsRelay::tr("The database driver answered the server %1 in a form the TLS relay cannot "
                                 "forward.")
                 .arg(m_host));
        return;
    }

    m_response = response->payload;
    writeLe32(m_response, 0, readLe32(m_response, 0) | ClientSsl);
    m_phase = Phase::Tls;
    m_server->write(framed(1, m_response.left(SslRequestSize)));
    m_server->startClientEncryption();
}

void RelayWorker::encrypted()
{
    m_deadline->stop();
    qCDebug(lcBoard, "TLS relay to %s: %s", qUtf8Printable(m_host), qUtf8Printable(m_server->sessionCipher().name()));
    m_phase = Phase::Authentication;
    m_server->write(framed(2, m_response));
    m_response.clear();
    readServer();
    readClient();
}

// The server's packets go back one sequence id, until the packet that ends the authentication:
// OK (0x00) or ERR (0xff). An auth switch request (0xfe) and more data (0x01) continue it. From
// then on each command restarts the ids at 0 on both legs.
void RelayWorker::relayAuthentication()
{
    while (m_phase == Phase::Authentication) {
        const std::optional<Packet> packet = takePacket(m_fromServer);
        if (!packet)
            return;
        m_client->write(framed(quint8(packet->sequence - 1), packet->payload));
        const quint8 kind = packet->payload.isEmpty() ? 0xfe : quint8(packet->payload[0]);
        if (kind == 0x00 || kind == 0xff)
            m_phase = Phase::Relay;
    }
    m_client->write(m_fromServer);
    m_fromServer.clear();
    m_server->write(m_fromClient);
    m_fromClient.clear();
    pump(m_server, m_client);
    pump(m_client, m_server);
}

void RelayWorker::pump(QAbstractSocket* from, QAbstractSocket* to)
{
    if (m_phase != Phase::Relay || !from || !to || to->state() != QAbstractSocket::ConnectedState)
        return;
    while (from->bytesAvailable() > 0 && to->bytesToWrite() < HighWater)
        to->write(from->read(HighWater));
}

void RelayWorker::serverError()
{
    if (m_phase == Phase::Greeting) {
        fail(
            MariaDbTlsRelay::tr("Cannot reach %1 on port %2: %3").arg(m_host).arg(m_port).arg(m_server->errorString()));
    } else if (m_phase < Phase::Authentication) {
        fail(m_refusal.isEmpty()
                ? MariaDbTlsRelay::tr("The TLS handshake with %1 failed: %2").arg(m_host, m_server->errorString())
                : m_refusal);
    }
    // Later, disconnected() passes the close on.
}

// Not ignored, so QSslSocket reports SslHandshakeFailedError next and drops the connection.
void RelayWorker::sslErrors(const QList<QSslError>& errors)
{
    QStringList reasons;
    for (const QSslError& error : errors)
        reasons.append(error.errorString());
    m_refusal = MariaDbTlsRelay::tr("The TLS certificate of %1 was refused: %2").arg(m_host, reasons.join(u"; "_s));
}

// Either side closed: what it still sent goes on to the other, which is closed in turn, and the
// thread ends once both are. Before the TLS leg is up, a close is a failure.
void RelayWorker::disconnected()
{
    if (m_phase < Phase::Authentication) {
        const bool serverLeft = m_server->state() == QAbstractSocket::UnconnectedState;
        fail(serverLeft ? MariaDbTlsRelay::tr("The server %1 closed the connection before TLS was set up.").arg(m_host)
                        : QString()); // the driver gave up
        return;
    }
    if (m_phase != Phase::Done) {
        m_phase = Phase::Relay;
        passOnClose(m_server, m_client);
        passOnClose(m_client, m_server);
    }
    if (m_client->state() == QAbstractSocket::UnconnectedState
        && m_server->state() == QAbstractSocket::UnconnectedState) {
        m_phase = Phase::Done;
        thread()->quit();
    }
}

void RelayWorker::passOnClose(QAbstractSocket* from, QAbstractSocket* to)
{
    if (from->state() != QAbstractSocket::UnconnectedState || to->state() != QAbstractSocket::ConnectedState)
        return;
    to->write(from->readAll());
    to->disconnectFromHost(); // after what is still to write
}

// Records the first reason (none when the driver itself left), drops both legs and ends the thread.
void RelayWorker::fail(const QString& reason)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_deadline->stop();
    if (!reason.isEmpty()) {
        qCDebug(lcBoard, "TLS relay: %s", qUtf8Printable(reason));
        const QMutexLocker lock(&m_outcome->mutex);
        if (m_outcome->error.isEmpty())
            m_outcome->error = reason;
    }
    // The reason is recorded before the driver sees its connection drop, so open() can say it.
    if (m_client)
        m_client->abort();
    m_server->abort();
    thread()->quit();
}

} // namespace

MariaDbTlsRelay::MariaDbTlsRelay(
    const QString& host, quint16 port, const QString& caFile, int timeoutSeconds, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
    , m_caFile(caFile)
    , m_timeoutSeconds(timeoutSeconds)
    , m_outcome(std::make_shared<Outcome>())
{
    m_thread.setObjectName(u"mariadb-tls-relay"_s);
}

MariaDbTlsRelay::~MariaDbTlsRelay()
{
    m_thread.quit();
    m_thread.wait();
}

bool MariaDbTlsRelay::start(QString* error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = tr("This installation of Qt has no TLS support: install OpenSSL 3.");
        return false;
    }
    QFile file(m_caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the CA file %1: %2").arg(m_caFile, file.errorString());
        return false;
    }
    const QList<QSslCertificate> cas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (cas.isEmpty()) {
        *error = tr("The CA file %1 holds no PEM certificate.").arg(m_caFile);
        return false;
    }

    auto* worker = new RelayWorker(m_host, m_port, cas, m_timeoutSeconds, m_outcome);
    if (!worker->listen(error)) {
        delete worker;
        return false;
    }
    m_localPort = worker->localPort();
    // Listening sockets move with their object: Qt registers them again in the new thread.
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_thread.start();
    return true;
}

QString MariaDbTlsRelay::errorString() const
{
    const QMutexLocker lock(&m_outcome->mutex);
    return m_outcome->error;
}
