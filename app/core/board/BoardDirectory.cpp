#include "board/BoardDirectory.h"

#include "board/BoardSession.h"
#include "bounces/BounceLedger.h"
#include "support/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

QString uniqueConnectionName()
{
    static std::atomic_int counter {0};
    return u"mailroom-board-directory-%1"_s.arg(counter.fetch_add(1));
}

QString cannotRead(const QString& path, const QString& why)
{
    return QCoreApplication::translate("BoardDirectory", "Cannot read the board database %1: %2")
        .arg(QDir::toNativeSeparators(path), why);
}

} // namespace

bool BoardDirectory::loadSqlite(const QString& path)
{
    m_errorString.clear();
    // SQLite would create an empty database for a missing file; say what is really wrong.
    if (!QFileInfo(path).isFile()) {
        m_errorString = cannotRead(path, QCoreApplication::translate("BoardDirectory", "the file does not exist"));
        return false;
    }

    QHash<QByteArray, BoardUser> users;
    QSet<QByteArray> senders;
    QString boardName;
    QString error;
    const QString connection = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(u"SELECT id, type, first_name, last_name, company, email, status FROM users "
                            "ORDER BY id"_s)) {
                error = query.lastError().text();
            }
            while (error.isEmpty() && query.next()) {
                BoardUser user;
                user.id = query.value(0).toLongLong();
                user.type = query.value(1).toString().toUtf8();
                const QString company = query.value(4).toString().trimmed();
                const QString person = QString(query.value(2).toString() + u' ' + query.value(3).toString()).trimmed();
                user.name = user.type == "employer" && !company.isEmpty() ? company : person;
                user.archived = query.value(6).toString() == u"archived"_s;
                const QByteArray email = query.value(5).toString().trimmed().toUtf8().toLower();
                // A board may hold one address twice; the older account (lower id) keeps it.
                if (!email.isEmpty() && !users.contains(email)) {
                    users.insert(email, user);
                }
            }
            if (error.isEmpty() && query.lastError().isValid()) // next() ends on errors too
                error = query.lastError().text();
            if (error.isEmpty() && !query.exec(u"SELECT key, value FROM board"_s)) {
                error = query.lastError().text();
            }
            while (error.isEmpty() && query.next()) {
                const QString key = query.value(0).toString();
                if (key == u"name"_s) {
                    boardName = query.value(1).toString();
                } else if (key == u"senders"_s) {
                    const QStringList list = query.value(1).toString().split(u',', Qt::SkipEmptyParts);
                    for (const QString& sender : list) {
                        senders.insert(sender.trimmed().toUtf8().toLower());
                    }
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);

    if (!error.isEmpty()) {
        m_errorString = cannotRead(path, error);
        return false;
    }
    m_users = std::move(users);
    m_boardSenders = std::move(senders);
    m_boardName = boardName;
    qCInfo(lcBoard) << "board directory loaded:" << m_users.size() << "users," << m_boardSenders.size() << "senders";
    return true;
}

bool BoardDirectory::load(const BoardConnection& connection, const QString& password, const std::atomic_bool* cancel)
{
    m_errorString.clear();
    BoardSession session(connection);
    QString error;
    if (!session.open(password, &error)) {
        m_errorString = error;
        return false;
    }
    const SchemaProfile& schema = connection.schema;
    QHash<QByteArray, BoardUser> users;
    const bool ok = session.forEachUser(
        [&](const QList<BoardUserRow>& page) {
            for (const BoardUserRow& row : page) {
                BoardUser user;
                user.id = row.id;
                const QString type = row.value(BoardField::Type);
                user.type = type == schema.employerValue ? "employer" : type == schema.seekerValue ? "seeker" : "";
                const QString company = row.value(BoardField::Company).trimmed();
                const QString person = row.value(BoardField::DisplayName).isEmpty()
                    ? QString(row.value(BoardField::FirstName) + u' ' + row.value(BoardField::LastName)).trimmed()
                    : row.value(BoardField::DisplayName).trimmed();
                user.name = user.type == "employer" && !company.isEmpty() ? company : person;
                user.archived
                    = schema.isColumn(BoardField::Status) && row.value(BoardField::Status) == schema.archivedValue;
                const QByteArray email = row.value(BoardField::Email).trimmed().toUtf8().toLower();
                if (!email.isEmpty() && !users.contains(email)) // the older account keeps a shared address
                    users.insert(email, user);
            }
            return true;
        },
        &error, 5000, cancel,
        {BoardField::Type, BoardField::FirstName, BoardField::LastName, BoardField::DisplayName, BoardField::Company,
            BoardField::Email, BoardField::Status});
    if (!ok) {
        m_errorString = error;
        return false;
    }
    m_users = std::move(users);
    m_boardName = connection.name;
    qCInfo(lcBoard) << "board directory loaded through" << connection.name << ":" << m_users.size() << "users";
    return true;
}

void BoardDirectory::addUser(const QByteArray& email, const BoardUser& user)
{
    m_users.insert(email.trimmed().toLower(), user);
}

void BoardDirectory::addBoardSender(const QByteArray& address)
{
    m_boardSenders.insert(address.trimmed().toLower());
}

const BoardUser* BoardDirectory::find(QByteArrayView email) const
{
    const auto it = m_users.constFind(email.toByteArray().toLower());
    return it == m_users.cend() ? nullptr : &it.value();
}

bool BoardDirectory::isBoardSender(QByteArrayView address) const
{
    return m_boardSenders.contains(address.toByteArray().toLower());
}

void BoardDirectory::match(std::vector<RecipientRecord>& records) const
{
    for (RecipientRecord& record : records) {
        if (const BoardUser* user = find(record.address)) {
            record.userId = user->id;
            record.userType = user->type;
            record.userName = user->name;
        } else {
            record.userId = 0;
            record.userType.clear();
            record.userName.clear();
        }

        if (record.sender.isEmpty()) {
            record.senderKind = SenderKind::Unknown;
        } else if (isBoardSender(record.sender)) {
            record.senderKind = SenderKind::Board;
        } else if (find(record.sender)) {
            record.senderKind = SenderKind::User;
        } else {
            record.senderKind = SenderKind::Unknown;
        }
    }
}
