#pragma once

#include "core/audit.h"
#include "core/classificationengine.h"
#include "core/findings.h"
#include "core/ledgercolumns.h"
#include "core/registerdata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>
#include <vector>

namespace daicho {

/// The three printed forms of the ledger (domain.md §5.6).
enum class LedgerLayout {
    List,  ///< 台帳一覧: one row per asset, landscape
    Sheet, ///< 台帳個票: one asset per page, portrait
    Check, ///< 点検表: a few columns, a box to tick, room for notes and a signature line
};

/// One line of an asset's history as the 個票 prints it (newest first).
struct LedgerHistoryRow {
    QString when;   ///< 日時 「R8.11.22 14:05」
    QString action; ///< 操作 (登録, 変更, …)
    QString by;     ///< 操作者
    QString what;   ///< 内容 「機密性：機密性2 → 機密性3」

    bool operator==(const LedgerHistoryRow &o) const = default;
};

/// What the 個票 of one asset shows, as texts.
struct LedgerSheetAsset {
    Id assetId = 0;
    QString number;     ///< 管理番号
    QString name;       ///< 情報資産名称
    QString department; ///< 所属名, printed in the page header
    /// Every ledger column as 項目 and 内容; `wide` ones (long texts) take a whole row.
    struct Field {
        QString label;
        QString value;
        bool wide = false;
    };
    QList<Field> fields;
    QString restrictions;        ///< 取扱制限 as entered
    QList<QStringList> measures; ///< 対策, 実施状況: what the effective classification requires
    QList<QStringList> links;    ///< 関係, 管理番号, 名称, 種別
    QList<QStringList> findings; ///< 重大度, コード, 内容, 受容
    QList<LedgerHistoryRow> history; ///< the last entries, newest first
    int historyTotal = 0;        ///< entries in the audit log (history shows the last ones)
};

/// Everything a printed ledger shows, as texts: built by LedgerPrintBuilder::build() from
/// the register, laid out and drawn by LedgerPrint.
struct LedgerPrintData {
    LedgerTable table;              ///< title, 所属, 基準日, mark, columns and rows (list and check)
    QList<LedgerSheetAsset> assets; ///< the 個票, one per table row (sheet layout only)
    QStringList approvalRoles;      ///< headings of the 承認欄; empty = none
    QString printedBy;              ///< 出力者
    QDateTime printedAt;            ///< 出力日時
};

/// What LedgerPrintBuilder::build() reads. The GUI fills it from its Document, daicho-cli
/// from a RegisterData and a RegisterCheck.
struct LedgerPrintInput {
    const RegisterData *data = nullptr;            ///< required
    const ClassificationEngine *engine = nullptr;  ///< computed over data->assets; required
    const FindingChecker *checker = nullptr;       ///< finding messages; nullptr = no findings
    /// The findings of an asset (nullptr or empty = none).
    std::function<const std::vector<Finding> *(Id assetId)> findingsOf;
    /// The asset's whole audit history (oldest first, as RegisterStore::history() gives it);
    /// unset = no history section. Only called for the sheet layout.
    std::function<QList<AuditEntry>(Id assetId)> historyOf;
    LedgerLayout layout = LedgerLayout::List;
    LedgerOptions ledger;    ///< columns (empty = the layout's default), department, 基準日
    QStringList approvalRoles;
    QString printedBy;
    QDateTime printedAt = QDateTime::currentDateTime();
    int historyLimit = 5;    ///< history lines per 個票
};

class LedgerPrintBuilder {
    Q_DECLARE_TR_FUNCTIONS(daicho::LedgerPrintBuilder)
public:
    /// Throws ValidationError for an unknown column key or department code.
    static LedgerPrintData build(const LedgerPrintInput &in);

    /// The 台帳一覧 columns that fit A4 landscape readably: 管理番号, 所属, 情報資産名称, 種別,
    /// 機密性, 完全性, 可用性, 重要度, 取扱制限, 管理者, 使用場所, 保管場所, 個人情報, 備考
    /// (those the scheme has).
    static QStringList defaultColumns(const ClassificationScheme &scheme);
    /// The 点検表 columns: 管理番号, 情報資産名称, 種別, 所属, 使用場所, 保管場所, 管理者.
    static QStringList checkColumns(const ClassificationScheme &scheme);
    /// The columns a layout prints when none are chosen.
    static QStringList columnsFor(LedgerLayout layout, const ClassificationScheme &scheme);

    /// The 承認欄 of the register's settings (SettingKey::ApprovalRoles): one heading per line
    /// or comma; missing or empty = the default two boxes; "-" = none.
    static QStringList approvalRoles(const QMap<QString, QString> &settings);
    /// The setting's value for `roles` ("-" for none).
    static QString approvalRolesSetting(const QStringList &roles);
    /// 出力者 when none is given: the operating-system user (USER or USERNAME).
    static QString defaultPrintedBy();

    /// The last `limit` entries of an asset's audit history as 個票 lines, newest first.
    static QList<LedgerHistoryRow> historyRows(const QList<AuditEntry> &entries, const RegisterData &data,
                                               const ClassificationScheme &scheme, int limit);
};

} // namespace daicho
