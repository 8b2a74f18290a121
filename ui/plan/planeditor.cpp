#include "ui/plan/planeditor.h"

#include "core/exceptions.h"
#include "ui/commands/plancommands.h"
#include "db/registerstore.h"
#include "ui/document.h"
#include "ui/plan/doordialog.h"
#include "ui/plan/drawtools.h"
#include "ui/plan/placement.h"
#include "core/render/ledgerprintdata.h"
#include "core/render/plansheetdata.h"
#include "ui/plan/planitems.h"
#include "ui/plan/planoutputdialog.h"
#include "ui/plan/planpropertiesdialog.h"
#include "ui/plan/planscene.h"
#include "ui/plan/planview.h"
#include "ui/plan/selecttool.h"
#include "ui/undotext.h"

#include <QActionGroup>
#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPdfDocument>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <utility>

namespace daicho {

namespace {

/// The list of assets to place; dragging carries their ids to the plan.
class AssetPalette : public QListWidget {
public:
    using QListWidget::QListWidget;

protected:
    QStringList mimeTypes() const override { return {QLatin1String(PlanView::kAssetMime)}; }
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override
    {
        QList<Id> ids;
        for (const QListWidgetItem *item : items)
            ids.append(item->data(Qt::UserRole).toLongLong());
        auto *data = new QMimeData;
        data->setData(QLatin1String(PlanView::kAssetMime), PlanView::encodeAssets(ids));
        return data;
    }
};

/// A pan "tool": the view pans with the left button while it is active.
class PanTool : public PlanTool {
    Q_DECLARE_TR_FUNCTIONS(daicho::PanTool)
public:
    using PlanTool::PlanTool;
    QCursor cursor() const override { return QCursor(Qt::OpenHandCursor); }
    QString hint() const override { return tr("Drag to move the plan. The wheel zooms."); }
};

constexpr int kMaxBackgroundSide = 4000; // pixels: a scan sharp enough, a register not bloated

} // namespace

PlanEditor::PlanEditor(QWidget *parent)
    : QWidget(parent),
      mToolBar(new QToolBar),
      mFloors(new QComboBox),
      mKind(new QComboBox),
      mToolGroup(new QActionGroup(this)),
      mAssetsTitle(new QLabel),
      mAssetFilter(new QLineEdit),
      mUnplacedOnly(new QCheckBox),
      mAssets(new AssetPalette),
      mStatus(new QLabel),
      mPointer(new QLabel),
      mAssetsTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("planEditor"));
    mFloors->setObjectName(QStringLiteral("planFloor"));
    mFloors->setMinimumContentsLength(18);
    mToolBar->addWidget(mFloors);
    mToolBar->addSeparator();
    for (int i = 0; i <= int(Tool::Pan); ++i) {
        QAction *a = mToolBar->addAction(QString());
        a->setCheckable(true);
        a->setData(i);
        mToolGroup->addAction(a);
        mToolActions.append(a);
        connect(a, &QAction::triggered, this, [this, i] { setTool(Tool(i)); });
    }
    mToolActions.first()->setChecked(true);
    mToolBar->addWidget(mKind);
    mToolBar->addSeparator();
    mZoomInAction = mToolBar->addAction(QString());
    mZoomOutAction = mToolBar->addAction(QString());
    mFitAction = mToolBar->addAction(QString());
    mNightAction = mToolBar->addAction(QString());
    mNightAction->setCheckable(true);
    // The plan's own settings and output on a second row: the first is full of tools.
    mPlanBar = new QToolBar;
    mBackgroundAction = mPlanBar->addAction(QString());
    mPropertiesAction = mPlanBar->addAction(QString());
    mDeletePlanAction = mPlanBar->addAction(QString());
    mPlanBar->addSeparator();
    mPrintAction = mPlanBar->addAction(QString());
    mExportAction = mPlanBar->addAction(QString());
    mZoomInAction->setShortcut(QKeySequence::ZoomIn);
    mZoomOutAction->setShortcut(QKeySequence::ZoomOut);
    mFitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    for (QAction *a : {mZoomInAction, mZoomOutAction, mFitAction})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    for (const PlaceKind k : {PlaceKind::Room, PlaceKind::Container, PlaceKind::ServerRack, PlaceKind::CounterPublic})
        mKind->addItem(QString(), int(k));

    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 0, 0, 0);
    sideLayout->addWidget(mAssetsTitle);
    sideLayout->addWidget(mAssetFilter);
    sideLayout->addWidget(mUnplacedOnly);
    sideLayout->addWidget(mAssets, 1);
    mAssets->setObjectName(QStringLiteral("planAssets"));
    mAssets->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mAssets->setDragEnabled(true);
    mAssets->setDragDropMode(QAbstractItemView::DragOnly);
    mAssetFilter->setClearButtonEnabled(true);
    mUnplacedOnly->setChecked(true);

    mSplitter = new QSplitter;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(mToolBar);
    layout->addWidget(mPlanBar);
    layout->addWidget(mSplitter, 1);
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(6, 0, 6, 2);
    statusRow->addWidget(mStatus, 1);
    statusRow->addWidget(mPointer);
    layout->addLayout(statusRow);
    mStatus->setWordWrap(false);
    mSplitter->addWidget(side);

    connect(mFloors, &QComboBox::activated, this, [this] { setFloor(mFloors->currentData().toLongLong()); });
    connect(mAssetFilter, &QLineEdit::textChanged, this, &PlanEditor::fillAssets);
    connect(mUnplacedOnly, &QCheckBox::toggled, this, &PlanEditor::fillAssets);
    connect(mBackgroundAction, &QAction::triggered, this, &PlanEditor::chooseBackground);
    connect(mPropertiesAction, &QAction::triggered, this, &PlanEditor::editProperties);
    connect(mDeletePlanAction, &QAction::triggered, this, &PlanEditor::deletePlan);
    connect(mPrintAction, &QAction::triggered, this, &PlanEditor::print);
    connect(mExportAction, &QAction::triggered, this, &PlanEditor::exportPlan);
    connect(mNightAction, &QAction::toggled, this, [this](bool on) {
        if (mDocument && mDocument->afterHoursView() != on)
            mDocument->setAfterHoursView(on);
        if (mScene)
            mScene->setNightView(on);
    });
    mAssetsTimer->setSingleShot(true);
    mAssetsTimer->setInterval(0);
    connect(mAssetsTimer, &QTimer::timeout, this, &PlanEditor::fillAssets);
    retranslate();
    setEnabled(false);
}

