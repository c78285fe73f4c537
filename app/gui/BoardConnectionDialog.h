#pragma once

#include "board/BoardConnection.h"

#include <QDialog>

class BoardWorker;
class CredentialStore;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// The board's database: SQLite file or MariaDB/MySQL, PostgreSQL or ODBC server, TLS, read-only,
// and the schema profile (a built-in one, or a mapping the owner edits, proposed from the
// database's own table and column names). Test checks everything on the worker thread; Save
// tests first and keeps the password in the OS keychain only.
class BoardConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    BoardConnectionDialog(
        BoardWorker& worker, CredentialStore& secrets, const BoardConnection& current, QWidget* parent = nullptr);

    BoardConnection connection() const;
    QString password() const;
    // The profiles saved before, to choose from; choosing one fills the form with it.
    void setSavedProfiles(const QList<BoardConnection>& profiles);

Q_SIGNALS:
    // The owner forgot a saved profile: its password is already gone from the keychain.
    void profileForgotten(const QString& name);

private:
    void setConnection(const BoardConnection& connection);
    void chooseSaved(int index);
    void forgetSaved();
    void askForFlagTable(int index);
    void readStoredPassword(const BoardConnection& connection);
    void updateKind();
    void updateSchema();
    void fillMapping(const SchemaProfile& profile, const QStringList& columns);
    void setBusy(bool busy, const QString& message = {});
    void save();

    BoardWorker& m_worker;
    CredentialStore& m_secrets;
    QComboBox* m_saved = nullptr;
    QPushButton* m_forget = nullptr;
    QList<BoardConnection> m_savedProfiles;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_tls = nullptr;
    QLineEdit* m_caFile = nullptr;
    QCheckBox* m_readOnly = nullptr;
    QComboBox* m_schema = nullptr;
    QComboBox* m_flagStore = nullptr;
    QLineEdit* m_table = nullptr;
    QTableWidget* m_mapping = nullptr;
    QPushButton* m_propose = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_result = nullptr;
    QList<QWidget*> m_serverWidgets;
    bool m_saving = false;
    BoardConnection::Kind m_lastKind = BoardConnection::Kind::Sqlite;
    QString m_storedPassword; // the keychain's, used while the password field is left empty
    QString m_storedPasswordKey; // whose password m_storedPassword is
};
