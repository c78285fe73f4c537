#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringEncoder>

#include <optional>

// How a CSV file is written: separator, quoting, line ending, encoding, header, empty values,
// dates and formula protection, and the presets for the tools board owners import into.

enum class CsvEncoding
{
    Utf8,
    Utf8Bom, // what Excel needs to read UTF-8 when the file is opened by double-click
    Windows1252, // Western European ANSI; characters outside it are replaced by '?' and reported
};

struct CsvFormat
{
    QChar separator = u',';
    QChar quote = u'"';
    QByteArray lineEnding = "\r\n";
    CsvEncoding encoding = CsvEncoding::Utf8;
    bool header = true;
    QString emptyText; // written for an empty value
    QString dateFormat = QStringLiteral("yyyy-MM-dd"); // QDate format of date fields; "" leaves them as read
    // Cells starting with = + - @ tab or CR are prefixed with ' so spreadsheets show them as text
    // instead of running them as formulas (OWASP "CSV injection").
    bool formulaProtection = true;

    // Limits of the tool a preset is for (0: none).
    int maxFieldBytes = 0; // Mailchimp: 255 bytes per text field
    bool asciiLocalPart = false; // Mailchimp: no non-ASCII before the @ of an address
    qint64 maxFileBytes = 0; // Brevo: 250 MB per file

    QJsonObject toJson() const;
    static std::optional<CsvFormat> fromJson(const QJsonObject& json, QString* error);
    bool operator==(const CsvFormat&) const = default;
};

// The presets of the export dialog and of definitions ("preset" in JSON).
enum class CsvPreset
{
    Custom,
    ExcelHere, // Excel on this computer: its list separator, UTF-8 with BOM, CRLF
    Rfc4180, // RFC 4180: comma, double quote, CRLF, UTF-8
    Mailchimp,
    Brevo,
    MailerLite,
};

class CsvPresets
{
    Q_DECLARE_TR_FUNCTIONS(CsvPresets)

public:
    static QList<CsvPreset> all(); // without Custom
    static QByteArray key(CsvPreset preset); // "excel", "rfc4180", "mailchimp", "brevo", "mailerlite", "custom"
    static std::optional<CsvPreset> named(QByteArrayView key);
    static QString title(CsvPreset preset); // translated, for the dialog
    static QString explanation(CsvPreset preset); // what the preset sets and why, translated
    static CsvFormat format(CsvPreset preset);
    // The column header a preset's tool knows a field key by ("EMAIL" for Brevo), or "" to keep
    // the dialog's own header.
    static QString header(CsvPreset preset, QByteArrayView fieldKey);
    // The list separator of Excel on this computer: ';' where the decimal separator is a comma.
    static QChar localListSeparator();
};

// Turns rows of text into CSV bytes in a format. Not thread-safe; one per export.
class CsvWriter
{
public:
    explicit CsvWriter(const CsvFormat& format);

    // The bytes that start the file (the BOM, if any).
    QByteArray start() const;
    // Appends one row, quoted and encoded, with the line ending, to out.
    void appendRow(QByteArray& out, const QStringList& cells);

    // A cell as formula protection leaves it: "'=1+2" for "=1+2".
    static QString protect(const QString& cell);
    static bool startsLikeFormula(QStringView cell);

    // Characters that Windows-1252 cannot hold, in the order first met, and how many cells had one.
    const QString& unencodable() const { return m_unencodable; }
    qint64 cellsWithUnencodable() const { return m_cellsWithUnencodable; }
    // Cells cut to the format's maxFieldBytes.
    qint64 cellsCut() const { return m_cellsCut; }

private:
    // Write at out, which has room enough (appendRow() makes it), and return the end.
    char* appendCell(char* out, const QString& cell);
    char* encode(char* out, QStringView text);

    CsvFormat m_format;
    QStringEncoder m_utf8 {QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    QString m_unencodable;
    qint64 m_cellsWithUnencodable = 0;
    qint64 m_cellsCut = 0;
};