PlanEditor::~PlanEditor()
{
    // The scene and view go with their parents; nothing of theirs may reach this editor then.
    if (mScene)
        mScene->disconnect(this);
    if (mView)
        mView->setTool(nullptr);
}

void PlanEditor::setDocument(Document *document)
{
    if (mView) {
        mView->setTool(nullptr);
        delete mView;
        mView = nullptr;
    }
    mTools.clear();
    if (PlanScene *old = std::exchange(mScene, nullptr)) {
        old->disconnect(this);
        // Silent while it goes. (Not a QSignalBlocker: its destructor would unblock the
        // deleted scene.)
        old->blockSignals(true);
        delete old;
    }
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    setEnabled(document != nullptr);
    if (!document) {
        mFloors->clear();
        mAssets->clear();
        return;
    }
    mScene = new PlanScene(document, this);
    mView = new PlanView(mScene);
    mSplitter->insertWidget(0, mView);
    mSplitter->setStretchFactor(0, 1);
    mSplitter->setSizes({900, 260});

    mContext = std::make_unique<PlanToolContext>();
    mContext->document = document;
    mContext->scene = mScene;
    mContext->execute = [this](const std::function<QUndoCommand *()> &make) { return execute(make); };
    mContext->status = [this](const QString &text) { updateStatus(text); };
    mContext->newAreaKind = [this] { return PlaceKind(mKind->currentData().toInt()); };
    mContext->areaToOutline = [this]() -> Id {
        const Place *p = mDocument ? mDocument->place(mTreePlace) : nullptr;
        if (!p || !p->isArea() || !p->outline.isEmpty())
            return 0;
        return PlanContent::floorOf(p->id, mDocument->places()) == floorId() ? p->id : 0;
    };
    mContext->chosenAssets = [this] { return chosenAssets(); };
    mContext->askDistance = [this](double measured) { return askDistance(measured); };
    mContext->activateArea = [this](Id id) { emit areaSelected(id); };
    mContext->editDoor = [this](int index) { editDoor(index); };
    mTools.push_back(std::make_unique<SelectTool>(*mContext));
    mTools.push_back(std::make_unique<RectangleTool>(*mContext));
    mTools.push_back(std::make_unique<PolygonTool>(*mContext));
    mTools.push_back(std::make_unique<DoorTool>(*mContext));
    mTools.push_back(std::make_unique<PlaceAssetTool>(*mContext));
    mTools.push_back(std::make_unique<CalibrateTool>(*mContext));
    mTools.push_back(std::make_unique<PanTool>(*mContext));

    mView->setDropHandler([this](const QList<Id> &ids, QPointF pos) { placeAssets(*mContext, ids, pos, false); });
    connect(mZoomInAction, &QAction::triggered, mView, [this] { mView->zoomBy(1.25); });
    connect(mZoomOutAction, &QAction::triggered, mView, [this] { mView->zoomBy(0.8); });
    connect(mFitAction, &QAction::triggered, mView, &PlanView::fitToWindow);
    connect(mView, &PlanView::zoomChanged, mScene, &PlanScene::setZoom);
    connect(mView, &PlanView::pointerMoved, this, [this](QPointF p) {
        mPointer->setText(tr("x %1 m  y %2 m").arg(p.x() / 1000, 0, 'f', 2).arg(p.y() / 1000, 0, 'f', 2));
    });
    connect(document, &Document::findingsReset, this, [this] {
        if (mDocument && mNightAction->isChecked() != mDocument->afterHoursView())
            mNightAction->setChecked(mDocument->afterHoursView());
    });
    connect(document, &Document::placesChanged, this, &PlanEditor::fillFloors);
    // The list follows edits once the edit's own updates are on screen (a drag of 20 markers
    // refills it once, not 20 times).
    connect(document, &Document::assetsChanged, mAssetsTimer, qOverload<>(&QTimer::start));
    connect(mScene, &QGraphicsScene::selectionChanged, this, [this] {
        if (!mScene || mScene->rebuilding())
            return;
        const QList<QGraphicsItem *> selected = mScene->selectedItems();
        if (selected.size() == 1 && selected.first()->type() == AreaItemType)
            emit areaSelected(static_cast<AreaItem *>(selected.first())->placeId());
    });
    connect(mScene, &PlanScene::floorLoaded, mView, &PlanView::fitToWindow, Qt::QueuedConnection);

    fillFloors();
    mNightAction->setChecked(document->afterHoursView());
    setTool(Tool::Select);
    if (mFloors->count() > 0)
        setFloor(mFloors->itemData(0).toLongLong());
}

