#include "core/i18n.h"
#include "core/wareki.h"
#include "ui/commands/assetcommands.h"
#include "ui/commands/editassetcommand.h"
#include "ui/assetfilterproxy.h"
#include "ui/assettablemodel.h"
#include "uifixture.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QUndoStack>

using namespace daicho;
using daicho::test::UiFixture;

namespace {

/// Collects the failures QAbstractItemModelTester reports as warnings.
struct TesterFailures {
    static QStringList &list()
    {
        static QStringList l;
        return l;
    }
    static void handler(QtMsgType type, const QMessageLogContext &, const QString &msg)
    {
        if (type != QtDebugMsg && type != QtInfoMsg && msg.contains(QLatin1String("FAIL")))
            list().append(msg);
    }
    QtMessageHandler previous;
    TesterFailures() : previous(qInstallMessageHandler(&TesterFailures::handler)) { list().clear(); }
    ~TesterFailures() { qInstallMessageHandler(previous); }
};

using Model = AssetTableModel;

struct ModelFixture : UiFixture {
    std::unique_ptr<Document> doc;
    std::unique_ptr<AssetTableModel> model;

    void SetUp() override
    {
        UiFixture::SetUp();
        doc = openDocument();
        model = std::make_unique<AssetTableModel>(doc.get());
    }

    QModelIndex cell(Id assetId, int column) const { return model->index(doc->rowOf(assetId), column); }

    /// The asset as a second, independent connection reads it from the file.
    Asset onDisk(Id id) const { return RegisterStore::open(path)->asset(id); }
};

} // namespace

TEST_F(ModelFixture, PassesTheModelTesterThroughEditsInsertsAndRemoves)
{
    TesterFailures failures;
    AssetFilterProxy proxy;
    proxy.setAssetModel(model.get());
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
    proxy.sort(Model::NameColumn);

    EXPECT_EQ(model->rowCount(), 5);
    EXPECT_EQ(model->columnCount(), int(Model::ColumnCount));
    EXPECT_TRUE(model->setData(cell(pc.id, Model::NameColumn), QStringLiteral("窓口端末２")));
    EXPECT_TRUE(model->setData(cell(pc.id, Model::EncryptedColumn), Qt::Checked, Qt::CheckStateRole));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    doc->undoStack()->redo();

    Asset extra = make(QStringLiteral("110-0099"), QStringLiteral("追加資産"), AssetKind::Software, general.id);
    ASSERT_TRUE(doc->execute(new InsertAssetCommand(doc.get(), extra)));
    EXPECT_EQ(model->rowCount(), 6);
    EXPECT_EQ(proxy.rowCount(), 6);
    ASSERT_TRUE(doc->execute(new DeleteAssetCommand(doc.get(), pc.id)));
    EXPECT_EQ(model->rowCount(), 5);
    doc->undoStack()->undo(); // PC back, in its place
    EXPECT_EQ(model->rowCount(), 6);
    EXPECT_EQ(doc->rowOf(pc.id), 1);
    proxy.setSearchText(QStringLiteral("住民"));
    proxy.setSearchText(QString());

    EXPECT_TRUE(failures.list().isEmpty()) << failures.list().join(QLatin1Char('\n')).toStdString();
}

