#include "ui/mainwindow.h"

#include <QLocale>

#include "core/exceptions.h"
#include "core/i18n.h"
#include "db/registerstore.h"
#include "ui/assetdetailpanel.h"
#include "ui/assetfilterproxy.h"
#include "ui/assethistorydialog.h"
#include "ui/assetitemdelegate.h"
#include "ui/assettablemodel.h"
#include "ui/columnsdialog.h"
#include "ui/commands/assetcommands.h"
#include "ui/departmentsdialog.h"
#include "ui/departmenttree.h"
#include "ui/document.h"
#include "ui/filterbar.h"
#include "ui/findingspanel.h"
#include "ui/ledger/ledgerexportdialog.h"
#include "ui/ledger/ledgerprintdialog.h"
#include "ui/ledger/ledgerimportwizard.h"
#include "ui/newregisterdialog.h"
#include "ui/peopledialog.h"
#include "ui/placespanel.h"
#include "ui/plan/planeditor.h"
#include "ui/zonerulesdialog.h"
#include "ui/recentfiles.h"
#include "ui/undotext.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

#include <utility>

namespace daicho {

namespace {

const QString kHeaderKey = QStringLiteral("ui/tableHeader");
const QString kPersonKey = QStringLiteral("ui/person");
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kGeometryKey = QStringLiteral("ui/geometry");
const QString kWindowStateKey = QStringLiteral("ui/windowState");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      mProxy(new AssetFilterProxy(this)),
      mTabs(new QTabWidget),
      mTable(new QTableView),
      mPlanEditor(new PlanEditor),
      mFilterBar(new FilterBar),
      mTree(new DepartmentTree),
      mDetail(new AssetDetailPanel),
      mTreeDock(new QDockWidget(this)),
      mDetailDock(new QDockWidget(this)),
      mFindings(new FindingsPanel),
      mFindingsDock(new QDockWidget(this)),
      mPlaces(new PlacesPanel),
      mPlacesDock(new QDockWidget(this)),
      mUndoGroup(new QUndoGroup(this)),
      mPerson(new QComboBox),
      mPersonLabel(new QLabel),
      mCount(new QLabel),
      mFindingCounts(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(mFilterBar);
    layout->addWidget(mTable, 1);
    mTabs->setObjectName(QStringLiteral("centralTabs"));
    mTabs->setDocumentMode(true);
    mTabs->addTab(central, QString());
    mTabs->addTab(mPlanEditor, QString());
    setCentralWidget(mTabs);

    mTable->setObjectName(QStringLiteral("assetTable"));
    mTable->setModel(mProxy);
    mTable->setItemDelegate(new AssetItemDelegate(mTable));
    mTable->setSortingEnabled(true);
    mTable->sortByColumn(-1, Qt::AscendingOrder);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    mTable->setAlternatingRowColors(true);
    mTable->setWordWrap(false);
    // Fixed row heights: the view never measures 100k rows.
    mTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    mTable->verticalHeader()->setDefaultSectionSize(mTable->fontMetrics().height() + 8);
    mTable->verticalHeader()->hide();
    QHeaderView *header = mTable->horizontalHeader();
    header->setSectionsMovable(true);
    header->setDefaultSectionSize(110);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &MainWindow::chooseColumns);

    mPerson->setObjectName(QStringLiteral("personCombo"));
    mPerson->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(mPerson, &QComboBox::activated, this, [this] {
        const QString name = mPerson->currentData().toString();
        if (mDocument)
            mDocument->setPerson(name);
        QSettings().setValue(kPersonKey, name);
    });
    statusBar()->addPermanentWidget(mFindingCounts);
    mFindingCounts->setObjectName(QStringLiteral("findingCountsLabel"));
    statusBar()->addPermanentWidget(mCount);
    mCount->setObjectName(QStringLiteral("countLabel"));
    connect(mFindings, &FindingsPanel::assetActivated, this, [this](Id id) { selectAsset(id); });
    // Double-clicking an area (or "show assets") shows the assets used or kept there.
    connect(mPlaces, &PlacesPanel::placeActivated, this, [this](Id id) {
        mProxy->setPlace(id);
        updateCount();
        if (mProxy->rowCount() > 0)
            mTable->selectRow(0);
    });

