#include "TestFiles.h"
#include "board/DemoBoard.h"
#include "bounces/BounceClassifier.h"
#include "bounces/BounceLedger.h"
#include "bounces/BounceScan.h"
#include "mail/LogScanner.h"

#include <QDateTime>
#include <QFile>
#include <QLocalServer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestLogScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rotatedFolderIsReadOldestFirst();
    void badInput_data();
    void badInput();
    void unreadableFileIsNamedAndTheRestGoesOn();
    void postfixLogAcrossNewYearComesOutInOrder();
    void everyFormatIsDetected_data();
    void everyFormatIsDetected();
    void cancelStopsTheScan();
    void aNewScanReplacesTheRunningOne();
    void missingPathIsAnError();
    void threadsAndBlockSizesDoNotChangeResults();

private:
    QString write(const QString& name, const QByteArray& bytes) { return TestFiles::write(m_dir.path(), name, bytes); }
    static QByteArray gzip(const QByteArray& data) { return TestFiles::gzip(data); }

    QTemporaryDir m_dir;
};

namespace {

const QByteArray eximArrival = "2024-03-01 10:00:00 1rAbCd-00Faoy-Uh <= alerts@jobs.example P=local S=1\n";
const QByteArray eximDeferral = "2024-03-01 10:00:01 1rAbCd-00Faoy-Uh == full@x.example R=dnslookup T=remote_smtp "
                                "defer (-44) H=mx.x.example [192.0.2.1]: SMTP error from remote mail server after "
                                "RCPT TO:<full@x.example>: 452 4.2.2 Mailbox full\n";
const QByteArray eximTimeout = "2024-03-05 10:00:01 1rAbCd-00Faoy-Uh ** full@x.example R=dnslookup T=remote_smtp: "
                               "retry timeout exceeded\n";
const QByteArray eximHard = "2024-03-02 10:00:01 1rAbCd-00Faoy-Uh ** gone@y.example R=dnslookup T=remote_smtp "
                            "H=mx.y.example [192.0.2.2]: SMTP error from remote mail server after RCPT "
                            "TO:<gone@y.example>: 550 5.1.1 User unknown\n";

} // namespace

void TestLogScanner::rotatedFolderIsReadOldestFirst()
{
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("rotated")));
    write(QStringLiteral("rotated/mainlog"), eximTimeout);
    write(QStringLiteral("rotated/mainlog.1"), eximHard);
    write(QStringLiteral("rotated/mainlog.2.gz"), gzip(eximArrival + eximDeferral));
    write(QStringLiteral("rotated/mainlog.10.gz"), gzip("2024-02-01 00:00:00 1rAbCd-00Faoy-Ux <= a@b P=local S=1\n"));

    QStringList errors;
    const QStringList files = LogScanner::expandPaths({m_dir.filePath(QStringLiteral("rotated"))}, &errors);
    QVERIFY(errors.isEmpty());
    QStringList names;
    for (const QString& file : files)
        names.append(QFileInfo(file).fileName());
    QCOMPARE(names,
        (QStringList {QStringLiteral("mainlog.10.gz"), QStringLiteral("mainlog.2.gz"), QStringLiteral("mainlog.1"),
            QStringLiteral("mainlog")}));

    BounceLedger ledger(BounceClassifier::builtIn());
    LogScanner scanner(ledger);
    scanner.setTimeZone(QTimeZone::utc());
    const ScanReport report = scanner.scan({m_dir.filePath(QStringLiteral("rotated"))});
    QCOMPARE(report.files.size(), 4);
    QVERIFY(!report.anyFileFailed());
    const RecipientRecord* full = ledger.find("full@x.example");
    QVERIFY(full);
    // The expiry in the newest file took its reason from the deferral in the oldest one.
    QCOMPARE(full->reason, BounceReason::MailboxFull);
    QCOMPARE(full->category, BounceCategory::Soft);
    QCOMPARE(full->lastReply, QByteArray("452 4.2.2 Mailbox full"));
    QCOMPARE(full->sender, QByteArray("alerts@jobs.example"));
    QCOMPARE(ledger.find("gone@y.example")->category, BounceCategory::Hard);
}