TEST_F(ModelFixture, ShowsEveryLedgerFieldWithWarekiDatesAndEffectiveValues)
{
    const int dataRow = doc->rowOf(data.id);
    const Asset stored = doc->assetAt(dataRow);
    EXPECT_EQ(model->index(dataRow, Model::NumberColumn).data().toString(), QStringLiteral("110-0001"));
    EXPECT_EQ(model->index(dataRow, Model::DepartmentColumn).data().toString(), QStringLiteral("総務課"));
    EXPECT_EQ(model->index(dataRow, Model::ManagerColumn).data().toString(), QStringLiteral("山田 太郎"));
    EXPECT_EQ(model->index(dataRow, Model::SubjectCountColumn).data().toInt(), 52000);
    EXPECT_EQ(model->index(dataRow, Model::PersonalInfoColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    EXPECT_EQ(model->index(dataRow, Model::RegisteredOnColumn).data().toString(), Wareki::formatShort(stored.registeredOn));
    EXPECT_TRUE(model->index(dataRow, Model::RegisteredOnColumn).data().toString().startsWith(QLatin1Char('R')));
    EXPECT_EQ(model->index(dataRow, Model::ImportanceColumn).data().toString(), QStringLiteral("A"));

    // PC-001 is confidentiality 1 itself and holds confidentiality-3 data: effective 3, shown in italics,
    // with the reason in the tooltip, while the editor offers its own value.
    const QModelIndex pcC = cell(pc.id, Model::ConfidentialityColumn);
    EXPECT_EQ(pcC.data(Qt::EditRole).toString(), QStringLiteral("1"));
    EXPECT_EQ(doc->classificationAt(pcC.row())->effectiveValue(QStringLiteral("C")), QStringLiteral("3"));
    EXPECT_TRUE(pcC.data(Qt::FontRole).value<QFont>().italic());
    EXPECT_TRUE(pcC.data(Qt::ToolTipRole).toString().contains(QStringLiteral("住民基本台帳データ")));
    EXPECT_FALSE(cell(data.id, Model::ConfidentialityColumn).data(Qt::FontRole).value<QFont>().italic());
    // 9 measures for 機密性3; none done yet.
    const QString measures = cell(data.id, Model::MeasuresColumn).data().toString();
    EXPECT_TRUE(measures.startsWith(QStringLiteral("0/"))) << measures.toStdString();
    EXPECT_EQ(cell(system.id, Model::SystemColumn).data().toString(), QString());
    EXPECT_FALSE(model->flags(cell(data.id, Model::UpdatedOnColumn)) & Qt::ItemIsEditable);
    EXPECT_TRUE(model->flags(cell(data.id, Model::NameColumn)) & Qt::ItemIsEditable);
    // 総務省 derives the importance: not editable.
    EXPECT_FALSE(model->flags(cell(data.id, Model::ImportanceColumn)) & Qt::ItemIsEditable);
}

TEST_F(ModelFixture, EditUndoRedoWritesTheFileAndTheHistory)
{
    const QModelIndex name = cell(pc.id, Model::NameColumn);
    doc->setPerson(QStringLiteral("山田 太郎"));
    ASSERT_TRUE(model->setData(name, QStringLiteral("窓口端末（1階）")));
    EXPECT_EQ(name.data().toString(), QStringLiteral("窓口端末（1階）"));
    EXPECT_EQ(onDisk(pc.id).name, QStringLiteral("窓口端末（1階）"));

    auto history = [&] { return RegisterStore::open(path)->history(QStringLiteral("asset"), pc.id); };
    QList<AuditEntry> h = history();
    ASSERT_EQ(h.size(), 2); // create, update
    EXPECT_EQ(h.last().action, QStringLiteral("update"));
    EXPECT_EQ(h.last().person, QStringLiteral("山田 太郎"));
    auto nameChange = [](const AuditEntry &e) {
        for (const FieldChange &c : e.changes) {
            if (c.field == QLatin1String("name"))
                return c;
        }
        return FieldChange{};
    };
    EXPECT_EQ(nameChange(h.last()).oldValue.toString(), QStringLiteral("窓口端末"));
    EXPECT_EQ(nameChange(h.last()).newValue.toString(), QStringLiteral("窓口端末（1階）"));

    doc->undoStack()->undo();
    EXPECT_EQ(name.data().toString(), QStringLiteral("窓口端末"));
    EXPECT_EQ(onDisk(pc.id).name, QStringLiteral("窓口端末"));
    h = history();
    ASSERT_EQ(h.size(), 3);
    EXPECT_EQ(nameChange(h.last()).newValue.toString(), QStringLiteral("窓口端末"));

    doc->undoStack()->redo();
    EXPECT_EQ(onDisk(pc.id).name, QStringLiteral("窓口端末（1階）"));
    EXPECT_EQ(history().size(), 4);
    EXPECT_TRUE(RegisterStore::open(path)->verify().ok());
}

TEST_F(ModelFixture, RefusedEditsChangeNothingAndSayWhy)
{
    QStringList rejected;
    QObject::connect(model.get(), &AssetTableModel::editRejected, [&](const QString &m) { rejected << m; });
    EXPECT_FALSE(model->setData(cell(pc.id, Model::NameColumn), QStringLiteral("  ")));
    EXPECT_FALSE(model->setData(cell(pc.id, Model::NumberColumn), QStringLiteral("SV-001")));
    EXPECT_FALSE(model->setData(cell(pc.id, Model::ConfidentialityColumn), QStringLiteral("9")));
    EXPECT_FALSE(model->setData(cell(pc.id, Model::RetentionUntilColumn), QStringLiteral("いつか")));
    EXPECT_EQ(rejected.size(), 4);
    EXPECT_TRUE(rejected.at(1).contains(QStringLiteral("SV-001")));
    EXPECT_EQ(doc->undoStack()->count(), 0);
    EXPECT_EQ(onDisk(pc.id).number, QStringLiteral("PC-001"));
}

TEST_F(ModelFixture, DatesAreTypedInWarekiAndAnyCommonForm)
{
    const QModelIndex until = cell(data.id, Model::RetentionUntilColumn);
    ASSERT_TRUE(model->setData(until, QStringLiteral("令和20年3月31日")));
    EXPECT_EQ(onDisk(data.id).retentionUntil, QDate(2038, 3, 31));
    EXPECT_EQ(until.data().toString(), QStringLiteral("R20.3.31"));
    ASSERT_TRUE(model->setData(until, QStringLiteral("2040/4/1")));
    EXPECT_EQ(onDisk(data.id).retentionUntil, QDate(2040, 4, 1));
    ASSERT_TRUE(model->setData(until, QString()));
    EXPECT_FALSE(onDisk(data.id).retentionUntil.isValid());
}

TEST_F(ModelFixture, RaisingContentReclassifiesItsContainer)
{
    // Lower the data to confidentiality 2 and no personal information: the PC drops to B.
    const int pcRow = doc->rowOf(pc.id);
    int pcChanges = 0;
    QObject::connect(model.get(), &QAbstractItemModel::dataChanged, [&](const QModelIndex &tl, const QModelIndex &br) {
        if (tl.row() <= pcRow && br.row() >= pcRow)
            ++pcChanges;
    });
    ASSERT_TRUE(model->setData(cell(data.id, Model::PersonalInfoColumn), Qt::Unchecked, Qt::CheckStateRole));
    ASSERT_TRUE(model->setData(cell(data.id, Model::ConfidentialityColumn), QStringLiteral("2")));
    EXPECT_EQ(cell(pc.id, Model::ImportanceColumn).data().toString(), QStringLiteral("B"));
    EXPECT_GE(pcChanges, 1);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    EXPECT_EQ(cell(pc.id, Model::ImportanceColumn).data().toString(), QStringLiteral("A"));
}

TEST_F(ModelFixture, DeleteAndUndoBringBackTheAssetItsLinksAndReferences)
{
    // The paper file refers to the system as its related information system.
    Asset withSystem = doc->assetAt(doc->rowOf(paper.id));
    withSystem.systemId = system.id;
    ASSERT_TRUE(doc->execute(new EditAssetCommand(doc.get(), withSystem, QStringLiteral("systemId"))));
    EXPECT_EQ(cell(paper.id, Model::SystemColumn).data().toString(), QStringLiteral("住民記録システム"));

    ASSERT_TRUE(doc->execute(new DeleteAssetCommand(doc.get(), system.id)));
    EXPECT_EQ(doc->rowOf(system.id), -1);
    EXPECT_EQ(onDisk(paper.id).systemId, 0);
    EXPECT_EQ(RegisterStore::open(path)->links().size(), 1);

    doc->undoStack()->undo();
    ASSERT_NE(doc->rowOf(system.id), -1);
    EXPECT_EQ(onDisk(system.id).name, QStringLiteral("住民記録システム"));
    EXPECT_EQ(onDisk(paper.id).systemId, system.id);
    EXPECT_EQ(RegisterStore::open(path)->links().size(), 3);
    EXPECT_EQ(doc->links().size(), 3);
    EXPECT_TRUE(RegisterStore::open(path)->verify().ok());

    doc->undoStack()->redo();
    EXPECT_EQ(doc->rowOf(system.id), -1);
    doc->undoStack()->undo();
    EXPECT_EQ(doc->assetAt(doc->rowOf(paper.id)).systemId, system.id);
}

TEST_F(ModelFixture, InsertUndoRedoKeepsTheId)
{
    Asset extra = make(QStringLiteral("110-0099"), QStringLiteral("追加資産"), AssetKind::Software, general.id);
    auto *insert = new InsertAssetCommand(doc.get(), extra);
    ASSERT_TRUE(doc->execute(insert));
    const Id id = insert->assetId();
    ASSERT_GT(id, 0);
    ASSERT_TRUE(model->setData(cell(id, Model::NameColumn), QStringLiteral("追加資産（改）")));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    EXPECT_EQ(doc->rowOf(id), -1);
    EXPECT_THROW(onDisk(id), RuntimeError);
    doc->undoStack()->redo();
    doc->undoStack()->redo();
    EXPECT_EQ(onDisk(id).name, QStringLiteral("追加資産（改）"));
}

TEST_F(ModelFixture, RepeatedEditsOfOneFieldMergeIntoOneStep)
{
    const QModelIndex name = cell(pc.id, Model::NameColumn);
    ASSERT_TRUE(model->setData(name, QStringLiteral("A")));
    ASSERT_TRUE(model->setData(name, QStringLiteral("AB")));
    ASSERT_TRUE(model->setData(cell(pc.id, Model::MediumColumn), QStringLiteral("HDD")));
    EXPECT_EQ(doc->undoStack()->count(), 2);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    EXPECT_EQ(onDisk(pc.id).name, QStringLiteral("窓口端末"));
    // Back where it started: the step disappears.
    ASSERT_TRUE(model->setData(name, QStringLiteral("X")));
    ASSERT_TRUE(model->setData(name, QStringLiteral("窓口端末")));
    EXPECT_EQ(doc->undoStack()->count(), 0);
}

TEST_F(ModelFixture, AFailedWriteIsReportedAndDropped)
{
    QStringList failures;
    QObject::connect(doc.get(), &Document::failed, [&](const QString &m) { failures << m; });
    // Another program takes the number behind the application's back.
    {
        auto other = RegisterStore::open(path);
        Asset a = other->asset(server.id);
        a.number = QStringLiteral("TAKEN");
        other->updateAsset(a);
    }
    EXPECT_FALSE(model->setData(cell(pc.id, Model::NumberColumn), QStringLiteral("TAKEN")));
    EXPECT_EQ(failures.size(), 1);
    EXPECT_EQ(doc->undoStack()->count(), 0);
    EXPECT_EQ(cell(pc.id, Model::NumberColumn).data().toString(), QStringLiteral("PC-001"));
}

TEST_F(ModelFixture, HeaderFollowsTheLanguage)
{
    const QString before = I18n::current();
    const QModelIndex serverKind = cell(server.id, Model::KindColumn);
    int headerSignals = 0;
    QObject::connect(model.get(), &QAbstractItemModel::headerDataChanged, [&] { ++headerSignals; });

    I18n::install(QStringLiteral("en"));
    model->retranslate();
    EXPECT_EQ(model->headerData(Model::NumberColumn, Qt::Horizontal).toString(), QStringLiteral("Management number"));
    EXPECT_EQ(model->headerData(Model::KindColumn, Qt::Horizontal).toString(), QStringLiteral("Kind"));
    EXPECT_EQ(model->headerData(Model::ConfidentialityColumn, Qt::Horizontal).toString(), QStringLiteral("Confidentiality"));
    EXPECT_EQ(serverKind.data().toString(), QStringLiteral("Server"));

    I18n::install(QStringLiteral("ja"));
    model->retranslate();
    EXPECT_EQ(serverKind.data().toString(), QStringLiteral("サーバ"));
    EXPECT_NE(model->headerData(Model::ConfidentialityColumn, Qt::Horizontal).toString(), QStringLiteral("Confidentiality"));
    EXPECT_EQ(model->headerData(Model::ConfidentialityColumn, Qt::Horizontal).toString(), QStringLiteral("機密性"));
    EXPECT_EQ(headerSignals, 2);

    I18n::install(before.isEmpty() ? QStringLiteral("en") : before);
}

TEST_F(ModelFixture, RenamingASystemRepaintsTheRowsThatNameIt)
{
    Asset withSystem = doc->assetAt(doc->rowOf(paper.id));
    withSystem.systemId = system.id;
    ASSERT_TRUE(doc->execute(new EditAssetCommand(doc.get(), withSystem, QStringLiteral("systemId"))));
    const int paperRow = doc->rowOf(paper.id);
    bool repainted = false;
    QObject::connect(model.get(), &QAbstractItemModel::dataChanged,
                     [&](const QModelIndex &tl, const QModelIndex &br) {
                         if (tl.row() <= paperRow && br.row() >= paperRow && tl.column() <= Model::SystemColumn
                             && br.column() >= Model::SystemColumn)
                             repainted = true;
                     });
    ASSERT_TRUE(model->setData(cell(system.id, Model::NameColumn), QStringLiteral("新住民記録システム")));
    EXPECT_TRUE(repainted);
    EXPECT_EQ(cell(paper.id, Model::SystemColumn).data().toString(), QStringLiteral("新住民記録システム"));
}

TEST_F(ModelFixture, AFailedUndoIsReportedAndClearsTheStack)
{
    QStringList failures;
    QObject::connect(doc.get(), &Document::failed, [&](const QString &m) { failures << m; });
    ASSERT_TRUE(model->setData(cell(paper.id, Model::NameColumn), QStringLiteral("申告書（旧）")));
    // Another program deletes the row behind the application's back; undoing the edit cannot write it.
    {
        auto other = RegisterStore::open(path);
        other->deleteAsset(paper.id);
    }
    doc->undoStack()->undo(); // must not throw
    EXPECT_EQ(failures.size(), 1);
    QCoreApplication::processEvents(); // the stack is cleared once the command has returned
    EXPECT_EQ(doc->undoStack()->count(), 0);
    EXPECT_EQ(cell(paper.id, Model::NameColumn).data().toString(), QStringLiteral("申告書（旧）"));
}
