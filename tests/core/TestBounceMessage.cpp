#include "bounces/BounceClassifier.h"
#include "mail/BounceMessage.h"
#include "mail/Mailbox.h"
#include "mail/MimeMessage.h"
#include "mail/NoticeText.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

// MIME reading and the standard bounce structures, on hand-made messages and on the Sisimai
// corpus (../shared/corpus/sisimai).
class TestBounceMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headersUnfoldAndDecode();
    void transferEncodingsAndCharsets();
    void multipartTreesAreWalked();
    void brokenStructuresAreReadAsFarAsTheyGo();
    void aDeliveryStatusNotification();
    void noticeDatesInEveryZoneForm();
    void corpusStandardNotices();
    void mailboxesAreReadMessageByMessage();
    void theCorpusAsAnMboxComesBackWhole();

private:
    static QByteArray corpusFile(const QString& name);
};

QByteArray TestBounceMessage::corpusFile(const QString& name)
{
    QFile file(QStringLiteral(MAILROOM_SHARED_DIR "/corpus/sisimai/emails/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestBounceMessage::headersUnfoldAndDecode()
{
    const MimeMessage m = MimeMessage::parse("From MAILER-DAEMON Mon Jan  1 00:00:00 2024\r\n"
                                             "Subject: =?UTF-8?B?w5xiZXI=?= =?ISO-8859-1?Q?_Gr=F6=DFe?=\r\n"
                                             "X-Long: first\r\n"
                                             "\tsecond\r\n"
                                             "  third\r\n"
                                             "To: plain text =?utf-8?q?caf=C3=A9?= end\r\n"
                                             "\r\n"
                                             "body\r\n");
    QCOMPARE(m.decodedHeader("subject"), u"Über Größe"_s);
    QCOMPARE(m.header("X-Long"), QByteArray("first\tsecond  third"));
    QCOMPARE(m.decodedHeader("To"), u"plain text café end"_s);
    QCOMPARE(m.parts().size(), 1);
    QCOMPARE(m.parts().front().contentType, QByteArray("text/plain"));
    QCOMPARE(m.parts().front().body, QByteArray("body\n"));
}

void TestBounceMessage::transferEncodingsAndCharsets()
{
    const MimeMessage m = MimeMessage::parse("Content-Type: multipart/mixed; boundary=\"b;1\"\n\n"
                                             "--b;1\n"
                                             "Content-Type: text/plain; charset=iso-8859-1\n"
                                             "Content-Transfer-Encoding: quoted-printable\n\n"
                                             "Gr=FC=DFe, a soft=\n break and a lone = sign\n"
                                             "--b;1\n"
                                             "Content-Type: text/plain; charset=\"utf-8\"\n"
                                             "Content-Transfer-Encoding: base64\n\n"
                                             "5p2x5Lqs\n"
                                             "--b;1--\n");
    QCOMPARE(m.parts().size(), 2);
    QCOMPARE(m.parts()[0].text(), u"Grüße, a soft break and a lone = sign"_s);
    QCOMPARE(m.parts()[1].text(), u"東京"_s);
    QVERIFY(m.problems().isEmpty());
}

void TestBounceMessage::multipartTreesAreWalked()
{
    const MimeMessage m = MimeMessage::parse("Content-Type: multipart/report; report-type=delivery-status;\n"
                                             "  boundary=outer\n\n"
                                             "preamble\n"
                                             "--outer\n"
                                             "Content-Type: multipart/alternative; boundary=inner\n\n"
                                             "--inner\n\nplain\n--inner\nContent-Type: text/html\n\n<p>html</p>\n"
                                             "--inner--\n"
                                             "--outer\n"
                                             "Content-Type: message/delivery-status\n\n"
                                             "Reporting-MTA: dns; mx.example\n"
                                             "--outer--\n"
                                             "epilogue\n");
    QCOMPARE(m.parts().size(), 3);
    QCOMPARE(m.parts()[0].body, QByteArray("plain"));
    QCOMPARE(m.parts()[0].depth, 2);
    QCOMPARE(m.parts()[1].contentType, QByteArray("text/html"));
    QCOMPARE(m.parts()[2].contentType, QByteArray("message/delivery-status"));
    QVERIFY(m.problems().isEmpty());
}

void TestBounceMessage::brokenStructuresAreReadAsFarAsTheyGo()
{
    // No closing boundary: the last part runs to the end, and that is said.
    MimeMessage m = MimeMessage::parse("Content-Type: multipart/mixed; boundary=x\n\n--x\n\nfirst\n--x\n\nsecond\n");
    QCOMPARE(m.parts().size(), 2);
    QCOMPARE(m.parts()[1].body, QByteArray("second\n"));
    QCOMPARE(m.problems().size(), 1);

    // No boundary parameter: read as text.
    m = MimeMessage::parse("Content-Type: multipart/mixed\n\nwhatever\n");
    QCOMPARE(m.parts().size(), 1);
    QVERIFY(!m.problems().isEmpty());

    // Boundaries nested thousands deep: cut at MaxDepth, no crash, no hang.
    QByteArray deep;
    for (int i = 0; i < 5000; ++i)
        deep += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\n\n--b" + QByteArray::number(i)
            + "\n";
    deep += "\nleaf\n";
    m = MimeMessage::parse(deep);
    QVERIFY(m.parts().isEmpty());
    QVERIFY(std::any_of(
        m.problems().begin(), m.problems().end(), [](const QString& p) { return p.contains(u"deeper than"_s); }));

    // Not a message at all.
    m = MimeMessage::parse(QByteArray("\x00\x01\x02 binary \xff\xfe", 12));
    QCOMPARE(BounceMessage::read(m).kind, BounceMessage::Kind::NotABounce);
}

void TestBounceMessage::aDeliveryStatusNotification()
{
    const MimeMessage m
        = MimeMessage::parse("Subject: Undelivered Mail Returned to Sender\n"
                             "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
                             "--B\n\nThe mail system could not deliver.\n"
                             "--B\nContent-Type: message/delivery-status\n\n"
                             "Reporting-MTA: dns; mail.jobs.example\n"
                             "X-Postfix-Queue-ID: 4Zx\n\n"
                             "Final-Recipient: rfc822; <Anna@Example.org>\n"
                             "Original-Recipient: rfc822;anna@example.org\n"
                             "Action: failed\n"
                             "Status: 5.0.0\n"
                             "Remote-MTA: dns; mx.example.org\n"
                             "Diagnostic-Code: smtp; 550 5.1.1 <anna@example.org>: Recipient address\n"
                             "    rejected: User unknown in virtual mailbox table\n\n"
                             "Final-Recipient: rfc822; slow@example.net\n"
                             "Action: delayed\n"
                             "Status: 4.4.1\n"
                             "--B\nContent-Type: text/rfc822-headers\n\n"
                             "Message-ID: <alert-42@jobs.example>\n"
                             "Subject: =?UTF-8?Q?Neue_Stellen_f=C3=BCr_Sie?=\n"
                             "--B--\n");
    const BounceMessage b = BounceMessage::read(m);
    QCOMPARE(b.kind, BounceMessage::Kind::Bounce);
    QCOMPARE(b.reportingMta, QByteArray("mail.jobs.example"));
    QCOMPARE(b.recipients.size(), 2);
    QCOMPARE(b.recipients[0].address, QByteArray("anna@example.org"));
    QCOMPARE(b.recipients[0].action, DeliveryAction::Failed);
    QCOMPARE(b.recipients[0].status, QByteArray("5.1.1")); // the diagnostic's status wins over 5.0.0
    QCOMPARE(b.recipients[0].replyCode, quint16(550));
    QCOMPARE(b.recipients[0].remoteHost, QByteArray("mx.example.org"));
    QCOMPARE(b.recipients[0].diagnostic,
        QByteArray("550 5.1.1 <anna@example.org>: Recipient address rejected: User unknown in virtual mailbox table"));
    QCOMPARE(b.recipients[1].action, DeliveryAction::Delayed);
    QCOMPARE(b.originalMessageId, QByteArray("<alert-42@jobs.example>"));
    QCOMPARE(b.originalSubject, u"Neue Stellen für Sie"_s);
}

void TestBounceMessage::noticeDatesInEveryZoneForm()
{
    // Numeric offsets, a comment after them, and the obsolete names Sendmail still writes.
    const qint64 expected = QDateTime(QDate(2026, 12, 4), QTime(22, 53, 3), Qt::UTC).toMSecsSinceEpoch();
    for (const char* date : {"Fri, 04 Dec 2026 22:53:03 +0000", "Fri,  4 Dec 2026 22:53:03 +0000 (UTC)",
             "Fri, 4 Dec 2026 22:53:03 GMT", "Fri, 4 Dec 2026 17:53:03 EST", "4 Dec 2026 14:53:03 PST"}) {
        const BounceMessage b = BounceMessage::read(MimeMessage::parse(QByteArray("Date: ") + date + "\n\nx\n"));
        QVERIFY2(b.time == expected, date);
    }
    QCOMPARE(BounceMessage::read(MimeMessage::parse("Date: yesterday\n\nx\n")).time, qint64(0));
}

void TestBounceMessage::corpusStandardNotices()
{
    QFile expected(QStringLiteral(MAILROOM_SHARED_DIR "/corpus/sisimai/expected.jsonl"));
    if (!expected.open(QIODevice::ReadOnly))
        QSKIP("the Sisimai corpus is not beside the project (../shared/corpus/sisimai)");
    QMap<QString, QList<QJsonObject>> byFile;
    for (const QByteArray& line : expected.readAll().split('\n')) {
        if (!line.trimmed().isEmpty()) {
            const QJsonObject row = QJsonDocument::fromJson(line).object();
            byFile[row.value(u"file"_s).toString()].append(row);
        }
    }
    // Deliberate differences, with their reasons, beside this test.
    QFile listedFile(QStringLiteral(MAILROOM_TEST_SOURCE_DIR "/TestBounceMessage.differences"));
    QVERIFY(listedFile.open(QIODevice::ReadOnly));
    QSet<QString> differences;
    for (const QByteArray& line : listedFile.readAll().split('\n')) {
        if (!line.startsWith('#') && !line.trimmed().isEmpty())
            differences.insert(QString::fromUtf8(line.left(line.indexOf('\t'))).trimmed());
    }
    int rows = 0;
    int found = 0;
    int standardFiles = 0;
    int sameReason = 0;
    int sameCategory = 0;
    // The same over the rows not listed as deliberate differences.
    int unlisted = 0;
    int unlistedFound = 0;
    int unlistedReason = 0;
    int unlistedCategory = 0;
    QStringList madeHard;
    QStringList madeHardUnlisted;
    const BounceClassifier& classifier = BounceClassifier::builtIn();
    QStringList standardMisses;
    // MAILROOM_CORPUS_DETAILS=1 lists every row that differs, for working on the rules.
    const bool details = qEnvironmentVariableIntValue("MAILROOM_CORPUS_DETAILS") != 0;
    for (auto it = byFile.constBegin(); it != byFile.constEnd(); ++it) {
        const QByteArray data = corpusFile(it.key());
        QVERIFY2(!data.isEmpty(), qPrintable(it.key()));
        const MimeMessage message = MimeMessage::parse(data);
        const BounceMessage b = BounceMessage::read(message);
        const QList<DeliveryEvent> events = b.events(classifier);
        if (details && qEnvironmentVariable("MAILROOM_CORPUS_FILE") == it.key()) {
            qInfo("notice text of %s:\n%s", qPrintable(it.key()), NoticeText::of(message).constData());
            for (const MimeMessage::Part& part : message.parts())
                qInfo("part: %s, %lld bytes", part.contentType.constData(), qlonglong(part.body.size()));
            for (const QString& problem : message.problems())
                qInfo("problem: %s", qPrintable(problem));
            for (const BounceMessage::Recipient& r : b.recipients)
                qInfo("read: %s [%s] %s", r.address.constData(), r.command.constData(),
                    r.diagnostic.left(100).constData());
        }
        // Where the notice has the standard part, what it says must be read.
        const auto has = [&](QByteArrayView type) {
            return std::any_of(message.parts().begin(), message.parts().end(),
                [&](const MimeMessage::Part& p) { return p.contentType == type; });
        };
        if (has("message/feedback-report"))
            QVERIFY2(b.kind == BounceMessage::Kind::Feedback, qPrintable(it.key()));
        if (it.key().startsWith(u"rfc3834-"_s))
            QVERIFY2(b.kind == BounceMessage::Kind::AutoReply, qPrintable(it.key()));
        const bool standard = has("message/delivery-status");
        standardFiles += standard ? 1 : 0;
        for (const QJsonObject& row : it.value()) {
            ++rows;
            const QByteArray address = row.value(u"recipient"_s).toString().toUtf8().toLower();
            const auto recipient = std::find_if(b.recipients.begin(), b.recipients.end(),
                [&](const BounceMessage::Recipient& r) { return r.address == address; });
            const bool hit = recipient != b.recipients.end();
            found += hit ? 1 : 0;
            // Reason and category, as the log classifier gives them, against Sisimai's.
            BounceReason theirs = BounceReason::Undefined;
            const bool known = reasonFromName(row.value(u"reason"_s).toString().toLatin1(), &theirs);
            BounceReason ours = BounceReason::Undefined;
            if (hit || b.kind == BounceMessage::Kind::Feedback || b.kind == BounceMessage::Kind::AutoReply) {
                // As a scan classifies them: BounceMessage::events().
                const auto event = std::find_if(
                    events.begin(), events.end(), [&](const DeliveryEvent& e) { return e.recipient == address; });
                ours = b.kind == BounceMessage::Kind::Feedback ? BounceReason::Feedback
                    : b.kind == BounceMessage::Kind::AutoReply ? BounceReason::Vacation
                    : event != events.end()                    ? event->reason.value_or(BounceReason::Undefined)
                                                               : BounceReason::Undefined;
            }
            const QString key = it.key() + u' ' + QString::fromUtf8(address);
            const bool listed = differences.contains(key);
            const bool agrees = known && ours == theirs;
            const bool categoryAgrees = known && categoryOf(ours) == categoryOf(theirs);
            const bool hardened
                = known && categoryOf(ours) == BounceCategory::Hard && categoryOf(theirs) != BounceCategory::Hard;
            sameReason += agrees ? 1 : 0;
            sameCategory += categoryAgrees ? 1 : 0;
            const QString hardenedText
                = key + u": "_s + row.value(u"reason"_s).toString() + u" -> "_s + QString::fromLatin1(reasonName(ours));
            if (hardened)
                madeHard << hardenedText;
            if (!listed) {
                ++unlisted;
                unlistedFound += hit ? 1 : 0;
                unlistedReason += agrees ? 1 : 0;
                unlistedCategory += categoryAgrees ? 1 : 0;
                if (hardened)
                    madeHardUnlisted << hardenedText;
            }
            if (details && (!hit || ours != theirs)) {
                const QByteArray diagnostic = hit ? recipient->diagnostic.left(160) : QByteArray();
                qInfo("%s\t%s\t%s\t%s", qPrintable(key), hit ? reasonName(ours).data() : "NOT-FOUND",
                    row.value(u"reason"_s).toString().toLatin1().constData(), diagnostic.constData());
            }
            if (listed) {
                QVERIFY2(!hit || !agrees, qPrintable(key + u" is listed as a difference but agrees now"_s));
                continue;
            }
            if (!hit && standard)
                standardMisses << key;
        }
    }
    // The figures of issue 7.
    qInfo("recipients found: %d of %d (%.1f%%); %d of %d notices have a delivery-status part", found, rows,
        100.0 * found / rows, standardFiles, int(byFile.size()));
    qInfo("reason agreement: %d of %d (%.1f%%); category agreement: %d (%.1f%%)", sameReason, rows,
        100.0 * sameReason / rows, sameCategory, 100.0 * sameCategory / rows);
    qInfo("made hard where Sisimai is not (%d): %s", int(madeHard.size()), qPrintable(madeHard.join(u"; "_s)));
    qInfo("apart from the %d rows listed as deliberate differences: found %.1f%%, reason %.1f%%, category %.1f%%, "
          "made hard %d",
        rows - unlisted, 100.0 * unlistedFound / unlisted, 100.0 * unlistedReason / unlisted,
        100.0 * unlistedCategory / unlisted, int(madeHardUnlisted.size()));
    QVERIFY2(standardMisses.isEmpty(), qPrintable(standardMisses.join(u"; "_s)));
    // Floors under what is reached today, so a change cannot lose them unseen: all rows 97.6%
    // found, 83.6% same reason, 89.1% same category; apart from the listed differences, every
    // recipient found, and no notice Sisimai calls blocked or soft made hard.
    // TODO(#7): the targets over all rows are 98% found, 92% reason and 97% category.
    QVERIFY2(found * 1000 >= rows * 975, "fewer than 97.5% of the corpus recipients found");
    QVERIFY2(sameReason * 1000 >= rows * 835, "reason agreement fell below 83.5%");
    QVERIFY2(sameCategory * 1000 >= rows * 890, "category agreement fell below 89%");
    QVERIFY2(unlistedFound == unlisted, "a recipient not listed as a difference was not found");
    QVERIFY2(madeHardUnlisted.isEmpty(), qPrintable(u"made hard: "_s + madeHardUnlisted.join(u"; "_s)));
}

namespace {

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

void TestBounceMessage::mailboxesAreReadMessageByMessage()
{
    QTemporaryDir dir;
    QStringList problems;
    QList<QByteArray> messages;
    QStringList wheres;
    const Mailbox::Visit collect = [&](const QByteArray& message, const QString& where) {
        messages << message;
        wheres << where;
        return true;
    };

    // mbox: separators, mboxrd quoting undone, a last message cut off mid-line.
    const QString mbox = writeFile(dir.filePath(u"bounces.mbox"_s),
        "From MAILER-DAEMON Mon Jan  1 00:00:00 2024\nSubject: one\n\nbody one\n>From the start\n\n"
        "From MAILER-DAEMON Mon Jan  1 00:00:01 2024\nSubject: two\n\nbody\nFrom here on, not a separator\n\n"
        "From MAILER-DAEMON Mon Jan  1 00:00:02 2024\nSubject: three\n\ncut off he");
    QCOMPARE(Mailbox::kindOf(mbox), Mailbox::Kind::Mbox);
    QVERIFY(Mailbox::forEachMessage(mbox, collect, &problems));
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages[0], QByteArray("Subject: one\n\nbody one\nFrom the start\n\n"));
    QCOMPARE(messages[1], QByteArray("Subject: two\n\nbody\nFrom here on, not a separator\n\n"));
    QCOMPARE(messages[2], QByteArray("Subject: three\n\ncut off he"));
    QVERIFY(wheres[1].endsWith(u"bounces.mbox, message 2"_s));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.front().contains(u"message 3 is cut off"_s), qPrintable(problems.front()));

    // Maildir: cur/ and new/.
    messages.clear();
    problems.clear();
    QVERIFY(QDir(dir.path()).mkpath(u"Maildir/cur"_s) && QDir(dir.path()).mkpath(u"Maildir/new"_s));
    writeFile(dir.filePath(u"Maildir/cur/1.host:2,S"_s), "Subject: seen\n\nx\n");
    writeFile(dir.filePath(u"Maildir/new/2.host"_s), "Subject: new\n\ny\n");
    QCOMPARE(Mailbox::kindOf(dir.filePath(u"Maildir"_s)), Mailbox::Kind::Maildir);
    QVERIFY(Mailbox::forEachMessage(dir.filePath(u"Maildir"_s), collect, &problems));
    QCOMPARE(messages.size(), 2);
    QVERIFY(problems.isEmpty());

    // One .eml; then what is not a mailbox.
    messages.clear();
    const QString eml = writeFile(dir.filePath(u"notice.eml"_s), "Return-Path: <>\nSubject: x\n\nbody\n");
    QCOMPARE(Mailbox::kindOf(eml), Mailbox::Kind::Eml);
    QVERIFY(Mailbox::forEachMessage(eml, collect, &problems));
    QCOMPARE(messages.size(), 1);
    const QString binary = writeFile(dir.filePath(u"photo.jpg"_s), QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF", 10));
    QVERIFY(!Mailbox::forEachMessage(binary, collect, &problems));
    QVERIFY(problems.back().contains(u"photo.jpg"_s));
    QVERIFY(!Mailbox::forEachMessage(dir.filePath(u"nothing-here"_s), collect, &problems));
    QVERIFY(problems.back().contains(u"does not exist"_s));
    QVERIFY(!Mailbox::forEachMessage(dir.path(), collect, &problems)); // a folder that is no Maildir
}

void TestBounceMessage::theCorpusAsAnMboxComesBackWhole()
{
    const QDir corpus(QStringLiteral(MAILROOM_SHARED_DIR "/corpus/sisimai/emails"));
    const QStringList names = corpus.entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
    if (names.isEmpty())
        QSKIP("the Sisimai corpus is not beside the project (../shared/corpus/sisimai)");
    // Written as mboxrd does: every line that starts with (>*)From gets one more '>'.
    QByteArray mbox;
    QList<QByteArray> originals;
    for (const QString& name : names) {
        QByteArray message = corpusFile(name);
        message.replace("\r\n", "\n");
        if (!message.endsWith('\n'))
            message += '\n';
        originals << message + '\n';
        mbox += "From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n";
        for (const QByteArray& line : message.split('\n').mid(0, message.count('\n'))) {
            qsizetype quotes = 0;
            while (quotes < line.size() && line[quotes] == '>')
                ++quotes;
            mbox += (line.mid(quotes).startsWith("From ") ? ">" : "") + line + '\n';
        }
        mbox += '\n';
    }
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(u"corpus.mbox"_s), mbox);
    QStringList problems;
    int at = 0;
    int bounces = 0;
    QVERIFY(Mailbox::forEachMessage(
        path,
        [&](const QByteArray& message, const QString& where) {
            if (at < originals.size() && message != originals[at])
                qWarning("%s differs from %s", qPrintable(where), qPrintable(names[at]));
            else if (at < originals.size())
                bounces += BounceMessage::read(MimeMessage::parse(message)).kind != BounceMessage::Kind::NotABounce;
            ++at;
            return true;
        },
        &problems));
    QCOMPARE(at, int(names.size()));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    QVERIFY(bounces > 0);
}

QTEST_GUILESS_MAIN(TestBounceMessage)
#include "TestBounceMessage.moc"
