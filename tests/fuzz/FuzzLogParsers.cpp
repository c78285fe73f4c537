// Feeds arbitrary bytes to format detection, every log parser, the classifier and the ledger.
// Built with clang and -DMAILROOM_FUZZ=ON it is a libFuzzer target; otherwise main() below
// replays the seed logs with deterministic mutations, so every sanitizer build runs it.

#include "bounces/BounceClassifier.h"
#include "bounces/BounceLedger.h"
#include "mail/EximLogParser.h"
#include "mail/LogFormat.h"
#include "mail/LogTime.h"
#include "mail/PostfixLogParser.h"
#include "mail/PowerMtaLogParser.h"
#include "mail/SendmailLogParser.h"

#include <QByteArrayView>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char*>(data), qsizetype(size));
    detectLogFormat(input);

    BounceLedger ledger(BounceClassifier::builtIn());
    LogClock clock(QTimeZone::utc());
    clock.setYearReference(1735689600000LL);
    EximLogParser exim;
    PostfixLogParser postfix;
    SendmailLogParser sendmail;
    PowerMtaLogParser powerMta;
    MailLogParser* const parsers[] = {&exim, &postfix, &sendmail, &powerMta};
    for (MailLogParser* parser : parsers) {
        parser->setClock(&clock);
        parser->setSink([&](const DeliveryEvent& event) { ledger.add(event); });
        parser->setDeliveryFilter(
            [&](QByteArrayView recipient, quint64 hash) { return ledger.wantsDelivery(recipient, hash); });
    }

    quint32 lineNumber = 0;
    qsizetype pos = 0;
    while (pos <= input.size()) {
        qsizetype end = input.indexOf('\n', pos);
        if (end < 0)
            end = input.size();
        const QByteArrayView line = input.sliced(pos, end - pos);
        ++lineNumber;
        for (MailLogParser* parser : parsers)
            parser->parseLine(line, {0, lineNumber, pos});
        pos = end + 1;
    }
    return 0;
}

#ifndef MAILROOM_LIBFUZZER

#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

namespace {

QByteArray mutate(const QByteArray& seed, QRandomGenerator& random)
{
    QByteArray data = seed;
    const int edits = 1 + int(random.bounded(16));
    for (int i = 0; i < edits && !data.isEmpty(); ++i) {
        const qsizetype at = qsizetype(random.bounded(quint32(data.size())));
        switch (random.bounded(5)) {
        case 0: // flip a bit
            data[at] = char(data[at] ^ char(1 << random.bounded(8)));
            break;
        case 1: // cut
            data.truncate(at);
            break;
        case 2: // duplicate a slice somewhere else
            data.insert(qsizetype(random.bounded(quint32(data.size()))), data.mid(at, 64));
            break;
        case 3: // a byte that parsers treat specially
            data[at] = "\0\n:[]<>=,( \\\""[random.bounded(14)];
            break;
        default: // drop a slice
            data.remove(at, qsizetype(random.bounded(64)));
            break;
        }
    }
    return data;
}

} // namespace

int main(int argc, char* argv[])
{
    // Usage: FuzzLogParsers ROUNDS SEED_FILE...
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s ROUNDS SEED_FILE...\n", argv[0]);
        return 2;
    }
    const int rounds = std::atoi(argv[1]);
    QRandomGenerator random(20261203); // fixed: a failure must replay
    int runs = 0;
    for (int f = 2; f < argc; ++f) {
        QFile file(QString::fromLocal8Bit(argv[f]));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read seed %s\n", argv[f]);
            return 1;
        }
        const QByteArray seed = file.read(256 * 1024);
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(seed.constData()), size_t(seed.size()));
        for (int i = 0; i < rounds; ++i) {
            // Mutate a window, as libFuzzer would a small input.
            const qsizetype start = seed.size() > 4096 ? qsizetype(random.bounded(quint32(seed.size() - 4096))) : 0;
            const QByteArray input = mutate(seed.mid(start, 4096), random);
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(input.constData()), size_t(input.size()));
            ++runs;
        }
    }
    std::printf("%d mutated inputs parsed without a sanitizer report\n", runs);
    return 0;
}

#endif
