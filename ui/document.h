#pragma once

#include "core/classificationengine.h"
#include "core/classificationscheme.h"
#include "core/entities.h"
#include "core/findings.h"
#include "core/floorplan.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <memory>
#include <vector>

class QTimer;
class QUndoCommand;
class QUndoStack;

namespace daicho {

class RegisterStore;
struct LedgerImportResult;
struct RegisterData;

/// An open register: the store, a cache of what it holds, the classification scheme and
/// the effective classification of every asset, and the undo stack of the edits.
///
/// Assets are kept in id order (row = position). Every edit is an undo command that calls
/// one of the write methods below: they write through the store at once (one transaction
/// with its audit entry) and update the cache and emit signals only after the write
/// succeeded, so the cache is always what is on disk.
class Document : public QObject {
    Q_OBJECT
public:
    // Constructors
    explicit Document(std::unique_ptr<RegisterStore> store, QObject *parent = nullptr); // can throw
    ~Document() override;
    Document(const Document &) = delete;
    Document &operator=(const Document &) = delete;

    static std::unique_ptr<Document> open(const QString &path); // can throw
    /// A new register file with a shipped classification preset.
    static std::unique_ptr<Document> create(const QString &path, const QString &presetId,
                                            const QString &title); // can throw

    // Getters
    RegisterStore &store() const { return *mStore; }
    QString path() const;
    const QString &title() const { return mTitle; }
    /// The register's scheme; level pointers of the engine's results point into it.
    const ClassificationScheme &scheme() const { return mEngine.scheme(); }
    const ClassificationEngine &engine() const { return mEngine; }
    QUndoStack *undoStack() const { return mUndoStack; }

    int assetCount() const { return int(mAssets.size()); }
    const QList<Asset> &assets() const { return mAssets; }
    const Asset &assetAt(int row) const { return mAssets.at(row); }
    int rowOf(Id id) const { return mRows.value(id, -1); }
    const Asset *asset(Id id) const;
    /// Effective classification of a row; nullptr only while the engine has not seen it.
    const EffectiveClassification *classificationAt(int row) const;
    /// Lower-case, width-folded text of the row's text fields for search; built on first use.
    const QString &searchTextAt(int row) const;
    /// The folding searchTextAt() applies (lower case, full-width ASCII as ASCII), for typed words.
    static QString foldForSearch(const QString &text);
    bool numberInUse(const QString &number, Id except = 0) const;
    /// "PC-012 住民情報端末", for lists and messages.
    QString assetLabel(Id id) const;
    /// Assets of kind InformationSystem, in row order.
    QList<Id> systemIds() const;

    const QList<Department> &departments() const { return mDepartments; }
    const Department *department(Id id) const;
    QString departmentName(Id id) const;
    /// The department and all departments under it.
    QSet<Id> departmentSubtree(Id id) const;

    const QList<Person> &people() const { return mPeople; }
    const Person *person(Id id) const;
    QString personName(Id id) const;

    const QList<Place> &places() const { return mPlaces; }
    const Place *place(Id id) const { return mChecker.place(id); }
    /// 「本庁舎 › 3階 › 情報政策課 執務室」; empty for 0.
    QString placePath(Id id) const { return id ? mChecker.placePath(id) : QString(); }
    /// The place and all places under it.
    QSet<Id> placeSubtree(Id id) const;
    /// Rows of the assets used or kept in one of `places`.
    QList<int> rowsPlacedIn(const QSet<Id> &places) const;

    /// 区画図: at most one per floor.
    const QList<FloorPlan> &plans() const { return mPlans; }
    const FloorPlan *planOfFloor(Id floorId) const;

    const QList<Acceptance> &acceptances() const { return mAcceptances; }
    const Acceptance *acceptance(Id id) const;
    QList<Acceptance> acceptancesOf(Id assetId) const;

    // Compliance findings (derived; current after every edit)
    const FindingChecker &checker() const { return mChecker; }
    const FindingSet &findings() const { return mFindings; }
    const std::vector<Finding> &findingsAt(int row) const { return mFindings.at(row); }
    const ZoneTable &zoneTable() const { return mChecker.zoneTable(); }
    NetworkModel networkModel() const { return mChecker.options().networkModel; }
    /// Night view: use is checked at the after-hours level too. A view setting, not stored.
    bool afterHoursView() const { return mChecker.options().afterHours; }
    void setAfterHoursView(bool on);

    const QList<AssetLink> &links() const { return mLinks; }
    const AssetLink *link(Id id) const;
    QList<AssetLink> linksOf(Id assetId) const;

    // Setters
    /// The person recorded in the audit log of the following edits.
    void setPerson(const QString &name);

