#include "db/registerstore.h"

#include "core/auditverifier.h"
#include "core/entityjson.h"
#include "core/zonetable.h"
#include "db/nativestatement.h"
#include "db/storeutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlDriver>
#include <QSqlRecord>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <future>
#include <tuple>

namespace daicho {

namespace {

const QString kTitleKey = QStringLiteral("title");
const QString kSchemeKey = QStringLiteral("scheme");
// Kept in the settings table, but read and written on its own: it is not one of the
// plain settings, and the audit log records it as the entity "zoneTable".
const QString kZoneTableKey = QStringLiteral("zoneTable");
const QString kZoneTableEntity = QStringLiteral("zoneTable");

// Column order of the assets table as read and written here.
const QString kAssetColumns = QStringLiteral(
    "id, number, department_id, business_category, name, kind, system_id, segment, user_scope, "
    "manager_id, medium, personal_info, sensitive_personal_info, my_number, subject_count, "
    "confidentiality, integrity, availability, importance, restrictions, measures, encrypted, "
    "wire_locked, can_remote_operate, provision, retention_period, retention_until, registered_on, "
    "updated_on, updated_by, notes, status, use_place_id, store_place_id, use_point, store_point");

const QString kPlaceColumns = QStringLiteral(
    "id, parent_id, kind, name, level, locked_after_hours, business_hours, entry_control, manager_id, "
    "controlled_area, handling_area, notes, outline");
const QString kAcceptanceColumns =
    QStringLiteral("id, asset_id, code, place_id, subject, reason, person, until, accepted_at");


// Measures are stored compactly ("TAG:1;TAG:0"): parsing JSON for every row
// would dominate the time to open a large register.
QString encodeMeasures(const QList<MeasureState> &ms)
{
    QStringList parts;
    parts.reserve(ms.size());
    for (const MeasureState &m : ms)
        parts.append(m.tag + (m.done ? QStringLiteral(":1") : QStringLiteral(":0")));
    return parts.join(QLatin1Char(';'));
}

QList<MeasureState> decodeMeasures(const QString &s)
{
    QList<MeasureState> out;
    if (s.isEmpty())
        return out;
    for (const QStringView part : QStringView(s).split(QLatin1Char(';'))) {
        const qsizetype colon = part.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        out.append({part.left(colon).toString(), part.mid(colon + 1) == QLatin1String("1")});
    }
    return out;
}

QString encodeList(const QStringList &l) { return l.join(QLatin1Char('\n')); }
QStringList decodeList(const QString &s) { return s.isEmpty() ? QStringList() : s.split(QLatin1Char('\n')); }

Asset readAsset(const QSqlQuery &q)
{
    Asset a;
    a.id = q.value(0).toLongLong();
    a.number = q.value(1).toString();
    a.departmentId = q.value(2).toLongLong();
    a.businessCategory = q.value(3).toString();
    a.name = q.value(4).toString();
    a.kind = Enums::assetKindFromId(q.value(5).toString()).value_or(AssetKind::InformationElectronic);
    a.systemId = q.value(6).toLongLong();
    a.segment = Enums::segmentFromId(q.value(7).toString()).value_or(NetworkSegment::NotApplicable);
    a.userScope = q.value(8).toString();
    a.managerId = q.value(9).toLongLong();
    a.medium = q.value(10).toString();
    a.personalInfo = q.value(11).toBool();
    a.sensitivePersonalInfo = q.value(12).toBool();
    a.myNumber = q.value(13).toBool();
    a.subjectCount = q.value(14).toInt();
    a.confidentiality = q.value(15).toString();
    a.integrity = q.value(16).toString();
    a.availability = q.value(17).toString();
    a.importance = q.value(18).toString();
    a.restrictions = decodeList(q.value(19).toString());
    a.measures = decodeMeasures(q.value(20).toString());
    a.encrypted = q.value(21).toBool();
    a.wireLocked = q.value(22).toBool();
    a.canRemoteOperate = q.value(23).toBool();
    a.provision = Enums::provisionFromId(q.value(24).toString()).value_or(Provision::Issued);
    a.retentionPeriod = q.value(25).toString();
    a.retentionUntil = toDate(q.value(26));
    a.registeredOn = toDate(q.value(27));
    a.updatedOn = toDate(q.value(28));
    a.updatedBy = q.value(29).toString();
    a.notes = q.value(30).toString();
    a.status = Enums::statusFromId(q.value(31).toString()).value_or(AssetStatus::Active);
    a.usePlaceId = q.value(32).toLongLong();
    a.storePlaceId = q.value(33).toLongLong();
    if (!q.value(34).isNull())
        a.usePoint = decodePoint(q.value(34).toString());
    if (!q.value(35).isNull())
        a.storePoint = decodePoint(q.value(35).toString());
    return a;
}

// Entry controls are stored as their ids, comma-separated ("key,ic-card").
QString encodeEntryControl(EntryControls v) { return Enums::entryControlIds(v).join(QLatin1Char(',')); }
EntryControls decodeEntryControl(const QString &s)
{
    return Enums::entryControlsFromIds(s.split(QLatin1Char(','), Qt::SkipEmptyParts)).value_or(EntryControls());
}

QString dateTimeText(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

Place readPlace(const QSqlQuery &q)
{
    Place p;
    p.id = q.value(0).toLongLong();
    p.parentId = q.value(1).toLongLong();
    p.kind = Enums::placeKindFromId(q.value(2).toString()).value_or(PlaceKind::Room);
    p.name = q.value(3).toString();
    p.level = q.value(4).toInt();
    p.lockedAfterHours = q.value(5).toBool();
    p.businessHours = q.value(6).toString();
    p.entryControl = decodeEntryControl(q.value(7).toString());
    p.managerId = q.value(8).toLongLong();
    p.controlledArea = q.value(9).toBool();
    p.handlingArea = q.value(10).toBool();
    p.notes = q.value(11).toString();
    p.outline = decodeOutline(q.value(12).toString());
    return p;
}

Acceptance readAcceptance(const QSqlQuery &q)
{
    Acceptance a;
    a.id = q.value(0).toLongLong();
    a.assetId = q.value(1).toLongLong();
    a.code = q.value(2).toString();
    a.placeId = q.value(3).toLongLong();
    a.subject = q.value(4).toString();
    a.reason = q.value(5).toString();
    a.person = q.value(6).toString();
    a.until = toDate(q.value(7));
    a.acceptedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs).toUTC();
    return a;
}

QJsonObject zoneTableRow(const QJsonObject &table) { return QJsonObject{{QStringLiteral("zoneTable"), table}}; }



QString osUserName()
{
    QString u = qEnvironmentVariable("USER");
    if (u.isEmpty())
        u = qEnvironmentVariable("USERNAME");
    if (u.isEmpty())
        u = qEnvironmentVariable("LOGNAME");
    return u;
}

// 64 MB of page cache: the indexes of a large register stay in memory during an import.
QString cacheSizeSql() { return QStringLiteral("PRAGMA cache_size = -65536"); }

} // namespace

int RegisterStore::currentSchemaVersion()
{
    return QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files).size();
}

RegisterStore::RegisterStore(std::unique_ptr<Database> db) : mDb(std::move(db)), mOsUser(osUserName()) {}

RegisterStore::~RegisterStore() = default; // here, where NativeStatement is complete

void RegisterStore::configure()
{
    mDb->exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    mDb->exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    mDb->exec(QStringLiteral("PRAGMA synchronous = FULL"));
    // No memory mapping: the pages of a large register read once (load()) would count
    // against the process's memory; SQLite's own cache is bounded instead.
    mDb->exec(QStringLiteral("PRAGMA mmap_size = 0"));
    mDb->exec(cacheSizeSql());
}

std::unique_ptr<RegisterStore> RegisterStore::create(const QString &path, const QJsonObject &scheme,
                                                     const QString &title)
{
    if (QFileInfo::exists(path))
        throw FileError(tr("The file %1 already exists. Choose another name.").arg(QDir::toNativeSeparators(path)));
    {
        // Create the file first so that it is readable by its owner only (0600);
        // SQLite gives its -wal and -shm files the same permissions.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            throw FileError(tr("The file %1 could not be created: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        f.close();
    }
    try {
        std::unique_ptr<RegisterStore> store(new RegisterStore(std::make_unique<Database>(path, Database::Mode::ReadWrite)));
        store->mDb->exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        store->configure();
        store->migrate();
        Transaction t(*store->mDb);
        QSqlQuery q = store->mDb->prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?)"));
        for (const auto &[k, v] : {std::pair{kTitleKey, title},
                                   std::pair{kSchemeKey, QString::fromUtf8(QJsonDocument(scheme).toJson(QJsonDocument::Compact))}}) {
            q.addBindValue(k);
            q.addBindValue(txt(v));
            store->mDb->exec(q);
        }
        RegisterData row;
        row.title = title;
        row.scheme = scheme;
        store->appendAudit(QStringLiteral("setting"), 0, QStringLiteral("create"),
                           allFields(AuditVerifier::settingsRow(row)), rowHash(AuditVerifier::settingsRow(row)));
        t.commit();
        return store;
    } catch (...) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        throw;
    }
}

void RegisterStore::checkBeforeOpening(const QString &path)
{
    const QString native = QDir::toNativeSeparators(path);
    QFile f(path);
    if (!f.exists())
        throw FileError(tr("The file %1 does not exist.").arg(native));
    if (!f.open(QIODevice::ReadOnly))
        throw FileError(tr("The file %1 could not be read: %2").arg(native, f.errorString()));
    const QByteArray header = f.read(100);
    f.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw FileError(tr("%1 is not a Daicho register (it is not a database file).").arg(native));

    // Look with a read-only connection first, so that a file we refuse is
    // never written to (not even by switching it to WAL).
    qint64 appId = 0;
    int version = 0;
    try {
        Database ro(path, Database::Mode::ReadOnly);
        appId = ro.scalar(QStringLiteral("PRAGMA application_id")).toLongLong();
        version = ro.scalar(QStringLiteral("PRAGMA user_version")).toInt();
        // A full quick_check would read the whole file at every start (a quarter of a
        // second for a large register); damage met later while reading is reported as
        // such by Database, and `verify` checks every page.
        ro.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    } catch (const FileError &) {
        throw;
    } catch (const Exception &e) {
        throw FileError(tr("The register %1 is damaged and cannot be read. Restore it from a backup.\n%2")
                            .arg(native, e.message()));
    }
    if (appId != ApplicationId)
        throw FileError(tr("%1 is a database, but not a Daicho register.").arg(native));
    if (version > currentSchemaVersion())
        throw FileError(tr("The register %1 was written by a newer version of Daicho (format %2; this version "
                           "reads up to %3). It was not opened and nothing in it was changed. Update Daicho to open it.")
                            .arg(native).arg(version).arg(currentSchemaVersion()));
}

std::unique_ptr<RegisterStore> RegisterStore::open(const QString &path)
{
    checkBeforeOpening(path);
    std::unique_ptr<RegisterStore> store(new RegisterStore(std::make_unique<Database>(path, Database::Mode::ReadWrite)));
    store->configure();
    store->migrate();
    return store;
}

int RegisterStore::schemaVersion() { return mDb->scalar(QStringLiteral("PRAGMA user_version")).toInt(); }

