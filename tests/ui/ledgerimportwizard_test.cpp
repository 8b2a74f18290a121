#include "core/csvformat.h"
#include "core/ledgercolumns.h"
#include "core/xlsxexport.h"
#include "ui/assetfilterproxy.h"
#include "ui/commands/assetcommands.h"
#include "ui/departmenttree.h"
#include "ui/ledger/ledgerimportwizard.h"
#include "ui/mainwindow.h"
#include "uifixture.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace daicho;
using daicho::test::UiFixture;

namespace {

/// The CP932 fixture: a title row, a blank row, the headings on row 3, three rows. Of its
/// columns, 「担当」 is not a ledger heading, and 企画課 is not a department of the register.
const QString kFixture = QStringLiteral("ledger/wizard-cp932.csv");

struct WizardFixture : UiFixture {
    std::unique_ptr<Document> doc;
    std::unique_ptr<LedgerImportWizard> wizard;

    void SetUp() override
    {
        UiFixture::SetUp();
        doc = openDocument();
        wizard = std::make_unique<LedgerImportWizard>(doc.get());
        wizard->setQuiet(true);
        wizard->restart();
    }
    void TearDown() override
    {
        wizard.reset();
        doc.reset();
    }

    /// The mapping page's row of the file's column with this heading; -1 if none.
    int mappingRow(const QString &heading) const
    {
        for (int r = 0; r < wizard->mappingTable()->rowCount(); ++r) {
            if (wizard->mappingTable()->item(r, 1)->text() == heading)
                return r;
        }
        return -1;
    }
    QString target(const QString &heading) const
    {
        const int r = mappingRow(heading);
        return r < 0 ? QStringLiteral("<none>") : wizard->mappingCombo(r)->currentData().toString();
    }
    QString status(const QString &heading) const
    {
        const int r = mappingRow(heading);
        return r < 0 ? QString() : wizard->mappingTable()->item(r, 3)->text();
    }
    void setTarget(const QString &heading, const QString &key)
    {
        QComboBox *combo = wizard->mappingCombo(mappingRow(heading));
        ASSERT_NE(combo, nullptr);
        const int i = combo->findData(key);
        ASSERT_GE(i, 0) << key.toStdString();
        combo->setCurrentIndex(i);
    }
    bool finishEnabled() const { return wizard->currentPage()->isComplete(); }
    /// To the preview page (the dry run) from the file page.
    void toPreview()
    {
        ASSERT_EQ(wizard->currentId(), LedgerImportWizard::FilePage);
        ASSERT_TRUE(wizard->currentPage()->isComplete());
        wizard->next();
        ASSERT_EQ(wizard->currentId(), LedgerImportWizard::MappingPage);
        wizard->next();
        ASSERT_EQ(wizard->currentId(), LedgerImportWizard::PreviewPage);
    }
    bool hasProblem(const QString &column, const QString &value) const
    {
        for (const ImportProblem &p : wizard->dryRun().problems) {
            if (p.column == column && p.value.contains(value))
                return true;
        }
        return false;
    }
    int departmentCount() const { return int(doc->store().load().departments.size()); }
};

} // namespace

