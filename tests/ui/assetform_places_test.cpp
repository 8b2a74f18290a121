#include "ui/assetform.h"
#include "ui/commands/placecommands.h"
#include "uifixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTest>
#include <QUndoStack>

using namespace daicho;
using daicho::test::UiFixture;

namespace {

struct AssetFormPlacesFixture : UiFixture {
    std::unique_ptr<Document> doc;
    std::unique_ptr<AssetForm> form;
    Id floor = 0, office = 0, cabinet = 0;

    void SetUp() override
    {
        UiFixture::SetUp();
        doc = openDocument();
        const Id site = add(PlaceKind::Site, QStringLiteral("本庁舎敷地"), 0);
        const Id building = add(PlaceKind::Building, QStringLiteral("本庁舎"), site);
        floor = add(PlaceKind::Floor, QStringLiteral("3階"), building);
        office = add(PlaceKind::Room, QStringLiteral("情報政策課 執務室"), floor, 2);
        cabinet = add(PlaceKind::Container, QStringLiteral("施錠キャビネット1"), office, 3);
        form = std::make_unique<AssetForm>();
        form->setDocument(doc.get());
        form->resize(420, 900);
        form->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(form.get()));
    }

    void TearDown() override
    {
        form.reset();
        doc.reset();
    }

    Id add(PlaceKind kind, const QString &name, Id parent, int level = 0)
    {
        Place p;
        p.kind = kind;
        p.name = name;
        p.parentId = parent;
        p.level = level;
        auto *command = new InsertPlaceCommand(doc.get(), p);
        EXPECT_TRUE(doc->execute(command));
        return command->placeId();
    }

    QComboBox *combo(const char *name) const { return form->findChild<QComboBox *>(QLatin1String(name)); }

    static void choose(QComboBox *combo, Id id)
    {
        const int i = combo->findData(qlonglong(id));
        ASSERT_GE(i, 0);
        combo->setCurrentIndex(i);
        emit combo->activated(i);
    }
};

} // namespace

TEST_F(AssetFormPlacesFixture, ListsTheAreasByPath)
{
    form->setAsset(pc.id);
    QComboBox *use = combo("usePlaceCombo");
    ASSERT_NE(use, nullptr);
    ASSERT_EQ(use->count(), 3); // not set, the office, the cabinet: no site, building or floor
    EXPECT_EQ(use->itemData(0).toLongLong(), 0);
    EXPECT_EQ(use->itemData(1).toLongLong(), office);
    EXPECT_EQ(use->itemData(2).toLongLong(), cabinet);
    // One site: the paths start below it.
    EXPECT_EQ(use->itemText(1), QStringLiteral("L2  本庁舎 › 3階 › 情報政策課 執務室"));
    EXPECT_EQ(use->itemData(1, Qt::ToolTipRole).toString().section(u'\n', 0, 0), doc->placePath(office));
    EXPECT_EQ(combo("storePlaceCombo")->itemText(0), QStringLiteral("(Same as the place of use)"));
    EXPECT_EQ(use->itemText(0), QStringLiteral("(Not set)"));
}

TEST_F(AssetFormPlacesFixture, ChoosingAPlaceSetsItThroughTheUndoStack)
{
    form->setAsset(pc.id);
    const int steps = doc->undoStack()->count();
    choose(combo("usePlaceCombo"), office);
    EXPECT_EQ(doc->asset(pc.id)->usePlaceId, office);
    choose(combo("storePlaceCombo"), cabinet);
    EXPECT_EQ(doc->asset(pc.id)->storePlaceId, cabinet);
    EXPECT_GT(doc->undoStack()->count(), steps);
    EXPECT_TRUE(form->message(QStringLiteral("usePlaceId")).isEmpty());

    doc->undoStack()->undo();
    EXPECT_EQ(doc->asset(pc.id)->storePlaceId, 0);
    EXPECT_EQ(combo("storePlaceCombo")->currentData().toLongLong(), 0);
    doc->undoStack()->undo();
    EXPECT_EQ(doc->asset(pc.id)->usePlaceId, 0);
    EXPECT_EQ(combo("usePlaceCombo")->currentData().toLongLong(), 0);
}

TEST_F(AssetFormPlacesFixture, FollowsRenamedPlaces)
{
    form->setAsset(pc.id);
    choose(combo("usePlaceCombo"), office);
    Place p = *doc->place(office);
    p.name = QStringLiteral("情報政策課 第2執務室");
    p.level = 1;
    doc->execute(new EditPlaceCommand(doc.get(), p));
    QComboBox *use = combo("usePlaceCombo");
    EXPECT_EQ(use->currentData().toLongLong(), office);
    EXPECT_TRUE(use->currentText().startsWith(QStringLiteral("L1")));
    EXPECT_TRUE(use->currentText().endsWith(QStringLiteral("情報政策課 第2執務室")));
}

TEST_F(AssetFormPlacesFixture, PlacesOnlyForThingsThatAreSomewhere)
{
    form->setAsset(data.id); // electronic information: it is on devices, not in a room
    EXPECT_FALSE(combo("usePlaceCombo")->isEnabled());
    EXPECT_FALSE(combo("storePlaceCombo")->isEnabled());
    form->setAsset(paper.id);
    EXPECT_TRUE(combo("usePlaceCombo")->isEnabled());
    form->setAsset(pc.id);
    EXPECT_TRUE(combo("storePlaceCombo")->isEnabled());
}

TEST_F(AssetFormPlacesFixture, ZoneFlagsSayWhatTheyDo)
{
    form->setAsset(pc.id);
    int withTips = 0;
    for (QCheckBox *box : form->findChildren<QCheckBox *>()) {
        if (box->text() == QStringLiteral("Wire lock") || box->text() == QStringLiteral("Remote server operation")
            || box->text() == QStringLiteral("Encrypted")) {
            EXPECT_FALSE(box->toolTip().isEmpty()) << box->text().toStdString();
            EXPECT_TRUE(box->isEnabled());
            ++withTips;
        }
    }
    EXPECT_EQ(withTips, 3);
}
