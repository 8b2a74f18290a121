#pragma once

#include "core/classificationengine.h"
#include "core/classificationscheme.h"
#include "core/ledgertable.h"
#include "core/registerdata.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QStringList>

#include <memory>

namespace daicho {

/// What LedgerColumns::build() puts in the table.
struct LedgerOptions {
    enum class DateStyle {
        Wareki, ///< R7.4.1 (和暦 short form), the default
        Iso,    ///< 2025-04-01
    };
    QStringList columns;    ///< column keys in the wanted order; empty = all (LedgerColumns::keys())
    QString departmentCode; ///< only this department and its sub-departments; empty = all
    DateStyle dateStyle = DateStyle::Wareki;
    QDate asOf;             ///< 基準日; invalid = today
};

/// The columns of the information asset ledger (domain.md §2.3) and the table every
/// export writes. Keys are the asset fields' JSON names ("number", "confidentiality", …);
/// the effective (実効) classification adds "effective:C", "effective:I", "effective:A"
/// (one per axis of the scheme) and "effectiveImportance".
class LedgerColumns {
    Q_DECLARE_TR_FUNCTIONS(daicho::LedgerColumns)
public:
    /// Every column key for the scheme, in ledger order.
    static QStringList keys(const ClassificationScheme &scheme);
    /// Keys of the asset's own fields only (no effective columns): what an import can set.
    static QStringList fieldKeys(const ClassificationScheme &scheme);
    /// A column by key (header, width, choices); throws ValidationError for an unknown key.
    static LedgerColumn column(const QString &key, const ClassificationScheme &scheme);
    /// The translated header of a key; empty for an unknown key.
    static QString header(const QString &key, const ClassificationScheme &scheme);
    /// 〇 for true, empty for false.
    static QString flagText(bool value);
    /// A date as the ledger shows it (empty for an invalid date).
    static QString dateText(const QDate &date, LedgerOptions::DateStyle style);
    /// 「本庁舎敷地＞本庁舎＞3階＞執務室」 (＞ rather than ›, which Shift_JIS lacks)
    static QString placePath(const QHash<Id, const Place *> &places, Id id);
    /// The ledger as texts. Throws ValidationError for an unknown column key or department code.
    static LedgerTable build(const RegisterData &data, const ClassificationScheme &scheme,
                             const ClassificationEngine &engine, const LedgerOptions &options);
};

/// The ledger's rows built one at a time from the register (what LedgerColumns::build() holds
/// as a whole table). The register data and the engine must outlive it. row() may be called
/// from several threads at once.
class LedgerRows final : public LedgerRowSource {
public:
    /// Throws ValidationError for an unknown column key or department code.
    LedgerRows(const RegisterData &data, const ClassificationScheme &scheme, const ClassificationEngine &engine,
               const LedgerOptions &options);
    ~LedgerRows() override;
    const LedgerTable &head() const override;
    qsizetype size() const override;
    Id department(qsizetype i) const override;
    void row(qsizetype i, QStringList &out) const override;
    /// The asset of row i.
    const Asset &asset(qsizetype i) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace daicho
