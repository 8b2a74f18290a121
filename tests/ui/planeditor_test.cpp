#include "core/exceptions.h"
#include "ui/commands/placecommands.h"
#include "ui/commands/plancommands.h"
#include "ui/plan/drawtools.h"
#include "ui/plan/placement.h"
#include "ui/plan/planeditor.h"
#include "ui/plan/planitems.h"
#include "ui/plan/planscene.h"
#include "ui/plan/planview.h"
#include "ui/plan/selecttool.h"
#include "uifixture.h"

#include <QBuffer>
#include <QImage>
#include <QKeyEvent>
#include <QUndoStack>

using namespace daicho;
using daicho::test::UiFixture;

namespace {

/// 本庁舎 › 2階 with an office (10 m × 8 m) and a locker inside it; PC-001 is used in the
/// office, SV-001 has no place. The editor shows 2階.
struct PlanFixture : UiFixture {
    std::unique_ptr<Document> doc;
    std::unique_ptr<PlanEditor> editor;
    Id site = 0, building = 0, floor = 0, office = 0, locker = 0;

    void SetUp() override
    {
        UiFixture::SetUp();
        doc = openDocument();
        site = insert(PlaceKind::Site, 0, QStringLiteral("本庁舎敷地"), {});
        building = insert(PlaceKind::Building, site, QStringLiteral("本庁舎"), {});
        floor = insert(PlaceKind::Floor, building, QStringLiteral("2階"), {});
        office = insert(PlaceKind::Room, floor, QStringLiteral("総務課 執務室"), rect(0, 0, 10000, 8000));
        locker = insert(PlaceKind::Container, office, QStringLiteral("書庫ロッカー"), rect(8000, 6000, 9000, 7500));
        Asset moved = *doc->asset(pc.id);
        moved.usePlaceId = office;
        moved.usePoint = QPoint(2000, 2000);
        doc->execute(new PlanEditCommand(doc.get(), QStringLiteral("place"), {}, {moved}));
        doc->undoStack()->clear();
        editor = std::make_unique<PlanEditor>();
        editor->resize(1200, 800);
        editor->setDocument(doc.get());
        editor->setFloor(floor);
    }

    void TearDown() override
    {
        editor.reset();
        doc.reset();
    }

    static QList<QPoint> rect(int x1, int y1, int x2, int y2)
    {
        return {QPoint(x1, y1), QPoint(x2, y1), QPoint(x2, y2), QPoint(x1, y2)};
    }

    Id insert(PlaceKind kind, Id parent, const QString &name, const QList<QPoint> &outline)
    {
        Place p;
        p.kind = kind;
        p.parentId = parent;
        p.name = name;
        p.level = kind == PlaceKind::Container ? 3 : 2;
        p.outline = outline;
        doc->insertPlace(p);
        return p.id;
    }

    PlanScene *scene() const { return editor->scene(); }

    /// Scene and document agree: an item per drawn area with the document's outline, a
    /// marker per placed asset inside its area.
    void expectInSync() const
    {
        int drawn = 0;
        for (const Place *p : PlanContent::areasOf(floor, doc->places())) {
            if (p->outline.size() < 3) {
                EXPECT_EQ(scene()->areaItem(p->id), nullptr) << p->name.toStdString();
                continue;
            }
            ++drawn;
            AreaItem *item = scene()->areaItem(p->id);
            ASSERT_NE(item, nullptr) << p->name.toStdString();
            EXPECT_EQ(item->place(), *p);
            EXPECT_EQ(toOutline(Geometry::Polygon(item->polygon().cbegin(), item->polygon().cend())), p->outline);
        }
        EXPECT_EQ(scene()->areaItems().size(), drawn);
        const QList<PlanMarker> markers =
            PlanContent::markers(PlanContent::areasOf(floor, doc->places()), doc->assets());
        EXPECT_EQ(scene()->markerItems().size(), markers.size());
        for (const PlanMarker &m : markers) {
            MarkerItem *item = scene()->markerItem(m.assetId, m.storage);
            ASSERT_NE(item, nullptr);
            EXPECT_EQ(item->pos(), m.pos);
        }
    }

