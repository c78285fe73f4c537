#pragma once

#include "mail/MailLogParser.h"

#include <QByteArray>

#include <array>
#include <vector>

// PowerMTA accounting files (User's Guide, "Accounting records"): RFC 4180 CSV, one record per
// recipient, the record type in the first column ("d" delivered, "b" bounced, "t" transient,
// "rb"/"rs" remote bounce and status from DSNs received back, "f" feedback loop). A header line
// names the columns of the records after it; a file holding several record types carries the
// union of their columns. A header may also name one record type in its first column instead of
// "type": it then applies to that type only, until the next header.
//
// Records carry no queue id and need no per-message state: apply() keeps only the column maps.
// lex() cannot know the columns (a header line earlier in the file decides them), so it only
// sorts lines; apply() splits the records it must read.
//
// Limit: lines come one at a time, so a quoted field holding a line break (RFC 4180 allows it;
// PowerMTA writes none in the fields read here) splits its record, and both halves count as
// malformed. TODO(#8): join such records if a real file ever shows one.
class PowerMtaLogParser : public MailLogParser
{
public:
    // The columns of a header that the parser reads; -1 when the header has none.
    struct Columns
    {
        int timeLogged = -1;
        int orig = -1;
        int rcpt = -1;
        int dsnAction = -1;
        int dsnStatus = -1;
        int dsnDiag = -1;
        int dsnMta = -1;
        int bounceCat = -1;
        int dlvDestinationIp = -1;
        int envId = -1;
        int feedbackType = -1;
    };

    PowerMtaLogParser();

    LineVerdict lex(QByteArrayView line, LexedLine& lexed) const override;
    LineVerdict apply(QByteArrayView line, LexedLine& lexed, const SourceLocation& where) override;

    // Splits one CSV record (RFC 4180). Quoted fields with doubled quotes are unescaped into
    // storage; the views point into line or storage. False for an unterminated quoted field.
    static bool splitRecord(QByteArrayView line, std::vector<QByteArrayView>& fields, std::vector<QByteArray>& storage);

private:
    enum RecordType : quint8
    {
        Delivered,
        Bounced,
        Transient,
        RemoteBounce,
        RemoteStatus,
        FeedbackLoop,
        RecordTypeCount,
    };

    static Columns columnsOf(const std::vector<QByteArrayView>& names);
    qint64 timeOf(QByteArrayView stamp) const;
    LineVerdict applyRecord(RecordType type, const SourceLocation& where);

    // The header that applies to each record type, and whether one was seen at all.
    std::array<Columns, RecordTypeCount> m_columns;
    std::vector<QByteArrayView> m_fields;
    std::vector<QByteArray> m_storage;
};
