#include "UserPrompts.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QPushButton>

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
    auto* dialog = new QFileDialog(parent, tr("Open a folder of SMTP server logs, or a Maildir folder of bounce mail"), folder);
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
