#include "core/geometry.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace daicho::Geometry {

namespace {

double cross(QPointF o, QPointF a, QPointF b)
{
    return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
}

} // namespace

double distanceToSegment(QPointF p, QPointF a, QPointF b, QPointF *closest)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    double t = len2 > 0 ? QPointF::dotProduct(p - a, ab) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF c = a + ab * t;
    if (closest)
        *closest = c;
    const QPointF d = p - c;
    return std::sqrt(QPointF::dotProduct(d, d));
}

Containment locate(const Polygon &polygon, QPointF p, double tolerance)
{
    const qsizetype n = polygon.size();
    if (n < 3)
        return Containment::Outside;
    for (qsizetype i = 0; i < n; ++i) {
        if (distanceToSegment(p, polygon[i], polygon[(i + 1) % n]) <= tolerance)
            return Containment::OnEdge;
    }
    // Even-odd ray casting to +x; points on edges were settled above, so the half-open rule
    // on y only has to keep a vertex from being counted twice.
    bool inside = false;
    for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
        const QPointF a = polygon[i];
        const QPointF b = polygon[j];
        if ((a.y() > p.y()) != (b.y() > p.y())) {
            const double x = a.x() + (p.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
            if (p.x() < x)
                inside = !inside;
        }
    }
    return inside ? Containment::Inside : Containment::Outside;
}

bool contains(const Polygon &polygon, QPointF p, double tolerance)
{
    return locate(polygon, p, tolerance) != Containment::Outside;
}

double signedArea(const Polygon &polygon)
{
    double sum = 0;
    const qsizetype n = polygon.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF a = polygon[i];
        const QPointF b = polygon[(i + 1) % n];
        sum += a.x() * b.y() - b.x() * a.y();
    }
    return sum / 2;
}

double area(const Polygon &polygon) { return std::abs(signedArea(polygon)); }

QRectF boundingRect(const Polygon &polygon)
{
    if (polygon.isEmpty())
        return {};
    double x1 = polygon[0].x(), x2 = x1, y1 = polygon[0].y(), y2 = y1;
    for (const QPointF &p : polygon) {
        x1 = std::min(x1, p.x());
        x2 = std::max(x2, p.x());
        y1 = std::min(y1, p.y());
        y2 = std::max(y2, p.y());
    }
    return QRectF(QPointF(x1, y1), QPointF(x2, y2));
}

Polygon rectangle(const QRectF &rect)
{
    const QRectF r = rect.normalized();
    return {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()};
}

bool segmentsCross(QPointF a1, QPointF a2, QPointF b1, QPointF b2)
{
    const double d1 = cross(b1, b2, a1);
    const double d2 = cross(b1, b2, a2);
    const double d3 = cross(a1, a2, b1);
    const double d4 = cross(a1, a2, b2);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

bool polygonWithin(const Polygon &inner, const Polygon &outer, double tolerance)
{
    if (inner.size() < 3 || outer.size() < 3)
        return false;
    for (const QPointF &p : inner) {
        if (!contains(outer, p, tolerance))
            return false;
    }
    // Every vertex inside is not enough for a concave outer polygon: an edge may cut across
    // its notch. Check that no edges cross, and that the middle of each inner edge is inside.
    const qsizetype n = inner.size();
    const qsizetype m = outer.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF a = inner[i];
        const QPointF b = inner[(i + 1) % n];
        if (!contains(outer, (a + b) / 2, tolerance))
            return false;
        for (qsizetype j = 0; j < m; ++j) {
            if (segmentsCross(a, b, outer[j], outer[(j + 1) % m]))
                return false;
        }
    }
    return true;
}

bool isSimple(const Polygon &polygon)
{
    const qsizetype n = polygon.size();
    if (n < 3 || area(polygon) <= 0)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            if (j == i + 1 || (i == 0 && j == n - 1))
                continue; // adjacent edges share a point
            if (segmentsCross(polygon[i], polygon[(i + 1) % n], polygon[j], polygon[(j + 1) % n]))
                return false;
        }
    }
    return true;
}

QPointF snapToGrid(QPointF p, double grid)
{
    if (grid <= 0)
        return p;
    return {std::round(p.x() / grid) * grid, std::round(p.y() / grid) * grid};
}

std::optional<QPointF> snapToEdges(QPointF p, const QList<Polygon> &polygons, double radius)
{
    std::optional<QPointF> best;
    double bestDistance = radius;
    for (const Polygon &poly : polygons) {
        const qsizetype n = poly.size();
        for (qsizetype i = 0; n >= 2 && i < n; ++i) {
            QPointF c;
            const double d = distanceToSegment(p, poly[i], poly[(i + 1) % n], &c);
            if (d <= bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
    }
    return best;
}

qint64 innermostArea(const QList<AreaShape> &areas, QPointF p, double tolerance)
{
    QHash<qint64, qint64> parents;
    for (const AreaShape &a : areas)
        parents.insert(a.id, a.parentId);
    auto depth = [&](qint64 id) {
        int d = 0;
        for (qint64 at = parents.value(id); at && d < 64; at = parents.value(at))
            ++d;
        return d;
    };
    qint64 best = 0;
    int bestDepth = -1;
    double bestArea = std::numeric_limits<double>::max();
    for (const AreaShape &a : areas) {
        if (!contains(a.polygon, p, tolerance))
            continue;
        const int d = depth(a.id);
        const double size = area(a.polygon);
        if (d > bestDepth || (d == bestDepth && size < bestArea)) {
            best = a.id;
            bestDepth = d;
            bestArea = size;
        }
    }
    return best;
}

} // namespace daicho::Geometry
