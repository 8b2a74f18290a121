#include "ui/plan/drawtools.h"

#include "core/exceptions.h"
#include "core/findings.h"
#include "ui/commands/plancommands.h"
#include "ui/document.h"
#include "ui/plan/planscene.h"
#include "ui/plan/placement.h"
#include "ui/undotext.h"

#include <QKeyEvent>
#include <QLineF>
#include <QPainterPath>

namespace daicho {

namespace {

int defaultLevel(PlaceKind kind)
{
    switch (kind) {
    case PlaceKind::Container:
        return 3;
    case PlaceKind::ServerRack:
        return 4;
    case PlaceKind::CounterPublic:
        return 1;
    default:
        return 2;
    }
}

QString defaultName(const Document &document, PlaceKind kind)
{
    const QString base = Enums::label(kind);
    int n = 1;
    for (const Place &p : document.places())
        n += p.kind == kind;
    return QStringLiteral("%1 %2").arg(base).arg(n);
}

QPainterPath pathOf(const Geometry::Polygon &points, bool closed)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    for (qsizetype i = 1; i < points.size(); ++i)
        path.lineTo(points.at(i));
    if (closed)
        path.closeSubpath();
    return path;
}

QString sizeText(const QRectF &r)
{
    return RectangleTool::tr("%1 m × %2 m").arg(r.width() / 1000, 0, 'f', 2).arg(r.height() / 1000, 0, 'f', 2);
}

} // namespace

bool commitShape(const PlanToolContext &context, const Geometry::Polygon &polygon)
{
    Document *document = context.document;
    PlanScene *scene = context.scene;
    const QList<QPoint> outline = toOutline(polygon);
    if (outline.size() < 3 || Geometry::area(toPolygon(outline)) < 1) {
        context.status(UndoText::outlineNotSimple(Enums::label(context.newAreaKind())));
        return false;
    }
    if (const Id target = context.areaToOutline()) {
        const Place *p = document->place(target);
        if (p && p->outline.isEmpty()) {
            Place after = *p;
            after.outline = outline;
            return context.execute([&] {
                return new PlanEditCommand(document, UndoText::drawArea(p->name), {after}, {});
            });
        }
    }
    Place p;
    p.kind = context.newAreaKind();
    p.level = defaultLevel(p.kind);
    p.lockedAfterHours = true;
    p.name = defaultName(*document, p.kind);
    p.outline = outline;
    const Id parent = scene->parentFor(toPolygon(outline));
    p.parentId = parent ? parent : scene->floorId();
    return context.execute([&] { return new InsertAreasCommand(document, UndoText::drawArea(p.name), {p}); });
}

// ---------------------------------------------------------------- rectangle

QString RectangleTool::hint() const
{
    return tr("Drag from corner to corner to draw an area. Alt: no snapping. Esc: cancel.");
}

void RectangleTool::cancel()
{
    mStart.reset();
    context().scene->clearOverlay();
}

bool RectangleTool::mousePress(const PlanMouse &m)
{
    if (m.button != Qt::LeftButton)
        return false;
    mStart = m.snapped;
    return true;
}

bool RectangleTool::mouseMove(const PlanMouse &m)
{
    if (!mStart)
        return false;
    const QRectF r = QRectF(*mStart, m.snapped).normalized();
    QPainterPath path;
    path.addRect(r);
    context().scene->setOverlay(path, sizeText(r), m.pos);
    return true;
}

bool RectangleTool::mouseRelease(const PlanMouse &m)
{
    if (!mStart || m.button != Qt::LeftButton)
        return false;
    const QRectF r = QRectF(*mStart, m.snapped).normalized();
    cancel();
    if (r.width() >= 50 && r.height() >= 50)
        commitShape(context(), Geometry::rectangle(r));
    return true;
}

// ---------------------------------------------------------------- polygon

QString PolygonTool::hint() const
{
    return tr("Click each corner; double-click, Enter or the first corner closes the area. Backspace: "
              "take back a corner. Esc: cancel.");
}

void PolygonTool::cancel()
{
    mPoints.clear();
    context().scene->clearOverlay();
}

void PolygonTool::showPreview(QPointF cursor)
{
    mCursor = cursor;
    Geometry::Polygon shown = mPoints;
    shown.append(cursor);
    context().scene->setOverlay(pathOf(shown, false),
                                tr("%n corner(s)", nullptr, int(mPoints.size())), cursor);
}

bool PolygonTool::mousePress(const PlanMouse &m)
{
    if (m.button != Qt::LeftButton)
        return false;
    if (mPoints.size() >= 3 && QLineF(mPoints.first(), m.pos).length() <= 8 * m.pixel) {
        finish();
        return true;
    }
    if (mPoints.isEmpty() || mPoints.last() != m.snapped)
        mPoints.append(m.snapped);
    showPreview(m.snapped);
    return true;
}

bool PolygonTool::mouseMove(const PlanMouse &m)
{
    if (mPoints.isEmpty())
        return false;
    showPreview(m.snapped);
    return true;
}

bool PolygonTool::mouseDoubleClick(const PlanMouse &)
{
    if (mPoints.size() < 3)
        return false;
    finish();
    return true;
}

bool PolygonTool::keyPress(QKeyEvent *event)
{
    if (mPoints.isEmpty())
        return false;
    switch (event->key()) {
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        mPoints.removeLast();
        if (mPoints.isEmpty())
            cancel();
        else
            showPreview(mCursor);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        return true;
    default:
        break;
    }
    if (event->matches(QKeySequence::Undo)) {
        mPoints.removeLast();
        if (mPoints.isEmpty())
            cancel();
        else
            showPreview(mCursor);
        return true;
    }
    return false;
}

