#include "ui/placespanel.h"

#include "core/exceptions.h"
#include "core/registercheck.h"
#include "ui/commands/placecommands.h"
#include "ui/document.h"
#include "ui/placetreemodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSet>
#include <QScrollArea>
#include <QSplitter>
#include <QTime>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <optional>

namespace daicho {

namespace {

constexpr PlaceKind kAreaKinds[] = {PlaceKind::Room, PlaceKind::Container, PlaceKind::ServerRack,
                                    PlaceKind::CounterPublic};

void selectData(QComboBox *combo, const QVariant &value)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(value));
}

/// 「8:30〜17:15」, full-width digits and spaces included, as "08:30-17:15"; "" stays ""
/// (the register's default); nullopt when it is not a time range.
std::optional<QString> normaliseHours(const QString &text)
{
    const QString s = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (s.isEmpty())
        return QString();
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})\\s*[-~〜－ー]\\s*(\\d{1,2}):(\\d{2})$"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const QTime from(m.captured(1).toInt(), m.captured(2).toInt());
    const QTime to(m.captured(3).toInt(), m.captured(4).toInt());
    if (!from.isValid() || !to.isValid() || !(from < to))
        return std::nullopt;
    return from.toString(QStringLiteral("HH:mm")) + u'-' + to.toString(QStringLiteral("HH:mm"));
}

} // namespace

PlacesPanel::PlacesPanel(QWidget *parent)
    : QWidget(parent),
      mModel(new PlaceTreeModel(this)),
      mTree(new QTreeView),
      mToolBar(new QToolBar),
      mAddSite(new QAction(this)),
      mAddBuilding(new QAction(this)),
      mAddFloor(new QAction(this)),
      mAddArea(new QAction(this)),
      mDelete(new QAction(this)),
      mMessage(new QLabel),
      mName(new QLineEdit),
      mKind(new QComboBox),
      mLevel(new QComboBox),
      mLevelHelp(new QLabel),
      mLockedAfterHours(new QCheckBox),
      mBusinessHours(new QLineEdit),
      mManager(new QComboBox),
      mControlled(new QCheckBox),
      mHandling(new QCheckBox),
      mNotes(new QPlainTextEdit),
      mAssetCount(new QLabel),
      mShowAssets(new QPushButton)
{
    setObjectName(QStringLiteral("placesPanel"));
    mTree->setObjectName(QStringLiteral("placeTree"));
    mTree->setModel(mModel);
    mTree->setSelectionMode(QAbstractItemView::SingleSelection);
    mTree->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTree->setExpandsOnDoubleClick(false); // a double-click on an area shows its assets
    mTree->setUniformRowHeights(true);
    // Drag a place onto another to move it there (a room to another floor, a cabinet to
    // another room); the command checks that the kinds fit.
    mTree->setDragEnabled(true);
    mTree->setAcceptDrops(true);
    mTree->setDropIndicatorShown(true);
    mTree->setDragDropMode(QAbstractItemView::DragDrop);
    mTree->setDefaultDropAction(Qt::MoveAction);
    QHeaderView *header = mTree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(PlaceTreeModel::NameColumn, QHeaderView::Stretch);
    for (int c = PlaceTreeModel::LevelColumn; c < PlaceTreeModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // A dock is narrow and nested areas are deep: kind and after-hours are in the tool tip,
    // and their columns come with the header's context menu.
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int c : {PlaceTreeModel::KindColumn, PlaceTreeModel::AfterHoursColumn}) {
        header->hideSection(c);
        auto *show = new QAction(header);
        show->setCheckable(true);
        show->setData(c);
        connect(show, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
        header->addAction(show);
    }

    mAddSite->setObjectName(QStringLiteral("addSiteAction"));
    mAddBuilding->setObjectName(QStringLiteral("addBuildingAction"));
    mAddFloor->setObjectName(QStringLiteral("addFloorAction"));
    mAddArea->setObjectName(QStringLiteral("addAreaAction"));
    mDelete->setObjectName(QStringLiteral("deletePlaceAction"));
    mDelete->setShortcut(QKeySequence::Delete);
    mDelete->setShortcutContext(Qt::WidgetShortcut);
    mTree->addAction(mDelete);
    mToolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    mToolBar->setIconSize(QSize(16, 16));
    mToolBar->addActions({mAddSite, mAddBuilding, mAddFloor, mAddArea});
    mToolBar->addSeparator();
    mToolBar->addAction(mDelete);
    connect(mAddSite, &QAction::triggered, this, [this] { addPlace(PlaceKind::Site); });
    connect(mAddBuilding, &QAction::triggered, this, [this] { addPlace(PlaceKind::Building); });
    connect(mAddFloor, &QAction::triggered, this, [this] { addPlace(PlaceKind::Floor); });
    connect(mAddArea, &QAction::triggered, this, [this] { addPlace(PlaceKind::Room); });
    connect(mDelete, &QAction::triggered, this, &PlacesPanel::deletePlace);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(buildForm());
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(mTree);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(mToolBar);
    layout->addWidget(splitter);

    connect(mTree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        setMessage(QString());
        refreshForm();
        updateActions();
        emit currentPlaceChanged(currentPlace());
    });
    connect(mTree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const Place *p = mDocument ? mDocument->place(mModel->idAt(index)) : nullptr;
        if (p && p->isArea())
            emit placeActivated(p->id);
        else if (index.isValid())
            mTree->setExpanded(index.siblingAtColumn(0), !mTree->isExpanded(index.siblingAtColumn(0)));
    });
    connect(mTree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (!mRestoring)
            mCollapsed.insert(mModel->idAt(index));
    });
    connect(mTree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (!mRestoring)
            mCollapsed.remove(mModel->idAt(index));
    });
    connect(mModel, &PlaceTreeModel::moveRejected, this, &PlacesPanel::setMessage);
    connect(mModel, &QAbstractItemModel::modelAboutToBeReset, this, &PlacesPanel::rememberTree);
    connect(mModel, &QAbstractItemModel::modelReset, this, &PlacesPanel::restoreTree);
    connect(mShowAssets, &QPushButton::clicked, this, [this] {
        if (currentPlace())
            emit placeActivated(currentPlace());
    });

    retranslate();
    setDocument(nullptr);
}

