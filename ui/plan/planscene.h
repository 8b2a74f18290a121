#pragma once

#include "core/floorplan.h"
#include "core/geometry.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPainterPath>

namespace daicho {

class AreaItem;
class Document;
class DoorItem;
class MarkerItem;

/// The drawing of one floor: an AreaItem per drawn area, a MarkerItem per asset placed in
/// them, a DoorItem per door, and the background image, all in millimetres. The items are
/// views of the document; the scene follows the document's signals, so that the plan, the
/// places tree and the register always show the same thing (also after undo).
class PlanScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit PlanScene(Document *document, QObject *parent = nullptr);

    Document *document() const { return mDocument; }
    Id floorId() const { return mFloorId; }
    /// True while the items are being made again (selection changes then mean nothing).
    bool rebuilding() const { return mRebuilding; }
    void setFloor(Id floorId);
    /// The floor's plan, or a new one (id 0) when the floor has none yet.
    FloorPlan plan() const;
    bool nightView() const { return mNight; }
    void setNightView(bool night);
    /// Marker size for the view's zoom (pixels per metre): about 0.6 m across, 8 to 22 px.
    void setZoom(double pixelsPerMetre);

    AreaItem *areaItem(Id placeId) const { return mAreas.value(placeId); }
    QList<AreaItem *> areaItems() const { return mAreas.values(); }
    MarkerItem *markerItem(Id assetId, bool storage) const;
    QList<MarkerItem *> markerItems() const { return mMarkers.values(); }
    QList<DoorItem *> doorItems() const { return mDoors; }
    /// The areas of the floor in parents-first order (drawn or not).
    const QList<const Place *> &areas() const { return mAreaList; }
    /// The innermost drawn area at `p` (0 when none), for placing an asset.
    Id areaAt(QPointF p) const;
    /// The drawn area that would hold a new shape `polygon`: the innermost one containing it.
    Id parentFor(const Geometry::Polygon &polygon) const;

    /// `p` snapped to existing edges within `radius` (scene units), else to the grid.
    QPointF snap(QPointF p, double radius) const;
    double gridStep() const;

    /// What a tool is drawing (the shape in progress, a rubber band, a calibration line),
    /// painted above the items in the given pen.
    void setOverlay(const QPainterPath &path, const QString &label = QString(), QPointF labelPos = {});
    void clearOverlay();
    QRectF contentRect() const;

    /// Rebuilds every item (a floor change, a reset).
    void rebuild();

signals:
    /// The floor's drawing changed so that a fit-to-window view should be refreshed.
    void floorLoaded();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuildAreas();
    void rebuildDoorsAndBackground();
    void refreshMarkers();
    void refreshFindings(const QList<int> &rows);

    Document *mDocument;
    Id mFloorId = 0;
    bool mNight = false;
    double mMarkerSize = 22;
    QList<const Place *> mAreaList;
    QHash<Id, AreaItem *> mAreas;
    QHash<qint64, MarkerItem *> mMarkers; ///< key: asset id * 2 + storage
    QList<DoorItem *> mDoors;
    QGraphicsItem *mBackground = nullptr;
    QByteArray mBackgroundBytes;
    bool mRebuilding = false;
    QList<Geometry::AreaShape> mShapes;
    QPainterPath mOverlay;
    QString mOverlayLabel;
    QPointF mOverlayLabelPos;
};

} // namespace daicho
