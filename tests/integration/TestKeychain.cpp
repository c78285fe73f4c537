#include "support/CredentialStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// KeychainCredentialStore against a real Secret Service: gnome-keyring, unlocked, on the private
// D-Bus session that run-with-keyring.sh makes, so that the user's own keyring is never touched.
class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storesReadsReplacesAndRemovesASecret();
    void missingSecretIsNotFound();

private:
    struct Answer
    {
        CredentialStore::Outcome outcome = CredentialStore::Outcome::Failed;
        QString secret;
        QString error;
    };
    Answer read(const QString& key);
    Answer write(const QString& key, const QString& secret);
    Answer remove(const QString& key);

    KeychainCredentialStore m_store {u"MailroomTest"_s};
};

namespace {

// Each call ends with exactly one signal; a keychain that never answers fails the wait.
constexpr int answerMs = 10000;

} // namespace

TestKeychain::Answer TestKeychain::read(const QString& key)
{
    QSignalSpy answered(&m_store, &CredentialStore::secretRead);
    m_store.readSecret(key);
    if (!answered.wait(answerMs) || answered.size() != 1)
        return {CredentialStore::Outcome::Failed, {}, u"no single answer"_s};
    const QList<QVariant> args = answered.takeFirst();
    if (args.at(0).toString() != key)
        return {CredentialStore::Outcome::Failed, {}, u"the answer is for another key"_s};
    return {
        args.at(1).value<CredentialStore::Outcome>(), args.at(2).toString(), args.at(3).toString()};
}

TestKeychain::Answer TestKeychain::write(const QString& key, const QString& secret)
{
    QSignalSpy answered(&m_store, &CredentialStore::secretWritten);
    m_store.writeSecret(key, secret);
    if (!answered.wait(answerMs) || answered.size() != 1)
        return {CredentialStore::Outcome::Failed, {}, u"no single answer"_s};
    const QList<QVariant> args = answered.takeFirst();
    return {args.at(1).value<CredentialStore::Outcome>(), {}, args.at(2).toString()};
}

TestKeychain::Answer TestKeychain::remove(const QString& key)
{
    QSignalSpy answered(&m_store, &CredentialStore::secretRemoved);
    m_store.removeSecret(key);
    if (!answered.wait(answerMs) || answered.size() != 1)
        return {CredentialStore::Outcome::Failed, {}, u"no single answer"_s};
    const QList<QVariant> args = answered.takeFirst();
    return {args.at(1).value<CredentialStore::Outcome>(), {}, args.at(2).toString()};
}

void TestKeychain::initTestCase()
{
    // Run alone, on a desktop, this would write into the user's login keyring.
    QVERIFY2(qEnvironmentVariableIsSet("MAILROOM_PRIVATE_KEYRING"),
        "run through ctest -R TestKeychain, or tests/integration/run-with-keyring.sh BINARY");
}

void TestKeychain::storesReadsReplacesAndRemovesASecret()
{
    const QString key = u"board/keychain-test"_s;
    const QString secret = u"pässwörd'\";-- 🔑"_s;

    Answer answer = write(key, secret);
    QVERIFY2(answer.outcome == CredentialStore::Outcome::Ok, qPrintable(answer.error));
    QVERIFY(answer.error.isEmpty());
    answer = read(key);
    QVERIFY2(answer.outcome == CredentialStore::Outcome::Ok, qPrintable(answer.error));
    QCOMPARE(answer.secret, secret);

    answer = write(key, u"the second one"_s);
    QVERIFY2(answer.outcome == CredentialStore::Outcome::Ok, qPrintable(answer.error));
    QCOMPARE(read(key).secret, u"the second one"_s);

    answer = remove(key);
    QVERIFY2(answer.outcome == CredentialStore::Outcome::Ok, qPrintable(answer.error));
    answer = read(key);
    QCOMPARE(answer.outcome, CredentialStore::Outcome::NotFound);
    QVERIFY(answer.secret.isEmpty());
    QVERIFY(answer.error.isEmpty());
}

void TestKeychain::missingSecretIsNotFound()
{
    const Answer answer = read(u"board/never-stored"_s);
    QCOMPARE(answer.outcome, CredentialStore::Outcome::NotFound);
    QVERIFY(answer.secret.isEmpty());
    QVERIFY2(answer.error.isEmpty(), qPrintable(answer.error));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "TestKeychain.moc"
