// SPDX-License-Identifier: GPL-3.0-or-later
//
// Checks what mailroom-cli makes of a log written by a real MTA that delivered the lab's
// scenarios to the scripted SMTP peer (lab_smtp_peer.py), and what it makes of the bounce
// notifications the MTA sent the board for the same scenarios. By default it reads the Postfix
// recording in tests/data/postfix-lab; run-exim-lab.sh points it at a fresh Exim main log and
// mbox through MAILROOM_LAB_LOG, MAILROOM_LAB_MAILBOX and MAILROOM_LAB_EXPECTED.

#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QStringList>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using CsvRecord = QStringList;

// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. The CLI's diagnostic
// column holds all three for multi-line SMTP replies.
QList<CsvRecord> parseCsv(const QString& text)
{
    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
                record.append(field);
                records.append(record);
            }
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    return records;
}

QString fromEnvironment(const char* name, const QString& fallback)
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? fallback : value;
}

const QStringList& agreedColumns()
{
    static const QStringList columns = {u"address"_s, u"category"_s, u"reason"_s, u"events"_s, u"first_seen"_s,
        u"last_seen"_s, u"last_code"_s, u"last_status"_s, u"remote_ip"_s, u"sender"_s, u"user_id"_s, u"diagnostic"_s};
    return columns;
}

} // namespace

class MtaLabBouncesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printsTheAgreedColumns();
    void classifiesEveryScenario_data();
    void classifiesEveryScenario();
    void leavesRecipientsOutsideTheTableUnbounced();
    void bounceMailAgreesWithTheLog();

private:
    QString describe(const QHash<QString, QString>& row) const;
    // Runs mailroom-cli bounces on path; rows keyed by lower-cased address.
    static bool readReport(const QString& path, QStringList* header, QHash<QString, QHash<QString, QString>>* rows);

    QString m_logPath;
    QStringList m_header;
    // Keyed by the lower-cased address; each row maps column name to value.
    QHash<QString, QHash<QString, QString>> m_rows;
    QList<CsvRecord> m_expected;
};

void MtaLabBouncesTest::initTestCase()
{
    m_logPath = fromEnvironment("MAILROOM_LAB_LOG", QStringLiteral(MAILROOM_TEST_DATA "/postfix-lab/maillog"));
    const QString expectedPath
        = fromEnvironment("MAILROOM_LAB_EXPECTED", QStringLiteral(MAILROOM_TEST_DATA "/postfix-lab/expected.csv"));

    QFile expectedFile(expectedPath);
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedPath));
    m_expected = parseCsv(QString::fromUtf8(expectedFile.readAll()));
    QVERIFY2(m_expected.size() > 1, "the expected table has no scenarios");
    QCOMPARE(m_expected.first(),
        (QStringList {u"scenario"_s, u"sender"_s, u"recipient"_s, u"category"_s, u"reason"_s, u"last_code"_s}));
    m_expected.removeFirst();

    QVERIFY(readReport(m_logPath, &m_header, &m_rows));
}