    // The plan and the places panel show the same areas: a choice in one shows in the other.
    connect(mPlaces, &PlacesPanel::currentPlaceChanged, mPlanEditor, &PlanEditor::showPlace);
    connect(mPlanEditor, &PlanEditor::areaSelected, this, [this](Id id) {
        mPlacesDock->show();
        mPlacesDock->raise();
        if (mPlaces->currentPlace() != id)
            mPlaces->selectPlace(id);
    });
    connect(mPlanEditor, &PlanEditor::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });

    connect(mTree, &DepartmentTree::departmentSelected, this, [this](Id id) { mProxy->setDepartment(id); });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(mProxy, signal, this, &MainWindow::updateCount);
    connect(mProxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);
    connect(mProxy, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateCount);
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        mDetail->setAsset(currentAsset());
        updateActions();
    });
    connect(mTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(mDetail, &AssetDetailPanel::editRejected, this,
            [this](const QString &message) { showError(tr("Not changed"), message); });

    createDocks();
    createActions();
    createMenus();
    retranslate();
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kWindowStateKey).toByteArray());
    updateActions();
}

MainWindow::~MainWindow()
{
    // The views let go of the models before the document they show goes.
    mTable->setModel(nullptr);
    mProxy->setAssetModel(nullptr);
    mDetail->setDocument(nullptr);
    mFindings->setDocument(nullptr);
    mPlaces->setDocument(nullptr);
    mPlanEditor->setDocument(nullptr);
    mTree->setDocument(nullptr);
    delete mModel;
}

void MainWindow::createDocks()
{
    mTreeDock->setObjectName(QStringLiteral("departmentDock"));
    mTreeDock->setWidget(mTree);
    mTree->setMinimumWidth(170);
    addDockWidget(Qt::LeftDockWidgetArea, mTreeDock);
    mDetailDock->setObjectName(QStringLiteral("detailDock"));
    mDetailDock->setWidget(mDetail);
    mDetailDock->setMinimumWidth(420);
    addDockWidget(Qt::RightDockWidgetArea, mDetailDock);
    mFindingsDock->setObjectName(QStringLiteral("findingsDock"));
    mFindingsDock->setWidget(mFindings);
    addDockWidget(Qt::BottomDockWidgetArea, mFindingsDock);
    mPlacesDock->setObjectName(QStringLiteral("placesDock"));
    mPlacesDock->setWidget(mPlaces);
    addDockWidget(Qt::LeftDockWidgetArea, mPlacesDock);
    tabifyDockWidget(mTreeDock, mPlacesDock);
    mTreeDock->raise();
}

