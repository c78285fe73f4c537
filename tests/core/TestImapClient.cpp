#include "mail/ImapClient.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

// The IMAP client's parts that need no server: the response parser on bytes alone, account URLs,
// mailbox names in modified UTF-7 and the stored scan state. The client against a real server is
// TestImapDovecot's.
class TestImapClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void literalHoldingCrlfAndParenthesisIsOneValue();
    void fetchWithBodyLiteralAndFlags();
    void quotedStringsUndoTheirEscapes();
    void nestedListsKeepTheirShape();
    void continuationRequests_data();
    void continuationRequests();
    void untaggedCountsAndData();
    void responseCodes_data();
    void responseCodes();
    void bytesInAnyPiecesGiveTheSameResponses();
    void truncatedLiteralWaitsForMore();
    void garbageFailsWithAReason_data();
    void garbageFailsWithAReason();
    void oversizeLiteralIsRefusedAtOnce();
    void overlongLineIsGarbage();
    void aFailedStreamStaysFailed();
    void mutatedStreamsNeverHangOrCrash();

    void accountUrls_data();
    void accountUrls();
    void badAccountUrls_data();
    void badAccountUrls();
    void mailboxNamesInModifiedUtf7_data();
    void mailboxNamesInModifiedUtf7();
    void brokenModifiedUtf7IsFlagged();
    void syncStateRoundTripsThroughJson();
};

namespace {

ImapResponse parseOne(const QByteArray& bytes)
{
    ImapResponse response;
    QString error;
    const ImapResponseParser::Status status = ImapResponseParser::parse(bytes, &response, &error);
    if (status != ImapResponseParser::Status::Ready)
        qWarning().noquote() << "not parsed:" << error;
    return response;
}

// Feeds bytes in pieces of size piece and collects every response; *failed says whether the
// stream ended in Failed.
QList<ImapResponse> feed(const QByteArray& bytes, qsizetype piece, bool* failed = nullptr)
{
    ImapResponseParser parser;
    QList<ImapResponse> responses;
    bool broken = false;
    for (qsizetype at = 0; at < bytes.size() && !broken; at += piece) {
        parser.append(bytes.sliced(at, std::min(piece, bytes.size() - at)));
        ImapResponse response;
        for (;;) {
            const ImapResponseParser::Status status = parser.next(&response);
            if (status == ImapResponseParser::Status::Ready) {
                responses.append(response);
                continue;
            }
            broken = status == ImapResponseParser::Status::Failed;
            break;
        }
    }
    if (failed)
        *failed = broken;
    return responses;
}

QByteArrayList atoms(const std::vector<ImapValue>& values)
{
    QByteArrayList list;
    for (const ImapValue& value : values)
        list.append(value.bytes);
    return list;
}

// A session's worth of server output: greeting, capabilities, EXAMINE, two FETCH responses with
// literals (one holding what looks like the end of a response), LOGOUT.
const QByteArray session = "* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] ready\r\n"
                           "m1 OK [CAPABILITY IMAP4rev1 MOVE UIDPLUS] Logged in\r\n"
                           "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n"
                           "* 2 EXISTS\r\n"
                           "* OK [UIDVALIDITY 1700000000] UIDs valid\r\n"
                           "* OK [UIDNEXT 43] Predicted next UID\r\n"
                           "m2 OK [READ-ONLY] Examine completed\r\n"
                           "* 1 FETCH (UID 41 BODY[] {21}\r\nSubject: a\r\n\r\nm3 OK\r\n)\r\n"
                           "* 2 FETCH (UID 42 BODY[] {0}\r\n FLAGS (\\Recent))\r\n"
                           "m3 OK Fetch completed\r\n"
                           "* BYE Logging out\r\n"
                           "m4 OK Logout completed\r\n";

} // namespace

