#include "reputation/CaresResolver.h"

#include "reputation/ReputationText.h"
#include "support/LogCategories.h"

#include <QHash>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

#include <ares.h>
#include <deque>
#include <mutex>

namespace {

quint16 be16(const unsigned char* p)
{
    return quint16((p[0] << 8) | p[1]);
}

// One name from a message, decompressed; advances *at past it. False when it cannot be read.
bool readName(const unsigned char*& at, const unsigned char* message, int length, QByteArray* name)
{
    char* expanded = nullptr;
    long used = 0;
    if (ares_expand_name(at, message, length, &expanded, &used) != ARES_SUCCESS)
        return false;
    *name = Dns::normalizedName(expanded);
    ares_free_string(expanded);
    at += used;
    return true;
}

DnsAnswer failure(DnsStatus status, const QString& detail)
{
    DnsAnswer answer;
    answer.status = status;
    answer.detail = detail;
    return answer;
}

} // namespace

DnsAnswer CaresResolver::readAnswer(const QByteArray& bytes, DnsType type)
{
    const auto* message = reinterpret_cast<const unsigned char*>(bytes.constData());
    const int length = int(bytes.size());
    const unsigned char* end = message + length;
    if (length < 12)
        return failure(DnsStatus::Malformed, ReputationText::tr("a DNS message shorter than its header"));
    switch (message[3] & 0x0f) { // RCODE
    case 0:
        break;
    case 2:
        return failure(DnsStatus::ServerFailure, ReputationText::tr("the server failed (SERVFAIL)"));
    case 3:
        return failure(DnsStatus::NxDomain, {});
    case 5:
        return failure(DnsStatus::Refused, ReputationText::tr("the server refused the query (REFUSED)"));
    case 1:
        return failure(DnsStatus::Malformed, ReputationText::tr("the server could not read the query (FORMERR)"));
    default:
        return failure(DnsStatus::ServerFailure,
            ReputationText::tr("the server answered with error code %1").arg(message[3] & 0x0f));
    }
    const int questions = be16(message + 4);
    const int answers = be16(message + 6);
    const unsigned char* at = message + 12;
    QByteArray name;
    QByteArray asked;
    for (int i = 0; i < questions; ++i) {
        if (!readName(at, message, length, &name) || end - at < 4)
            return failure(DnsStatus::Malformed, ReputationText::tr("a question that cannot be read"));
        if (i == 0)
            asked = name.toLower();
        at += 4;
    }
    DnsAnswer out;
    QHash<QByteArray, QByteArray> aliases; // the CNAMEs on the way: owner -> target, lower case
    for (int i = 0; i < answers; ++i) {
        if (!readName(at, message, length, &name) || end - at < 10)
            return failure(DnsStatus::Malformed, ReputationText::tr("an answer record that cannot be read"));
        const auto recordType = DnsType(be16(at));
        const int dataLength = be16(at + 8);
        const unsigned char* data = at + 10;
        if (end - data < dataLength)
            return failure(DnsStatus::Malformed, ReputationText::tr("an answer record longer than the message"));
        at = data + dataLength;
        if (recordType == DnsType::Cname && type != DnsType::Cname) {
            const unsigned char* p = data;
            QByteArray target;
            if (readName(p, message, length, &target))
                aliases.insert(name.toLower(), target.toLower());
        }
        if (recordType != type)
            continue; // a CNAME on the way, or something not asked for
        DnsRecord record;
        record.type = type;
        record.name = name;
        switch (type) {
        case DnsType::A:
            if (dataLength != 4)
                return failure(DnsStatus::Malformed, ReputationText::tr("an A record that is not 4 bytes"));
            record.address = QHostAddress(quint32((data[0] << 24) | (data[1] << 16) | (data[2] << 8) | data[3]));
            break;
        case DnsType::Aaaa: {
            if (dataLength != 16)
                return failure(DnsStatus::Malformed, ReputationText::tr("an AAAA record that is not 16 bytes"));
            Q_IPV6ADDR v6;
            std::memcpy(v6.c, data, 16);
            record.address = QHostAddress(v6);
            break;
        }
        case DnsType::Txt: {
            const unsigned char* p = data;
            while (p < at) {
                const int size = *p++;
                if (at - p < size)
                    return failure(DnsStatus::Malformed, ReputationText::tr("a TXT string longer than its record"));
                record.strings.append(QByteArray(reinterpret_cast<const char*>(p), size));
                p += size;
            }
            break;
        }
        case DnsType::Mx: {
            if (dataLength < 3)
                return failure(DnsStatus::Malformed, ReputationText::tr("an MX record too short"));
            record.preference = be16(data);
            const unsigned char* p = data + 2;
            if (!readName(p, message, length, &record.target))
                return failure(DnsStatus::Malformed, ReputationText::tr("an MX record whose name cannot be read"));
            break;
        }
        case DnsType::Ptr:
        case DnsType::Cname: {
            const unsigned char* p = data;
            if (!readName(p, message, length, &record.target))
                return failure(DnsStatus::Malformed, ReputationText::tr("a record whose name cannot be read"));
            break;
        }
        }
        out.records.append(record);
    }
    // Aliases that lead back to a name already passed end nowhere: a broken zone, not "no data".
    if (out.records.isEmpty() && aliases.contains(asked)) {
        QList<QByteArray> chain {asked};
        while (aliases.contains(chain.back())) {
            const QByteArray next = aliases.value(chain.back());
            const bool loops = chain.contains(next);
            chain.append(next);
            if (loops) {
                return failure(DnsStatus::ServerFailure,
                    ReputationText::tr("the names form a CNAME loop (%1)")
                        .arg(QString::fromLatin1(chain.join(" -> "))));
            }
        }
    }
    out.status = out.records.isEmpty() ? DnsStatus::NoData : DnsStatus::Ok;
    return out;
}

