#pragma once

#include <QWidget>

class RemovalTracker;
class UserPrompts;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QTreeWidget;

// Every removal request the owner sent or drafted, with its status, the last recheck and its
// history, and the owner's own steps: mark as sent, recheck now, close, delete, copy the text.
class RequestsPage : public QWidget
{
    Q_OBJECT

public:
    RequestsPage(RemovalTracker& tracker, UserPrompts& prompts, QWidget* parent = nullptr);

    QString currentId() const;
    void select(const QString& id);

Q_SIGNALS:
    void newRequestRequested();
    void statusMessage(const QString& message);

private:
    void reload();
    void showCurrent();
    void updateButtons();
    void report(bool done, const QString& error);

    RemovalTracker& m_tracker;
    UserPrompts& m_prompts;
    QStackedWidget* m_body = nullptr;
    QTreeWidget* m_list = nullptr;
    QTextBrowser* m_detail = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_recheck = nullptr;
    QPushButton* m_markSent = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_openForm = nullptr;
    QLabel* m_checking = nullptr;
};