void TestImapClient::literalHoldingCrlfAndParenthesisIsOneValue()
{
    const QByteArray body = "a)\r\n* 2 EXISTS\r\nm9 OK done\r\n)";
    const QByteArray bytes = "* 7 FETCH (UID 9 BODY[] {" + QByteArray::number(body.size()) + "}\r\n" + body + ")\r\n";

    const QList<ImapResponse> responses = feed(bytes, bytes.size());

    QCOMPARE(responses.size(), qsizetype(1));
    const ImapResponse& fetch = responses.first();
    QCOMPARE(fetch.kind, ImapResponse::Kind::Untagged);
    QCOMPARE(fetch.number, std::optional<quint32>(7));
    QCOMPARE(fetch.name, QByteArray("FETCH"));
    QVERIFY(fetch.fetchItem("BODY[]"));
    QCOMPARE(fetch.fetchItem("BODY[]")->bytes, body);
    QCOMPARE(fetch.fetchItem("uid")->number(), std::optional<quint32>(9));
}

void TestImapClient::fetchWithBodyLiteralAndFlags()
{
    const QByteArray message = "From: MAILER-DAEMON\r\nSubject: Undelivered\r\n\r\n550 5.1.1 no such user\r\n";
    const QByteArray bytes = "* 12 FETCH (UID 4242 RFC822.SIZE " + QByteArray::number(message.size()) + " BODY[] {"
        + QByteArray::number(message.size()) + "+}\r\n" + message + " FLAGS (\\Seen $Bounce))\r\n";

    const ImapResponse fetch = parseOne(bytes);

    QCOMPARE(fetch.fetchItem("UID")->number(), std::optional<quint32>(4242));
    QCOMPARE(fetch.fetchItem("RFC822.SIZE")->number(), std::optional<quint32>(quint32(message.size())));
    QCOMPARE(fetch.fetchItem("BODY[]")->kind, ImapValue::Kind::String);
    QCOMPARE(fetch.fetchItem("BODY[]")->bytes, message);
    const ImapValue* flags = fetch.fetchItem("FLAGS");
    QVERIFY(flags);
    QCOMPARE(flags->kind, ImapValue::Kind::List);
    QCOMPARE(atoms(flags->items), QByteArrayList({"\\Seen", "$Bounce"}));
    QVERIFY(!fetch.fetchItem("BODY[HEADER]"));
}

void TestImapClient::quotedStringsUndoTheirEscapes()
{
    const ImapResponse list = parseOne("* LIST (\\HasNoChildren) \"/\" \"Say \\\"hi\\\" to C:\\\\Mail\"\r\n");

    QCOMPARE(list.name, QByteArray("LIST"));
    QCOMPARE(list.data.size(), size_t(3));
    QCOMPARE(list.data[1].kind, ImapValue::Kind::String);
    QCOMPARE(list.data[1].bytes, QByteArray("/"));
    QCOMPARE(list.data[2].bytes, QByteArray("Say \"hi\" to C:\\Mail"));

    const ImapResponse empty = parseOne("* LIST () \"\" NIL\r\n");
    QCOMPARE(empty.data[0].kind, ImapValue::Kind::List);
    QVERIFY(empty.data[0].items.empty());
    QCOMPARE(empty.data[1].kind, ImapValue::Kind::String);
    QVERIFY(empty.data[1].bytes.isEmpty());
    QCOMPARE(empty.data[2].kind, ImapValue::Kind::Nil);
}

void TestImapClient::nestedListsKeepTheirShape()
{
    const ImapResponse fetch
        = parseOne("* 3 FETCH (UID 5 BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") "
                   "NIL NIL \"7BIT\" 120 4)(\"MESSAGE\" \"DELIVERY-STATUS\" NIL NIL NIL \"7BIT\" "
                   "300) \"REPORT\" (\"REPORT-TYPE\" \"delivery-status\")))\r\n");

    const ImapValue* structure = fetch.fetchItem("BODYSTRUCTURE");
    QVERIFY(structure);
    QCOMPARE(structure->items.size(), size_t(4));
    const ImapValue& text = structure->items[0];
    QCOMPARE(text.kind, ImapValue::Kind::List);
    QCOMPARE(text.items[2].items[1].bytes, QByteArray("us-ascii"));
    QCOMPARE(text.items[3].kind, ImapValue::Kind::Nil);
    QCOMPARE(text.items[6].number(), std::optional<quint32>(120));
    QCOMPARE(structure->items[2].bytes, QByteArray("REPORT"));
    QCOMPARE(structure->items[3].items[1].bytes, QByteArray("delivery-status"));

    const QByteArray deepButFine = "* X " + QByteArray(20, '(') + "a" + QByteArray(20, ')') + "\r\n";
    ImapResponse response;
    QString error;
    QCOMPARE(ImapResponseParser::parse(deepButFine, &response, &error), ImapResponseParser::Status::Ready);
    const QByteArray tooDeep = "* X " + QByteArray(100000, '(') + "\r\n";
    QCOMPARE(ImapResponseParser::parse(tooDeep, &response, &error), ImapResponseParser::Status::Failed);
    QVERIFY2(error.contains(u"nested"_s), qPrintable(error));
}

