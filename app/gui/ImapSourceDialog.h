#pragma once

#include "mail/ImapClient.h"

#include <QDialog>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class CredentialStore;
class UserPrompts;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
template<typename T> class QFutureWatcher;

// An IMAP mailbox as a source of bounce notices: server, security, port, user, password, folder
// and, only if the owner asks for it, the folder processed notices are moved to. The password goes
// to the credential store alone, under secretKey(url()). Test Connection logs in on a worker
// thread and changes nothing on the server; a certificate that does not verify is shown through
// UserPrompts, with the choice to trust exactly that certificate. The dialog itself writes no
// settings: whoever opens it keeps url(), account().moveTo and trustedCertificates() once accepted.
class ImapSourceDialog : public QDialog
{
    Q_OBJECT

public:
    ImapSourceDialog(CredentialStore& secrets, UserPrompts& prompts, QWidget* parent = nullptr);
    ~ImapSourceDialog() override;

    // Fills the form with a mailbox added before; an empty password field then keeps its password.
    void setAccount(const ImapAccount& account);
    // The certificates trusted so far, which the test accepts.
    void setTrustedCertificates(const QStringList& fingerprints);
    // Those, and the ones the owner trusted in this dialog.
    QStringList trustedCertificates() const { return m_trusted; }

    // The mailbox the form describes (check it with problem() first), moveTo included.
    ImapAccount account() const;
    // The mailbox's name as a source: imaps://user@host/Folder (no password, no moveTo).
    QString url() const { return account().toUrl(); }
    // Where the password of the mailbox at url is kept in the credential store.
    static QString secretKey(const QString& url) { return QStringLiteral("imap:") + url; }

    // What is wrong with the form, as a sentence, with the field to fix; empty when nothing is.
    QString problem(QWidget** field = nullptr) const;
    bool isTesting() const { return m_test != nullptr; }

public Q_SLOTS:
    void testConnection();
    void stopTest();
    void done(int result) override;

private:
    void securityChanged();
    void addMailbox();
    // Calls use with the password: the typed one, else the one kept for the mailbox. Says so in
    // the result line when there is none.
    void withPassword(std::function<void(const QString& password)> use);
    void testFinished();
    void showResult(const QString& text, bool failed = false);
    void setBusy(bool busy);

    CredentialStore& m_secrets;
    UserPrompts& m_prompts;
    QStringList m_trusted;

    QLineEdit* m_host = nullptr;
    QComboBox* m_security = nullptr;
    QLineEdit* m_port = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_folder = nullptr;
    QLineEdit* m_moveTo = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_testButton = nullptr;
    QPushButton* m_addButton = nullptr;

    ImapAccount::Security m_lastSecurity = ImapAccount::Security::ImplicitTls;
    std::shared_ptr<std::atomic_bool> m_cancel; // the running test's; it may outlive the dialog
    QFutureWatcher<ImapAccountCheck>* m_test = nullptr; // while a test runs
    ImapAccount m_tested; // what the running test checks
    bool m_saving = false; // waiting for the credential store before closing
    QMetaObject::Connection m_secretAnswer; // the one answer from the credential store waited for
};
