#include "ui/zonerulesdialog.h"
#include "uifixture.h"

#include <QComboBox>
#include <QRadioButton>
#include <QTableWidget>
#include <QUndoStack>

using namespace daicho;
using daicho::test::UiFixture;

namespace {

int rowOf(const ZoneRulesDialog &dialog, const QString &code)
{
    for (int row = 0; row < dialog.tableWidget()->rowCount(); ++row) {
        if (dialog.tableWidget()->item(row, 0)->text() == code)
            return row;
    }
    return -1;
}

} // namespace

TEST_F(UiFixture, ZoneRulesDialogShowsTheRegistersTable)
{
    auto doc = openDocument();
    ZoneRulesDialog dialog(doc.get());
    const QList<ZoneCategory> &categories = doc->zoneTable().categories();
    ASSERT_EQ(dialog.tableWidget()->rowCount(), categories.size());
    const int srv = rowOf(dialog, QStringLiteral("SRV"));
    ASSERT_GE(srv, 0);
    EXPECT_EQ(dialog.useCombo(srv)->currentData().toInt(), 4);
    EXPECT_EQ(dialog.storeCombo(srv)->currentData().toInt(), 4);
    EXPECT_EQ(dialog.table(), doc->zoneTable());
    EXPECT_EQ(dialog.networkModel(), doc->networkModel());
    // Nothing changed: OK pushes nothing.
    dialog.accept();
    EXPECT_EQ(doc->undoStack()->count(), 0);
}

TEST_F(UiFixture, ZoneRulesDialogAppliesTableAndModelAsOneStep)
{
    auto doc = openDocument();
    const ZoneTable before = doc->zoneTable();
    const NetworkModel modelBefore = doc->networkModel();
    ASSERT_NE(modelBefore, NetworkModel::Beta);
    {
        ZoneRulesDialog dialog(doc.get());
        const int row = rowOf(dialog, QStringLiteral("STORE_C"));
        ASSERT_GE(row, 0);
        dialog.useCombo(row)->setCurrentIndex(dialog.useCombo(row)->findData(2));
        dialog.storeCombo(row)->setCurrentIndex(dialog.storeCombo(row)->findData(3));
        dialog.findChild<QRadioButton *>(QStringLiteral("model_beta"))->setChecked(true);
        dialog.accept();
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }
    const ZoneCategory *c = doc->zoneTable().category(QStringLiteral("STORE_C"));
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->use, 2);
    EXPECT_EQ(c->store, 3);
    EXPECT_EQ(doc->networkModel(), NetworkModel::Beta);
    EXPECT_EQ(doc->undoStack()->count(), 1);

    doc->undoStack()->undo();
    EXPECT_EQ(doc->zoneTable(), before);
    EXPECT_EQ(doc->networkModel(), modelBefore);
    doc->undoStack()->redo();
    EXPECT_EQ(doc->zoneTable().category(QStringLiteral("STORE_C"))->use, 2);

    // The preset button puts the shipped levels back (applied with OK).
    ZoneRulesDialog dialog(doc.get());
    dialog.resetToPreset();
    EXPECT_EQ(dialog.table(), ZoneTable::preset());
    dialog.accept();
    EXPECT_EQ(doc->zoneTable(), ZoneTable::preset());
    EXPECT_EQ(doc->networkModel(), NetworkModel::Beta); // the model is not part of the preset
}

TEST_F(UiFixture, ZoneRulesDialogCancelChangesNothing)
{
    auto doc = openDocument();
    const ZoneTable before = doc->zoneTable();
    ZoneRulesDialog dialog(doc.get());
    dialog.useCombo(0)->setCurrentIndex(0);
    dialog.reject();
    EXPECT_EQ(doc->zoneTable(), before);
    EXPECT_EQ(doc->undoStack()->count(), 0);
}