TEST_F(WizardFixture, ReadsTheCsvAndRecognisesTheHeadings)
{
    EXPECT_FALSE(wizard->currentPage()->isComplete()); // no file yet
    ASSERT_TRUE(wizard->openFile(test::dataPath(kFixture)));
    EXPECT_TRUE(wizard->isCsv());
    EXPECT_EQ(wizard->csvEncoding(), CsvFormat::Encoding::Cp932);
    EXPECT_EQ(wizard->rows().size(), 6);
    EXPECT_TRUE(wizard->findChild<QLabel *>(QStringLiteral("fileInfo"))->text().contains(QStringLiteral("CP932")));
    EXPECT_TRUE(wizard->currentPage()->isComplete());
    // The department combo: none (the file says) and every department of the register.
    EXPECT_EQ(wizard->departmentCombo()->count(), 4);
    EXPECT_EQ(wizard->departmentCombo()->currentData().toString(), QString());

    wizard->next();
    ASSERT_EQ(wizard->currentId(), LedgerImportWizard::MappingPage);
    EXPECT_EQ(wizard->headerRowSpin()->value(), 3); // below the title and the blank row
    ASSERT_EQ(wizard->mappingTable()->rowCount(), 9);
    EXPECT_EQ(target(QStringLiteral("管理番号")), QStringLiteral("number"));
    EXPECT_EQ(target(QStringLiteral("所属")), QStringLiteral("departmentId"));
    EXPECT_EQ(target(QStringLiteral("情報資産名称")), QStringLiteral("name"));
    EXPECT_EQ(target(QStringLiteral("機密性")), QStringLiteral("confidentiality"));
    EXPECT_EQ(target(QStringLiteral("登録日")), QStringLiteral("registeredOn"));
    EXPECT_EQ(target(QStringLiteral("関連システム")), QStringLiteral("systemId"));
    EXPECT_EQ(target(QStringLiteral("担当")), QString()); // unknown
    EXPECT_EQ(status(QStringLiteral("担当")), QStringLiteral("Unknown: choose a ledger column"));
    EXPECT_EQ(status(QStringLiteral("管理番号")), QStringLiteral("Recognised from the heading"));
    // Samples: the first three rows below the header, headed by their row numbers.
    EXPECT_EQ(wizard->mappingTable()->horizontalHeaderItem(4)->text(), QStringLiteral("Row 4"));
    EXPECT_EQ(wizard->mappingTable()->item(mappingRow(QStringLiteral("情報資産名称")), 4)->text(), QStringLiteral("職員名簿"));
    EXPECT_EQ(wizard->mappingTable()->item(mappingRow(QStringLiteral("担当")), 4)->text(), QStringLiteral("山田 太郎"));
    EXPECT_EQ(wizard->mappingTable()->item(0, 0)->text(), QStringLiteral("A"));
    EXPECT_EQ(LedgerImportWizard::columnLetter(26), QStringLiteral("AA"));

    // A doubled target is flagged on both columns.
    setTarget(QStringLiteral("担当"), QStringLiteral("name"));
    EXPECT_EQ(status(QStringLiteral("担当")), QStringLiteral("Twice: another column has the same target"));
    EXPECT_EQ(status(QStringLiteral("情報資産名称")), QStringLiteral("Twice: another column has the same target"));
    EXPECT_EQ(status(QStringLiteral("管理番号")), QStringLiteral("Recognised from the heading"));
}

TEST_F(WizardFixture, ProblemsBlockFinishingAndNothingIsWritten)
{
    ASSERT_TRUE(wizard->openFile(test::dataPath(kFixture)));
    toPreview();
    const LedgerImportResult &r = wizard->dryRun();
    EXPECT_FALSE(r.ok());
    EXPECT_TRUE(hasProblem(QStringLiteral("担当"), QStringLiteral("担当")));  // unknown column
    EXPECT_TRUE(hasProblem(QStringLiteral("所属"), QStringLiteral("企画課"))); // unknown department
    EXPECT_EQ(wizard->problemsView()->model()->rowCount(), r.problems.size());
    // The preview numbers its rows as the file does and tints the row of 企画課.
    QTableWidget *preview = wizard->previewTable();
    ASSERT_EQ(preview->rowCount(), 3);
    EXPECT_EQ(preview->verticalHeaderItem(0)->text(), QStringLiteral("4"));
    EXPECT_EQ(preview->verticalHeaderItem(2)->text(), QStringLiteral("6"));
    EXPECT_EQ(preview->item(1, 0)->background().style(), Qt::NoBrush);
    EXPECT_NE(preview->item(2, 0)->background().style(), Qt::NoBrush);
    EXPECT_FALSE(finishEnabled());
    EXPECT_TRUE(wizard->findChild<QAbstractButton *>(QStringLiteral("saveProblemsButton"))->isEnabled());

    wizard->accept(); // as if Finish could be pressed: it cannot import
    EXPECT_EQ(wizard->importedCount(), -1);
    EXPECT_EQ(doc->assetCount(), 5);
    EXPECT_EQ(doc->store().load().assets.size(), 5);
}

