#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;
struct ImapCertificateProblem;

// Every modal dialog the GUI opens goes through here, so tests can answer them in advance
// instead of blocking on a window nobody clicks. Dialogs are opened with open(), never exec():
// the answer arrives through the callback.
class UserPrompts
{
    Q_DECLARE_TR_FUNCTIONS(UserPrompts)

public:
    virtual ~UserPrompts() = default;

    using FilesChosen = std::function<void(const QStringList& paths)>;
    using TextGiven = std::function<void(const QString& text)>;

    // Calls done with the chosen files; not at all when the user cancels.
    virtual void chooseLogFiles(QWidget* parent, const QString& folder, FilesChosen done);
    virtual void chooseLogFolder(QWidget* parent, const QString& folder, FilesChosen done);
    virtual void showMessage(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
        const QString& details = {});
    // Asks before something that cannot be undone; calls yes only when the owner confirms with the
    // button named action ("Delete"). Cancel is the default.
    virtual void confirm(
        QWidget* parent, const QString& title, const QString& text, const QString& action, std::function<void()> yes);
    // Offers to do something that helps (enter a missing password); calls yes only when the owner
    // chooses the button named action, which is the default; Esc means "Not Now".
    virtual void offer(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
        const QString& action, std::function<void()> yes);
    // Asks for a line of text (a name); calls done with it, not at all when the user cancels.
    virtual void askText(
        QWidget* parent, const QString& title, const QString& label, const QString& text, TextGiven done);
    // Asks where to save a file, starting at suggested; calls done with the path.
    virtual void chooseSaveFile(
        QWidget* parent, const QString& title, const QString& suggested, const QString& filters, TextGiven done);
    // Shows the certificate of server ("host:port") that did not verify: to whom and by whom it
    // is issued, until when, its SHA-256 fingerprint and what is wrong with it; calls trust only
    // when the owner chooses to trust exactly this certificate. Not trusting is the default.
    virtual void trustCertificate(
        QWidget* parent, const QString& server, const ImapCertificateProblem& certificate, std::function<void()> trust);
};
