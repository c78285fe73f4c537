#include "BoardConnectionDialog.h"

#include "board/BoardWorker.h"
#include "support/CredentialStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int CustomSchema = 3; // the index of "my own mapping" in the schema list

int defaultPort(BoardConnection::Kind kind)
{
    return kind == BoardConnection::Kind::MariaDb ? 3306 : kind == BoardConnection::Kind::PostgreSql ? 5432 : 0;
}

} // namespace

BoardConnectionDialog::BoardConnectionDialog(
    BoardWorker& worker, CredentialStore& secrets, const BoardConnection& current, QWidget* parent)
    : QDialog(parent), m_worker(worker), m_secrets(secrets)
{
    setWindowTitle(tr("Board Database"));
    m_saved = new QComboBox(this);
    m_saved->setObjectName(u"savedProfiles"_s);
    m_saved->addItem(tr("New profile"));
    m_forget = new QPushButton(tr("For&get Profile"), this);
    m_forget->setObjectName(u"forgetProfile"_s);
    m_forget->setEnabled(false);
    auto* savedRow = new QHBoxLayout;
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(m_forget);
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"connectionName"_s);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"connectionKind"_s);
    m_kind->addItem(tr("SQLite file"), int(BoardConnection::Kind::Sqlite));
    m_kind->addItem(tr("MariaDB or MySQL"), int(BoardConnection::Kind::MariaDb));
    m_kind->addItem(tr("PostgreSQL"), int(BoardConnection::Kind::PostgreSql));
    m_kind->addItem(tr("ODBC (data source name or connection string)"), int(BoardConnection::Kind::Odbc));
    m_file = new QLineEdit(this);
    m_file->setObjectName(u"databaseFile"_s);
    m_browse = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    m_host = new QLineEdit(this);
    m_host->setObjectName(u"host"_s);
    m_host->setPlaceholderText(u"db.jobs.example"_s);
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"port"_s);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_database = new QLineEdit(this);
    m_database->setObjectName(u"databaseName"_s);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"user"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in this computer's keychain"));
    m_tls = new QComboBox(this);
    m_tls->setObjectName(u"tls"_s);
    m_tls->addItems({tr("Off (only on a trusted network)"), tr("Required, certificate not checked"),
        tr("Required, certificate checked")});
    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("optional: the CA certificate file"));
    m_readOnly = new QCheckBox(tr("&Read-only: Mailroom reads users and never writes"), this);
    m_readOnly->setObjectName(u"readOnly"_s);

    auto* connection = new QGroupBox(tr("Connection"), this);
    auto* form = new QFormLayout(connection);
    auto* savedLabel = new QLabel(tr("Sav&ed profile:"), this);
    savedLabel->setBuddy(m_saved);
    form->addRow(savedLabel, savedRow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file); // a row holding a layout gets no buddy of its own
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("T&LS:"), m_tls);
    form->addRow(tr("CA certificate:"), m_caFile);
    form->addRow(QString(), m_readOnly);
    m_serverWidgets = {m_host, m_port, m_database, m_user, m_password, m_tls, m_caFile};

    m_schema = new QComboBox(this);
    m_schema->setObjectName(u"schemaProfile"_s);
    m_schema->addItem(tr("Mailroom's demo board"), u"demo"_s);
    m_schema->addItem(tr("WordPress with WP Job Manager"), u"wordpress"_s);
    m_schema->addItem(tr("SmartJobBoard"), u"smartjobboard"_s);
    m_schema->addItem(tr("My own mapping"), u"custom"_s);
    m_table = new QLineEdit(this);
    m_table->setObjectName(u"usersTable"_s);
    m_mapping = new QTableWidget(BoardFieldCount, 2, this);
    m_mapping->setObjectName(u"mapping"_s);
    m_mapping->setHorizontalHeaderLabels({tr("Mailroom's field"), tr("Column, or (SQL expression) to read")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    for (int i = 0; i < BoardFieldCount; ++i) {
        auto* key = new QTableWidgetItem(QString::fromLatin1(boardFieldKey(BoardField(i))));
        key->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(i, 0, key);
        m_mapping->setItem(i, 1, new QTableWidgetItem);
    }
    m_flagStore = new QComboBox(this);
    m_flagStore->setObjectName(u"flagStore"_s);
    m_flagStore->addItem(tr("On this computer, in Mailroom's own store"));
    m_flagStore->addItem(tr("In the board database, in a table Mailroom adds (%1)").arg(BoardConnection::FlagTable));
    m_flagStore->setToolTip(tr("Where Mailroom keeps which users it marked \"email bounced\". In the board "
                               "database every computer working on the board sees the marks."));
    m_propose = new QPushButton(tr("&Propose from the Database"), this);
    m_propose->setObjectName(u"proposeMapping"_s);
    auto* schema = new QGroupBox(tr("Schema profile"), this);
    auto* schemaLayout = new QFormLayout(schema);
    schemaLayout->addRow(tr("&Schema:"), m_schema);
    schemaLayout->addRow(tr("Users' t&able:"), m_table);
    schemaLayout->addRow(m_mapping);
    schemaLayout->addRow(QString(), m_propose);
    schemaLayout->addRow(tr("\"E-&mail bounced\" marks:"), m_flagStore);

    m_result = new QLabel(this);
    m_result->setObjectName(u"connectionResult"_s);
    m_result->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_test = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(u"testConnection"_s);
    m_save = buttons->addButton(tr("Sa&ve"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveConnection"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(connection);
    layout->addWidget(schema, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(720, 760);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &BoardConnectionDialog::updateKind);
    connect(m_schema, &QComboBox::currentIndexChanged, this, &BoardConnectionDialog::updateSchema);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("The Board's SQLite File"), m_file->text());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, m_file, &QLineEdit::setText);
        dialog->open();
    });
    connect(m_test, &QPushButton::clicked, this, [this] {
        setBusy(true, tr("Connecting…"));
        m_worker.test(this->connection(), password());
    });
    connect(m_propose, &QPushButton::clicked, this, [this] {
        setBusy(true, tr("Reading the database's tables…"));
        m_worker.propose(this->connection(), password());
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_saving = true; // a passing test saves
        setBusy(true, tr("Checking before saving…"));
        m_worker.test(this->connection(), password(), true); // the owner agreed to the flag table, if chosen
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_worker, &BoardWorker::tested, this, [this](bool ok, const QString& message) {
        setBusy(false, message);
        m_result->setStyleSheet(ok ? QString() : u"color: #b3261e;"_s);
        if (ok && m_saving)
            save();
        m_saving = false;
    });
    connect(&m_worker, &BoardWorker::proposed, this,
        [this](const SchemaProfile& profile, const QStringList& columns, const QString& error) {
            setBusy(false,
                error.isEmpty() ? tr("Proposed from the table %1: check each field, then test.").arg(profile.usersTable)
                                : error);
            if (error.isEmpty())
                fillMapping(profile, columns);
        });
    connect(m_saved, &QComboBox::activated, this, &BoardConnectionDialog::chooseSaved);
    connect(m_forget, &QPushButton::clicked, this, &BoardConnectionDialog::forgetSaved);
    connect(m_flagStore, &QComboBox::activated, this, &BoardConnectionDialog::askForFlagTable);
    connect(&m_secrets, &CredentialStore::secretRead, this,
        [this](const QString& read, CredentialStore::Outcome outcome, const QString& secret, const QString&) {
            if (read == m_storedPasswordKey && outcome == CredentialStore::Outcome::Ok)
                m_storedPassword = secret;
        });
    setConnection(current);
    readStoredPassword(current);
}

