#include "support/CredentialStore.h"

#include "support/LogCategories.h"

#include <QMetaObject>
#include <qt6keychain/keychain.h>

// Signals of the in-memory store are queued so that callers written against it behave the same
// with a real keychain, which never answers inside the call.

void InMemoryCredentialStore::readSecret(const QString& key)
{
    const auto it = m_secrets.constFind(key);
    const bool found = it != m_secrets.cend();
    const QString secret = found ? it.value() : QString();
    QMetaObject::invokeMethod(
        this,
        [this, key, found, secret] {
            Q_EMIT secretRead(key, found ? Outcome::Ok : Outcome::NotFound, secret, QString());
        },
        Qt::QueuedConnection);
}

void InMemoryCredentialStore::writeSecret(const QString& key, const QString& secret)
{
    m_secrets.insert(key, secret);
    QMetaObject::invokeMethod(
        this, [this, key] { Q_EMIT secretWritten(key, Outcome::Ok, QString()); }, Qt::QueuedConnection);
}

void InMemoryCredentialStore::removeSecret(const QString& key)
{
    // Removing what is not there is done, as the Secret Service says (TestKeychain shows it).
    m_secrets.remove(key);
    QMetaObject::invokeMethod(
        this, [this, key] { Q_EMIT secretRemoved(key, Outcome::Ok, QString()); }, Qt::QueuedConnection);
}

namespace {

CredentialStore::Outcome outcomeOf(const QKeychain::Job* job)
{
    switch (job->error()) {
    case QKeychain::NoError:
        return CredentialStore::Outcome::Ok;
    case QKeychain::EntryNotFound:
        return CredentialStore::Outcome::NotFound;
    default:
        return CredentialStore::Outcome::Failed;
    }
}

// Only keychain failures carry a message worth showing; "not found" is an answer, not an error.
QString errorOf(const QKeychain::Job* job, CredentialStore::Outcome outcome)
{
    return outcome == CredentialStore::Outcome::Failed ? job->errorString() : QString();
}

} // namespace

// TestKeychain reaches it for real: gnome-keyring under a private D-Bus session
// (tests/integration/run-with-keyring.sh).
KeychainCredentialStore::KeychainCredentialStore(const QString& service, QObject* parent)
    : CredentialStore(parent), m_service(service)
{ }

void KeychainCredentialStore::readSecret(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job* finished) {
        const auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
        const Outcome outcome = outcomeOf(readJob);
        if (outcome == Outcome::Failed) {
            // The key names the secret's purpose, never its value.
            qCWarning(lcSupport) << "keychain read failed for" << key << ":" << readJob->errorString();
        }
        const QString secret = outcome == Outcome::Ok ? readJob->textData() : QString();
        Q_EMIT secretRead(key, outcome, secret, errorOf(readJob, outcome));
    });
    job->start();
}

void KeychainCredentialStore::writeSecret(const QString& key, const QString& secret)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job* finished) {
        Outcome outcome = outcomeOf(finished);
        // Writing never legitimately answers "not found"; treat any such answer as a failure.
        if (outcome == Outcome::NotFound) {
            outcome = Outcome::Failed;
        }
        if (outcome == Outcome::Failed) {
            qCWarning(lcSupport) << "keychain write failed for" << key << ":" << finished->errorString();
        }
        Q_EMIT secretWritten(key, outcome, errorOf(finished, outcome));
    });
    job->start();
}

void KeychainCredentialStore::removeSecret(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job* finished) {
        const Outcome outcome = outcomeOf(finished);
        if (outcome == Outcome::Failed) {
            qCWarning(lcSupport) << "keychain delete failed for" << key << ":" << finished->errorString();
        }
        Q_EMIT secretRemoved(key, outcome, errorOf(finished, outcome));
    });
    job->start();
}
