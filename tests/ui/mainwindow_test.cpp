#include "core/i18n.h"
#include "ui/assetdetailpanel.h"
#include "ui/assetfilterproxy.h"
#include "ui/assetform.h"
#include "ui/assettablemodel.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"
#include "uifixture.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace daicho;
using daicho::test::UiFixture;

namespace {

struct WindowFixture : UiFixture {
    std::unique_ptr<MainWindow> window;

    void SetUp() override
    {
        UiFixture::SetUp();
        window = std::make_unique<MainWindow>();
        window->setQuiet(true);
        window->resize(1400, 860);
        ASSERT_TRUE(window->openFile(path));
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    }

    /// Types text as key events (QTest::keyClicks takes ASCII only).
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }

    QString cellText(Id id, int column) const
    {
        const int row = window->proxy()->proxyRowOf(id);
        return window->tableView()->model()->index(row, column).data().toString();
    }
};

} // namespace

TEST_F(WindowFixture, OpensTheRegisterAndShowsItsTitleAndCount)
{
    EXPECT_EQ(window->windowTitle(), QStringLiteral("register.daicho — Daicho"));
    EXPECT_EQ(window->tableView()->model()->rowCount(), 5);
    auto *count = window->findChild<QLabel *>(QStringLiteral("countLabel"));
    ASSERT_NE(count, nullptr);
    EXPECT_TRUE(count->text().contains(QLatin1String("5"))) << count->text().toStdString();
}

TEST_F(WindowFixture, EditingTheNameInTheDetailPanelShowsInTheTableAndCanBeUndone)
{
    ASSERT_TRUE(window->selectAsset(pc.id));
    EXPECT_EQ(window->detailPanel()->asset(), pc.id);
    auto *name = window->detailPanel()->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
    ASSERT_NE(name, nullptr);
    EXPECT_EQ(name->text(), QStringLiteral("窓口端末"));
    name->setFocus();
    name->selectAll();
    type(name, QStringLiteral("総合窓口端末"));
    QTest::keyClick(name, Qt::Key_Return);
    EXPECT_EQ(cellText(pc.id, AssetTableModel::NameColumn), QStringLiteral("総合窓口端末"));
    EXPECT_EQ(RegisterStore::open(path)->asset(pc.id).name, QStringLiteral("総合窓口端末"));

    window->document()->undoStack()->undo();
    EXPECT_EQ(cellText(pc.id, AssetTableModel::NameColumn), QStringLiteral("窓口端末"));
    EXPECT_EQ(name->text(), QStringLiteral("窓口端末"));
}

TEST_F(WindowFixture, AnInvalidValueIsRefusedWithAMessageUnderTheField)
{
    ASSERT_TRUE(window->selectAsset(pc.id));
    auto *number = window->detailPanel()->findChild<QLineEdit *>(QStringLiteral("numberEdit"));
    ASSERT_NE(number, nullptr);
    number->setFocus();
    number->selectAll();
    QTest::keyClicks(number, QStringLiteral("SV-001"));
    QTest::keyClick(number, Qt::Key_Return);
    const QString message = window->detailPanel()->form()->message(QStringLiteral("number"));
    EXPECT_TRUE(message.contains(QStringLiteral("SV-001"))) << message.toStdString();
    EXPECT_EQ(cellText(pc.id, AssetTableModel::NumberColumn), QStringLiteral("PC-001"));
    EXPECT_EQ(window->document()->undoStack()->count(), 0);
}

TEST_F(WindowFixture, SearchFieldFiltersTheTable)
{
    auto *search = window->filterBar()->searchField();
    type(search, QStringLiteral("住民"));
    EXPECT_EQ(window->tableView()->model()->rowCount(), 2);
    search->clear();
    EXPECT_EQ(window->tableView()->model()->rowCount(), 5);
}

TEST_F(WindowFixture, NewAndDeleteAssetAreUndoable)
{
    QAction *newAsset = nullptr;
    QAction *deleteAsset = nullptr;
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N))
            newAsset = a;
        // Delete is also the plan's (in its own widget); this is the register's.
        if (a->objectName() == QLatin1String("deleteAssetAction"))
            deleteAsset = a;
    }
    ASSERT_NE(newAsset, nullptr);
    ASSERT_NE(deleteAsset, nullptr);
    window->selectAsset(pc.id);
    newAsset->trigger();
    EXPECT_EQ(window->document()->assetCount(), 6);
    const Id added = window->currentAsset();
    EXPECT_TRUE(window->document()->asset(added)->number.startsWith(QStringLiteral("110-")));
    deleteAsset->trigger();
    EXPECT_EQ(window->document()->assetCount(), 5);
    window->document()->undoStack()->undo();
    EXPECT_EQ(window->document()->assetCount(), 6);
    EXPECT_EQ(RegisterStore::open(path)->assets().size(), 6);
}

TEST_F(WindowFixture, SwitchingLanguageRetranslatesTheWindow)
{
    const QString before = I18n::current();
    I18n::install(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
    const QAbstractItemModel *model = window->tableView()->model();
    EXPECT_EQ(model->headerData(AssetTableModel::KindColumn, Qt::Horizontal).toString(), QStringLiteral("Kind"));
    EXPECT_EQ(cellText(server.id, AssetTableModel::KindColumn), QStringLiteral("Server"));
    I18n::install(QStringLiteral("ja"));
    QCoreApplication::processEvents();
    EXPECT_EQ(cellText(server.id, AssetTableModel::KindColumn), QStringLiteral("サーバ"));
    I18n::install(before.isEmpty() ? QStringLiteral("en") : before);
}