void TestImapClient::continuationRequests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("a plus and a space asks for the literal") << QByteArray("+ \r\n") << QByteArray();
    QTest::newRow("a bare plus is the same request") << QByteArray("+\r\n") << QByteArray();
    QTest::newRow("the request may carry text")
        << QByteArray("+ Ready for literal data\r\n") << QByteArray("Ready for literal data");
    QTest::newRow("a SASL challenge is base64 text") << QByteArray("+ YWJjZA==\r\n") << QByteArray("YWJjZA==");
}

void TestImapClient::continuationRequests()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, text);

    const QList<ImapResponse> responses = feed(bytes, 1);

    QCOMPARE(responses.size(), qsizetype(1));
    QCOMPARE(responses[0].kind, ImapResponse::Kind::Continuation);
    QCOMPARE(responses[0].text, text);
}

void TestImapClient::untaggedCountsAndData()
{
    const ImapResponse exists = parseOne("* 23 EXISTS\r\n");
    QCOMPARE(exists.kind, ImapResponse::Kind::Untagged);
    QCOMPARE(exists.number, std::optional<quint32>(23));
    QCOMPARE(exists.name, QByteArray("EXISTS"));
    QVERIFY(exists.status.isEmpty());

    const ImapResponse expunge = parseOne("* 4 expunge\r\n");
    QCOMPARE(expunge.name, QByteArray("EXPUNGE"));

    const ImapResponse capability = parseOne("* CAPABILITY IMAP4rev1 LITERAL+ AUTH=PLAIN MOVE\r\n");
    QCOMPARE(capability.name, QByteArray("CAPABILITY"));
    QCOMPARE(atoms(capability.data), QByteArrayList({"IMAP4rev1", "LITERAL+", "AUTH=PLAIN", "MOVE"}));

    const ImapResponse search = parseOne("* SEARCH\r\n");
    QCOMPARE(search.name, QByteArray("SEARCH"));
    QVERIFY(search.data.empty());

    const ImapResponse bye = parseOne("* BYE Autologout; idle for too long\r\n");
    QCOMPARE(bye.status, QByteArray("BYE"));
    QCOMPARE(bye.humanText(), u"Autologout; idle for too long"_s);
}

