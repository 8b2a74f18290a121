#pragma once

#include "core/entities.h"
#include "core/render/plansheet.h"

#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QAction;
class QActionGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QTimer;
class QToolBar;
class QUndoCommand;

namespace daicho {

class Document;
class PlanScene;
class PlanTool;
class PlanView;
class SelectTool;
struct PlanToolContext;

/// The 区画図 editor: one floor at a time, its tools, the list of assets to place, and the
/// plan's background, properties and output.
class PlanEditor : public QWidget {
    Q_OBJECT
public:
    enum class Tool { Select, Rectangle, Polygon, Door, PlaceAsset, Calibrate, Pan };

    explicit PlanEditor(QWidget *parent = nullptr);
    ~PlanEditor() override;

    void setDocument(Document *document);
    Document *document() const { return mDocument; }
    PlanScene *scene() const { return mScene; }
    PlanView *view() const { return mView; }
    Id floorId() const;
    void setFloor(Id floorId);
    void setTool(Tool tool);
    Tool tool() const { return mToolId; }
    PlanTool *toolObject(Tool tool) const;
    /// The place chosen in the places panel: a floor switches to it, an area is selected.
    void showPlace(Id placeId);
    /// Copies the selected areas (and what nests in them) and pastes them offset by the grid.
    void copySelection();
    void paste();
    void deleteSelection();
    QAction *printAction() const { return mPrintAction; }
    QAction *exportAction() const { return mExportAction; }

signals:
    /// An area was selected on the plan (or double-clicked): show it in the places panel.
    void areaSelected(Id placeId);
    /// A message for the user (translated), e.g. why a command was refused.
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillFloors();
    void fillAssets();
    void updateStatus(const QString &text = QString());
    bool execute(const std::function<QUndoCommand *()> &make);
    void chooseBackground();
    void editProperties();
    void editDoor(int index);
    void deletePlan();
    /// The page of the floor shown, with the paper and scale asked for; nullopt when cancelled
    /// or refused (the reason is shown).
    std::optional<PlanSheet> sheet(const QString &title);
    void print();
    void exportPlan();
    double askDistance(double measured);
    QList<Id> chosenAssets() const;

    Document *mDocument = nullptr;
    PlanScene *mScene = nullptr;
    PlanView *mView = nullptr;
    std::unique_ptr<PlanToolContext> mContext;
    std::vector<std::unique_ptr<PlanTool>> mTools;
    Tool mToolId = Tool::Select;
    QToolBar *mToolBar;
    QToolBar *mPlanBar;
    QComboBox *mFloors;
    QComboBox *mKind;
    QActionGroup *mToolGroup;
    QList<QAction *> mToolActions;
    QAction *mFitAction;
    QAction *mZoomInAction;
    QAction *mZoomOutAction;
    QAction *mNightAction;
    QAction *mBackgroundAction;
    QAction *mPropertiesAction;
    QAction *mDeletePlanAction;
    QAction *mPrintAction;
    QAction *mExportAction;
    QLabel *mAssetsTitle;
    QLineEdit *mAssetFilter;
    QCheckBox *mUnplacedOnly;
    QListWidget *mAssets;
    QSplitter *mSplitter = nullptr;
    QLabel *mStatus;
    QLabel *mPointer;
    QTimer *mAssetsTimer;
    Id mTreePlace = 0;
    QList<QPoint> mClipboardOrigin;
    QList<Place> mClipboard;
};

} // namespace daicho
