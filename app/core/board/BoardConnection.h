#pragma once

#include "board/SchemaProfile.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// How to reach one board's database: a connection profile. The password is never part of it;
// it comes from the credential store (or, for scripts, standard input) when connecting.
struct BoardConnection
{
    enum class Kind
    {
        Sqlite,
        MariaDb, // MariaDB and MySQL
        PostgreSql,
        Odbc, // a DSN or connection string, where a native driver is missing (Windows)
    };
    enum class Tls
    {
        Off,
        Required, // encrypted, server certificate not checked
        Verified, // encrypted, certificate checked against caFile (or the system's CAs)
    };

    QString name;
    Kind kind = Kind::Sqlite;
    QString host;
    int port = 0; // 0: the driver's default
    QString database; // SQLite: the file; ODBC: the DSN or connection string
    QString user;
    Tls tls = Tls::Off;
    QString caFile;
    // Where the "email bounced" flag is kept when the schema maps no column for it.
    enum class FlagStore
    {
        Local, // Mailroom's own store on this computer, by profile and user id
        BoardTable, // a table Mailroom adds to the board's database (FlagTable), once the owner agreed
    };
    static constexpr QLatin1StringView FlagTable {"mailroom_bounced"}; // user_id, flagged_at

    bool readOnly = false; // every write is refused before it reaches the database
    FlagStore flagStore = FlagStore::Local;
    int timeoutSeconds = 10; // connect and read timeouts
    SchemaProfile schema = SchemaProfile::demo();

    // The key of the password in the credential store.
    QString secretKey() const { return QStringLiteral("board/") + name; }
    bool needsPassword() const { return kind != Kind::Sqlite; }

    // The Qt driver for kind that this installation has ("QMARIADB" or "QMYSQL", "QPSQL"...),
    // or an empty string with *error saying what to install.
    static QString driverFor(Kind kind, QString* error);
    static QByteArrayView kindName(Kind kind); // "sqlite", "mariadb", "postgresql", "odbc"
    static std::optional<Kind> kindNamed(QStringView name);

    // Adds and opens a connection under connectionName in the calling thread (Qt SQL
    // connections belong to the thread that made them). False with *error saying what failed.
    bool open(const QString& connectionName, const QString& password, QString* error) const;

    QJsonObject toJson() const;
    static std::optional<BoardConnection> fromJson(const QJsonObject& json, QString* error);
    // The demo board: the SQLite file in its folder, the demo schema, nothing to configure.
    static BoardConnection demo(const QString& databasePath);
};