void BoardConnectionDialog::readStoredPassword(const BoardConnection& c)
{
    // An empty field keeps the stored password: read it, so Test and Save can use it.
    m_storedPassword.clear();
    m_storedPasswordKey = c.needsPassword() ? c.secretKey() : QString();
    if (!m_storedPasswordKey.isEmpty())
        m_secrets.readSecret(m_storedPasswordKey);
}

void BoardConnectionDialog::setSavedProfiles(const QList<BoardConnection>& profiles)
{
    m_savedProfiles = profiles;
    while (m_saved->count() > 1)
        m_saved->removeItem(1);
    for (const BoardConnection& c : profiles)
        m_saved->addItem(c.name, c.name);
    const int current = m_saved->findData(m_name->text().trimmed());
    m_saved->setCurrentIndex(std::max(current, 0));
    m_forget->setEnabled(current > 0);
}

void BoardConnectionDialog::chooseSaved(int index)
{
    m_forget->setEnabled(index > 0);
    m_password->clear();
    if (index <= 0) {
        // A new profile starts from the form as it is, under a name of its own.
        m_name->setText(tr("new board"));
        m_name->setFocus();
        m_name->selectAll();
        m_storedPassword.clear();
        m_storedPasswordKey.clear();
        return;
    }
    const BoardConnection& chosen = m_savedProfiles.at(index - 1);
    setConnection(chosen);
    readStoredPassword(chosen);
    setBusy(false);
}