Id PlanEditor::floorId() const { return mScene ? mScene->floorId() : 0; }

void PlanEditor::setFloor(Id floorId)
{
    if (!mScene)
        return;
    const int index = mFloors->findData(floorId);
    if (index >= 0)
        mFloors->setCurrentIndex(index);
    if (mView && mView->tool())
        mView->tool()->cancel();
    mScene->setFloor(floorId);
    mScene->setNightView(mNightAction->isChecked());
    fillAssets();
    updateStatus();
}

void PlanEditor::setTool(Tool tool)
{
    mToolId = tool;
    mToolActions.at(int(tool))->setChecked(true);
    mKind->setEnabled(tool == Tool::Rectangle || tool == Tool::Polygon);
    if (!mView)
        return;
    mView->setTool(toolObject(tool));
    mScene->clearOverlay();
    updateStatus();
}

PlanTool *PlanEditor::toolObject(Tool tool) const
{
    const auto i = size_t(tool);
    return i < mTools.size() ? mTools[i].get() : nullptr;
}

void PlanEditor::showPlace(Id placeId)
{
    mTreePlace = placeId;
    if (!mDocument || !mScene)
        return;
    const Place *p = mDocument->place(placeId);
    if (!p)
        return;
    const Id floor = p->kind == PlaceKind::Floor ? p->id : PlanContent::floorOf(p->id, mDocument->places());
    if (floor && floor != floorId())
        setFloor(floor);
    if (AreaItem *item = mScene->areaItem(placeId)) {
        if (!item->isSelected()) {
            const QSignalBlocker block(mScene);
            mScene->clearSelection();
            item->setSelected(true);
        }
        if (mView)
            mView->ensureVisible(item, 40, 40);
    } else if (p->isArea()) {
        updateStatus(tr("\"%1\" is not drawn yet: draw a rectangle or polygon and it becomes its outline.").arg(p->name));
    }
}

