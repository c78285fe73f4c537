#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

// Who the board's owner is, for removal requests: the details a provider asks for.
struct OwnerDetails
{
    QString name;
    QString email; // where the provider can answer
    QString phone; // optional; Barracuda asks for one
    QString boardName;
    QString boardUrl;
    QString imprintUrl; // the legal notice (Impressum); T-Online asks for it
    QStringList mailKinds; // "alerts", "registration", "messages": what the board sends
    int dailyVolume = 0; // messages a day, roughly; 0: not said
    bool dedicatedIp = true; // the sending address is the board's alone

    bool operator==(const OwnerDetails&) const = default;
};

// Every persistent setting, its type and its default, in one place. Nothing else in Mailroom
// touches QSettings. Secrets never go here: they live in the CredentialStore.
class Settings
{
public:
    // The application's own settings (organisation "Mailroom", application "Mailroom").
    Settings();
    // Settings in a given INI file, for tests and portable installs.
    explicit Settings(const QString& iniPath);
    ~Settings();

    // The board database Mailroom opens; empty means the embedded demo board.
    QString boardDatabase() const;
    void setBoardDatabase(const QString& path);

    // Log files and folders the Bounces page scanned last.
    QStringList logSources() const;
    void setLogSources(const QStringList& paths);

    // IANA id of the zone the SMTP server writes its log times in; empty means this computer's.
    QByteArray logTimeZone() const;
    void setLogTimeZone(const QByteArray& ianaId);

    // Soft bounces escalate to hard after this many failures over at least this many days.
    int escalationCount() const; // default 3
    void setEscalationCount(int count);
    int escalationDays() const; // default 7
    void setEscalationDays(int days);

    // Window and view state, opaque to everyone but the widget that saved it.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& state);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QByteArray viewState(const QString& viewName) const;
    void setViewState(const QString& viewName, const QByteArray& state);

    // What the Reputation page checks: the board's sending addresses, its sending domain, a DKIM
    // selector, and the DNS server to ask ("" for the system's; "ADDR[:PORT]" otherwise).
    QStringList sendingAddresses() const;
    void setSendingAddresses(const QStringList& addresses);
    QString sendingDomain() const;
    void setSendingDomain(const QString& domain);
    QString dkimSelector() const;
    void setDkimSelector(const QString& selector);
    QString dkimDomain() const; // the d= of the board's signatures, when not its domain
    void setDkimDomain(const QString& domain);
    QString envelopeDomain() const; // the Return-Path domain, when not the board's domain
    void setEnvelopeDomain(const QString& domain);
    QString heloName() const;
    void setHeloName(const QString& name);
    QString nameserver() const;
    void setNameserver(const QString& server);

    OwnerDetails ownerDetails() const;
    void setOwnerDetails(const OwnerDetails& owner);
    // How often open removal requests are rechecked while Mailroom runs.
    int recheckMinutes() const; // default 60
    void setRecheckMinutes(int minutes);

    // Where Mailroom keeps its own files (the last check, removal requests): the application's
    // data folder, or a "data" folder beside the INI file of Settings(iniPath), so tests and
    // portable installs keep everything together.
    QString dataFolder() const;
    // The activity log of board changes (AuditLog), inside dataFolder().
    QString auditLogPath() const;
    // Where the local copies of IMAP mailboxes are kept between scans (ImapAccess::cacheFolder), by
    // the GUI and the CLI alike, inside dataFolder().
    QString imapCacheFolder() const;

    // The board's connection profile (BoardConnection::toJson(): no password), or empty for the
    // SQLite file of boardDatabase() / the demo board.
    QJsonObject boardConnection() const;
    // Also keeps profile among the saved ones (under its name), where the CLI finds it.
    void setBoardConnection(const QJsonObject& profile);
    // Every connection profile saved so far (no passwords), in the order they were first saved.
    QList<QJsonObject> boardProfiles() const;
    QJsonObject boardProfile(const QString& name) const; // empty when none has that name
    void saveBoardProfile(const QJsonObject& profile); // replaces the one of the same name
    void removeBoardProfile(const QString& name);

    // Export definitions (ExportDefinition::toJson()) saved by name, in the order first saved.
    QList<QJsonObject> exportDefinitions() const;
    QJsonObject exportDefinition(const QString& name) const; // empty when none has that name
    void saveExportDefinition(const QJsonObject& definition); // replaces the one of the same name
    void removeExportDefinition(const QString& name);
    // The export dialog's settings when it was last used (ExportDefinition::toJson()).
    QJsonObject lastExportDefinition() const;
    void setLastExportDefinition(const QJsonObject& definition);
    // The file the last export wrote.
    QString lastExportFile() const;
    void setLastExportFile(const QString& path);

    // SHA-256 fingerprints ("AB:CD:...") of IMAP servers' certificates the owner chose to trust
    // although they do not verify: exactly those certificates are accepted.
    QStringList trustedImapCertificates() const;
    void setTrustedImapCertificates(const QStringList& fingerprints);
    // By IMAP source URL (ImapAccount::toUrl()): the folder its processed bounce notices are moved
    // to. A mailbox not named here is only read, never changed.
    QHash<QString, QString> imapMoveTo() const;
    void setImapMoveTo(const QString& url, const QString& folder); // an empty folder: never move

    // The last folder a file dialog showed.
    QString lastFolder() const;
    void setLastFolder(const QString& path);

    void sync();

private:
    // JSON objects with a "name", kept as one JSON array under key.
    QList<QJsonObject> namedObjects(const QString& key) const;
    void writeNamedObjects(const QString& key, const QList<QJsonObject>& objects);
    void saveNamedObject(const QString& key, QList<QJsonObject> objects, const QJsonObject& object);

    std::unique_ptr<QSettings> m_settings;
    QString m_dataFolder;
};