QWidget *PlacesPanel::buildForm()
{
    // The form keeps its natural height at the top; the rest of the scroll area stays empty.
    auto *outer = new QWidget;
    auto *outerLayout = new QVBoxLayout(outer);
    outerLayout->setContentsMargins(6, 6, 6, 6);
    mForm = new QWidget;
    outerLayout->addWidget(mMessage);
    outerLayout->addWidget(mForm);
    outerLayout->addStretch(1);
    // A grid, not a QFormLayout: Qt 6.4's QFormLayout writes out of bounds when rows are
    // hidden (setRowVisible) and a row has a height for width (the wrapped level text); valgrind.
    mLayout = new QGridLayout(mForm);
    mLayout->setContentsMargins(0, 0, 0, 0);
    mLayout->setColumnStretch(1, 1);
    mMessage->setObjectName(QStringLiteral("placeMessage"));
    mMessage->setWordWrap(true);
    mMessage->setStyleSheet(QStringLiteral("color: #c00000;"));
    mMessage->hide();
    mName->setObjectName(QStringLiteral("placeNameEdit"));
    mKind->setObjectName(QStringLiteral("placeKindCombo"));
    mLevel->setObjectName(QStringLiteral("placeLevelCombo"));
    mLockedAfterHours->setObjectName(QStringLiteral("placeLockedCheck"));
    mBusinessHours->setObjectName(QStringLiteral("placeHoursEdit"));
    mManager->setObjectName(QStringLiteral("placeManagerCombo"));
    mControlled->setObjectName(QStringLiteral("placeControlledCheck"));
    mHandling->setObjectName(QStringLiteral("placeHandlingCheck"));
    mNotes->setObjectName(QStringLiteral("placeNotesEdit"));
    mAssetCount->setObjectName(QStringLiteral("placeAssetCount"));
    mShowAssets->setObjectName(QStringLiteral("placeShowAssets"));
    for (QComboBox *combo : {mKind, mLevel, mManager}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    for (int level = 0; level <= 4; ++level)
        mLevel->addItem(PlaceTreeModel::levelIcon(level), Enums::levelLabel(level), level);
    mLevelHelp->setWordWrap(true);
    mLevelHelp->setStyleSheet(QStringLiteral("color: #555555;"));
    mLevelBox = new QWidget;
    auto *levelLayout = new QVBoxLayout(mLevelBox);
    levelLayout->setContentsMargins(0, 0, 0, 0);
    levelLayout->setSpacing(1);
    levelLayout->addWidget(mLevel);
    levelLayout->addWidget(mLevelHelp);
    mEntryBox = new QWidget;
    auto *entryLayout = new QGridLayout(mEntryBox);
    entryLayout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < EntryControlCount; ++i) {
        auto *box = new QCheckBox;
        box->setObjectName(QStringLiteral("placeEntry_%1").arg(Enums::id(EntryControl(1 << i))));
        mEntry.append(box);
        entryLayout->addWidget(box, i / 2, i % 2);
        connect(box, &QCheckBox::clicked, this, [this, i](bool on) {
            commit([&](Place &p) { p.entryControl.setFlag(EntryControl(1 << i), on); });
        });
    }
    mAreaBox = new QWidget;
    auto *areaLayout = new QVBoxLayout(mAreaBox);
    areaLayout->setContentsMargins(0, 0, 0, 0);
    areaLayout->addWidget(mControlled);
    areaLayout->addWidget(mHandling);
    mNotes->setTabChangesFocus(true);
    mNotes->setMaximumHeight(70);
    mNotes->installEventFilter(this);
    mAssetCount->setWordWrap(true);
    mCountBox = new QWidget;
    auto *countLayout = new QHBoxLayout(mCountBox);
    countLayout->setContentsMargins(0, 0, 0, 0);
    countLayout->addWidget(mAssetCount, 1);
    countLayout->addWidget(mShowAssets);

    const QList<QWidget *> fields{mName, mKind, mLevelBox, mLockedAfterHours, mBusinessHours, mEntryBox,
                                  mManager, mAreaBox, mNotes, mCountBox};
    // Single-line editors centre their label; taller fields put it at the top.
    const QSet<QWidget *> tall{mLevelBox, mEntryBox, mAreaBox, mNotes, mCountBox};
    for (QWidget *field : fields) {
        auto *label = new QLabel;
        label->setBuddy(field == mLevelBox ? mLevel : field);
        mLabels.insert(field, label);
        const int row = mLayout->rowCount();
        if (tall.contains(field)) {
            label->setContentsMargins(0, 4, 0, 0);
            mLayout->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignTop);
        } else {
            mLayout->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        }
        mLayout->addWidget(field, row, 1);
    }

    connect(mName, &QLineEdit::editingFinished, this, [this] {
        const QString name = mName->text().trimmed();
        commit([&](Place &p) { p.name = name; });
    });
    connect(mKind, &QComboBox::activated, this, [this] {
        const auto kind = PlaceKind(mKind->currentData().toInt());
        commit([&](Place &p) { p.kind = kind; });
    });
    connect(mLevel, &QComboBox::activated, this, [this] {
        const int level = mLevel->currentData().toInt();
        commit([&](Place &p) { p.level = level; });
    });
    connect(mLockedAfterHours, &QCheckBox::clicked, this, [this](bool on) {
        commit([&](Place &p) { p.lockedAfterHours = on; });
    });
    connect(mBusinessHours, &QLineEdit::editingFinished, this, [this] {
        const std::optional<QString> hours = normaliseHours(mBusinessHours->text());
        if (!hours) {
            setMessage(tr("Business hours look like 08:30-17:15 (from-to, 24-hour clock); leave the field empty for "
                          "the register's default."));
            return;
        }
        mBusinessHours->setText(*hours);
        commit([&](Place &p) { p.businessHours = *hours; });
    });
    connect(mManager, &QComboBox::activated, this, [this] {
        const Id manager = mManager->currentData().toLongLong();
        commit([&](Place &p) { p.managerId = manager; });
    });
    connect(mControlled, &QCheckBox::clicked, this, [this](bool on) {
        commit([&](Place &p) { p.controlledArea = on; });
    });
    connect(mHandling, &QCheckBox::clicked, this, [this](bool on) { commit([&](Place &p) { p.handlingArea = on; }); });
    return outer;
}

