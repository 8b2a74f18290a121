#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace daicho {

/// CSV (RFC 4180) as Japanese spreadsheet users exchange it: CRLF line ends, fields quoted
/// when they hold a comma, a quote, CR or LF; UTF-8 with a BOM (what Excel reads as UTF-8)
/// or CP932 (Shift_JIS as Windows writes it).
class CsvFormat {
    Q_DECLARE_TR_FUNCTIONS(daicho::CsvFormat)
public:
    enum class Encoding {
        Utf8Bom, ///< UTF-8 with a byte order mark (the default)
        Utf8,    ///< UTF-8 without one (read only: what was detected)
        Cp932,   ///< Shift_JIS, Windows code page 932
    };

    /// The rows as CSV text (no encoding), each line ending in CRLF.
    static QString toText(const QList<QStringList> &rows);
    /// The rows encoded. A character CP932 cannot hold throws ValidationError naming the row
    /// (1-based, the first row is 1), the column's header (from the first row) and the character.
    static QByteArray write(const QList<QStringList> &rows, Encoding encoding = Encoding::Utf8Bom);

    /// Decodes a file's bytes: UTF-8 with a BOM, UTF-8, or else CP932. Throws ValidationError
    /// if it is none of them. `detected` (optional) gets the encoding found.
    static QString decode(const QByteArray &bytes, Encoding *detected = nullptr);
    /// Parses CSV text (RFC 4180, quoted fields may hold newlines; LF or CRLF line ends).
    /// Throws ValidationError for a quote left open.
    static QList<QStringList> parse(const QString &text);
    /// decode() then parse().
    static QList<QStringList> read(const QByteArray &bytes, Encoding *detected = nullptr);
};

} // namespace daicho
