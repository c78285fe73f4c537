#include "ImapSourceDialog.h"

#include "UserPrompts.h"
#include "support/CredentialStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

quint16 defaultPort(ImapAccount::Security security)
{
    return security == ImapAccount::Security::ImplicitTls ? 993 : 143;
}

// "host:port", as ImapClient names a server in its messages.
QString serverName(const ImapAccount& account)
{
    const QString host = account.host.contains(u':') ? u'[' + account.host + u']' : account.host;
    return host + u':' + QString::number(account.port);
}

bool sameFolder(const QString& a, const QString& b)
{
    // INBOX is the one name IMAP compares without case (RFC 3501 5.1).
    const bool inbox = a.compare(u"INBOX"_s, Qt::CaseInsensitive) == 0;
    return inbox ? b.compare(u"INBOX"_s, Qt::CaseInsensitive) == 0 : a == b;
}

} // namespace

ImapSourceDialog::ImapSourceDialog(CredentialStore& secrets, UserPrompts& prompts, QWidget* parent)
    : QDialog(parent), m_secrets(secrets), m_prompts(prompts)
{
    setObjectName(u"imapSourceDialog"_s);
    setWindowTitle(tr("Open IMAP Mailbox"));

    auto* intro = new QLabel(tr("Mailroom reads the bounce notices that arrive in a folder of your mailbox. "
                                "Reading changes nothing: the messages stay where they are, and unread."),
        this);
    intro->setWordWrap(true);

    m_host = new QLineEdit(this);
    m_host->setObjectName(u"host"_s);
    m_host->setPlaceholderText(u"imap.example.com"_s);
    m_security = new QComboBox(this);
    m_security->setObjectName(u"security"_s);
    m_security->addItem(tr("TLS (imaps://)"), int(ImapAccount::Security::ImplicitTls));
    m_security->addItem(tr("STARTTLS (imap://)"), int(ImapAccount::Security::StartTls));
    m_security->setToolTip(tr("TLS encrypts from the first byte; STARTTLS encrypts after the greeting. Either "
                              "way, Mailroom sends the password only over an encrypted connection."));
    m_port = new QLineEdit(QString::number(defaultPort(m_lastSecurity)), this);
    m_port->setObjectName(u"port"_s);
    m_port->setMaxLength(5);
    m_port->setInputMethodHints(Qt::ImhDigitsOnly);
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(u"0000000"_s) + 16);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"user"_s);
    m_user->setPlaceholderText(u"bounces@example.com"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in this computer's keychain only"));
    m_folder = new QLineEdit(u"INBOX"_s, this);
    m_folder->setObjectName(u"folder"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("Se&curity:"), m_security);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Folder:"), m_folder);

    auto* after = new QGroupBox(tr("After reading"), this);
    m_moveTo = new QLineEdit(after);
    m_moveTo->setObjectName(u"moveTo"_s);
    m_moveTo->setPlaceholderText(tr("empty: never change the mailbox"));
    auto* moveLabel = new QLabel(tr("&Move processed bounce notices to folder:"), after);
    moveLabel->setBuddy(m_moveTo);
    auto* moveNote = new QLabel(tr("Leave this empty and Mailroom never changes the mailbox. With a folder named "
                                   "here, each bounce notice, auto-reply and complaint report Mailroom has read is "
                                   "moved there (the folder is made when missing); other mail stays where it is."),
        after);
    moveNote->setObjectName(u"moveToNote"_s);
    moveNote->setWordWrap(true);
    auto* afterLayout = new QVBoxLayout(after);
    afterLayout->addWidget(moveLabel);
    afterLayout->addWidget(m_moveTo);
    afterLayout->addWidget(moveNote);

    m_result = new QLabel(this);
    m_result->setObjectName(u"connectionResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_testButton = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(u"testConnection"_s);
    m_addButton = buttons->addButton(tr("&Add Mailbox"), QDialogButtonBox::AcceptRole);
    m_addButton->setObjectName(u"addMailbox"_s);
    m_addButton->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(after);
    layout->addWidget(m_result);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 44);

    connect(m_security, &QComboBox::currentIndexChanged, this, &ImapSourceDialog::securityChanged);
    connect(m_testButton, &QPushButton::clicked, this, &ImapSourceDialog::testConnection);
    // The accept button closes the dialog only once the password is in the keychain.
    connect(m_addButton, &QPushButton::clicked, this, &ImapSourceDialog::addMailbox);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_host->setFocus();
}

