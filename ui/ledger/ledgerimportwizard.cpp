#include "ui/ledger/ledgerimportwizard.h"

#include "core/classificationengine.h"
#include "core/exceptions.h"
#include "core/ledgercolumns.h"
#include "db/registerstore.h"
#include "ui/document.h"
#include "ui/ledger/departmenttree.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace daicho {

namespace {

constexpr int kPreviewRows = 100;
constexpr int kSampleRows = 3;
const QString kIgnore = QStringLiteral("-");

/// A wizard page whose completeness and set-up are the wizard's (it holds the state).
class Page : public QWizardPage {
public:
    std::function<bool()> complete;
    std::function<void()> initialize;

    bool isComplete() const override { return complete ? complete() : true; }
    void initializePage() override
    {
        if (initialize)
            initialize();
    }
    void changed() { emit completeChanged(); }
};

/// Restores the cursor however the scope is left.
struct WaitCursor {
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

bool isBlank(const QStringList &row)
{
    for (const QString &c : row) {
        if (!c.trimmed().isEmpty())
            return false;
    }
    return true;
}

QString shortText(const QString &text, int max = 40)
{
    const QString s = text.simplified();
    return s.size() > max ? s.left(max - 1) + QChar(0x2026) : s;
}

/// A count as 公用文 writes it: 1,234.
QString number(qsizetype n)
{
    return QLocale(QLocale::English).toString(qlonglong(n));
}

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

enum MappingColumn { LetterCol, HeadingCol, TargetCol, StatusCol, FirstSampleCol };

} // namespace

/// The problems of the dry run (行, 列, 値, 理由); a model, since a broken file can have
/// a problem in every cell.
class ImportProblemModel : public QAbstractTableModel {
    Q_DECLARE_TR_FUNCTIONS(daicho::LedgerImportWizard)
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setProblems(const QList<ImportProblem> &problems)
    {
        beginResetModel();
        mProblems = problems;
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(mProblems.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 4; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= mProblems.size())
            return {};
        const ImportProblem &p = mProblems.at(index.row());
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            switch (index.column()) {
            case 0:
                return p.row ? QVariant(p.row) : QVariant(tr("(file)"));
            case 1:
                return p.column;
            case 2:
                return role == Qt::DisplayRole ? shortText(p.value) : p.value;
            default:
                return p.reason;
            }
        }
        if (role == Qt::TextAlignmentRole && index.column() == 0)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case 0:
            return tr("Row");
        case 1:
            return tr("Column");
        case 2:
            return tr("Value");
        default:
            return tr("Reason");
        }
    }

private:
    QList<ImportProblem> mProblems;
};

