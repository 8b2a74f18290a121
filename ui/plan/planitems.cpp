#include "ui/plan/planitems.h"

#include "core/render/planstyle.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace daicho {

namespace {

/// Scene units (mm) per screen pixel under the painter's current transform.
double pixel(const QPainter *painter)
{
    const double scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    return scale > 0 ? 1.0 / scale : 1.0;
}

QPolygonF toQPolygon(const QList<QPoint> &outline)
{
    QPolygonF out;
    for (const QPoint &p : outline)
        out.append(QPointF(p));
    return out;
}

} // namespace

// ---------------------------------------------------------------- areas

AreaItem::AreaItem(const Place &place, int depth)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(false);
    // Panning then blits the painted area instead of filling, hatching and labelling it again.
    setCacheMode(DeviceCoordinateCache);
    // Containers above rooms, racks above the floor of the server room.
    setZValue(10 + depth);
    setPlace(place);
}

void AreaItem::setPlace(const Place &place)
{
    prepareGeometryChange();
    mPlace = place;
    mPolygon = toQPolygon(place.outline);
    setToolTip(QStringLiteral("%1\n%2").arg(place.name, PlanStyle::levelTag(place.level, FindingChecker::afterHoursLevel(place))));
    update();
}

void AreaItem::setPreview(const QPolygonF &polygon)
{
    prepareGeometryChange();
    mPolygon = polygon;
    update();
}

void AreaItem::setNightView(bool night)
{
    mNight = night;
    update();
}

QRectF AreaItem::boundingRect() const
{
    // Room for the outline's pen and the vertex handles at any zoom a user works at.
    return mPolygon.boundingRect().adjusted(-400, -400, 400, 400);
}

QPainterPath AreaItem::shape() const
{
    QPainterPath path;
    path.addPolygon(mPolygon);
    path.closeSubpath();
    return path;
}

void AreaItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (mPolygon.size() < 3)
        return;
    const double px = pixel(painter);
    const int nightLevel = FindingChecker::afterHoursLevel(mPlace);
    const int shown = mNight ? nightLevel : mPlace.level;
    painter->setPen(Qt::NoPen);
    painter->setBrush(PlanStyle::levelFill(shown));
    painter->drawPolygon(mPolygon);
    painter->setBrush(PlanStyle::hatchBrush(shown));
    painter->drawPolygon(mPolygon);
    QPen pen = PlanStyle::outlinePen(shown, nightLevel < mPlace.level, 2);
    pen.setCosmetic(true);
    if (isSelected()) {
        pen.setColor(QColor(0x15, 0x65, 0xc0));
        pen.setWidthF(3);
    }
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolygon(mPolygon);

    // Name and level, when the area is large enough on screen to carry them.
    const QRectF box = mPolygon.boundingRect();
    if (box.width() / px > 46 && box.height() / px > 18) {
        painter->setFont(PlanStyle::font(11 * px));
        painter->setPen(QColor(0x20, 0x20, 0x20));
        const QString tag = PlanStyle::levelTag(mPlace.level, nightLevel);
        const QString text = box.height() / px > 34 ? mPlace.name + QLatin1Char('\n') + tag : tag;
        painter->drawText(box.adjusted(4 * px, 3 * px, -4 * px, -3 * px), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                          text);
    }
    if (isSelected()) {
        const double h = 3.5 * px;
        painter->setPen(QPen(QColor(0x15, 0x65, 0xc0), 1.2 * px));
        painter->setBrush(Qt::white);
        for (const QPointF &v : mPolygon)
            painter->drawRect(QRectF(v.x() - h, v.y() - h, 2 * h, 2 * h));
    }
}

int AreaItem::vertexAt(QPointF p, double radius) const
{
    for (int i = 0; i < mPolygon.size(); ++i) {
        if (std::abs(mPolygon.at(i).x() - p.x()) <= radius && std::abs(mPolygon.at(i).y() - p.y()) <= radius)
            return i;
    }
    return -1;
}

// ---------------------------------------------------------------- markers

MarkerItem::MarkerItem(const PlanMarker &marker, const Asset &asset) : mMarker(marker)
{
    setFlag(ItemIsSelectable);
    setFlag(ItemIgnoresTransformations);
    // Thousands of them on a floor: each is painted once into a pixmap, then blitted.
    setCacheMode(DeviceCoordinateCache);
    setZValue(1000);
    setPos(marker.pos);
    setAsset(asset);
}

void MarkerItem::setAsset(const Asset &asset)
{
    mKind = asset.kind;
    mNumber = asset.number;
    update();
}

void MarkerItem::setFindings(std::optional<Severity> worst, const QString &tooltip)
{
    mWorst = worst;
    setToolTip(tooltip);
    update();
}

void MarkerItem::setShowLabel(bool show)
{
    if (show == mShowLabel)
        return;
    prepareGeometryChange();
    mShowLabel = show;
}

void MarkerItem::setSize(double pixels)
{
    if (qFuzzyCompare(pixels, mSize))
        return;
    prepareGeometryChange();
    mSize = pixels;
}

QRectF MarkerItem::boundingRect() const
{
    const double h = mSize / 2 + 3;
    return QRectF(-h, -h, mShowLabel && mSize >= 16 ? 2 * h + 80 : 2 * h, 2 * h);
}

void MarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    PlanStyle::paintMarker(*painter, QPointF(0, 0), mSize, mKind, mMarker.storage, mWorst, isSelected());
    if (mShowLabel && mSize >= 16) {
        painter->setFont(PlanStyle::font(10));
        const QRectF label(mSize / 2 + 2, -7, 78, 14);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 200));
        painter->drawRect(label.adjusted(0, 0, -(78 - painter->fontMetrics().horizontalAdvance(mNumber) - 2), 0));
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter, mNumber);
    }
}

// ---------------------------------------------------------------- doors

DoorItem::DoorItem(const Door &door, int index) : mDoor(door), mIndex(index)
{
    setFlag(ItemIsSelectable);
    setZValue(500);
    const QString lock = door.lockable ? (door.lockType.isEmpty() ? tr("Lockable") : door.lockType)
                                       : tr("No lock");
    setToolTip(door.keyHolder.isEmpty() ? lock : QStringLiteral("%1\n%2").arg(lock, door.keyHolder));
}

QRectF DoorItem::boundingRect() const
{
    const double r = QLineF(QPointF(mDoor.a), QPointF(mDoor.b)).length();
    return QRectF(QPointF(mDoor.a), QPointF(mDoor.b)).normalized().adjusted(-r - 200, -r - 200, r + 200, r + 200);
}

QPainterPath DoorItem::shape() const
{
    QPainterPath path;
    const QPointF a(mDoor.a), b(mDoor.b);
    const double r = std::max(QLineF(a, b).length() / 2, 150.0);
    path.addEllipse(QLineF(a, b).center(), r, r);
    return path;
}

void DoorItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const double px = pixel(painter);
    PlanStyle::paintDoor(*painter, mDoor, 1.5 * px);
    if (isSelected()) {
        painter->setPen(QPen(QColor(0x15, 0x65, 0xc0), 2 * px, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(shape());
    }
}

} // namespace daicho
