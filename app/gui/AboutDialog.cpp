#include "AboutDialog.h"

#include "board/DemoBoard.h"
#include "ui_AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(tr("<h3>Mailroom %1</h3>").arg(QApplication::applicationVersion().toHtmlEscaped()));
    m_ui->dataFolderLabel->setText(
        tr("The demo board is kept in %1.").arg(QDir::toNativeSeparators(DemoBoard::defaultFolder())));
    //: %1 and %2 are Qt version numbers such as 6.4.2
    m_ui->qtLabel->setText(
        tr("Built with Qt %1, running on Qt %2.").arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;