bool CaresResolver::parseNameserver(const QString& text, QHostAddress* address, quint16* port, QString* error)
{
    QString host = text.trimmed();
    *port = 53;
    QString portText;
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *error = ReputationText::tr("\"%1\": a [ without ]").arg(text);
            return false;
        }
        portText = host.mid(close + 1);
        host = host.mid(1, close - 1);
        if (!portText.isEmpty() && !portText.startsWith(QLatin1Char(':'))) {
            *error = ReputationText::tr("\"%1\": expected :PORT after ]").arg(text);
            return false;
        }
        portText = portText.mid(1);
    } else if (host.count(QLatin1Char(':')) == 1) {
        portText = host.section(QLatin1Char(':'), 1);
        host = host.section(QLatin1Char(':'), 0, 0);
    }
    if (!address->setAddress(host)) {
        *error = ReputationText::tr("\"%1\" is not an IPv4 or IPv6 address").arg(host);
        return false;
    }
    if (!portText.isEmpty() || text.trimmed().endsWith(QLatin1Char(':'))) {
        bool ok = false;
        const uint value = portText.toUInt(&ok);
        if (!ok || value == 0 || value > 65535) {
            *error = ReputationText::tr("\"%1\" is not a port from 1 to 65535").arg(portText);
            return false;
        }
        *port = quint16(value);
    }
    return true;
}

class CaresResolver::Private
{
public:
    struct Query
    {
        Private* owner = nullptr;
        QByteArray name;
        DnsType type = DnsType::A;
        Done done;
    };