LedgerImportWizard::LedgerImportWizard(Document *document, QWidget *parent)
    : QWizard(parent),
      mDocument(document),
      mExisting(document->store().load()), // can throw
      mPathEdit(new QLineEdit),
      mFileInfo(new QLabel),
      mSheet(new QComboBox),
      mDepartment(new QComboBox),
      mCreateMissing(new QCheckBox),
      mNumberMissing(new QCheckBox),
      mUnknownToNotes(new QCheckBox),
      mHeaderRow(new QSpinBox),
      mHeaderInfo(new QLabel),
      mMapping(new QTableWidget),
      mMappingInfo(new QLabel),
      mSummary(new QLabel),
      mPreview(new QTableWidget),
      mProblemsLabel(new QLabel),
      mProblems(new QTableView),
      mProblemModel(new ImportProblemModel(this)),
      mSaveProblems(new QPushButton)
{
    setObjectName(QStringLiteral("ledgerImportWizard"));
    setWindowTitle(tr("Import a ledger"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setPage(FilePage, createFilePage());
    setPage(MappingPage, createMappingPage());
    setPage(PreviewPage, createPreviewPage());
    setStartId(FilePage);
    resize(1120, 720);
}

LedgerImportWizard::~LedgerImportWizard() = default;

// ---------------------------------------------------------------- pages

QWizardPage *LedgerImportWizard::createFilePage()
{
    auto *page = new Page;
    page->setTitle(tr("File"));
    page->setSubTitle(tr("Choose the Excel workbook (.xlsx) or CSV file of the ledger, its sheet and the department "
                         "the assets belong to."));
    page->complete = [this] { return !mSheets.isEmpty() && !rows().isEmpty(); };

    mPathEdit->setObjectName(QStringLiteral("pathEdit"));
    mPathEdit->setReadOnly(true);
    mPathEdit->setPlaceholderText(tr("No file chosen"));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, &LedgerImportWizard::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(mPathEdit, 1);
    pathRow->addWidget(browse);
    mFileInfo->setObjectName(QStringLiteral("fileInfo"));
    mFileInfo->setWordWrap(true);

    mSheet->setObjectName(QStringLiteral("sheetCombo"));
    mSheet->setEnabled(false);
    connect(mSheet, &QComboBox::currentIndexChanged, this, &LedgerImportWizard::chooseSheet);
    mDepartment->setObjectName(QStringLiteral("departmentCombo"));
    mDepartment->setToolTip(tr("Rows without a department get this one; rows of other departments must be under it."));
    fillDepartments();

    mCreateMissing->setText(tr("Add &departments and staff the register does not have yet"));
    mCreateMissing->setToolTip(tr("New departments go under the department chosen above; new staff into the row's department."));
    mNumberMissing->setText(tr("Number rows without a &management number (continuing the register's numbering)"));
    mUnknownToNotes->setText(tr("Add the values of &unknown columns to the notes (「heading: value」)"));
    for (QCheckBox *box : {mCreateMissing, mNumberMissing, mUnknownToNotes})
        connect(box, &QCheckBox::toggled, this, [this] { mResultCurrent = false; });
    mCreateMissing->setObjectName(QStringLiteral("createMissingCheck"));
    mNumberMissing->setObjectName(QStringLiteral("numberMissingCheck"));
    mUnknownToNotes->setObjectName(QStringLiteral("unknownToNotesCheck"));
    connect(mDepartment, &QComboBox::currentIndexChanged, this, [this] { mResultCurrent = false; });

    auto *form = new QFormLayout;
    form->addRow(tr("Ledger file"), pathRow);
    form->addRow(QString(), mFileInfo);
    form->addRow(tr("Sheet"), mSheet);
    form->addRow(tr("Department"), mDepartment);
    auto *optionsBox = new QGroupBox(tr("When the file has…"));
    auto *optionsLayout = new QVBoxLayout(optionsBox);
    optionsLayout->addWidget(mCreateMissing);
    optionsLayout->addWidget(mNumberMissing);
    optionsLayout->addWidget(mUnknownToNotes);
    auto *note = new QLabel(tr("Nothing is written until the last page: the import adds every row or, if any row has a "
                               "problem, none."));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(optionsBox);
    layout->addStretch(1);
    layout->addWidget(note);
    return page;
}

QWizardPage *LedgerImportWizard::createMappingPage()
{
    auto *page = new Page;
    page->setTitle(tr("Headings and columns"));
    page->setSubTitle(tr("Check which column of the ledger each column of the file goes into, and correct it where "
                         "the heading was not recognised."));
    page->initialize = [this] {
        if (mMappedSheet != mSheet->currentIndex()) {
            resetHeaderRow();
            fillMapping();
        } else {
            updateMappingStatus(); // the unknown-columns option may have changed
        }
    };

    mHeaderRow->setObjectName(QStringLiteral("headerRowSpin"));
    mHeaderRow->setMinimum(1);
    connect(mHeaderRow, &QSpinBox::valueChanged, this, [this] {
        if (mMappedSheet >= 0 && mHeaderRow->value() != mMappedHeaderRow)
            fillMapping();
    });
    mHeaderInfo->setObjectName(QStringLiteral("headerInfo"));
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(new QLabel(tr("Row of the headings")));
    headerRow->addWidget(mHeaderRow);
    headerRow->addWidget(mHeaderInfo, 1);

    mMapping->setObjectName(QStringLiteral("mappingTable"));
    mMapping->setColumnCount(FirstSampleCol + kSampleRows);
    mMapping->verticalHeader()->hide();
    mMapping->setSelectionMode(QAbstractItemView::NoSelection);
    mMapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mMapping->horizontalHeader()->setStretchLastSection(true);
    mMapping->verticalHeader()->setDefaultSectionSize(mMapping->fontMetrics().height() + 14);
    mMappingInfo->setObjectName(QStringLiteral("mappingInfo"));
    mMappingInfo->setWordWrap(true);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(headerRow);
    layout->addWidget(mMapping, 1);
    layout->addWidget(mMappingInfo);
    return page;
}

QWizardPage *LedgerImportWizard::createPreviewPage()
{
    auto *page = new Page;
    page->setTitle(tr("Check (dry run)"));
    page->setSubTitle(tr("What the import would do with these choices. Nothing has been written yet."));
    page->setFinalPage(true);
    page->complete = [this] { return mResultCurrent && mResult.ok() && !mResult.assets.isEmpty(); };
    page->initialize = [this] { runDryRun(); };

    mSummary->setObjectName(QStringLiteral("summaryLabel"));
    mSummary->setWordWrap(true);
    mSummary->setTextFormat(Qt::PlainText);
    mPreview->setObjectName(QStringLiteral("previewTable"));
    mPreview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mPreview->setWordWrap(false);
    mPreview->verticalHeader()->setDefaultSectionSize(mPreview->fontMetrics().height() + 8);
    mProblems->setObjectName(QStringLiteral("problemsView"));
    mProblems->setModel(mProblemModel);
    mProblems->setWordWrap(false);
    mProblems->verticalHeader()->hide();
    mProblems->verticalHeader()->setDefaultSectionSize(mProblems->fontMetrics().height() + 8);
    mProblems->horizontalHeader()->setStretchLastSection(true);
    mProblems->setSelectionBehavior(QAbstractItemView::SelectRows);
    mProblemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    mSaveProblems->setObjectName(QStringLiteral("saveProblemsButton"));
    mSaveProblems->setText(tr("&Save the problems as CSV…"));
    connect(mSaveProblems, &QPushButton::clicked, this, &LedgerImportWizard::browseProblems);

    auto *previewBox = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("The first rows as the ledger will show them (numbered as in the file; "
                                           "rows with problems tinted)")));
    previewLayout->addWidget(mPreview);
    auto *problemsBox = new QWidget;
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    auto *problemsHead = new QHBoxLayout;
    problemsHead->addWidget(mProblemsLabel, 1);
    problemsHead->addWidget(mSaveProblems);
    problemsLayout->addLayout(problemsHead);
    problemsLayout->addWidget(mProblems);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(previewBox);
    splitter->addWidget(problemsBox);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(mSummary);
    layout->addWidget(splitter, 1);
    return page;
}

