#pragma once

#include "core/ledgertable.h"

#include <QCoreApplication>
#include <QHash>

namespace daicho {

/// Writes the ledger as an Excel workbook (libxlsxwriter) in the form a municipal section keeps
/// it: a title, 所属 and 基準日 in 和暦 and the classification mark above a frozen, filtered
/// header row; column widths and wrapping; drop-down lists for the class columns; printed on
/// A4 or A3 landscape, fitted to the width, the header rows repeated on every page, the mark
/// in the page header and 「- n -」 in the footer.
class XlsxExport {
    Q_DECLARE_TR_FUNCTIONS(daicho::XlsxExport)
public:
    enum class Paper { A4, A3 };
    struct Options {
        Paper paper = Paper::A4;
        /// One sheet per department (named after it) instead of one sheet for all.
        bool sheetPerDepartment = false;
        /// Department names by id, for the sheets' names and their 所属 line.
        QHash<Id, QString> departmentNames;
    };

    /// Throws FileError (translated) when the file cannot be written.
    static void write(const LedgerTable &table, const Options &options, const QString &path);
    /// The same from rows built one at a time (a large register's export holds one row).
    static void write(const LedgerRowSource &rows, const Options &options, const QString &path);

    /// The row (0-based) of the header in each sheet: the title, the 所属 and 基準日 line and
    /// a blank row come first.
    static constexpr int kHeaderRow = 3;
};

} // namespace daicho
