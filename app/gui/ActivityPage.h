#pragma once

#include "board/AuditLog.h"

#include <QWidget>

class BoardWorker;
class UserPrompts;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

// Every change Mailroom made to the board: when, by whom, which user and field, old and new
// value; each can be undone (under the same check as any change) and the list exported to CSV.
class ActivityPage : public QWidget
{
    Q_OBJECT

public:
    ActivityPage(BoardWorker& worker, UserPrompts& prompts, QWidget* parent = nullptr);

    // Writes the entries on screen as CSV (RFC 4180, UTF-8); false with *error.
    bool exportCsv(const QString& path, QString* error) const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void showEntries(const QList<AuditEntry>& entries, const QString& error);
    void undoCurrent();

    BoardWorker& m_worker;
    UserPrompts& m_prompts;
    QList<AuditEntry> m_entries;
    QStackedWidget* m_body = nullptr;
    QLabel* m_empty = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_export = nullptr;
};
