#include "export/CsvFormat.h"

#include <QLocale>

#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

class FormatText
{
    Q_DECLARE_TR_FUNCTIONS(CsvFormat)
};

// Windows-1252 bytes 0x80 to 0x9F; 0 where the code page has no character.
constexpr std::array<char16_t, 32> Cp1252High = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
    0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

// The Windows-1252 byte of c, or nullopt.
std::optional<char> cp1252(char32_t c)
{
    if (c < 0x80 || (c >= 0xA0 && c <= 0xFF))
        return char(c);
    for (std::size_t i = 0; i < Cp1252High.size(); ++i) {
        if (Cp1252High[i] != 0 && Cp1252High[i] == c)
            return char(0x80 + i);
    }
    return std::nullopt;
}

const char* encodingKey(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Utf8:
        return "utf-8";
    case CsvEncoding::Utf8Bom:
        return "utf-8-bom";
    case CsvEncoding::Windows1252:
        return "windows-1252";
    }
    return "utf-8";
}

QString lineEndingKey(const QByteArray& ending)
{
    return ending == "\n" ? u"lf"_s : ending == "\r" ? u"cr"_s : u"crlf"_s;
}

// Cuts text to at most maxBytes of UTF-8, at a character boundary.
QString cutToUtf8Bytes(const QString& text, int maxBytes, bool* cut)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        const bool pair = QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const int size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
        if (bytes + size > maxBytes) {
            *cut = true;
            return text.left(i);
        }
        bytes += size;
        if (pair)
            ++i;
    }
    return text;
}

} // namespace

QJsonObject CsvFormat::toJson() const
{
    return {{u"separator"_s, QString(separator)}, {u"quote"_s, QString(quote)},
        {u"line_ending"_s, lineEndingKey(lineEnding)}, {u"encoding"_s, QString::fromLatin1(encodingKey(encoding))},
        {u"header"_s, header}, {u"empty_text"_s, emptyText}, {u"date_format"_s, dateFormat},
        {u"formula_protection"_s, formulaProtection}, {u"max_field_bytes"_s, maxFieldBytes},
        {u"ascii_local_part"_s, asciiLocalPart}, {u"max_file_bytes"_s, double(maxFileBytes)}};
}

std::optional<CsvFormat> CsvFormat::fromJson(const QJsonObject& json, QString* error)
{
    CsvFormat f;
    const QString separator = json.value(u"separator"_s).toString(u","_s);
    const QString quote = json.value(u"quote"_s).toString(u"\""_s);
    if (separator.size() != 1 || quote.size() != 1 || separator == quote || separator == u"\r"_s || separator == u"\n"_s
        || quote == u"\r"_s || quote == u"\n"_s) {
        *error = FormatText::tr("The separator and the quote must be one character each, different from each "
                                "other and from a line break.");
        return std::nullopt;
    }
    f.separator = separator.front();
    f.quote = quote.front();
    const QString ending = json.value(u"line_ending"_s).toString(u"crlf"_s);
    if (ending != u"crlf"_s && ending != u"lf"_s && ending != u"cr"_s) {
        *error = FormatText::tr("line_ending must be crlf, lf or cr, not \"%1\".").arg(ending);
        return std::nullopt;
    }
    f.lineEnding = ending == u"lf"_s ? "\n" : ending == u"cr"_s ? "\r" : "\r\n";
    const QString encoding = json.value(u"encoding"_s).toString(u"utf-8"_s);
    if (encoding == u"utf-8"_s)
        f.encoding = CsvEncoding::Utf8;
    else if (encoding == u"utf-8-bom"_s)
        f.encoding = CsvEncoding::Utf8Bom;
    else if (encoding == u"windows-1252"_s)
        f.encoding = CsvEncoding::Windows1252;
    else {
        *error = FormatText::tr("encoding must be utf-8, utf-8-bom or windows-1252, not \"%1\".").arg(encoding);
        return std::nullopt;
    }
    f.header = json.value(u"header"_s).toBool(true);
    f.emptyText = json.value(u"empty_text"_s).toString();
    f.dateFormat = json.value(u"date_format"_s).toString(u"yyyy-MM-dd"_s);
    f.formulaProtection = json.value(u"formula_protection"_s).toBool(true);
    f.maxFieldBytes = std::max(0, json.value(u"max_field_bytes"_s).toInt());
    f.asciiLocalPart = json.value(u"ascii_local_part"_s).toBool();
    f.maxFileBytes = std::max<qint64>(0, qint64(json.value(u"max_file_bytes"_s).toDouble()));
    return f;
}