void PlanEditor::fillFloors()
{
    if (!mDocument)
        return;
    const Id current = floorId();
    const QSignalBlocker block(mFloors);
    mFloors->clear();
    for (const Place &p : mDocument->places()) {
        if (p.kind == PlaceKind::Floor)
            mFloors->addItem(mDocument->placePath(p.id), p.id);
    }
    const int index = mFloors->findData(current);
    if (index >= 0)
        mFloors->setCurrentIndex(index);
    else if (current && mScene && mFloors->count() > 0)
        setFloor(mFloors->itemData(0).toLongLong());
}

void PlanEditor::fillAssets()
{
    if (!mDocument || !mScene)
        return;
    // The assets a section places on its plan: devices, media and paper, not systems or data.
    const QString filter = Document::foldForSearch(mAssetFilter->text().trimmed());
    QSet<Id> onFloor;
    for (const Place *p : mScene->areas())
        onFloor.insert(p->id);
    const QList<Id> keep = chosenAssets();
    mAssets->clear();
    constexpr int kMax = 400;
    int shown = 0, matching = 0;
    for (int row = 0; row < mDocument->assetCount(); ++row) {
        const Asset &a = mDocument->assetAt(row);
        if (!Enums::isPhysical(a.kind))
            continue;
        if (mUnplacedOnly->isChecked() && a.usePlaceId)
            continue;
        if (!filter.isEmpty() && !mDocument->searchTextAt(row).contains(filter))
            continue;
        ++matching;
        if (shown >= kMax)
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(a.number, a.name), mAssets);
        item->setData(Qt::UserRole, a.id);
        QString where = a.usePlaceId ? mDocument->placePath(a.usePlaceId) : tr("Not placed");
        item->setToolTip(QStringLiteral("%1\n%2\n%3").arg(Enums::label(a.kind), mDocument->departmentName(a.departmentId), where));
        if (onFloor.contains(a.usePlaceId))
            item->setForeground(palette().color(QPalette::PlaceholderText));
        item->setSelected(keep.contains(a.id));
        ++shown;
    }
    mAssetsTitle->setText(matching > shown ? tr("Assets (%1 of %2 shown; type to narrow)").arg(shown).arg(matching)
                                           : tr("Assets (%1)").arg(matching));
}

QList<Id> PlanEditor::chosenAssets() const
{
    QList<Id> ids;
    for (const QListWidgetItem *item : mAssets->selectedItems())
        ids.append(item->data(Qt::UserRole).toLongLong());
    return ids;
}

void PlanEditor::updateStatus(const QString &text)
{
    if (!text.isEmpty()) {
        mStatus->setText(text);
        return;
    }
    if (mView && mView->tool())
        mStatus->setText(mView->tool()->hint());
}

