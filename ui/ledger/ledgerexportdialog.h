#pragma once

#include "core/csvformat.h"
#include "core/ledgercolumns.h"
#include "core/xlsxexport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QHeaderView;
class QLabel;
class QRadioButton;

namespace daicho {

class Document;

/// 「台帳をエクスポート」: writes the register's ledger as an Excel workbook (print-ready, see
/// XlsxExport) or as CSV, with the same texts as `daicho-cli export`. Choices: the format, all
/// columns or those the main table shows, one department (with the departments under it) or
/// all, 和暦 or 西暦 dates; for Excel the paper (A4/A3 landscape) and one sheet per department;
/// for CSV the encoding (UTF-8 with BOM, or Shift_JIS for older tools). OK asks for the file
/// and writes it; an existing file is replaced only once the new one is complete.
class LedgerExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Format { Xlsx, Csv };

    /// `shownColumns`: the ledger keys of the main table's visible columns, in their order
    /// (see shownColumns()); empty = the choice is not offered.
    LedgerExportDialog(Document *document, const QStringList &shownColumns, QWidget *parent = nullptr);

    /// The ledger keys of a table header's visible columns (AssetTableModel's), in visual
    /// order; columns the ledger does not have (指摘, 対策) are left out.
    static QStringList shownColumns(const QHeaderView *header, const ClassificationScheme &scheme);

    // Getters
    Format format() const;
    LedgerOptions ledgerOptions() const;
    XlsxExport::Options xlsxOptions() const;
    CsvFormat::Encoding encoding() const;
    /// What the last export wrote, or why it failed.
    const QString &lastMessage() const { return mLastMessage; }

    // Widgets, for tests
    QRadioButton *xlsxButton() const { return mXlsx; }
    QRadioButton *csvButton() const { return mCsv; }
    QRadioButton *allColumnsButton() const { return mAllColumns; }
    QRadioButton *shownColumnsButton() const { return mShownColumns; }
    QComboBox *departmentCombo() const { return mDepartment; }
    QComboBox *paperCombo() const { return mPaper; }
    QCheckBox *perDepartmentCheck() const { return mPerDepartment; }
    QComboBox *encodingCombo() const { return mEncoding; }
    QComboBox *datesCombo() const { return mDates; }

    // Setters
    /// Tests and scripted runs: messages are kept in lastMessage() instead of message boxes.
    void setQuiet(bool quiet) { mQuiet = quiet; }

    // General methods
    /// Writes the ledger with the current choices. On failure (a character Shift_JIS lacks,
    /// a folder that cannot be written) shows the reason, leaves no file behind and an
    /// existing one as it was, and returns false.
    bool exportTo(const QString &path);
    /// Asks for the file (with the format's extension) and exports; closes on success.
    void accept() override;

private:
    void updateEnabled();

    Document *mDocument;
    QStringList mShown;
    bool mQuiet = false;
    QString mLastMessage;
    QRadioButton *mXlsx;
    QRadioButton *mCsv;
    QRadioButton *mAllColumns;
    QRadioButton *mShownColumns;
    QComboBox *mDepartment;
    QComboBox *mDates;
    QGroupBox *mXlsxBox;
    QComboBox *mPaper;
    QCheckBox *mPerDepartment;
    QGroupBox *mCsvBox;
    QComboBox *mEncoding;
    QLabel *mCount;
};

} // namespace daicho