void TestLogScanner::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("compress");
    QTest::addColumn<int>("cut"); // bytes to keep of the compressed file, 0 for all
    QTest::addColumn<QString>("errorPart");
    QTest::addColumn<int>("binary");
    QTest::addColumn<int>("tooLong");
    QTest::addColumn<int>("malformed");
    QTest::addColumn<int>("events");

    QByteArray garbage(64 * 1024, '\0');
    QRandomGenerator random(42);
    random.fillRange(reinterpret_cast<quint32*>(garbage.data()), garbage.size() / 4);

    QTest::newRow("binary garbage is not a mail log")
        << garbage << false << 0
        << QStringLiteral("does not look like an Exim, Postfix or Sendmail log or a PowerMTA accounting file") << 0 << 0
        << 0 << 0;
    QTest::newRow("a text file that is not a mail log")
        << QByteArray("# My notes\nBuy milk.\n2024-01-01 is a date\n") << false << 0
        << QStringLiteral("does not look like an Exim, Postfix or Sendmail log or a PowerMTA accounting file") << 0 << 0
        << 0 << 0;
    QTest::newRow("an empty file says so")
        << QByteArray() << false << 0 << QStringLiteral("is empty") << 0 << 0 << 0 << 0;
    QTest::newRow("a 10 MB line is skipped and the rest is read")
        << eximArrival + eximDeferral + QByteArray(10 * 1024 * 1024, 'A') + '\n' + eximHard << false << 0 << QString()
        << 0 << 1 << 0 << 2;
    QTest::newRow("garbage lines inside a log are counted by kind")
        << eximArrival + QByteArray("\x01\x02\xff\xfe binary\0junk\n", 17) + "just some words\n" + eximHard << false
        << 0 << QString() << 1 << 0 << 1 << 1;
    QByteArray many;
    for (int i = 0; i < 20000; ++i)
        many += eximHard;
    QTest::newRow("a truncated gzip keeps the lines before the cut")
        << many << true << 3000 << QStringLiteral("cut short or damaged") << 0 << 0 << 0 << -1;
}

void TestLogScanner::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, compress);
    QFETCH(int, cut);
    QFETCH(QString, errorPart);
    QFETCH(int, binary);
    QFETCH(int, tooLong);
    QFETCH(int, malformed);
    QFETCH(int, events);

    QByteArray bytes = compress ? gzip(content) : content;
    if (cut)
        bytes.truncate(cut);
    const QString path = write(QStringLiteral("bad-%1.log")
                                   .arg(QString::fromLatin1(QTest::currentDataTag()))
                                   .replace(QLatin1Char(' '), QLatin1Char('-')),
        bytes);
    const QString good = write(QStringLiteral("good.log"), eximArrival + eximHard);

    BounceLedger ledger(BounceClassifier::builtIn());
    LogScanner scanner(ledger);
    const ScanReport report = scanner.scan({path, good});
    QCOMPARE(report.files.size(), 2);
    const FileReport& file = report.files[0];
    if (errorPart.isEmpty()) {
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
    } else {
        QVERIFY2(file.error.contains(errorPart), qPrintable(file.error));
        QVERIFY2(file.error.contains(QFileInfo(path).fileName()), "the message names the file");
    }
    QCOMPARE(int(file.skipped[size_t(SkipReason::Binary)]), binary);
    QCOMPARE(int(file.skipped[size_t(SkipReason::TooLong)]), tooLong);
    QCOMPARE(int(file.skipped[size_t(SkipReason::Malformed)]), malformed);
    if (events >= 0)
        QCOMPARE(int(file.events), events);
    else
        QVERIFY(file.events > 0);
    for (const FileProblem& problem : file.problems)
        QVERIFY2(
            problem.lineNumber > 0 && problem.message.contains(QLatin1String("line")), qPrintable(problem.message));
    // The next file is read whatever happened to this one.
    QCOMPARE(report.files[1].events, 1u);
    QVERIFY(report.files[1].error.isEmpty());
}