PlacesPanel::~PlacesPanel()
{
    // The editors die after this body, and focus moves among them as they go: their focus-out
    // (editingFinished, the notes' filter) must not reach a half-destroyed form.
    mNotes->removeEventFilter(this);
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
}

void PlacesPanel::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mCollapsed.clear();
    mModel->setDocument(document); // resets: restoreTree() expands it
    if (mDocument) {
        // After the model's own connection, so that the tree is current when the form reads it.
        connect(mDocument, &Document::placesChanged, this, [this] {
            refreshForm();
            updateActions();
        });
        connect(mDocument, &Document::peopleChanged, this, [this] {
            fillPeople();
            refreshForm();
        });
        connect(mDocument, &Document::assetsChanged, this, &PlacesPanel::refreshCount);
        connect(mDocument, &Document::assetInserted, this, &PlacesPanel::refreshCount);
        connect(mDocument, &Document::assetRemoved, this, &PlacesPanel::refreshCount);
    }
    fillPeople();
    if (!currentPlace() && mModel->rowCount() > 0)
        mTree->setCurrentIndex(mModel->index(0, 0));
    refreshForm();
    updateActions();
}

Id PlacesPanel::currentPlace() const { return mModel->idAt(mTree->currentIndex()); }

void PlacesPanel::selectPlace(Id id)
{
    const QModelIndex index = mModel->indexOf(id);
    if (!index.isValid()) {
        mTree->selectionModel()->clear();
        return;
    }
    for (QModelIndex up = index.parent(); up.isValid(); up = up.parent())
        mTree->expand(up);
    mTree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    mTree->scrollTo(index);
}