bool MtaLabBouncesTest::readReport(
    const QString& path, QStringList* header, QHash<QString, QHash<QString, QString>>* rows)
{
    const QString cli = fromEnvironment("MAILROOM_CLI", QStringLiteral(MAILROOM_CLI));
    QProcess process;
    process.start(cli, {u"bounces"_s, u"--all"_s, u"--format"_s, u"csv"_s, path});
    [&] {
        QVERIFY2(process.waitForStarted(10'000), qPrintable(cli + u": "_s + process.errorString()));
        QVERIFY2(process.waitForFinished(120'000), "mailroom-cli did not finish within 120 s");
    }();
    if (QTest::currentTestFailed())
        return false;
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    [&] {
        QVERIFY2(process.exitStatus() == QProcess::NormalExit, qPrintable(u"crashed: "_s + errors));
        QVERIFY2(process.exitCode() == 0, qPrintable(u"exit code %1: %2"_s.arg(process.exitCode()).arg(errors)));
    }();
    if (QTest::currentTestFailed())
        return false;

    const QList<CsvRecord> records = parseCsv(QString::fromUtf8(process.readAllStandardOutput()));
    [&] { QVERIFY2(!records.isEmpty(), "mailroom-cli printed nothing, not even a header"); }();
    if (QTest::currentTestFailed())
        return false;
    *header = records.first();
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord& record = records.at(r);
        [&] {
            QVERIFY2(record.size() == header->size(),
                qPrintable(u"%1: row %2 has %3 fields, the header %4: %5"_s.arg(path)
                               .arg(r)
                               .arg(record.size())
                               .arg(header->size())
                               .arg(record.join(u','))));
        }();
        if (QTest::currentTestFailed())
            return false;
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < header->size(); ++c)
            row.insert(header->at(c), record.at(c));
        const QString address = row.value(u"address"_s).toLower();
        [&] { QVERIFY2(!rows->contains(address), qPrintable(path + u": two rows for "_s + address)); }();
        if (QTest::currentTestFailed())
            return false;
        rows->insert(address, row);
    }
    return true;
}

void MtaLabBouncesTest::printsTheAgreedColumns()
{
    QCOMPARE(m_header, agreedColumns());
}

void MtaLabBouncesTest::classifiesEveryScenario_data()
{
    QTest::addColumn<QString>("sender");
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("lastCode");

    for (const CsvRecord& scenario : std::as_const(m_expected)) {
        QVERIFY2(scenario.size() == 6, qPrintable(scenario.join(u',')));
        QTest::newRow(qPrintable(scenario.at(0)))
            << scenario.at(1) << scenario.at(2) << scenario.at(3) << scenario.at(4) << scenario.at(5);
    }
}

void MtaLabBouncesTest::classifiesEveryScenario()
{
    QFETCH(QString, sender);
    QFETCH(QString, recipient);
    QFETCH(QString, category);
    QFETCH(QString, reason);
    QFETCH(QString, lastCode);

    const auto found = m_rows.constFind(recipient.toLower());
    QVERIFY2(found != m_rows.constEnd(), qPrintable(u"no row for %1 in the report of %2"_s.arg(recipient, m_logPath)));
    const QHash<QString, QString>& row = *found;

    QVERIFY2(row.value(u"category"_s) == category,
        qPrintable(u"category: expected %1, got %2; %3"_s.arg(category, row.value(u"category"_s), describe(row))));
    // An empty reason in the table means the category is firm but the reason is a judgement
    // call (a generic 4.3.2 deferral could be systemerror, networkerror or expired).
    if (!reason.isEmpty()) {
        QVERIFY2(row.value(u"reason"_s) == reason,
            qPrintable(u"reason: expected %1, got %2; %3"_s.arg(reason, row.value(u"reason"_s), describe(row))));
    }
    // A final expiry has no reply of its own; the last reply is the last deferral's. No code is
    // expected for mail delivered in the end: "last reply" could be the 250 or the last refusal.
    if (!lastCode.isEmpty()) {
        QVERIFY2(row.value(u"last_code"_s) == lastCode,
            qPrintable(
                u"last_code: expected %1, got %2; %3"_s.arg(lastCode, row.value(u"last_code"_s), describe(row))));
    }
    QVERIFY2(row.value(u"sender"_s).compare(sender, Qt::CaseInsensitive) == 0,
        qPrintable(u"sender: expected %1, got %2; %3"_s.arg(sender, row.value(u"sender"_s), describe(row))));

    // A delivered address may have no failure to count or date; a bounce always has both.
    const bool bounced = category != u"none"_s;
    bool countOk = false;
    const int events = row.value(u"events"_s).toInt(&countOk);
    QVERIFY2(countOk && events >= (bounced ? 1 : 0),
        qPrintable(u"events: expected a count of at least %1; "_s.arg(bounced ? 1 : 0) + describe(row)));
    if (!bounced && row.value(u"first_seen"_s).isEmpty() && row.value(u"last_seen"_s).isEmpty())
        return;

    // Postfix's syslog-style stamps carry no year. A year inferred wrongly shows as times out of
    // order or in the future (the recording is older than any run of this test); a day of slack
    // covers a log written in local time.
    const QDateTime first = QDateTime::fromString(row.value(u"first_seen"_s), Qt::ISODateWithMs);
    const QDateTime last = QDateTime::fromString(row.value(u"last_seen"_s), Qt::ISODateWithMs);
    QVERIFY2(
        first.isValid() && last.isValid(), qPrintable(u"first_seen/last_seen are not ISO 8601; "_s + describe(row)));
    QVERIFY2(first <= last, qPrintable(u"first_seen after last_seen; "_s + describe(row)));
    QVERIFY2(last <= QDateTime::currentDateTimeUtc().addDays(1),
        qPrintable(u"last_seen lies in the future; "_s + describe(row)));
}

void MtaLabBouncesTest::leavesRecipientsOutsideTheTableUnbounced()
{
    // The bounce notifications themselves (to the board, or back to a recruiter's own server)
    // are delivered mail; nothing else may show up as a bounce.
    QSet<QString> scripted;
    for (const CsvRecord& scenario : std::as_const(m_expected))
        scripted.insert(scenario.value(2).toLower());

    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (scripted.contains(it.key()))
            continue;
        QVERIFY2(it->value(u"category"_s) == u"none"_s,
            qPrintable(u"unscripted recipient reported as a bounce; "_s + describe(*it)));
    }
}

void MtaLabBouncesTest::bounceMailAgreesWithTheLog()
{
    // The notifications the MTA sent the board: every scenario of the board's own mail that
    // failed has one, and it must say what the log said.
    const QString mailbox
        = fromEnvironment("MAILROOM_LAB_MAILBOX", QStringLiteral(MAILROOM_TEST_DATA "/postfix-lab/bounces.mbox"));
    QStringList header;
    QHash<QString, QHash<QString, QString>> fromMail;
    QVERIFY(readReport(mailbox, &header, &fromMail));
    QCOMPARE(header, agreedColumns());

    QString board;
    int compared = 0;
    for (const CsvRecord& scenario : std::as_const(m_expected)) {
        const QString recipient = scenario.value(2).toLower();
        const auto inLog = m_rows.constFind(recipient);
        const auto inMail = fromMail.constFind(recipient);
        if (board.isEmpty())
            board = scenario.value(1).toLower(); // the first scenario's sender is the board
        const bool boardsMail = scenario.value(1).toLower() == board;
        if (!boardsMail || scenario.value(3) == u"none"_s) {
            QVERIFY2(inMail == fromMail.constEnd() || inMail->value(u"category"_s) == u"none"_s,
                qPrintable(recipient + u" has a bounce notice in "_s + mailbox + u" it should not have"_s));
            continue;
        }
        QVERIFY2(inMail != fromMail.constEnd(), qPrintable(u"no notice for %1 in %2"_s.arg(recipient, mailbox)));
        QVERIFY(inLog != m_rows.constEnd());
        // An empty reason in the table: only the category is firm (a log may hold less of the
        // reply than the notice does).
        QStringList columns = {u"category"_s, u"last_code"_s, u"last_status"_s};
        if (!scenario.value(4).isEmpty())
            columns << u"reason"_s;
        for (const QString& column : std::as_const(columns)) {
            QVERIFY2(inMail->value(column) == inLog->value(column),
                qPrintable(u"%1: the notice says %2 %3, the log %4; notice: %5"_s.arg(
                    recipient, column, inMail->value(column), inLog->value(column), inMail->value(u"diagnostic"_s))));
        }
        QCOMPARE(inMail->value(u"sender"_s).toLower(), board);
        ++compared;
    }
    QVERIFY2(compared >= 5, "fewer than five failed scenarios of the board's mail to compare");
    qInfo("%d bounce notices agree with the log", compared);
}

QString MtaLabBouncesTest::describe(const QHash<QString, QString>& row) const
{
    return u"address=%1 reason=%2 first_seen=%3 last_seen=%4 last_code=%5 last_status=%6 "
           u"diagnostic=%7 (log %8)"_s.arg(row.value(u"address"_s), row.value(u"reason"_s), row.value(u"first_seen"_s),
               row.value(u"last_seen"_s), row.value(u"last_code"_s), row.value(u"last_status"_s),
               row.value(u"diagnostic"_s), m_logPath);
}

QTEST_GUILESS_MAIN(MtaLabBouncesTest)
#include "MtaLabBouncesTest.moc"
