#include "core/geometry.h"

#include <gtest/gtest.h>

using namespace daicho;
using namespace daicho::Geometry;

namespace {

// An L-shaped office (concave), 10 m × 8 m with a 4 m × 4 m notch at the top right, in mm.
const Polygon kOffice{{0, 0}, {10000, 0}, {10000, 4000}, {6000, 4000}, {6000, 8000}, {0, 8000}};

} // namespace

TEST(Geometry, LocatesPointsInsideOnEdgesAndOutside)
{
    const Polygon square = rectangle(QRectF(0, 0, 1000, 1000));
    EXPECT_EQ(locate(square, {500, 500}), Containment::Inside);
    EXPECT_EQ(locate(square, {1000, 500}), Containment::OnEdge);
    EXPECT_EQ(locate(square, {0, 0}), Containment::OnEdge);          // a corner
    EXPECT_EQ(locate(square, {500, 1000.05}), Containment::OnEdge);  // within 0.1 mm of the wall
    EXPECT_EQ(locate(square, {500, 1000.5}), Containment::Outside);
    EXPECT_EQ(locate(square, {-1, 500}), Containment::Outside);
    EXPECT_EQ(locate(Polygon{{0, 0}, {1, 1}}, {0, 0}), Containment::Outside); // not a polygon
}

TEST(Geometry, ConcavePolygonExcludesItsNotch)
{
    EXPECT_EQ(locate(kOffice, {2000, 2000}), Containment::Inside);
    EXPECT_EQ(locate(kOffice, {8000, 2000}), Containment::Inside); // the lower arm
    EXPECT_EQ(locate(kOffice, {2000, 7000}), Containment::Inside); // the left arm
    EXPECT_EQ(locate(kOffice, {8000, 6000}), Containment::Outside); // the notch
    EXPECT_EQ(locate(kOffice, {6000, 6000}), Containment::OnEdge);  // the notch's wall
    // A ray at the height of a vertex (y = 4000) must not count that vertex twice.
    EXPECT_EQ(locate(kOffice, {3000, 4000}), Containment::Inside);
    EXPECT_EQ(locate(kOffice, {-500, 4000}), Containment::Outside);
    EXPECT_EQ(locate(kOffice, {12000, 4000}), Containment::Outside);
}

TEST(Geometry, AreaBoundsAndOrientation)
{
    EXPECT_DOUBLE_EQ(area(kOffice), 10000.0 * 8000 - 4000.0 * 4000);
    Polygon reversed(kOffice.crbegin(), kOffice.crend());
    EXPECT_DOUBLE_EQ(signedArea(reversed), -signedArea(kOffice));
    EXPECT_EQ(boundingRect(kOffice), QRectF(0, 0, 10000, 8000));
    EXPECT_EQ(rectangle(QRectF(10, 10, -10, -10)).first(), QPointF(0, 0)); // normalised
}

TEST(Geometry, PolygonWithinHandlesConcaveOuterAndTouchingWalls)
{
    const Polygon locker = rectangle(QRectF(500, 500, 900, 600));
    EXPECT_TRUE(polygonWithin(locker, kOffice));
    const Polygon againstWall = rectangle(QRectF(0, 500, 900, 600)); // stands against the wall
    EXPECT_TRUE(polygonWithin(againstWall, kOffice));
    const Polygon poking = rectangle(QRectF(-100, 500, 900, 600));
    EXPECT_FALSE(polygonWithin(poking, kOffice));
    // Every corner inside, but an edge runs across the notch: not within.
    const Polygon acrossNotch{{5000, 3000}, {9000, 3000}, {5000, 7000}};
    for (const QPointF &p : acrossNotch)
        EXPECT_TRUE(contains(kOffice, p));
    EXPECT_FALSE(polygonWithin(acrossNotch, kOffice));
}

TEST(Geometry, SimplePolygons)
{
    EXPECT_TRUE(isSimple(kOffice));
    EXPECT_TRUE(isSimple(rectangle(QRectF(0, 0, 1, 1))));
    EXPECT_FALSE(isSimple(Polygon{{0, 0}, {10, 10}, {10, 0}, {0, 10}})); // a bow tie
    EXPECT_FALSE(isSimple(Polygon{{0, 0}, {5, 5}, {10, 10}}));          // no area
    EXPECT_FALSE(isSimple(Polygon{{0, 0}, {1, 1}}));
    EXPECT_TRUE(segmentsCross({0, 0}, {10, 10}, {0, 10}, {10, 0}));
    EXPECT_FALSE(segmentsCross({0, 0}, {10, 0}, {10, 0}, {10, 10})); // touching at an end
}

TEST(Geometry, SnapsToGridAndToExistingWalls)
{
    EXPECT_EQ(snapToGrid({1240, 2760}, 100), QPointF(1200, 2800));
    EXPECT_EQ(snapToGrid({1240, 2760}, 0), QPointF(1240, 2760));
    const std::optional<QPointF> wall = snapToEdges({5960, 6100}, {kOffice}, 100);
    ASSERT_TRUE(wall);
    EXPECT_EQ(*wall, QPointF(6000, 6100));
    EXPECT_FALSE(snapToEdges({3000, 3000}, {kOffice}, 100));
    double d = distanceToSegment({5, 5}, {0, 0}, {10, 0});
    EXPECT_DOUBLE_EQ(d, 5);
    d = distanceToSegment({-3, 4}, {0, 0}, {10, 0}); // beyond the end: to the end point
    EXPECT_DOUBLE_EQ(d, 5);
}

TEST(Geometry, InnermostAreaPrefersTheDeepestThenTheSmallest)
{
    const QList<AreaShape> areas{
        {1, 0, kOffice},                                  // 執務室
        {2, 1, rectangle(QRectF(500, 500, 2000, 1000))},  // 施錠ロッカー in the office
        {3, 2, rectangle(QRectF(600, 600, 500, 400))},    // 引出し in the locker
        {4, 0, rectangle(QRectF(10000, 0, 3000, 4000))},  // サーバ室 next door (shares a wall)
        {5, 1, rectangle(QRectF(4000, 1000, 3000, 2000))}, // 書棚 …
        {6, 1, rectangle(QRectF(4500, 1500, 1000, 1000))}, // … and a cabinet drawn over it
    };
    EXPECT_EQ(innermostArea(areas, {800, 800}), 3);
    EXPECT_EQ(innermostArea(areas, {2000, 1200}), 2);
    EXPECT_EQ(innermostArea(areas, {3000, 6000}), 1);
    EXPECT_EQ(innermostArea(areas, {12000, 2000}), 4);
    EXPECT_EQ(innermostArea(areas, {8000, 6000}), 0); // the notch: outside every area
    EXPECT_EQ(innermostArea(areas, {5000, 2000}), 6); // overlapping siblings: the smaller
    // On the shared wall both rooms contain the point; the smaller one (the server room) wins,
    // and the answer does not depend on the order of the list.
    QList<AreaShape> reversed(areas.crbegin(), areas.crend());
    EXPECT_EQ(innermostArea(areas, {10000, 2000}), 4);
    EXPECT_EQ(innermostArea(reversed, {10000, 2000}), 4);
}