    // Writes, for the undo commands. All can throw; on failure nothing changed.
    void updateAsset(Asset asset);
    void insertAsset(Asset &asset);
    void restoreAsset(const Asset &asset, const QList<AssetLink> &links, const QList<Id> &referencing,
                      const QList<Acceptance> &acceptances = {});
    void deleteAsset(Id id);
    void insertLink(AssetLink &link);
    void restoreLink(const AssetLink &link);
    void deleteLink(Id id);
    void insertDepartment(Department &d);
    void restoreDepartment(const Department &d);
    void updateDepartment(const Department &d);
    void deleteDepartment(Id id);
    void insertPerson(Person &p);
    void restorePerson(const Person &p);
    void updatePerson(const Person &p);
    void deletePerson(Id id);
    void insertPlace(Place &p);
    void restorePlace(const Place &p);
    void updatePlace(const Place &p);
    void deletePlace(Id id);
    /// Places and assets changed on the plan (outlines, the assets' places and points),
    /// written together in one transaction.
    void applyPlanEdit(const QList<Place> &places, const QList<Asset> &assets,
                       const std::optional<FloorPlan> &plan = std::nullopt);
    /// Adds places in order, in one transaction. A negative id stands for a place of the
    /// list: parentId -3 is the place listed with id -3. Ids are set on return.
    void insertPlaces(QList<Place> &places);
    /// Puts back places deleted by deletePlaces() with their ids (parents first).
    void restorePlaces(const QList<Place> &places);
    /// Deletes places in order (children before parents), in one transaction.
    void deletePlaces(const QList<Id> &ids);
    void insertPlan(FloorPlan &p);
    void restorePlan(const FloorPlan &p);
    void updatePlan(const FloorPlan &p);
    void deletePlan(Id id);
    void insertAcceptance(Acceptance &a);
    void restoreAcceptance(const Acceptance &a);
    void deleteAcceptance(Id id);
    void setZoneTable(const ZoneTable &table);
    void setNetworkModel(NetworkModel model);
    /// Adds the rows of an imported ledger (LedgerImport::read() against `existing`, this
    /// register's current contents, with no problems) and the departments and people it
    /// creates, in one transaction; then reads the register again and emits reloaded().
    /// Not an undo command: Undo does not take an import back (the audit log records every
    /// row). The undo stack stays valid, since the import only adds rows with new ids and
    /// changes none. Returns how many assets were added. Can throw; on failure nothing changed.
    int importLedger(const RegisterData &existing, const LedgerImportResult &result);

    // General methods
    /// Pushes a command; false when its first redo() failed (the failure has been reported
    /// through failed() and the command was dropped).
    bool execute(QUndoCommand *command);
    /// For commands: a write in undo()/redo() failed. After a failed undo or a later redo the
    /// stack no longer matches the file, so it is cleared (after the command returns).
    void reportFailure(const QString &message, bool firstRun);

signals:
    void assetAboutToBeInserted(int row);
    void assetInserted(int row);
    void assetAboutToBeRemoved(int row);
    void assetRemoved(int row);
    /// Rows whose data or effective classification changed, all at once (sorted, unique);
    /// emitted before assetChanged() for each of them.
    void assetsChanged(const QList<int> &rows);
    /// The row's data or its effective classification changed.
    void assetChanged(int row);
    /// Department or person names changed: columns showing them need a repaint.
    void departmentsChanged();
    void peopleChanged();
    void linksChanged();
    void placesChanged();
    /// One place changed (after placesChanged()): the plan redraws only its shape.
    void placeUpdated(Id id);
    /// A floor's plan was added, changed or removed.
    void planChanged(Id floorId);
    void acceptancesChanged();
    /// The findings of these rows changed (sorted, unique); emitted before assetsChanged().
    void findingsChanged(const QList<int> &rows);
    /// Every row's findings may have changed (zone table, network model, night view, or
    /// rows inserted or removed).
    void findingsReset();
    /// Zone table or network model changed.
    void rulesChanged();
    /// A write failed; the message is translated.
    void failed(const QString &message);
    /// Everything was read again from the file (after importLedger()): rows, departments and
    /// people changed all at once, so views start over with this document.
    void reloaded();

private:
    void load();
    void indexRows(int from);
    void indexDepartments();
    void indexPeople();
    /// Recomputes the effective classification; returns the rows whose result changed.
    QList<int> recompute();
    /// Recomputes after an edit of the assets `changed` (values, or the ends of a link):
    /// only what the edit can reach. Returns the rows whose classification was recomputed.
    QList<int> reclassify(const QList<Id> &changed);
    /// Rechecks the findings of `rows` and says which changed (findingsChanged()).
    void recheck(const QList<int> &rows);
    /// Rechecks every row (findingsReset()).
    void recheckAll();
    void setCheckToday();
    /// Which removable media hold マイナンバー利用事務系 data (NET-MYNUMBER-REMOVABLE): all of them,
    /// or one medium after a link to it changed. Return the rows whose membership changed.
    QList<int> refreshMyNumberHolders();
    QList<int> refreshMyNumberHolder(Id medium);
    void emitChanged(QList<int> rows);
    /// Builds the search text a chunk of rows at a time while the application is idle, so
    /// that the first keystroke in the search field does not pay for all rows at once.
    void prepareSearchTextChunk();
    void forgetSearchText(int row);
    void forgetAllSearchText();
    int insertPosition(Id id) const;
    void insertRow(const Asset &asset);
    QString buildSearchText(const Asset &a) const;

    std::unique_ptr<RegisterStore> mStore;
    QString mTitle;
    ClassificationEngine mEngine;
    QUndoStack *mUndoStack;
    QList<Asset> mAssets;
    QHash<Id, int> mRows;
    QList<Department> mDepartments;
    QHash<Id, int> mDepartmentIndex;
    QList<Person> mPeople;
    QHash<Id, int> mPersonIndex;
    QList<AssetLink> mLinks;
    QList<Place> mPlaces;
    QList<Acceptance> mAcceptances;
    QList<FloorPlan> mPlans;
    FindingChecker mChecker;
    FindingSet mFindings;
    mutable std::vector<QString> mSearchText;
    QTimer *mSearchTimer;
    QTimer *mDayTimer; ///< acceptances lapse at midnight, also while nobody edits
    int mSearchPrepared = 0;
    bool mFailed = false;
};

} // namespace daicho
