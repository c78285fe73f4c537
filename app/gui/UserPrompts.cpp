#include "UserPrompts.h"

#include "mail/ImapClient.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

// "AB:CD:…" in lines of 8 bytes, so the 32 bytes of a SHA-256 fingerprint take four short lines
// that fit a message box and are easy to compare, line by line, with what the provider reads out.
QString fingerprintLines(const QString& fingerprint)
{
    const QStringList bytes = fingerprint.split(u':');
    QStringList lines;
    for (qsizetype i = 0; i < bytes.size(); i += 8)
        lines.append(bytes.mid(i, 8).join(u':'));
    return lines.join(u":<br>"_s);
}

} // namespace

void UserPrompts::chooseLogFiles(QWidget* parent, const QString& folder, FilesChosen done)
{
    auto* dialog = new QFileDialog(parent, tr("Open SMTP server logs or bounce mail"), folder);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("Mail logs and bounce mail (mainlog* maillog* mail.log* *.log *.gz *.mbox *.eml mbox)"),
        tr("Mail logs (mainlog* maillog* mail.log* *.log *.gz)"), tr("Bounce mail (*.mbox *.eml mbox)"),
        tr("All files (*)")});
    QObject::connect(dialog, &QFileDialog::filesSelected, dialog,
        [done = std::move(done)](const QStringList& files) { done(files); });
    dialog->open();
}

void UserPrompts::chooseLogFolder(QWidget* parent, const QString& folder, FilesChosen done)
{
    auto* dialog
        = new QFileDialog(parent, tr("Open a folder of SMTP server logs, or a Maildir folder of bounce mail"), folder);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    QObject::connect(dialog, &QFileDialog::filesSelected, dialog,
        [done = std::move(done)](const QStringList& files) { done(files); });
    dialog->open();
}

void UserPrompts::showMessage(
    QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text, const QString& details)
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
}

void UserPrompts::confirm(
    QWidget* parent, const QString& title, const QString& text, const QString& action, std::function<void()> yes)
{
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* go = box->addButton(action, QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [go, yes = std::move(yes)](QAbstractButton* clicked) {
        if (clicked == go)
            yes();
    });
    box->open();
}

void UserPrompts::offer(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
    const QString& action, std::function<void()> yes)
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* go = box->addButton(action, QMessageBox::AcceptRole);
    QPushButton* later = box->addButton(tr("Not Now"), QMessageBox::RejectRole);
    box->setDefaultButton(go);
    box->setEscapeButton(later);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [go, yes = std::move(yes)](QAbstractButton* clicked) {
        if (clicked == go)
            yes();
    });
    box->open();
}

void UserPrompts::askText(
    QWidget* parent, const QString& title, const QString& label, const QString& text, TextGiven done)
{
    auto* dialog = new QInputDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(text);
    QObject::connect(dialog, &QInputDialog::textValueSelected, dialog,
        [done = std::move(done)](const QString& value) { done(value); });
    dialog->open();
}

void UserPrompts::chooseSaveFile(
    QWidget* parent, const QString& title, const QString& suggested, const QString& filters, TextGiven done)
{
    auto* dialog = new QFileDialog(parent, title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters(filters.split(QStringLiteral(";;")));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    // Start in the suggested file's folder, or the home folder when that is gone.
    const QFileInfo file(suggested);
    dialog->setDirectory(file.absoluteDir().exists() ? file.absolutePath() : QDir::homePath());
    dialog->selectFile(file.fileName());
    QObject::connect(
        dialog, &QFileDialog::fileSelected, dialog, [done = std::move(done)](const QString& path) { done(path); });
    dialog->open();
}

void UserPrompts::trustCertificate(
    QWidget* parent, const QString& server, const ImapCertificateProblem& certificate, std::function<void()> trust)
{
    const auto row = [](const QString& label, const QString& value) {
        return u"<tr><td style=\"white-space: nowrap; padding-right: 12px\">%1</td><td>%2</td></tr>"_s.arg(
            label, value);
    };
    QStringList problems;
    for (const QString& error : certificate.errors)
        problems.append(error.toHtmlEscaped());
    const QString expires = certificate.expires.isValid()
        ? QLocale().toString(certificate.expires.toLocalTime().date(), QLocale::LongFormat)
        : tr("not stated");
    const QString text = u"<p>"_s
        + tr("The mail server %1 presented a certificate that this computer does not trust, so Mailroom did not "
             "log in.")
              .arg(server.toHtmlEscaped())
        + u"</p><table>"_s + row(tr("Issued to:"), certificate.subject.toHtmlEscaped())
        + row(tr("Issued by:"), certificate.issuer.toHtmlEscaped()) + row(tr("Valid until:"), expires)
        + row(tr("SHA-256 fingerprint:"),
            u"<p style=\"white-space: pre; margin: 0\"><tt>"_s + fingerprintLines(certificate.fingerprint)
                + u"</tt></p>"_s)
        + row(tr("Problems:"), problems.join(u"<br>"_s)) + u"</table><p>"_s
        + tr("Trust it only if your mail provider confirms this fingerprint, or if the server is your own. Mailroom "
             "then accepts exactly this certificate and asks again when the server presents another one.")
        + u"</p>"_s;

    auto* box = new QMessageBox(QMessageBox::Warning, tr("Untrusted Certificate"), text, QMessageBox::Cancel, parent);
    box->setObjectName(u"certificatePrompt"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QPushButton* trustButton = box->addButton(tr("&Trust This Certificate"), QMessageBox::AcceptRole);
    trustButton->setObjectName(u"trustCertificate"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(
        box, &QMessageBox::buttonClicked, box, [trustButton, trust = std::move(trust)](QAbstractButton* clicked) {
            if (clicked == trustButton)
                trust();
        });
    box->open();
}