TEST_F(WizardFixture, SavesTheProblemsAsCsv)
{
    ASSERT_TRUE(wizard->openFile(test::dataPath(kFixture)));
    toPreview();
    const QString report = dir.path(QStringLiteral("problems.csv"));
    ASSERT_TRUE(wizard->saveProblems(report));
    QFile f(report);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    CsvFormat::Encoding encoding = CsvFormat::Encoding::Cp932;
    const QList<QStringList> rows = CsvFormat::read(f.readAll(), &encoding);
    EXPECT_EQ(encoding, CsvFormat::Encoding::Utf8Bom);
    ASSERT_EQ(rows.size(), wizard->dryRun().problems.size() + 1);
    EXPECT_EQ(rows.first(), (QStringList{QStringLiteral("Row"), QStringLiteral("Column"), QStringLiteral("Value"),
                                         QStringLiteral("Reason")}));
    bool department = false;
    for (const QStringList &row : rows.mid(1)) {
        ASSERT_EQ(row.size(), 4);
        if (row.at(1) == QStringLiteral("所属") && row.at(2) == QStringLiteral("企画課")) {
            department = true;
            EXPECT_EQ(row.at(0), QStringLiteral("6")); // the file's row of 企画課
            EXPECT_FALSE(row.at(3).isEmpty());
        }
    }
    EXPECT_TRUE(department);

    // A folder that does not exist: false, a message, no file.
    const QString bad = dir.path(QStringLiteral("missing/problems.csv"));
    EXPECT_FALSE(wizard->saveProblems(bad));
    EXPECT_TRUE(wizard->lastMessage().contains(QStringLiteral("missing")));
    EXPECT_FALSE(QFile::exists(bad));
}