void RegisterStore::migrate()
{
    const QStringList files = QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    int version = schemaVersion();
    for (int step = version; step < files.size(); ++step) {
        QFile f(QStringLiteral(":/migrations/") + files.at(step));
        if (!f.open(QIODevice::ReadOnly))
            throw LogicError(tr("The schema migration %1 is missing from this build.").arg(files.at(step)));
        const QString sql = QString::fromUtf8(f.readAll());
        // Each step and its version number in one transaction: a failed step leaves the file as it was.
        Transaction t(*mDb);
        static const QRegularExpression comments(QStringLiteral("--[^\n]*"));
        for (const QString &statement : QString(sql).remove(comments).split(QLatin1Char(';'))) {
            if (!statement.trimmed().isEmpty())
                mDb->exec(statement);
        }
        mDb->exec(QStringLiteral("PRAGMA user_version = %1").arg(step + 1));
        t.commit();
    }
}

// ---------------------------------------------------------------- reading

QString RegisterStore::title() { return settings().value(kTitleKey); }

QJsonObject RegisterStore::scheme()
{
    return QJsonDocument::fromJson(settings().value(kSchemeKey).toUtf8()).object();
}

QMap<QString, QString> RegisterStore::settings()
{
    QMap<QString, QString> out;
    QSqlQuery q = mDb->prepare(QStringLiteral("SELECT key, value FROM settings WHERE key <> ?"));
    q.addBindValue(kZoneTableKey);
    mDb->exec(q);
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

QJsonObject RegisterStore::zoneTable()
{
    QSqlQuery q = mDb->prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(kZoneTableKey);
    mDb->exec(q);
    return q.next() ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object() : QJsonObject();
}

namespace {

const QString kDepartmentColumns = QStringLiteral("id, code, name, parent_id, valid_from, valid_to");
const QString kPersonColumns = QStringLiteral("id, name, department_id, roles");

Department readDepartment(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
            toDate(q.value(4)), toDate(q.value(5))};
}

Person readPerson(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), decodeList(q.value(3).toString())};
}

/// Every row of a small table (departments, people, places, acceptances), in id order.
template <typename T>
QList<T> readAll(Database &db, const QString &table, const QString &columns, T (*read)(const QSqlQuery &))
{
    QList<T> out;
    QSqlQuery q = db.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id").arg(columns, table));
    while (q.next())
        out.append(read(q));
    return out;
}

/// One row by id; nullopt when there is none.
template <typename T>
std::optional<T> readOne(Database &db, const QString &table, const QString &columns, Id id,
                         T (*read)(const QSqlQuery &))
{
    QSqlQuery q = db.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns, table));
    q.addBindValue(id);
    db.exec(q);
    if (!q.next())
        return std::nullopt;
    return read(q);
}

} // namespace

QList<Department> RegisterStore::departments()
{
    return readAll(*mDb, QStringLiteral("departments"), kDepartmentColumns, &readDepartment);
}

std::optional<Department> RegisterStore::findDepartment(Id id)
{
    return readOne(*mDb, QStringLiteral("departments"), kDepartmentColumns, id, &readDepartment);
}

std::optional<Person> RegisterStore::findPerson(Id id)
{
    return readOne(*mDb, QStringLiteral("people"), kPersonColumns, id, &readPerson);
}

QList<Person> RegisterStore::people()
{
    return readAll(*mDb, QStringLiteral("people"), kPersonColumns, &readPerson);
}

namespace {

/// A statement on the connection's own sqlite3 handle, for the reads of a whole table at
/// open, where Qt Sql's QVariant per value is most of the time. Finalised on destruction.
struct NativeQuery {
    sqlite3 *h = nullptr;
    sqlite3_stmt *stmt = nullptr;
    NativeQuery() = default;
    NativeQuery(const NativeQuery &) = delete;
    NativeQuery &operator=(const NativeQuery &) = delete;
    ~NativeQuery() { sqlite3_finalize(stmt); }

    /// False when the connection is not SQLite (the caller uses Qt Sql); throws DbError with
    /// `failure` (a translated "…: %1") when the statement cannot be prepared.
    bool prepare(QSqlDatabase &db, const QByteArray &sql, const QString &failure)
    {
        return prepare(sqliteOf(db), sql, failure);
    }
    bool prepare(sqlite3 *connection, const QByteArray &sql, const QString &failure)
    {
        h = connection;
        if (!h)
            return false;
        if (sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
            throw DbError(failure.arg(QString::fromUtf8(sqlite3_errmsg(h))));
        return true;
    }
    /// After the last step: a damaged file is a FileError, any other failure a DbError.
    void finish(int rc, const QString &fileName, const QString &failure) const
    {
        if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB)
            throw FileError(RegisterStore::tr("The register %1 is damaged and cannot be read. Restore it from a backup.\n%2")
                                .arg(QDir::toNativeSeparators(fileName), QString::fromUtf8(sqlite3_errmsg(h))));
        if (rc != SQLITE_DONE)
            throw DbError(failure.arg(QString::fromUtf8(sqlite3_errmsg(h))));
    }
    /// The SQLite connection under a Qt one; nullptr when the driver is not SQLite.
    static sqlite3 *sqliteOf(QSqlDatabase &db)
    {
        const QVariant handle = db.driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
            return nullptr;
        return *static_cast<sqlite3 *const *>(handle.data());
    }
};

/// The links through SQLite's own interface (no QVariant per value): a register of 100k
/// assets has some 65k links, read at every open. False when the driver is not SQLite.
bool readLinksNative(QSqlDatabase &db, QList<AssetLink> &out)
{
    const QString failure = RegisterStore::tr("The links could not be read: %1");
    NativeQuery query;
    if (!query.prepare(db, "SELECT id, from_id, to_id, type FROM asset_links ORDER BY id", failure))
        return false;
    sqlite3_stmt *stmt = query.stmt;
    // Three types: compare the raw text instead of making a QString per row.
    std::array<QByteArray, LinkTypeCount> typeIds;
    for (int t = 0; t < LinkTypeCount; ++t)
        typeIds[size_t(t)] = Enums::id(LinkType(t)).toUtf8();
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3));
        const QByteArray type = QByteArray::fromRawData(p ? p : "", p ? sqlite3_column_bytes(stmt, 3) : 0);
        LinkType linkType = LinkType::StoredOn;
        for (int t = 0; t < LinkTypeCount; ++t) {
            if (type == typeIds[size_t(t)])
                linkType = LinkType(t);
        }
        out.append({sqlite3_column_int64(stmt, 0), sqlite3_column_int64(stmt, 1), sqlite3_column_int64(stmt, 2),
                    linkType});
    }
    query.finish(rc, db.databaseName(), failure);
    return true;
}

// Reads the assets with SQLite's own interface: going through QSqlQuery costs a
// QVariant per cell, which is most of the time to open a large register.
// Returns false when the connection is not SQLite, and the caller uses Qt Sql.
bool readAssetsNative(sqlite3 *db, const QString &fileName, const QString &sql, QList<Asset> &out)
{
    const QString failure = RegisterStore::tr("The assets could not be read: %1");
    NativeQuery query;
    if (!query.prepare(db, sql.toUtf8(), failure))
        return false;
    sqlite3_stmt *stmt = query.stmt;
    auto text = [stmt](int c) {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(stmt, c)) : QString();
    };
    auto date = [stmt](int c) {
        if (sqlite3_column_type(stmt, c) == SQLITE_NULL)
            return QDate();
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
        const int n = sqlite3_column_bytes(stmt, c);
        auto digits = [p](int from, int len) {
            int v = 0;
            for (int i = from; i < from + len; ++i) {
                if (p[i] < '0' || p[i] > '9')
                    return -1;
                v = v * 10 + (p[i] - '0');
            }
            return v;
        };
        if (n == 10 && p[4] == '-' && p[7] == '-')
            return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
        return QDate::fromString(QString::fromUtf8(p, n), Qt::ISODate);
    };
    auto i64 = [stmt](int c) { return qint64(sqlite3_column_int64(stmt, c)); };
    // Columns whose values repeat across thousands of rows share one string each:
    // less to allocate while loading and less memory once loaded.
    QHash<QByteArray, QString> pool;
    auto pooled = [stmt, &pool](int c) {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
        if (!p)
            return QString();
        const QByteArray key = QByteArray::fromRawData(p, sqlite3_column_bytes(stmt, c));
        auto it = pool.constFind(key);
        if (it != pool.constEnd())
            return it.value();
        const QString value = QString::fromUtf8(key);
        pool.insert(QByteArray(key.constData(), key.size()), value);
        return value;
    };
    // Most rows have one of a few measure lists and restriction lists: parse each once and
    // share it (QList is implicitly shared), instead of allocating a list per row.
    QHash<QByteArray, QList<MeasureState>> measureLists;
    QHash<QByteArray, QStringList> restrictionLists;
    auto parseMeasures = [&pool](const char *p, int n) {
        QList<MeasureState> out;
        int start = 0;
        for (int i = 0; p && i <= n; ++i) {
            if (i < n && p[i] != ';')
                continue;
            // p[start, i) is "TAG:1" or "TAG:0"
            if (i - start >= 3 && p[i - 2] == ':') {
                const QByteArray tag = QByteArray::fromRawData(p + start, i - start - 2);
                auto it = pool.constFind(tag);
                if (it == pool.constEnd())
                    it = pool.insert(QByteArray(tag.constData(), tag.size()), QString::fromUtf8(tag));
                out.append({it.value(), p[i - 1] == '1'});
            }
            start = i + 1;
        }
        return out;
    };
    auto measures = [stmt, &measureLists, &parseMeasures](int c) {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
        const int n = sqlite3_column_bytes(stmt, c);
        if (!p || n == 0)
            return QList<MeasureState>();
        const QByteArray key = QByteArray::fromRawData(p, n);
        auto it = measureLists.constFind(key);
        if (it == measureLists.constEnd())
            it = measureLists.insert(QByteArray(p, n), parseMeasures(p, n));
        return it.value();
    };
    auto restrictions = [stmt, &restrictionLists, &text](int c) {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
        const int n = sqlite3_column_bytes(stmt, c);
        if (!p || n == 0)
            return QStringList();
        const QByteArray key = QByteArray::fromRawData(p, n);
        auto it = restrictionLists.constFind(key);
        if (it == restrictionLists.constEnd())
            it = restrictionLists.insert(QByteArray(p, n), decodeList(text(c)));
        return it.value();
    };
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        Asset a;
        a.id = i64(0);
        a.number = text(1);
        a.departmentId = i64(2);
        a.businessCategory = pooled(3);
        a.name = text(4);
        a.kind = Enums::assetKindFromId(pooled(5)).value_or(AssetKind::InformationElectronic);
        a.systemId = i64(6);
        a.segment = Enums::segmentFromId(pooled(7)).value_or(NetworkSegment::NotApplicable);
        a.userScope = pooled(8);
        a.managerId = i64(9);
        a.medium = pooled(10);
        a.personalInfo = i64(11) != 0;
        a.sensitivePersonalInfo = i64(12) != 0;
        a.myNumber = i64(13) != 0;
        a.subjectCount = int(i64(14));
        a.confidentiality = pooled(15);
        a.integrity = pooled(16);
        a.availability = pooled(17);
        a.importance = pooled(18);
        a.restrictions = restrictions(19);
        a.measures = measures(20);
        a.encrypted = i64(21) != 0;
        a.wireLocked = i64(22) != 0;
        a.canRemoteOperate = i64(23) != 0;
        a.provision = Enums::provisionFromId(pooled(24)).value_or(Provision::Issued);
        a.retentionPeriod = pooled(25);
        a.retentionUntil = date(26);
        a.registeredOn = date(27);
        a.updatedOn = date(28);
        a.updatedBy = pooled(29);
        a.notes = text(30);
        a.status = Enums::statusFromId(pooled(31)).value_or(AssetStatus::Active);
        a.usePlaceId = i64(32);
        a.storePlaceId = i64(33);
        if (sqlite3_column_type(stmt, 34) != SQLITE_NULL)
            a.usePoint = decodePoint(text(34));
        if (sqlite3_column_type(stmt, 35) != SQLITE_NULL)
            a.storePoint = decodePoint(text(35));
        out.append(std::move(a));
    }
    query.finish(rc, fileName, failure);
    return true;
}

