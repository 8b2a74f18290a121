#pragma once

#include "core/csvformat.h"
#include "core/ledgerimport.h"
#include "core/registerdata.h"
#include "core/xlsxreader.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;

namespace daicho {

class Document;
class ImportProblemModel;

/// 「台帳の取込み」: moves a ledger kept in Excel or CSV into the open register.
///
/// 1. ファイル: the file (.xlsx or .csv; the encoding a CSV was read in), the sheet, the 所属 the
///    rows go into, and what to do with departments and staff the register lacks, rows without a
///    管理番号 and columns the ledger does not have.
/// 2. 見出しと列の対応: the header's row and, for each column of the file, its heading, the first
///    values and the ledger column it goes into (recognised from the heading; unknown and doubled
///    targets marked).
/// 3. 確認: a dry run (LedgerImport::read) on these choices: how many rows would be imported, the
///    departments and people it would add, the first rows as the ledger shows them, and every
///    problem (row, column, value, reason), which can be saved as CSV. Finishing is possible only
///    without problems; the import is then all or nothing (Document::importLedger()).
class LedgerImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, PreviewPage };

    /// Reads the register's current contents (the import is checked against them). Can throw.
    explicit LedgerImportWizard(Document *document, QWidget *parent = nullptr);
    ~LedgerImportWizard() override;

    // Getters
    const QString &filePath() const { return mPath; }
    bool isCsv() const { return mCsv; }
    CsvFormat::Encoding csvEncoding() const { return mEncoding; }
    const QList<SpreadsheetSheet> &sheets() const { return mSheets; }
    /// The rows of the chosen sheet.
    const QList<QStringList> &rows() const;
    /// The options of the current choices (department, flags, header row, column keys).
    LedgerImportOptions options() const;
    /// The dry run shown on the preview page.
    const LedgerImportResult &dryRun() const { return mResult; }
    /// Assets added by the import; -1 until it has run.
    int importedCount() const { return mImported; }
    /// The last message shown (or, quiet, not shown).
    const QString &lastMessage() const { return mLastMessage; }

    // Widgets, for tests
    QComboBox *sheetCombo() const { return mSheet; }
    QComboBox *departmentCombo() const { return mDepartment; }
    QCheckBox *createMissingCheck() const { return mCreateMissing; }
    QCheckBox *numberMissingCheck() const { return mNumberMissing; }
    QCheckBox *unknownToNotesCheck() const { return mUnknownToNotes; }
    QSpinBox *headerRowSpin() const { return mHeaderRow; }
    QTableWidget *mappingTable() const { return mMapping; }
    /// The combo of the target of the file's column `column` (0-based).
    QComboBox *mappingCombo(int column) const;
    QTableWidget *previewTable() const { return mPreview; }
    QTableView *problemsView() const { return mProblems; }

    // Setters
    /// Tests and scripted runs: messages are kept in lastMessage() instead of message boxes.
    void setQuiet(bool quiet) { mQuiet = quiet; }

    // General methods
    /// Reads a .xlsx or .csv file (the browse button calls it). On failure shows why and
    /// keeps the file read before; returns false.
    bool openFile(const QString &path);
    /// Writes the problems of the dry run as CSV (UTF-8 with BOM) through QSaveFile; false and
    /// a message if it could not be written.
    bool saveProblems(const QString &path);
    /// Runs the dry run again on the current choices (the preview page calls it on entry).
    void runDryRun();

    /// Imports (when the dry run has no problems) and closes; stays open with the reason if
    /// the import failed, having changed nothing.
    void accept() override;

    /// Column letters as Excel shows them: 0 → A, 25 → Z, 26 → AA.
    static QString columnLetter(int column);

private:
    QWizardPage *createFilePage();
    QWizardPage *createMappingPage();
    QWizardPage *createPreviewPage();
    void browse();
    void browseProblems();
    void chooseSheet();
    void fillDepartments();
    /// The header row spin box's range and value for the chosen sheet.
    void resetHeaderRow();
    /// The mapping table for the current header row, targets preset from the headings.
    void fillMapping();
    /// Marks unknown and doubled targets after a change.
    void updateMappingStatus();
    void fillPreview();
    void showMessage(const QString &title, const QString &text, bool error);

    Document *mDocument;
    RegisterData mExisting;
    QString mPath;
    bool mCsv = false;
    CsvFormat::Encoding mEncoding = CsvFormat::Encoding::Utf8Bom;
    QList<SpreadsheetSheet> mSheets;
    LedgerImportResult mResult;
    bool mResultCurrent = false;
    int mImported = -1;
    bool mQuiet = false;
    QString mLastMessage;
    int mMappedHeaderRow = -1; ///< the header row the mapping table was made for
    int mMappedSheet = -1;

    // ファイル
    QLineEdit *mPathEdit;
    QLabel *mFileInfo;
    QComboBox *mSheet;
    QComboBox *mDepartment;
    QCheckBox *mCreateMissing;
    QCheckBox *mNumberMissing;
    QCheckBox *mUnknownToNotes;
    // 見出しと列の対応
    QSpinBox *mHeaderRow;
    QLabel *mHeaderInfo;
    QTableWidget *mMapping;
    QLabel *mMappingInfo;
    // 確認
    QLabel *mSummary;
    QTableWidget *mPreview;
    QLabel *mProblemsLabel;
    QTableView *mProblems;
    ImportProblemModel *mProblemModel;
    QPushButton *mSaveProblems;
};

} // namespace daicho