void MainWindow::createActions()
{
    mNewAction = new QAction(this);
    mNewAction->setShortcut(QKeySequence::New);
    connect(mNewAction, &QAction::triggered, this, &MainWindow::newRegister);
    mOpenAction = new QAction(this);
    mOpenAction->setShortcut(QKeySequence::Open);
    connect(mOpenAction, &QAction::triggered, this, &MainWindow::openRegister);
    mQuitAction = new QAction(this);
    mQuitAction->setShortcut(QKeySequence::Quit);
    mQuitAction->setMenuRole(QAction::QuitRole);
    connect(mQuitAction, &QAction::triggered, this, &QWidget::close);

    mNewAssetAction = new QAction(this);
    mNewAssetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(mNewAssetAction, &QAction::triggered, this, &MainWindow::newAsset);
    mDeleteAssetAction = new QAction(this);
    mDeleteAssetAction->setObjectName(QStringLiteral("deleteAssetAction"));
    mDeleteAssetAction->setShortcut(QKeySequence::Delete);
    mDeleteAssetAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    mTable->addAction(mDeleteAssetAction);
    connect(mDeleteAssetAction, &QAction::triggered, this, &MainWindow::deleteAssets);
    mHistoryAction = new QAction(this);
    mHistoryAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(mHistoryAction, &QAction::triggered, this, &MainWindow::showHistory);
    mDepartmentsAction = new QAction(this);
    connect(mDepartmentsAction, &QAction::triggered, this, &MainWindow::editDepartments);
    mPeopleAction = new QAction(this);
    connect(mPeopleAction, &QAction::triggered, this, &MainWindow::editPeople);
    mZoneRulesAction = new QAction(this);
    mZoneRulesAction->setObjectName(QStringLiteral("zoneRulesAction"));
    connect(mZoneRulesAction, &QAction::triggered, this, &MainWindow::editZoneRules);
    mColumnsAction = new QAction(this);
    connect(mColumnsAction, &QAction::triggered, this, &MainWindow::chooseColumns);
    mImportLedgerAction = new QAction(this);
    mImportLedgerAction->setObjectName(QStringLiteral("importLedgerAction"));
    connect(mImportLedgerAction, &QAction::triggered, this, &MainWindow::importLedger);
    mExportLedgerAction = new QAction(this);
    mExportLedgerAction->setObjectName(QStringLiteral("exportLedgerAction"));
    connect(mExportLedgerAction, &QAction::triggered, this, &MainWindow::exportLedger);
    mPrintLedgerAction = new QAction(this);
    mPrintLedgerAction->setObjectName(QStringLiteral("printLedgerAction"));
    mPrintLedgerAction->setShortcut(QKeySequence::Print);
    connect(mPrintLedgerAction, &QAction::triggered, this, &MainWindow::printLedger);
    mAfterHoursAction = new QAction(this);
    mAfterHoursAction->setObjectName(QStringLiteral("afterHoursAction"));
    mAfterHoursAction->setCheckable(true);
    connect(mAfterHoursAction, &QAction::toggled, this, [this](bool on) {
        if (mDocument)
            mDocument->setAfterHoursView(on);
    });
    mLedgerTabAction = new QAction(this);
    mLedgerTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(mLedgerTabAction, &QAction::triggered, this, [this] { mTabs->setCurrentIndex(0); });
    mPlanTabAction = new QAction(this);
    mPlanTabAction->setObjectName(QStringLiteral("planTabAction"));
    mPlanTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(mPlanTabAction, &QAction::triggered, this, [this] { mTabs->setCurrentIndex(1); });
    // Copy, paste and delete on the plan act on its selection (only while the plan has focus).
    mPlanCopyAction = new QAction(this);
    mPlanCopyAction->setShortcut(QKeySequence::Copy);
    mPlanPasteAction = new QAction(this);
    mPlanPasteAction->setShortcut(QKeySequence::Paste);
    mPlanDeleteAction = new QAction(this);
    mPlanDeleteAction->setObjectName(QStringLiteral("planDeleteAction"));
    mPlanDeleteAction->setShortcut(QKeySequence::Delete);
    for (QAction *a : {mPlanCopyAction, mPlanPasteAction, mPlanDeleteAction}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        mPlanEditor->addAction(a);
    }
    connect(mPlanCopyAction, &QAction::triggered, mPlanEditor, &PlanEditor::copySelection);
    connect(mPlanPasteAction, &QAction::triggered, mPlanEditor, &PlanEditor::paste);
    connect(mPlanDeleteAction, &QAction::triggered, mPlanEditor, &PlanEditor::deleteSelection);
    mAboutAction = new QAction(this);
    mAboutAction->setMenuRole(QAction::AboutRole);
    connect(mAboutAction, &QAction::triggered, this, &MainWindow::about);

    // Language names are written in their own language, so they are not translated.
    mLanguageGroup = new QActionGroup(this);
    mJapaneseAction = new QAction(QStringLiteral("日本語"), mLanguageGroup);
    mJapaneseAction->setData(QStringLiteral("ja"));
    mEnglishAction = new QAction(QStringLiteral("English"), mLanguageGroup);
    mEnglishAction->setData(QStringLiteral("en"));
    for (QAction *a : mLanguageGroup->actions()) {
        a->setCheckable(true);
        a->setChecked(a->data().toString() == (I18n::current().isEmpty() ? QStringLiteral("ja") : I18n::current()));
        connect(a, &QAction::triggered, this, [this, a] { setLanguage(a->data().toString()); });
    }
}

