#pragma once

#include "core/findings.h"
#include "core/floorplan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPolygonF>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace daicho {

/// One area as the printed plan draws it.
struct PlanSheetArea {
    Id id = 0;
    Id parentId = 0; ///< the drawn area it lies in; 0 = directly on the floor
    PlaceKind kind = PlaceKind::Room;
    QString name;
    int level = 2;           ///< 区画レベル
    int afterHoursLevel = 2; ///< the level the rules read after hours (L2 not locked → L1)
    bool controlledArea = false; ///< 管理区域
    bool handlingArea = false;   ///< 取扱区域
    QPolygonF outline;           ///< on the plan, in millimetres
};

/// One asset marker.
struct PlanSheetMarker {
    Id assetId = 0;
    QString number; ///< 管理番号, printed beside the marker
    AssetKind kind = AssetKind::Pc;
    bool storage = false; ///< the place of storage (a circle) rather than of use (a box)
    QPointF pos;          ///< on the plan, in millimetres
    std::optional<Severity> worst; ///< the worst finding in force about this place, for the badge
};

/// One line of the list of findings.
struct PlanSheetFinding {
    Severity severity = Severity::Error;
    QString code;        ///< ZONE-STORE-LOW
    QString assetNumber; ///< 管理番号
    QString area;        ///< the area below the floor (「執務室 › 施錠キャビネット1」); empty = none
    QString message;     ///< translated, as the checker says it
};

/// Everything one printed 区画図 shows (domain.md §4.2, §5), as plain values: built from the
/// register by PlanSheetData::build(), drawn by PlanSheet.
struct PlanSheetData {
    // Title block
    QString title;          ///< 表題
    QString department;     ///< 所属名
    QString floorPath;      ///< 庁舎・階 「本庁舎敷地 › 本庁舎 › 3階」
    QString author;         ///< 作成者
    QString approver;       ///< 承認
    QString edition;        ///< 版数
    QString classification; ///< 機密性2; empty = no mark
    QDate createdOn;
    QDate updatedOn;
    QDate printedOn;             ///< 出力日
    QStringList approvalRoles;   ///< headings of the approval boxes (押印欄); empty = no boxes
    bool afterHours = false;     ///< the night view: fills by the after-hours level, findings at night

    // Drawing
    int northDegrees = 0;
    QByteArray background; ///< PNG or JPEG bytes; empty = none
    QSize backgroundSize{0, 0};
    QPointF backgroundOrigin;
    double backgroundMmPerPixel = 10;
    int backgroundOpacity = 45; ///< percent
    QList<Door> doors;
    QList<PlanSheetArea> areas; ///< parents before children
    QStringList undrawnAreas;   ///< areas of the floor that have no outline yet
    QList<PlanSheetMarker> markers;

    // Findings of the assets on this floor, in force, worst first
    QList<PlanSheetFinding> findings;
    int acceptedFindings = 0; ///< accepted ones (リスク受容), not listed

    /// The rectangle the drawing covers on the plan (mm): areas, doors, background.
    QRectF extent() const;
};

/// What PlanSheetData::build() reads. The GUI fills it from its Document, daicho-cli from a
/// RegisterData and a RegisterCheck; the lists are implicitly shared, so copying them is cheap.
struct PlanSheetInput {
    Id floorId = 0;
    QList<Place> places;
    QList<Asset> assets;
    const FloorPlan *plan = nullptr;         ///< the floor's plan; nullptr = none stored yet
    const FindingChecker *checker = nullptr; ///< place paths and messages; required
    /// The findings of an asset (nullptr or empty = none), computed in the same view as
    /// `afterHours`.
    std::function<const std::vector<Finding> *(Id assetId)> findingsOf;
    QList<Department> departments;
    bool afterHours = false;
    QDate today = QDate::currentDate();
    /// Headings of the approval boxes (the register's approvalRoles setting, as
    /// LedgerPrintBuilder::approvalRoles() reads it); nullopt = 情報セキュリティ責任者（所属長）
    /// and 担当者; an empty list = no boxes.
    std::optional<QStringList> approvalRoles;
};

class PlanSheetBuilder {
    Q_DECLARE_TR_FUNCTIONS(daicho::PlanSheetBuilder)
public:
    /// The sheet of one floor. Throws ValidationError when `floorId` is not a floor or no
    /// checker is given.
    static PlanSheetData build(const PlanSheetInput &in);
    /// The approval boxes of domain.md §5.5: 情報セキュリティ責任者（所属長）, 情報セキュリティ担当者.
    static QStringList defaultApprovalRoles();
};

} // namespace daicho