void TestImapClient::responseCodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ImapResponse::Kind>("kind");
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<QByteArray>("text");

    const auto untagged = ImapResponse::Kind::Untagged;
    const auto tagged = ImapResponse::Kind::Tagged;
    QTest::newRow("UIDVALIDITY carries a 32-bit number")
        << QByteArray("* OK [UIDVALIDITY 3857529045] UIDs valid\r\n") << untagged << QByteArray("OK")
        << QByteArray("UIDVALIDITY") << QByteArrayList({"3857529045"}) << QByteArray("UIDs valid");
    QTest::newRow("UIDNEXT predicts the next UID")
        << QByteArray("* OK [UIDNEXT 4392] Predicted next UID\r\n") << untagged << QByteArray("OK")
        << QByteArray("UIDNEXT") << QByteArrayList({"4392"}) << QByteArray("Predicted next UID");
    QTest::newRow("CAPABILITY in a tagged OK lists the capabilities")
        << QByteArray("m1 OK [CAPABILITY IMAP4rev1 MOVE UIDPLUS] Logged in\r\n") << tagged << QByteArray("OK")
        << QByteArray("CAPABILITY") << QByteArrayList({"IMAP4rev1", "MOVE", "UIDPLUS"}) << QByteArray("Logged in");
    QTest::newRow("a code without arguments")
        << QByteArray("m2 no [AUTHENTICATIONFAILED] Authentication failed.\r\n") << tagged << QByteArray("NO")
        << QByteArray("AUTHENTICATIONFAILED") << QByteArrayList() << QByteArray("Authentication failed.");
    QTest::newRow("a code with a list of flags")
        << QByteArray("* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\n") << untagged << QByteArray("OK")
        << QByteArray("PERMANENTFLAGS") << QByteArrayList({QByteArray()}) << QByteArray("Limited");
    QTest::newRow("COPYUID holds UID sets")
        << QByteArray("m5 OK [COPYUID 38505 304,319:320 3956:3958] Done\r\n") << tagged << QByteArray("OK")
        << QByteArray("COPYUID") << QByteArrayList({"38505", "304,319:320", "3956:3958"}) << QByteArray("Done");
    QTest::newRow("a status without text")
        << QByteArray("m6 OK\r\n") << tagged << QByteArray("OK") << QByteArray() << QByteArrayList() << QByteArray();
    QTest::newRow("an odd code stays in the text instead of failing")
        << QByteArray("* OK [WEIRD (unclosed] still fine\r\n") << untagged << QByteArray("OK") << QByteArray()
        << QByteArrayList() << QByteArray("[WEIRD (unclosed] still fine");
}

void TestImapClient::responseCodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ImapResponse::Kind, kind);
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, code);
    QFETCH(QByteArrayList, arguments);
    QFETCH(QByteArray, text);

    ImapResponse response;
    QString error;
    QCOMPARE(ImapResponseParser::parse(bytes, &response, &error), ImapResponseParser::Status::Ready);

    QCOMPARE(response.kind, kind);
    QCOMPARE(response.status, status);
    QCOMPARE(response.code, code);
    QCOMPARE(atoms(response.codeArguments), arguments);
    QCOMPARE(response.text, text);
}

void TestImapClient::bytesInAnyPiecesGiveTheSameResponses()
{
    const QList<ImapResponse> whole = feed(session, session.size());
    QCOMPARE(whole.size(), qsizetype(12));
    QCOMPARE(whole[7].fetchItem("BODY[]")->bytes, QByteArray("Subject: a\r\n\r\nm3 OK\r\n"));
    QCOMPARE(whole[8].fetchItem("BODY[]")->bytes, QByteArray());
    QCOMPARE(whole[9].tag, QByteArray("m3"));

    for (const qsizetype piece : {1, 2, 3, 7, 64}) {
        const QList<ImapResponse> pieces = feed(session, piece);
        QCOMPARE(pieces.size(), whole.size());
        for (qsizetype i = 0; i < whole.size(); ++i) {
            QCOMPARE(pieces[i].kind, whole[i].kind);
            QCOMPARE(pieces[i].tag, whole[i].tag);
            QCOMPARE(pieces[i].status, whole[i].status);
            QCOMPARE(pieces[i].name, whole[i].name);
            QCOMPARE(pieces[i].code, whole[i].code);
            QCOMPARE(pieces[i].text, whole[i].text);
            const ImapValue* body = whole[i].fetchItem("BODY[]");
            if (body)
                QCOMPARE(pieces[i].fetchItem("BODY[]")->bytes, body->bytes);
        }
    }
}

void TestImapClient::truncatedLiteralWaitsForMore()
{
    ImapResponseParser parser;
    parser.append("* 1 FETCH (UID 1 BODY[] {100}\r\nonly part of it");

    ImapResponse response;
    QCOMPARE(parser.next(&response), ImapResponseParser::Status::NeedMore);
    QCOMPARE(parser.next(&response), ImapResponseParser::Status::NeedMore);

    parser.append(QByteArray(100 - 15, 'x') + ")\r\n");
    QCOMPARE(parser.next(&response), ImapResponseParser::Status::Ready);
    QCOMPARE(response.fetchItem("BODY[]")->bytes.size(), qsizetype(100));
    QCOMPARE(parser.pendingBytes(), qsizetype(0));
}

