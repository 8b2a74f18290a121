#pragma once

#include "core/audit.h"
#include "core/ledgerimport.h"
#include "core/registerdata.h"
#include "db/database.h"

#include <QHash>

#include <functional>
#include <memory>
#include <optional>

namespace daicho {

class NativeStatement;

/// Result of `verify`: the file's integrity and the audit chain.
struct VerifyReport {
    bool ok() const { return problems.isEmpty(); }
    QStringList problems; ///< translated, one per problem found
    int auditEntries = 0;
    int rowsChecked = 0;
};

/// An open register file. Every write runs in one transaction together with
/// its audit-log entry, so what the application shows is what is on disk.
/// All methods throw (DbError, FileError, ValidationError) on failure and leave
/// the file as it was.
class RegisterStore {
    Q_DECLARE_TR_FUNCTIONS(daicho::RegisterStore)
public:
    /// The schema version this build writes.
    static int currentSchemaVersion();
    /// SQLite application_id of a Daicho register ("DAIC").
    static constexpr qint32 ApplicationId = 0x44414943;

    /// Creates a new, empty register (readable by its owner only). Fails if the file exists.
    static std::unique_ptr<RegisterStore> create(const QString &path, const QJsonObject &scheme,
                                                 const QString &title);
    /// Opens an existing register, upgrading an older schema. A file that is not a register,
    /// is damaged, or comes from a newer version is refused and left untouched.
    static std::unique_ptr<RegisterStore> open(const QString &path);

    ~RegisterStore();

    const QString &path() const { return mDb->path(); }
    int schemaVersion();
    Database &database() { return *mDb; }

    /// The person chosen in the application, recorded in the audit log.
    void setPerson(const QString &person) { mPerson = person; }
    const QString &person() const { return mPerson; }

    // ---- reading
    RegisterData load(bool withAudit = false);
    QString title();
    QJsonObject scheme();
    /// Every setting except the zone table (title and scheme included).
    QMap<QString, QString> settings();
    /// The register's zone table (ZoneTable::toJson()); empty when it has none, and the
    /// caller then uses ZoneTable::preset().
    QJsonObject zoneTable();
    QList<Department> departments();
    QList<Person> people();
    std::optional<Department> findDepartment(Id id);
    std::optional<Person> findPerson(Id id);
    QList<Asset> assets();
    Asset asset(Id id);
    QList<AssetLink> links();
    /// Places in id order (a parent may come after its child when it was moved).
    QList<Place> places();
    std::optional<Place> findPlace(Id id);
    QList<Acceptance> acceptances();
    /// Floor plans in id order (with their background images).
    QList<FloorPlan> plans();
    std::optional<FloorPlan> findPlan(Id id);
    QList<AuditEntry> auditLog();
    QList<AuditEntry> history(const QString &entity, Id id);

    // ---- writing (one transaction each, with its audit entry)
    /// An asset's usePlaceId and storePlaceId must be 0 or an area (ValidationError).
    Id insertAsset(Asset &asset);
    /// Writes `asset` over the stored row with the same id; returns the fields that changed.
    QList<FieldChange> updateAsset(Asset &asset);
    void deleteAsset(Id id);
    Id insertDepartment(Department &d);
    void updateDepartment(const Department &d);
    void deleteDepartment(Id id);
    Id insertPerson(Person &p);
    void updatePerson(const Person &p);
    void deletePerson(Id id);
    Id insertLink(AssetLink &link);
    void deleteLink(Id id);
    /// Checks the tree (a site stands alone, buildings on sites, floors in buildings, areas on
    /// floors or in areas, no loops), the name and the level 0–4; throws ValidationError.
    Id insertPlace(Place &place);
    void updatePlace(const Place &place);
    /// Refused (ValidationError) while the place has places under it, or assets or
    /// acceptances refer to it.
    void deletePlace(Id id);
    /// One plan per floor: ValidationError for a second one, or for a place that is not a floor.
    /// The audit log records the background image by its SHA-256 only.
    Id insertPlan(FloorPlan &plan);
    void updatePlan(const FloorPlan &plan);
    void deletePlan(Id id);
    /// acceptedAt is set to now when it is not set.
    Id insertAcceptance(Acceptance &acceptance);
    void deleteAcceptance(Id id);
    /// The key "zoneTable" is kept apart: setSetting() with it is setZoneTable().
    void setSetting(const QString &key, const QString &value);
    /// Stores the register's own zone table (checked with ZoneTable::fromJson()); an empty
    /// object removes it, so that the preset applies again.
    void setZoneTable(const QJsonObject &table);

