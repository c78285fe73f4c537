#pragma once

#include "mail/ImapClient.h"
#include "mail/LogFormat.h"
#include "mail/MailboxScan.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <array>
#include <atomic>
#include <functional>

class BounceLedger;

// Why a line was not used. Counted per file and shown on the Bounces page.
enum class SkipReason
{
    Binary, // NUL bytes or text that is not UTF-8
    TooLong, // longer than the reader's limit
    Malformed, // not a line of the file's format
};
inline constexpr int SkipReasonCount = 3;

// A skipped line. The message is English, for the CLI and logs; the GUI words its own
// translated sentence from the kind, line and length.
struct FileProblem
{
    quint64 lineNumber = 0;
    SkipReason kind = SkipReason::Malformed;
    qint64 length = 0; // bytes, for TooLong
    QString message;
};

struct FileReport
{
    QString path;
    LogFormat format = LogFormat::Unknown;
    qint64 size = 0;
    quint64 lines = 0; // for a mailbox: messages
    quint64 events = 0;
    quint64 otherMessages = 0; // a mailbox's messages that are no bounce notice
    std::array<quint64, SkipReasonCount> skipped {};
    QList<FileProblem> problems; // the first few, with line numbers
    bool unreadable = false; // could not be opened or read at all
    bool notMailLog = false; // read, but no format recognised
    bool truncated = false; // compressed stream ended early; lines before it were used
    QString error; // one sentence naming the file, when something went wrong
    ImapCertificateProblem untrustedCertificate; // an IMAP server's certificate the owner may trust

    quint64 skippedTotal() const { return skipped[0] + skipped[1] + skipped[2]; }
};

struct ScanReport
{
    QList<FileReport> files;
    QStringList errors; // path-level problems (missing path, empty folder)
    bool cancelled = false;
    qint64 bytesRead = 0;

    quint64 skippedTotal() const;
    bool anyFileFailed() const;
};

// Reads log files and folders of rotated logs into a ledger: detects each file's format, reads
// oldest file first, and goes on past bad files and bad lines, counting and naming them.
class LogScanner
{
public:
    explicit LogScanner(BounceLedger& ledger);

    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }
    // Called from the scanning thread with bytes done and bytes in all; keep it cheap.
    void setProgressHandler(std::function<void(qint64 done, qint64 total)> handler)
    {
        m_onProgress = std::move(handler);
    }
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }
    void setMaxLineLength(qint64 bytes) { m_maxLineLength = bytes; }
    // Threads that read and lex lines, counting the calling thread, which also applies them in
    // order; 0 picks from the machine's cores. Results never depend on it.
    void setThreads(int threads) { m_threads = threads; }
    // Bytes per block of lines (0: the reader's default); tests make blocks small.
    void setBlockSize(qint64 bytes) { m_blockSize = bytes; }
    // Passwords, trusted certificates and the local copies for imap:// and imaps:// sources.
    void setImapAccess(ImapAccess access) { m_imap = std::move(access); }

    ScanReport scan(const QStringList& paths);

    // Files to read for the given paths: a folder gives its rotated files, oldest first
    // ("mainlog.3.gz", "mainlog.2.gz", "mainlog.1", "mainlog"); a Maildir folder stays one
    // source, read as a mailbox. Problems go to errors.
    static QStringList expandPaths(const QStringList& paths, QStringList* errors);

private:
    void scanFile(const QString& path, quint32 fileIndex, FileReport& report);

    BounceLedger& m_ledger;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    std::function<void(qint64, qint64)> m_onProgress;
    const std::atomic_bool* m_cancel = nullptr;
    qint64 m_maxLineLength = 1024 * 1024;
    int m_threads = 0;
    qint64 m_blockSize = 0;
    ImapAccess m_imap;
    qint64 m_doneBytes = 0;
    qint64 m_totalBytes = 0;
};
