#include "core/registercheck.h"
#include "ui/ledger/ledgerprintdialog.h"
#include "uifixture.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPageLayout>
#include <QPageSize>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>

using namespace daicho;
using daicho::test::UiFixture;

namespace {

struct PrintFixture : UiFixture {
    std::unique_ptr<Document> doc;

    void SetUp() override
    {
        UiFixture::SetUp();
        doc = openDocument();
    }
    void TearDown() override { doc.reset(); }

    static void choose(QComboBox *combo, const QVariant &data)
    {
        const int i = combo->findData(data);
        ASSERT_GE(i, 0) << qPrintable(data.toString());
        combo->setCurrentIndex(i);
    }
    static int previewPages(LedgerPrintDialog &dialog)
    {
        dialog.preview()->updatePreview();
        return dialog.preview()->pageCount();
    }
};

} // namespace

TEST_F(PrintFixture, ThePreviewFollowsTheLayoutPaperAndDepartment)
{
    LedgerPrintDialog dialog(doc.get());
    dialog.setQuiet(true);
    choose(dialog.layoutCombo(), int(LedgerLayout::List));
    choose(dialog.paperCombo(), int(PaperSize::A4));
    choose(dialog.departmentCombo(), QString());
    ASSERT_NE(dialog.ledgerPrint(), nullptr) << qPrintable(dialog.statusLabel()->text());
    EXPECT_EQ(dialog.ledgerPrint()->data().table.rows.size(), 5);
    EXPECT_EQ(previewPages(dialog), 1);
    EXPECT_EQ(dialog.printer()->pageLayout().orientation(), QPageLayout::Landscape);
    EXPECT_TRUE(dialog.columnsCombo()->isEnabled());

    // One sheet per asset, portrait; the columns do not apply.
    choose(dialog.layoutCombo(), int(LedgerLayout::Sheet));
    EXPECT_EQ(previewPages(dialog), 5);
    EXPECT_EQ(dialog.ledgerPrint()->pageCount(), 5);
    EXPECT_EQ(dialog.printer()->pageLayout().orientation(), QPageLayout::Portrait);
    EXPECT_FALSE(dialog.columnsCombo()->isEnabled());
    // 税務課's two assets only.
    choose(dialog.departmentCombo(), QStringLiteral("200"));
    EXPECT_EQ(previewPages(dialog), 2);
    // Its history (each asset was created through the store) is on the sheet.
    EXPECT_EQ(dialog.ledgerPrint()->data().assets.first().historyTotal, 1);

    choose(dialog.layoutCombo(), int(LedgerLayout::Check));
    choose(dialog.paperCombo(), int(PaperSize::A3));
    EXPECT_EQ(previewPages(dialog), 1);
    EXPECT_EQ(dialog.printer()->pageLayout().pageSize().id(), QPageSize::A3);
    EXPECT_EQ(dialog.printer()->pageLayout().orientation(), QPageLayout::Landscape);
    EXPECT_EQ(dialog.ledgerPrint()->options().layout, LedgerLayout::Check);
}

TEST_F(PrintFixture, AllColumnsOnA4AreReportedButStillPreviewed)
{
    LedgerPrintDialog dialog(doc.get());
    dialog.setQuiet(true);
    choose(dialog.layoutCombo(), int(LedgerLayout::List));
    choose(dialog.paperCombo(), int(PaperSize::A4));
    choose(dialog.columnsCombo(), int(LedgerPrintDialog::Columns::All));
    ASSERT_NE(dialog.ledgerPrint(), nullptr);
    EXPECT_FALSE(dialog.ledgerPrint()->columnsFit());
    EXPECT_TRUE(dialog.statusLabel()->text().contains(QStringLiteral("A4"))) << qPrintable(dialog.statusLabel()->text());
    EXPECT_GE(previewPages(dialog), 1);
}

TEST_F(PrintFixture, SavingAPdfKeepsChangedApprovalRolesInTheRegister)
{
    doc->setPerson(QStringLiteral("山田 太郎"));
    LedgerPrintDialog dialog(doc.get());
    dialog.setQuiet(true);
    EXPECT_EQ(dialog.printedBy(), QStringLiteral("山田 太郎"));
    EXPECT_EQ(dialog.approvalRoles(), PlanSheetBuilder::defaultApprovalRoles());
    choose(dialog.layoutCombo(), int(LedgerLayout::List));

    // Unchanged roles are not written.
    const QString first = dir.path(QStringLiteral("first.pdf"));
    ASSERT_TRUE(dialog.savePdf(first)) << qPrintable(dialog.lastMessage());
    QFile f(first);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5) == "%PDF-");
    EXPECT_FALSE(doc->store().settings().contains(SettingKey::ApprovalRoles));

    dialog.rolesEdit()->setPlainText(QStringLiteral("課長\n 係長 \n\n担当"));
    ASSERT_TRUE(dialog.savePdf(dir.path(QStringLiteral("second.pdf"))));
    EXPECT_EQ(dialog.ledgerPrint()->data().approvalRoles,
              (QStringList{QStringLiteral("課長"), QStringLiteral("係長"), QStringLiteral("担当")}));
    EXPECT_EQ(doc->store().settings().value(SettingKey::ApprovalRoles), QStringLiteral("課長\n係長\n担当"));

    // No roles: no boxes, kept as "-".
    dialog.rolesEdit()->clear();
    ASSERT_TRUE(dialog.savePdf(dir.path(QStringLiteral("third.pdf"))));
    EXPECT_TRUE(dialog.ledgerPrint()->data().approvalRoles.isEmpty());
    EXPECT_EQ(doc->store().settings().value(SettingKey::ApprovalRoles), QStringLiteral("-"));
    LedgerPrintDialog again(doc.get());
    EXPECT_TRUE(again.approvalRoles().isEmpty());

    // An unwritable place: refused with a reason.
    EXPECT_FALSE(dialog.savePdf(QStringLiteral("/nonexistent-folder/x.pdf")));
    EXPECT_FALSE(dialog.lastMessage().isEmpty());
}