// ---------------------------------------------------------------- the file

const QList<QStringList> &LedgerImportWizard::rows() const
{
    static const QList<QStringList> none;
    const int i = mSheet->currentIndex();
    return i >= 0 && i < mSheets.size() ? mSheets.at(i).rows : none;
}

void LedgerImportWizard::browse()
{
    const QString start = mPath.isEmpty() ? QFileInfo(mDocument->path()).absolutePath() : QFileInfo(mPath).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the ledger file"), start,
        tr("Ledgers (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool LedgerImportWizard::openFile(const QString &path)
{
    QList<SpreadsheetSheet> sheets;
    bool csv = false;
    CsvFormat::Encoding encoding = CsvFormat::Encoding::Utf8Bom;
    try {
        const WaitCursor wait;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            throw FileError(tr("The file %1 could not be read: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        // By content, not by name: a zip is a workbook, the old binary format is refused, the rest is CSV.
        const QByteArray magic = f.peek(8);
        if (magic.startsWith("PK\x03\x04")) {
            f.close();
            sheets = XlsxReader::read(path); // can throw
        } else if (magic.startsWith("\xD0\xCF\x11\xE0")) {
            throw FileError(tr("%1 is an Excel 97–2003 workbook (.xls), which Daicho cannot read. Open it in Excel and "
                               "save it as an Excel workbook (.xlsx) or as CSV.")
                                .arg(QFileInfo(path).fileName()));
        } else {
            const QList<QStringList> rows = CsvFormat::read(f.readAll(), &encoding); // can throw
            sheets.append({QFileInfo(path).fileName(), rows});
            csv = true;
        }
    } catch (const Exception &e) {
        showMessage(tr("The file could not be read"), e.message(), true);
        return false;
    }

    mPath = path;
    mCsv = csv;
    mEncoding = encoding;
    mSheets = sheets;
    mResultCurrent = false;
    mMappedSheet = -1;
    mPathEdit->setText(QDir::toNativeSeparators(path));
    // The first sheet with a header row is the ledger; the cover and notes sheets come first in many workbooks.
    int chosen = 0;
    for (int i = 0; i < mSheets.size(); ++i) {
        if (LedgerImport::findHeaderRow(mSheets.at(i).rows, mDocument->scheme()) > 0) {
            chosen = i;
            break;
        }
    }
    {
        const QSignalBlocker block(mSheet);
        mSheet->clear();
        for (const SpreadsheetSheet &s : std::as_const(mSheets))
            mSheet->addItem(tr("%1 (%2 row(s))").arg(s.name, number(s.rows.size())));
        mSheet->setCurrentIndex(chosen);
        mSheet->setEnabled(mSheets.size() > 1);
    }
    chooseSheet();
    return true;
}

void LedgerImportWizard::chooseSheet()
{
    mResultCurrent = false;
    mMappedSheet = -1;
    QString info;
    if (mCsv) {
        QString encoding;
        switch (mEncoding) {
        case CsvFormat::Encoding::Utf8Bom:
            encoding = tr("UTF-8 (with BOM)");
            break;
        case CsvFormat::Encoding::Utf8:
            encoding = tr("UTF-8");
            break;
        case CsvFormat::Encoding::Cp932:
            encoding = tr("Shift_JIS (CP932)");
            break;
        }
        info = tr("CSV file, encoding %1, %2 row(s).").arg(encoding, number(rows().size()));
    } else {
        info = tr("Excel workbook with %n sheet(s).", nullptr, int(mSheets.size()));
    }
    if (!mSheets.isEmpty()) {
        const int header = LedgerImport::findHeaderRow(rows(), mDocument->scheme());
        if (rows().isEmpty())
            info += QLatin1Char(' ') + tr("The sheet is empty.");
        else if (header > 0)
            info += QLatin1Char(' ') + tr("The headings are on row %1.").arg(header);
        else
            info += QLatin1Char(' ') + tr("No row of ledger headings was recognised: choose it on the next page.");
    }
    mFileInfo->setText(info);
    static_cast<Page *>(page(FilePage))->changed();
}

void LedgerImportWizard::fillDepartments()
{
    mDepartment->clear();
    mDepartment->addItem(tr("(as the file's department column says)"), QString());
    DepartmentTree::addTo(mDepartment, mExisting.departments);
}

// ---------------------------------------------------------------- headings and columns

void LedgerImportWizard::resetHeaderRow()
{
    const int count = int(rows().size());
    const int found = LedgerImport::findHeaderRow(rows(), mDocument->scheme());
    {
        const QSignalBlocker block(mHeaderRow);
        mHeaderRow->setMaximum(std::max(1, count));
        mHeaderRow->setValue(found > 0 ? found : 1);
    }
    mHeaderInfo->setText(found > 0 ? tr("(recognised: row %1)").arg(found)
                                   : tr("(no row of ledger headings was recognised: choose the row)"));
}

QComboBox *LedgerImportWizard::mappingCombo(int column) const
{
    return qobject_cast<QComboBox *>(mMapping->cellWidget(column, TargetCol));
}

QString LedgerImportWizard::columnLetter(int column)
{
    QString s;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        s.prepend(QChar(u'A' + (n - 1) % 26));
    return s;
}

void LedgerImportWizard::fillMapping()
{
    const QList<QStringList> &all = rows();
    const ClassificationScheme &scheme = mDocument->scheme();
    const int headerRow = mHeaderRow->value();
    mMappedSheet = mSheet->currentIndex();
    mMappedHeaderRow = headerRow;
    mResultCurrent = false;
    const QStringList headings = headerRow >= 1 && headerRow <= all.size() ? all.at(headerRow - 1) : QStringList();
    // The sample rows: the first non-blank ones below the header; the columns: as wide as the widest row.
    QList<int> samples;
    qsizetype columns = headings.size();
    for (int i = headerRow; i < all.size(); ++i) {
        columns = std::max(columns, all.at(i).size());
        if (samples.size() < kSampleRows && !isBlank(all.at(i)))
            samples.append(i);
    }

    QStringList labels = {tr("Column"), tr("Heading in the file"), tr("Ledger column"), tr("Status")};
    for (int s = 0; s < kSampleRows; ++s)
        labels.append(s < samples.size() ? tr("Row %1").arg(samples.at(s) + 1) : QString());
    mMapping->setHorizontalHeaderLabels(labels);
    mMapping->clearContents();
    mMapping->setRowCount(int(columns));

    const QStringList keys = LedgerColumns::fieldKeys(scheme);
    for (int c = 0; c < columns; ++c) {
        const QString heading = headings.value(c);
        const QString recognised = LedgerImport::keyOfHeader(heading, scheme);
        auto *letter = readOnlyItem(columnLetter(c));
        letter->setTextAlignment(Qt::AlignCenter);
        mMapping->setItem(c, LetterCol, letter);
        auto *head = readOnlyItem(heading.simplified());
        head->setToolTip(heading);
        head->setData(Qt::UserRole, recognised);
        mMapping->setItem(c, HeadingCol, head);
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("target_%1").arg(c));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        if (recognised.isEmpty())
            combo->addItem(QString(), QString()); // 不明な列: text set by updateMappingStatus()
        combo->addItem(tr("(do not import)"), kIgnore);
        for (const QString &key : keys)
            combo->addItem(LedgerColumns::header(key, scheme), key);
        combo->setCurrentIndex(std::max(0, combo->findData(recognised)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            mResultCurrent = false;
            updateMappingStatus();
        });
        mMapping->setCellWidget(c, TargetCol, combo);
        mMapping->setItem(c, StatusCol, readOnlyItem(QString()));
        for (int s = 0; s < kSampleRows; ++s) {
            const QString value = s < samples.size() ? all.at(samples.at(s)).value(c) : QString();
            auto *item = readOnlyItem(shortText(value, 30));
            item->setToolTip(value);
            mMapping->setItem(c, FirstSampleCol + s, item);
        }
    }
    QHeaderView *header = mMapping->horizontalHeader();
    header->resizeSection(LetterCol, 40);
    header->resizeSection(HeadingCol, 170);
    header->resizeSection(TargetCol, 210);
    header->resizeSection(StatusCol, 200);
    for (int s = 0; s < kSampleRows - 1; ++s)
        header->resizeSection(FirstSampleCol + s, 130);
    updateMappingStatus();
}

void LedgerImportWizard::updateMappingStatus()
{
    const int columns = mMapping->rowCount();
    QHash<QString, int> uses;
    for (int c = 0; c < columns; ++c) {
        const QString key = mappingCombo(c)->currentData().toString();
        if (!key.isEmpty() && key != kIgnore)
            ++uses[key];
    }
    const QColor bad(0xC0, 0x00, 0x00);
    const QColor warn(0xA0, 0x60, 0x00);
    const QColor quiet = palette().color(QPalette::Disabled, QPalette::Text);
    const QColor good(0x1E, 0x6E, 0x2E);
    int imported = 0, unknown = 0, doubled = 0;
    for (int c = 0; c < columns; ++c) {
        QComboBox *combo = mappingCombo(c);
        const QString key = combo->currentData().toString();
        const QTableWidgetItem *head = mMapping->item(c, HeadingCol);
        const QString recognised = head->data(Qt::UserRole).toString();
        const bool hasHeading = !head->text().trimmed().isEmpty();
        if (recognised.isEmpty())
            combo->setItemText(0, mUnknownToNotes->isChecked() ? tr("(unknown: add to the notes)") : tr("(unknown column)"));
        QString status;
        QColor color = palette().color(QPalette::Text);
        if (key.isEmpty() && !hasHeading) {
            status = tr("No heading");
            color = quiet;
        } else if (key.isEmpty()) {
            ++unknown;
            if (mUnknownToNotes->isChecked()) {
                status = tr("Unknown: added to the notes");
                color = warn;
            } else {
                status = tr("Unknown: choose a ledger column");
                color = bad;
            }
        } else if (key == kIgnore) {
            status = recognised == kIgnore ? tr("Computed column: not imported") : tr("Not imported");
            color = quiet;
        } else if (uses.value(key) > 1) {
            ++doubled;
            status = tr("Twice: another column has the same target");
            color = bad;
        } else {
            ++imported;
            status = key == recognised ? tr("Recognised from the heading") : tr("Chosen");
            color = good;
        }
        QTableWidgetItem *item = mMapping->item(c, StatusCol);
        item->setText(status);
        item->setForeground(color);
    }
    QStringList info{tr("%n column(s) will be imported.", nullptr, imported)};
    if (!uses.contains(QStringLiteral("name")))
        info.append(tr("No column goes into the asset name (情報資産名称): choose one."));
    if (doubled)
        info.append(tr("%n column(s) have a target that another column has too.", nullptr, doubled));
    if (unknown && mUnknownToNotes->isChecked())
        info.append(tr("%n unknown column(s) go into the notes.", nullptr, unknown));
    if (unknown && !mUnknownToNotes->isChecked())
        info.append(tr("%n unknown column(s): choose their ledger column or 「(do not import)」, or go back and add "
                       "them to the notes.", nullptr, unknown));
    mMappingInfo->setText(info.join(QLatin1Char(' ')));
}

LedgerImportOptions LedgerImportWizard::options() const
{
    LedgerImportOptions o;
    o.departmentCode = mDepartment->currentData().toString();
    o.createMissing = mCreateMissing->isChecked();
    o.numberMissing = mNumberMissing->isChecked();
    o.unknownColumnsToNotes = mUnknownToNotes->isChecked();
    // The mapping page's choices once it has been shown for this sheet; before that, as recognised.
    if (mMappedSheet >= 0 && mMappedSheet == mSheet->currentIndex()) {
        o.headerRow = mMappedHeaderRow;
        for (int c = 0; c < mMapping->rowCount(); ++c)
            o.columnKeys.append(mappingCombo(c)->currentData().toString());
    }
    return o;
}

// ---------------------------------------------------------------- the dry run

void LedgerImportWizard::runDryRun()
{
    {
        const WaitCursor wait;
        mResult = LedgerImport::read(rows(), mExisting, mDocument->scheme(), options());
    }
    mResultCurrent = true;
    const LedgerImportResult &r = mResult;
    QStringList lines;
    if (r.ok()) {
        lines.append(tr("%1 asset(s) can be imported.").arg(number(r.assets.size())));
    } else {
        lines.append(tr("%1 problem(s): nothing can be imported until every one is put right (in the file, or with "
                        "the choices on the previous pages). The import adds all rows or none.")
                         .arg(number(r.problems.size())));
        if (!r.assets.isEmpty())
            lines.append(tr("The file has %1 row(s) of assets.").arg(number(r.assets.size())));
    }
    auto names = [](const QStringList &all) {
        constexpr int shown = 8;
        QString s = all.mid(0, shown).join(QStringLiteral("、"));
        if (all.size() > shown)
            s += LedgerImportWizard::tr(" and %n more", nullptr, int(all.size() - shown));
        return s;
    };
    if (!r.newDepartments.isEmpty()) {
        QStringList list;
        for (const Department &d : r.newDepartments)
            list.append(QStringLiteral("%1（%2）").arg(d.name, d.code));
        lines.append(tr("New departments (%1): %2").arg(r.newDepartments.size()).arg(names(list)));
    }
    if (!r.newPeople.isEmpty()) {
        QStringList list;
        for (const Person &p : r.newPeople)
            list.append(p.name);
        lines.append(tr("New staff (%1): %2").arg(r.newPeople.size()).arg(names(list)));
    }
    if (r.numbered)
        lines.append(tr("%1 row(s) without a management number get one.").arg(number(r.numbered)));
    mSummary->setText(lines.join(QLatin1Char('\n')));
    QPalette palette = mSummary->palette();
    palette.setColor(QPalette::WindowText, r.ok() ? this->palette().color(QPalette::WindowText) : QColor(0xC0, 0x00, 0x00));
    mSummary->setPalette(palette);

    mProblemModel->setProblems(r.problems);
    mProblemsLabel->setText(r.problems.isEmpty() ? tr("No problems.")
                                                 : tr("Problems (%1):").arg(number(r.problems.size())));
    mSaveProblems->setEnabled(!r.problems.isEmpty());
    QHeaderView *ph = mProblems->horizontalHeader();
    ph->resizeSection(0, 56);
    ph->resizeSection(1, 150);
    ph->resizeSection(2, 200);
    fillPreview();
    static_cast<Page *>(page(PreviewPage))->changed();
}

void LedgerImportWizard::fillPreview()
{
    const LedgerImportResult &r = mResult;
    const ClassificationScheme &scheme = mDocument->scheme();
    // The ledger columns the file fills, in ledger order; the number, department and name always.
    QSet<QString> mapped{QStringLiteral("number"), QStringLiteral("departmentId"), QStringLiteral("name")};
    for (const QString &key : r.columnKeys)
        mapped.insert(key);
    if (mUnknownToNotes->isChecked() && r.columnKeys.contains(QString()))
        mapped.insert(QStringLiteral("notes"));
    LedgerOptions ledger;
    for (const QString &key : LedgerColumns::fieldKeys(scheme)) {
        if (mapped.contains(key))
            ledger.columns.append(key);
    }
    // The rows as they would be: provisional ids above the register's own, the new departments
    // and people, and the existing systems the rows refer to (their names; their rows are not shown).
    RegisterData data;
    data.title = mExisting.title;
    data.departments = mExisting.departments + r.newDepartments;
    data.people = mExisting.people + r.newPeople;
    data.places = mExisting.places;
    Id next = 1;
    for (const Asset &a : mExisting.assets)
        next = std::max(next, a.id + 1);
    const int shown = int(std::min<qsizetype>(r.assets.size(), kPreviewRows));
    QSet<Id> systems;
    QList<int> laterSystems; // rows further down the file that shown rows name as their system
    for (int i = 0; i < shown; ++i) {
        Asset a = r.assets.at(i);
        a.id = next + i;
        const int systemRow = r.systemRows.value(i, -1);
        if (systemRow >= 0) {
            a.systemId = next + systemRow;
            if (systemRow >= shown && !laterSystems.contains(systemRow))
                laterSystems.append(systemRow);
        } else if (a.systemId) {
            systems.insert(a.systemId);
        }
        data.assets.append(a);
    }
    for (const int i : std::as_const(laterSystems)) {
        Asset a = r.assets.at(i);
        a.id = next + i;
        data.assets.append(a);
    }
    for (const Asset &a : mExisting.assets) {
        if (systems.contains(a.id))
            data.assets.append(a);
    }
    LedgerTable table;
    try {
        const ClassificationEngine engine(scheme);
        table = LedgerColumns::build(data, scheme, engine, ledger);
    } catch (const Exception &) {
        table = {}; // an unknown key cannot come from the combos; show nothing rather than fail
    }
    mPreview->clear();
    mPreview->setColumnCount(int(table.columns.size()));
    QStringList headers;
    for (const LedgerColumn &c : std::as_const(table.columns))
        headers.append(c.header);
    mPreview->setHorizontalHeaderLabels(headers);
    mPreview->setRowCount(shown);
    // Each asset is a non-blank row below the header: label the rows with the file's row
    // numbers (those of the problems) and tint the rows that have problems.
    QList<int> fileRows;
    const QList<QStringList> &all = rows();
    for (int i = r.headerRow; i < all.size() && fileRows.size() < shown; ++i) {
        if (!isBlank(all.at(i)))
            fileRows.append(i + 1);
    }
    QSet<int> problemRows;
    for (const ImportProblem &p : r.problems)
        problemRows.insert(p.row);
    const QColor tint(0xFF, 0xE4, 0xE4);
    QStringList rowLabels;
    for (int i = 0; i < shown && i < table.rows.size(); ++i) {
        const QStringList &row = table.rows.at(i);
        const int fileRow = fileRows.value(i, 0);
        const bool bad = problemRows.contains(fileRow);
        for (int c = 0; c < row.size(); ++c) {
            auto *item = readOnlyItem(shortText(row.at(c)));
            if (row.at(c).size() > 40 || row.at(c).contains(QLatin1Char('\n')))
                item->setToolTip(row.at(c));
            if (bad)
                item->setBackground(tint);
            mPreview->setItem(i, c, item);
        }
        rowLabels.append(fileRow ? QString::number(fileRow) : QString());
    }
    mPreview->setVerticalHeaderLabels(rowLabels);
    QHeaderView *header = mPreview->horizontalHeader();
    for (int c = 0; c < table.columns.size(); ++c)
        header->resizeSection(c, std::clamp(table.columns.at(c).widthChars * 8, 64, 260));
}

bool LedgerImportWizard::saveProblems(const QString &path)
{
    const QByteArray bytes = CsvFormat::write(LedgerImport::problemTable(mResult.problems)); // UTF-8: cannot fail
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        showMessage(tr("The problems were not saved"),
                    tr("The file %1 could not be written: %2").arg(QDir::toNativeSeparators(path), f.errorString()), true);
        return false;
    }
    mLastMessage = tr("The problems were saved in %1.").arg(QDir::toNativeSeparators(path));
    return true;
}

void LedgerImportWizard::browseProblems()
{
    const QFileInfo source(mPath);
    const QString suggested = source.absoluteDir().filePath(source.completeBaseName() + tr("-problems") + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the problems"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        saveProblems(path);
}

// ---------------------------------------------------------------- the import

void LedgerImportWizard::accept()
{
    if (!mResultCurrent)
        runDryRun();
    if (!mResult.ok() || mResult.assets.isEmpty())
        return; // Finish is disabled then; this is for a caller that calls accept() itself
    try {
        const WaitCursor wait;
        mImported = mDocument->importLedger(mExisting, mResult); // one transaction; can throw
    } catch (const Exception &e) {
        showMessage(tr("The ledger was not imported"), e.message(), true);
        return;
    }
    QStringList text{tr("%1 asset(s) were imported.").arg(number(mImported))};
    if (!mResult.newDepartments.isEmpty())
        text.append(tr("%n department(s) were added.", nullptr, int(mResult.newDepartments.size())));
    if (!mResult.newPeople.isEmpty())
        text.append(tr("%n member(s) of staff were added.", nullptr, int(mResult.newPeople.size())));
    text.append(tr("Undo does not take an import back; the history of each asset records it."));
    showMessage(tr("Ledger imported"), text.join(QLatin1Char('\n')), false);
    QWizard::accept();
}

void LedgerImportWizard::showMessage(const QString &title, const QString &text, bool error)
{
    mLastMessage = text;
    if (mQuiet)
        return;
    if (error)
        QMessageBox::warning(this, title, text);
    else
        QMessageBox::information(this, title, text);
}

} // namespace daicho
