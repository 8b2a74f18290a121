#pragma once

#include "core/entities.h"
#include "core/geometry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPointF>
#include <QSize>

namespace daicho {

/// A door (扉) in an area's wall: the opening from `a` to `b` on the plan, in whole millimetres.
struct Door {
    QPoint a;
    QPoint b;
    bool lockable = true;  ///< 施錠可
    QString lockType;      ///< 錠の種類 (シリンダー錠, ICカード錠, …)
    bool autoLock = false; ///< オートロック
    QString keyHolder;     ///< 鍵の管理者
    bool alarm = false;    ///< 警報・監視
    QString notes;         ///< 備考

    bool operator==(const Door &o) const = default;
};

/// 区画図: the plan of one floor (domain.md §4.2). The areas' outlines live on the places
/// and the assets' points on the assets; the plan holds what belongs to the drawing itself:
/// the scanned background and its calibration, the doors, the north arrow and the title block.
struct FloorPlan {
    Id id = 0;
    Id floorId = 0;          ///< the floor (a place of kind Floor); one plan per floor
    QString title;           ///< 表題 「情報政策課 セキュリティ区画図」; empty = derived from the floor
    Id departmentId = 0;     ///< 所属 in the title block
    QString author;          ///< 作成者
    QString approver;        ///< 承認 (情報セキュリティ責任者)
    QString edition;         ///< 版数 (第2版)
    QDate createdOn;         ///< 作成日
    QDate updatedOn;         ///< 更新日
    QString classification;  ///< classification mark printed on the plan (機密性2); empty = none
    int gridMm = 500;        ///< snapping grid
    int northDegrees = 0;    ///< direction of north, clockwise from the top of the plan
    QByteArray background;   ///< PNG or JPEG bytes of a scanned plan; empty = none
    QSize backgroundSize{0, 0}; ///< its size in pixels
    QPointF backgroundOrigin; ///< where the image's top-left pixel lies (mm)
    double backgroundMmPerPixel = 10; ///< the calibration (mm per image pixel)
    int backgroundOpacity = 45;       ///< percent
    QList<Door> doors;

    bool operator==(const FloorPlan &o) const = default;
};

/// One asset marker on a plan: where it stands, and whether it stands there by itself or
/// was laid out automatically because the asset has no point (or one outside its area).
struct PlanMarker {
    Id assetId = 0;
    bool storage = false; ///< the place of storage (else the place of use)
    Id areaId = 0;
    QPointF pos;
    bool automatic = false;
};

/// What a floor's plan shows, computed from the register's places and assets (core only, so
/// that the editor, the printout and daicho-cli agree).
class PlanContent {
    Q_DECLARE_TR_FUNCTIONS(daicho::PlanContent)
public:
    /// The areas on `floorId` (any depth) in parents-first order; those with an outline are shapes.
    static QList<const Place *> areasOf(Id floorId, const QList<Place> &places);
    /// The floor an area is on; 0 when it is not under a floor.
    static Id floorOf(Id placeId, const QList<Place> &places);
    /// The shapes for Geometry::innermostArea (areas with an outline of three points or more).
    static QList<Geometry::AreaShape> shapes(const QList<const Place *> &areas);
    /// Markers of the assets used or kept in `areas`. A point inside the area is kept; assets
    /// without one are laid out on a grid inside their area, in 管理番号 order. An asset kept
    /// where it is used has one marker.
    static QList<PlanMarker> markers(const QList<const Place *> &areas, const QList<Asset> &assets);
    /// The rectangle the plan covers: the outlines, doors and the background image.
    static QRectF extent(const FloorPlan &plan, const QList<const Place *> &areas);
    /// The plan's title, derived from the floor when `plan.title` is empty.
    static QString title(const FloorPlan &plan, const QString &floorPath);
};

Geometry::Polygon toPolygon(const QList<QPoint> &outline);
QList<QPoint> toOutline(const Geometry::Polygon &polygon);

} // namespace daicho