QString PlacesPanel::message() const { return mMessage->isHidden() ? QString() : mMessage->text(); }

void PlacesPanel::rememberTree()
{
    const QModelIndex current = mTree->currentIndex();
    mKeepId = mModel->idAt(current);
    mKeepParent = mModel->idAt(current.parent());
}

void PlacesPanel::restoreTree()
{
    // New places come expanded; those the user collapsed stay collapsed. (Not expandAll():
    // it reports every item as expanded later, which would forget what the user collapsed.)
    const QScopedValueRollback<bool> restoring(mRestoring, true);
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < mModel->rowCount(parent); ++row) {
            const QModelIndex index = mModel->index(row, 0, parent);
            if (mModel->rowCount(index) == 0)
                continue;
            mTree->setExpanded(index, !mCollapsed.contains(mModel->idAt(index)));
            walk(index);
        }
    };
    walk({});
    const Id keep = mModel->indexOf(mKeepId).isValid() ? mKeepId : mKeepParent;
    if (keep)
        selectPlace(keep);
}

void PlacesPanel::fillKinds(const Place *p)
{
    const QSignalBlocker blocker(mKind);
    mKind->clear();
    if (!p)
        return;
    if (p->isArea()) {
        for (PlaceKind kind : kAreaKinds)
            mKind->addItem(Enums::label(kind), int(kind));
    } else {
        mKind->addItem(Enums::label(p->kind), int(p->kind));
    }
    mKind->setCurrentIndex(mKind->findData(int(p->kind)));
}

void PlacesPanel::fillPeople()
{
    const QSignalBlocker blocker(mManager);
    mManager->clear();
    mManager->addItem(tr("Not set"), qlonglong(0));
    if (!mDocument)
        return;
    for (const Person &person : mDocument->people())
        mManager->addItem(person.name, qlonglong(person.id));
}

void PlacesPanel::refreshForm()
{
    const Place *p = mDocument ? mDocument->place(currentPlace()) : nullptr;
    mLoading = true;
    const Place empty;
    const Place &v = p ? *p : empty;
    mForm->setEnabled(p != nullptr);
    if (mName->text() != v.name)
        mName->setText(p ? v.name : QString());
    fillKinds(p);
    mKind->setEnabled(p && p->isArea());
    selectData(mLevel, v.level);
    mLevel->setToolTip(PlaceTreeModel::levelDescription(v.level));
    mLevelHelp->setText(p ? PlaceTreeModel::levelDescription(v.level) : QString());
    mLockedAfterHours->setChecked(v.lockedAfterHours);
    if (mBusinessHours->text() != v.businessHours)
        mBusinessHours->setText(v.businessHours);
    for (int i = 0; i < mEntry.size(); ++i)
        mEntry.at(i)->setChecked(v.entryControl.testFlag(EntryControl(1 << i)));
    selectData(mManager, qlonglong(v.managerId));
    mControlled->setChecked(v.controlledArea);
    mHandling->setChecked(v.handlingArea);
    if (mNotes->toPlainText() != v.notes)
        mNotes->setPlainText(v.notes);
    // Sites, buildings and floors only group areas: no level or entry control of their own.
    const bool area = !p || p->isArea();
    for (QWidget *field : std::initializer_list<QWidget *>{mLevelBox, mLockedAfterHours, mBusinessHours, mEntryBox, mAreaBox}) {
        mLabels.value(field)->setVisible(area);
        field->setVisible(area);
    }
    mLoading = false;
    refreshCount();
}

