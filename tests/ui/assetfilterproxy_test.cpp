#include "ui/assetfilterproxy.h"
#include "ui/assettablemodel.h"
#include "ui/commands/assetcommands.h"
#include "ui/commands/editassetcommand.h"
#include "uifixture.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QUndoStack>

#include <algorithm>

using namespace daicho;
using daicho::test::UiFixture;

namespace {

using Model = AssetTableModel;

struct ProxyFixture : UiFixture {
    std::unique_ptr<Document> doc;
    std::unique_ptr<AssetTableModel> model;
    std::unique_ptr<AssetFilterProxy> proxy;

    void SetUp() override
    {
        UiFixture::SetUp();
        doc = openDocument();
        model = std::make_unique<AssetTableModel>(doc.get());
        proxy = std::make_unique<AssetFilterProxy>();
        proxy->setAssetModel(model.get());
    }

    QStringList numbers() const
    {
        QStringList out;
        for (int r = 0; r < proxy->rowCount(); ++r)
            out << proxy->index(r, Model::NumberColumn).data().toString();
        return out;
    }
};

} // namespace

TEST_F(ProxyFixture, SearchMatchesEveryWordAcrossTextFieldsIgnoringCaseAndWidth)
{
    EXPECT_EQ(proxy->rowCount(), 5);
    proxy->setSearchText(QStringLiteral("住民"));
    EXPECT_EQ(numbers(), (QStringList{QStringLiteral("110-0001"), QStringLiteral("SYS-001")}));
    proxy->setSearchText(QStringLiteral("住民 システム"));
    EXPECT_EQ(numbers(), QStringList{QStringLiteral("SYS-001")});
    proxy->setSearchText(QStringLiteral("pc-001"));
    EXPECT_EQ(numbers(), QStringList{QStringLiteral("PC-001")});
    proxy->setSearchText(QStringLiteral("abc")); // the notes say ＡＢＣ倉庫
    EXPECT_EQ(numbers(), QStringList{QStringLiteral("200-0001")});
    proxy->setSearchText(QStringLiteral("税務課")); // the department's name
    EXPECT_EQ(proxy->rowCount(), 2);
    proxy->setSearchText(QStringLiteral("山田")); // the manager's name
    EXPECT_EQ(numbers(), QStringList{QStringLiteral("110-0001")});
    proxy->setSearchText(QStringLiteral("見つからない"));
    EXPECT_EQ(proxy->rowCount(), 0);
    proxy->setSearchText(QString());
    EXPECT_EQ(proxy->rowCount(), 5);
}

TEST_F(ProxyFixture, SearchSeesEditsAndRenamedDepartments)
{
    proxy->setSearchText(QStringLiteral("窓口"));
    EXPECT_EQ(proxy->rowCount(), 1);
    ASSERT_TRUE(model->setData(model->index(doc->rowOf(pc.id), Model::NameColumn), QStringLiteral("事務端末")));
    EXPECT_EQ(proxy->rowCount(), 0);
    proxy->setSearchText(QStringLiteral("事務端末"));
    EXPECT_EQ(proxy->rowCount(), 1);
    Department renamed = *doc->department(tax.id);
    renamed.name = QStringLiteral("課税課");
    doc->updateDepartment(renamed);
    proxy->setSearchText(QStringLiteral("課税課"));
    EXPECT_EQ(proxy->rowCount(), 2);
}