ImapSourceDialog::~ImapSourceDialog()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImapSourceDialog::setAccount(const ImapAccount& account)
{
    m_host->setText(account.host);
    m_security->setCurrentIndex(m_security->findData(int(account.security)));
    m_port->setText(QString::number(account.port));
    m_user->setText(account.user);
    m_folder->setText(account.mailbox);
    m_moveTo->setText(account.moveTo);
    m_password->clear();
    m_password->setPlaceholderText(tr("leave empty to keep the password saved before"));
}

void ImapSourceDialog::setTrustedCertificates(const QStringList& fingerprints)
{
    m_trusted = fingerprints;
}

ImapAccount ImapSourceDialog::account() const
{
    ImapAccount account;
    account.host = m_host->text().trimmed();
    account.security = ImapAccount::Security(m_security->currentData().toInt());
    bool ok = false;
    const uint port = m_port->text().trimmed().toUInt(&ok);
    account.port = ok && port <= 65535 ? quint16(port) : 0;
    account.user = m_user->text().trimmed();
    const QString folder = m_folder->text().trimmed();
    account.mailbox = folder.isEmpty() ? u"INBOX"_s : folder;
    account.moveTo = m_moveTo->text().trimmed();
    account.trustedCertificates = m_trusted;
    return account;
}

QString ImapSourceDialog::problem(QWidget** field) const
{
    const auto at = [field](QWidget* widget, const QString& text) {
        if (field)
            *field = widget;
        return text;
    };
    const ImapAccount account = this->account();
    if (account.host.isEmpty())
        return at(m_host, tr("Enter the name of the IMAP server, for example imap.example.com."));
    QUrl check;
    check.setHost(account.host, QUrl::StrictMode);
    if (!check.isValid() || check.host().isEmpty())
        return at(m_host,
            tr("“%1” is not a server name: enter the name alone, for example imap.example.com, without imaps:// "
               "or a port.")
                .arg(account.host));
    if (account.port == 0)
        return at(m_port,
            tr("The port must be a number from 1 to 65535; with %1 it is usually %2.")
                .arg(m_security->currentText())
                .arg(defaultPort(account.security)));
    if (account.user.isEmpty())
        return at(m_user, tr("Enter the user name of the mailbox, often its e-mail address."));
    if (!account.moveTo.isEmpty() && sameFolder(account.moveTo, account.mailbox))
        return at(m_moveTo,
            tr("Processed notices cannot be moved into the folder they are read from: name another folder, or leave "
               "the field empty."));
    ImapAccount parsed;
    QString error;
    if (!ImapAccount::fromUrl(account.toUrl(), &parsed, &error))
        return at(m_host, error);
    return {};
}

void ImapSourceDialog::securityChanged()
{
    // A port that was the last choice's default follows the choice; one the owner typed stays.
    const auto security = ImapAccount::Security(m_security->currentData().toInt());
    const QString port = m_port->text().trimmed();
    if (port.isEmpty() || port == QString::number(defaultPort(m_lastSecurity)))
        m_port->setText(QString::number(defaultPort(security)));
    m_lastSecurity = security;
}

void ImapSourceDialog::withPassword(std::function<void(const QString& password)> use)
{
    if (!m_password->text().isEmpty()) {
        use(m_password->text());
        return;
    }
    const QString url = this->url();
    const QString key = secretKey(url);
    disconnect(m_secretAnswer);
    m_secretAnswer = connect(&m_secrets, &CredentialStore::secretRead, this,
        [this, key, url, use = std::move(use)](
            const QString& read, CredentialStore::Outcome outcome, const QString& secret, const QString& error) {
            if (read != key)
                return;
            disconnect(m_secretAnswer);
            if (outcome == CredentialStore::Outcome::Ok) {
                use(secret);
                return;
            }
            m_saving = false;
            m_password->setFocus();
            showResult(outcome == CredentialStore::Outcome::NotFound
                    ? tr("Enter the password: none is kept for %1 in this computer's keychain yet.").arg(url)
                    : tr("The password for %1 could not be read from this computer's keychain: %2").arg(url, error),
                true);
        });
    m_secrets.readSecret(key);
}

