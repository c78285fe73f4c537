#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

class BounceLedger;
struct FileReport;

// Reads the bounce notices of one mailbox source (an mbox file, a Maildir folder or an .eml
// file) into a ledger, as LogScanner reads a log: every failed or delayed recipient of every
// notice becomes a delivery event, auto-replies and complaint reports become "not a bounce"
// events, and messages that are no notice at all are counted, not guessed at.
//
// An event's SourceLocation names the message: lineNumber and offset both hold its number in
// the mailbox (1-based), so the details pane can read that message again.
class MailboxScan
{
    Q_DECLARE_TR_FUNCTIONS(MailboxScan)

public:
    // Whether path is read as a mailbox rather than as a log.
    static bool isMailbox(const QString& path);

    // advanced is called after each message with the bytes it held.
    static void scan(const QString& path, quint32 fileIndex, BounceLedger& ledger, FileReport& report,
        const std::atomic_bool* cancel, const std::function<void(qint64 bytes)>& advanced);

    // One line per message number, saying what the notice was and which of the board's
    // messages it answers; for the details pane. Reads the mailbox again up to the last number.
    static QList<QString> describeMessages(const QString& path, const QList<qint64>& numbers);
};