TEST_F(ProxyFixture, EachFilterNarrowsTheRows)
{
    proxy->setImportance(QStringLiteral("A")); // the personal data and the PC that holds it
    EXPECT_EQ(numbers(), (QStringList{QStringLiteral("110-0001"), QStringLiteral("PC-001")}));
    proxy->setImportance(QString());

    proxy->setAxisLevel(QStringLiteral("C"), QStringLiteral("3"));
    EXPECT_EQ(numbers(), (QStringList{QStringLiteral("110-0001"), QStringLiteral("PC-001")}));
    proxy->setAxisLevel(QStringLiteral("C"), QStringLiteral("2"));
    EXPECT_EQ(numbers(), (QStringList{QStringLiteral("SYS-001"), QStringLiteral("SV-001"), QStringLiteral("200-0001")}));
    proxy->setAxisLevel(QString(), QString());

    proxy->setKind(AssetKind::Pc);
    EXPECT_EQ(numbers(), QStringList{QStringLiteral("PC-001")});
    proxy->setKind(std::nullopt);

    proxy->setSegment(NetworkSegment::MyNumber);
    EXPECT_EQ(numbers(), QStringList{QStringLiteral("SV-001")});
    proxy->setSegment(std::nullopt);

    proxy->setPersonal(AssetFilterProxy::PersonalFilter::Personal);
    EXPECT_EQ(numbers(), QStringList{QStringLiteral("110-0001")});
    proxy->setPersonal(AssetFilterProxy::PersonalFilter::MyNumber);
    EXPECT_EQ(proxy->rowCount(), 0);
    proxy->setPersonal(AssetFilterProxy::PersonalFilter::NoPersonal);
    EXPECT_EQ(proxy->rowCount(), 4);
    proxy->setPersonal(AssetFilterProxy::PersonalFilter::Any);

    proxy->setStatus(AssetStatus::Disposed);
    EXPECT_EQ(numbers(), QStringList{QStringLiteral("200-0001")});
    proxy->setStatus(AssetStatus::Active);
    EXPECT_EQ(proxy->rowCount(), 4);
    proxy->setStatus(std::nullopt);

    // A department includes its sub-departments.
    proxy->setDepartment(bureau.id);
    EXPECT_EQ(proxy->rowCount(), 3);
    proxy->setDepartment(general.id);
    EXPECT_EQ(proxy->rowCount(), 3);
    proxy->setDepartment(tax.id);
    EXPECT_EQ(numbers(), (QStringList{QStringLiteral("SV-001"), QStringLiteral("200-0001")}));
    // Filters combine.
    proxy->setKind(AssetKind::Server);
    EXPECT_EQ(numbers(), QStringList{QStringLiteral("SV-001")});
    proxy->clearFilters();
    EXPECT_EQ(proxy->rowCount(), 5);
}

TEST_F(ProxyFixture, SortsByTheUnderlyingValues)
{
    proxy->sort(Model::NumberColumn, Qt::AscendingOrder);
    EXPECT_EQ(numbers(), (QStringList{QStringLiteral("110-0001"), QStringLiteral("200-0001"), QStringLiteral("PC-001"),
                                      QStringLiteral("SV-001"), QStringLiteral("SYS-001")}));
    proxy->sort(Model::ImportanceColumn, Qt::DescendingOrder); // A, A, B, B, B
    EXPECT_EQ(proxy->index(0, Model::ImportanceColumn).data().toString(), QStringLiteral("A"));
    EXPECT_EQ(proxy->index(1, Model::ImportanceColumn).data().toString(), QStringLiteral("A"));
    EXPECT_EQ(proxy->index(4, Model::ImportanceColumn).data().toString(), QStringLiteral("B"));
    proxy->sort(Model::SubjectCountColumn, Qt::DescendingOrder);
    EXPECT_EQ(numbers().first(), QStringLiteral("110-0001"));
    proxy->sort(Model::KindColumn, Qt::AscendingOrder); // enum order: information, paper, system, …
    EXPECT_EQ(numbers().first(), QStringLiteral("110-0001"));
    EXPECT_EQ(numbers().at(1), QStringLiteral("200-0001"));
    // An edit moves the row to its new place.
    proxy->sort(Model::NameColumn, Qt::AscendingOrder);
    ASSERT_TRUE(model->setData(model->index(doc->rowOf(server.id), Model::NameColumn), QStringLiteral("あサーバ")));
    EXPECT_EQ(numbers().first(), QStringLiteral("SV-001"));
    EXPECT_EQ(proxy->proxyRowOf(server.id), 0);
    EXPECT_EQ(proxy->assetIdAt(0), server.id);
}