void TestLogScanner::unreadableFileIsNamedAndTheRestGoesOn()
{
    // Tests run as root in CI, where permission bits stop nobody; a socket cannot be read by anyone.
    QLocalServer server;
    const QString socketPath = m_dir.filePath(QStringLiteral("socket.log"));
    QVERIFY(server.listen(socketPath));
    const QString good = write(QStringLiteral("good2.log"), eximArrival + eximHard);

    BounceLedger ledger(BounceClassifier::builtIn());
    LogScanner scanner(ledger);
    const ScanReport report = scanner.scan({socketPath, good});
    QCOMPARE(report.files.size(), 2);
    QVERIFY(report.files[0].unreadable);
    QVERIFY2(report.files[0].error.contains(QLatin1String("socket.log")), qPrintable(report.files[0].error));
    QVERIFY(report.anyFileFailed());
    QCOMPARE(report.files[1].events, 1u);
}

void TestLogScanner::postfixLogAcrossNewYearComesOutInOrder()
{
    const QByteArray tail = " mail postfix/smtp[1]: ABCDEF1: to=<a@x.example>, relay=mx.x.example[192.0.2.1]:25, "
                            "delay=0, delays=0/0/0/0, dsn=5.2.2, status=bounced (host mx.x.example[192.0.2.1] said: "
                            "552 5.2.2 Mailbox full (in reply to RCPT TO command))\n";
    const QString path = write(QStringLiteral("maillog"), "Dec 28 10:00:00" + tail + "Jan  3 10:00:00" + tail);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(
        QDateTime(QDate(2025, 1, 4), QTime(12, 0), QTimeZone::utc()), QFileDevice::FileModificationTime));
    file.close();

    BounceLedger ledger(BounceClassifier::builtIn());
    LogScanner scanner(ledger);
    scanner.setTimeZone(QTimeZone::utc());
    const ScanReport report = scanner.scan({path});
    QCOMPARE(report.files[0].format, LogFormat::Postfix);
    const RecipientRecord* r = ledger.find("a@x.example");
    QVERIFY(r);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(r->firstSeen, QTimeZone::utc()).date(), QDate(2024, 12, 28));
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(r->lastSeen, QTimeZone::utc()).date(), QDate(2025, 1, 3));
}

void TestLogScanner::everyFormatIsDetected_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<LogFormat>("format");

    QTest::newRow("an Exim main log") << eximArrival + eximHard << LogFormat::Exim;
    QTest::newRow("a Postfix log among other daemons")
        << QByteArray("Mar  1 10:00:00 mail dovecot[9]: imap-login: Login: user=<x>\n"
                      "Mar  1 10:00:01 mail postfix/qmgr[1]: 1A2B3C4D5E: removed\n")
        << LogFormat::Postfix;
    QTest::newRow("a Sendmail log as sendmail and sm-mta")
        << QByteArray("Dec  4 22:53:03 lab sendmail[1]: 6B4Mr3Kj027237: from=a@b.example, size=1, nrcpts=1\n"
                      "Dec  4 22:53:08 lab sm-mta[2]: 6B4Mr3Kj027237: to=c@d.example, dsn=2.0.0, stat=Sent\n")
        << LogFormat::Sendmail;
    QTest::newRow("a PowerMTA accounting file by its header")
        << QByteArray("type,timeLogged,orig,rcpt,dsnStatus\nb,2017-08-22 10:45:32+0200,a@b.example,c@d.example,5.1.1\n")
        << LogFormat::PowerMta;
    QTest::newRow("a PowerMTA accounting file cut before its header")
        << QByteArray("d,1178807903,a@b.example,c@d.example\nb,1178807915,a@b.example,e@d.example,,policy-related\n")
        << LogFormat::PowerMta;
    QTest::newRow("another CSV file is no mail log")
        << QByteArray("name,email\nAnn,ann@example.com\nBob,bob@example.com\n") << LogFormat::Unknown;
}

