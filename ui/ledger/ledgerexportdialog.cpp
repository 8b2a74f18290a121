#include "ui/ledger/ledgerexportdialog.h"

#include "core/exceptions.h"
#include "core/ledgerexport.h"
#include "core/registerdata.h"
#include "ui/assettablemodel.h"
#include "ui/document.h"
#include "ui/ledger/departmenttree.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QVBoxLayout>

#include <algorithm>

namespace daicho {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

} // namespace

LedgerExportDialog::LedgerExportDialog(Document *document, const QStringList &shownColumns, QWidget *parent)
    : QDialog(parent),
      mDocument(document),
      mShown(shownColumns),
      mXlsx(new QRadioButton),
      mCsv(new QRadioButton),
      mAllColumns(new QRadioButton),
      mShownColumns(new QRadioButton),
      mDepartment(new QComboBox),
      mDates(new QComboBox),
      mXlsxBox(new QGroupBox),
      mPaper(new QComboBox),
      mPerDepartment(new QCheckBox),
      mCsvBox(new QGroupBox),
      mEncoding(new QComboBox),
      mCount(new QLabel)
{
    setObjectName(QStringLiteral("ledgerExportDialog"));
    setWindowTitle(tr("Export the ledger"));
    setMinimumWidth(480);

    mXlsx->setText(tr("E&xcel workbook (.xlsx), ready to print"));
    mCsv->setText(tr("&CSV (for other systems and spreadsheets)"));
    mXlsx->setChecked(true);
    auto *formats = new QButtonGroup(this);
    formats->addButton(mXlsx);
    formats->addButton(mCsv);
    const int all = int(LedgerColumns::keys(document->scheme()).size());
    mAllColumns->setText(tr("&All ledger columns (%1)").arg(all));
    mShownColumns->setText(tr("The columns the &table shows (%1)").arg(mShown.size()));
    mShownColumns->setEnabled(!mShown.isEmpty());
    mAllColumns->setChecked(true);
    auto *columns = new QButtonGroup(this);
    columns->addButton(mAllColumns);
    columns->addButton(mShownColumns);

    mDepartment->setObjectName(QStringLiteral("departmentCombo"));
    mDepartment->addItem(tr("All departments"), QString());
    mDepartment->setItemData(0, 0, kIdRole);
    // A department includes the ones under it.
    DepartmentTree::addTo(mDepartment, document->departments(), kIdRole);
    mDepartment->setToolTip(tr("A department's export includes the departments under it."));

    mDates->setObjectName(QStringLiteral("datesCombo"));
    mDates->addItem(tr("Japanese era (R7.4.1)"), int(LedgerOptions::DateStyle::Wareki));
    mDates->addItem(tr("Western (2025-04-01)"), int(LedgerOptions::DateStyle::Iso));

    mXlsxBox->setTitle(tr("Excel"));
    mPaper->setObjectName(QStringLiteral("paperCombo"));
    mPaper->addItem(tr("A4 landscape"), int(XlsxExport::Paper::A4));
    mPaper->addItem(tr("A3 landscape"), int(XlsxExport::Paper::A3));
    mPerDepartment->setObjectName(QStringLiteral("perDepartmentCheck"));
    mPerDepartment->setText(tr("One &sheet per department"));
    auto *xlsxForm = new QFormLayout(mXlsxBox);
    xlsxForm->addRow(tr("Paper"), mPaper);
    xlsxForm->addRow(QString(), mPerDepartment);

    mCsvBox->setTitle(tr("CSV"));
    mEncoding->setObjectName(QStringLiteral("encodingCombo"));
    mEncoding->addItem(tr("UTF-8 with BOM (Excel reads it as UTF-8)"), int(CsvFormat::Encoding::Utf8Bom));
    mEncoding->addItem(tr("Shift_JIS (CP932, for older systems)"), int(CsvFormat::Encoding::Cp932));
    auto *csvForm = new QFormLayout(mCsvBox);
    csvForm->addRow(tr("Encoding"), mEncoding);

    auto *formatBox = new QGroupBox(tr("Format"));
    auto *formatLayout = new QVBoxLayout(formatBox);
    formatLayout->addWidget(mXlsx);
    formatLayout->addWidget(mCsv);
    auto *contentBox = new QGroupBox(tr("Contents"));
    auto *contentForm = new QFormLayout(contentBox);
    auto *columnsLayout = new QVBoxLayout;
    columnsLayout->addWidget(mAllColumns);
    columnsLayout->addWidget(mShownColumns);
    contentForm->addRow(tr("Columns"), columnsLayout);
    contentForm->addRow(tr("Department"), mDepartment);
    contentForm->addRow(tr("Dates"), mDates);
    contentForm->addRow(QString(), mCount);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LedgerExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LedgerExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(formatBox);
    layout->addWidget(contentBox);
    layout->addWidget(mXlsxBox);
    layout->addWidget(mCsvBox);
    layout->addWidget(buttons);

    connect(mXlsx, &QRadioButton::toggled, this, &LedgerExportDialog::updateEnabled);
    connect(mDepartment, &QComboBox::currentIndexChanged, this, &LedgerExportDialog::updateEnabled);
    updateEnabled();
}

