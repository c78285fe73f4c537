#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

// Help > About Mailroom: version, licence, where Mailroom keeps its data, and the Qt it runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};
