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
    /// Departments and members of staff named in the file but not in the register become new
    /// ones (a new department under the import's department, a person in the row's department)
    /// instead of problems.
    bool createMissing = false;
    /// Rows without a 管理番号 get the next free number of the register's numbering
    /// (the prefix and width of its highest number; 「IA-00001」 for an empty register).
    bool numberMissing = false;
    /// The header's record (1-based); 0 = the row, within the first 30, with the most
    /// recognised headings.
    int headerRow = 0;
    /// The ledger key of each column, overriding the recognised ones ("" = unknown,
    /// "-" = ignore the column); empty = as recognised. Shorter than the header = the rest as recognised.
    QStringList columnKeys;
};

struct LedgerImportResult {
    int headerRow = 0;       ///< 1-based record of the header; 0 = none found
    QStringList columnKeys;  ///< per column of the file: the ledger key ("" unknown, "-" computed and ignored)
    QList<Asset> assets;     ///< the new assets (id 0), in file order
    /// Per asset: the position in `assets` of its related system when that is a row of the same
    /// file (its systemId is then 0 and is set once that row has an id); -1 = none.
    QList<int> systemRows;
    QList<ImportProblem> problems;
    /// Departments and people the import creates (createMissing), with provisional ids above
    /// the register's own, which the assets refer to.
    QList<Department> newDepartments;
    QList<Person> newPeople;
    int numbered = 0; ///< rows given a 管理番号 (numberMissing)

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
    /// The first record (1-based) of the first 30 whose cells have the most recognised headings,
    /// at least two of them 名称 and another; 0 = none.
    static int findHeaderRow(const QList<QStringList> &rows, const ClassificationScheme &scheme);
    /// The problems as a table with a header row (行, 列, 値, 理由), for a CSV report.
    static QList<QStringList> problemTable(const QList<ImportProblem> &problems);
};

} // namespace daicho
