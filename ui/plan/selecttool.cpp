#include "ui/plan/selecttool.h"

#include "ui/commands/plancommands.h"
#include "ui/document.h"
#include "ui/plan/placement.h"
#include "ui/plan/planitems.h"
#include "ui/plan/planscene.h"
#include "ui/undotext.h"

#include <QGraphicsItem>
#include <QKeyEvent>
#include <QPainterPath>

#include <cmath>

namespace daicho {

QString SelectTool::hint() const
{
    return tr("Click to select, drag to move (areas take what is inside them), drag a corner of a selected "
              "area to reshape it, Delete to delete. Double-click an area to show it in the places panel, a door "
              "to edit it.");
}

QGraphicsItem *SelectTool::itemAt(const PlanMouse &m) const
{
    const QList<QGraphicsItem *> hits =
        context().scene->items(m.pos, Qt::IntersectsItemShape, Qt::DescendingOrder, m.view);
    for (QGraphicsItem *item : hits) {
        if (item->type() == MarkerItemType || item->type() == DoorItemType || item->type() == AreaItemType)
            return item;
    }
    return nullptr;
}

void SelectTool::cancel()
{
    restorePreviews();
    mMode = Mode::None;
    context().scene->clearOverlay();
}

void SelectTool::restorePreviews()
{
    for (auto it = mMoving.cbegin(); it != mMoving.cend(); ++it)
        it.key()->setPreview(it.value());
    for (auto it = mMovingMarkers.cbegin(); it != mMovingMarkers.cend(); ++it)
        it.key()->setPos(it.value());
    if (mVertexArea)
        mVertexArea->setPlace(mVertexArea->place());
    if (mMarker)
        mMarker->setPos(mMarkerStart);
    mMoving.clear();
    mMovingMarkers.clear();
    mVertexArea = nullptr;
    mMarker = nullptr;
}

bool SelectTool::mousePress(const PlanMouse &m)
{
    if (m.button != Qt::LeftButton)
        return false;
    PlanScene *scene = context().scene;
    mStart = m.pos;
    mStartSnapped = m.snapped;
    // A corner of a selected area first: it lies on top of everything else.
    for (QGraphicsItem *item : scene->selectedItems()) {
        if (item->type() != AreaItemType)
            continue;
        auto *area = static_cast<AreaItem *>(item);
        const int v = area->vertexAt(m.pos, 6 * m.pixel);
        if (v >= 0) {
            mVertexArea = area;
            mVertex = v;
            mMode = Mode::Vertex;
            return true;
        }
    }
    QGraphicsItem *hit = itemAt(m);
    const bool add = m.modifiers & (Qt::ShiftModifier | Qt::ControlModifier);
    if (!hit) {
        if (!add)
            scene->clearSelection();
        mMode = Mode::Rubber;
        return true;
    }
    if (hit->type() == MarkerItemType) {
        if (!add)
            scene->clearSelection();
        hit->setSelected(true);
        mMarker = static_cast<MarkerItem *>(hit);
        mMarkerStart = mMarker->pos();
        mMode = Mode::Marker;
        return true;
    }
    if (add) {
        hit->setSelected(!hit->isSelected());
    } else if (!hit->isSelected()) {
        scene->clearSelection();
        hit->setSelected(true);
    }
    mMode = Mode::Pending;
    return true;
}

void SelectTool::startMove()
{
    PlanScene *scene = context().scene;
    Document *document = context().document;
    QSet<Id> ids;
    for (QGraphicsItem *item : scene->selectedItems()) {
        if (item->type() == AreaItemType)
            ids.unite(document->placeSubtree(static_cast<AreaItem *>(item)->placeId()));
    }
    for (const Id id : std::as_const(ids)) {
        if (AreaItem *area = scene->areaItem(id))
            mMoving.insert(area, area->polygon());
    }
    for (MarkerItem *marker : scene->markerItems()) {
        if (ids.contains(marker->marker().areaId))
            mMovingMarkers.insert(marker, marker->pos());
    }
    mMode = Mode::Move;
}

bool SelectTool::mouseMove(const PlanMouse &m)
{
    PlanScene *scene = context().scene;
    switch (mMode) {
    case Mode::None:
        return false;
    case Mode::Pending:
        if (QLineF(mStart, m.pos).length() < 4 * m.pixel)
            return true;
        startMove();
        [[fallthrough]];
    case Mode::Move: {
        const QPointF delta = m.snapped - mStartSnapped;
        for (auto it = mMoving.cbegin(); it != mMoving.cend(); ++it)
            it.key()->setPreview(it.value().translated(delta));
        for (auto it = mMovingMarkers.cbegin(); it != mMovingMarkers.cend(); ++it)
            it.key()->setPos(it.value() + delta);
        scene->setOverlay(QPainterPath(),
                          tr("%1 m, %2 m").arg(delta.x() / 1000, 0, 'f', 2).arg(delta.y() / 1000, 0, 'f', 2), m.pos);
        return true;
    }
    case Mode::Vertex: {
        // From the stored outline, so that the corners beside it are where they were.
        QPolygonF polygon;
        for (const QPoint &p : mVertexArea->place().outline)
            polygon.append(QPointF(p));
        if (mVertex >= polygon.size())
            return true;
        const QPointF old = polygon.at(mVertex);
        polygon[mVertex] = m.snapped;
        // A rectangle stays a rectangle: the corners beside the dragged one follow it (resize).
        bool rectangle = polygon.size() == 4;
        for (int i = 0; rectangle && i < 4; ++i) {
            const QPoint a = mVertexArea->place().outline.at(i), b = mVertexArea->place().outline.at((i + 1) % 4);
            rectangle = a.x() == b.x() || a.y() == b.y();
        }
        if (rectangle) {
            for (const int j : {(mVertex + 1) % 4, (mVertex + 3) % 4}) {
                if (polygon.at(j).x() == old.x())
                    polygon[j].setX(m.snapped.x());
                if (polygon.at(j).y() == old.y())
                    polygon[j].setY(m.snapped.y());
            }
        }
        mVertexArea->setPreview(polygon);
        return true;
    }
    case Mode::Marker:
        mMarker->setPos(m.pos);
        showPlacementPreview(*scene, m.pos);
        return true;
    case Mode::Rubber: {
        QPainterPath path;
        path.addRect(QRectF(mStart, m.pos).normalized());
        scene->setOverlay(path);
        return true;
    }
    }
    return false;
}

bool SelectTool::mouseRelease(const PlanMouse &m)
{
    if (m.button != Qt::LeftButton || mMode == Mode::None)
        return false;
    PlanScene *scene = context().scene;
    Document *document = context().document;
    const Mode mode = mMode;
    mMode = Mode::None;
    scene->clearOverlay();
    switch (mode) {
    case Mode::Move:
        commitMove(m.snapped - mStartSnapped);
        break;
    case Mode::Vertex: {
        AreaItem *area = mVertexArea;
        const QPolygonF polygon = area->polygon();
        Place after = area->place();
        after.outline = toOutline(Geometry::Polygon(polygon.cbegin(), polygon.cend()));
        if (after.outline != area->place().outline) {
            const bool ok = context().execute(
                [&] { return new PlanEditCommand(document, UndoText::reshapeArea(after.name), {after}, {}); });
            if (!ok)
                area->setPlace(area->place());
        }
        mVertexArea = nullptr;
        break;
    }
    case Mode::Marker: {
        MarkerItem *marker = mMarker;
        mMarker = nullptr;
        if (QLineF(mStart, m.pos).length() < 3 * m.pixel || !placeAssets(context(), {marker->assetId()}, m.pos, marker->storage()))
            marker->setPos(mMarkerStart);
        break;
    }
    case Mode::Rubber: {
        const QRectF r = QRectF(mStart, m.pos).normalized();
        if (r.width() > 2 * m.pixel && r.height() > 2 * m.pixel) {
            QPainterPath path;
            path.addRect(r);
            scene->setSelectionArea(path, Qt::ReplaceSelection, Qt::ContainsItemShape, m.view);
        }
        break;
    }
    case Mode::Pending:
    case Mode::None:
        break;
    }
    mMoving.clear();
    mMovingMarkers.clear();
    return true;
}

void SelectTool::commitMove(QPointF delta)
{
    Document *document = context().document;
    const QPoint d = delta.toPoint();
    if (d.isNull()) {
        restorePreviews();
        return;
    }
    QList<Place> places;
    for (auto it = mMoving.cbegin(); it != mMoving.cend(); ++it) {
        Place p = it.key()->place();
        for (QPoint &v : p.outline)
            v += d;
        places.append(p);
    }
    QList<Asset> assets;
    QHash<Id, int> assetIndex;
    for (auto it = mMovingMarkers.cbegin(); it != mMovingMarkers.cend(); ++it) {
        const PlanMarker &marker = it.key()->marker();
        if (marker.automatic)
            continue; // laid out inside its area wherever the area goes
        const Asset *a = document->asset(marker.assetId);
        if (!a)
            continue;
        if (!assetIndex.contains(a->id)) {
            assetIndex.insert(a->id, int(assets.size()));
            assets.append(*a);
        }
        Asset &moved = assets[assetIndex.value(a->id)];
        std::optional<QPoint> &point = marker.storage ? moved.storePoint : moved.usePoint;
        if (point)
            *point += d;
    }
    // Doors in the walls of the areas that move go with them.
    std::optional<FloorPlan> plan;
    if (const FloorPlan *current = document->planOfFloor(context().scene->floorId())) {
        FloorPlan moved = *current;
        bool any = false;
        for (Door &door : moved.doors) {
            for (auto it = mMoving.cbegin(); it != mMoving.cend(); ++it) {
                const Geometry::Polygon before(it.value().cbegin(), it.value().cend());
                if (Geometry::locate(before, QPointF(door.a), 1.0) == Geometry::Containment::OnEdge
                    && Geometry::locate(before, QPointF(door.b), 1.0) == Geometry::Containment::OnEdge) {
                    door.a += d;
                    door.b += d;
                    any = true;
                    break;
                }
            }
        }
        if (any)
            plan = moved;
    }
    const int count = int(places.size() + assets.size());
    if (count == 0) {
        restorePreviews();
        return;
    }
    const bool ok = context().execute(
        [&] { return new PlanEditCommand(document, UndoText::moveOnPlan(count), places, assets, plan); });
    if (!ok)
        restorePreviews();
}

bool SelectTool::mouseDoubleClick(const PlanMouse &m)
{
    QGraphicsItem *hit = itemAt(m);
    if (hit && hit->type() == DoorItemType && context().editDoor) {
        context().editDoor(static_cast<DoorItem *>(hit)->index());
        return true;
    }
    if (hit && hit->type() == AreaItemType && context().activateArea) {
        context().activateArea(static_cast<AreaItem *>(hit)->placeId());
        return true;
    }
    return false;
}

bool SelectTool::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && mMode != Mode::None) {
        cancel();
        return true;
    }
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        // Not in the middle of a drag: the items being dragged would go from under it.
        if (mMode == Mode::None)
            deleteSelection();
        return true;
    }
    return false;
}

void SelectTool::deleteSelection()
{
    if (mMode != Mode::None)
        return;
    PlanScene *scene = context().scene;
    Document *document = context().document;
    QList<Id> areas;
    QList<int> doors;
    for (QGraphicsItem *item : scene->selectedItems()) {
        if (item->type() == AreaItemType)
            areas.append(static_cast<AreaItem *>(item)->placeId());
        else if (item->type() == DoorItemType)
            doors.append(static_cast<DoorItem *>(item)->index());
    }
    if (!doors.isEmpty()) {
        FloorPlan plan = scene->plan();
        std::sort(doors.begin(), doors.end(), std::greater<int>());
        for (const int i : std::as_const(doors))
            plan.doors.removeAt(i);
        context().execute([&] { return new SetPlanCommand(document, UndoText::deleteDoor(), plan); });
    }
    if (!areas.isEmpty())
        context().execute([&] { return new DeleteAreasCommand(document, areas); });
}

} // namespace daicho
