#include "core/i18n.h"
#include "ui/assetform.h"
#include "ui/commands/editassetcommand.h"
#include "ui/commands/placecommands.h"
#include "ui/placespanel.h"
#include "ui/placetreemodel.h"
#include "ui/zonerulesdialog.h"
#include "uifixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>

using namespace daicho;
using daicho::test::UiFixture;

namespace {

struct PlacesPanelFixture : UiFixture {
    std::unique_ptr<Document> doc;
    std::unique_ptr<PlacesPanel> panel;

    void SetUp() override
    {
        UiFixture::SetUp();
        doc = openDocument();
        panel = std::make_unique<PlacesPanel>();
        panel->setQuiet(true);
        panel->setDocument(doc.get());
        panel->resize(420, 760);
    }

    void TearDown() override
    {
        panel.reset();
        doc.reset();
    }

    const Place &current() const { return *doc->place(panel->currentPlace()); }

    template <typename T> T *child(const char *name) const
    {
        T *w = panel->findChild<T *>(QLatin1String(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }

    static void choose(QComboBox *combo, const QVariant &data)
    {
        const int i = combo->findData(data);
        ASSERT_GE(i, 0);
        combo->setCurrentIndex(i);
        emit combo->activated(i);
    }

    /// site › building › floor › room › container, through the panel's actions.
    QList<Id> buildTree()
    {
        QList<Id> ids;
        for (QAction *action : {panel->addSiteAction(), panel->addBuildingAction(), panel->addFloorAction(),
                                panel->addAreaAction(), panel->addAreaAction()}) {
            EXPECT_TRUE(action->isEnabled()) << action->objectName().toStdString();
            action->trigger();
            ids.append(panel->currentPlace());
        }
        return ids;
    }
};

Id addPlace(Document &d, PlaceKind kind, const QString &name, Id parent, int level = 2, bool locked = true)
{
    Place p;
    p.kind = kind;
    p.name = name;
    p.parentId = parent;
    p.level = level;
    p.lockedAfterHours = locked;
    auto *command = new InsertPlaceCommand(&d, p);
    EXPECT_TRUE(d.execute(command));
    return command->placeId();
}

} // namespace

TEST_F(PlacesPanelFixture, ModelPassesTheTester)
{
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    buildTree();
    doc->undoStack()->undo();
    doc->undoStack()->redo();
}

TEST_F(PlacesPanelFixture, AddingThroughTheActionsBuildsTheTree)
{
    EXPECT_FALSE(panel->addBuildingAction()->isEnabled()); // nothing selected yet: no site to build on
    EXPECT_FALSE(panel->addAreaAction()->isEnabled());
    const QList<Id> ids = buildTree();
    ASSERT_EQ(ids.size(), 5);
    ASSERT_EQ(doc->places().size(), 5);
    const PlaceKind kinds[] = {PlaceKind::Site, PlaceKind::Building, PlaceKind::Floor, PlaceKind::Room,
                               PlaceKind::Container};
    for (int i = 0; i < 5; ++i) {
        const Place *p = doc->place(ids.at(i));
        ASSERT_NE(p, nullptr);
        EXPECT_EQ(p->kind, kinds[i]) << i;
        EXPECT_EQ(p->parentId, i ? ids.at(i - 1) : 0) << i;
    }
    EXPECT_EQ(doc->place(ids.at(3))->level, 2); // a room: L2
    EXPECT_EQ(doc->place(ids.at(4))->level, 3); // a locked container inside it: L3
    EXPECT_EQ(panel->currentPlace(), ids.at(4));

    // The tree shows the same shape.
    const PlaceTreeModel *model = panel->model();
    QModelIndex index = model->indexOf(ids.at(4));
    for (int i = 3; i >= 0; --i) {
        index = index.parent();
        EXPECT_EQ(model->idAt(index), ids.at(i));
    }
    EXPECT_FALSE(index.parent().isValid());
    EXPECT_EQ(model->index(0, PlaceTreeModel::LevelColumn, model->indexOf(ids.at(3))).data().toString(),
              QStringLiteral("L3"));
    EXPECT_TRUE(panel->treeView()->isExpanded(model->indexOf(ids.at(3))));

    // A building added while a floor is selected goes on the site; a floor into the building.
    panel->selectPlace(ids.at(2));
    panel->addBuildingAction()->trigger();
    EXPECT_EQ(current().kind, PlaceKind::Building);
    EXPECT_EQ(current().parentId, ids.at(0));
    EXPECT_FALSE(panel->addAreaAction()->isEnabled()); // areas go on floors, not on buildings
    panel->addFloorAction()->trigger();
    EXPECT_EQ(current().kind, PlaceKind::Floor);
    EXPECT_EQ(current().name, QStringLiteral("Floor 1"));

    // Undo removes the places one by one.
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    EXPECT_EQ(doc->places().size(), 5);
}

TEST_F(PlacesPanelFixture, EditingTheLevelChangesThePlaceAndUndoRestoresIt)
{
    const QList<Id> ids = buildTree();
    panel->selectPlace(ids.at(3));
    auto *level = child<QComboBox>("placeLevelCombo");
    ASSERT_TRUE(level);
    EXPECT_EQ(level->currentData().toInt(), 2);
    EXPECT_TRUE(level->toolTip().startsWith(QStringLiteral("L2:")));
    const int steps = doc->undoStack()->count();
    choose(level, 1);
    EXPECT_EQ(doc->place(ids.at(3))->level, 1);
    EXPECT_EQ(doc->undoStack()->count(), steps + 1);
    EXPECT_EQ(panel->currentPlace(), ids.at(3)); // the selection stays
    EXPECT_EQ(panel->model()->indexOf(ids.at(3), PlaceTreeModel::LevelColumn).data().toString(), QStringLiteral("L1"));

    doc->undoStack()->undo();
    EXPECT_EQ(doc->place(ids.at(3))->level, 2);
    EXPECT_EQ(level->currentData().toInt(), 2);

    // Other fields: one command each.
    auto *locked = child<QCheckBox>("placeLockedCheck");
    locked->click();
    EXPECT_FALSE(doc->place(ids.at(3))->lockedAfterHours);
    EXPECT_EQ(panel->model()->indexOf(ids.at(3), PlaceTreeModel::AfterHoursColumn).data().toString(),
              QStringLiteral("Not locked (L1 after hours)"));
    child<QCheckBox>("placeEntry_ic-card")->click();
    child<QCheckBox>("placeControlledCheck")->click();
    EXPECT_EQ(doc->place(ids.at(3))->entryControl, EntryControls(EntryControl::IcCard));
    EXPECT_TRUE(doc->place(ids.at(3))->controlledArea);
    choose(child<QComboBox>("placeManagerCombo"), qlonglong(yamada.id));
    EXPECT_EQ(doc->place(ids.at(3))->managerId, yamada.id);
    choose(child<QComboBox>("placeKindCombo"), int(PlaceKind::CounterPublic));
    EXPECT_EQ(doc->place(ids.at(3))->kind, PlaceKind::CounterPublic);
    EXPECT_EQ(doc->undoStack()->count(), steps + 5);
}

TEST_F(PlacesPanelFixture, NameAndBusinessHoursAreCheckedBeforeTheyAreStored)
{
    const QList<Id> ids = buildTree();
    panel->selectPlace(ids.at(3));
    auto *name = child<QLineEdit>("placeNameEdit");
    name->setText(QStringLiteral("情報政策課 執務室"));
    emit name->editingFinished();
    EXPECT_EQ(doc->place(ids.at(3))->name, QStringLiteral("情報政策課 執務室"));
    EXPECT_EQ(panel->model()->indexOf(ids.at(3)).data().toString(), QStringLiteral("情報政策課 執務室"));

    name->setText(QStringLiteral("  "));
    emit name->editingFinished();
    EXPECT_EQ(doc->place(ids.at(3))->name, QStringLiteral("情報政策課 執務室"));
    EXPECT_FALSE(panel->message().isEmpty());
    EXPECT_EQ(name->text(), QStringLiteral("情報政策課 執務室")); // back to the stored name

    auto *hours = child<QLineEdit>("placeHoursEdit");
    hours->setText(QStringLiteral("８：４５〜１７：３０"));
    emit hours->editingFinished();
    EXPECT_EQ(doc->place(ids.at(3))->businessHours, QStringLiteral("08:45-17:30"));
    EXPECT_TRUE(panel->message().isEmpty());
    hours->setText(QStringLiteral("17:00-09:00"));
    emit hours->editingFinished();
    EXPECT_EQ(doc->place(ids.at(3))->businessHours, QStringLiteral("08:45-17:30"));
    EXPECT_FALSE(panel->message().isEmpty());
    hours->clear();
    emit hours->editingFinished();
    EXPECT_TRUE(doc->place(ids.at(3))->businessHours.isEmpty()); // the register's default
}

TEST_F(PlacesPanelFixture, FloorsHaveNoLevelInTheForm)
{
    const QList<Id> ids = buildTree();
    panel->show();
    panel->selectPlace(ids.at(2));
    EXPECT_FALSE(child<QComboBox>("placeLevelCombo")->isVisible());
    EXPECT_FALSE(child<QComboBox>("placeKindCombo")->isEnabled());
    panel->selectPlace(ids.at(3));
    EXPECT_TRUE(child<QComboBox>("placeLevelCombo")->isVisible());
    EXPECT_TRUE(child<QComboBox>("placeKindCombo")->isEnabled());
}

TEST_F(PlacesPanelFixture, DeletingRefusesWhileSomethingIsInside)
{
    const QList<Id> ids = buildTree();
    panel->selectPlace(ids.at(3));
    panel->deleteAction()->trigger();
    EXPECT_NE(doc->place(ids.at(3)), nullptr);
    EXPECT_FALSE(panel->message().isEmpty());

    panel->selectPlace(ids.at(4));
    panel->deleteAction()->trigger();
    EXPECT_EQ(doc->place(ids.at(4)), nullptr);
    EXPECT_EQ(panel->currentPlace(), ids.at(3)); // the parent takes the selection
    EXPECT_TRUE(panel->message().isEmpty());
    doc->undoStack()->undo();
    EXPECT_NE(doc->place(ids.at(4)), nullptr);
}

TEST_F(PlacesPanelFixture, ShowsTheAssetsPlacedInTheAreaAndActivatesIt)
{
    const QList<Id> ids = buildTree();
    Asset a = *doc->asset(pc.id);
    a.usePlaceId = ids.at(3);
    a.storePlaceId = ids.at(4);
    doc->execute(new EditAssetCommand(doc.get(), a, QString()));
    panel->selectPlace(ids.at(3));
    auto *count = child<QLabel>("placeAssetCount");
    EXPECT_EQ(count->text(), QStringLiteral("Used here: 1, kept here: 0"));
    panel->selectPlace(ids.at(4));
    EXPECT_EQ(count->text(), QStringLiteral("Used here: 0, kept here: 1"));
    // Paper kept in the container only: the room counts it with the places inside it.
    Asset p = *doc->asset(paper.id);
    p.usePlaceId = ids.at(4);
    doc->execute(new EditAssetCommand(doc.get(), p, QString()));
    EXPECT_EQ(count->text(), QStringLiteral("Used here: 1, kept here: 2"));
    panel->selectPlace(ids.at(3));
    EXPECT_EQ(count->text(), QStringLiteral("Used here: 1, kept here: 0\n2 with the places inside it"));

    panel->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(panel.get()));
    QSignalSpy spy(panel.get(), &PlacesPanel::placeActivated);
    QTreeView *tree = panel->treeView();
    // A double-click on a widget is press, release, double-click (QTest sends only the last).
    auto doubleClick = [tree](const QModelIndex &index) {
        const QPoint at = tree->visualRect(index).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
    };
    doubleClick(panel->model()->indexOf(ids.at(3)));
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<Id>(), ids.at(3));
    // A double-click on a floor folds it instead.
    const QModelIndex floor = panel->model()->indexOf(ids.at(2));
    doubleClick(floor);
    EXPECT_EQ(spy.count(), 1);
    EXPECT_FALSE(tree->isExpanded(floor));
    // It stays folded when the tree is rebuilt.
    panel->selectPlace(ids.at(0));
    panel->addBuildingAction()->trigger();
    EXPECT_FALSE(tree->isExpanded(panel->model()->indexOf(ids.at(2))));
}

