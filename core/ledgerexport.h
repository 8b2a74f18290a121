#pragma once

#include "core/csvformat.h"
#include "core/ledgertable.h"
#include "core/xlsxexport.h"

#include <QCoreApplication>

namespace daicho {

/// The ledger written to a file, as the command line and the export dialog both write it:
/// rows streamed, and an existing file replaced only by a complete new one.
class LedgerExport {
    Q_DECLARE_TR_FUNCTIONS(daicho::LedgerExport)
public:
    /// CSV: the header row and every row, formatted on every core, through QSaveFile. Throws
    /// ValidationError for a character CP932 lacks, FileError when the file cannot be written.
    static void writeCsv(const LedgerRowSource &rows, CsvFormat::Encoding encoding, const QString &path);
    /// xlsx: libxlsxwriter writes into a temporary folder, then the workbook is copied to `path`
    /// through QSaveFile. Throws FileError.
    static void writeXlsx(const LedgerRowSource &rows, const XlsxExport::Options &options, const QString &path);
};

} // namespace daicho