TEST_F(WizardFixture, CorrectingTheMappingAndOptionsImportsEverything)
{
    // An edit before the import: it stays undoable afterwards.
    Asset extra = UiFixture::make(QStringLiteral("X-001"), QStringLiteral("追加資産"), AssetKind::InformationPaper, general.id);
    extra.segment = NetworkSegment::NotApplicable;
    auto *insert = new InsertAssetCommand(doc.get(), extra);
    ASSERT_TRUE(doc->execute(insert));
    const Id extraId = insert->assetId();
    ASSERT_EQ(doc->undoStack()->count(), 1);
    // The wizard reads the register when it starts: make it again after the edit.
    wizard = std::make_unique<LedgerImportWizard>(doc.get());
    wizard->setQuiet(true);
    wizard->restart();

    ASSERT_TRUE(wizard->openFile(test::dataPath(kFixture)));
    toPreview();
    EXPECT_FALSE(wizard->dryRun().ok());
    const qsizetype before = wizard->dryRun().problems.size();

    // Back: 「担当」 is the manager. That problem goes; the unknown department stays.
    wizard->back();
    ASSERT_EQ(wizard->currentId(), LedgerImportWizard::MappingPage);
    setTarget(QStringLiteral("担当"), QStringLiteral("managerId"));
    EXPECT_EQ(status(QStringLiteral("担当")), QStringLiteral("Chosen"));
    wizard->next();
    EXPECT_EQ(wizard->dryRun().problems.size(), before - 1);
    EXPECT_FALSE(hasProblem(QStringLiteral("担当"), QStringLiteral("担当")));
    EXPECT_TRUE(hasProblem(QStringLiteral("所属"), QStringLiteral("企画課")));
    EXPECT_FALSE(finishEnabled());

    // Back to the first page: new departments are allowed. The mapping is kept.
    wizard->back();
    wizard->back();
    ASSERT_EQ(wizard->currentId(), LedgerImportWizard::FilePage);
    wizard->createMissingCheck()->setChecked(true);
    wizard->next();
    EXPECT_EQ(target(QStringLiteral("担当")), QStringLiteral("managerId"));
    wizard->next();
    const LedgerImportResult &r = wizard->dryRun();
    ASSERT_TRUE(r.ok()) << r.problems.value(0).reason.toStdString();
    EXPECT_EQ(r.assets.size(), 3);
    ASSERT_EQ(r.newDepartments.size(), 1);
    EXPECT_EQ(r.newDepartments.first().name, QStringLiteral("企画課"));
    EXPECT_TRUE(finishEnabled());
    EXPECT_TRUE(wizard->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("企画課")));
    // The preview: the three rows in ledger columns, the system and manager by name.
    QTableWidget *preview = wizard->previewTable();
    ASSERT_EQ(preview->rowCount(), 3);
    int nameCol = -1, systemCol = -1, managerCol = -1;
    const ClassificationScheme &scheme = doc->scheme();
    for (int c = 0; c < preview->columnCount(); ++c) {
        const QString h = preview->horizontalHeaderItem(c)->text();
        if (h == LedgerColumns::header(QStringLiteral("name"), scheme))
            nameCol = c;
        if (h == LedgerColumns::header(QStringLiteral("systemId"), scheme))
            systemCol = c;
        if (h == LedgerColumns::header(QStringLiteral("managerId"), scheme))
            managerCol = c;
    }
    ASSERT_GE(nameCol, 0);
    ASSERT_GE(systemCol, 0);
    ASSERT_GE(managerCol, 0);
    EXPECT_EQ(preview->item(0, nameCol)->text(), QStringLiteral("職員名簿"));
    EXPECT_EQ(preview->item(0, systemCol)->text(), QStringLiteral("住民記録システム"));
    EXPECT_EQ(preview->item(0, managerCol)->text(), QStringLiteral("山田 太郎"));
    EXPECT_EQ(preview->item(2, nameCol)->text(), QStringLiteral("計画書 （第2次）")); // a line break, shown on one line

    wizard->accept();
    EXPECT_EQ(wizard->importedCount(), 3);
    EXPECT_EQ(wizard->result(), QDialog::Accepted);
    EXPECT_TRUE(wizard->lastMessage().contains(QStringLiteral("3 asset(s) were imported")));
    // In the document at once, and on disk.
    EXPECT_EQ(doc->assetCount(), 9);
    const Department *planning = nullptr;
    for (const Department &d : doc->departments()) {
        if (d.name == QStringLiteral("企画課"))
            planning = &d;
    }
    ASSERT_NE(planning, nullptr);
    Id w1 = 0, w3 = 0;
    for (const Asset &a : doc->assets()) {
        if (a.number == QStringLiteral("W-001"))
            w1 = a.id;
        if (a.number == QStringLiteral("W-003"))
            w3 = a.id;
    }
    ASSERT_NE(w1, 0);
    ASSERT_NE(w3, 0);
    EXPECT_EQ(doc->asset(w1)->managerId, yamada.id);
    EXPECT_EQ(doc->asset(w1)->systemId, system.id);
    EXPECT_EQ(doc->asset(w1)->registeredOn, QDate(2025, 4, 1));
    EXPECT_EQ(doc->asset(w3)->departmentId, planning->id);
    EXPECT_NE(doc->classificationAt(doc->rowOf(w1)), nullptr);
    EXPECT_EQ(doc->store().load().assets.size(), 9);

    // The edit before the import is still on the stack and undoes; the imported rows stay.
    ASSERT_EQ(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    EXPECT_EQ(doc->asset(extraId), nullptr);
    EXPECT_EQ(doc->assetCount(), 8);
    EXPECT_NE(doc->asset(w1), nullptr);
    doc->undoStack()->redo();
    EXPECT_NE(doc->asset(extraId), nullptr);
}

