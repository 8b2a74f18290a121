#include "ui/plan/planscene.h"

#include "core/render/planstyle.h"
#include "ui/document.h"
#include "ui/plan/planitems.h"

#include <QGraphicsPixmapItem>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace daicho {

namespace {

qint64 markerKey(Id assetId, bool storage) { return assetId * 2 + (storage ? 1 : 0); }

} // namespace

PlanScene::PlanScene(Document *document, QObject *parent) : QGraphicsScene(parent), mDocument(document)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connect(document, &Document::placesChanged, this, [this] {
        rebuildAreas();
        refreshMarkers();
    });
    connect(document, &Document::assetsChanged, this, [this](const QList<int> &rows) {
        // Only edits of assets on this floor (or moved off it) change the markers.
        bool touches = false;
        QSet<Id> areaIds;
        for (const Place *p : std::as_const(mAreaList))
            areaIds.insert(p->id);
        for (const int row : rows) {
            const Asset &a = mDocument->assetAt(row);
            touches = touches || areaIds.contains(a.usePlaceId) || areaIds.contains(a.storePlaceId)
                      || mMarkers.contains(markerKey(a.id, false)) || mMarkers.contains(markerKey(a.id, true));
        }
        if (touches)
            refreshMarkers();
    });
    connect(document, &Document::assetInserted, this, [this] { refreshMarkers(); });
    connect(document, &Document::assetRemoved, this, [this] { refreshMarkers(); });
    connect(document, &Document::findingsChanged, this, [this](const QList<int> &rows) { refreshFindings(rows); });
    connect(document, &Document::findingsReset, this, [this] { refreshFindings({}); });
    connect(document, &Document::planChanged, this, [this](Id floorId) {
        if (floorId == mFloorId)
            rebuildDoorsAndBackground();
    });
}

void PlanScene::setFloor(Id floorId)
{
    mFloorId = floorId;
    rebuild();
    emit floorLoaded();
}

FloorPlan PlanScene::plan() const
{
    if (const FloorPlan *p = mDocument->planOfFloor(mFloorId))
        return *p;
    FloorPlan fresh;
    fresh.floorId = mFloorId;
    return fresh;
}

void PlanScene::setNightView(bool night)
{
    mNight = night;
    for (AreaItem *item : std::as_const(mAreas))
        item->setNightView(night);
}

void PlanScene::setZoom(double pixelsPerMetre)
{
    const double size = std::clamp(pixelsPerMetre * 0.6, 8.0, MarkerItem::kSize);
    if (qFuzzyCompare(size, mMarkerSize))
        return;
    mMarkerSize = size;
    for (MarkerItem *item : std::as_const(mMarkers))
        item->setSize(size);
}

MarkerItem *PlanScene::markerItem(Id assetId, bool storage) const { return mMarkers.value(markerKey(assetId, storage)); }

void PlanScene::rebuild()
{
    // Deleting a selected item announces the new selection at once; listeners must not see
    // (and act on) the half-built floor.
    mRebuilding = true;
    {
        const QSignalBlocker block(this);
        clearSelection();
    }
    clearOverlay();
    for (AreaItem *item : std::as_const(mAreas))
        delete item;
    mAreas.clear();
    for (MarkerItem *item : std::as_const(mMarkers))
        delete item;
    mMarkers.clear();
    rebuildAreas();
    rebuildDoorsAndBackground();
    refreshMarkers();
    mRebuilding = false;
}

void PlanScene::rebuildAreas()
{
    mAreaList = PlanContent::areasOf(mFloorId, mDocument->places());
    mShapes = PlanContent::shapes(mAreaList);
    QHash<Id, int> depth;
    QSet<Id> keep;
    for (const Place *p : std::as_const(mAreaList)) {
        const int d = depth.value(p->parentId, 0) + 1;
        depth.insert(p->id, d);
        if (p->outline.size() < 3)
            continue;
        keep.insert(p->id);
        if (AreaItem *item = mAreas.value(p->id)) {
            if (!(item->place() == *p))
                item->setPlace(*p);
            item->setZValue(10 + d);
        } else {
            auto *created = new AreaItem(*p, d);
            created->setNightView(mNight);
            addItem(created);
            mAreas.insert(p->id, created);
        }
    }
    for (auto it = mAreas.begin(); it != mAreas.end();) {
        if (!keep.contains(it.key())) {
            delete it.value();
            it = mAreas.erase(it);
        } else {
            ++it;
        }
    }
}

