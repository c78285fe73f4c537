#pragma once

#include "bounces/BounceLedger.h"

#include <QHash>
#include <QPair>
#include <QStringList>
#include <QWidget>

class QLabel;
class QTreeWidget;

// The details pane: who the recipient is, what the category means in plain words, and the
// recent events with their raw log lines, which are read again from the files off the GUI thread.
class RecipientDetails : public QWidget
{
    Q_OBJECT

public:
    explicit RecipientDetails(QWidget* parent = nullptr);

    // files are the scan's files, indexed by SourceLocation::fileIndex. nullptr clears the pane.
    void setRecord(const RecipientRecord* record, const QStringList& files);

    QString summaryText() const;
    bool isFetchingLines() const { return m_pendingFetches > 0; }

Q_SIGNALS:
    // The raw lines of the current record arrived (or could not be read).
    void rawLinesLoaded();

private:
    using LineKey = QPair<quint32, qint64>; // file index, offset
    using Lines = QHash<LineKey, QByteArray>;

    QString summaryHtml(const RecipientRecord& record) const;
    void fillEvents(const RecipientRecord& record);
    void fetchRawLines(const RecipientRecord& record, const QStringList& files);
    void showRawLines(const Lines& lines);

    QLabel* m_summary = nullptr;
    QTreeWidget* m_events = nullptr;
    std::vector<EventTrace> m_traces;
    quint64 m_generation = 0;
    int m_pendingFetches = 0;
};