/// From this many assets, RegisterStore::assets() reads the second half on another core.
constexpr qint64 kParallelReadAssets = 10000;

/// The second half of a large register's assets (ids from `fromId`), read on another core
/// through a connection of its own, in a read transaction. `head` and `count`: the newest
/// audit entry's number and the number of rows in that transaction, so that the caller can
/// tell it saw the same state of the file. nullopt when anything fails (the caller reads them).
struct Half {
    QList<Asset> assets;
    qint64 head = -1;
    qint64 count = -1;
};
std::optional<Half> readSecondHalf(const QString &fileName, Id fromId)
{
    sqlite3 *db = nullptr;
    const QByteArray path = QFile::encodeName(fileName);
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return std::nullopt;
    }
    struct Close {
        sqlite3 *db;
        ~Close()
        {
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
            sqlite3_close(db);
        }
    } close{db};
    auto scalar = [db](const char *sql) -> qint64 {
        sqlite3_stmt *stmt = nullptr;
        qint64 value = -1;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            value = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        return value;
    };
    if (sqlite3_exec(db, "PRAGMA cache_size = -2048; BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::nullopt;
    Half half;
    half.head = scalar("SELECT ifnull(max(seq), 0) FROM audit_log");
    half.count = scalar(QStringLiteral("SELECT count(*) FROM assets WHERE id >= %1").arg(fromId).toUtf8().constData());
    if (half.head < 0 || half.count < 0)
        return std::nullopt;
    half.assets.reserve(half.count);
    try {
        if (!readAssetsNative(db, fileName,
                              QStringLiteral("SELECT %1 FROM assets WHERE id >= %2 ORDER BY id").arg(kAssetColumns).arg(fromId),
                              half.assets))
            return std::nullopt;
    } catch (const Exception &) {
        return std::nullopt; // the caller reads them itself and reports what it finds
    }
    return half;
}

} // namespace

QList<Asset> RegisterStore::assets()
{
    QList<Asset> out;
    const bool outer = mDb->inTransaction(); // its writes are not visible to another connection
    // One snapshot of the file for the count, the halves and the audit head.
    Transaction t(*mDb);
    const qint64 n = mDb->scalar(QStringLiteral("SELECT count(*) FROM assets")).toLongLong();
    out.reserve(n);
    const QString sql = QStringLiteral("SELECT %1 FROM assets ORDER BY id").arg(kAssetColumns);
    sqlite3 *native = NativeQuery::sqliteOf(mDb->connection());
    const QString fileName = mDb->connection().databaseName();
    if (native && n >= kParallelReadAssets && !outer) {
        // A large register is read in two halves, the second on another core through a
        // connection of its own (opening 100,000 assets takes 40% less time). The halves are
        // joined only when both saw the same state: the same newest audit entry (every write
        // adds one) and together every row; otherwise this connection reads the second too.
        const Id pivot = mDb->scalar(QStringLiteral("SELECT id FROM assets ORDER BY id LIMIT 1 OFFSET %1").arg(n / 2))
                             .toLongLong();
        std::future<std::optional<Half>> second = std::async(std::launch::async, readSecondHalf, fileName, pivot);
        const qint64 head = mDb->scalar(QStringLiteral("SELECT ifnull(max(seq), 0) FROM audit_log")).toLongLong();
        readAssetsNative(native, fileName,
                         QStringLiteral("SELECT %1 FROM assets WHERE id < %2 ORDER BY id").arg(kAssetColumns).arg(pivot), out);
        std::optional<Half> half = second.get();
        if (half && half->head == head && out.size() + half->count == n && half->assets.size() == half->count) {
            out.append(std::move(half->assets));
        } else {
            readAssetsNative(native, fileName,
                             QStringLiteral("SELECT %1 FROM assets WHERE id >= %2 ORDER BY id").arg(kAssetColumns).arg(pivot),
                             out);
        }
        t.commit();
        return out;
    }
    if (readAssetsNative(native, fileName, sql, out)) {
        t.commit();
        return out;
    }
    QSqlQuery q = mDb->exec(sql);
    while (q.next())
        out.append(readAsset(q));
    t.commit();
    return out;
}

Asset RegisterStore::asset(Id id)
{
    QSqlQuery q = mDb->prepare(QStringLiteral("SELECT %1 FROM assets WHERE id = ?").arg(kAssetColumns));
    q.addBindValue(id);
    mDb->exec(q);
    if (!q.next())
        throw RuntimeError(tr("The asset %1 no longer exists in the register.").arg(id));
    return readAsset(q);
}

QList<AssetLink> RegisterStore::links()
{
    QList<AssetLink> out;
    out.reserve(mDb->scalar(QStringLiteral("SELECT count(*) FROM asset_links")).toLongLong());
    if (readLinksNative(mDb->connection(), out))
        return out;
    QSqlQuery q = mDb->exec(QStringLiteral("SELECT id, from_id, to_id, type FROM asset_links ORDER BY id"));
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    Enums::linkTypeFromId(q.value(3).toString()).value_or(LinkType::StoredOn)});
    return out;
}

QList<Place> RegisterStore::places()
{
    return readAll(*mDb, QStringLiteral("places"), kPlaceColumns, &readPlace);
}

std::optional<Place> RegisterStore::findPlace(Id id)
{
    return readOne(*mDb, QStringLiteral("places"), kPlaceColumns, id, &readPlace);
}

QList<Acceptance> RegisterStore::acceptances()
{
    return readAll(*mDb, QStringLiteral("acceptances"), kAcceptanceColumns, &readAcceptance);
}

std::optional<Acceptance> RegisterStore::findAcceptance(Id id)
{
    return readOne(*mDb, QStringLiteral("acceptances"), kAcceptanceColumns, id, &readAcceptance);
}

namespace {
AuditEntry readAudit(const QSqlQuery &q)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.osUser = q.value(2).toString();
    e.person = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.entityId = q.value(5).toLongLong();
    e.action = q.value(6).toString();
    e.changes = AuditEntry::changesFromJson(QJsonDocument::fromJson(q.value(7).toByteArray()).array());
    e.rowHash = q.value(8).toString();
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}
const QString kAuditColumns =
    QStringLiteral("seq, at, os_user, person, entity, entity_id, action, changes, row_hash, prev_hash, hash");
} // namespace

QList<AuditEntry> RegisterStore::auditLog()
{
    QList<AuditEntry> out;
    QSqlQuery q = mDb->exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kAuditColumns));
    while (q.next())
        out.append(readAudit(q));
    return out;
}

QList<AuditEntry> RegisterStore::history(const QString &entity, Id id)
{
    QList<AuditEntry> out;
    QSqlQuery q = mDb->prepare(
        QStringLiteral("SELECT %1 FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq").arg(kAuditColumns));
    q.addBindValue(entity);
    q.addBindValue(id);
    mDb->exec(q);
    while (q.next())
        out.append(readAudit(q));
    return out;
}

RegisterData RegisterStore::load(bool withAudit)
{
    // Every table is read once from start to end: caching its pages would only add their
    // size to the memory of a large register's load (64 MB at 100,000 assets).
    mDb->exec(QStringLiteral("PRAGMA cache_size = -2048"));
    struct RestoreCache {
        Database &db;
        ~RestoreCache()
        {
            try {
                db.exec(cacheSizeSql());
            } catch (const Exception &) {
                // The cache stays small: slower writes, nothing lost.
            }
        }
    } restore{*mDb};
    RegisterData d;
    QMap<QString, QString> s = settings();
    d.title = s.take(kTitleKey);
    d.scheme = QJsonDocument::fromJson(s.take(kSchemeKey).toUtf8()).object();
    d.settings = s;
    d.zoneTable = zoneTable();
    d.departments = departments();
    d.people = people();
    d.places = places();
    d.assets = assets();
    d.links = links();
    d.acceptances = acceptances();
    d.plans = plans();
    if (withAudit)
        d.audit = auditLog();
    return d;
}

// ---------------------------------------------------------------- audit

void RegisterStore::ensureAuditHead()
{
    QSqlQuery q = mDb->exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (q.next()) {
        mLastSeq = q.value(0).toLongLong();
        mLastHash = q.value(1).toString();
    } else {
        mLastSeq = 0;
        mLastHash.clear();
    }
}

std::pair<qint64, QString> RegisterStore::auditHead()
{
    // A rolled-back transaction took the entries written in it along: read the head again.
    if (mLastSeq < 0 || mAuditHeadRollbacks != mDb->rollbacks()) {
        ensureAuditHead();
        mAuditHeadRollbacks = mDb->rollbacks();
    }
    return {mLastSeq, mLastHash};
}