TEST_F(WizardFixture, CancelOrAFailedImportChangesNothing)
{
    ASSERT_TRUE(wizard->openFile(test::dataPath(kFixture)));
    wizard->createMissingCheck()->setChecked(true);
    wizard->unknownToNotesCheck()->setChecked(true);
    toPreview();
    ASSERT_TRUE(wizard->dryRun().ok());
    EXPECT_TRUE(finishEnabled());
    const int departments = departmentCount();

    // Cancel.
    wizard->reject();
    EXPECT_EQ(doc->assetCount(), 5);
    EXPECT_EQ(departmentCount(), departments);

    // A failed import: between the dry run and the import, W-003 appeared in the file
    // (another window, say). The import stops at it and rolls back everything.
    wizard->restart();
    toPreview();
    ASSERT_TRUE(wizard->dryRun().ok());
    Asset late = UiFixture::make(QStringLiteral("W-003"), QStringLiteral("別の窓から"), AssetKind::InformationPaper, tax.id);
    late.segment = NetworkSegment::NotApplicable;
    doc->store().insertAsset(late);
    wizard->accept();
    EXPECT_EQ(wizard->importedCount(), -1);
    EXPECT_FALSE(wizard->lastMessage().isEmpty());
    EXPECT_NE(wizard->result(), QDialog::Accepted);
    EXPECT_EQ(doc->assetCount(), 5); // the document did not reload
    const RegisterData onDisk = doc->store().load();
    EXPECT_EQ(onDisk.assets.size(), 6); // the five and the late one, no row of the file
    EXPECT_EQ(onDisk.departments.size(), departments);
}

TEST_F(WizardFixture, RefusesWhatItCannotRead)
{
    EXPECT_FALSE(wizard->openFile(dir.path(QStringLiteral("none.csv"))));
    EXPECT_FALSE(wizard->lastMessage().isEmpty());
    EXPECT_TRUE(wizard->filePath().isEmpty());

    const QString xls = dir.path(QStringLiteral("old.xls"));
    QFile f(xls);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromHex("D0CF11E0A1B11AE1") + QByteArray(504, '\0'));
    f.close();
    EXPECT_FALSE(wizard->openFile(xls));
    EXPECT_TRUE(wizard->lastMessage().contains(QStringLiteral(".xls")));

    // A damaged workbook: the reader's message, and the file read before stays.
    ASSERT_TRUE(wizard->openFile(test::dataPath(kFixture)));
    EXPECT_FALSE(wizard->openFile(test::dataPath(QStringLiteral("ledger/damaged-truncated-xml.xlsx"))));
    EXPECT_EQ(wizard->filePath(), test::dataPath(kFixture));
    EXPECT_EQ(wizard->rows().size(), 6);
}

