#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

// Where bounce notices are kept on disk: one .eml file, an mbox file (messages after "From "
// lines; mboxrd's ">From " quoting undone), or a Maildir folder (its cur/ and new/ files). The
// messages are handed over one at a time, so memory does not grow with the mailbox.
class Mailbox
{
    Q_DECLARE_TR_FUNCTIONS(Mailbox)

public:
    enum class Kind
    {
        Unknown, // not a path Mailroom reads mail from
        Eml,
        Mbox,
        Maildir,
    };

    // What path holds, from its first bytes (or its folders): nothing is read beyond that.
    static Kind kindOf(const QString& path);

    // Calls message with each message and where it is ("inbox.mbox, message 3", a Maildir file);
    // stops when message returns false or cancel is set. Problems (an unreadable file, a message
    // cut off at the end of an mbox) go to *problems, naming the file; the messages read before
    // are kept. False when path cannot be read at all.
    using Visit = std::function<bool(const QByteArray& message, const QString& where)>;
    static bool forEachMessage(
        const QString& path, const Visit& message, QStringList* problems, const std::atomic_bool* cancel = nullptr);

private:
    static bool readMbox(
        const QString& path, const Visit& message, QStringList* problems, const std::atomic_bool* cancel);
};
