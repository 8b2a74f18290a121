#pragma once

#include "core/entities.h"
#include "core/findings.h"
#include "core/floorplan.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPainterPath>

#include <optional>

namespace daicho {

/// Item types, for qgraphicsitem_cast and the tools' hit tests.
enum PlanItemType {
    AreaItemType = QGraphicsItem::UserType + 1,
    MarkerItemType,
    DoorItemType,
    BackgroundItemType,
};

/// An area of the plan: a thin view of a Place (its outline, level and after-hours state).
/// Geometry and names live in the Place; the item only draws it, and while a tool drags it,
/// shows the preview outline it is given.
class AreaItem : public QGraphicsItem {
public:
    enum { Type = AreaItemType };
    explicit AreaItem(const Place &place, int depth);

    int type() const override { return Type; }
    Id placeId() const { return mPlace.id; }
    const Place &place() const { return mPlace; }
    /// The outline in scene units (mm), as drawn now (a preview while dragging).
    const QPolygonF &polygon() const { return mPolygon; }

    void setPlace(const Place &place);
    /// While dragging: draw this outline instead of the stored one.
    void setPreview(const QPolygonF &polygon);
    void setNightView(bool night);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    /// Index of the vertex within `radius` scene units of `p`, or -1.
    int vertexAt(QPointF p, double radius) const;

private:
    Place mPlace;
    QPolygonF mPolygon;
    bool mNight = false;
};

/// An asset on the plan: its kind, 管理番号 and a red or yellow badge when it has findings.
/// Drawn at a fixed size on screen whatever the zoom.
class MarkerItem : public QGraphicsItem {
public:
    enum { Type = MarkerItemType };
    static constexpr double kSize = 22; ///< pixels, at a zoom where markers have room

    MarkerItem(const PlanMarker &marker, const Asset &asset);

    int type() const override { return Type; }
    const PlanMarker &marker() const { return mMarker; }
    Id assetId() const { return mMarker.assetId; }
    bool storage() const { return mMarker.storage; }
    void setAsset(const Asset &asset);
    void setFindings(std::optional<Severity> worst, const QString &tooltip);
    void setShowLabel(bool show);
    /// Size on screen in pixels: markers shrink when the plan is zoomed out, so that desks
    /// a metre apart do not pile up; below 16 px the 管理番号 is left to the tooltip.
    void setSize(double pixels);
    double size() const { return mSize; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    PlanMarker mMarker;
    AssetKind mKind;
    QString mNumber;
    std::optional<Severity> mWorst;
    bool mShowLabel = true;
    double mSize = kSize;
};

/// A door on an area's edge.
class DoorItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(daicho::DoorItem)
public:
    enum { Type = DoorItemType };
    DoorItem(const Door &door, int index);

    int type() const override { return Type; }
    int index() const { return mIndex; }
    const Door &door() const { return mDoor; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    Door mDoor;
    int mIndex;
};

} // namespace daicho