// ------------------------------------------------------------------------------------------------
// Screenshots for a look at the Japanese layout: DAICHO_SHOTS=1 writes /tmp/placespanel.png,
// /tmp/placespanel_floor.png, /tmp/assetform_places.png and /tmp/zonerules.png, with the translations of
// /tmp/ja_ui_places.json for the strings the .ts file does not have yet.

namespace {

class JsonTranslator : public QTranslator {
public:
    explicit JsonTranslator(const QJsonObject &map) : mMap(map) {}
    bool isEmpty() const override { return mMap.isEmpty(); }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return mMap.value(QString::fromUtf8(source)).toString();
    }

private:
    QJsonObject mMap;
};

} // namespace

TEST_F(UiFixture, Screenshots)
{
    if (!qEnvironmentVariableIsSet("DAICHO_SHOTS"))
        GTEST_SKIP() << "set DAICHO_SHOTS=1 to write the screenshots";
    const QString before = I18n::current();
    I18n::install(QStringLiteral("ja"));
    QFile json(QStringLiteral("/tmp/ja_ui_places.json"));
    JsonTranslator extra(json.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(json.readAll()).object()
                                                        : QJsonObject());
    QCoreApplication::installTranslator(&extra);
    const QFont oldFont = QApplication::font();
    QFont font(QStringLiteral("Noto Sans CJK JP"));
    font.setPointSize(10);
    QApplication::setFont(font);
    {
        auto doc = openDocument();
        const Id site = addPlace(*doc, PlaceKind::Site, QStringLiteral("本庁舎敷地"), 0);
        const Id building = addPlace(*doc, PlaceKind::Building, QStringLiteral("本庁舎"), site);
        const Id f1 = addPlace(*doc, PlaceKind::Floor, QStringLiteral("1階"), building);
        addPlace(*doc, PlaceKind::CounterPublic, QStringLiteral("市民課 窓口（来庁者側）"), f1, 0);
        addPlace(*doc, PlaceKind::Room, QStringLiteral("市民課 執務室"), f1, 2, false);
        const Id f3 = addPlace(*doc, PlaceKind::Floor, QStringLiteral("3階"), building);
        const Id office = addPlace(*doc, PlaceKind::Room, QStringLiteral("情報政策課 執務室"), f3, 2);
        const Id cabinet = addPlace(*doc, PlaceKind::Container, QStringLiteral("施錠キャビネット1"), office, 3);
        addPlace(*doc, PlaceKind::Container, QStringLiteral("課長席 引出し"), office, 3);
        const Id serverRoom = addPlace(*doc, PlaceKind::Room, QStringLiteral("サーバ室"), f3, 4);
        addPlace(*doc, PlaceKind::ServerRack, QStringLiteral("ラックA"), serverRoom, 4);
        Place room = *doc->place(office);
        room.entryControl = EntryControl::IcCard | EntryControl::EntryLog;
        room.managerId = yamada.id;
        room.handlingArea = true;
        room.notes = QStringLiteral("来庁者は入室不可");
        doc->execute(new EditPlaceCommand(doc.get(), room));
        Place srv = *doc->place(serverRoom);
        srv.controlledArea = true;
        srv.entryControl = EntryControl::Biometric | EntryControl::EntryLog;
        doc->execute(new EditPlaceCommand(doc.get(), srv));
        Asset a = *doc->asset(pc.id);
        a.usePlaceId = office;
        a.storePlaceId = cabinet;
        a.wireLocked = true;
        doc->execute(new EditAssetCommand(doc.get(), a, QString()));

        PlacesPanel panel;
        panel.setDocument(doc.get());
        panel.resize(460, 900);
        panel.show();
        panel.selectPlace(office);
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
        QTest::qWait(50);
        EXPECT_TRUE(panel.grab().save(QStringLiteral("/tmp/placespanel.png")));
        panel.selectPlace(f3);
        QTest::qWait(50);
        EXPECT_TRUE(panel.grab().save(QStringLiteral("/tmp/placespanel_floor.png")));

        AssetForm form;
        form.setDocument(doc.get());
        form.setAsset(pc.id);
        form.resize(460, 1000);
        form.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&form));
        EXPECT_TRUE(form.grab().save(QStringLiteral("/tmp/assetform_places.png")));

        ZoneRulesDialog dialog(doc.get());
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        EXPECT_TRUE(dialog.grab().save(QStringLiteral("/tmp/zonerules.png")));
    }
    QApplication::setFont(oldFont);
    QCoreApplication::removeTranslator(&extra);
    I18n::install(before.isEmpty() ? QStringLiteral("en") : before);
}