    PlanMouse mouse(QPointF p, Qt::MouseButton button = Qt::LeftButton) const
    {
        PlanMouse m = editor->view()->mouseAt(editor->view()->mapFromScene(p), button, Qt::NoModifier);
        m.pos = p;
        m.snapped = p;
        return m;
    }
};

TEST_F(PlanFixture, SceneShowsTheFloorAndFollowsUndo)
{
    expectInSync();
    ASSERT_NE(scene()->markerItem(pc.id, false), nullptr);
    EXPECT_EQ(scene()->markerItem(pc.id, false)->pos(), QPointF(2000, 2000));
    EXPECT_EQ(scene()->areaAt(QPointF(8500, 7000)), locker);
    EXPECT_EQ(scene()->areaAt(QPointF(5000, 5000)), office);
    EXPECT_EQ(scene()->areaAt(QPointF(12000, 5000)), 0);
}

TEST_F(PlanFixture, EditCommandMovesOutlinesAndPointsAndUndoes)
{
    Place room = *doc->place(office);
    Place box = *doc->place(locker);
    for (QPoint &p : room.outline)
        p += QPoint(1000, 0);
    for (QPoint &p : box.outline)
        p += QPoint(1000, 0);
    Asset a = *doc->asset(pc.id);
    a.usePoint = QPoint(3000, 2000);
    ASSERT_TRUE(doc->execute(new PlanEditCommand(doc.get(), QStringLiteral("move"), {room, box}, {a})));
    EXPECT_EQ(doc->place(office)->outline.first(), QPoint(1000, 0));
    EXPECT_EQ(doc->asset(pc.id)->usePoint, QPoint(3000, 2000));
    expectInSync();
    doc->undoStack()->undo();
    EXPECT_EQ(doc->place(office)->outline.first(), QPoint(0, 0));
    EXPECT_EQ(doc->asset(pc.id)->usePoint, QPoint(2000, 2000));
    expectInSync();
    doc->undoStack()->redo();
    EXPECT_EQ(doc->place(locker)->outline.first(), QPoint(9000, 6000));
    expectInSync();
    // What is on disk is what is shown.
    auto reopened = RegisterStore::open(path);
    EXPECT_EQ(reopened->findPlace(office)->outline, doc->place(office)->outline);
    EXPECT_TRUE(reopened->verify().ok());
}

TEST_F(PlanFixture, NestedAreaMustStayInsideItsParent)
{
    Place box = *doc->place(locker);
    for (QPoint &p : box.outline)
        p += QPoint(5000, 0); // out of the office
    EXPECT_THROW(PlanEditCommand(doc.get(), QStringLiteral("x"), {box}, {}), ValidationError);
    Place room = *doc->place(office);
    room.outline = rect(0, 0, 5000, 5000); // shrinks past the locker
    EXPECT_THROW(PlanEditCommand(doc.get(), QStringLiteral("x"), {room}, {}), ValidationError);
    room.outline = {QPoint(0, 0), QPoint(10000, 8000), QPoint(10000, 0), QPoint(0, 8000)}; // crosses itself
    EXPECT_THROW(PlanEditCommand(doc.get(), QStringLiteral("x"), {room}, {}), ValidationError);
}

TEST_F(PlanFixture, InsertAndDeleteAreasUndoAndRedo)
{
    Place room;
    room.id = -1;
    room.kind = PlaceKind::Room;
    room.parentId = floor;
    room.name = QStringLiteral("相談室");
    room.outline = rect(12000, 0, 15000, 3000);
    Place drawer;
    drawer.id = -2;
    drawer.kind = PlaceKind::Container;
    drawer.level = 3;
    drawer.parentId = -1;
    drawer.name = QStringLiteral("袖机");
    drawer.outline = rect(12500, 500, 13000, 1000);
    auto *insert = new InsertAreasCommand(doc.get(), QStringLiteral("paste"), {room, drawer});
    ASSERT_TRUE(doc->execute(insert));
    const QList<Id> ids = insert->ids();
    ASSERT_EQ(ids.size(), 2);
    EXPECT_EQ(doc->place(ids.at(1))->parentId, ids.at(0));
    expectInSync();
    doc->undoStack()->undo();
    EXPECT_EQ(doc->place(ids.at(0)), nullptr);
    expectInSync();
    doc->undoStack()->redo();
    EXPECT_EQ(doc->place(ids.at(1))->parentId, ids.at(0)); // the same ids come back
    expectInSync();

    ASSERT_TRUE(doc->execute(new DeleteAreasCommand(doc.get(), {ids.at(0)})));
    EXPECT_EQ(doc->place(ids.at(1)), nullptr);
    expectInSync();
    doc->undoStack()->undo();
    EXPECT_NE(doc->place(ids.at(1)), nullptr);
    expectInSync();
    // An area where an asset is used cannot go.
    EXPECT_THROW(DeleteAreasCommand(doc.get(), {office}), ValidationError);
}

TEST_F(PlanFixture, DeletingAChildAndItsParentTogetherWorksInAnyOrder)
{
    Asset a = *doc->asset(pc.id);
    a.usePlaceId = 0;
    a.usePoint.reset();
    ASSERT_TRUE(doc->execute(new PlanEditCommand(doc.get(), QStringLiteral("unplace"), {}, {a})));
    ASSERT_TRUE(doc->execute(new DeleteAreasCommand(doc.get(), {locker, office})));
    EXPECT_EQ(doc->place(office), nullptr);
    doc->undoStack()->undo();
    EXPECT_NE(doc->place(locker), nullptr);
    expectInSync();
}

TEST_F(PlanFixture, DoorsMoveWithTheirRoomAndDeletingThePlanIsUndoable)
{
    FloorPlan plan = scene()->plan();
    plan.doors.append(Door{QPoint(4000, 8000), QPoint(4900, 8000), true, {}, false, {}, false, {}});
    plan.doors.append(Door{QPoint(20000, 0), QPoint(20900, 0), false, {}, false, {}, false, {}}); // elsewhere
    ASSERT_TRUE(doc->execute(new SetPlanCommand(doc.get(), QStringLiteral("doors"), plan)));
    auto *tool = static_cast<SelectTool *>(editor->toolObject(PlanEditor::Tool::Select));
    editor->setTool(PlanEditor::Tool::Select);
    tool->mousePress(mouse(QPointF(5000, 3000)));
    tool->mouseMove(mouse(QPointF(5500, 3000)));
    tool->mouseMove(mouse(QPointF(6000, 4000)));
    tool->mouseRelease(mouse(QPointF(6000, 4000)));
    EXPECT_EQ(doc->planOfFloor(floor)->doors.at(0).a, QPoint(5000, 9000));
    EXPECT_EQ(doc->planOfFloor(floor)->doors.at(1).a, QPoint(20000, 0));
    doc->undoStack()->undo();
    EXPECT_EQ(doc->planOfFloor(floor)->doors.at(0).a, QPoint(4000, 8000));

    ASSERT_TRUE(doc->execute(new DeletePlanCommand(doc.get(), floor)));
    EXPECT_EQ(doc->planOfFloor(floor), nullptr);
    EXPECT_TRUE(scene()->doorItems().isEmpty());
    EXPECT_EQ(doc->place(office)->outline.size(), 4); // the drawing of the areas stays
    doc->undoStack()->undo();
    EXPECT_EQ(doc->planOfFloor(floor)->doors.size(), 2);
}

TEST_F(PlanFixture, ACalibrationIsKeptAsStored)
{
    FloorPlan plan = scene()->plan();
    plan.backgroundMmPerPixel = 12.3456789;
    plan.backgroundOrigin = QPointF(1.23456, -7.654321);
    ASSERT_TRUE(doc->execute(new SetPlanCommand(doc.get(), QStringLiteral("cal"), plan)));
    EXPECT_EQ(*doc->planOfFloor(floor), RegisterStore::open(path)->plans().first());
    plan.backgroundMmPerPixel = 0.0001;
    EXPECT_THROW(SetPlanCommand(doc.get(), QStringLiteral("cal"), plan), ValidationError);
}

TEST_F(PlanFixture, PlanSettingsAndDoorsAreOneCommandEach)
{
    EXPECT_EQ(doc->planOfFloor(floor), nullptr);
    FloorPlan plan = scene()->plan();
    plan.title = QStringLiteral("総務課 セキュリティ区画図");
    ASSERT_TRUE(doc->execute(new SetPlanCommand(doc.get(), QStringLiteral("props"), plan)));
    ASSERT_NE(doc->planOfFloor(floor), nullptr);
    EXPECT_EQ(doc->planOfFloor(floor)->title, plan.title);
    plan = scene()->plan();
    plan.doors.append(Door{QPoint(4000, 8000), QPoint(4900, 8000), true, QStringLiteral("シリンダー錠"), false, {}, false, {}});
    ASSERT_TRUE(doc->execute(new SetPlanCommand(doc.get(), QStringLiteral("door"), plan)));
    EXPECT_EQ(scene()->doorItems().size(), 1);
    doc->undoStack()->undo();
    EXPECT_EQ(scene()->doorItems().size(), 0);
    doc->undoStack()->undo();
    EXPECT_EQ(doc->planOfFloor(floor), nullptr);
    doc->undoStack()->redo();
    doc->undoStack()->redo();
    EXPECT_EQ(scene()->doorItems().size(), 1);
    EXPECT_EQ(RegisterStore::open(path)->plans().value(0).doors.size(), 1);
}

TEST_F(PlanFixture, RectangleToolDrawsAnAreaInsideTheRoomUnderIt)
{
    editor->setTool(PlanEditor::Tool::Rectangle);
    PlanTool *tool = editor->toolObject(PlanEditor::Tool::Rectangle);
    const int before = int(doc->places().size());
    EXPECT_TRUE(tool->mousePress(mouse(QPointF(1000, 5000))));
    EXPECT_TRUE(tool->mouseMove(mouse(QPointF(2000, 6000))));
    EXPECT_TRUE(tool->busy());
    EXPECT_TRUE(tool->mouseRelease(mouse(QPointF(2500, 6500))));
    ASSERT_EQ(doc->places().size(), before + 1);
    const Place &added = doc->places().last();
    EXPECT_EQ(added.parentId, office);
    EXPECT_EQ(added.outline, rect(1000, 5000, 2500, 6500));
    expectInSync();
    doc->undoStack()->undo();
    EXPECT_EQ(doc->places().size(), before);
    expectInSync();
}

TEST_F(PlanFixture, PolygonToolIsDrawnVertexByVertexAndEscCancels)
{
    editor->setTool(PlanEditor::Tool::Polygon);
    auto *tool = static_cast<PolygonTool *>(editor->toolObject(PlanEditor::Tool::Polygon));
    const int before = int(doc->places().size());
    for (const QPointF p : {QPointF(11000, 0), QPointF(16000, 0), QPointF(16000, 4000), QPointF(99999, 99999)})
        tool->mousePress(mouse(p));
    EXPECT_EQ(tool->vertexCount(), 4);
    QKeyEvent back(QEvent::KeyPress, Qt::Key_Backspace, Qt::NoModifier);
    EXPECT_TRUE(tool->keyPress(&back));
    EXPECT_EQ(tool->vertexCount(), 3);
    tool->mousePress(mouse(QPointF(13000, 4000)));
    tool->mousePress(mouse(QPointF(13000, 2000)));
    tool->mousePress(mouse(QPointF(11000, 2000)));
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    EXPECT_TRUE(tool->keyPress(&enter));
    ASSERT_EQ(doc->places().size(), before + 1);
    EXPECT_EQ(doc->places().last().outline.size(), 6);
    EXPECT_EQ(doc->places().last().parentId, floor);
    EXPECT_EQ(doc->undoStack()->count(), 1); // the whole polygon is one step

    tool->mousePress(mouse(QPointF(20000, 0)));
    tool->mousePress(mouse(QPointF(21000, 0)));
    tool->cancel(); // Esc
    EXPECT_FALSE(tool->busy());
    EXPECT_EQ(doc->places().size(), before + 1);
}

TEST_F(PlanFixture, SelectToolDragsARoomWithWhatIsInsideAsOneStep)
{
    auto *tool = static_cast<SelectTool *>(editor->toolObject(PlanEditor::Tool::Select));
    editor->setTool(PlanEditor::Tool::Select);
    ASSERT_TRUE(tool->mousePress(mouse(QPointF(5000, 6000))));
    EXPECT_TRUE(scene()->areaItem(office)->isSelected());
    tool->mouseMove(mouse(QPointF(5500, 6000)));
    tool->mouseMove(mouse(QPointF(7000, 7000)));
    // Live: the locker and the PC move along before anything is written.
    EXPECT_EQ(scene()->areaItem(locker)->polygon().first(), QPointF(10000, 7000));
    EXPECT_EQ(doc->place(locker)->outline.first(), QPoint(8000, 6000));
    tool->mouseRelease(mouse(QPointF(7000, 7000)));
    EXPECT_EQ(doc->undoStack()->count(), 1);
    EXPECT_EQ(doc->place(office)->outline.first(), QPoint(2000, 1000));
    EXPECT_EQ(doc->place(locker)->outline.first(), QPoint(10000, 7000));
    EXPECT_EQ(doc->asset(pc.id)->usePoint, QPoint(4000, 3000));
    expectInSync();
    doc->undoStack()->undo();
    EXPECT_EQ(doc->place(locker)->outline.first(), QPoint(8000, 6000));
    EXPECT_EQ(doc->asset(pc.id)->usePoint, QPoint(2000, 2000));
    expectInSync();
}

TEST_F(PlanFixture, DraggingACornerOfARectangleResizesIt)
{
    auto *tool = static_cast<SelectTool *>(editor->toolObject(PlanEditor::Tool::Select));
    editor->setTool(PlanEditor::Tool::Select);
    tool->mousePress(mouse(QPointF(5000, 3000)));
    tool->mouseRelease(mouse(QPointF(5000, 3000)));
    ASSERT_TRUE(scene()->areaItem(office)->isSelected());
    tool->mousePress(mouse(QPointF(10000, 8000))); // the bottom-right corner
    tool->mouseMove(mouse(QPointF(12000, 9000)));
    tool->mouseRelease(mouse(QPointF(12000, 9000)));
    EXPECT_EQ(doc->place(office)->outline, rect(0, 0, 12000, 9000));
    doc->undoStack()->undo();
    EXPECT_EQ(doc->place(office)->outline, rect(0, 0, 10000, 8000));
}

TEST_F(PlanFixture, SelectToolEscPutsADragBack)
{
    auto *tool = static_cast<SelectTool *>(editor->toolObject(PlanEditor::Tool::Select));
    editor->setTool(PlanEditor::Tool::Select);
    tool->mousePress(mouse(QPointF(5000, 6000)));
    tool->mouseMove(mouse(QPointF(9000, 9000)));
    QKeyEvent esc(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    EXPECT_TRUE(tool->keyPress(&esc));
    EXPECT_EQ(scene()->areaItem(office)->polygon().first(), QPointF(0, 0));
    EXPECT_EQ(doc->undoStack()->count(), 0);
}

TEST_F(PlanFixture, DroppingAnAssetSetsItsPlaceAndFindingsAtOnce)
{
    // SV-001 is a server: in an L2 office it breaks the rule of storage at L3.
    PlanToolContext context;
    context.document = doc.get();
    context.scene = scene();
    QString status;
    context.status = [&](const QString &s) { status = s; };
    context.execute = [&](const std::function<QUndoCommand *()> &make) { return doc->execute(make()); };
    EXPECT_FALSE(placeAssets(context, {server.id}, QPointF(30000, 30000), false));
    EXPECT_FALSE(status.isEmpty());
    ASSERT_TRUE(placeAssets(context, {server.id}, QPointF(3000, 3000), false));
    EXPECT_EQ(doc->asset(server.id)->usePlaceId, office);
    const auto &findings = doc->findingsAt(doc->rowOf(server.id));
    EXPECT_TRUE(std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) {
        return f.placeId == office && f.severity == Severity::Error;
    }));
    MarkerItem *marker = scene()->markerItem(server.id, false);
    ASSERT_NE(marker, nullptr);
    EXPECT_TRUE(marker->toolTip().contains(QStringLiteral("SV-001")));
    // Into the locker: the innermost area wins.
    ASSERT_TRUE(placeAssets(context, {server.id}, QPointF(8500, 7000), false));
    EXPECT_EQ(doc->asset(server.id)->usePlaceId, locker);
    doc->undoStack()->undo();
    EXPECT_EQ(doc->asset(server.id)->usePlaceId, office);
    expectInSync();
}