void PlanScene::rebuildDoorsAndBackground()
{
    qDeleteAll(mDoors);
    mDoors.clear();
    const FloorPlan p = plan();
    // The image is decoded again only when it changed (a door edit keeps it).
    if (mBackground && p.background == mBackgroundBytes) {
        mBackground->setPos(p.backgroundOrigin);
        mBackground->setScale(p.backgroundMmPerPixel);
        mBackground->setOpacity(p.backgroundOpacity / 100.0);
        for (int i = 0; i < p.doors.size(); ++i) {
            auto *item = new DoorItem(p.doors.at(i), i);
            addItem(item);
            mDoors.append(item);
        }
        update();
        return;
    }
    delete mBackground;
    mBackground = nullptr;
    mBackgroundBytes = p.background;
    for (int i = 0; i < p.doors.size(); ++i) {
        auto *item = new DoorItem(p.doors.at(i), i);
        addItem(item);
        mDoors.append(item);
    }
    if (!p.background.isEmpty()) {
        QPixmap pixmap;
        if (pixmap.loadFromData(p.background)) {
            auto *item = new QGraphicsPixmapItem(pixmap);
            item->setTransformationMode(Qt::SmoothTransformation);
            item->setPos(p.backgroundOrigin);
            item->setScale(p.backgroundMmPerPixel);
            item->setOpacity(p.backgroundOpacity / 100.0);
            item->setZValue(-100);
            item->setData(0, int(BackgroundItemType));
            addItem(item);
            mBackground = item;
        }
    }
    update();
}

void PlanScene::refreshMarkers()
{
    const QList<PlanMarker> markers = PlanContent::markers(mAreaList, mDocument->assets());
    QSet<qint64> keep;
    QList<int> created;
    for (const PlanMarker &m : markers) {
        const qint64 key = markerKey(m.assetId, m.storage);
        keep.insert(key);
        const Asset *asset = mDocument->asset(m.assetId);
        if (!asset)
            continue;
        MarkerItem *item = mMarkers.value(key);
        if (!item) {
            item = new MarkerItem(m, *asset);
            item->setSize(mMarkerSize);
            addItem(item);
            mMarkers.insert(key, item);
            created.append(mDocument->rowOf(m.assetId));
        } else {
            item->setPos(m.pos);
            item->setAsset(*asset);
        }
    }
    for (auto it = mMarkers.begin(); it != mMarkers.end();) {
        if (!keep.contains(it.key())) {
            delete it.value();
            it = mMarkers.erase(it);
        } else {
            ++it;
        }
    }
    // The findings of markers already shown follow findingsChanged(); new ones need theirs.
    if (!created.isEmpty())
        refreshFindings(created);
}

void PlanScene::refreshFindings(const QList<int> &rows)
{
    QSet<Id> only;
    for (const int row : rows)
        only.insert(mDocument->assetAt(row).id);
    for (MarkerItem *item : std::as_const(mMarkers)) {
        if (!rows.isEmpty() && !only.contains(item->assetId()))
            continue;
        const int row = mDocument->rowOf(item->assetId());
        if (row < 0)
            continue;
        std::optional<Severity> worst;
        QStringList lines{mDocument->assetLabel(item->assetId())};
        if (item->storage())
            lines.append(tr("(place of storage)"));
        for (const Finding &f : mDocument->findingsAt(row)) {
            // The storage marker shows what concerns its own area; the other marker the rest.
            const bool here = item->storage() ? f.placeId == item->marker().areaId
                                              : f.placeId != mDocument->asset(item->assetId())->storePlaceId
                                                    || f.placeId == item->marker().areaId;
            if (!here || f.accepted)
                continue;
            if (!worst || f.severity > *worst)
                worst = f.severity;
            lines.append(QStringLiteral("・") + mDocument->checker().message(f));
        }
        item->setFindings(worst, lines.join(QLatin1Char('\n')));
    }
}