void BoardConnectionDialog::forgetSaved()
{
    const int index = m_saved->currentIndex();
    if (index <= 0)
        return;
    const BoardConnection gone = m_savedProfiles.takeAt(index - 1);
    m_saved->removeItem(index);
    if (gone.needsPassword())
        m_secrets.removeSecret(gone.secretKey());
    Q_EMIT profileForgotten(gone.name);
    m_saved->setCurrentIndex(0);
    chooseSaved(0);
    setBusy(false, tr("The profile %1 is forgotten, with its password.").arg(gone.name));
}

void BoardConnectionDialog::askForFlagTable(int index)
{
    if (index != int(BoardConnection::FlagStore::BoardTable))
        return;
    // Mailroom adds nothing to the board's database unless the owner says so, here.
    auto* box = new QMessageBox(QMessageBox::Question, tr("Add a Table to the Board Database?"),
        tr("Mailroom will add one table, %1, to the board's database when you save, and keep the \"email "
           "bounced\" marks there, so every computer working on this board sees them. No table of the board "
           "changes.\n\nAdd the table?")
            .arg(BoardConnection::FlagTable),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(u"flagTableConsent"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::finished, this, [this](int answer) {
        if (answer != QMessageBox::Yes)
            m_flagStore->setCurrentIndex(int(BoardConnection::FlagStore::Local));
    });
    box->open();
}

void BoardConnectionDialog::setConnection(const BoardConnection& c)
{
    m_name->setText(c.name);
    m_kind->setCurrentIndex(m_kind->findData(int(c.kind)));
    (c.kind == BoardConnection::Kind::Sqlite ? m_file : m_database)->setText(c.database);
    m_host->setText(c.host);
    m_port->setValue(c.port);
    m_user->setText(c.user);
    m_tls->setCurrentIndex(int(c.tls));
    m_caFile->setText(c.caFile);
    m_readOnly->setChecked(c.readOnly);
    m_flagStore->setCurrentIndex(int(c.flagStore));
    const int builtIn = m_schema->findData(c.schema.name);
    m_schema->setCurrentIndex(builtIn >= 0 ? builtIn : CustomSchema);
    fillMapping(c.schema, {});
    updateKind();
    updateSchema();
}

void BoardConnectionDialog::fillMapping(const SchemaProfile& profile, const QStringList& columns)
{
    m_table->setText(profile.usersTable);
    for (int i = 0; i < BoardFieldCount; ++i)
        m_mapping->item(i, 1)->setText(profile.field(BoardField(i)));
    if (!columns.isEmpty())
        m_mapping->setToolTip(tr("Columns of %1: %2").arg(profile.usersTable, columns.join(u", "_s)));
    if (profile.name == u"custom"_s)
        m_schema->setCurrentIndex(CustomSchema);
}

void BoardConnectionDialog::updateKind()
{
    const auto kind = BoardConnection::Kind(m_kind->currentData().toInt());
    const bool file = kind == BoardConnection::Kind::Sqlite;
    m_file->setEnabled(file);
    m_browse->setEnabled(file);
    for (QWidget* widget : std::as_const(m_serverWidgets))
        widget->setEnabled(!file);
    m_port->setEnabled(!file && kind != BoardConnection::Kind::Odbc);
    // For MariaDB the certificate is checked against the CA file alone (BoardConnection::open()).
    m_tls->setItemData(int(BoardConnection::Tls::Verified),
        kind == BoardConnection::Kind::MariaDb
            ? tr("For MariaDB and MySQL, choose the CA file that signed the server's certificate: Mailroom "
                 "checks the certificate and the host name in it against that file.")
            : QString(),
        Qt::ToolTipRole);
    m_host->setEnabled(!file && kind != BoardConnection::Kind::Odbc);
    // A port that was the last kind's default follows the kind; one the owner typed stays.
    if (!file && (m_port->value() == 0 || m_port->value() == defaultPort(m_lastKind)))
        m_port->setValue(defaultPort(kind));
    m_lastKind = kind;
}

void BoardConnectionDialog::updateSchema()
{
    const QString name = m_schema->currentData().toString();
    const bool custom = name == u"custom"_s;
    m_table->setReadOnly(!custom);
    m_mapping->setEditTriggers(custom ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
    m_propose->setEnabled(custom);
    if (!custom)
        fillMapping(*SchemaProfile::builtIn(name), {});
}

BoardConnection BoardConnectionDialog::connection() const
{
    BoardConnection c;
    c.name = m_name->text().trimmed().isEmpty() ? u"board"_s : m_name->text().trimmed();
    c.kind = BoardConnection::Kind(m_kind->currentData().toInt());
    c.database = (c.kind == BoardConnection::Kind::Sqlite ? m_file : m_database)->text().trimmed();
    c.host = m_host->text().trimmed();
    c.port = m_port->value();
    c.user = m_user->text().trimmed();
    c.tls = BoardConnection::Tls(m_tls->currentIndex());
    c.caFile = m_caFile->text().trimmed();
    c.readOnly = m_readOnly->isChecked();
    c.flagStore = BoardConnection::FlagStore(m_flagStore->currentIndex());
    const QString schema = m_schema->currentData().toString();
    if (schema != u"custom"_s) {
        c.schema = *SchemaProfile::builtIn(schema);
        return c;
    }
    c.schema = SchemaProfile();
    c.schema.name = u"custom"_s;
    c.schema.usersTable = m_table->text().trimmed();
    for (int i = 0; i < BoardFieldCount; ++i) {
        const QString mapped = m_mapping->item(i, 1)->text().trimmed();
        if (!mapped.isEmpty())
            c.schema.fields.insert(BoardField(i), mapped);
    }
    return c;
}

QString BoardConnectionDialog::password() const
{
    return m_password->text().isEmpty() ? m_storedPassword : m_password->text();
}

void BoardConnectionDialog::setBusy(bool busy, const QString& message)
{
    for (QPushButton* button : {m_test, m_save, m_propose})
        button->setEnabled(!busy && (button != m_propose || m_schema->currentData().toString() == u"custom"_s));
    m_result->setStyleSheet(QString());
    m_result->setText(message);
}

void BoardConnectionDialog::save()
{
    const BoardConnection c = connection();
    if (!c.needsPassword() || m_password->text().isEmpty()) {
        accept(); // SQLite needs none; an empty field keeps the password already in the keychain
        return;
    }
    // Answers for other keys may come first: wait for this one, then stop listening.
    auto listening = std::make_shared<QMetaObject::Connection>();
    *listening = connect(&m_secrets, &CredentialStore::secretWritten, this,
        [this, listening, key = c.secretKey()](
            const QString& written, CredentialStore::Outcome outcome, const QString& error) {
            if (written != key)
                return;
            disconnect(*listening);
            if (outcome == CredentialStore::Outcome::Ok) {
                accept();
                return;
            }
            m_result->setStyleSheet(u"color: #b3261e;"_s);
            m_result->setText(tr("The password could not be kept in this computer's keychain, so nothing was "
                                 "saved: %1")
                                  .arg(error));
        });
    m_secrets.writeSecret(c.secretKey(), password());
}