    explicit Private(CaresResolver* q) : m_q(q), m_timer(q)
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, q, [this] {
            ares_process_fd(m_channel, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
            rearm();
        });
    }

    static void socketState(void* data, ares_socket_t socket, int readable, int writable)
    {
        static_cast<Private*>(data)->watch(socket, readable != 0, writable != 0);
    }

    static void answered(void* argument, int status, int, unsigned char* message, int length)
    {
        std::unique_ptr<Query> query(static_cast<Query*>(argument));
        Private* self = query->owner;
        --self->m_inFlight;
        if (status == ARES_EDESTRUCTION)
            return; // the resolver is going away
        DnsAnswer answer;
        switch (status) {
        case ARES_SUCCESS:
            answer = readAnswer(QByteArray(reinterpret_cast<const char*>(message), length), query->type);
            break;
        case ARES_ENODATA:
            answer.status = DnsStatus::NoData;
            break;
        case ARES_ENOTFOUND:
            answer.status = DnsStatus::NxDomain;
            break;
        case ARES_ESERVFAIL:
            answer = failure(DnsStatus::ServerFailure, ReputationText::tr("the server failed (SERVFAIL)"));
            break;
        case ARES_EREFUSED:
            answer = failure(DnsStatus::Refused, ReputationText::tr("the server refused the query"));
            break;
        case ARES_ETIMEOUT:
            answer = failure(DnsStatus::Timeout, ReputationText::tr("no answer in time"));
            break;
        case ARES_EBADRESP:
        case ARES_EFORMERR:
            answer = failure(DnsStatus::Malformed, QString::fromLatin1(ares_strerror(status)));
            break;
        case ARES_EBADNAME:
            answer = failure(DnsStatus::BadName, QString::fromLatin1(ares_strerror(status)));
            break;
        case ARES_ECONNREFUSED:
            answer = failure(DnsStatus::ServerFailure, ReputationText::tr("the nameserver could not be reached"));
            break;
        default:
            answer = failure(DnsStatus::ServerFailure, QString::fromLatin1(ares_strerror(status)));
            break;
        }
        qCDebug(lcReputation).noquote() << "DNS" << query->name << dnsTypeName(query->type) << "->"
                                        << dnsStatusName(answer.status) << answer.records.size();
        query->done(answer);
        self->sendWaiting();
        self->rearm();
    }

    void send(std::unique_ptr<Query> query)
    {
        ++m_inFlight;
        Query* raw = query.release();
        ares_query(m_channel, raw->name.constData(), 1 /* IN */, int(raw->type), &Private::answered, raw);
    }

    void sendWaiting()
    {
        while (!m_waiting.empty() && m_inFlight < m_maxInFlight) {
            std::unique_ptr<Query> next = std::move(m_waiting.front());
            m_waiting.pop_front();
            send(std::move(next));
        }
    }

    void watch(ares_socket_t socket, bool readable, bool writable)
    {
        Notifiers& pair = m_notifiers[socket];
        const auto make = [&](QPointer<QSocketNotifier>& notifier, QSocketNotifier::Type type) {
            if (notifier)
                return;
            notifier = new QSocketNotifier(qintptr(socket), type, m_q);
            QObject::connect(notifier, &QSocketNotifier::activated, m_q, [this, socket, type] {
                if (type == QSocketNotifier::Read)
                    ares_process_fd(m_channel, socket, ARES_SOCKET_BAD);
                else
                    ares_process_fd(m_channel, ARES_SOCKET_BAD, socket);
                rearm();
            });
        };
        if (readable)
            make(pair.read, QSocketNotifier::Read);
        if (writable)
            make(pair.write, QSocketNotifier::Write);
        if (pair.read)
            pair.read->setEnabled(readable);
        if (pair.write)
            pair.write->setEnabled(writable);
        if (!readable && !writable) {
            // c-ares closes the socket: the notifiers go, later (one may be signalling now).
            if (pair.read)
                pair.read->deleteLater();
            if (pair.write)
                pair.write->deleteLater();
            m_notifiers.remove(socket);
        }
    }

    void rearm()
    {
        if (m_inFlight == 0) {
            m_timer.stop();
            return;
        }
        timeval wait {};
        const timeval* next = ares_timeout(m_channel, nullptr, &wait);
        const int ms = next ? int(next->tv_sec * 1000 + next->tv_usec / 1000) + 1 : 1000;
        m_timer.start(ms);
    }

    struct Notifiers
    {
        QPointer<QSocketNotifier> read;
        QPointer<QSocketNotifier> write;
    };

    CaresResolver* m_q;
    ares_channel m_channel = nullptr;
    bool m_valid = false;
    QString m_error;
    int m_inFlight = 0;
    int m_maxInFlight = 200;
    std::deque<std::unique_ptr<Query>> m_waiting;
    QTimer m_timer;
    QHash<ares_socket_t, Notifiers> m_notifiers;
};