void TestImapClient::garbageFailsWithAReason_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QTest::newRow("an HTTP server's answer") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << u"OK, NO or BAD"_s;
    QTest::newRow("binary bytes") << QByteArray("\x16\x03\x01\x02\x00\x01\r\n", 8) << u"tag"_s;
    QTest::newRow("an empty line") << QByteArray("\r\n") << u"tag"_s;
    QTest::newRow("a star and nothing else") << QByteArray("* \r\n") << u"no status or data"_s;
    QTest::newRow("a list that is never closed") << QByteArray("* 1 FETCH (UID 1\r\n") << u"not closed"_s;
    QTest::newRow("a quoted string that is never closed")
        << QByteArray("* LIST () \"/\" \"INBOX\r\n") << u"quoted string"_s;
    QTest::newRow("a message number past 32 bits") << QByteArray("* 99999999999 EXISTS\r\n") << u"32 bits"_s;
    QTest::newRow("a tagged PREAUTH") << QByteArray("m1 PREAUTH hello\r\n") << u"OK, NO or BAD"_s;
    QTest::newRow("a closing parenthesis out of place") << QByteArray("* FLAGS )\r\n") << u"value was expected"_s;
    QTest::newRow("a control character in an atom") << QByteArray("* FLAGS (a\x01)\r\n") << u"control character"_s;
    QTest::newRow("a literal size of twenty digits")
        << QByteArray("* 1 FETCH (BODY[] {99999999999999999999}\r\n") << u"larger than"_s;
}

void TestImapClient::garbageFailsWithAReason()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    ImapResponseParser parser;
    parser.append(bytes);
    ImapResponse response;

    QCOMPARE(parser.next(&response), ImapResponseParser::Status::Failed);
    QVERIFY2(parser.errorString().contains(reason), qPrintable(parser.errorString()));
}

void TestImapClient::oversizeLiteralIsRefusedAtOnce()
{
    ImapResponseParser parser;
    parser.append("* 1 FETCH (UID 1 BODY[] {" + QByteArray::number(ImapResponseParser::MaxLiteral + 1) + "}\r\n");
    ImapResponse response;

    QCOMPARE(parser.next(&response), ImapResponseParser::Status::Failed);
    QVERIFY2(parser.errorString().contains(u"larger than"_s), qPrintable(parser.errorString()));

    ImapResponseParser fits;
    fits.append("* 1 FETCH (UID 1 BODY[] {" + QByteArray::number(ImapResponseParser::MaxLiteral) + "}\r\n");
    QCOMPARE(fits.next(&response), ImapResponseParser::Status::NeedMore);
}

void TestImapClient::overlongLineIsGarbage()
{
    ImapResponseParser parser;
    parser.append("* OK ");
    const QByteArray chunk(64 * 1024, 'a');
    ImapResponse response;
    ImapResponseParser::Status status = ImapResponseParser::Status::NeedMore;
    int chunks = 0;
    while (status == ImapResponseParser::Status::NeedMore && chunks < 100) {
        parser.append(chunk);
        ++chunks;
        status = parser.next(&response);
    }

    QCOMPARE(status, ImapResponseParser::Status::Failed);
    QCOMPARE(chunks, int((ImapResponseParser::MaxLine - 5) / chunk.size()) + 1);
    QVERIFY2(parser.errorString().contains(u"has no end"_s), qPrintable(parser.errorString()));
    QVERIFY(parser.pendingBytes() == 0);
}

void TestImapClient::aFailedStreamStaysFailed()
{
    ImapResponseParser parser;
    parser.append("\x01garbage\r\n* 1 EXISTS\r\n");
    ImapResponse response;

    QCOMPARE(parser.next(&response), ImapResponseParser::Status::Failed);
    parser.append("* 2 EXISTS\r\n");
    QCOMPARE(parser.next(&response), ImapResponseParser::Status::Failed);

    parser.clear();
    parser.append("* 3 EXISTS\r\n");
    QCOMPARE(parser.next(&response), ImapResponseParser::Status::Ready);
    QCOMPARE(response.number, std::optional<quint32>(3));
}