void RegisterStore::appendAudit(const QString &entity, Id id, const QString &action,
                                const QList<FieldChange> &changes, const QString &hashOfRow, const QString &entryHash)
{
    auditHead();
    AuditEntry e;
    e.seq = mLastSeq + 1;
    // Millisecond precision: the text form is what the hash covers.
    if (mBulkAt.isValid()) {
        e.at = mBulkAt; // one moment for a whole import
    } else {
        e.at = QDateTime::fromString(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
    }
    e.osUser = mOsUser;
    e.person = mPerson;
    e.entity = entity;
    e.entityId = id;
    e.action = action;
    e.changes = changes;
    e.rowHash = hashOfRow;
    e.prevHash = mLastHash;
    if (!mBulkAt.isValid() || mBulkAtText.isEmpty())
        mBulkAtText = e.at.toUTC().toString(Qt::ISODateWithMs);
    e.hash = entryHash.isEmpty() ? e.computeHash(mBulkAtText) : entryHash;
    const QString auditSql = QStringLiteral("INSERT INTO audit_log(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?)").arg(kAuditColumns);
    if (mBulkAt.isValid()) {
        // A bulk import writes one entry per row: bind through SQLite directly when we can.
        if (!mNativeAudit)
            mNativeAudit = std::make_unique<NativeStatement>(mDb->connection(), auditSql);
        if (mNativeAudit->isValid()) {
            NativeStatement &n = *mNativeAudit;
            n.bind(1, e.seq);
            n.bind(2, mBulkAtText);
            n.bind(3, e.osUser);
            n.bind(4, e.person);
            n.bind(5, e.entity);
            n.bind(6, e.entityId);
            n.bind(7, e.action);
            n.bind(8, e.changes.isEmpty() ? QStringLiteral("[]")
                                          : QString::fromUtf8(QJsonDocument(e.changesToJson()).toJson(QJsonDocument::Compact)));
            n.bind(9, e.rowHash);
            n.bind(10, e.prevHash);
            n.bind(11, e.hash);
            n.run();
            mLastSeq = e.seq;
            mLastHash = e.hash;
            return;
        }
    }
    if (!mAuditInsert)
        mAuditInsert = mDb->prepare(auditSql);
    QSqlQuery &q = *mAuditInsert;
    q.addBindValue(e.seq);
    q.addBindValue(mBulkAtText);
    if (!mBulkAt.isValid())
        mBulkAtText.clear();
    q.addBindValue(txt(e.osUser));
    q.addBindValue(txt(e.person));
    q.addBindValue(txt(e.entity));
    q.addBindValue(e.entityId);
    q.addBindValue(txt(e.action));
    q.addBindValue(QString::fromUtf8(QJsonDocument(e.changesToJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(txt(e.rowHash));
    q.addBindValue(txt(e.prevHash));
    q.addBindValue(txt(e.hash));
    mDb->exec(q);
    mLastSeq = e.seq;
    mLastHash = e.hash;
}

// ---------------------------------------------------------------- writing

namespace {

template <typename... F>
struct Overloaded : F... {
    using F::operator()...;
};
template <typename... F>
Overloaded(F...) -> Overloaded<F...>;

/// The values of an asset row in the column order of kAssetColumns (without the id):
/// the one place that knows it, for the Qt Sql and the SQLite binding alike.
/// `put` takes a QString (text, never NULL), a qint64, or nullptr (SQL NULL).
template <typename Put>
void assetValues(const Asset &a, Put &&put)
{
    auto ref = [&](Id id) {
        if (id > 0)
            put(qint64(id));
        else
            put(nullptr);
    };
    auto date = [&](const QDate &d) {
        const QVariant v = dateValue(d);
        if (v.isNull())
            put(nullptr);
        else
            put(v.toString());
    };
    put(a.number);
    put(qint64(a.departmentId));
    put(a.businessCategory);
    put(a.name);
    put(Enums::id(a.kind));
    ref(a.systemId);
    put(Enums::id(a.segment));
    put(a.userScope);
    ref(a.managerId);
    put(a.medium);
    put(qint64(a.personalInfo));
    put(qint64(a.sensitivePersonalInfo));
    put(qint64(a.myNumber));
    put(qint64(a.subjectCount));
    put(a.confidentiality);
    put(a.integrity);
    put(a.availability);
    put(a.importance);
    put(encodeList(a.restrictions));
    put(encodeMeasures(a.measures));
    put(qint64(a.encrypted));
    put(qint64(a.wireLocked));
    put(qint64(a.canRemoteOperate));
    put(Enums::id(a.provision));
    put(a.retentionPeriod);
    date(a.retentionUntil);
    date(a.registeredOn);
    date(a.updatedOn);
    put(a.updatedBy);
    put(a.notes);
    put(Enums::id(a.status));
    ref(a.usePlaceId);
    ref(a.storePlaceId);
    for (const std::optional<QPoint> &p : {a.usePoint, a.storePoint}) {
        if (p)
            put(encodePoint(*p));
        else
            put(nullptr);
    }
}

} // namespace

void RegisterStore::writeAsset(QSqlQuery &q, const Asset &a)
{
    assetValues(a, Overloaded{[&](const QString &text) { q.addBindValue(txt(text)); },
                              [&](qint64 value) { q.addBindValue(value); },
                              [&](std::nullptr_t) { q.addBindValue(QVariant()); }});
}

namespace {
QString assetInsertSql(bool withId) { return insertSql(QStringLiteral("assets"), kAssetColumns, withId); }

QString uniqueNumberMessage(const QString &number)
{
    return RegisterStore::tr("The management number %1 is already used by another asset.").arg(number);
}
} // namespace

Id RegisterStore::insertAsset(Asset &asset)
{
    Transaction t(*mDb);
    QSqlQuery dup = mDb->prepare(QStringLiteral("SELECT 1 FROM assets WHERE number = ?"));
    dup.addBindValue(txt(asset.number));
    mDb->exec(dup);
    if (dup.next())
        throw ValidationError(uniqueNumberMessage(asset.number));
    checkAssetPlaces(asset);
    if (!asset.registeredOn.isValid())
        asset.registeredOn = QDate::currentDate();
    asset.updatedOn = QDate::currentDate();
    asset.updatedBy = mPerson.isEmpty() ? mOsUser : mPerson;
    QSqlQuery q = mDb->prepare(assetInsertSql(false));
    writeAsset(q, asset);
    mDb->exec(q);
    asset.id = q.lastInsertId().toLongLong();
    const QJsonObject row = EntityJson::toJson(asset);
    appendAudit(QStringLiteral("asset"), asset.id, QStringLiteral("create"), allFields(row), rowHash(row));
    t.commit();
    return asset.id;
}

QList<FieldChange> RegisterStore::updateAsset(Asset &asset)
{
    Transaction t(*mDb);
    const Asset before = this->asset(asset.id);
    const QStringList bookkeeping{QStringLiteral("updatedOn"), QStringLiteral("updatedBy")};
    if (diff(EntityJson::toJson(before), EntityJson::toJson(asset), bookkeeping).isEmpty()) {
        asset.updatedOn = before.updatedOn;
        asset.updatedBy = before.updatedBy;
        t.commit();
        return {};
    }
    if (asset.number != before.number) {
        QSqlQuery dup = mDb->prepare(QStringLiteral("SELECT 1 FROM assets WHERE number = ? AND id <> ?"));
        dup.addBindValue(txt(asset.number));
        dup.addBindValue(asset.id);
        mDb->exec(dup);
        if (dup.next())
            throw ValidationError(uniqueNumberMessage(asset.number));
    }
    if (asset.usePlaceId != before.usePlaceId || asset.storePlaceId != before.storePlaceId)
        checkAssetPlaces(asset);
    asset.updatedOn = QDate::currentDate();
    asset.updatedBy = mPerson.isEmpty() ? mOsUser : mPerson;
    QSqlQuery q = mDb->prepare(updateSql(QStringLiteral("assets"), kAssetColumns));
    writeAsset(q, asset);
    q.addBindValue(asset.id);
    mDb->exec(q);
    const QJsonObject row = EntityJson::toJson(asset);
    const QList<FieldChange> changes = diff(EntityJson::toJson(before), row);
    appendAudit(QStringLiteral("asset"), asset.id, QStringLiteral("update"), changes, rowHash(row));
    t.commit();
    return changes;
}

void RegisterStore::deleteAsset(Id id)
{
    Transaction t(*mDb);
    const Asset before = asset(id);
    // Links, acceptances and system references go first, each with its own audit entry.
    auto idsWhere = [this, id](const QString &sql, int binds) {
        QSqlQuery q = mDb->prepare(sql);
        for (int i = 0; i < binds; ++i)
            q.addBindValue(id);
        mDb->exec(q);
        QList<Id> out;
        while (q.next())
            out.append(q.value(0).toLongLong());
        return out;
    };
    for (Id linkId : idsWhere(QStringLiteral("SELECT id FROM asset_links WHERE from_id = ? OR to_id = ?"), 2))
        deleteLink(linkId);
    for (Id acceptanceId : idsWhere(QStringLiteral("SELECT id FROM acceptances WHERE asset_id = ? ORDER BY id"), 1))
        deleteAcceptance(acceptanceId);
    const QList<Id> referencing = idsWhere(QStringLiteral("SELECT id FROM assets WHERE system_id = ?"), 1);
    for (Id other : referencing) {
        Asset a = asset(other);
        a.systemId = 0;
        updateAsset(a);
    }
    QSqlQuery q = mDb->prepare(QStringLiteral("DELETE FROM assets WHERE id = ?"));
    q.addBindValue(id);
    mDb->exec(q);
    appendAudit(QStringLiteral("asset"), id, QStringLiteral("delete"),
                diff(EntityJson::toJson(before), QJsonObject()), QString());
    t.commit();
}

Id RegisterStore::insertDepartment(Department &d)
{
    Transaction t(*mDb);
    QSqlQuery q = mDb->prepare(QStringLiteral("INSERT INTO departments(code, name, parent_id, valid_from, valid_to) VALUES(?,?,?,?,?)"));
    q.addBindValue(txt(d.code));
    q.addBindValue(txt(d.name));
    q.addBindValue(idValue(d.parentId));
    q.addBindValue(dateValue(d.validFrom));
    q.addBindValue(dateValue(d.validTo));
    mDb->exec(q);
    d.id = q.lastInsertId().toLongLong();
    const QJsonObject row = EntityJson::toJson(d);
    appendAudit(QStringLiteral("department"), d.id, QStringLiteral("create"), allFields(row), rowHash(row));
    t.commit();
    return d.id;
}

void RegisterStore::updateDepartment(const Department &d)
{
    Transaction t(*mDb);
    const std::optional<Department> found = findDepartment(d.id);
    if (!found)
        throw RuntimeError(tr("The department %1 no longer exists in the register.").arg(d.id));
    const Department &before = *found;
    QSqlQuery q = mDb->prepare(QStringLiteral("UPDATE departments SET code = ?, name = ?, parent_id = ?, valid_from = ?, valid_to = ? WHERE id = ?"));
    q.addBindValue(txt(d.code));
    q.addBindValue(txt(d.name));
    q.addBindValue(idValue(d.parentId));
    q.addBindValue(dateValue(d.validFrom));
    q.addBindValue(dateValue(d.validTo));
    q.addBindValue(d.id);
    mDb->exec(q);
    const QJsonObject row = EntityJson::toJson(d);
    appendAudit(QStringLiteral("department"), d.id, QStringLiteral("update"), diff(EntityJson::toJson(before), row), rowHash(row));
    t.commit();
}

void RegisterStore::deleteDepartment(Id id)
{
    Transaction t(*mDb);
    for (const auto &[table, column] : {std::pair{QStringLiteral("assets"), QStringLiteral("department_id")},
                                        std::pair{QStringLiteral("people"), QStringLiteral("department_id")},
                                        std::pair{QStringLiteral("departments"), QStringLiteral("parent_id")}}) {
        QSqlQuery c = mDb->prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(table, column));
        c.addBindValue(id);
        mDb->exec(c);
        if (c.next() && c.value(0).toLongLong() > 0)
            throw ValidationError(tr("This department still has assets, people or sub-departments. Move them first, "
                                     "or set an end date (valid to) instead of deleting it."));
    }
    QSqlQuery plans = mDb->prepare(QStringLiteral("SELECT count(*) FROM floor_plans WHERE department_id = ?"));
    plans.addBindValue(id);
    mDb->exec(plans);
    if (plans.next() && plans.value(0).toLongLong() > 0)
        throw ValidationError(tr("This department is named in the title block of %n floor plan(s). Choose another "
                                 "department there first (Plan properties).", nullptr, int(plans.value(0).toLongLong())));
    const std::optional<Department> found = findDepartment(id);
    if (!found)
        throw RuntimeError(tr("The department %1 no longer exists in the register.").arg(id));
    const Department &before = *found;
    QSqlQuery q = mDb->prepare(QStringLiteral("DELETE FROM departments WHERE id = ?"));
    q.addBindValue(id);
    mDb->exec(q);
    appendAudit(QStringLiteral("department"), id, QStringLiteral("delete"), diff(EntityJson::toJson(before), QJsonObject()), QString());
    t.commit();
}

Id RegisterStore::insertPerson(Person &p)
{
    Transaction t(*mDb);
    QSqlQuery q = mDb->prepare(QStringLiteral("INSERT INTO people(name, department_id, roles) VALUES(?,?,?)"));
    q.addBindValue(txt(p.name));
    q.addBindValue(p.departmentId);
    q.addBindValue(txt(encodeList(p.roles)));
    mDb->exec(q);
    p.id = q.lastInsertId().toLongLong();
    const QJsonObject row = EntityJson::toJson(p);
    appendAudit(QStringLiteral("person"), p.id, QStringLiteral("create"), allFields(row), rowHash(row));
    t.commit();
    return p.id;
}

void RegisterStore::updatePerson(const Person &p)
{
    Transaction t(*mDb);
    const std::optional<Person> found = findPerson(p.id);
    if (!found)
        throw RuntimeError(tr("The person %1 no longer exists in the register.").arg(p.id));
    const Person &before = *found;
    QSqlQuery q = mDb->prepare(QStringLiteral("UPDATE people SET name = ?, department_id = ?, roles = ? WHERE id = ?"));
    q.addBindValue(txt(p.name));
    q.addBindValue(p.departmentId);
    q.addBindValue(txt(encodeList(p.roles)));
    q.addBindValue(p.id);
    mDb->exec(q);
    const QJsonObject row = EntityJson::toJson(p);
    appendAudit(QStringLiteral("person"), p.id, QStringLiteral("update"), diff(EntityJson::toJson(before), row), rowHash(row));
    t.commit();
}

void RegisterStore::deletePerson(Id id)
{
    Transaction t(*mDb);
    QSqlQuery c = mDb->prepare(QStringLiteral("SELECT count(*) FROM assets WHERE manager_id = ?"));
    c.addBindValue(id);
    mDb->exec(c);
    if (c.next() && c.value(0).toLongLong() > 0)
        throw ValidationError(tr("This person is still the manager of assets. Choose another manager for them first."));
    const std::optional<Person> found = findPerson(id);
    if (!found)
        throw RuntimeError(tr("The person %1 no longer exists in the register.").arg(id));
    const Person &before = *found;
    QSqlQuery q = mDb->prepare(QStringLiteral("DELETE FROM people WHERE id = ?"));
    q.addBindValue(id);
    mDb->exec(q);
    appendAudit(QStringLiteral("person"), id, QStringLiteral("delete"), diff(EntityJson::toJson(before), QJsonObject()), QString());
    t.commit();
}

Id RegisterStore::insertLink(AssetLink &link)
{
    if (link.fromId == link.toId)
        throw ValidationError(tr("An asset cannot be linked to itself."));
    Transaction t(*mDb);
    QSqlQuery q = mDb->prepare(QStringLiteral("INSERT INTO asset_links(from_id, to_id, type) VALUES(?,?,?)"));
    q.addBindValue(link.fromId);
    q.addBindValue(link.toId);
    q.addBindValue(Enums::id(link.type));
    if (!q.exec()) {
        if (q.lastError().text().contains(QLatin1String("UNIQUE")))
            throw ValidationError(tr("These two assets are already linked in this way."));
        mDb->exec(q); // throws with the driver's message
    }
    link.id = q.lastInsertId().toLongLong();
    const QJsonObject row = EntityJson::toJson(link);
    appendAudit(QStringLiteral("link"), link.id, QStringLiteral("create"), allFields(row), rowHash(row));
    t.commit();
    return link.id;
}

void RegisterStore::deleteLink(Id id)
{
    Transaction t(*mDb);
    AssetLink before;
    QSqlQuery s = mDb->prepare(QStringLiteral("SELECT id, from_id, to_id, type FROM asset_links WHERE id = ?"));
    s.addBindValue(id);
    mDb->exec(s);
    if (!s.next())
        throw RuntimeError(tr("The link %1 no longer exists in the register.").arg(id));
    before = {s.value(0).toLongLong(), s.value(1).toLongLong(), s.value(2).toLongLong(),
              Enums::linkTypeFromId(s.value(3).toString()).value_or(LinkType::StoredOn)};
    QSqlQuery q = mDb->prepare(QStringLiteral("DELETE FROM asset_links WHERE id = ?"));
    q.addBindValue(id);
    mDb->exec(q);
    appendAudit(QStringLiteral("link"), id, QStringLiteral("delete"), diff(EntityJson::toJson(before), QJsonObject()), QString());
    t.commit();
}

void RegisterStore::setSetting(const QString &key, const QString &value)
{
    if (key == kZoneTableKey) {
        setZoneTable(QJsonDocument::fromJson(value.toUtf8()).object());
        return;
    }
    Transaction t(*mDb);
    RegisterData before;
    QMap<QString, QString> s = settings();
    before.title = s.value(kTitleKey);
    before.scheme = QJsonDocument::fromJson(s.value(kSchemeKey).toUtf8()).object();
    QMap<QString, QString> rest = s;
    rest.remove(kTitleKey);
    rest.remove(kSchemeKey);
    before.settings = rest;
    QSqlQuery q = mDb->prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(txt(value));
    mDb->exec(q);
    RegisterData after = before;
    if (key == kTitleKey)
        after.title = value;
    else if (key == kSchemeKey)
        after.scheme = QJsonDocument::fromJson(value.toUtf8()).object();
    else
        after.settings.insert(key, value);
    const QJsonObject row = AuditVerifier::settingsRow(after);
    appendAudit(QStringLiteral("setting"), 0, QStringLiteral("update"),
                diff(AuditVerifier::settingsRow(before), row), rowHash(row));
    t.commit();
}

void RegisterStore::setZoneTable(const QJsonObject &table)
{
    if (!table.isEmpty())
        ZoneTable::fromJson(table); // can throw ValidationError
    Transaction t(*mDb);
    const QJsonObject before = zoneTable();
    if (table.isEmpty()) {
        QSqlQuery q = mDb->prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
        q.addBindValue(kZoneTableKey);
        mDb->exec(q);
    } else {
        QSqlQuery q = mDb->prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(kZoneTableKey);
        q.addBindValue(QString::fromUtf8(QJsonDocument(table).toJson(QJsonDocument::Compact)));
        mDb->exec(q);
    }
    const QJsonObject row = zoneTableRow(table);
    appendAudit(kZoneTableEntity, 0, QStringLiteral("update"), diff(zoneTableRow(before), row), rowHash(row));
    t.commit();
}

// ---------------------------------------------------------------- places and acceptances

void RegisterStore::checkAssetPlaces(const Asset &a)
{
    for (const Id placeId : {a.usePlaceId, a.storePlaceId}) {
        if (placeId == 0)
            continue;
        const std::optional<Place> place = findPlace(placeId);
        if (!place)
            throw ValidationError(tr("The place %1 no longer exists in the register.").arg(placeId));
        if (!place->isArea())
            throw ValidationError(tr("Assets are used and kept in areas (rooms, containers, server racks …); "
                                     "\"%1\" is a %2.")
                                      .arg(place->name, Enums::label(place->kind)));
    }
}

void RegisterStore::checkPlace(const Place &p)
{
    if (p.name.trimmed().isEmpty())
        throw ValidationError(tr("A place needs a name."));
    if (p.level < 0 || p.level > 4)
        throw ValidationError(tr("The level of \"%1\" must be from 0 to 4 (L0–L4).").arg(p.name));
    if (p.managerId != 0 && !findPerson(p.managerId))
        throw ValidationError(tr("The person %1 no longer exists in the register.").arg(p.managerId));
    if (p.parentId == 0) {
        if (!placeParentFits(p.kind, std::nullopt))
            throw ValidationError(tr("\"%1\" must be inside another place: only a site stands alone.").arg(p.name));
    } else {
        const std::optional<Place> parent = findPlace(p.parentId);
        if (!parent)
            throw ValidationError(tr("The place %1 no longer exists in the register.").arg(p.parentId));
        if (!placeParentFits(p.kind, parent->kind))
            throw ValidationError(tr("\"%1\" (%2) cannot be inside \"%3\" (%4): buildings stand on sites, floors are "
                                     "in buildings, and areas are on floors or inside other areas.")
                                      .arg(p.name, Enums::label(p.kind), parent->name, Enums::label(parent->kind)));
    }
    if (p.id == 0)
        return;
    // Moving a place under itself or one of its own places would cut the branch off the tree.
    QSet<Id> seen;
    for (Id up = p.parentId; up != 0;) {
        if (up == p.id || seen.contains(up))
            throw ValidationError(tr("\"%1\" cannot be moved inside itself or one of the places inside it.").arg(p.name));
        seen.insert(up);
        const std::optional<Place> next = findPlace(up);
        up = next ? next->parentId : 0;
    }
    // A new kind must still suit what is inside the place and what is kept there.
    QSqlQuery children = mDb->prepare(QStringLiteral("SELECT kind, name FROM places WHERE parent_id = ?"));
    children.addBindValue(p.id);
    mDb->exec(children);
    while (children.next()) {
        const PlaceKind kind = Enums::placeKindFromId(children.value(0).toString()).value_or(PlaceKind::Room);
        if (!placeParentFits(kind, p.kind))
            throw ValidationError(tr("\"%1\" cannot be a %2 while \"%3\" (%4) is inside it.")
                                      .arg(p.name, Enums::label(p.kind), children.value(1).toString(), Enums::label(kind)));
    }
    if (!p.isArea()) {
        QSqlQuery used = mDb->prepare(QStringLiteral("SELECT count(*) FROM assets WHERE use_place_id = ? OR store_place_id = ?"));
        used.addBindValue(p.id);
        used.addBindValue(p.id);
        mDb->exec(used);
        if (used.next() && used.value(0).toLongLong() > 0)
            throw ValidationError(tr("\"%1\" must stay an area: %2 assets are used or kept there.")
                                      .arg(p.name)
                                      .arg(used.value(0).toLongLong()));
    }
}

void RegisterStore::writePlace(QSqlQuery &q, const Place &p)
{
    q.addBindValue(idValue(p.parentId));
    q.addBindValue(Enums::id(p.kind));
    q.addBindValue(txt(p.name));
    q.addBindValue(p.level);
    q.addBindValue(int(p.lockedAfterHours));
    q.addBindValue(txt(p.businessHours));
    q.addBindValue(txt(encodeEntryControl(p.entryControl)));
    q.addBindValue(idValue(p.managerId));
    q.addBindValue(int(p.controlledArea));
    q.addBindValue(int(p.handlingArea));
    q.addBindValue(txt(p.notes));
    q.addBindValue(txt(encodeOutline(p.outline)));
}

namespace {
QString placeInsertSql(bool withId) { return insertSql(QStringLiteral("places"), kPlaceColumns, withId); }
QString acceptanceInsertSql(bool withId)
{
    return insertSql(QStringLiteral("acceptances"), kAcceptanceColumns, withId);
}
} // namespace

Id RegisterStore::insertPlace(Place &place)
{
    Place p = place;
    p.id = 0;
    Transaction t(*mDb);
    checkPlace(p);
    QSqlQuery q = mDb->prepare(placeInsertSql(false));
    writePlace(q, p);
    mDb->exec(q);
    p.id = q.lastInsertId().toLongLong();
    const QJsonObject row = EntityJson::toJson(p);
    appendAudit(QStringLiteral("place"), p.id, QStringLiteral("create"), allFields(row), rowHash(row));
    t.commit();
    place.id = p.id;
    return place.id;
}

void RegisterStore::updatePlace(const Place &place)
{
    Transaction t(*mDb);
    const std::optional<Place> before = findPlace(place.id);
    if (!before)
        throw RuntimeError(tr("The place %1 no longer exists in the register.").arg(place.id));
    checkPlace(place);
    QSqlQuery q = mDb->prepare(updateSql(QStringLiteral("places"), kPlaceColumns));
    writePlace(q, place);
    q.addBindValue(place.id);
    mDb->exec(q);
    const QJsonObject row = EntityJson::toJson(place);
    appendAudit(QStringLiteral("place"), place.id, QStringLiteral("update"), diff(EntityJson::toJson(*before), row),
                rowHash(row));
    t.commit();
}

void RegisterStore::deletePlace(Id id)
{
    Transaction t(*mDb);
    const std::optional<Place> before = findPlace(id);
    if (!before)
        throw RuntimeError(tr("The place %1 no longer exists in the register.").arg(id));
    auto count = [&](const QString &sql, int binds) {
        QSqlQuery c = mDb->prepare(sql);
        for (int i = 0; i < binds; ++i)
            c.addBindValue(id);
        mDb->exec(c);
        return c.next() ? c.value(0).toLongLong() : 0;
    };
    if (const qint64 n = count(QStringLiteral("SELECT count(*) FROM places WHERE parent_id = ?"), 1))
        throw ValidationError(tr("\"%1\" has %2 places inside it. Move or delete them first.").arg(before->name).arg(n));
    if (const qint64 n = count(QStringLiteral("SELECT count(*) FROM assets WHERE use_place_id = ? OR store_place_id = ?"), 2))
        throw ValidationError(tr("\"%1\" is the place of use or storage of %2 assets. Move them first.")
                                  .arg(before->name)
                                  .arg(n));
    if (count(QStringLiteral("SELECT count(*) FROM floor_plans WHERE floor_id = ?"), 1))
        throw ValidationError(tr("\"%1\" has a floor plan. Delete the plan first.").arg(before->name));
    if (const qint64 n = count(QStringLiteral("SELECT count(*) FROM acceptances WHERE place_id = ?"), 1))
        throw ValidationError(tr("\"%1\" is named by %2 risk acceptances. Delete them first.").arg(before->name).arg(n));
    QSqlQuery q = mDb->prepare(QStringLiteral("DELETE FROM places WHERE id = ?"));
    q.addBindValue(id);
    mDb->exec(q);
    appendAudit(QStringLiteral("place"), id, QStringLiteral("delete"), diff(EntityJson::toJson(*before), QJsonObject()),
                QString());
    t.commit();
}

void RegisterStore::writeAcceptance(QSqlQuery &q, const Acceptance &a)
{
    q.addBindValue(a.assetId);
    q.addBindValue(txt(a.code));
    q.addBindValue(idValue(a.placeId));
    q.addBindValue(txt(a.subject));
    q.addBindValue(txt(a.reason));
    q.addBindValue(txt(a.person));
    q.addBindValue(dateValue(a.until));
    q.addBindValue(dateTimeText(a.acceptedAt));
}

namespace {
void checkAcceptanceFields(const Acceptance &a)
{
    if (a.code.trimmed().isEmpty())
        throw ValidationError(RegisterStore::tr("A risk acceptance needs the code of the finding it accepts."));
    if (a.reason.trimmed().isEmpty())
        throw ValidationError(RegisterStore::tr("A risk acceptance needs a reason."));
    if (a.person.trimmed().isEmpty())
        throw ValidationError(RegisterStore::tr("A risk acceptance needs the name of the person who accepts it."));
    if (!a.until.isValid())
        throw ValidationError(RegisterStore::tr("A risk acceptance needs the date until which it holds."));
}
} // namespace

Id RegisterStore::insertAcceptance(Acceptance &acceptance)
{
    checkAcceptanceFields(acceptance);
    Acceptance a = acceptance;
    a.id = 0;
    if (!a.acceptedAt.isValid())
        a.acceptedAt = QDateTime::fromString(dateTimeText(QDateTime::currentDateTimeUtc()), Qt::ISODateWithMs);
    a.acceptedAt = a.acceptedAt.toUTC();
    Transaction t(*mDb);
    QSqlQuery exists = mDb->prepare(QStringLiteral("SELECT 1 FROM assets WHERE id = ?"));
    exists.addBindValue(a.assetId);
    mDb->exec(exists);
    if (!exists.next())
        throw RuntimeError(tr("The asset %1 no longer exists in the register.").arg(a.assetId));
    if (a.placeId != 0 && !findPlace(a.placeId))
        throw ValidationError(tr("The place %1 no longer exists in the register.").arg(a.placeId));
    QSqlQuery q = mDb->prepare(acceptanceInsertSql(false));
    writeAcceptance(q, a);
    mDb->exec(q);
    a.id = q.lastInsertId().toLongLong();
    const QJsonObject row = EntityJson::toJson(a);
    appendAudit(QStringLiteral("acceptance"), a.id, QStringLiteral("create"), allFields(row), rowHash(row));
    t.commit();
    acceptance = a;
    return acceptance.id;
}

void RegisterStore::deleteAcceptance(Id id)
{
    Transaction t(*mDb);
    const std::optional<Acceptance> before = findAcceptance(id);
    if (!before)
        throw RuntimeError(tr("The risk acceptance %1 no longer exists in the register.").arg(id));
    QSqlQuery q = mDb->prepare(QStringLiteral("DELETE FROM acceptances WHERE id = ?"));
    q.addBindValue(id);
    mDb->exec(q);
    appendAudit(QStringLiteral("acceptance"), id, QStringLiteral("delete"),
                diff(EntityJson::toJson(*before), QJsonObject()), QString());
    t.commit();
}

// ---------------------------------------------------------------- restoring

// Each restore forgets the cached audit head when it fails: entries appended
// before the failure were rolled back with the transaction.
void RegisterStore::restoreAsset(const Asset &asset, const QList<AssetLink> &links, const QList<Id> &referencing,
                                 const QList<Acceptance> &acceptances)
{
    if (asset.id <= 0)
        throw LogicError(tr("Only a stored asset can be restored."));
    Transaction t(*mDb);
    QSqlQuery taken = mDb->prepare(QStringLiteral("SELECT 1 FROM assets WHERE id = ?"));
    taken.addBindValue(asset.id);
    mDb->exec(taken);
    if (taken.next())
        throw RuntimeError(tr("The asset %1 cannot be restored: another asset has its id.").arg(asset.id));
    QSqlQuery dup = mDb->prepare(QStringLiteral("SELECT 1 FROM assets WHERE number = ?"));
    dup.addBindValue(txt(asset.number));
    mDb->exec(dup);
    if (dup.next())
        throw ValidationError(uniqueNumberMessage(asset.number));
    checkAssetPlaces(asset);
    QSqlQuery q = mDb->prepare(assetInsertSql(true));
    q.addBindValue(asset.id);
    writeAsset(q, asset);
    mDb->exec(q);
    const QJsonObject row = EntityJson::toJson(asset);
    appendAudit(QStringLiteral("asset"), asset.id, QStringLiteral("create"), allFields(row), rowHash(row));
    for (const AssetLink &l : links)
        restoreLink(l);
    for (Id other : referencing) {
        Asset a = this->asset(other);
        a.systemId = asset.id;
        updateAsset(a);
    }
    for (const Acceptance &a : acceptances)
        restoreAcceptance(a);
    t.commit();
}

void RegisterStore::restoreDepartment(const Department &d)
{
    if (d.id <= 0)
        throw LogicError(tr("Only a stored department can be restored."));
    Transaction t(*mDb);
    QSqlQuery q = mDb->prepare(QStringLiteral(
        "INSERT INTO departments(id, code, name, parent_id, valid_from, valid_to) VALUES(?,?,?,?,?,?)"));
    q.addBindValue(d.id);
    q.addBindValue(txt(d.code));
    q.addBindValue(txt(d.name));
    q.addBindValue(idValue(d.parentId));
    q.addBindValue(dateValue(d.validFrom));
    q.addBindValue(dateValue(d.validTo));
    mDb->exec(q);
    const QJsonObject row = EntityJson::toJson(d);
    appendAudit(QStringLiteral("department"), d.id, QStringLiteral("create"), allFields(row), rowHash(row));
    t.commit();
}

void RegisterStore::restorePerson(const Person &p)
{
    if (p.id <= 0)
        throw LogicError(tr("Only a stored person can be restored."));
    Transaction t(*mDb);
    QSqlQuery q = mDb->prepare(QStringLiteral("INSERT INTO people(id, name, department_id, roles) VALUES(?,?,?,?)"));
    q.addBindValue(p.id);
    q.addBindValue(txt(p.name));
    q.addBindValue(p.departmentId);
    q.addBindValue(txt(encodeList(p.roles)));
    mDb->exec(q);
    const QJsonObject row = EntityJson::toJson(p);
    appendAudit(QStringLiteral("person"), p.id, QStringLiteral("create"), allFields(row), rowHash(row));
    t.commit();
}

void RegisterStore::restoreLink(const AssetLink &link)
{
    if (link.id <= 0)
        throw LogicError(tr("Only a stored link can be restored."));
    if (link.fromId == link.toId)
        throw ValidationError(tr("An asset cannot be linked to itself."));
    Transaction t(*mDb);
    QSqlQuery q = mDb->prepare(QStringLiteral("INSERT INTO asset_links(id, from_id, to_id, type) VALUES(?,?,?,?)"));
    q.addBindValue(link.id);
    q.addBindValue(link.fromId);
    q.addBindValue(link.toId);
    q.addBindValue(Enums::id(link.type));
    if (!q.exec()) {
        if (q.lastError().text().contains(QLatin1String("UNIQUE")))
            throw ValidationError(tr("These two assets are already linked in this way."));
        mDb->exec(q); // throws with the driver's message
    }
    const QJsonObject row = EntityJson::toJson(link);
    appendAudit(QStringLiteral("link"), link.id, QStringLiteral("create"), allFields(row), rowHash(row));
    t.commit();
}

void RegisterStore::restorePlace(const Place &place)
{
    if (place.id <= 0)
        throw LogicError(tr("Only a stored place can be restored."));
    Transaction t(*mDb);
    if (findPlace(place.id))
        throw RuntimeError(tr("The place %1 cannot be restored: another place has its id.").arg(place.id));
    checkPlace(place);
    QSqlQuery q = mDb->prepare(placeInsertSql(true));
    q.addBindValue(place.id);
    writePlace(q, place);
    mDb->exec(q);
    const QJsonObject row = EntityJson::toJson(place);
    appendAudit(QStringLiteral("place"), place.id, QStringLiteral("create"), allFields(row), rowHash(row));
    t.commit();
}

void RegisterStore::restoreAcceptance(const Acceptance &acceptance)
{
    if (acceptance.id <= 0 || !acceptance.acceptedAt.isValid())
        throw LogicError(tr("Only a stored risk acceptance can be restored."));
    checkAcceptanceFields(acceptance);
    Transaction t(*mDb);
    if (findAcceptance(acceptance.id))
        throw RuntimeError(tr("The risk acceptance %1 cannot be restored: another one has its id.").arg(acceptance.id));
    QSqlQuery q = mDb->prepare(acceptanceInsertSql(true));
    q.addBindValue(acceptance.id);
    writeAcceptance(q, acceptance);
    mDb->exec(q);
    const QJsonObject row = EntityJson::toJson(acceptance);
    appendAudit(QStringLiteral("acceptance"), acceptance.id, QStringLiteral("create"), allFields(row), rowHash(row));
    t.commit();
}

// ---------------------------------------------------------------- import

namespace {

/// The audit check of the rows AuditVerifier does not know: places, acceptances and the
/// zone table, each against the hash of its last audit entry. Translated problems.
QStringList verifyPlaceRows(const RegisterData &data, int maxProblems)
{
    QStringList problems;
    if (maxProblems <= 0)
        return problems;
    auto add = [&](const QString &p) {
        if (problems.size() < maxProblems)
            problems.append(p);
    };
    QHash<QString, QHash<Id, const AuditEntry *>> latest;
    for (const AuditEntry &e : data.audit) {
        if (e.entity == QLatin1String("place") || e.entity == QLatin1String("acceptance") || e.entity == kZoneTableEntity)
            latest[e.entity][e.entityId] = &e;
    }
    auto checkRows = [&](const QString &entity, const QString &label, const auto &rows) {
        const QHash<Id, const AuditEntry *> last = latest.value(entity);
        QSet<Id> seen;
        for (const auto &row : rows) {
            seen.insert(row.id);
            const AuditEntry *e = last.value(row.id, nullptr);
            if (!e)
                add(RegisterStore::tr("%1 %2 is not recorded in the audit log (added outside Daicho).").arg(label).arg(row.id));
            else if (e->rowHash != rowHash(EntityJson::toJson(row)))
                add(RegisterStore::tr("%1 %2 was changed outside Daicho after audit log entry %3.")
                        .arg(label)
                        .arg(row.id)
                        .arg(e->seq));
        }
        for (auto it = last.cbegin(); it != last.cend(); ++it) {
            if (!seen.contains(it.key()) && it.value()->action != QLatin1String("delete"))
                add(RegisterStore::tr("%1 %2 was deleted outside Daicho (last audit log entry %3).")
                        .arg(label)
                        .arg(it.key())
                        .arg(it.value()->seq));
        }
    };
    checkRows(QStringLiteral("place"), RegisterStore::tr("Place"), data.places);
    checkRows(QStringLiteral("acceptance"), RegisterStore::tr("Risk acceptance"), data.acceptances);
    const AuditEntry *zones = latest.value(kZoneTableEntity).value(0, nullptr);
    if (!zones) {
        if (!data.zoneTable.isEmpty())
            add(RegisterStore::tr("The register's zone table is not recorded in the audit log."));
    } else if (zones->rowHash != rowHash(zoneTableRow(data.zoneTable))) {
        add(RegisterStore::tr("The register's zone table was changed outside Daicho after audit log entry %1.").arg(zones->seq));
    }
    return problems;
}

void bindAsset(NativeStatement &n, const Asset &a, bool withId)
{
    int i = 1;
    if (withId)
        n.bind(i++, qint64(a.id));
    assetValues(a, Overloaded{[&](const QString &text) { n.bind(i++, text); },
                              [&](qint64 value) { n.bind(i++, value); },
                              [&](std::nullptr_t) { n.bindNull(i++); }});
}

} // namespace

void RegisterStore::import(RegisterData data)
{
    Transaction t(*mDb);
    mBulkAt = QDateTime::fromString(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), Qt::ISODateWithMs);
    mBulkAtText = mBulkAt.toUTC().toString(Qt::ISODateWithMs);
    struct ResetBulk {
        RegisterStore *s;
        ~ResetBulk()
        {
            s->mBulkAt = QDateTime();
            s->mBulkAtText.clear();
        }
    } resetBulk{this};
    const bool empty = mDb->scalar(QStringLiteral("SELECT (SELECT count(*) FROM departments) + (SELECT count(*) FROM people) + "
                                                  "(SELECT count(*) FROM assets) + (SELECT count(*) FROM asset_links) + "
                                                  "(SELECT count(*) FROM places) + (SELECT count(*) FROM acceptances) + "
                                                  "(SELECT count(*) FROM floor_plans)"))
                           .toLongLong() == 0;
    if (!data.audit.isEmpty()) {
        QStringList problems = AuditVerifier::verify(data, 5);
        problems += verifyPlaceRows(data, 5 - int(problems.size()));
        problems += verifyPlanRows(data.plans, data.audit).mid(0, std::max(0, 5 - int(problems.size())));
        if (!problems.isEmpty())
            throw ValidationError(tr("The audit log in the imported data does not match its contents, so it was not "
                                     "imported (nothing was changed):\n%1").arg(problems.join(QLatin1Char('\n'))));
    }
    const bool keepIds = empty;
    const bool keepAudit = empty && !data.audit.isEmpty();
    // Asset ids are decided before the rows are written (kept, or numbered after the
    // register's highest), so system references may point forward: checked at commit.
    mDb->exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    const QString importAction = QStringLiteral("import");
    QHash<Id, Id> depMap, personMap, assetMap, placeMap;

    if (!keepIds && !data.assets.isEmpty()) {
        // Checked first so that a clash is reported as such, before anything is written.
        QSet<QString> numbers;
        QSqlQuery all = mDb->prepare(QStringLiteral("SELECT number FROM assets"));
        mDb->exec(all);
        while (all.next())
            numbers.insert(all.value(0).toString());
        for (const Asset &a : data.assets) {
            if (numbers.contains(a.number))
                throw ValidationError(uniqueNumberMessage(a.number));
        }
    }
    {
        // Assets are placed in areas of the same data (checked before anything is written).
        QHash<Id, const Place *> docPlaces;
        for (const Place &p : data.places)
            docPlaces.insert(p.id, &p);
        for (const Asset &a : data.assets) {
            for (const Id placeId : {a.usePlaceId, a.storePlaceId}) {
                if (placeId == 0)
                    continue;
                const Place *p = docPlaces.value(placeId, nullptr);
                if (!p)
                    throw ValidationError(tr("The asset %1 of the imported data refers to the place %2, which is not in the data.")
                                              .arg(a.number)
                                              .arg(placeId));
                if (!p->isArea())
                    throw ValidationError(tr("The asset %1 of the imported data is placed in \"%2\", which is not an area.")
                                              .arg(a.number, p->name));
            }
        }
    }
    // Merging into a register that has data: a department with the same code and a
    // person with the same name in the same department are the ones already there.
    QHash<QString, Id> existingDeps;
    QHash<QPair<Id, QString>, Id> existingPeople;
    if (!keepIds) {
        for (const Department &d : departments())
            existingDeps.insert(d.code, d.id);
        for (const Person &p : people())
            existingPeople.insert({p.departmentId, p.name}, p.id);
    }

    // Departments: parents before children.
    {
        QSqlQuery q = mDb->prepare(keepIds
            ? QStringLiteral("INSERT INTO departments(id, code, name, parent_id, valid_from, valid_to) VALUES(?,?,?,?,?,?)")
            : QStringLiteral("INSERT INTO departments(code, name, parent_id, valid_from, valid_to) VALUES(?,?,?,?,?)"));
        QList<Department> pending = data.departments;
        QSet<Id> done;
        while (!pending.isEmpty()) {
            const qsizetype before = pending.size();
            for (qsizetype i = 0; i < pending.size();) {
                Department d = pending.at(i);
                if (d.parentId != 0 && !done.contains(d.parentId)) {
                    ++i;
                    continue;
                }
                const Id original = d.id;
                if (existingDeps.contains(d.code)) {
                    depMap.insert(original, existingDeps.value(d.code));
                    done.insert(original);
                    pending.removeAt(i);
                    continue;
                }
                d.parentId = d.parentId ? (keepIds ? d.parentId : depMap.value(d.parentId)) : 0;
                if (keepIds)
                    q.addBindValue(d.id);
                q.addBindValue(txt(d.code));
                q.addBindValue(txt(d.name));
                q.addBindValue(idValue(d.parentId));
                q.addBindValue(dateValue(d.validFrom));
                q.addBindValue(dateValue(d.validTo));
                mDb->exec(q);
                d.id = keepIds ? original : q.lastInsertId().toLongLong();
                depMap.insert(original, d.id);
                done.insert(original);
                if (!keepAudit) {
                    const QJsonObject row = EntityJson::toJson(d);
                    appendAudit(QStringLiteral("department"), d.id, importAction, {}, rowHash(row));
                }
                pending.removeAt(i);
            }
            if (pending.size() == before)
                throw ValidationError(tr("The departments of the imported data refer to parents that do not exist or form a loop."));
        }
    }
    auto mapDep = [&](Id id) { return keepIds ? id : depMap.value(id); };
    {
        QSqlQuery q = mDb->prepare(keepIds ? QStringLiteral("INSERT INTO people(id, name, department_id, roles) VALUES(?,?,?,?)")
                                           : QStringLiteral("INSERT INTO people(name, department_id, roles) VALUES(?,?,?)"));
        for (Person p : data.people) {
            const Id original = p.id;
            p.departmentId = mapDep(p.departmentId);
            if (const Id existing = existingPeople.value({p.departmentId, p.name}, 0)) {
                personMap.insert(original, existing);
                continue;
            }
            if (keepIds)
                q.addBindValue(p.id);
            q.addBindValue(txt(p.name));
            q.addBindValue(p.departmentId);
            q.addBindValue(txt(encodeList(p.roles)));
            mDb->exec(q);
            p.id = keepIds ? original : q.lastInsertId().toLongLong();
            personMap.insert(original, p.id);
            if (!keepAudit)
                appendAudit(QStringLiteral("person"), p.id, importAction, {}, rowHash(EntityJson::toJson(p)));
        }
    }
    {
        // Places: parents before children. Merging, a place whose path of names is
        // already in the register is that place.
        QHash<QString, Id> existingPaths;
        QHash<Id, QList<QPoint>> existingOutlines;
        if (!keepIds) {
            const QList<Place> current = places();
            for (const Place &p : current)
                existingOutlines.insert(p.id, p.outline);
            QHash<Id, const Place *> byId;
            for (const Place &p : current)
                byId.insert(p.id, &p);
            for (const Place &p : current) {
                QStringList path;
                QSet<Id> seen;
                for (const Place *at = &p; at && !seen.contains(at->id); at = byId.value(at->parentId, nullptr)) {
                    seen.insert(at->id);
                    path.prepend(at->name);
                }
                existingPaths.insert(path.join(QChar(0x1f)), p.id);
            }
        }
        QSqlQuery q = mDb->prepare(placeInsertSql(keepIds));
        QList<Place> pending = data.places;
        QHash<Id, QString> pathOf; // by the document's id
        while (!pending.isEmpty()) {
            const qsizetype before = pending.size();
            for (qsizetype i = 0; i < pending.size();) {
                Place p = pending.at(i);
                if (p.parentId != 0 && !pathOf.contains(p.parentId)) {
                    ++i;
                    continue;
                }
                const Id original = p.id;
                const QString path = p.parentId ? pathOf.value(p.parentId) + QChar(0x1f) + p.name : p.name;
                pathOf.insert(original, path);
                pending.removeAt(i);
                if (const Id existing = existingPaths.value(path, 0)) {
                    // The register's place is kept; a different drawing of it would be lost.
                    if (!p.outline.isEmpty() && p.outline != existingOutlines.value(existing))
                        throw ValidationError(tr("The imported data draws \"%1\" differently from this register's plan. "
                                                 "Nothing was imported: remove the outline from one of them, or "
                                                 "import into an empty register.").arg(p.name));
                    placeMap.insert(original, existing);
                    continue;
                }
                p.parentId = p.parentId ? (keepIds ? p.parentId : placeMap.value(p.parentId)) : 0;
                p.managerId = p.managerId ? (keepIds ? p.managerId : personMap.value(p.managerId)) : 0;
                if (!keepIds)
                    p.id = 0; // the document's id means nothing in this register
                checkPlace(p);
                if (keepIds)
                    q.addBindValue(original);
                writePlace(q, p);
                mDb->exec(q);
                p.id = keepIds ? original : q.lastInsertId().toLongLong();
                placeMap.insert(original, p.id);
                if (!keepAudit)
                    appendAudit(QStringLiteral("place"), p.id, importAction, {}, rowHash(EntityJson::toJson(p)));
            }
            if (pending.size() == before)
                throw ValidationError(tr("The places of the imported data refer to parents that do not exist or form a loop."));
        }
    }
    auto mapPlace = [&](Id id) { return id && !keepIds ? placeMap.value(id) : id; };
    // The assets and links as they will be stored. Kept ids stay; otherwise the rows are
    // numbered after the register's highest id (as AUTOINCREMENT would number them), so every
    // row and reference is known before anything is written.
    QList<Asset> assets = std::move(data.assets);
    QList<AssetLink> links = std::move(data.links);
    auto lastId = [this](const QString &table) {
        return mDb->scalar(QStringLiteral("SELECT max(ifnull((SELECT seq FROM sqlite_sequence WHERE name = '%1'), 0), "
                                          "ifnull((SELECT max(id) FROM %1), 0))").arg(table))
            .toLongLong();
    };
    Id nextAsset = keepIds ? 0 : lastId(QStringLiteral("assets"));
    Id nextLink = keepIds ? 0 : lastId(QStringLiteral("asset_links"));
    for (Asset &a : assets) {
        a.departmentId = mapDep(a.departmentId);
        a.managerId = a.managerId ? (keepIds ? a.managerId : personMap.value(a.managerId)) : 0;
        a.usePlaceId = mapPlace(a.usePlaceId);
        a.storePlaceId = mapPlace(a.storePlaceId);
        if (!keepIds) {
            assetMap.insert(a.id, ++nextAsset);
            a.id = nextAsset;
        }
    }
    if (!keepIds) {
        for (Asset &a : assets)
            a.systemId = a.systemId ? assetMap.value(a.systemId) : 0;
        for (AssetLink &l : links) {
            l.id = ++nextLink;
            l.fromId = assetMap.value(l.fromId);
            l.toId = assetMap.value(l.toId);
        }
    }
    // On another core while this thread writes the rows: each row's hash (canonical JSON and
    // SHA-256), then the chain of their audit entries (each entry's hash covers the one
    // before). The entries are written in that order afterwards.
    struct Hashes {
        QStringList assets, links, entries;
    };
    std::future<Hashes> hashing;
    struct Join { // every exit waits for the worker: it reads `assets` and `links`
        std::future<Hashes> &f;
        ~Join()
        {
            if (f.valid())
                f.wait();
        }
    } join{hashing};
    if (!keepAudit) {
        AuditEntry entry;
        std::tie(entry.seq, entry.prevHash) = auditHead();
        entry.osUser = mOsUser;
        entry.person = mPerson;
        entry.action = importAction;
        hashing = std::async(std::launch::async, [&assets, &links, entry, at = mBulkAtText]() mutable {
            Hashes h;
            h.assets.reserve(assets.size());
            for (const Asset &a : assets)
                h.assets.append(EntityJson::rowHash(a));
            h.links.reserve(links.size());
            for (const AssetLink &l : links)
                h.links.append(rowHash(EntityJson::toJson(l)));
            h.entries.reserve(assets.size() + links.size());
            auto chain = [&](const QString &entity, Id id, const QString &hashOfRow) {
                ++entry.seq;
                entry.entity = entity;
                entry.entityId = id;
                entry.rowHash = hashOfRow;
                entry.hash = entry.computeHash(at);
                h.entries.append(entry.hash);
                entry.prevHash = entry.hash;
            };
            for (qsizetype i = 0; i < assets.size(); ++i)
                chain(QStringLiteral("asset"), assets.at(i).id, h.assets.at(i));
            for (qsizetype i = 0; i < links.size(); ++i)
                chain(QStringLiteral("link"), links.at(i).id, h.links.at(i));
            return h;
        });
    }
    {
        NativeStatement native(mDb->connection(), assetInsertSql(true));
        QSqlQuery q;
        if (!native.isValid())
            q = mDb->prepare(assetInsertSql(true));
        for (const Asset &a : std::as_const(assets)) {
            if (native.isValid()) {
                bindAsset(native, a, true);
                native.run();
            } else {
                q.addBindValue(a.id);
                writeAsset(q, a);
                mDb->exec(q);
            }
        }
    }
    {
        QSqlQuery q = mDb->prepare(QStringLiteral("INSERT INTO asset_links(id, from_id, to_id, type) VALUES(?,?,?,?)"));
        for (const AssetLink &l : std::as_const(links)) {
            q.addBindValue(l.id);
            q.addBindValue(l.fromId);
            q.addBindValue(l.toId);
            q.addBindValue(Enums::id(l.type));
            mDb->exec(q);
        }
    }
    if (!keepAudit) {
        const Hashes h = hashing.get();
        const QString assetEntity = QStringLiteral("asset"), linkEntity = QStringLiteral("link");
        for (qsizetype i = 0; i < assets.size(); ++i)
            appendAudit(assetEntity, assets.at(i).id, importAction, {}, h.assets.at(i), h.entries.at(i));
        for (qsizetype i = 0; i < links.size(); ++i)
            appendAudit(linkEntity, links.at(i).id, importAction, {}, h.links.at(i), h.entries.at(assets.size() + i));
    }
    {
        QSqlQuery q = mDb->prepare(acceptanceInsertSql(keepIds));
        for (Acceptance a : data.acceptances) {
            checkAcceptanceFields(a);
            if (!a.acceptedAt.isValid())
                throw ValidationError(tr("A risk acceptance of the imported data has no date and time of acceptance."));
            const Id original = a.id;
            if (!keepIds) {
                if (!assetMap.contains(a.assetId))
                    throw ValidationError(tr("A risk acceptance of the imported data refers to the asset %1, which is not in "
                                             "the data.").arg(a.assetId));
                a.assetId = assetMap.value(a.assetId);
                if (a.placeId && !placeMap.contains(a.placeId))
                    throw ValidationError(tr("A risk acceptance of the imported data refers to the place %1, which is not in "
                                             "the data.").arg(a.placeId));
                a.placeId = mapPlace(a.placeId);
            }
            if (keepIds)
                q.addBindValue(a.id);
            writeAcceptance(q, a);
            mDb->exec(q);
            a.id = keepIds ? original : q.lastInsertId().toLongLong();
            if (!keepAudit)
                appendAudit(QStringLiteral("acceptance"), a.id, importAction, {}, rowHash(EntityJson::toJson(a)));
        }
    }
    importPlans(data.plans, placeMap, depMap, keepIds, keepAudit, importAction);
    if (empty) {
        // Into an empty register the document's title, scheme and settings replace the new file's.
        mDb->exec(QStringLiteral("DELETE FROM settings"));
        QSqlQuery q = mDb->prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?)"));
        QMap<QString, QString> all = data.settings;
        all.insert(kTitleKey, data.title);
        all.insert(kSchemeKey, QString::fromUtf8(QJsonDocument(data.scheme).toJson(QJsonDocument::Compact)));
        all.remove(kZoneTableKey);
        if (!data.zoneTable.isEmpty()) {
            ZoneTable::fromJson(data.zoneTable); // can throw ValidationError
            all.insert(kZoneTableKey, QString::fromUtf8(QJsonDocument(data.zoneTable).toJson(QJsonDocument::Compact)));
        }
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            q.addBindValue(it.key());
            q.addBindValue(txt(it.value()));
            mDb->exec(q);
        }
        if (keepAudit) {
            mDb->exec(QStringLiteral("DELETE FROM audit_log"));
            QSqlQuery a = mDb->prepare(QStringLiteral("INSERT INTO audit_log(%1) VALUES(?,?,?,?,?,?,?,?,?,?,?)").arg(kAuditColumns));
            for (const AuditEntry &e : data.audit) {
                a.addBindValue(e.seq);
                a.addBindValue(e.at.toUTC().toString(Qt::ISODateWithMs));
                a.addBindValue(txt(e.osUser));
                a.addBindValue(txt(e.person));
                a.addBindValue(txt(e.entity));
                a.addBindValue(e.entityId);
                a.addBindValue(txt(e.action));
                a.addBindValue(QString::fromUtf8(QJsonDocument(e.changesToJson()).toJson(QJsonDocument::Compact)));
                a.addBindValue(txt(e.rowHash));
                a.addBindValue(txt(e.prevHash));
                a.addBindValue(txt(e.hash));
                mDb->exec(a);
            }
            mLastSeq = -1; // re-read the head on the next write
        } else {
            const QJsonObject row = AuditVerifier::settingsRow(data);
            appendAudit(QStringLiteral("setting"), 0, importAction, allFields(row), rowHash(row));
            if (!data.zoneTable.isEmpty()) {
                const QJsonObject zones = zoneTableRow(data.zoneTable);
                appendAudit(kZoneTableEntity, 0, importAction, allFields(zones), rowHash(zones));
            }
        }
    }
    t.commit();
}

VerifyReport RegisterStore::verify()
{
    VerifyReport report;
    QSqlQuery q = mDb->exec(QStringLiteral("PRAGMA integrity_check"));
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            report.problems.append(tr("The database file is damaged: %1").arg(line));
    }
    QSqlQuery fk = mDb->exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (fk.next())
        report.problems.append(tr("The register has references to rows that do not exist (table %1).").arg(fk.value(0).toString()));
    const RegisterData data = load(true);
    report.auditEntries = int(data.audit.size());
    report.rowsChecked = int(data.departments.size() + data.people.size() + data.assets.size() + data.links.size()
                             + data.places.size() + data.acceptances.size() + data.plans.size());
    report.problems += AuditVerifier::verify(data);
    report.problems += verifyPlaceRows(data, 50);
    report.problems += verifyPlanRows(data.plans, data.audit).mid(0, 50);
    return report;
}

} // namespace daicho