bool PlanEditor::execute(const std::function<QUndoCommand *()> &make)
{
    if (!mDocument)
        return false;
    QUndoCommand *command = nullptr;
    try {
        command = make(); // can throw ValidationError
    } catch (const Exception &e) {
        updateStatus(e.message());
        emit message(e.message());
        return false;
    }
    const bool ok = mDocument->execute(command);
    if (ok)
        updateStatus();
    return ok;
}

void PlanEditor::copySelection()
{
    if (!mScene || !mDocument)
        return;
    mClipboard.clear();
    QSet<Id> chosen;
    for (QGraphicsItem *item : mScene->selectedItems()) {
        if (item->type() == AreaItemType)
            chosen.unite(mDocument->placeSubtree(static_cast<AreaItem *>(item)->placeId()));
    }
    // Parents first, as areasOf() orders them.
    for (const Place *p : mScene->areas()) {
        if (chosen.contains(p->id) && p->outline.size() >= 3)
            mClipboard.append(*p);
    }
    if (!mClipboard.isEmpty())
        updateStatus(tr("%n area(s) copied.", nullptr, int(mClipboard.size())));
}

void PlanEditor::paste()
{
    if (mClipboard.isEmpty() || !mScene || !mDocument)
        return;
    const int offset = int(mScene->gridStep() * 5);
    QSet<Id> copied;
    for (const Place &p : std::as_const(mClipboard))
        copied.insert(p.id);
    QList<Place> places;
    for (Place p : std::as_const(mClipboard)) {
        // Copies are linked to each other by negative ids; the top ones go where the original's parent is.
        const bool topLevel = !copied.contains(p.parentId);
        p.id = -p.id;
        p.parentId = topLevel ? p.parentId : -p.parentId;
        for (QPoint &v : p.outline)
            v += QPoint(offset, offset);
        if (topLevel) {
            const Id parent = mScene->parentFor(toPolygon(p.outline));
            p.parentId = parent ? parent : mScene->floorId();
        }
        p.name = tr("%1 (copy)").arg(p.name);
        places.append(p);
    }
    execute([&] { return new InsertAreasCommand(mDocument, UndoText::pasteAreas(int(places.size())), places); });
}

void PlanEditor::deleteSelection()
{
    if (auto *select = static_cast<SelectTool *>(toolObject(Tool::Select)))
        select->deleteSelection();
}

double PlanEditor::askDistance(double measured)
{
    bool ok = false;
    const double mm = QInputDialog::getDouble(this, tr("Calibrate"),
                                              tr("Real distance between the two points, in millimetres "
                                                 "(now %1 mm):").arg(qRound(measured)),
                                              measured, 1, 1e7, 0, &ok);
    return ok ? mm : 0;
}