QList<CsvPreset> CsvPresets::all()
{
    return {CsvPreset::ExcelHere, CsvPreset::Rfc4180, CsvPreset::Mailchimp, CsvPreset::Brevo, CsvPreset::MailerLite};
}

QByteArray CsvPresets::key(CsvPreset preset)
{
    switch (preset) {
    case CsvPreset::ExcelHere:
        return "excel";
    case CsvPreset::Rfc4180:
        return "rfc4180";
    case CsvPreset::Mailchimp:
        return "mailchimp";
    case CsvPreset::Brevo:
        return "brevo";
    case CsvPreset::MailerLite:
        return "mailerlite";
    case CsvPreset::Custom:
        break;
    }
    return "custom";
}

std::optional<CsvPreset> CsvPresets::named(QByteArrayView key)
{
    for (const CsvPreset preset : all()) {
        if (CsvPresets::key(preset) == key)
            return preset;
    }
    if (key == "custom")
        return CsvPreset::Custom;
    return std::nullopt;
}

QString CsvPresets::title(CsvPreset preset)
{
    switch (preset) {
    case CsvPreset::ExcelHere:
        return tr("Excel on this computer");
    case CsvPreset::Rfc4180:
        return tr("Standard CSV (RFC 4180)");
    case CsvPreset::Mailchimp:
        return tr("Mailchimp");
    case CsvPreset::Brevo:
        return tr("Brevo");
    case CsvPreset::MailerLite:
        return tr("MailerLite");
    case CsvPreset::Custom:
        break;
    }
    return tr("Custom");
}

QString CsvPresets::explanation(CsvPreset preset)
{
    switch (preset) {
    case CsvPreset::ExcelHere:
        return tr("Opens in Excel by double-click: this computer's list separator (\"%1\"), UTF-8 with a byte "
                  "order mark so accents show right, Windows line endings.")
            .arg(localListSeparator());
    case CsvPreset::Rfc4180:
        return tr("The standard form most programs read: comma, double quotes, Windows line endings, UTF-8.");
    case CsvPreset::Mailchimp:
        return tr("Comma-separated UTF-8 with Mailchimp's column names (Email Address, First Name, Last Name). "
                  "Text is cut to 255 bytes, and addresses with accents before the @ are left out, as Mailchimp "
                  "refuses them.");
    case CsvPreset::Brevo:
        return tr("Semicolon-separated UTF-8 with Brevo's attribute names (EMAIL, FIRSTNAME, LASTNAME); Brevo "
                  "takes files up to 250 MB.");
    case CsvPreset::MailerLite:
        return tr("Comma-separated UTF-8 with MailerLite's field names (email, name, last_name).");
    case CsvPreset::Custom:
        break;
    }
    return tr("Your own settings.");
}

CsvFormat CsvPresets::format(CsvPreset preset)
{
    CsvFormat f; // RFC 4180
    switch (preset) {
    case CsvPreset::ExcelHere:
        f.separator = localListSeparator();
        f.encoding = CsvEncoding::Utf8Bom;
        break;
    case CsvPreset::Mailchimp:
        f.maxFieldBytes = 255;
        f.asciiLocalPart = true;
        break;
    case CsvPreset::Brevo:
        f.separator = u';';
        f.maxFileBytes = 250'000'000;
        break;
    case CsvPreset::Rfc4180:
    case CsvPreset::MailerLite:
    case CsvPreset::Custom:
        break;
    }
    return f;
}

QString CsvPresets::header(CsvPreset preset, QByteArrayView fieldKey)
{
    struct Name
    {
        CsvPreset preset;
        const char* key;
        const char* header;
    };
    static constexpr Name names[] = {
        {CsvPreset::Mailchimp, "email", "Email Address"},
        {CsvPreset::Mailchimp, "first_name", "First Name"},
        {CsvPreset::Mailchimp, "last_name", "Last Name"},
        {CsvPreset::Brevo, "email", "EMAIL"},
        {CsvPreset::Brevo, "first_name", "FIRSTNAME"},
        {CsvPreset::Brevo, "last_name", "LASTNAME"},
        {CsvPreset::Brevo, "id", "EXT_ID"},
        {CsvPreset::MailerLite, "email", "email"},
        {CsvPreset::MailerLite, "first_name", "name"},
        {CsvPreset::MailerLite, "last_name", "last_name"},
    };
    for (const Name& name : names) {
        if (name.preset == preset && fieldKey == name.key)
            return QString::fromLatin1(name.header);
    }
    return {};
}