Id PlanScene::areaAt(QPointF p) const { return Geometry::innermostArea(mShapes, p); }

Id PlanScene::parentFor(const Geometry::Polygon &polygon) const
{
    Id best = 0;
    double bestArea = 0;
    for (const Geometry::AreaShape &s : mShapes) {
        if (!Geometry::polygonWithin(polygon, s.polygon, 1.0))
            continue;
        const double a = Geometry::area(s.polygon);
        if (!best || a < bestArea) {
            best = s.id;
            bestArea = a;
        }
    }
    return best;
}

double PlanScene::gridStep() const { return std::max(10, plan().gridMm / 5); }

QPointF PlanScene::snap(QPointF p, double radius) const
{
    QList<Geometry::Polygon> polygons;
    for (const Geometry::AreaShape &s : mShapes) {
        if (Geometry::boundingRect(s.polygon).adjusted(-radius, -radius, radius, radius).contains(p))
            polygons.append(s.polygon);
    }
    // A corner first, then an edge, then the grid.
    for (const Geometry::Polygon &poly : std::as_const(polygons)) {
        for (const QPointF &v : poly) {
            if (std::abs(v.x() - p.x()) <= radius && std::abs(v.y() - p.y()) <= radius)
                return v;
        }
    }
    if (const std::optional<QPointF> onEdge = Geometry::snapToEdges(p, polygons, radius))
        return QPointF(std::round(onEdge->x()), std::round(onEdge->y()));
    return Geometry::snapToGrid(p, gridStep());
}

void PlanScene::setOverlay(const QPainterPath &path, const QString &label, QPointF labelPos)
{
    mOverlay = path;
    mOverlayLabel = label;
    mOverlayLabelPos = labelPos;
    update();
}

void PlanScene::clearOverlay() { setOverlay(QPainterPath()); }

QRectF PlanScene::contentRect() const
{
    QList<const Place *> drawn;
    for (const Place *p : mAreaList)
        drawn.append(p);
    QRectF r = PlanContent::extent(plan(), drawn);
    if (r.isNull())
        r = QRectF(0, 0, 20000, 12000);
    return r.adjusted(-1000, -1000, 1000, 1000);
}

void PlanScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, QColor(0xfd, 0xfd, 0xfb));
    const double scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    double step = plan().gridMm;
    // Keep grid lines at least 8 px apart, whatever the zoom.
    while (step * scale < 8)
        step *= 5;
    QPen pen(QColor(0xe4, 0xe4, 0xe0), 0);
    painter->setPen(pen);
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    QVector<QLineF> lines;
    for (double x = left; x < rect.right(); x += step)
        lines.append(QLineF(x, rect.top(), x, rect.bottom()));
    for (double y = top; y < rect.bottom(); y += step)
        lines.append(QLineF(rect.left(), y, rect.right(), y));
    painter->drawLines(lines);
}

void PlanScene::drawForeground(QPainter *painter, const QRectF &)
{
    if (mOverlay.isEmpty() && mOverlayLabel.isEmpty())
        return;
    const double scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    const double px = scale > 0 ? 1 / scale : 1;
    QPen pen(QColor(0x15, 0x65, 0xc0), 2);
    pen.setCosmetic(true);
    pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(QColor(0x15, 0x65, 0xc0, 30));
    painter->drawPath(mOverlay);
    if (!mOverlayLabel.isEmpty()) {
        painter->setFont(PlanStyle::font(12 * px));
        const QRectF box(mOverlayLabelPos + QPointF(12 * px, 12 * px), QSizeF(320 * px, 22 * px));
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 230));
        painter->drawRect(box.adjusted(0, 0, -(320 * px - painter->fontMetrics().horizontalAdvance(mOverlayLabel) * 1.0 - 8 * px), 0));
        painter->setPen(QColor(0x10, 0x10, 0x10));
        painter->drawText(box.adjusted(4 * px, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, mOverlayLabel);
    }
}

} // namespace daicho