TEST_F(UiFixture, LedgerImportWizardReadsAnExportedWorkbookIntoAnotherRegister)
{
    // The fixture register exported as Daicho writes it: one sheet per department, the title,
    // 所属 and 基準日 above the headings, and the effective (computed) columns.
    auto source = openDocument();
    RegisterData data = source->store().load();
    const LedgerTable table = LedgerColumns::build(data, source->scheme(), source->engine(), {});
    XlsxExport::Options options;
    options.sheetPerDepartment = true;
    for (const Department &d : data.departments)
        options.departmentNames.insert(d.id, d.name);
    const QString workbook = dir.path(QStringLiteral("ledger.xlsx"));
    XlsxExport::write(table, options, workbook);

    // Another register with the same departments and person, and no assets.
    const QString otherPath = dir.path(QStringLiteral("other.daicho"));
    {
        auto store = RegisterStore::create(otherPath, ClassificationScheme::preset(QStringLiteral("soumu")).toJson(),
                                           QStringLiteral("別の台帳"));
        for (Department d : data.departments) {
            d.id = 0;
            d.parentId = d.code == QStringLiteral("110") ? 1 : 0; // 総務部 is inserted first
            store->insertDepartment(d);
        }
        Person p{0, QStringLiteral("山田 太郎"), 2, {}};
        store->insertPerson(p);
    }
    auto other = Document::open(otherPath);
    LedgerImportWizard wizard(other.get());
    wizard.setQuiet(true);
    wizard.restart();
    ASSERT_TRUE(wizard.openFile(workbook));
    EXPECT_FALSE(wizard.isCsv());
    ASSERT_EQ(wizard.sheets().size(), 2); // 総務課 and 税務課 have assets
    EXPECT_TRUE(wizard.sheetCombo()->isEnabled());
    EXPECT_EQ(wizard.sheetCombo()->currentIndex(), 0); // both have headings: the first
    const int general = wizard.sheets().at(0).name == QStringLiteral("総務課") ? 0 : 1;
    ASSERT_EQ(wizard.sheets().at(general).name, QStringLiteral("総務課"));
    wizard.sheetCombo()->setCurrentIndex(general);
    wizard.next();
    EXPECT_EQ(wizard.headerRowSpin()->value(), XlsxExport::kHeaderRow + 1);
    // The computed columns are recognised and left out.
    bool computed = false;
    for (int r = 0; r < wizard.mappingTable()->rowCount(); ++r) {
        if (wizard.mappingTable()->item(r, 3)->text() == QStringLiteral("Computed column: not imported")) {
            computed = true;
            EXPECT_EQ(wizard.mappingCombo(r)->currentData().toString(), QStringLiteral("-"));
        }
    }
    EXPECT_TRUE(computed);
    wizard.next();
    ASSERT_TRUE(wizard.dryRun().ok()) << wizard.dryRun().problems.value(0).reason.toStdString();
    EXPECT_EQ(wizard.dryRun().assets.size(), 3); // 総務課: the data, the PC and the system
    wizard.accept();
    EXPECT_EQ(wizard.importedCount(), 3);
    EXPECT_EQ(other->assetCount(), 3);

    // The second sheet next (税務課).
    LedgerImportWizard second(other.get());
    second.setQuiet(true);
    second.restart();
    ASSERT_TRUE(second.openFile(workbook));
    second.sheetCombo()->setCurrentIndex(1 - general);
    second.next();
    second.next();
    ASSERT_TRUE(second.dryRun().ok()) << second.dryRun().problems.value(0).reason.toStdString();
    second.accept();
    EXPECT_EQ(second.importedCount(), 2);
    EXPECT_EQ(other->assetCount(), 5);
}

TEST_F(UiFixture, MainWindowShowsAnImportAtOnceAndOffersTheLedgerActions)
{
    MainWindow window;
    window.setQuiet(true);
    ASSERT_TRUE(window.openFile(path));
    auto *importAction = window.findChild<QAction *>(QStringLiteral("importLedgerAction"));
    auto *exportAction = window.findChild<QAction *>(QStringLiteral("exportLedgerAction"));
    ASSERT_NE(importAction, nullptr);
    ASSERT_NE(exportAction, nullptr);
    EXPECT_TRUE(importAction->isEnabled());
    EXPECT_TRUE(exportAction->isEnabled());
    EXPECT_EQ(window.tableView()->model()->rowCount(), 5);

    Document *document = window.document();
    const RegisterData existing = document->store().load();
    QFile f(test::dataPath(kFixture));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    LedgerImportOptions options;
    options.createMissing = true;
    options.unknownColumnsToNotes = true;
    const LedgerImportResult result = LedgerImport::read(CsvFormat::read(f.readAll()), existing, document->scheme(), options);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(document->importLedger(existing, result), 3);
    EXPECT_EQ(window.document(), document); // the same document, read again
    EXPECT_EQ(window.tableView()->model()->rowCount(), 8);
    auto *tree = window.findChild<DepartmentTree *>();
    ASSERT_NE(tree, nullptr);
    EXPECT_FALSE(tree->findItems(QStringLiteral("企画課"), Qt::MatchContains | Qt::MatchRecursive).isEmpty());
    // The filters and the table work on the new rows.
    window.proxy()->setDepartment(result.newDepartments.isEmpty() ? 0 : document->departments().last().id);
    EXPECT_EQ(window.tableView()->model()->rowCount(), 1);
}