QChar CsvPresets::localListSeparator()
{
#ifdef Q_OS_WIN
    wchar_t buffer[8] = {};
    if (GetLocaleInfoEx(LOCALE_NAME_USER_DEFAULT, LOCALE_SLIST, buffer, 8) > 1 && buffer[0] != 0)
        return QChar(char16_t(buffer[0]));
#endif
    // Excel elsewhere follows the decimal separator: a decimal comma means a semicolon list.
    return QLocale().decimalPoint() == u","_s ? u';' : u',';
}

CsvWriter::CsvWriter(const CsvFormat& format) : m_format(format)
{ }

QByteArray CsvWriter::start() const
{
    return m_format.encoding == CsvEncoding::Utf8Bom ? QByteArray("\xEF\xBB\xBF") : QByteArray();
}

bool CsvWriter::startsLikeFormula(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    const QChar c = cell.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' || c == u'\n';
}

QString CsvWriter::protect(const QString& cell)
{
    return startsLikeFormula(cell) ? u'\'' + cell : cell;
}

void CsvWriter::appendRow(QByteArray& out, const QStringList& cells)
{
    // Room for the row at its longest (every character doubled inside quotes, three bytes each),
    // made once: growing and cutting the array for every cell cost about as much as encoding it.
    qsizetype longest = m_format.lineEnding.size();
    for (const QString& cell : cells)
        longest += 3 * (2 * (std::max(cell.size(), m_format.emptyText.size()) + 1) + 3);
    const qsizetype at = out.size();
    out.resize(at + longest);
    char* end = out.data() + at;
    // An ASCII separator is the same byte in every encoding Mailroom writes.
    const bool asciiSeparator = m_format.separator.unicode() < 0x80;
    bool first = true;
    for (const QString& cell : cells) {
        if (!first && asciiSeparator)
            *end++ = char(m_format.separator.unicode());
        else if (!first)
            end = encode(end, QStringView(&m_format.separator, 1));
        first = false;
        end = appendCell(end, cell);
    }
    end = std::copy(m_format.lineEnding.cbegin(), m_format.lineEnding.cend(), end);
    out.truncate(end - out.constData());
}

char* CsvWriter::appendCell(char* out, const QString& value)
{
    // A view of the cell as written: most are written as given, without a copy.
    const QString& given = value.isEmpty() ? m_format.emptyText : value;
    QStringView cell = given;
    QString changed; // the cell, when the length limit or the protection changes it
    const bool formula = m_format.formulaProtection && startsLikeFormula(cell);
    if (m_format.maxFieldBytes > 0) {
        // The limit holds for the cell as written, the protecting ' included.
        bool cut = false;
        changed = cutToUtf8Bytes(given, m_format.maxFieldBytes - (formula ? 1 : 0), &cut);
        cell = changed;
        m_cellsCut += cut ? 1 : 0;
    }
    if (formula) {
        changed = cell.toString().prepend(u'\'');
        cell = changed;
    }
    // One pass over the cell for everything that asks for quotes; most characters are above all
    // of them, and one comparison clears them.
    const QChar separator = m_format.separator;
    const QChar quote = m_format.quote;
    const char16_t highest = std::max({separator.unicode(), quote.unicode(), char16_t(u'\r'), char16_t(u'\n')});
    const bool quoted = formula || (!cell.isEmpty() && (cell.front() == u' ' || cell.back() == u' '))
        || std::any_of(cell.cbegin(), cell.cend(), [&](QChar c) {
               return c.unicode() <= highest && (c == separator || c == quote || c == u'\r' || c == u'\n');
           });
    if (!quoted)
        return encode(out, cell);
    const QString quoteText(quote);
    out = encode(out, quoteText);
    out = encode(out, cell.toString().replace(quoteText, quoteText + quoteText));
    return encode(out, quoteText);
}

char* CsvWriter::encode(char* out, QStringView text)
{
    if (m_format.encoding != CsvEncoding::Windows1252)
        return m_utf8.appendToBuffer(out, text); // straight into out: a QByteArray per cell cost more
    bool missing = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        if (const std::optional<char> byte = cp1252(c)) {
            *out++ = *byte;
            continue;
        }
        *out++ = '?';
        missing = true;
        const QString character = QString::fromUcs4(&c, 1);
        if (!m_unencodable.contains(character))
            m_unencodable += character;
    }
    m_cellsWithUnencodable += missing ? 1 : 0;
    return out;
}
