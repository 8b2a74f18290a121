#pragma once

#include "core/classificationscheme.h"
#include "core/registerdata.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace daicho {

/// One problem of an imported ledger: where (row, column), what (value) and why (reason).
struct ImportProblem {
    int row = 0;     ///< 1-based record of the file (the first record is 1); 0 = the file as a whole
    QString column;  ///< the column's header as the file spells it; empty = the row as a whole
    QString value;
    QString reason;  ///< translated

    bool operator==(const ImportProblem &o) const = default;
};

struct LedgerImportOptions {
    QString departmentCode;             ///< rows without a department get this one; others must be under it
    bool unknownColumnsToNotes = false; ///< append unknown columns to 備考 as 「見出し: 値」 instead of refusing them
};

struct LedgerImportResult {
    int headerRow = 0;       ///< 1-based record of the header; 0 = none found
    QStringList columnKeys;  ///< per column of the file: the ledger key ("" unknown, "-" computed and ignored)
    QList<Asset> assets;     ///< the new assets (id 0), in file order
    /// Per asset: the position in `assets` of its related system when that is a row of the same
    /// file (its systemId is then 0 and is set once that row has an id); -1 = none.
    QList<int> systemRows;
    QList<ImportProblem> problems;

    bool ok() const { return problems.isEmpty(); }
};

/// Reads a ledger table (CSV rows, xlsx cells) into new assets, all or nothing: the rows
/// are only usable when `problems` is empty. Headers are recognised by name, with the
/// common variants (全角/半角, spaces and line breaks, the IPA sheet's names, English); title
/// rows above the header are skipped. Values map back as LedgerColumns writes them, and in the
/// forms users type (機密性3 or 3, 〇/有/1/true, R7.4.1/令和7年4月1日/2025/4/1, …).
class LedgerImport {
    Q_DECLARE_TR_FUNCTIONS(daicho::LedgerImport)
public:
    /// The ledger key a header means; "" if unknown, "-" for a computed column (実効機密性 …)
    /// that an import ignores.
    static QString keyOfHeader(const QString &header, const ClassificationScheme &scheme);
    /// `existing` is the register the rows go into (departments, people, places, assets).
    static LedgerImportResult read(const QList<QStringList> &rows, const RegisterData &existing,
                                   const ClassificationScheme &scheme, const LedgerImportOptions &options = {});
    /// The problems as a table with a header row (行, 列, 値, 理由), for a CSV report.
    static QList<QStringList> problemTable(const QList<ImportProblem> &problems);
};

} // namespace daicho
