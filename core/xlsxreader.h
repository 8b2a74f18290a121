#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace daicho {

/// One sheet of a workbook as a table of texts.
struct SpreadsheetSheet {
    QString name;
    QList<QStringList> rows; ///< every row from the first to the last non-empty one, cells as text; trailing empty cells trimmed
};

/// Reads the cells of an Excel workbook (.xlsx, Office Open XML) as the texts Excel shows, for
/// importing ledgers that municipalities keep in Excel. Streams each part out of the zip
/// (minizip) through QXmlStreamReader, so 100,000 rows need no DOM.
///
/// What a cell becomes: shared and inline strings (rich text runs joined, furigana dropped),
/// formulas as their cached result, booleans as TRUE/FALSE, numbers without a trailing ".0"
/// (others with 15 significant digits, as Excel shows them), and a serial number formatted as
/// a date (built-in or custom format, 1900 or 1904 date system) as the ISO date "yyyy-MM-dd",
/// which Wareki::parse reads. The value of a merged range is copied into every cell of the
/// range, so a heading merged over two rows is seen in both. Row i of `rows` is the sheet's
/// row i + 1, so row numbers match Excel's.
class XlsxReader {
    Q_DECLARE_TR_FUNCTIONS(daicho::XlsxReader)
public:
    /// All sheets in workbook order. Throws FileError (cannot open/read) or ValidationError (not an xlsx, damaged zip/XML), translated messages.
    static QList<SpreadsheetSheet> read(const QString &path);
    /// Only the sheet names (cheap), same exceptions.
    static QStringList sheetNames(const QString &path);

    /// A part bigger than this (uncompressed) is refused: a zip bomb, or no ledger.
    static constexpr qint64 kMaxPartBytes = 512LL * 1024 * 1024;
    /// A workbook with more cells than this (counting the empty ones left of a value) is refused.
    static constexpr qint64 kMaxCells = 25'000'000;
};

} // namespace daicho