TEST_F(PlanFixture, OutlineOfAnAreaChosenInTheTree)
{
    const Id undrawn = insert(PlaceKind::Room, floor, QStringLiteral("会議室"), {});
    editor->showPlace(undrawn);
    PlanToolContext c;
    c.document = doc.get();
    c.scene = scene();
    c.status = [](const QString &) {};
    c.execute = [&](const std::function<QUndoCommand *()> &make) { return doc->execute(make()); };
    c.newAreaKind = [] { return PlaceKind::Room; };
    c.areaToOutline = [&] { return undrawn; };
    ASSERT_TRUE(commitShape(c, Geometry::rectangle(QRectF(11000, 0, 4000, 3000))));
    EXPECT_EQ(doc->place(undrawn)->outline.size(), 4);
    EXPECT_NE(scene()->areaItem(undrawn), nullptr);
}

TEST_F(PlanFixture, CalibrationScalesTheBackgroundAboutTheFirstPoint)
{
    QImage image(200, 100, QImage::Format_RGB32);
    image.fill(Qt::white);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    FloorPlan plan = scene()->plan();
    plan.background = png;
    plan.backgroundSize = image.size();
    plan.backgroundMmPerPixel = 10;
    plan.backgroundOrigin = QPointF(-500, -500);
    ASSERT_TRUE(doc->execute(new SetPlanCommand(doc.get(), QStringLiteral("bg"), plan)));

    PlanToolContext c;
    c.document = doc.get();
    c.scene = scene();
    c.status = [](const QString &) {};
    c.execute = [&](const std::function<QUndoCommand *()> &make) { return doc->execute(make()); };
    double asked = 0;
    c.askDistance = [&](double measured) {
        asked = measured;
        return 2000.0; // the line drawn as 1 m is really 2 m long
    };
    CalibrateTool tool(c);
    tool.mousePress(mouse(QPointF(500, 500)));
    EXPECT_TRUE(tool.busy());
    tool.mousePress(mouse(QPointF(1500, 500)));
    EXPECT_DOUBLE_EQ(asked, 1000);
    const FloorPlan *after = doc->planOfFloor(floor);
    ASSERT_NE(after, nullptr);
    EXPECT_DOUBLE_EQ(after->backgroundMmPerPixel, 20);
    // The first point stays where it was on the image: (500,500) was pixel (100,100).
    EXPECT_EQ(after->backgroundOrigin + QPointF(100, 100) * after->backgroundMmPerPixel, QPointF(500, 500));
    doc->undoStack()->undo();
    EXPECT_DOUBLE_EQ(doc->planOfFloor(floor)->backgroundMmPerPixel, 10);
}

TEST_F(PlanFixture, DoorToolPutsADoorOnTheNearestWall)
{
    PlanToolContext c;
    c.document = doc.get();
    c.scene = scene();
    QString status;
    c.status = [&](const QString &s) { status = s; };
    c.execute = [&](const std::function<QUndoCommand *()> &make) { return doc->execute(make()); };
    DoorTool tool(c);
    PlanMouse m = mouse(QPointF(5000, 7990)); // just inside the office's bottom wall
    m.pixel = 10;
    tool.mousePress(m);
    const FloorPlan *plan = doc->planOfFloor(floor);
    ASSERT_NE(plan, nullptr);
    ASSERT_EQ(plan->doors.size(), 1);
    const Door &d = plan->doors.first();
    EXPECT_EQ(d.a.y(), 8000);
    EXPECT_EQ(d.b.y(), 8000);
    EXPECT_EQ(std::abs(d.b.x() - d.a.x()), 900);
    EXPECT_TRUE(d.lockable); // an L2 office
    tool.mousePress(mouse(QPointF(50000, 50000)));
    EXPECT_FALSE(status.isEmpty());
    EXPECT_EQ(doc->planOfFloor(floor)->doors.size(), 1);
}

} // namespace
