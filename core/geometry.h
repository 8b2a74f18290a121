#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

#include <functional>
#include <optional>

namespace daicho {

/// Plan geometry in real units (millimetres), for the 区画図 (domain.md §4): areas are simple
/// polygons (rectangles are polygons of four points), possibly concave. Core only: no QtGui.
namespace Geometry {

/// A simple polygon, its points in order (either direction), not closed (the last point
/// connects back to the first).
using Polygon = QList<QPointF>;

/// Default tolerance for "on the edge": a tenth of a millimetre.
constexpr double kEdgeTolerance = 0.1;

enum class Containment { Outside, OnEdge, Inside };

/// Where `p` is relative to `polygon`. Points within `tolerance` of an edge are OnEdge (a
/// door or an asset on a wall line belongs to the wall, not to one side by rounding).
/// Polygons with fewer than three points contain nothing.
Containment locate(const Polygon &polygon, QPointF p, double tolerance = kEdgeTolerance);

/// Inside or on the edge.
bool contains(const Polygon &polygon, QPointF p, double tolerance = kEdgeTolerance);

/// Signed area (positive when the points run counter-clockwise in a y-up system).
double signedArea(const Polygon &polygon);
double area(const Polygon &polygon);
QRectF boundingRect(const Polygon &polygon);
Polygon rectangle(const QRectF &rect);

/// Distance from `p` to the segment a–b, and the closest point on it.
double distanceToSegment(QPointF p, QPointF a, QPointF b, QPointF *closest = nullptr);

/// True when `inner` lies within `outer` (every point inside or on the edge, and no edge of
/// `inner` crosses out of `outer`): how a locker stays inside its office.
bool polygonWithin(const Polygon &inner, const Polygon &outer, double tolerance = kEdgeTolerance);

/// Whether two segments cross at a point inside both (touching at ends or overlapping along
/// a line does not count).
bool segmentsCross(QPointF a1, QPointF a2, QPointF b1, QPointF b2);

/// True when no two non-adjacent edges cross and there are at least three distinct points.
bool isSimple(const Polygon &polygon);

/// The nearest grid point (grid > 0).
QPointF snapToGrid(QPointF p, double grid);

/// The nearest point on any edge of `polygons` within `radius`, for snapping to existing
/// walls; nullopt when none is that close.
std::optional<QPointF> snapToEdges(QPointF p, const QList<Polygon> &polygons, double radius);

/// One area as the point lookup sees it.
struct AreaShape {
    qint64 id = 0;
    qint64 parentId = 0; ///< 0 when it is directly on the floor
    Polygon polygon;
};

/// The innermost area that contains `p` (a drawer inside a locker inside an office wins over
/// the office): the deepest in the parent chain among those that contain it; of siblings that
/// overlap, the smaller one. 0 when none does.
qint64 innermostArea(const QList<AreaShape> &areas, QPointF p, double tolerance = kEdgeTolerance);

} // namespace Geometry

} // namespace daicho