void MainWindow::createMenus()
{
    mFileMenu = menuBar()->addMenu(QString());
    mFileMenu->addAction(mNewAction);
    mFileMenu->addAction(mOpenAction);
    mRecentMenu = mFileMenu->addMenu(QString());
    connect(mRecentMenu, &QMenu::aboutToShow, this,
            [this] { RecentFiles::fillMenu(mRecentMenu, [this](const QString &file) { openFile(file); }); });
    mFileMenu->addSeparator();
    mFileMenu->addAction(mPlanEditor->printAction());
    mFileMenu->addAction(mPlanEditor->exportAction());
    mFileMenu->addSeparator();
    mFileMenu->addAction(mImportLedgerAction);
    mFileMenu->addAction(mExportLedgerAction);
    mFileMenu->addAction(mPrintLedgerAction);
    mFileMenu->addSeparator();
    mFileMenu->addAction(mQuitAction);

    mEditMenu = menuBar()->addMenu(QString());
    mEditMenu->addSeparator(); // undo and redo go before it (retranslate() makes them)
    mEditMenu->addAction(mNewAssetAction);
    mEditMenu->addAction(mDeleteAssetAction);
    mEditMenu->addAction(mHistoryAction);
    mEditMenu->addSeparator();
    mEditMenu->addAction(mPlanCopyAction);
    mEditMenu->addAction(mPlanPasteAction);
    mEditMenu->addAction(mPlanDeleteAction);
    mEditMenu->addSeparator();
    mEditMenu->addAction(mDepartmentsAction);
    mEditMenu->addAction(mPeopleAction);
    mEditMenu->addAction(mZoneRulesAction);

    mViewMenu = menuBar()->addMenu(QString());
    mViewMenu->addAction(mLedgerTabAction);
    mViewMenu->addAction(mPlanTabAction);
    mViewMenu->addSeparator();
    mViewMenu->addAction(mColumnsAction);
    mViewMenu->addAction(mTreeDock->toggleViewAction());
    mViewMenu->addAction(mDetailDock->toggleViewAction());
    mViewMenu->addAction(mFindingsDock->toggleViewAction());
    mViewMenu->addAction(mPlacesDock->toggleViewAction());
    mViewMenu->addSeparator();
    mViewMenu->addAction(mAfterHoursAction);
    mViewMenu->addSeparator();
    mLanguageMenu = mViewMenu->addMenu(QString());
    mLanguageMenu->addActions(mLanguageGroup->actions());

    mHelpMenu = menuBar()->addMenu(QString());
    mHelpMenu->addAction(mAboutAction);

    mToolBar = addToolBar(QString());
    mToolBar->setObjectName(QStringLiteral("mainToolBar"));
    mToolBar->addSeparator(); // undo and redo go before it
    mToolBar->addAction(mNewAssetAction);
    mToolBar->addAction(mDeleteAssetAction);
    mToolBar->addSeparator();
    mToolBar->addWidget(mPersonLabel);
    mToolBar->addWidget(mPerson);
}

