#pragma once

#include "core/audit.h"
#include "core/render/ledgerprint.h"

#include <QDialog>
#include <QHash>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;
class QTimer;

namespace daicho {

class Document;

/// 「台帳を印刷」: the ledger on paper with its print preview on the right and the settings on
/// the left: 様式 (台帳一覧, 台帳個票, 点検表), 用紙 (A4/A3), 所属, 列 (the paper default, all, or
/// those the main table shows), 承認欄 and 出力者. The preview paints into the same QPrinter
/// that 「印刷…」 hands to the print dialog, so what is previewed is what is printed;
/// 「PDFに保存…」 writes the same pages as daicho-cli. Changed approval roles are stored in the
/// register's settings (audited, not undoable) when the ledger is printed or saved.
class LedgerPrintDialog : public QDialog {
    Q_OBJECT
public:
    enum class Columns { Paper, All, Shown };

    /// `shownColumns`: the ledger keys of the main table's visible columns (see
    /// LedgerExportDialog::shownColumns()); empty = that choice is not offered.
    explicit LedgerPrintDialog(Document *document, const QStringList &shownColumns = {}, QWidget *parent = nullptr);
    ~LedgerPrintDialog() override;

    // Getters
    /// The pages as they are now (nullptr when the settings could not be printed).
    const LedgerPrint *ledgerPrint() const { return mPrint.get(); }
    LedgerPrintOptions printOptions() const;
    LedgerOptions ledgerOptions() const;
    QStringList approvalRoles() const;
    QString printedBy() const;
    /// What the last action did, or why it failed.
    const QString &lastMessage() const { return mLastMessage; }

    // Widgets, for tests
    QComboBox *layoutCombo() const { return mLayout; }
    QComboBox *paperCombo() const { return mPaper; }
    QComboBox *departmentCombo() const { return mDepartment; }
    QComboBox *columnsCombo() const { return mColumns; }
    QPlainTextEdit *rolesEdit() const { return mRoles; }
    QLineEdit *printedByEdit() const { return mPrintedBy; }
    QPrintPreviewWidget *preview() const { return mPreview; }
    QPrinter *printer() const { return mPrinter.get(); }
    QLabel *statusLabel() const { return mStatus; }

    // Setters
    /// Tests and scripted runs: messages are kept in lastMessage() instead of message boxes.
    void setQuiet(bool quiet) { mQuiet = quiet; }

    // General methods
    /// Lays the pages out again with the current settings and repaints the preview now.
    void refresh();
    /// Writes the PDF of the current settings; false (and the reason) on failure.
    bool savePdf(const QString &path);
    /// 「印刷…」: the print dialog on the preview's printer, then the pages it asks for.
    void printLedger();
    /// 「PDFに保存…」: asks for the file and saves.
    void saveLedgerPdf();

private:
    void fillDepartments();
    void updateEnabled();
    /// Stores the approval roles in the register's settings when the user changed them.
    void storeRoles();
    void report(const QString &message, bool failure);

    Document *mDocument;
    QStringList mShown;
    QStringList mInitialRoles;
    QHash<qint64, QList<AuditEntry>> mHistory; ///< audit history by asset, read once
    std::unique_ptr<LedgerPrint> mPrint;
    std::unique_ptr<QPrinter> mPrinter;
    QComboBox *mLayout;
    QComboBox *mPaper;
    QComboBox *mDepartment;
    QComboBox *mColumns;
    QPlainTextEdit *mRoles;
    QLineEdit *mPrintedBy;
    QLabel *mStatus;
    QPrintPreviewWidget *mPreview;
    QPushButton *mPrintButton;
    QPushButton *mPdfButton;
    QTimer *mRefreshTimer; ///< typing in the roles or the name refreshes once it pauses
    bool mQuiet = false;
    QString mLastMessage;
};

} // namespace daicho
