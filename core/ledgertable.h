#pragma once

#include "core/entities.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace daicho {

/// One column of the ledger as it is written out (CSV, xlsx, print).
struct LedgerColumn {
    QString key;        ///< stable id, the asset field's JSON name ("number", "confidentiality", …)
    QString header;     ///< translated heading (管理番号, 機密性, …)
    int widthChars = 12; ///< a sensible width in characters (full-width characters count 2)
    bool wrap = false;  ///< long text: wrap in the cell
    QStringList choices; ///< the values a drop-down offers (class levels, 有/無); empty = free text
};

/// The ledger as a table of texts, in the chosen column order: what every export writes, so
/// that CSV, xlsx and the printed list show the same values.
struct LedgerTable {
    QString title;            ///< 情報資産管理台帳 (or the register's title)
    QString department;       ///< 所属 printed above the table; empty = all departments
    QDate asOf;               ///< 基準日
    QString classificationMark; ///< e.g. 機密性2, printed in the header of every page
    QList<LedgerColumn> columns;
    QList<QStringList> rows;  ///< one per asset, a text per column
    QList<Id> rowDepartments; ///< the department of each row (for one sheet per department)
};

/// The ledger's rows given one at a time, so that an export of a large register need not hold
/// every row as text: LedgerRows builds them from the register, LedgerTableRows reads a table.
class LedgerRowSource {
public:
    virtual ~LedgerRowSource() = default;
    /// Title, department, 基準日, mark and columns (its `rows` are not used).
    virtual const LedgerTable &head() const = 0;
    virtual qsizetype size() const = 0;
    /// The department of row i.
    virtual Id department(qsizetype i) const = 0;
    /// The texts of row i, one per column, into `out` (cleared first).
    virtual void row(qsizetype i, QStringList &out) const = 0;
};

/// A LedgerTable as a row source.
class LedgerTableRows final : public LedgerRowSource {
public:
    explicit LedgerTableRows(const LedgerTable &table) : mTable(table) {}
    const LedgerTable &head() const override { return mTable; }
    qsizetype size() const override { return mTable.rows.size(); }
    Id department(qsizetype i) const override { return mTable.rowDepartments.value(i); }
    void row(qsizetype i, QStringList &out) const override { out = mTable.rows.at(i); }

private:
    const LedgerTable &mTable;
};

} // namespace daicho
