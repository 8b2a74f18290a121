#include "core/floorplan.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace daicho {

Geometry::Polygon toPolygon(const QList<QPoint> &outline)
{
    Geometry::Polygon out;
    out.reserve(outline.size());
    for (const QPoint &p : outline)
        out.append(QPointF(p));
    return out;
}

QList<QPoint> toOutline(const Geometry::Polygon &polygon)
{
    QList<QPoint> out;
    out.reserve(polygon.size());
    for (const QPointF &p : polygon) {
        const QPoint q = p.toPoint();
        if (out.isEmpty() || out.last() != q)
            out.append(q);
    }
    while (out.size() > 1 && out.first() == out.last())
        out.removeLast();
    return out;
}

QList<const Place *> PlanContent::areasOf(Id floorId, const QList<Place> &places)
{
    QHash<Id, QList<const Place *>> children;
    for (const Place &p : places)
        children[p.parentId].append(&p);
    QList<const Place *> out;
    QList<Id> queue{floorId};
    QSet<Id> seen{floorId};
    for (qsizetype i = 0; i < queue.size(); ++i) {
        QList<const Place *> kids = children.value(queue.at(i));
        std::sort(kids.begin(), kids.end(), [](const Place *a, const Place *b) { return a->id < b->id; });
        for (const Place *p : kids) {
            if (!p->isArea() || seen.contains(p->id))
                continue;
            seen.insert(p->id);
            out.append(p);
            queue.append(p->id);
        }
    }
    return out;
}

Id PlanContent::floorOf(Id placeId, const QList<Place> &places)
{
    QHash<Id, const Place *> byId;
    for (const Place &p : places)
        byId.insert(p.id, &p);
    for (int steps = 0; placeId && steps <= places.size(); ++steps) {
        const Place *p = byId.value(placeId);
        if (!p)
            return 0;
        if (p->kind == PlaceKind::Floor)
            return p->id;
        placeId = p->parentId;
    }
    return 0;
}

QList<Geometry::AreaShape> PlanContent::shapes(const QList<const Place *> &areas)
{
    QList<Geometry::AreaShape> out;
    out.reserve(areas.size());
    QSet<Id> drawn;
    for (const Place *p : areas) {
        if (p->outline.size() >= 3)
            drawn.insert(p->id);
    }
    for (const Place *p : areas) {
        if (p->outline.size() < 3)
            continue;
        // A parent that is not drawn does not constrain: the shape counts as on the floor.
        out.append({p->id, drawn.contains(p->parentId) ? p->parentId : 0, toPolygon(p->outline)});
    }
    return out;
}

namespace {

struct AreaSlots {
    const Place *area = nullptr;
    Geometry::Polygon polygon;
    QList<Geometry::Polygon> holes; ///< drawn child areas: markers laid out there would read as inside them
    QList<QPointF> taken;           ///< points already used by placed markers
    QList<std::pair<const Asset *, bool>> waiting; ///< assets without a usable point (asset, storage)
};

/// Grid points inside the area and outside its children, `count` of them if the area allows,
/// filling row by row from the top left; the spacing shrinks until they fit.
QList<QPointF> layoutPoints(const AreaSlots &s, int count)
{
    const QRectF box = Geometry::boundingRect(s.polygon);
    double free = Geometry::area(s.polygon);
    for (const Geometry::Polygon &h : s.holes)
        free -= Geometry::area(h);
    free = std::max(free, box.width() * box.height() * 0.1);
    double step = std::clamp(std::sqrt(free / (count * 1.6)), 150.0, 1200.0);
    QList<QPointF> out;
    for (int attempt = 0; attempt < 6; ++attempt, step *= 0.6) {
        out.clear();
        const double margin = step / 2;
        // The first row stays clear of the area's name in its top-left corner.
        for (double y = box.top() + margin + std::min(600.0, box.height() * 0.15); y < box.bottom() && out.size() < count; y += step) {
            for (double x = box.left() + margin; x < box.right() && out.size() < count; x += step) {
                const QPointF p(std::round(x), std::round(y));
                if (Geometry::locate(s.polygon, p, step * 0.3) != Geometry::Containment::Inside)
                    continue;
                bool blocked = false;
                for (const Geometry::Polygon &h : s.holes)
                    blocked = blocked || Geometry::contains(h, p, step * 0.3);
                for (const QPointF &t : s.taken)
                    blocked = blocked || (std::abs(t.x() - p.x()) < step * 0.6 && std::abs(t.y() - p.y()) < step * 0.6);
                if (!blocked)
                    out.append(p);
            }
        }
        if (out.size() >= count)
            return out;
    }
    // Too many for the room: the rest stack up at its centre.
    const QPointF centre = box.center();
    while (out.size() < count)
        out.append(QPointF(std::round(centre.x()), std::round(centre.y())));
    return out;
}

} // namespace