void PlanEditor::chooseBackground()
{
    if (!mScene || !mDocument)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Background image"), QString(),
                                                      tr("Floor plans (*.png *.jpg *.jpeg *.pdf)"));
    if (path.isEmpty())
        return;
    QImage image;
    QByteArray format = "PNG";
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        QPdfDocument pdf;
        if (pdf.load(path) != QPdfDocument::Error::None || pdf.pageCount() < 1) {
            emit message(tr("%1 could not be read as a PDF.").arg(path));
            return;
        }
        int page = 0;
        if (pdf.pageCount() > 1) {
            bool ok = false;
            page = QInputDialog::getInt(this, tr("Background image"), tr("Page of the PDF:"), 1, 1, pdf.pageCount(), 1, &ok) - 1;
            if (!ok)
                return;
        }
        const QSizeF points = pdf.pagePointSize(page);
        const double scale = double(kMaxBackgroundSide) / std::max(points.width(), points.height());
        image = pdf.render(page, (points * scale).toSize());
    } else {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        image = reader.read();
        if (image.isNull()) {
            emit message(tr("%1 could not be read as an image: %2").arg(path, reader.errorString()));
            return;
        }
        if (reader.format() == "jpeg" || reader.format() == "jpg")
            format = "JPEG";
    }
    if (image.isNull()) {
        emit message(tr("%1 could not be read as an image.").arg(path));
        return;
    }
    if (std::max(image.width(), image.height()) > kMaxBackgroundSide)
        image = image.scaled(kMaxBackgroundSide, kMaxBackgroundSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format.constData(), format == "JPEG" ? 85 : -1);
    FloorPlan plan = mScene->plan();
    plan.background = bytes;
    plan.backgroundSize = image.size();
    // Until it is calibrated: the drawing's width, or 20 m across.
    const QRectF content = mScene->contentRect();
    const double across = plan.doors.isEmpty() && mScene->areaItems().isEmpty() ? 20000.0 : content.width();
    plan.backgroundMmPerPixel = std::max(0.001, across / image.width());
    plan.backgroundOrigin = mScene->areaItems().isEmpty() ? QPointF(0, 0) : content.topLeft();
    if (execute([&] { return new SetPlanCommand(mDocument, UndoText::setBackground(), plan); })) {
        setTool(Tool::Calibrate);
        mView->fitToWindow();
    }
}

void PlanEditor::editDoor(int index)
{
    if (!mScene || !mDocument)
        return;
    FloorPlan plan = mScene->plan();
    if (index < 0 || index >= plan.doors.size())
        return;
    DoorDialog dialog(plan.doors.at(index), this);
    if (dialog.exec() != QDialog::Accepted || dialog.door() == plan.doors.at(index))
        return;
    plan.doors[index] = dialog.door();
    execute([&] { return new SetPlanCommand(mDocument, UndoText::editDoor(), plan); });
}

void PlanEditor::deletePlan()
{
    if (!mScene || !mDocument || !mDocument->planOfFloor(floorId())) {
        updateStatus(tr("This floor has no plan settings, background or doors to delete."));
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Delete the zone plan"),
        tr("Delete the background, doors and title block of the plan of %1? The areas and the assets' places stay. "
           "You can undo this.").arg(mFloors->currentText()));
    if (answer != QMessageBox::Yes)
        return;
    execute([&] { return new DeletePlanCommand(mDocument, floorId()); });
}

