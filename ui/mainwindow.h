#pragma once

#include "core/entities.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QTableView;
class QToolBar;
class QUndoGroup;

namespace daicho {

class AssetDetailPanel;
class AssetFilterProxy;
class AssetTableModel;
class DepartmentTree;
class Document;
class FilterBar;
class FindingsPanel;
class PlacesPanel;
class PlanEditor;

/// The main window: department tree (left), the ledger table with search and filters,
/// the detail panel of the selected asset (right), menus and the person combo.
/// Errors from lower layers are caught here and shown as messages.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a register; shows a message and returns false on failure.
    bool openFile(const QString &path);

    // For tests and the application
    Document *document() const { return mDocument.get(); }
    QTableView *tableView() const { return mTable; }
    AssetFilterProxy *proxy() const { return mProxy; }
    AssetDetailPanel *detailPanel() const { return mDetail; }
    FilterBar *filterBar() const { return mFilterBar; }
    FindingsPanel *findingsPanel() const { return mFindings; }
    PlacesPanel *placesPanel() const { return mPlaces; }
    QAction *afterHoursAction() const { return mAfterHoursAction; }
    /// For tests and scripted runs: messages go to the status bar instead of message boxes,
    /// and questions are answered "yes".
    void setQuiet(bool quiet);
    /// Selects an asset's row (clearing filters that hide it); false if it does not exist.
    bool selectAsset(Id id);
    /// Shows the zone plan of the floor with this name or path (「3階」, 「本庁舎 › 3階」).
    bool showPlan(const QString &floor);
    /// The asset of the current row; 0 if none.
    Id currentAsset() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void retranslate();
    void setDocument(std::unique_ptr<Document> document);
    void saveHeaderState() const;
    void restoreHeaderState();
    void updateTitle();
    void updateCount();
    void updateFindingCounts();
    void updateActions();
    void fillPeople();
    void showError(const QString &title, const QString &message);

    // Slots (noexcept: they catch and show what lower layers throw)
    void newRegister() noexcept;
    void openRegister() noexcept;
    void newAsset() noexcept;
    void deleteAssets() noexcept;
    void showHistory() noexcept;
    void editDepartments() noexcept;
    void editPeople() noexcept;
    void editZoneRules() noexcept;
    void chooseColumns() noexcept;
    void importLedger() noexcept;
    void exportLedger() noexcept;
    void printLedger() noexcept;
    /// Points every view at `document` (a new one, or the same one after a ledger import).
    void attachViews(Document *document);
    void setLanguage(const QString &language) noexcept;
    void about() noexcept;

    std::unique_ptr<Document> mDocument;
    bool mQuiet = false;
    AssetTableModel *mModel = nullptr;
    AssetFilterProxy *mProxy;
    QTabWidget *mTabs;
    QTableView *mTable;
    PlanEditor *mPlanEditor;
    FilterBar *mFilterBar;
    DepartmentTree *mTree;
    AssetDetailPanel *mDetail;
    QDockWidget *mTreeDock;
    QDockWidget *mDetailDock;
    FindingsPanel *mFindings;
    QDockWidget *mFindingsDock;
    PlacesPanel *mPlaces;
    QDockWidget *mPlacesDock;
    QUndoGroup *mUndoGroup;
    QToolBar *mToolBar = nullptr;
    QComboBox *mPerson;
    QLabel *mPersonLabel;
    QLabel *mCount;
    QLabel *mFindingCounts;

    QMenu *mFileMenu = nullptr;
    QMenu *mRecentMenu = nullptr;
    QMenu *mEditMenu = nullptr;
    QMenu *mViewMenu = nullptr;
    QMenu *mLanguageMenu = nullptr;
    QMenu *mHelpMenu = nullptr;
    QAction *mNewAction = nullptr;
    QAction *mOpenAction = nullptr;
    QAction *mQuitAction = nullptr;
    QAction *mUndoAction = nullptr;
    QAction *mRedoAction = nullptr;
    QAction *mNewAssetAction = nullptr;
    QAction *mDeleteAssetAction = nullptr;
    QAction *mHistoryAction = nullptr;
    QAction *mDepartmentsAction = nullptr;
    QAction *mPeopleAction = nullptr;
    QAction *mZoneRulesAction = nullptr;
    QAction *mImportLedgerAction = nullptr;
    QAction *mExportLedgerAction = nullptr;
    QAction *mPrintLedgerAction = nullptr;
    QAction *mColumnsAction = nullptr;
    QAction *mAfterHoursAction = nullptr;
    QAction *mLedgerTabAction = nullptr;
    QAction *mPlanTabAction = nullptr;
    QAction *mPlanCopyAction = nullptr;
    QAction *mPlanPasteAction = nullptr;
    QAction *mPlanDeleteAction = nullptr;
    QAction *mAboutAction = nullptr;
    QActionGroup *mLanguageGroup = nullptr;
    QAction *mJapaneseAction = nullptr;
    QAction *mEnglishAction = nullptr;
};

} // namespace daicho