QStringList LedgerExportDialog::shownColumns(const QHeaderView *header, const ClassificationScheme &scheme)
{
    const QStringList ledger = LedgerColumns::fieldKeys(scheme);
    QStringList out;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        const QString key = AssetTableModel::fieldOf(logical);
        if (ledger.contains(key))
            out.append(key);
    }
    return out;
}

void LedgerExportDialog::updateEnabled()
{
    const bool xlsx = mXlsx->isChecked();
    mXlsxBox->setEnabled(xlsx);
    mCsvBox->setEnabled(!xlsx);
    const Id department = mDepartment->currentData(kIdRole).toLongLong();
    int count = mDocument->assetCount();
    if (department) {
        const QSet<Id> wanted = mDocument->departmentSubtree(department);
        count = int(std::count_if(mDocument->assets().cbegin(), mDocument->assets().cend(),
                                  [&](const Asset &a) { return wanted.contains(a.departmentId); }));
    }
    mCount->setText(tr("%1 asset(s)").arg(QLocale(QLocale::English).toString(count)));
}

LedgerExportDialog::Format LedgerExportDialog::format() const
{
    return mXlsx->isChecked() ? Format::Xlsx : Format::Csv;
}

LedgerOptions LedgerExportDialog::ledgerOptions() const
{
    LedgerOptions o;
    if (mShownColumns->isChecked())
        o.columns = mShown;
    o.departmentCode = mDepartment->currentData().toString();
    o.dateStyle = LedgerOptions::DateStyle(mDates->currentData().toInt());
    return o;
}

XlsxExport::Options LedgerExportDialog::xlsxOptions() const
{
    XlsxExport::Options o;
    o.paper = XlsxExport::Paper(mPaper->currentData().toInt());
    o.sheetPerDepartment = mPerDepartment->isChecked();
    for (const Department &d : mDocument->departments())
        o.departmentNames.insert(d.id, d.name);
    return o;
}

CsvFormat::Encoding LedgerExportDialog::encoding() const
{
    return CsvFormat::Encoding(mEncoding->currentData().toInt());
}

bool LedgerExportDialog::exportTo(const QString &path)
{
    const QString native = QDir::toNativeSeparators(path);
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const auto restore = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
        // The document's own contents and effective classification: what the table shows.
        RegisterData data;
        data.title = mDocument->title();
        data.departments = mDocument->departments();
        data.people = mDocument->people();
        data.places = mDocument->places();
        data.assets = mDocument->assets();
        const LedgerRows rows(data, mDocument->scheme(), mDocument->engine(), ledgerOptions()); // can throw
        if (format() == Format::Xlsx)
            LedgerExport::writeXlsx(rows, xlsxOptions(), path); // can throw FileError
        else
            LedgerExport::writeCsv(rows, encoding(), path); // ValidationError for a character Shift_JIS lacks
        mLastMessage = tr("Exported %1 asset(s) to %2.").arg(QLocale(QLocale::English).toString(qlonglong(rows.size())), native);
        return true;
    } catch (const Exception &e) {
        mLastMessage = e.message();
    }
    if (!mQuiet)
        QMessageBox::warning(this, tr("The ledger was not exported"), mLastMessage);
    return false;
}

void LedgerExportDialog::accept()
{
    const bool xlsx = format() == Format::Xlsx;
    const QString extension = xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    QString base = QFileInfo(mDocument->path()).completeBaseName();
    if (!mDepartment->currentData().toString().isEmpty())
        base += QLatin1Char('_') + mDocument->departmentName(mDepartment->currentData(kIdRole).toLongLong());
    const QString suggested = QFileInfo(mDocument->path()).absoluteDir().filePath(base + tr("_ledger") + extension);
    QString path = QFileDialog::getSaveFileName(this, tr("Export the ledger"), suggested,
                                                xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += extension;
    if (exportTo(path))
        QDialog::accept();
}

} // namespace daicho