void PlacesPanel::refreshCount()
{
    const Place *p = mDocument ? mDocument->place(currentPlace()) : nullptr;
    mShowAssets->setEnabled(p != nullptr);
    if (!p) {
        mAssetCount->clear();
        return;
    }
    const int total = int(mDocument->rowsPlacedIn(mDocument->placeSubtree(p->id)).size());
    if (!p->isArea()) {
        mAssetCount->setText(tr("%1 in the areas of this place").arg(total));
        return;
    }
    int used = 0;
    int kept = 0;
    for (const Asset &a : mDocument->assets()) {
        used += a.usePlaceId == p->id;
        kept += a.effectiveStorePlaceId() == p->id;
    }
    QString text = tr("Used here: %1, kept here: %2").arg(used).arg(kept);
    const int here = int(mDocument->rowsPlacedIn({p->id}).size());
    if (total > here)
        text += u'\n' + tr("%1 with the places inside it").arg(total);
    mAssetCount->setText(text);
}

void PlacesPanel::updateActions()
{
    const Place *p = mDocument ? mDocument->place(currentPlace()) : nullptr;
    auto above = [this, p](PlaceKind kind) {
        for (const Place *up = p; up; up = mDocument->place(up->parentId)) {
            if (up->kind == kind)
                return true;
        }
        return false;
    };
    mAddSite->setEnabled(mDocument != nullptr);
    mAddBuilding->setEnabled(above(PlaceKind::Site));
    mAddFloor->setEnabled(above(PlaceKind::Building));
    mAddArea->setEnabled(p && (p->kind == PlaceKind::Floor || p->isArea()));
    mDelete->setEnabled(p != nullptr);
}

void PlacesPanel::addPlace(PlaceKind kind)
{
    if (!mDocument)
        return;
    const Place *selected = mDocument->place(currentPlace());
    Place p;
    p.kind = kind;
    // The kind follows the parent: a building goes on the site of the selection, a floor into
    // its building, an area on the selected floor or inside the selected area.
    auto ancestor = [&](PlaceKind k) -> const Place * {
        for (const Place *up = selected; up; up = mDocument->place(up->parentId)) {
            if (up->kind == k)
                return up;
        }
        return nullptr;
    };
    const Place *parent = nullptr;
    switch (kind) {
    case PlaceKind::Site:
        p.name = tr("New site");
        break;
    case PlaceKind::Building:
        parent = ancestor(PlaceKind::Site);
        p.name = tr("New building");
        break;
    case PlaceKind::Floor: {
        parent = ancestor(PlaceKind::Building);
        int floors = 0;
        for (const Place &other : mDocument->places())
            floors += parent && other.parentId == parent->id;
        p.name = tr("Floor %1").arg(floors + 1);
        break;
    }
    default:
        parent = selected && (selected->kind == PlaceKind::Floor || selected->isArea()) ? selected : nullptr;
        if (parent && parent->isArea()) {
            // Inside a room: a locked container (L3); inside a server room: a server rack (L4).
            p.kind = parent->level >= 4 ? PlaceKind::ServerRack : PlaceKind::Container;
            p.level = parent->level >= 4 ? 4 : 3;
            p.managerId = parent->managerId;
            p.businessHours = parent->businessHours;
            p.name = p.kind == PlaceKind::ServerRack ? tr("New server rack") : tr("New storage");
        } else {
            p.kind = PlaceKind::Room;
            p.level = 2;
            p.name = tr("New room");
        }
        break;
    }
    if (kind != PlaceKind::Site && !parent)
        return;
    p.parentId = parent ? parent->id : 0;
    if (!p.isArea())
        p.level = 0;
    try {
        auto *command = new InsertPlaceCommand(mDocument, p); // can throw
        if (!mDocument->execute(command))
            return;
        setMessage(QString());
        selectPlace(command->placeId());
        mName->setFocus();
        mName->selectAll();
    } catch (const Exception &e) {
        setMessage(e.message());
    }
}

void PlacesPanel::deletePlace()
{
    const Id id = currentPlace();
    if (!mDocument || !id)
        return;
    try {
        mDocument->execute(new DeletePlaceCommand(mDocument, id)); // can throw
        setMessage(QString());
    } catch (const Exception &e) {
        setMessage(e.message());
        if (!mQuiet)
            QMessageBox::warning(this, tr("Place not deleted"), e.message());
    }
}