    /// Runs several of the writes above as one transaction: all of them or none (a drag on
    /// the plan moves a room, the areas inside it and the markers on it).
    void batch(const std::function<void()> &writes);

    // ---- restoring (the undo of a delete): rows come back with their original ids, so that
    // later commands and the audit history still refer to them. One transaction each; the
    // audit entries are "create" (restored rows) and "update" (references set again).
    /// Re-inserts a deleted asset as it was, the links it had (with their ids), the
    /// system reference of each asset in `referencing` (which the delete had cleared),
    /// and the acceptances the delete removed (with their ids).
    void restoreAsset(const Asset &asset, const QList<AssetLink> &links = {},
                      const QList<Id> &referencing = {}, const QList<Acceptance> &acceptances = {});
    void restoreDepartment(const Department &d);
    void restorePerson(const Person &p);
    void restoreLink(const AssetLink &link);
    void restorePlace(const Place &place);
    void restoreAcceptance(const Acceptance &acceptance);
    void restorePlan(const FloorPlan &plan);

    /// Adds everything of `data` (all or nothing). Into an empty register the
    /// ids, the zone table and the audit log are kept as they are, so export → import →
    /// export gives the same document; otherwise new ids are given, each row gets an
    /// "import" audit entry, and a place whose path of names (site / building / … / area)
    /// is already in the register is the one already there. Taken by value: a caller that
    /// moves its data in saves a copy of every row.
    void import(RegisterData data);
    /// Adds the rows of an imported ledger (LedgerImport::read() against `existing`, which must
    /// be this register's current contents, with no problems), with the departments and people
    /// it creates, in one transaction. Returns how many assets were added.
    int importLedger(const RegisterData &existing, const LedgerImportResult &result);

    /// Integrity check of the file, the audit chain, and every row against the
    /// hash its last audit entry recorded.
    VerifyReport verify();

private:
    explicit RegisterStore(std::unique_ptr<Database> db);
    static void checkBeforeOpening(const QString &path);
    void migrate();
    void configure();

    struct Pending; // an audit entry being written
    /// `entryHash`, when given, is the entry's own hash computed ahead (a bulk import chains
    /// its entries on another core); it must be what AuditEntry::computeHash() gives.
    void appendAudit(const QString &entity, Id id, const QString &action,
                     const QList<FieldChange> &changes, const QString &rowHash, const QString &entryHash = {});
    /// The sequence number and hash of the newest audit entry, read again after a rollback.
    std::pair<qint64, QString> auditHead();
    void writeAsset(QSqlQuery &q, const Asset &a);
    void ensureAuditHead();
    void checkAssetPlaces(const Asset &a);
    void checkPlace(const Place &p);
    void writePlace(QSqlQuery &q, const Place &p);
    void writeAcceptance(QSqlQuery &q, const Acceptance &a);
    std::optional<Acceptance> findAcceptance(Id id);
    void checkPlan(const FloorPlan &p);
    void writePlan(QSqlQuery &q, const FloorPlan &p);
    void importPlans(const QList<FloorPlan> &plans, const QHash<Id, Id> &placeMap, const QHash<Id, Id> &departmentMap,
                     bool keepIds, bool keepAudit, const QString &action);
    /// Each plan against the hash of its last audit entry; translated problems.
    static QStringList verifyPlanRows(const QList<FloorPlan> &plans, const QList<AuditEntry> &audit);

    std::unique_ptr<Database> mDb;
    QString mPerson;
    QString mOsUser;
    qint64 mLastSeq = -1;
    QString mLastHash;
    quint64 mAuditHeadRollbacks = 0; ///< Database::rollbacks() when mLastSeq was read or written
    QDateTime mBulkAt;     // set during import(): every entry gets the same moment
    QString mBulkAtText;
    std::optional<QSqlQuery> mAuditInsert;         // prepared once
    std::unique_ptr<NativeStatement> mNativeAudit; // bulk imports on SQLite write one entry per row
};

} // namespace daicho