// Random bytes changed, dropped and repeated in a real session: every stream ends in responses,
// a failure or a wait for more, in a bounded number of steps.
void TestImapClient::mutatedStreamsNeverHangOrCrash()
{
    QRandomGenerator random(7);
    int failed = 0;
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes = session;
        const int edits = 1 + int(random.bounded(6));
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = random.bounded(int(bytes.size()));
            switch (random.bounded(4)) {
            case 0:
                bytes[at] = char(random.bounded(256));
                break;
            case 1:
                bytes.remove(at, 1 + random.bounded(8));
                break;
            case 2:
                bytes.insert(at, bytes.mid(random.bounded(int(bytes.size())), 1 + random.bounded(30)));
                break;
            default:
                bytes.insert(at, "{" + QByteArray::number(random.bounded(1000)) + "}\r\n");
                break;
            }
        }
        bool broken = false;
        const QList<ImapResponse> responses = feed(bytes, 1 + random.bounded(50), &broken);
        QVERIFY(responses.size() <= bytes.count('\n'));
        failed += broken ? 1 : 0;
    }
    QVERIFY(failed > 0);
}

void TestImapClient::accountUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<ImapAccount::Security>("security");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("mailbox");
    QTest::addColumn<QString>("canonical");

    const auto tls = ImapAccount::Security::ImplicitTls;
    const auto startTls = ImapAccount::Security::StartTls;
    QTest::newRow("imaps is TLS on 993") << u"imaps://bounces@mail.example/INBOX"_s << tls << u"bounces"_s
                                         << u"mail.example"_s << 993 << u"INBOX"_s
                                         << u"imaps://bounces@mail.example/INBOX"_s;
    QTest::newRow("imap is STARTTLS on 143")
        << u"imap://bounces@mail.example/Bounces"_s << startTls << u"bounces"_s << u"mail.example"_s << 143
        << u"Bounces"_s << u"imap://bounces@mail.example/Bounces"_s;
    QTest::newRow("a port of its own is kept")
        << u"imaps://bounces@127.0.0.1:10993/INBOX"_s << tls << u"bounces"_s << u"127.0.0.1"_s << 10993 << u"INBOX"_s
        << u"imaps://bounces@127.0.0.1:10993/INBOX"_s;
    QTest::newRow("the default port written out is left out again")
        << u"imap://bounces@mail.example:143/INBOX"_s << startTls << u"bounces"_s << u"mail.example"_s << 143
        << u"INBOX"_s << u"imap://bounces@mail.example/INBOX"_s;
    QTest::newRow("no folder means INBOX")
        << u"imaps://bounces@mail.example"_s << tls << u"bounces"_s << u"mail.example"_s << 993 << u"INBOX"_s
        << u"imaps://bounces@mail.example/INBOX"_s;
    QTest::newRow("a user that is an address is percent-encoded")
        << u"imaps://bounces%40jobs.example@mail.example/INBOX"_s << tls << u"bounces@jobs.example"_s
        << u"mail.example"_s << 993 << u"INBOX"_s << u"imaps://bounces%40jobs.example@mail.example/INBOX"_s;
    QTest::newRow("a folder with spaces and umlauts is percent-decoded UTF-8")
        << u"imaps://b@mail.example/INBOX/R%C3%BCckl%C3%A4ufer%202024/"_s << tls << u"b"_s << u"mail.example"_s << 993
        << u"INBOX/Rückläufer 2024"_s << u"imaps://b@mail.example/INBOX/Rückläufer 2024"_s;
    QTest::newRow("the scheme and host are not case-sensitive")
        << u"IMAPS://bounces@Mail.Example/INBOX"_s << tls << u"bounces"_s << u"mail.example"_s << 993 << u"INBOX"_s
        << u"imaps://bounces@mail.example/INBOX"_s;
}