void MainWindow::retranslate()
{
    mFileMenu->setTitle(tr("&File"));
    mRecentMenu->setTitle(tr("Open &Recent"));
    mEditMenu->setTitle(tr("&Edit"));
    mViewMenu->setTitle(tr("&View"));
    mLanguageMenu->setTitle(tr("&Language"));
    mHelpMenu->setTitle(tr("&Help"));
    mToolBar->setWindowTitle(tr("Toolbar"));
    mNewAction->setText(tr("&New Register…"));
    mOpenAction->setText(tr("&Open…"));
    mQuitAction->setText(tr("&Quit"));
    mNewAssetAction->setText(tr("New &Asset"));
    mDeleteAssetAction->setText(tr("&Delete Asset"));
    mHistoryAction->setText(tr("Asset &History…"));
    mDepartmentsAction->setText(tr("De&partments…"));
    mPeopleAction->setText(tr("P&eople…"));
    mColumnsAction->setText(tr("&Columns…"));
    mAboutAction->setText(tr("&About Daicho"));
    mTreeDock->setWindowTitle(tr("Departments"));
    mDetailDock->setWindowTitle(tr("Asset details"));
    mFindingsDock->setWindowTitle(tr("Findings"));
    mPlacesDock->setWindowTitle(tr("Places and zones"));
    mZoneRulesAction->setText(tr("&Zone Rules…"));
    mImportLedgerAction->setText(tr("&Import a Ledger…"));
    mImportLedgerAction->setToolTip(tr("Add the assets of a ledger kept in Excel (.xlsx) or CSV, with a check first"));
    mExportLedgerAction->setText(tr("E&xport the Ledger…"));
    mExportLedgerAction->setToolTip(tr("Write the ledger as an Excel workbook (.xlsx) or CSV"));
    mPrintLedgerAction->setText(tr("&Print the Ledger…"));
    mPrintLedgerAction->setToolTip(tr("Print the ledger list, one sheet per asset or an inventory check sheet, or save it as PDF"));
    mAfterHoursAction->setText(tr("&After-Hours View"));
    mAfterHoursAction->setToolTip(tr("Check use at the after-hours level too: rooms not locked after hours count one level lower"));
    mTabs->setTabText(0, tr("Register"));
    mTabs->setTabText(1, tr("Zone plans"));
    mLedgerTabAction->setText(tr("&Register"));
    mPlanTabAction->setText(tr("&Zone Plans"));
    mPlanCopyAction->setText(tr("&Copy Areas"));
    mPlanPasteAction->setText(tr("&Paste Areas"));
    mPlanDeleteAction->setText(tr("Delete from the &Plan"));
    mPersonLabel->setText(tr("Person: "));
    mPerson->setToolTip(tr("The person recorded in the history of the changes you make"));

    // The undo actions carry their translated prefix: make them again.
    delete mUndoAction;
    delete mRedoAction;
    mUndoAction = mUndoGroup->createUndoAction(this, tr("Undo"));
    mUndoAction->setShortcut(QKeySequence::Undo);
    mRedoAction = mUndoGroup->createRedoAction(this, tr("Redo"));
    mRedoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence::Redo});
    QAction *first = mEditMenu->actions().value(0);
    mEditMenu->insertAction(first, mUndoAction);
    mEditMenu->insertAction(first, mRedoAction);
    // On the toolbar as icons: their text changes with every edit.
    mUndoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo"), style()->standardIcon(QStyle::SP_ArrowBack)));
    mRedoAction->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo"), style()->standardIcon(QStyle::SP_ArrowForward)));
    QAction *firstTool = mToolBar->actions().value(0);
    mToolBar->insertAction(firstTool, mUndoAction);
    mToolBar->insertAction(firstTool, mRedoAction);
    for (QAction *a : {mUndoAction, mRedoAction}) {
        if (auto *button = qobject_cast<QToolButton *>(mToolBar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }

    fillPeople();
    updateTitle();
    updateCount();
    updateFindingCounts();
    if (mModel)
        mModel->retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && mFileMenu)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveHeaderState();
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kWindowStateKey, saveState());
    event->accept();
}

// ---------------------------------------------------------------- document

bool MainWindow::openFile(const QString &path)
{
    try {
        setDocument(Document::open(path)); // can throw
        RecentFiles::add(path);
        return true;
    } catch (const Exception &e) {
        showError(tr("The register could not be opened"), e.message());
    } catch (const std::exception &e) {
        showError(tr("The register could not be opened"), QString::fromLocal8Bit(e.what()));
    }
    return false;
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    mUndoGroup->addStack(document->undoStack());
    mUndoGroup->setActiveStack(document->undoStack());
    Document *views = document.get();
    std::unique_ptr<Document> previous = std::exchange(mDocument, std::move(document));
    attachViews(views); // the previous document (and its stack) goes once the views have let go
    previous.reset();
    // A failed write is shown after the command has returned.
    connect(mDocument.get(), &Document::failed, this,
            [this](const QString &message) { showError(tr("The change was not saved"), message); },
            Qt::QueuedConnection);
    connect(mDocument.get(), &Document::peopleChanged, this, &MainWindow::fillPeople);
    connect(mDocument.get(), &Document::findingsChanged, this, &MainWindow::updateFindingCounts);
    connect(mDocument.get(), &Document::findingsReset, this, &MainWindow::updateFindingCounts);
    // A ledger import changed rows, departments and people all at once: the views start over
    // on the same document. Its undo stack stays valid (an import only adds rows), so it is kept.
    connect(mDocument.get(), &Document::reloaded, this, [this] { attachViews(mDocument.get()); });
    updateTitle();
}