TEST_F(ProxyFixture, StaysSortedThroughEditsInsertsDeletesAndReclassification)
{
    auto order = [this] {
        QList<Id> ids;
        for (int r = 0; r < proxy->rowCount(); ++r)
            ids << proxy->assetIdAt(r);
        return ids;
    };
    // The order kept up to date step by step must be the order a fresh sort gives.
    auto expectFreshOrder = [&](const char *step) {
        const QList<Id> kept = order();
        proxy->invalidate();
        EXPECT_EQ(kept, order()) << step;
    };
    for (int column : {int(Model::ImportanceColumn), int(Model::NameColumn), int(Model::ConfidentialityColumn),
                       int(Model::MeasuresColumn)}) {
        proxy->sort(column, Qt::DescendingOrder);
        // Lowering the data reclassifies the PC that holds it: two rows move at once.
        ASSERT_TRUE(model->setData(model->index(doc->rowOf(data.id), Model::PersonalInfoColumn), Qt::Unchecked,
                                   Qt::CheckStateRole));
        ASSERT_TRUE(model->setData(model->index(doc->rowOf(data.id), Model::ConfidentialityColumn), QStringLiteral("1")));
        expectFreshOrder("after reclassification");
        ASSERT_TRUE(model->setData(model->index(doc->rowOf(server.id), Model::NameColumn), QStringLiteral("ん")));
        expectFreshOrder("after a rename");
        Asset extra = make(QStringLiteral("110-0050"), QStringLiteral("あ追加"), AssetKind::Pc, general.id);
        extra.confidentiality = QStringLiteral("3");
        ASSERT_TRUE(doc->execute(new InsertAssetCommand(doc.get(), extra)));
        expectFreshOrder("after an insert");
        ASSERT_TRUE(doc->execute(new DeleteAssetCommand(doc.get(), pc.id)));
        expectFreshOrder("after a delete");
        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        expectFreshOrder("after undoing everything");
        EXPECT_EQ(proxy->rowCount(), 5);
    }
}

