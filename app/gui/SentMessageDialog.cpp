#include "SentMessageDialog.h"

#include "support/Settings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Headers are a few kilobytes; a whole message with attachments is cut to what matters.
constexpr qint64 MaxRead = 4 * 1024 * 1024;
} // namespace

SentMessageDialog::SentMessageDialog(Settings& settings, QWidget* parent) : QDialog(parent), m_settings(settings)
{
    setWindowTitle(tr("Read a Message the Board Sent"));
    auto* intro = new QLabel(tr("Send one of your board's notifications to a mailbox of yours, then paste its "
                                "header here or open it as an .eml file. In Gmail: open the message, ⋮, "
                                "<i>Show original</i>. In Outlook: <i>File, Properties, Internet headers</i>. "
                                "Mailroom reads the From, Return-Path, DKIM-Signature and Received lines."),
        this);
    intro->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"messageText"_s);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlaceholderText(tr("Return-Path: <bounces@jobs.example>\nReceived: from mail.jobs.example …\n"
                                  "DKIM-Signature: v=1; d=jobs.example; s=s1; …\nFrom: Jobs <alerts@jobs.example>"));
    intro->setBuddy(m_text);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"messageSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Fill the Form"));
    QPushButton* open = m_buttons->addButton(tr("&Open .eml File…"), QDialogButtonBox::ActionRole);
    open->setObjectName(u"openMessage"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    resize(760, 520);

    connect(m_text, &QPlainTextEdit::textChanged, this, &SentMessageDialog::readText);
    connect(open, &QPushButton::clicked, this, &SentMessageDialog::openFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    readText();
}

void SentMessageDialog::setText(const QString& text)
{
    m_text->setPlainText(text);
}

void SentMessageDialog::openFile()
{
    auto* dialog = new QFileDialog(
        this, tr("Open a Message"), m_settings.lastFolder(), tr("Messages (*.eml *.msg.txt *.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &SentMessageDialog::readFile);
    dialog->open();
}

void SentMessageDialog::readFile(const QString& path)
{
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_summary->setText(
            tr("<span style=\"color:#b3261e\">%1 cannot be read: %2</span>")
                .arg(QDir::toNativeSeparators(path).toHtmlEscaped(), file.errorString().toHtmlEscaped()));
        return;
    }
    // Header bytes are ASCII or UTF-8; Latin-1 keeps any other byte as a character.
    const QByteArray bytes = file.read(MaxRead);
    const QString text = QString::fromUtf8(bytes);
    setText(text.contains(QChar::ReplacementCharacter) ? QString::fromLatin1(bytes) : text);
}

void SentMessageDialog::readText()
{
    m_message = SentMessage::read(m_text->toPlainText().left(int(MaxRead)).toUtf8());
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!m_message.isEmpty());
    if (m_message.isEmpty()) {
        m_summary->setText(m_text->toPlainText().trimmed().isEmpty()
                ? tr("Nothing read yet.")
                : tr("<span style=\"color:#b3261e\">No From, Return-Path or DKIM-Signature header found. "
                     "Paste the message's header, not only its text.</span>"));
        return;
    }
    const auto or_ = [](const QByteArray& value) {
        return value.isEmpty() ? tr("none found", "no such header, or no value in it")
                               : QString::fromLatin1(value).toHtmlEscaped();
    };
    QStringList lines;
    lines.append(tr("From domain: <b>%1</b>").arg(or_(m_message.fromDomain)));
    lines.append(tr("Return-Path domain: <b>%1</b>").arg(or_(m_message.returnPathDomain)));
    QStringList signatures;
    for (const DkimSignatureId& s : m_message.signatures)
        signatures.append(
            tr("d=%1 s=%2").arg(QString::fromLatin1(s.domain), QString::fromLatin1(s.selector)).toHtmlEscaped());
    lines.append(tr("DKIM signatures: <b>%1</b>")
                     .arg(signatures.isEmpty() ? tr("none found", "no such header, or no value in it")
                                               : signatures.join(QLatin1String(", "))));
    if (!m_message.sendingAddress.isNull()) {
        lines.append(tr("Sent from <b>%1</b> (HELO %2) to %3")
                         .arg(m_message.sendingAddress.toString(), or_(m_message.helo), or_(m_message.receivedBy)));
    } else {
        lines.append(tr("Sending server: none found (no Received header with a public address)"));
    }
    m_summary->setText(lines.join(u"<br>"_s));
}
