#include "support/CredentialStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CredentialStore::Outcome)

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readingAMissingSecretIsNotFound();
    void signalsArriveOnlyThroughTheEventLoop();
    void writtenSecretsReadBack_data();
    void writtenSecretsReadBack();
    void removingForgetsTheSecret();
    void removingAMissingSecretIsDone();
    void keysAreKeptApart();
};

void TestCredentialStore::initTestCase()
{
    qRegisterMetaType<CredentialStore::Outcome>();
}

void TestCredentialStore::readingAMissingSecretIsNotFound()
{
    InMemoryCredentialStore store;
    QSignalSpy read(&store, &CredentialStore::secretRead);

    store.readSecret(u"board/db-password"_s);
    QVERIFY(read.wait(1000));
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.at(0).at(0).toString(), u"board/db-password"_s);
    QCOMPARE(read.at(0).at(1).value<CredentialStore::Outcome>(), CredentialStore::Outcome::NotFound);
    QVERIFY(read.at(0).at(2).toString().isEmpty());
    QVERIFY(read.at(0).at(3).toString().isEmpty());
}

void TestCredentialStore::signalsArriveOnlyThroughTheEventLoop()
{
    InMemoryCredentialStore store;
    QSignalSpy written(&store, &CredentialStore::secretWritten);
    QSignalSpy read(&store, &CredentialStore::secretRead);
    QSignalSpy removed(&store, &CredentialStore::secretRemoved);

    store.writeSecret(u"imap"_s, u"s3cret"_s);
    store.readSecret(u"imap"_s);
    store.removeSecret(u"imap"_s);
    // A real keychain never answers inside the call; callers must not come to rely on it.
    QCOMPARE(written.size(), 0);
    QCOMPARE(read.size(), 0);
    QCOMPARE(removed.size(), 0);

    QTRY_COMPARE(removed.size(), 1);
    QCOMPARE(written.size(), 1);
    QCOMPARE(read.size(), 1);
    // The read was asked before the removal and sees the secret.
    QCOMPARE(read.at(0).at(1).value<CredentialStore::Outcome>(), CredentialStore::Outcome::Ok);
    QCOMPARE(read.at(0).at(2).toString(), u"s3cret"_s);
}

void TestCredentialStore::writtenSecretsReadBack_data()
{
    QTest::addColumn<QString>("secret");

    QTest::newRow("a plain password reads back") << u"correct horse battery staple"_s;
    QTest::newRow("a password with non-ASCII letters reads back") << u"Zoë-Łukasz-田中-🔑"_s;
    QTest::newRow("an empty secret is stored and read back as empty") << QString();
    QTest::newRow("a secret with a line break reads back") << u"line one\nline two"_s;
}

void TestCredentialStore::writtenSecretsReadBack()
{
    QFETCH(QString, secret);

    InMemoryCredentialStore store;
    QSignalSpy written(&store, &CredentialStore::secretWritten);
    QSignalSpy read(&store, &CredentialStore::secretRead);

    store.writeSecret(u"ssh/passphrase"_s, secret);
    QVERIFY(written.wait(1000));
    QCOMPARE(written.at(0).at(0).toString(), u"ssh/passphrase"_s);
    QCOMPARE(written.at(0).at(1).value<CredentialStore::Outcome>(), CredentialStore::Outcome::Ok);

    store.readSecret(u"ssh/passphrase"_s);
    QVERIFY(read.wait(1000));
    QCOMPARE(read.at(0).at(1).value<CredentialStore::Outcome>(), CredentialStore::Outcome::Ok);
    QCOMPARE(read.at(0).at(2).toString(), secret);
}

void TestCredentialStore::removingForgetsTheSecret()
{
    InMemoryCredentialStore store;
    QSignalSpy removed(&store, &CredentialStore::secretRemoved);
    QSignalSpy read(&store, &CredentialStore::secretRead);

    store.writeSecret(u"board/db-password"_s, u"hunter2"_s);
    store.removeSecret(u"board/db-password"_s);
    QVERIFY(removed.wait(1000));
    QCOMPARE(removed.at(0).at(1).value<CredentialStore::Outcome>(), CredentialStore::Outcome::Ok);

    store.readSecret(u"board/db-password"_s);
    QVERIFY(read.wait(1000));
    QCOMPARE(read.at(0).at(1).value<CredentialStore::Outcome>(), CredentialStore::Outcome::NotFound);
    QVERIFY(read.at(0).at(2).toString().isEmpty());
}

void TestCredentialStore::removingAMissingSecretIsDone()
{
    InMemoryCredentialStore store;
    QSignalSpy removed(&store, &CredentialStore::secretRemoved);

    store.removeSecret(u"never-stored"_s);
    QVERIFY(removed.wait(1000));
    QCOMPARE(removed.at(0).at(0).toString(), u"never-stored"_s);
    QCOMPARE(removed.at(0).at(1).value<CredentialStore::Outcome>(), CredentialStore::Outcome::Ok);
}

void TestCredentialStore::keysAreKeptApart()
{
    InMemoryCredentialStore store;
    QSignalSpy read(&store, &CredentialStore::secretRead);

    store.writeSecret(u"a"_s, u"first"_s);
    store.writeSecret(u"b"_s, u"second"_s);
    store.writeSecret(u"a"_s, u"replaced"_s);
    store.readSecret(u"a"_s);
    store.readSecret(u"b"_s);
    QTRY_COMPARE(read.size(), 2);
    QCOMPARE(read.at(0).at(0).toString(), u"a"_s);
    QCOMPARE(read.at(0).at(2).toString(), u"replaced"_s);
    QCOMPARE(read.at(1).at(0).toString(), u"b"_s);
    QCOMPARE(read.at(1).at(2).toString(), u"second"_s);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "TestCredentialStore.moc"