void ImapSourceDialog::testConnection()
{
    if (isTesting()) {
        stopTest(); // the button says "Stop Test" meanwhile
        return;
    }
    QWidget* field = nullptr;
    if (const QString problem = this->problem(&field); !problem.isEmpty()) {
        showResult(problem, true);
        field->setFocus();
        return;
    }
    const ImapAccount account = this->account();
    withPassword([this, account](const QString& password) {
        if (isTesting())
            return;
        m_tested = account;
        m_cancel = std::make_shared<std::atomic_bool>(false);
        m_test = new QFutureWatcher<ImapAccountCheck>(this);
        connect(m_test, &QFutureWatcherBase::finished, this, &ImapSourceDialog::testFinished);
        // The client blocks on its socket, so it runs on a pool thread; the flag outlives the
        // dialog in case the owner closes it while the server has not answered yet.
        m_test->setFuture(QtConcurrent::run([account, password, cancel = m_cancel] {
            return ImapClient::checkAccount(account, password, cancel.get());
        }));
        setBusy(true);
        showResult(tr("Connecting to %1 and logging in…").arg(serverName(account)));
    });
}

void ImapSourceDialog::stopTest()
{
    if (!m_test)
        return;
    m_cancel->store(true);
    // The check ends on its own thread once it sees the flag; its result is not waited for.
    m_test->disconnect(this);
    m_test->deleteLater();
    m_test = nullptr;
    setBusy(false);
    showResult(tr("Test stopped; nothing was changed."));
}

void ImapSourceDialog::testFinished()
{
    const ImapAccountCheck check = m_test->result();
    m_test->deleteLater();
    m_test = nullptr;
    setBusy(false);
    const QString server = serverName(m_tested);
    if (check.ok) {
        QString text = tr("Connected to %1 and logged in as %2. The folder %3 holds %n message(s). Nothing on the "
                          "server was changed.",
            nullptr, int(check.messages))
                           .arg(server, m_tested.user, m_tested.mailbox);
        if (!m_tested.moveTo.isEmpty()) {
            text += u' '
                + (check.moveToExists ? tr("Processed notices will be moved to the folder %1.").arg(m_tested.moveTo)
                                      : tr("The folder %1 does not exist yet: Mailroom makes it when it first moves "
                                           "processed notices there.")
                                            .arg(m_tested.moveTo));
        }
        showResult(text);
        return;
    }
    if (check.untrustedCertificate.isNull()) {
        showResult(check.error, true);
        return;
    }
    showResult(tr("The certificate of %1 is not trusted, so Mailroom did not log in.").arg(server), true);
    const QString fingerprint = check.untrustedCertificate.fingerprint;
    m_prompts.trustCertificate(this, server, check.untrustedCertificate, [this, fingerprint] {
        if (!m_trusted.contains(fingerprint))
            m_trusted.append(fingerprint);
        testConnection(); // again, now that exactly this certificate is trusted
    });
}

void ImapSourceDialog::addMailbox()
{
    if (m_saving)
        return;
    QWidget* field = nullptr;
    if (const QString problem = this->problem(&field); !problem.isEmpty()) {
        showResult(problem, true);
        field->setFocus();
        return;
    }
    stopTest();
    m_saving = true;
    const QString url = this->url();
    if (m_password->text().isEmpty()) {
        // A mailbox added before keeps its password; a new one needs one.
        withPassword([this](const QString&) {
            m_saving = false;
            accept();
        });
        return;
    }
    const QString key = secretKey(url);
    disconnect(m_secretAnswer);
    m_secretAnswer = connect(&m_secrets, &CredentialStore::secretWritten, this,
        [this, key](const QString& written, CredentialStore::Outcome outcome, const QString& error) {
            if (written != key)
                return;
            disconnect(m_secretAnswer);
            m_saving = false;
            if (outcome == CredentialStore::Outcome::Ok) {
                accept();
                return;
            }
            showResult(tr("The password could not be kept in this computer's keychain, so the mailbox was not "
                          "added: %1")
                           .arg(error),
                true);
        });
    m_secrets.writeSecret(key, m_password->text());
}

void ImapSourceDialog::done(int result)
{
    stopTest();
    disconnect(m_secretAnswer);
    m_saving = false;
    QDialog::done(result);
}

void ImapSourceDialog::showResult(const QString& text, bool failed)
{
    m_result->setStyleSheet(failed ? u"color: #b3261e;"_s : QString());
    m_result->setText(text);
}

void ImapSourceDialog::setBusy(bool busy)
{
    //: The Test Connection button while a test runs
    m_testButton->setText(busy ? tr("Stop &Test") : tr("&Test Connection"));
}
