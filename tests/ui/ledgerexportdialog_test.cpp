#include "core/csvformat.h"
#include "core/ledgercolumns.h"
#include "core/xlsxexport.h"
#include "core/xlsxreader.h"
#include "ui/assettablemodel.h"
#include "ui/ledger/ledgerexportdialog.h"
#include "uifixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QRadioButton>
#include <QTableView>

using namespace daicho;
using daicho::test::UiFixture;

namespace {

struct ExportFixture : UiFixture {
    std::unique_ptr<Document> doc;

    void SetUp() override
    {
        UiFixture::SetUp();
        doc = openDocument();
    }
    void TearDown() override { doc.reset(); }

    QByteArray read(const QString &file) const
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    void choose(QComboBox *combo, const QVariant &data)
    {
        const int i = combo->findData(data);
        ASSERT_GE(i, 0);
        combo->setCurrentIndex(i);
    }
    /// Everything in the test's folder but the register (and its SQLite companions).
    QStringList strayFiles() const
    {
        QStringList out;
        for (const QString &name : QDir(dir.path(QString())).entryList(QDir::Files | QDir::NoDotAndDotDot)) {
            if (!name.startsWith(QStringLiteral("register.daicho")))
                out.append(name);
        }
        return out;
    }
};

} // namespace

TEST_F(ExportFixture, WritesAnExcelWorkbookPerDepartment)
{
    LedgerExportDialog dialog(doc.get(), {});
    dialog.setQuiet(true);
    EXPECT_TRUE(dialog.xlsxButton()->isChecked());
    EXPECT_FALSE(dialog.shownColumnsButton()->isEnabled()); // no table columns given
    choose(dialog.paperCombo(), int(XlsxExport::Paper::A3));
    dialog.perDepartmentCheck()->setChecked(true);
    EXPECT_EQ(dialog.xlsxOptions().paper, XlsxExport::Paper::A3);

    const QString out = dir.path(QStringLiteral("台帳.xlsx"));
    ASSERT_TRUE(dialog.exportTo(out)) << dialog.lastMessage().toStdString();
    EXPECT_TRUE(dialog.lastMessage().contains(QStringLiteral("5 asset(s)")));
    const QList<SpreadsheetSheet> sheets = XlsxReader::read(out);
    ASSERT_EQ(sheets.size(), 2);
    QHash<QString, qsizetype> rows;
    for (const SpreadsheetSheet &s : sheets)
        rows.insert(s.name, s.rows.size());
    const int header = XlsxExport::kHeaderRow;
    EXPECT_EQ(rows.value(QStringLiteral("総務課")), header + 1 + 3);
    EXPECT_EQ(rows.value(QStringLiteral("税務課")), header + 1 + 2);
    ASSERT_GT(sheets.at(0).rows.size(), header);
    const QStringList &headings = sheets.at(0).rows.at(header);
    EXPECT_EQ(headings.size(), LedgerColumns::keys(doc->scheme()).size());
    EXPECT_EQ(headings.first(), LedgerColumns::header(QStringLiteral("number"), doc->scheme()));
    EXPECT_EQ(strayFiles(), QStringList{QStringLiteral("台帳.xlsx")}); // no temporary file left
}