CaresResolver::CaresResolver(const Options& options, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>(this))
{
    static std::once_flag libraryReady;
    static int libraryStatus = ARES_SUCCESS;
    std::call_once(libraryReady, [] { libraryStatus = ares_library_init(ARES_LIB_INIT_ALL); });
    if (libraryStatus != ARES_SUCCESS) {
        d->m_error = QString::fromLatin1(ares_strerror(libraryStatus));
        return;
    }

    ares_options settings {};
    d->m_maxInFlight = std::max(1, options.maxInFlight);
    settings.timeout = std::max(1, options.timeoutMs);
    settings.tries = std::max(1, options.tries);
    settings.sock_state_cb = &Private::socketState;
    settings.sock_state_cb_data = d.get();
    int mask = ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES | ARES_OPT_SOCK_STATE_CB;
    if (!options.nameserver.trimmed().isEmpty()) {
        // One named server: there is no other to try, so hand SERVFAIL and REFUSED back as
        // they are (c-ares would only say "failed"). A refusal is worth telling apart.
        settings.flags = ARES_FLAG_NOCHECKRESP;
        mask |= ARES_OPT_FLAGS;
    }
    const int status = ares_init_options(&d->m_channel, &settings, mask);
    if (status != ARES_SUCCESS) {
        d->m_error = ReputationText::tr("c-ares could not start: %1").arg(QString::fromLatin1(ares_strerror(status)));
        d->m_channel = nullptr;
        return;
    }
    if (!options.nameserver.trimmed().isEmpty()) {
        QHostAddress address;
        quint16 port = 53;
        if (!parseNameserver(options.nameserver, &address, &port, &d->m_error))
            return;
        const QString server = address.protocol() == QAbstractSocket::IPv6Protocol
            ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
            : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
        const int set = ares_set_servers_ports_csv(d->m_channel, server.toLatin1().constData());
        if (set != ARES_SUCCESS) {
            d->m_error = ReputationText::tr("the nameserver %1 cannot be used: %2")
                             .arg(server, QString::fromLatin1(ares_strerror(set)));
            return;
        }
    }
    d->m_valid = true;
}

CaresResolver::~CaresResolver()
{
    d->m_waiting.clear(); // never sent: dropped without a call, like the ones in flight
    if (d->m_channel)
        ares_destroy(d->m_channel); // calls back every query in flight with ARES_EDESTRUCTION
}

bool CaresResolver::isValid() const
{
    return d->m_valid;
}

QString CaresResolver::errorString() const
{
    return d->m_error;
}

int CaresResolver::inFlight() const
{
    return d->m_inFlight;
}

int CaresResolver::waiting() const
{
    return int(d->m_waiting.size());
}

void CaresResolver::lookup(const QByteArray& name, DnsType type, Done done)
{
    if (!d->m_valid) {
        done(failure(DnsStatus::ServerFailure, d->m_error));
        return;
    }
    if (!Dns::validName(name)) {
        done(failure(DnsStatus::BadName, ReputationText::tr("not a valid domain name")));
        return;
    }
    auto query
        = std::make_unique<Private::Query>(Private::Query {d.get(), Dns::normalizedName(name), type, std::move(done)});
    if (d->m_inFlight >= d->m_maxInFlight)
        d->m_waiting.push_back(std::move(query));
    else
        d->send(std::move(query));
    d->rearm();
}