void PlanEditor::editProperties()
{
    if (!mScene || !mDocument)
        return;
    PlanPropertiesDialog dialog(*mDocument, mScene->plan(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const FloorPlan after = dialog.plan();
    if (after == mScene->plan())
        return;
    execute([&] { return new SetPlanCommand(mDocument, UndoText::editPlan(), after); });
}

std::optional<PlanSheet> PlanEditor::sheet(const QString &title)
{
    if (!mDocument || !mScene || !floorId())
        return std::nullopt;
    PlanOutputDialog dialog(title, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    PlanSheetInput in;
    in.floorId = floorId();
    in.places = mDocument->places();
    in.assets = mDocument->assets();
    in.plan = mDocument->planOfFloor(floorId());
    in.checker = &mDocument->checker();
    Document *document = mDocument;
    in.findingsOf = [document](Id assetId) -> const std::vector<Finding> * {
        const int row = document->rowOf(assetId);
        return row < 0 ? nullptr : &document->findingsAt(row);
    };
    in.departments = mDocument->departments();
    in.afterHours = mDocument->afterHoursView();
    in.approvalRoles = LedgerPrintBuilder::approvalRoles(mDocument->store().settings()); // as the ledger prints them
    try {
        return PlanSheet(PlanSheetBuilder::build(in), dialog.options()); // can throw (a scale that does not fit)
    } catch (const Exception &e) {
        emit message(e.message());
        QMessageBox::warning(this, title, e.message());
        return std::nullopt;
    }
}

void PlanEditor::print()
{
    const std::optional<PlanSheet> page = sheet(tr("Print the zone plan"));
    if (!page)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(mFloors->currentText());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview of the zone plan"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &page](QPrinter *p) {
        try {
            page->print(*p);
        } catch (const Exception &e) {
            emit message(e.message());
        }
    });
    preview.exec();
}

void PlanEditor::exportPlan()
{
    const std::optional<PlanSheet> page = sheet(tr("Export the zone plan"));
    if (!page)
        return;
    QString selected;
    const QString pdf = tr("PDF (*.pdf)"), png = tr("PNG image (*.png)"), svg = tr("SVG drawing (*.svg)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export the zone plan"),
                                                mFloors->currentText().replace(QStringLiteral(" › "), QStringLiteral("_")) + QStringLiteral(".pdf"),
                                                QStringList{pdf, png, svg}.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    try {
        if (suffix == QLatin1String("png") || (suffix.isEmpty() && selected == png))
            page->exportPng(suffix.isEmpty() ? path + QStringLiteral(".png") : path);
        else if (suffix == QLatin1String("svg") || (suffix.isEmpty() && selected == svg))
            page->exportSvg(suffix.isEmpty() ? path + QStringLiteral(".svg") : path);
        else
            page->exportPdf(suffix.isEmpty() ? path + QStringLiteral(".pdf") : path);
        emit message(tr("Exported the zone plan to %1.").arg(QDir::toNativeSeparators(path)));
    } catch (const Exception &e) {
        QMessageBox::warning(this, tr("Export the zone plan"), e.message());
    }
}

void PlanEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlanEditor::retranslate()
{
    const QStringList tools{tr("Select"),  tr("Rectangle"), tr("Polygon"), tr("Door"),
                            tr("Place asset"), tr("Calibrate"), tr("Pan")};
    const QStringList tips{tr("Select, move and reshape (Esc cancels a drag)"),
                           tr("Draw a rectangular area"),
                           tr("Draw a polygonal area corner by corner"),
                           tr("Put a door on a wall"),
                           tr("Click to place the assets chosen in the list"),
                           tr("Calibrate the background with two points of known distance"),
                           tr("Move the plan (also: middle button, or Space + drag)")};
    for (int i = 0; i < mToolActions.size(); ++i) {
        mToolActions.at(i)->setText(tools.at(i));
        mToolActions.at(i)->setToolTip(tips.at(i));
    }
    const QStringList kinds{tr("Room / area"), tr("Cabinet / locker"), tr("Server rack"), tr("Counter (public side)")};
    for (int i = 0; i < mKind->count(); ++i)
        mKind->setItemText(i, kinds.at(i));
    mKind->setToolTip(tr("Kind of area the rectangle and polygon tools draw"));
    mZoomInAction->setText(tr("Zoom in"));
    mZoomOutAction->setText(tr("Zoom out"));
    mFitAction->setText(tr("Fit"));
    mFitAction->setToolTip(tr("Fit the plan to the window (Ctrl+0)"));
    mNightAction->setText(tr("After hours"));
    mNightAction->setToolTip(tr("Show the plan as it is at night: L2 rooms not locked after hours count as L1"));
    mBackgroundAction->setText(tr("Background…"));
    mBackgroundAction->setToolTip(tr("Load a scanned floor plan (PNG, JPEG or a PDF page) to draw over"));
    mPropertiesAction->setText(tr("Plan properties…"));
    mDeletePlanAction->setText(tr("Delete plan…"));
    mDeletePlanAction->setToolTip(tr("Delete the floor's background, doors and title block (the areas stay)"));
    mPrintAction->setText(tr("Print…"));
    mExportAction->setText(tr("Export…"));
    mExportAction->setToolTip(tr("Export the plan as PDF, PNG or SVG"));
    mAssetFilter->setPlaceholderText(tr("Search assets to place"));
    mUnplacedOnly->setText(tr("Only assets not placed yet"));
    mAssets->setToolTip(tr("Drag assets onto the plan to set where they are used"));
    fillAssets();
    updateStatus();
}

} // namespace daicho