void PolygonTool::finish()
{
    const Geometry::Polygon points = mPoints;
    cancel();
    if (points.size() < 3 || !Geometry::isSimple(points)) {
        context().status(UndoText::outlineNotSimple(Enums::label(context().newAreaKind())));
        return;
    }
    commitShape(context(), points);
}

// ---------------------------------------------------------------- door

QString DoorTool::hint() const { return tr("Click on an area's wall to put a door there."); }

std::optional<std::pair<QPoint, QPoint>> DoorTool::doorAt(const PlanScene &scene, QPointF p, double radius)
{
    double best = radius;
    std::optional<std::pair<QPoint, QPoint>> out;
    for (const Place *area : scene.areas()) {
        const Geometry::Polygon poly = toPolygon(area->outline);
        for (qsizetype i = 0; i < poly.size(); ++i) {
            const QPointF a = poly.at(i), b = poly.at((i + 1) % poly.size());
            QPointF closest;
            const double d = Geometry::distanceToSegment(p, a, b, &closest);
            const QLineF edge(a, b);
            if (d > best || edge.length() < kWidth)
                continue;
            best = d;
            // Centred on the click, kept within the edge.
            const double t = std::clamp(QLineF(a, closest).length(), kWidth / 2, edge.length() - kWidth / 2);
            const QPointF unit = (b - a) / edge.length();
            out = std::make_pair((a + unit * (t - kWidth / 2)).toPoint(), (a + unit * (t + kWidth / 2)).toPoint());
        }
    }
    return out;
}

bool DoorTool::mousePress(const PlanMouse &m)
{
    if (m.button != Qt::LeftButton)
        return false;
    const auto at = doorAt(*context().scene, m.pos, 12 * m.pixel);
    if (!at) {
        context().status(tr("Doors go on the wall of a drawn area: click closer to a wall."));
        return true;
    }
    FloorPlan plan = context().scene->plan();
    Door d;
    d.a = at->first;
    d.b = at->second;
    const Id areaId = context().scene->areaAt(QLineF(QPointF(d.a), QPointF(d.b)).center());
    if (const Place *area = areaId ? context().document->place(areaId) : nullptr)
        d.lockable = area->level >= 2;
    plan.doors.append(d);
    context().execute([&] { return new SetPlanCommand(context().document, UndoText::addDoor(), plan); });
    return true;
}

bool DoorTool::mouseMove(const PlanMouse &m)
{
    const auto at = doorAt(*context().scene, m.pos, 12 * m.pixel);
    QPainterPath path;
    if (at) {
        path.moveTo(QPointF(at->first));
        path.lineTo(QPointF(at->second));
        path.addEllipse(QLineF(QPointF(at->first), QPointF(at->second)).center(), kWidth / 2, kWidth / 2);
    }
    context().scene->setOverlay(path);
    return true;
}

// ---------------------------------------------------------------- place asset

QString PlaceAssetTool::hint() const
{
    return tr("Choose assets in the list on the right, then click where they are used. You can also drag them "
              "onto the plan.");
}

bool PlaceAssetTool::mousePress(const PlanMouse &m)
{
    if (m.button != Qt::LeftButton)
        return false;
    const QList<Id> assets = context().chosenAssets();
    if (assets.isEmpty()) {
        context().status(tr("Choose one or more assets in the list first."));
        return true;
    }
    placeAssets(context(), assets, m.pos, false);
    return true;
}

bool PlaceAssetTool::mouseMove(const PlanMouse &m)
{
    showPlacementPreview(*context().scene, m.pos);
    return true;
}

// ---------------------------------------------------------------- calibrate

QString CalibrateTool::hint() const
{
    return tr("Click two points of the background whose distance you know (e.g. the ends of a dimension line).");
}

void CalibrateTool::cancel()
{
    mFirst.reset();
    context().scene->clearOverlay();
}

bool CalibrateTool::mousePress(const PlanMouse &m)
{
    if (m.button != Qt::LeftButton)
        return false;
    FloorPlan plan = context().scene->plan();
    if (plan.background.isEmpty()) {
        context().status(tr("There is no background image to calibrate. Load one first."));
        return true;
    }
    if (!mFirst) {
        mFirst = m.pos;
        return true;
    }
    const QPointF first = *mFirst;
    const double measured = QLineF(first, m.pos).length();
    cancel();
    if (measured < 1)
        return true;
    const double real = context().askDistance(measured);
    if (real <= 0)
        return true;
    // Scale the image about the first point: it stays where it is, the second moves.
    const double factor = real / measured;
    plan.backgroundMmPerPixel *= factor;
    plan.backgroundOrigin = first - (first - plan.backgroundOrigin) * factor;
    context().execute([&] { return new SetPlanCommand(context().document, UndoText::calibrate(), plan); });
    return true;
}

bool CalibrateTool::mouseMove(const PlanMouse &m)
{
    if (!mFirst)
        return false;
    QPainterPath path;
    path.moveTo(*mFirst);
    path.lineTo(m.pos);
    context().scene->setOverlay(path, tr("%1 mm as drawn now").arg(qRound(QLineF(*mFirst, m.pos).length())), m.pos);
    return true;
}

} // namespace daicho
