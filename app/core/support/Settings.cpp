#include "support/Settings.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Every key in one place, so a rename cannot miss a reader or a writer.
const QString KeyBoardDatabase = u"board/database"_s;
const QString KeyLogSources = u"bounces/logSources"_s;
const QString KeyLogTimeZone = u"bounces/logTimeZone"_s;
const QString KeyEscalationCount = u"bounces/escalationCount"_s;
const QString KeyEscalationDays = u"bounces/escalationDays"_s;
const QString KeyWindowGeometry = u"window/geometry"_s;
const QString KeyWindowState = u"window/state"_s;
const QString GroupViews = u"views/"_s;
const QString KeyLastFolder = u"files/lastFolder"_s;
const QString KeySendingAddresses = u"reputation/sendingAddresses"_s;
const QString KeySendingDomain = u"reputation/sendingDomain"_s;
const QString KeyDkimSelector = u"reputation/dkimSelector"_s;
const QString KeyNameserver = u"reputation/nameserver"_s;
const QString KeyHeloName = u"reputation/heloName"_s;
const QString KeyDkimDomain = u"reputation/dkimDomain"_s;
const QString KeyEnvelopeDomain = u"reputation/envelopeDomain"_s;
const QString GroupOwner = u"owner/"_s;
const QString KeyRecheckMinutes = u"removal/recheckMinutes"_s;
const QString KeyBoardConnection = u"board/connection"_s;
const QString KeyBoardProfiles = u"board/profiles"_s;
const QString KeyExportDefinitions = u"export/definitions"_s;
const QString KeyLastExportFile = u"export/lastFile"_s;
const QString KeyLastExportDefinition = u"export/last"_s;
const QString KeyTrustedImapCertificates = u"imap/trustedCertificates"_s;
const QString KeyImapMoveTo = u"imap/moveTo"_s; // a JSON object: URL -> folder, URLs being no QSettings keys

QJsonObject byName(const QList<QJsonObject>& objects, const QString& name)
{
    for (const QJsonObject& object : objects) {
        if (object.value(u"name"_s).toString() == name)
            return object;
    }
    return {};
}

