#pragma once

#include <QHash>
#include <QObject>
#include <QString>

// The only door to secrets (database and IMAP passwords, SSH key passphrases). Calls are
// asynchronous because OS keychains may ask the user; every call ends with exactly one
// signal. Reading a secret that is not stored reports "not found", which is not an error;
// removing one reports Ok, as the OS keychains do.
// There is no plaintext fallback.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        Ok,
        NotFound,
        Failed, // the keychain refused or is missing; errorString says why
    };
    Q_ENUM(Outcome)

    using QObject::QObject;

    virtual void readSecret(const QString& key) = 0;
    virtual void writeSecret(const QString& key, const QString& secret) = 0;
    virtual void removeSecret(const QString& key) = 0;

Q_SIGNALS:
    void secretRead(const QString& key, CredentialStore::Outcome outcome, const QString& secret,
                    const QString& errorString);
    void secretWritten(const QString& key, CredentialStore::Outcome outcome, const QString& errorString);
    void secretRemoved(const QString& key, CredentialStore::Outcome outcome, const QString& errorString);
};

// Secrets in memory only, for tests. Signals are queued, as a real keychain's would be.
class InMemoryCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    using CredentialStore::CredentialStore;

    void readSecret(const QString& key) override;
    void writeSecret(const QString& key, const QString& secret) override;
    void removeSecret(const QString& key) override;

private:
    QHash<QString, QString> m_secrets;
};

// The OS keychain through QtKeychain (Keychain on macOS, Credential Manager on Windows,
// Secret Service on Linux).
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT

public:
    explicit KeychainCredentialStore(const QString& service = QStringLiteral("Mailroom"), QObject* parent = nullptr);

    void readSecret(const QString& key) override;
    void writeSecret(const QString& key, const QString& secret) override;
    void removeSecret(const QString& key) override;

private:
    QString m_service;
};
