#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "core/ledgertable.h"

#include <functional>
#include <memory>

class QStringEncoder;

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

    /// Writes rows one at a time (what write() does for a whole table), for exports too large
    /// to hold as one text.
    class Writer {
    public:
        explicit Writer(Encoding encoding = Encoding::Utf8Bom);
        /// A writer that continues a file after `recordsBefore` records whose first one was
        /// `headers` (no BOM): for writing parts of one file on several threads.
        Writer(Encoding encoding, const QStringList &headers, qsizetype recordsBefore);
        ~Writer();
        /// Appends the row's line to `out` (after the BOM, before the first line). The first row
        /// names the columns in errors. Throws ValidationError as write() does.
        void append(const QStringList &row, QByteArray &out);

    private:
        Encoding mEncoding;
        qsizetype mRow = 0;
        QStringList mHeaders;
        QString mLine;
        std::unique_ptr<QStringEncoder> mEncoder;
    };

    /// The ledger as CSV: the header row, then every row of `rows`, handed to `sink` in pieces
    /// in file order. The rows are formatted on several threads (LedgerRowSource::row() must be
    /// thread-safe). A character CP932 cannot hold throws ValidationError as write() does, for
    /// the first such row; `sink` has then seen only the rows before it.
    static void write(const LedgerRowSource &rows, Encoding encoding, const std::function<void(const QByteArray &)> &sink);

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