constexpr int DefaultEscalationCount = 3;
constexpr int DefaultEscalationDays = 7;
constexpr int DefaultRecheckMinutes = 60;
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>(u"Mailroom"_s, u"Mailroom"_s))
    , m_dataFolder(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
{ }

Settings::Settings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
    , m_dataFolder(QFileInfo(iniPath).absolutePath() + u"/data"_s)
{ }

QString Settings::dataFolder() const
{
    return m_dataFolder;
}

QString Settings::auditLogPath() const
{
    return dataFolder() + u"/board/audit.sqlite"_s;
}

QString Settings::imapCacheFolder() const
{
    return dataFolder() + u"/imap"_s;
}

Settings::~Settings() = default;

QString Settings::boardDatabase() const
{
    return m_settings->value(KeyBoardDatabase).toString();
}

void Settings::setBoardDatabase(const QString& path)
{
    m_settings->setValue(KeyBoardDatabase, path);
}

QStringList Settings::logSources() const
{
    return m_settings->value(KeyLogSources).toStringList();
}

void Settings::setLogSources(const QStringList& paths)
{
    m_settings->setValue(KeyLogSources, paths);
}

QByteArray Settings::logTimeZone() const
{
    // Stored as text so the INI file stays readable; IANA ids are ASCII.
    return m_settings->value(KeyLogTimeZone).toString().toLatin1();
}

void Settings::setLogTimeZone(const QByteArray& ianaId)
{
    m_settings->setValue(KeyLogTimeZone, QString::fromLatin1(ianaId));
}

int Settings::escalationCount() const
{
    bool ok = false;
    const int count = m_settings->value(KeyEscalationCount, DefaultEscalationCount).toInt(&ok);
    // A hand-edited file must not switch escalation off by accident.
    return ok && count > 0 ? count : DefaultEscalationCount;
}

void Settings::setEscalationCount(int count)
{
    m_settings->setValue(KeyEscalationCount, count);
}

int Settings::escalationDays() const
{
    bool ok = false;
    const int days = m_settings->value(KeyEscalationDays, DefaultEscalationDays).toInt(&ok);
    return ok && days >= 0 ? days : DefaultEscalationDays;
}

void Settings::setEscalationDays(int days)
{
    m_settings->setValue(KeyEscalationDays, days);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(KeyWindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& state)
{
    m_settings->setValue(KeyWindowGeometry, state);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(KeyWindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    m_settings->setValue(KeyWindowState, state);
}

QByteArray Settings::viewState(const QString& viewName) const
{
    return m_settings->value(GroupViews + viewName).toByteArray();
}

void Settings::setViewState(const QString& viewName, const QByteArray& state)
{
    m_settings->setValue(GroupViews + viewName, state);
}

QStringList Settings::sendingAddresses() const
{
    return m_settings->value(KeySendingAddresses).toStringList();
}

void Settings::setSendingAddresses(const QStringList& addresses)
{
    m_settings->setValue(KeySendingAddresses, addresses);
}

QString Settings::sendingDomain() const
{
    return m_settings->value(KeySendingDomain).toString();
}

void Settings::setSendingDomain(const QString& domain)
{
    m_settings->setValue(KeySendingDomain, domain);
}

QString Settings::dkimSelector() const
{
    return m_settings->value(KeyDkimSelector).toString();
}

void Settings::setDkimSelector(const QString& selector)
{
    m_settings->setValue(KeyDkimSelector, selector);
}

QString Settings::dkimDomain() const
{
    return m_settings->value(KeyDkimDomain).toString();
}

void Settings::setDkimDomain(const QString& domain)
{
    m_settings->setValue(KeyDkimDomain, domain);
}

QString Settings::envelopeDomain() const
{
    return m_settings->value(KeyEnvelopeDomain).toString();
}

void Settings::setEnvelopeDomain(const QString& domain)
{
    m_settings->setValue(KeyEnvelopeDomain, domain);
}

OwnerDetails Settings::ownerDetails() const
{
    OwnerDetails owner;
    owner.name = m_settings->value(GroupOwner + u"name"_s).toString();
    owner.email = m_settings->value(GroupOwner + u"email"_s).toString();
    owner.phone = m_settings->value(GroupOwner + u"phone"_s).toString();
    owner.boardName = m_settings->value(GroupOwner + u"boardName"_s).toString();
    owner.boardUrl = m_settings->value(GroupOwner + u"boardUrl"_s).toString();
    owner.imprintUrl = m_settings->value(GroupOwner + u"imprintUrl"_s).toString();
    owner.mailKinds
        = m_settings->value(GroupOwner + u"mailKinds"_s, QStringList {u"alerts"_s, u"registration"_s}).toStringList();
    owner.dailyVolume = m_settings->value(GroupOwner + u"dailyVolume"_s, 0).toInt();
    owner.dedicatedIp = m_settings->value(GroupOwner + u"dedicatedIp"_s, true).toBool();
    return owner;
}

void Settings::setOwnerDetails(const OwnerDetails& owner)
{
    m_settings->setValue(GroupOwner + u"name"_s, owner.name);
    m_settings->setValue(GroupOwner + u"email"_s, owner.email);
    m_settings->setValue(GroupOwner + u"phone"_s, owner.phone);
    m_settings->setValue(GroupOwner + u"boardName"_s, owner.boardName);
    m_settings->setValue(GroupOwner + u"boardUrl"_s, owner.boardUrl);
    m_settings->setValue(GroupOwner + u"imprintUrl"_s, owner.imprintUrl);
    m_settings->setValue(GroupOwner + u"mailKinds"_s, owner.mailKinds);
    m_settings->setValue(GroupOwner + u"dailyVolume"_s, owner.dailyVolume);
    m_settings->setValue(GroupOwner + u"dedicatedIp"_s, owner.dedicatedIp);
}

QJsonObject Settings::boardConnection() const
{
    return QJsonDocument::fromJson(m_settings->value(KeyBoardConnection).toString().toUtf8()).object();
}

void Settings::setBoardConnection(const QJsonObject& profile)
{
    if (profile.isEmpty()) {
        m_settings->remove(KeyBoardConnection);
        return;
    }
    m_settings->setValue(KeyBoardConnection, QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Compact)));
    saveBoardProfile(profile);
}

QList<QJsonObject> Settings::namedObjects(const QString& key) const
{
    QList<QJsonObject> objects;
    const QJsonArray saved = QJsonDocument::fromJson(m_settings->value(key).toString().toUtf8()).array();
    for (const QJsonValue& value : saved) {
        if (value.isObject() && !value.toObject().value(u"name"_s).toString().isEmpty())
            objects.append(value.toObject());
    }
    return objects;
}

void Settings::writeNamedObjects(const QString& key, const QList<QJsonObject>& objects)
{
    QJsonArray saved;
    for (const QJsonObject& object : objects)
        saved.append(object);
    m_settings->setValue(key, QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)));
}

void Settings::saveNamedObject(const QString& key, QList<QJsonObject> objects, const QJsonObject& object)
{
    const QString name = object.value(u"name"_s).toString();
    if (name.isEmpty())
        return;
    const auto same = std::find_if(objects.begin(), objects.end(),
        [&](const QJsonObject& other) { return other.value(u"name"_s).toString() == name; });
    if (same != objects.end())
        *same = object;
    else
        objects.append(object);
    writeNamedObjects(key, objects);
}