void MainWindow::attachViews(Document *document)
{
    if (mModel)
        saveHeaderState();
    AssetTableModel *oldModel = mModel;
    mModel = new AssetTableModel(document, this);
    mProxy->setAssetModel(mModel);
    mProxy->clearFilters();
    mTree->setDocument(document);
    mDetail->setDocument(document);
    mFindings->setDocument(document);
    mPlaces->setDocument(document);
    mPlanEditor->setDocument(document);
    mFilterBar->setTarget(mProxy, document);
    delete oldModel;
    connect(mModel, &AssetTableModel::editRejected, this,
            [this](const QString &message) { showError(tr("Not changed"), message); });
    {
        const QSignalBlocker block(mAfterHoursAction);
        mAfterHoursAction->setChecked(false); // the document starts in the day view
    }
    restoreHeaderState();
    fillPeople();
    updateCount();
    updateFindingCounts();
    mDetail->setAsset(0);
    if (mProxy->rowCount() > 0)
        mTable->selectRow(0);
    updateActions();
}

void MainWindow::saveHeaderState() const
{
    QSettings().setValue(kHeaderKey, mTable->horizontalHeader()->saveState());
}

void MainWindow::restoreHeaderState()
{
    QHeaderView *header = mTable->horizontalHeader();
    const QByteArray state = QSettings().value(kHeaderKey).toByteArray();
    if (state.isEmpty() || !header->restoreState(state)) {
        // From the header texts only: measuring cells would read rows.
        for (int c = 0; c < AssetTableModel::ColumnCount; ++c)
            header->resizeSection(c, std::clamp(header->sectionSizeHint(c) + 12, 90, 240));
        header->resizeSection(AssetTableModel::NameColumn, 240);
        // The findings come right after the number: the first thing a manager looks for.
        header->moveSection(header->visualIndex(AssetTableModel::FindingsColumn), 1);
        header->resizeSection(AssetTableModel::FindingsColumn, 100);
    }
    // The sort order is not restored: sorting 100k rows is not free, and a fresh start is expected.
    mTable->sortByColumn(-1, Qt::AscendingOrder);
    for (int c = 0; c < AssetTableModel::ColumnCount; ++c) {
        if (!mModel->isColumnUsed(c))
            header->setSectionHidden(c, true);
    }
}

void MainWindow::updateTitle()
{
    setWindowTitle(mDocument ? tr("%1 — Daicho").arg(QFileInfo(mDocument->path()).fileName()) : tr("Daicho"));
}

void MainWindow::updateCount()
{
    const int total = mDocument ? mDocument->assetCount() : 0;
    // Counts with thousands separators (公用文: 1,234 件).
    const QLocale numbers(QLocale::English);
    mCount->setText(tr("%1 shown / %2 in total").arg(numbers.toString(mProxy->rowCount()), numbers.toString(total)));
}

void MainWindow::updateFindingCounts()
{
    if (!mDocument) {
        mFindingCounts->clear();
        return;
    }
    const FindingCounts &n = mDocument->findings().counts();
    const QLocale numbers(QLocale::English);
    QString text = tr("Errors %1 · Warnings %2 · Notes %3")
                       .arg(numbers.toString(n.errors), numbers.toString(n.warnings), numbers.toString(n.infos));
    if (n.accepted)
        text += tr(" · Accepted %1").arg(numbers.toString(n.accepted));
    if (mDocument->afterHoursView())
        text += tr(" (after hours)");
    mFindingCounts->setText(text);
    mFindingCounts->setToolTip(tr("Findings of the zone, network and handling rules; accepted findings are not counted"));
}

void MainWindow::updateActions()
{
    const bool open = mDocument != nullptr;
    const bool selected = open && currentAsset() != 0;
    mNewAssetAction->setEnabled(open);
    mDeleteAssetAction->setEnabled(selected);
    mHistoryAction->setEnabled(selected);
    mDepartmentsAction->setEnabled(open);
    mPeopleAction->setEnabled(open);
    mColumnsAction->setEnabled(open);
    mAfterHoursAction->setEnabled(open);
    mZoneRulesAction->setEnabled(open);
    mImportLedgerAction->setEnabled(open);
    mExportLedgerAction->setEnabled(open);
    mPrintLedgerAction->setEnabled(open);
}