void TestImapClient::accountUrls()
{
    QFETCH(QString, url);
    QFETCH(ImapAccount::Security, security);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, mailbox);
    QFETCH(QString, canonical);

    ImapAccount account;
    QString error;
    QVERIFY2(ImapAccount::fromUrl(url, &account, &error), qPrintable(error));

    QCOMPARE(account.security, security);
    QCOMPARE(account.user, user);
    QCOMPARE(account.host, host);
    QCOMPARE(int(account.port), port);
    QCOMPARE(account.mailbox, mailbox);
    QCOMPARE(account.toUrl(), canonical);
    ImapAccount again;
    QVERIFY(ImapAccount::fromUrl(account.toUrl(), &again, &error));
    QCOMPARE(again.user, user);
    QCOMPARE(again.mailbox, mailbox);
}

void TestImapClient::badAccountUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");

    QTest::newRow("another scheme") << u"https://bounces@mail.example/INBOX"_s << u"must start with imaps://"_s;
    QTest::newRow("no user") << u"imaps://mail.example/INBOX"_s << u"user@mail.example"_s;
    QTest::newRow("no host") << u"imaps://bounces@/INBOX"_s << u"imaps://bounces@/INBOX"_s;
    QTest::newRow("a password in the URL") << u"imaps://bounces:secret@mail.example/INBOX"_s << u"credential store"_s;
    QTest::newRow("not a URL at all") << u"mail.example"_s << u"must start with imaps://"_s;
    QTest::newRow("a port that is not a number") << u"imaps://bounces@mail.example:99x/INBOX"_s << u"not a valid URL"_s;
}

void TestImapClient::badAccountUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, reason);

    ImapAccount account;
    QString error;
    QVERIFY(!ImapAccount::fromUrl(url, &account, &error));

    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(!error.contains(u"secret"_s), qPrintable(error));
}

void TestImapClient::mailboxNamesInModifiedUtf7_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("plain ASCII stays as it is") << u"INBOX.Bounces"_s << QByteArray("INBOX.Bounces");
    QTest::newRow("an ampersand is written &-") << u"Tom & Jerry"_s << QByteArray("Tom &- Jerry");
    QTest::newRow("RFC 3501's example") << u"~peter/mail/台北/日本語"_s
                                        << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
    QTest::newRow("German drafts") << u"Entwürfe"_s << QByteArray("Entw&APw-rfe");
    QTest::newRow("umlauts beside an ampersand") << u"Rückläufer & Co"_s << QByteArray("R&APw-ckl&AOQ-ufer &- Co");
    QTest::newRow("a character outside the BMP is a surrogate pair")
        << u"📧 Bounces"_s << QByteArray("&2D3c5w- Bounces");
}

void TestImapClient::mailboxNamesInModifiedUtf7()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, encoded);

    QCOMPARE(ImapClient::encodeMailboxName(name), encoded);
    bool ok = false;
    QCOMPARE(ImapClient::decodeMailboxName(encoded, &ok), name);
    QVERIFY(ok);
}

void TestImapClient::brokenModifiedUtf7IsFlagged()
{
    bool ok = true;
    QCOMPARE(ImapClient::decodeMailboxName("Entw&APw", &ok), u"Entw&APw"_s);
    QVERIFY(!ok);
    ok = true;
    QCOMPARE(ImapClient::decodeMailboxName("a&A-b", &ok), u"a&A-b"_s);
    QVERIFY(!ok);
    ok = true;
    ImapClient::decodeMailboxName("tab\there", &ok);
    QVERIFY(!ok);
}

void TestImapClient::syncStateRoundTripsThroughJson()
{
    const ImapSyncState state {4000000000u, 4242};
    const ImapSyncState back = ImapSyncState::fromJson(state.toJson());
    QCOMPARE(back.uidValidity, state.uidValidity);
    QCOMPARE(back.lastUid, state.lastUid);

    const ImapSyncState broken = ImapSyncState::fromJson({{u"uidValidity"_s, -5}, {u"lastUid"_s, u"ten"_s}});
    QCOMPARE(broken.uidValidity, 0u);
    QCOMPARE(broken.lastUid, 0u);

    const ImapSyncState noValidity = ImapSyncState::fromJson({{u"lastUid"_s, 99}});
    QCOMPARE(noValidity.lastUid, 0u);
}

QTEST_GUILESS_MAIN(TestImapClient)
#include "TestImapClient.moc"