void PlacesPanel::commit(const std::function<void(Place &)> &change)
{
    if (mLoading || !mDocument)
        return;
    const Place *current = mDocument->place(currentPlace());
    if (!current)
        return;
    Place after = *current;
    change(after);
    if (after == *current) {
        setMessage(QString());
        return;
    }
    try {
        mDocument->execute(new EditPlaceCommand(mDocument, after)); // can throw
        setMessage(QString());
    } catch (const Exception &e) {
        setMessage(e.message());
        refreshForm(); // back to the stored values
    }
}

void PlacesPanel::setMessage(const QString &message)
{
    mMessage->setText(message);
    mMessage->setVisible(!message.isEmpty());
}

bool PlacesPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The notes commit when they lose the focus (QPlainTextEdit has no editingFinished).
    if (watched == mNotes && event->type() == QEvent::FocusOut) {
        const QString notes = mNotes->toPlainText();
        commit([&](Place &p) { p.notes = notes; });
    }
    return QWidget::eventFilter(watched, event);
}

void PlacesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlacesPanel::retranslate()
{
    // The tool bar shows the short text; menus and tool tips the long one.
    mAddSite->setText(tr("Add a site"));
    mAddSite->setIconText(tr("+ Site"));
    mAddBuilding->setText(tr("Add a building on the site of the selected place"));
    mAddBuilding->setIconText(tr("+ Building"));
    mAddFloor->setText(tr("Add a floor to the building of the selected place"));
    mAddFloor->setIconText(tr("+ Floor"));
    mAddArea->setText(tr("Add an area on the selected floor, or a storage place inside the selected area"));
    mAddArea->setIconText(tr("+ Area"));
    mDelete->setText(tr("Delete the selected place (only when nothing is inside it)"));
    mDelete->setIconText(tr("Delete"));
    mLabels.value(mName)->setText(tr("Place name"));
    mLabels.value(mKind)->setText(tr("Kind"));
    mLabels.value(mLevelBox)->setText(tr("Level"));
    mLabels.value(mLockedAfterHours)->setText(tr("After hours"));
    mLabels.value(mBusinessHours)->setText(tr("Business hours"));
    mLabels.value(mEntryBox)->setText(tr("Entry control"));
    mLabels.value(mManager)->setText(tr("Manager"));
    mLabels.value(mAreaBox)->setText(tr("Designation"));
    mLabels.value(mNotes)->setText(tr("Notes"));
    mLabels.value(mCountBox)->setText(tr("Assets"));
    // The editors stay put when the area rows (and their wider labels) come and go.
    int labelWidth = 0;
    for (const QLabel *label : std::as_const(mLabels))
        labelWidth = qMax(labelWidth, label->sizeHint().width());
    mLayout->setColumnMinimumWidth(0, labelWidth);
    mLockedAfterHours->setText(tr("Locked after hours"));
    mLockedAfterHours->setToolTip(tr("An L2 office that is not locked after hours counts as L1 outside business "
                                     "hours; storage is always checked at that level."));
    mBusinessHours->setPlaceholderText(tr("%1 (register default)").arg(DefaultBusinessHours));
    mBusinessHours->setToolTip(tr("From-to, e.g. 08:30-17:15. Outside these hours the after-hours level applies."));
    for (int i = 0; i < mEntry.size(); ++i)
        mEntry.at(i)->setText(Enums::label(EntryControl(1 << i)));
    mControlled->setText(tr("Controlled area"));
    mControlled->setToolTip(tr("管理区域: a room for servers and similar or for storing media; only permitted people "
                               "enter, and entry is controlled."));
    mHandling->setText(tr("Handling area (My Number)"));
    mHandling->setToolTip(tr("取扱区域: where specific personal information (My Number) is handled; partitions and "
                             "seating against shoulder-surfing."));
    for (int level = 0; level <= 4; ++level)
        mLevel->setItemData(level, PlaceTreeModel::levelDescription(level), Qt::ToolTipRole);
    mModel->retranslate();
    for (QAction *action : mTree->header()->actions())
        action->setText(mModel->headerData(action->data().toInt(), Qt::Horizontal).toString());
    mShowAssets->setText(tr("Show assets"));
    mShowAssets->setToolTip(tr("Show the assets used or kept here in the register"));
    if (mDocument) {
        fillPeople();
        refreshForm();
    }
}

} // namespace daicho