TEST_F(ExportFixture, WritesTheTablesColumnsOfOneDepartmentAsShiftJis)
{
    // The table shows 名称 first, then 管理番号 and 登録日; everything else is hidden.
    AssetTableModel model(doc.get());
    QTableView view;
    view.setModel(&model);
    QHeaderView *header = view.horizontalHeader();
    for (int c = 0; c < AssetTableModel::ColumnCount; ++c) {
        if (c != AssetTableModel::NameColumn && c != AssetTableModel::NumberColumn
            && c != AssetTableModel::RegisteredOnColumn && c != AssetTableModel::FindingsColumn)
            header->setSectionHidden(c, true);
    }
    header->moveSection(header->visualIndex(AssetTableModel::NameColumn), 0);
    header->moveSection(header->visualIndex(AssetTableModel::FindingsColumn), 1);
    const QStringList shown = LedgerExportDialog::shownColumns(header, doc->scheme());
    EXPECT_EQ(shown, (QStringList{QStringLiteral("name"), QStringLiteral("number"), QStringLiteral("registeredOn")}));

    Asset pcRow = *doc->asset(pc.id);
    pcRow.registeredOn = QDate(2025, 4, 1);
    doc->updateAsset(pcRow);

    LedgerExportDialog dialog(doc.get(), shown);
    dialog.setQuiet(true);
    dialog.csvButton()->setChecked(true);
    dialog.shownColumnsButton()->setChecked(true);
    choose(dialog.departmentCombo(), QStringLiteral("100")); // 総務部 and 総務課 under it
    choose(dialog.encodingCombo(), int(CsvFormat::Encoding::Cp932));
    choose(dialog.datesCombo(), int(LedgerOptions::DateStyle::Iso));
    const QString out = dir.path(QStringLiteral("ledger.csv"));
    ASSERT_TRUE(dialog.exportTo(out)) << dialog.lastMessage().toStdString();

    CsvFormat::Encoding encoding = CsvFormat::Encoding::Utf8Bom;
    const QList<QStringList> rows = CsvFormat::read(read(out), &encoding);
    EXPECT_EQ(encoding, CsvFormat::Encoding::Cp932);
    ASSERT_EQ(rows.size(), 4); // the header and 総務課's three assets
    EXPECT_EQ(rows.at(0), (QStringList{LedgerColumns::header(QStringLiteral("name"), doc->scheme()),
                                       LedgerColumns::header(QStringLiteral("number"), doc->scheme()),
                                       LedgerColumns::header(QStringLiteral("registeredOn"), doc->scheme())}));
    EXPECT_TRUE(rows.contains(QStringList{QStringLiteral("窓口端末"), QStringLiteral("PC-001"), QStringLiteral("2025-04-01")}));

    // 和暦 by default.
    choose(dialog.datesCombo(), int(LedgerOptions::DateStyle::Wareki));
    ASSERT_TRUE(dialog.exportTo(out));
    EXPECT_TRUE(CsvFormat::read(read(out)).contains(
        QStringList{QStringLiteral("窓口端末"), QStringLiteral("PC-001"), QStringLiteral("R7.4.1")}));
}

TEST_F(ExportFixture, ACharacterShiftJisLacksIsReportedAndNothingIsWritten)
{
    Asset row = *doc->asset(paper.id);
    row.name = QStringLiteral("申告書（4月〜6月）"); // U+301C WAVE DASH: not in CP932
    doc->updateAsset(row);
    LedgerExportDialog dialog(doc.get(), {});
    dialog.setQuiet(true);
    dialog.csvButton()->setChecked(true);
    choose(dialog.encodingCombo(), int(CsvFormat::Encoding::Cp932));

    const QString out = dir.path(QStringLiteral("ledger.csv"));
    EXPECT_FALSE(dialog.exportTo(out));
    EXPECT_TRUE(dialog.lastMessage().contains(QStringLiteral("〜"))) << dialog.lastMessage().toStdString();
    EXPECT_FALSE(QFile::exists(out));
    EXPECT_TRUE(strayFiles().isEmpty());

    // An existing file stays as it was.
    {
        QFile f(out);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    EXPECT_FALSE(dialog.exportTo(out));
    EXPECT_EQ(read(out), QByteArray("old"));

    // In UTF-8 the same ledger is written.
    choose(dialog.encodingCombo(), int(CsvFormat::Encoding::Utf8Bom));
    ASSERT_TRUE(dialog.exportTo(out));
    EXPECT_TRUE(QString::fromUtf8(read(out)).contains(QStringLiteral("申告書（4月〜6月）")));
}

TEST_F(ExportFixture, AFolderThatCannotBeWrittenIsReported)
{
    LedgerExportDialog dialog(doc.get(), {});
    dialog.setQuiet(true);
    for (const bool xlsx : {true, false}) {
        (xlsx ? dialog.xlsxButton() : dialog.csvButton())->setChecked(true);
        EXPECT_EQ(dialog.format(), xlsx ? LedgerExportDialog::Format::Xlsx : LedgerExportDialog::Format::Csv);
        const QString out = dir.path(xlsx ? QStringLiteral("missing/ledger.xlsx") : QStringLiteral("missing/ledger.csv"));
        EXPECT_FALSE(dialog.exportTo(out));
        EXPECT_TRUE(dialog.lastMessage().contains(QStringLiteral("missing"))) << dialog.lastMessage().toStdString();
        EXPECT_FALSE(QFile::exists(out));
    }
    EXPECT_TRUE(strayFiles().isEmpty());
}