void MainWindow::fillPeople()
{
    const QString chosen = mPerson->count() ? mPerson->currentData().toString()
                                            : QSettings().value(kPersonKey).toString();
    const QSignalBlocker blocker(mPerson);
    mPerson->clear();
    mPerson->addItem(tr("(not chosen)"), QString());
    if (mDocument) {
        for (const Person &p : mDocument->people())
            mPerson->addItem(p.name, p.name);
    }
    const int i = mPerson->findData(chosen);
    mPerson->setCurrentIndex(i < 0 ? 0 : i);
    if (mDocument)
        mDocument->setPerson(mPerson->currentData().toString());
}

Id MainWindow::currentAsset() const
{
    const QModelIndex current = mTable->selectionModel()->currentIndex();
    return current.isValid() ? mProxy->assetIdAt(current.row()) : 0;
}

bool MainWindow::selectAsset(Id id)
{
    if (!mDocument || !mDocument->asset(id))
        return false;
    int row = mProxy->proxyRowOf(id);
    if (row < 0) {
        mFilterBar->clear();
        mTree->selectDepartment(0);
        row = mProxy->proxyRowOf(id);
    }
    if (row < 0)
        return false;
    const QModelIndex index = mProxy->index(row, AssetTableModel::NumberColumn);
    mTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    mTable->scrollTo(index);
    return true;
}

// ---------------------------------------------------------------- slots

bool MainWindow::showPlan(const QString &floor)
{
    if (!mDocument)
        return false;
    for (const Place &p : mDocument->places()) {
        if (p.kind == PlaceKind::Floor && (p.name == floor || mDocument->placePath(p.id) == floor)) {
            mTabs->setCurrentIndex(1);
            mPlanEditor->setFloor(p.id);
            return true;
        }
    }
    return false;
}

void MainWindow::showError(const QString &title, const QString &message)
{
    if (mQuiet) {
        statusBar()->showMessage(message, 10000);
        return;
    }
    QMessageBox::warning(this, title, message);
}

void MainWindow::newRegister() noexcept
{
    try {
        NewRegisterDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        setDocument(Document::create(dialog.path(), dialog.presetId(), dialog.title())); // can throw
        RecentFiles::add(dialog.path());
        statusBar()->showMessage(tr("Add the departments first: every asset belongs to one."), 10000);
        editDepartments();
    } catch (const Exception &e) {
        showError(tr("The register could not be created"), e.message());
    }
}