TEST_F(PlacesPanelFixture, DraggingAPlaceOntoAnotherMovesItThereAndUndoMovesItBack)
{
    const QList<Id> ids = buildTree(); // site, building, floor, room, container
    const Id otherFloor = addPlace(*doc, PlaceKind::Floor, QStringLiteral("2階"), ids[1]);
    const Id room = ids[3];
    PlaceTreeModel *model = panel->model();

    std::unique_ptr<QMimeData> data(model->mimeData({model->indexOf(room)}));
    ASSERT_NE(data, nullptr);
    EXPECT_TRUE(model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, model->indexOf(otherFloor)));
    // Not into itself or what it contains.
    EXPECT_FALSE(model->canDropMimeData(data.get(), Qt::MoveAction, -1, -1, model->indexOf(ids[4])));
    model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, model->indexOf(otherFloor));
    EXPECT_EQ(doc->place(room)->parentId, otherFloor);
    EXPECT_TRUE(model->indexOf(room).isValid());
    EXPECT_EQ(model->idAt(model->indexOf(room).parent()), otherFloor);
    doc->undoStack()->undo();
    EXPECT_EQ(doc->place(room)->parentId, ids[2]);

    // A room cannot go onto a site: refused with the command's message, nothing changes.
    QSignalSpy rejected(model, &PlaceTreeModel::moveRejected);
    model->dropMimeData(data.get(), Qt::MoveAction, -1, -1, model->indexOf(ids[0]));
    EXPECT_EQ(rejected.size(), 1);
    EXPECT_EQ(doc->place(room)->parentId, ids[2]);
    // Sites are not dragged.
    EXPECT_FALSE(model->flags(model->indexOf(ids[0])) & Qt::ItemIsDragEnabled);
    EXPECT_TRUE(model->flags(model->indexOf(room)) & Qt::ItemIsDragEnabled);
}
