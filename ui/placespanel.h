#pragma once

#include "core/entities.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QToolBar;
class QTreeView;

namespace daicho {

class Document;
class PlaceTreeModel;

/// The register's places for a dock: a tree of sites › buildings › floors › areas with a
/// tool bar to add and delete places, and below it the properties of the selected place.
/// Every committed field change is one EditPlaceCommand, so undo and redo work.
class PlacesPanel : public QWidget {
    Q_OBJECT
public:
    explicit PlacesPanel(QWidget *parent = nullptr);
    ~PlacesPanel() override;

    void setDocument(Document *document);
    /// The selected place; 0 = none.
    Id currentPlace() const;
    /// Selects a place (0 clears the selection).
    void selectPlace(Id id);

    QTreeView *treeView() const { return mTree; }
    PlaceTreeModel *model() const { return mModel; }
    QAction *addSiteAction() const { return mAddSite; }
    QAction *addBuildingAction() const { return mAddBuilding; }
    QAction *addFloorAction() const { return mAddFloor; }
    QAction *addAreaAction() const { return mAddArea; }
    QAction *deleteAction() const { return mDelete; }
    /// The message of the last refused edit ("" if the last edit was accepted), for tests.
    QString message() const;
    /// When quiet, a refused deletion is only reported through message(), for tests.
    void setQuiet(bool quiet) { mQuiet = quiet; }

signals:
    /// The selection changed (0 = none).
    void currentPlaceChanged(Id id);
    /// The user asked to see a place's assets: double-click on an area, or "Show assets" (any
    /// place; filter with Document::placeSubtree()).
    void placeActivated(Id id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildForm();
    void retranslate();
    void fillKinds(const Place *p);
    void fillPeople();
    void refreshForm();
    void refreshCount();
    void updateActions();
    void addPlace(PlaceKind kind);
    void deletePlace();
    /// Applies `change` to a copy of the selected place and pushes it as one command.
    void commit(const std::function<void(Place &)> &change);
    void setMessage(const QString &message);
    void rememberTree();
    void restoreTree();

    QPointer<Document> mDocument;
    PlaceTreeModel *mModel;
    QTreeView *mTree;
    QToolBar *mToolBar;
    QAction *mAddSite;
    QAction *mAddBuilding;
    QAction *mAddFloor;
    QAction *mAddArea;
    QAction *mDelete;
    QWidget *mForm = nullptr;
    QGridLayout *mLayout = nullptr;
    QLabel *mMessage;
    QLineEdit *mName;
    QComboBox *mKind;
    QComboBox *mLevel;
    QWidget *mLevelBox = nullptr;
    QLabel *mLevelHelp;
    QCheckBox *mLockedAfterHours;
    QLineEdit *mBusinessHours;
    QList<QCheckBox *> mEntry; ///< one per EntryControl bit, in order
    QWidget *mEntryBox = nullptr;
    QComboBox *mManager;
    QCheckBox *mControlled;
    QCheckBox *mHandling;
    QWidget *mAreaBox = nullptr;
    QPlainTextEdit *mNotes;
    QWidget *mCountBox = nullptr;
    QLabel *mAssetCount;
    QPushButton *mShowAssets;
    QHash<QWidget *, QLabel *> mLabels;
    bool mLoading = false;
    bool mQuiet = false;
    bool mRestoring = false;
    // Kept across a reset of the model.
    Id mKeepId = 0;
    Id mKeepParent = 0;
    QSet<Id> mCollapsed;
};

} // namespace daicho