QList<QJsonObject> Settings::boardProfiles() const
{
    QList<QJsonObject> profiles = namedObjects(KeyBoardProfiles);
    // Settings written before profiles were kept have only the current one.
    const QJsonObject current = boardConnection();
    const QString currentName = current.value(u"name"_s).toString();
    if (!currentName.isEmpty() && std::none_of(profiles.cbegin(), profiles.cend(), [&](const QJsonObject& p) {
            return p.value(u"name"_s).toString() == currentName;
        }))
        profiles.append(current);
    return profiles;
}

QJsonObject Settings::boardProfile(const QString& name) const
{
    return byName(boardProfiles(), name);
}

void Settings::saveBoardProfile(const QJsonObject& profile)
{
    saveNamedObject(KeyBoardProfiles, boardProfiles(), profile);
}

void Settings::removeBoardProfile(const QString& name)
{
    QList<QJsonObject> profiles = boardProfiles();
    profiles.removeIf([&](const QJsonObject& p) { return p.value(u"name"_s).toString() == name; });
    writeNamedObjects(KeyBoardProfiles, profiles);
    if (boardConnection().value(u"name"_s).toString() == name)
        m_settings->remove(KeyBoardConnection);
}

QList<QJsonObject> Settings::exportDefinitions() const
{
    return namedObjects(KeyExportDefinitions);
}

QJsonObject Settings::exportDefinition(const QString& name) const
{
    return byName(exportDefinitions(), name);
}

void Settings::saveExportDefinition(const QJsonObject& definition)
{
    saveNamedObject(KeyExportDefinitions, exportDefinitions(), definition);
}

void Settings::removeExportDefinition(const QString& name)
{
    QList<QJsonObject> definitions = exportDefinitions();
    definitions.removeIf([&](const QJsonObject& d) { return d.value(u"name"_s).toString() == name; });
    writeNamedObjects(KeyExportDefinitions, definitions);
}

QJsonObject Settings::lastExportDefinition() const
{
    return QJsonDocument::fromJson(m_settings->value(KeyLastExportDefinition).toString().toUtf8()).object();
}

void Settings::setLastExportDefinition(const QJsonObject& definition)
{
    m_settings->setValue(
        KeyLastExportDefinition, QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact)));
}

QString Settings::lastExportFile() const
{
    return m_settings->value(KeyLastExportFile).toString();
}

void Settings::setLastExportFile(const QString& path)
{
    m_settings->setValue(KeyLastExportFile, path);
}

int Settings::recheckMinutes() const
{
    const int minutes = m_settings->value(KeyRecheckMinutes, DefaultRecheckMinutes).toInt();
    return minutes >= 5 ? minutes : DefaultRecheckMinutes;
}

void Settings::setRecheckMinutes(int minutes)
{
    m_settings->setValue(KeyRecheckMinutes, minutes);
}

QString Settings::heloName() const
{
    return m_settings->value(KeyHeloName).toString();
}

void Settings::setHeloName(const QString& name)
{
    m_settings->setValue(KeyHeloName, name);
}

QString Settings::nameserver() const
{
    return m_settings->value(KeyNameserver).toString();
}

void Settings::setNameserver(const QString& server)
{
    m_settings->setValue(KeyNameserver, server);
}

QStringList Settings::trustedImapCertificates() const
{
    return m_settings->value(KeyTrustedImapCertificates).toStringList();
}

void Settings::setTrustedImapCertificates(const QStringList& fingerprints)
{
    m_settings->setValue(KeyTrustedImapCertificates, fingerprints);
}

QHash<QString, QString> Settings::imapMoveTo() const
{
    QHash<QString, QString> folders;
    const QJsonObject saved = QJsonDocument::fromJson(m_settings->value(KeyImapMoveTo).toString().toUtf8()).object();
    for (auto it = saved.constBegin(); it != saved.constEnd(); ++it) {
        if (const QString folder = it.value().toString(); !folder.isEmpty())
            folders.insert(it.key(), folder);
    }
    return folders;
}

void Settings::setImapMoveTo(const QString& url, const QString& folder)
{
    QJsonObject saved = QJsonDocument::fromJson(m_settings->value(KeyImapMoveTo).toString().toUtf8()).object();
    if (folder.isEmpty())
        saved.remove(url);
    else
        saved.insert(url, folder);
    if (saved.isEmpty())
        m_settings->remove(KeyImapMoveTo);
    else
        m_settings->setValue(KeyImapMoveTo, QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)));
}

QString Settings::lastFolder() const
{
    return m_settings->value(KeyLastFolder).toString();
}

void Settings::setLastFolder(const QString& path)
{
    m_settings->setValue(KeyLastFolder, path);
}

void Settings::sync()
{
    m_settings->sync();
}