TEST_F(ProxyFixture, FilteringASortedTableKeepsTheSortedOrderExactly)
{
    QAbstractItemModelTester tester(proxy.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto order = [this] {
        QList<Id> ids;
        for (int r = 0; r < proxy->rowCount(); ++r)
            ids << proxy->assetIdAt(r);
        return ids;
    };
    // All source rows stably sorted by the column's displayed value.
    auto expected = [this](int column) {
        QList<int> rows;
        for (int r = 0; r < model->rowCount(); ++r)
            rows << r;
        std::stable_sort(rows.begin(), rows.end(), [&](int l, int r) {
            return QString::compare(model->index(l, column).data().toString(),
                                    model->index(r, column).data().toString())
                   < 0;
        });
        QList<Id> ids;
        for (int r : rows)
            ids << model->assetIdAt(r);
        return ids;
    };
    auto shownOf = [this](const QList<Id> &all) { // `all` without the rows filtered out
        QList<Id> out;
        for (Id id : all) {
            if (proxy->proxyRowOf(id) >= 0)
                out << id;
        }
        return out;
    };
    for (int column : {int(Model::NameColumn), int(Model::NumberColumn)}) {
        proxy->sort(column, Qt::AscendingOrder);
        const QList<Id> sorted = expected(column);
        ASSERT_EQ(order(), sorted);
        proxy->setSearchText(QStringLiteral("住"));
        EXPECT_EQ(proxy->rowCount(), 3);
        EXPECT_EQ(order(), shownOf(sorted));
        proxy->setSearchText(QStringLiteral("住民"));
        EXPECT_EQ(proxy->rowCount(), 2);
        EXPECT_EQ(order(), shownOf(sorted));
        proxy->setSearchText(QString());
        EXPECT_EQ(order(), sorted);
        proxy->setKind(AssetKind::Pc);
        EXPECT_EQ(order(), QList<Id>{pc.id});
        proxy->clearFilters();
        EXPECT_EQ(order(), sorted);

        QList<Id> reversed = sorted;
        std::reverse(reversed.begin(), reversed.end());
        proxy->sort(column, Qt::DescendingOrder);
        EXPECT_EQ(order(), reversed);
        proxy->setDepartment(tax.id);
        EXPECT_EQ(order(), shownOf(reversed));
        EXPECT_EQ(proxy->rowCount(), 2);
        proxy->setDepartment(0);
        EXPECT_EQ(order(), reversed);
    }
    // Back to the register's order.
    proxy->sort(-1, Qt::AscendingOrder);
    EXPECT_EQ(proxy->sortColumn(), -1);
    QList<Id> registerOrder;
    for (int r = 0; r < model->rowCount(); ++r)
        registerOrder << model->assetIdAt(r);
    EXPECT_EQ(order(), registerOrder);
}

TEST_F(ProxyFixture, SelectionSurvivesARefilterWhileTheRowIsShown)
{
    QItemSelectionModel selection(proxy.get());
    proxy->sort(Model::NameColumn, Qt::DescendingOrder);
    const QModelIndex serverIndex = proxy->index(proxy->proxyRowOf(server.id), Model::NumberColumn);
    selection.setCurrentIndex(serverIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    ASSERT_EQ(selection.selectedRows().size(), 1);

    proxy->setSearchText(QStringLiteral("住")); // keeps the server, drops other rows
    ASSERT_GE(proxy->proxyRowOf(server.id), 0);
    ASSERT_EQ(selection.selectedRows().size(), 1);
    EXPECT_EQ(proxy->assetIdAt(selection.selectedRows().first().row()), server.id);
    EXPECT_EQ(proxy->assetIdAt(selection.currentIndex().row()), server.id);

    proxy->sort(Model::NameColumn, Qt::AscendingOrder); // moves it
    ASSERT_EQ(selection.selectedRows().size(), 1);
    EXPECT_EQ(proxy->assetIdAt(selection.selectedRows().first().row()), server.id);

    proxy->setSearchText(QString());
    ASSERT_EQ(selection.selectedRows().size(), 1);
    EXPECT_EQ(proxy->assetIdAt(selection.selectedRows().first().row()), server.id);

    proxy->setKind(AssetKind::Pc); // hides it
    EXPECT_TRUE(selection.selectedRows().isEmpty());
}

TEST_F(ProxyFixture, TypingOnGivesTheSameRowsAsAFreshSearch)
{
    // Typing character by character narrows from the rows shown; the result must be
    // what a search from scratch gives, with the other filters and the sort in force.
    proxy->sort(Model::NameColumn, Qt::DescendingOrder);
    proxy->setKind(AssetKind::InformationSystem);
    const QString text = QStringLiteral("住民 シ");
    for (int n = 1; n <= text.size(); ++n) {
        proxy->setSearchText(text.left(n));
        const QStringList typed = numbers();
        AssetFilterProxy fresh;
        fresh.setAssetModel(model.get());
        fresh.sort(Model::NameColumn, Qt::DescendingOrder);
        fresh.setKind(AssetKind::InformationSystem);
        fresh.setSearchText(text.left(n));
        QStringList expected;
        for (int r = 0; r < fresh.rowCount(); ++r)
            expected << fresh.index(r, Model::NumberColumn).data().toString();
        EXPECT_EQ(typed, expected) << qPrintable(text.left(n));
    }
    // Deleting characters widens again.
    proxy->setSearchText(QStringLiteral("住"));
    const int wide = proxy->rowCount();
    proxy->setSearchText(QStringLiteral("住民票"));
    EXPECT_LE(proxy->rowCount(), wide);
    proxy->setSearchText(QStringLiteral("住"));
    EXPECT_EQ(proxy->rowCount(), wide);
    proxy->setKind(std::nullopt);
    proxy->setSearchText(QString());
    EXPECT_EQ(proxy->rowCount(), 5);
}