QList<PlanMarker> PlanContent::markers(const QList<const Place *> &areas, const QList<Asset> &assets)
{
    QHash<Id, int> slotOf;
    std::vector<AreaSlots> areaSlots;
    areaSlots.reserve(areas.size());
    for (const Place *p : areas) {
        if (p->outline.size() < 3)
            continue;
        slotOf.insert(p->id, int(areaSlots.size()));
        AreaSlots s;
        s.area = p;
        s.polygon = toPolygon(p->outline);
        areaSlots.push_back(std::move(s));
    }
    for (const AreaSlots &s : areaSlots) {
        if (const auto parent = slotOf.constFind(s.area->parentId); parent != slotOf.constEnd())
            areaSlots[*parent].holes.append(s.polygon);
    }

    QList<PlanMarker> out;
    auto place = [&](const Asset &a, Id areaId, const std::optional<QPoint> &point, bool storage) {
        const auto it = slotOf.constFind(areaId);
        if (it == slotOf.constEnd())
            return;
        AreaSlots &s = areaSlots[*it];
        if (point && Geometry::contains(s.polygon, QPointF(*point))) {
            out.append({a.id, storage, areaId, QPointF(*point), false});
            s.taken.append(QPointF(*point));
        } else {
            s.waiting.append({&a, storage});
        }
    };
    for (const Asset &a : assets) {
        if (a.usePlaceId)
            place(a, a.usePlaceId, a.usePoint, false);
        if (a.storePlaceId && a.storePlaceId != a.usePlaceId)
            place(a, a.storePlaceId, a.storePoint, true);
    }
    for (AreaSlots &s : areaSlots) {
        if (s.waiting.isEmpty())
            continue;
        std::sort(s.waiting.begin(), s.waiting.end(), [](const auto &x, const auto &y) {
            return x.first->number < y.first->number || (x.first->number == y.first->number && x.second < y.second);
        });
        const QList<QPointF> points = layoutPoints(s, int(s.waiting.size()));
        for (qsizetype i = 0; i < s.waiting.size(); ++i)
            out.append({s.waiting[i].first->id, s.waiting[i].second, s.area->id, points.at(i), true});
    }
    return out;
}

QRectF PlanContent::extent(const FloorPlan &plan, const QList<const Place *> &areas)
{
    QRectF r;
    auto unite = [&r](const QRectF &b) { r = r.isNull() ? b : r.united(b); };
    for (const Place *p : areas) {
        if (p->outline.size() >= 3)
            unite(Geometry::boundingRect(toPolygon(p->outline)));
    }
    for (const Door &d : plan.doors)
        unite(QRectF(QPointF(d.a), QPointF(d.b)).normalized());
    if (!plan.background.isEmpty() && plan.backgroundSize.isValid())
        unite(QRectF(plan.backgroundOrigin, QSizeF(plan.backgroundSize) * plan.backgroundMmPerPixel));
    return r;
}

QString PlanContent::title(const FloorPlan &plan, const QString &floorPath)
{
    if (!plan.title.trimmed().isEmpty())
        return plan.title;
    return tr("Security zone plan: %1").arg(floorPath);
}

} // namespace daicho