void MainWindow::openRegister() noexcept
{
    const QString start = mDocument ? QFileInfo(mDocument->path()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open register"), start,
                                                      tr("Daicho registers (*.daicho);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::newAsset() noexcept
{
    if (!mDocument)
        return;
    try {
        Id department = mProxy->departmentFilter();
        if (!department && !mDocument->departments().isEmpty()) {
            const Asset *current = mDocument->asset(currentAsset());
            department = current ? current->departmentId : mDocument->departments().first().id;
        }
        const Department *d = mDocument->department(department);
        if (!d) {
            showError(tr("No departments"), tr("Add a department first (Edit ▸ Departments…): every asset belongs to one."));
            return;
        }
        Asset a;
        a.departmentId = d->id;
        a.name = tr("New asset");
        const QString prefix = (d->code.isEmpty() ? QStringLiteral("A") : d->code) + u'-';
        for (int n = 1;; ++n) {
            a.number = prefix + QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0'));
            if (!mDocument->numberInUse(a.number))
                break;
        }
        auto *command = new InsertAssetCommand(mDocument.get(), a); // can throw
        // On success the stack owns the command; on failure it was deleted, and not read again.
        if (mDocument->execute(command) && selectAsset(command->assetId())) {
            mDetailDock->show();
            if (QWidget *name = mDetail->findChild<QWidget *>(QStringLiteral("nameEdit")))
                name->setFocus();
        }
    } catch (const Exception &e) {
        showError(tr("The asset could not be added"), e.message());
    }
}

void MainWindow::deleteAssets() noexcept
{
    if (!mDocument)
        return;
    QList<Id> ids;
    for (const QModelIndex &index : mTable->selectionModel()->selectedRows())
        ids.append(mProxy->assetIdAt(index.row()));
    if (ids.isEmpty() && currentAsset())
        ids.append(currentAsset());
    if (ids.isEmpty())
        return;
    const QString question = ids.size() == 1
                                 ? tr("Delete %1? Its links go with it. You can undo this.").arg(mDocument->assetLabel(ids.first()))
                                 : tr("Delete %n assets? Their links go with them. You can undo this.", nullptr, int(ids.size()));
    if (!mQuiet && QMessageBox::question(this, tr("Delete assets"), question) != QMessageBox::Yes)
        return;
    QUndoStack *stack = mDocument->undoStack();
    try {
        stack->beginMacro(UndoText::deleteAssets(int(ids.size())));
        for (Id id : std::as_const(ids))
            mDocument->execute(new DeleteAssetCommand(mDocument.get(), id)); // can throw
        stack->endMacro();
    } catch (const Exception &e) {
        stack->endMacro();
        showError(tr("The assets could not be deleted"), e.message());
    }
}

void MainWindow::showHistory() noexcept
{
    if (!mDocument || !currentAsset())
        return;
    try {
        AssetHistoryDialog dialog(mDocument.get(), currentAsset(), this); // can throw
        dialog.exec();
    } catch (const Exception &e) {
        showError(tr("The history could not be read"), e.message());
    }
}

void MainWindow::editDepartments() noexcept
{
    if (!mDocument)
        return;
    DepartmentsDialog dialog(mDocument.get(), this);
    dialog.exec();
}

void MainWindow::editPeople() noexcept
{
    if (!mDocument)
        return;
    PeopleDialog dialog(mDocument.get(), this);
    dialog.exec();
}

void MainWindow::setQuiet(bool quiet)
{
    mQuiet = quiet;
    mPlaces->setQuiet(quiet);
}

void MainWindow::editZoneRules() noexcept
{
    if (!mDocument)
        return;
    ZoneRulesDialog dialog(mDocument.get(), this);
    dialog.exec();
}

void MainWindow::chooseColumns() noexcept
{
    if (!mModel)
        return;
    QList<int> unused;
    for (int c = 0; c < AssetTableModel::ColumnCount; ++c) {
        if (!mModel->isColumnUsed(c))
            unused.append(c);
    }
    ColumnsDialog dialog(mTable->horizontalHeader(), unused, this);
    if (dialog.exec() == QDialog::Accepted)
        saveHeaderState();
}

void MainWindow::importLedger() noexcept
{
    if (!mDocument)
        return;
    try {
        LedgerImportWizard wizard(mDocument.get(), this); // can throw (it reads the register)
        if (wizard.exec() != QDialog::Accepted || wizard.importedCount() <= 0)
            return;
        // The new assets have the highest ids: the last rows. Show the first of them.
        const int first = mDocument->assetCount() - wizard.importedCount();
        if (first >= 0 && first < mDocument->assetCount())
            selectAsset(mDocument->assetAt(first).id);
        statusBar()->showMessage(
            tr("%1 asset(s) were imported.").arg(QLocale(QLocale::English).toString(wizard.importedCount())), 10000);
    } catch (const Exception &e) {
        showError(tr("The ledger could not be imported"), e.message());
    }
}

void MainWindow::exportLedger() noexcept
{
    if (!mDocument)
        return;
    LedgerExportDialog dialog(mDocument.get(),
                              LedgerExportDialog::shownColumns(mTable->horizontalHeader(), mDocument->scheme()), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(dialog.lastMessage(), 10000);
}

void MainWindow::printLedger() noexcept
{
    if (!mDocument)
        return;
    try {
        LedgerPrintDialog dialog(mDocument.get(),
                                 LedgerExportDialog::shownColumns(mTable->horizontalHeader(), mDocument->scheme()), this);
        dialog.exec();
        if (!dialog.lastMessage().isEmpty())
            statusBar()->showMessage(dialog.lastMessage(), 10000);
    } catch (const Exception &e) {
        showError(tr("The ledger could not be printed"), e.message());
    }
}

void MainWindow::setLanguage(const QString &language) noexcept
{
    QSettings().setValue(kLanguageKey, language);
    I18n::install(language); // every widget gets a LanguageChange event and retranslates itself
}

void MainWindow::about() noexcept
{
    QMessageBox::about(this, tr("About Daicho"),
                       tr("<h3>Daicho %1</h3><p>The information asset register (情報資産管理台帳) of a section: "
                          "record and classify information assets, their links and handling measures.</p>")
                           .arg(QStringLiteral(DAICHO_VERSION)));
}

} // namespace daicho