void TestLogScanner::everyFormatIsDetected()
{
    QFETCH(QByteArray, head);
    QFETCH(LogFormat, format);
    QCOMPARE(detectLogFormat(head), format);

    const QString path = write(
        QStringLiteral("detect-%1.log").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'), head);
    BounceLedger ledger(BounceClassifier::builtIn());
    LogScanner scanner(ledger);
    const ScanReport report = scanner.scan({path});
    QCOMPARE(report.files[0].format, format);
    QCOMPARE(report.files[0].notMailLog, format == LogFormat::Unknown);
    if (format == LogFormat::Unknown) {
        // The owner learns which formats would have been read.
        for (const char* name : {"Exim", "Postfix", "Sendmail", "PowerMTA"})
            QVERIFY2(report.files[0].error.contains(QLatin1String(name)), qPrintable(report.files[0].error));
    }
}

void TestLogScanner::cancelStopsTheScan()
{
    QByteArray many;
    for (int i = 0; i < 100000; ++i)
        many += eximHard;
    const QString path = write(QStringLiteral("many.log"), many);
    BounceLedger ledger(BounceClassifier::builtIn());
    LogScanner scanner(ledger);
    std::atomic_bool cancel {false};
    scanner.setCancelFlag(&cancel);
    // Cancel as the first block is read, as the Cancel button would mid-scan.
    scanner.setProgressHandler([&](qint64, qint64) { cancel = true; });
    const ScanReport report = scanner.scan({path});
    QVERIFY(report.cancelled);
    QVERIFY(ledger.eventCount() > 0);
    QVERIFY(ledger.eventCount() < 100000);
}

void TestLogScanner::aNewScanReplacesTheRunningOne()
{
    QByteArray many;
    for (int i = 0; i < 200000; ++i)
        many += eximHard;
    BounceScanRequest big;
    big.paths = {write(QStringLiteral("big.log"), many)};
    BounceScanRequest small;
    small.paths = {write(QStringLiteral("small.log"), eximArrival + eximDeferral)};

    // Started again while it runs (the board connection changed, F5): only the new scan reports.
    BounceScanJob job;
    QSignalSpy finished(&job, &BounceScanJob::finished);
    job.start(big);
    QVERIFY(job.isRunning());
    job.start(small);
    QVERIFY(finished.wait(60000));
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    auto result = finished.front().front().value<std::shared_ptr<BounceScanResult>>();
    QVERIFY(!result->report.cancelled);
    QCOMPARE(result->files, small.paths);
    QCOMPARE(result->recipients.size(), std::size_t(1));
    QCOMPARE(result->recipients.front().address, QByteArray("full@x.example"));
    QVERIFY(!job.isRunning());

    // Cancel drops the waiting scan too: one report, of the cancelled scan.
    finished.clear();
    job.start(big);
    job.start(small);
    job.cancel();
    QVERIFY(finished.wait(60000));
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    result = finished.front().front().value<std::shared_ptr<BounceScanResult>>();
    QVERIFY(result->report.cancelled);
    QVERIFY(!result->files.contains(small.paths.front()));
    QVERIFY(!job.isRunning());
}

void TestLogScanner::missingPathIsAnError()
{
    BounceLedger ledger(BounceClassifier::builtIn());
    LogScanner scanner(ledger);
    const ScanReport report = scanner.scan({m_dir.filePath(QStringLiteral("nothing-here.log"))});
    QCOMPARE(report.errors.size(), 1);
    QVERIFY(report.errors[0].contains(QLatin1String("nothing-here.log")));
    QVERIFY(report.anyFileFailed());
}

namespace {

// Everything a scan concluded, as text that two scans can be compared by.
QByteArrayList digest(const BounceLedger& ledger, const ScanReport& report)
{
    QByteArrayList out;
    for (const FileReport& file : report.files) {
        QByteArray line = "file lines=" + QByteArray::number(file.lines) + " events=" + QByteArray::number(file.events);
        for (const quint64 skipped : file.skipped)
            line += " " + QByteArray::number(skipped);
        for (const FileProblem& problem : file.problems)
            line += " @" + QByteArray::number(problem.lineNumber) + ":" + problem.message.toUtf8();
        out.append(line);
    }
    for (const RecipientRecord& r : ledger.recipients()) {
        QByteArray line = r.address + " " + QByteArray::number(int(r.category)) + " "
            + QByteArray::number(int(r.reason)) + " f" + QByteArray::number(r.failures) + " d"
            + QByteArray::number(r.deferrals) + " ok" + QByteArray::number(r.deliveries) + " "
            + QByteArray::number(r.firstSeen) + "-" + QByteArray::number(r.lastSeen) + " " + r.lastStatus + " "
            + r.lastReply + " " + r.remoteHost + " " + r.remoteIp + " " + r.sender;
        for (const EventTrace& t : r.recent)
            line += " " + QByteArray::number(t.source.lineNumber) + "/" + QByteArray::number(t.source.offset);
        out.append(line);
    }
    out.append("events " + QByteArray::number(ledger.eventCount()));
    return out;
}

} // namespace

// Lines are lexed on several threads in blocks and applied in order: neither the number of
// threads nor where blocks end may change a thing, on either format, with bad lines mixed in.
void TestLogScanner::threadsAndBlockSizesDoNotChangeResults()
{
    DemoBoardFiles demo;
    QString error;
    QVERIFY2(DemoBoard::generate(m_dir.filePath(QStringLiteral("demo")), &demo, &error), qPrintable(error));
    QFile postfixFile(demo.postfixLog);
    QVERIFY(postfixFile.open(QIODevice::ReadOnly));
    QByteArray mixed = postfixFile.readAll();
    // Garbage, an over-long line, CRLF and binary lines at places spread through the log.
    const QByteArrayList bad {"not a log line", QByteArray(5000, 'x'), QByteArray("bin\0ary", 7),
        "Mar  1 10:00:00 mail postfix/smtp[1]: 4A1B2C3D4E: to=<>, status=bounced (empty)\r"};
    for (qsizetype at = mixed.size() / 3, i = 0; i < bad.size(); ++i, at += mixed.size() / 7) {
        at = mixed.indexOf('\n', at) + 1;
        mixed.insert(at, bad[i] + "\n");
    }
    const QStringList inputs {demo.eximLog, demo.postfixLog, write(QStringLiteral("mixed.log"), mixed)};

    for (const QString& input : inputs) {
        QByteArrayList reference;
        for (const int threads : {1, 2, 3}) {
            for (const qint64 blockSize : {qint64(0), qint64(4096), qint64(300)}) {
                BounceLedger ledger(BounceClassifier::builtIn());
                LogScanner scanner(ledger);
                scanner.setTimeZone(QTimeZone::utc());
                scanner.setMaxLineLength(2000);
                scanner.setThreads(threads);
                scanner.setBlockSize(blockSize);
                const QByteArrayList got = digest(ledger, scanner.scan({input}));
                if (reference.isEmpty()) {
                    reference = got;
                    QVERIFY(reference.size() > 100);
                    continue;
                }
                if (got != reference) {
                    for (qsizetype i = 0; i < std::min(got.size(), reference.size()); ++i) {
                        if (got[i] != reference[i]) {
                            qWarning() << "first difference:" << got[i] << "against" << reference[i];
                            break;
                        }
                    }
                }
                QVERIFY2(got == reference,
                    qPrintable(QStringLiteral("%1 with %2 threads, blocks of %3")
                                   .arg(QFileInfo(input).fileName())
                                   .arg(threads)
                                   .arg(blockSize)));
            }
        }
        if (input.endsWith(QLatin1String("mixed.log")))
            QVERIFY(reference[0].contains("line is longer") || reference[0].contains("longer than"));
    }
}

QTEST_GUILESS_MAIN(TestLogScanner)
#include "TestLogScanner.moc"
