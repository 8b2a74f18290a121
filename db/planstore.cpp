// RegisterStore: the floor plans (区画図). One row per floor; the areas' outlines are on
// the places and the assets' points on the assets.
#include "db/registerstore.h"

#include "core/entityjson.h"
#include "core/exceptions.h"
#include "db/database.h"
#include "db/storeutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace daicho {

namespace {

const QString kPlanEntity = QStringLiteral("plan");
const QString kPlanColumns = QStringLiteral(
    "id, floor_id, title, department_id, author, approver, edition, created_on, updated_on, classification, "
    "grid_mm, north_degrees, background, background_width, background_height, background_x_um, background_y_um, "
    "background_um_per_px, background_opacity, doors");

QString planInsertSql(bool withId) { return insertSql(QStringLiteral("floor_plans"), kPlanColumns, withId); }

/// The doors column holds the "doors" array of the exchange format.
QString encodeDoors(const FloorPlan &p)
{
    FloorPlan doorsOnly;
    doorsOnly.doors = p.doors;
    const QJsonArray doors = EntityJson::toJson(doorsOnly).value(QStringLiteral("doors")).toArray();
    return QString::fromUtf8(QJsonDocument(doors).toJson(QJsonDocument::Compact));
}

QList<Door> decodeDoors(const QString &json, Id planId)
{
    // Read through the exchange format's reader, so a damaged column is a clear error.
    QJsonObject o = EntityJson::toJson(FloorPlan{});
    o.insert(QStringLiteral("doors"), QJsonDocument::fromJson(json.toUtf8()).array());
    return EntityJson::planFromJson(o, RegisterStore::tr("Floor plan %1").arg(planId)).doors;
}

FloorPlan readPlan(const QSqlQuery &q)
{
    FloorPlan p;
    p.id = q.value(0).toLongLong();
    p.floorId = q.value(1).toLongLong();
    p.title = q.value(2).toString();
    p.departmentId = q.value(3).toLongLong();
    p.author = q.value(4).toString();
    p.approver = q.value(5).toString();
    p.edition = q.value(6).toString();
    p.createdOn = toDate(q.value(7));
    p.updatedOn = toDate(q.value(8));
    p.classification = q.value(9).toString();
    p.gridMm = q.value(10).toInt();
    p.northDegrees = q.value(11).toInt();
    p.background = q.value(12).toByteArray();
    p.backgroundSize = QSize(q.value(13).toInt(), q.value(14).toInt());
    p.backgroundOrigin = QPointF(q.value(15).toLongLong() / 1000.0, q.value(16).toLongLong() / 1000.0);
    p.backgroundMmPerPixel = q.value(17).toLongLong() / 1000.0;
    p.backgroundOpacity = q.value(18).toInt();
    p.doors = decodeDoors(q.value(19).toString(), p.id);
    return p;
}

QString planRowHash(const FloorPlan &p) { return rowHash(EntityJson::toJson(p, EntityJson::Image::Digest)); }

} // namespace

void RegisterStore::batch(const std::function<void()> &writes)
{
    Transaction t(*mDb);
    writes(); // can throw: the guard rolls everything back
    t.commit();
}

QList<FloorPlan> RegisterStore::plans()
{
    QList<FloorPlan> out;
    QSqlQuery q = mDb->exec(QStringLiteral("SELECT %1 FROM floor_plans ORDER BY id").arg(kPlanColumns));
    while (q.next())
        out.append(readPlan(q));
    return out;
}

std::optional<FloorPlan> RegisterStore::findPlan(Id id)
{
    QSqlQuery q = mDb->prepare(QStringLiteral("SELECT %1 FROM floor_plans WHERE id = ?").arg(kPlanColumns));
    q.addBindValue(id);
    mDb->exec(q);
    if (!q.next())
        return std::nullopt;
    return readPlan(q);
}

void RegisterStore::checkPlan(const FloorPlan &p)
{
    const std::optional<Place> floor = findPlace(p.floorId);
    if (!floor || floor->kind != PlaceKind::Floor)
        throw ValidationError(tr("A floor plan must belong to a floor."));
    QSqlQuery other = mDb->prepare(QStringLiteral("SELECT id FROM floor_plans WHERE floor_id = ? AND id <> ?"));
    other.addBindValue(p.floorId);
    other.addBindValue(p.id);
    mDb->exec(other);
    if (other.next())
        throw ValidationError(tr("\"%1\" already has a floor plan.").arg(floor->name));
    if (p.departmentId && !findDepartment(p.departmentId))
        throw ValidationError(tr("The department of the floor plan is not in the register."));
    if (p.gridMm < 1 || p.backgroundMmPerPixel <= 0 || p.northDegrees < 0 || p.northDegrees > 359
        || p.backgroundOpacity < 0 || p.backgroundOpacity > 100)
        throw ValidationError(tr("The floor plan's grid, scale, north direction or opacity is out of range."));
}

void RegisterStore::writePlan(QSqlQuery &q, const FloorPlan &p)
{
    q.addBindValue(p.floorId);
    q.addBindValue(txt(p.title));
    q.addBindValue(idValue(p.departmentId));
    q.addBindValue(txt(p.author));
    q.addBindValue(txt(p.approver));
    q.addBindValue(txt(p.edition));
    q.addBindValue(dateValue(p.createdOn));
    q.addBindValue(dateValue(p.updatedOn));
    q.addBindValue(txt(p.classification));
    q.addBindValue(p.gridMm);
    q.addBindValue(p.northDegrees);
    q.addBindValue(p.background.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(p.background));
    q.addBindValue(p.backgroundSize.width());
    q.addBindValue(p.backgroundSize.height());
    q.addBindValue(qRound64(p.backgroundOrigin.x() * 1000));
    q.addBindValue(qRound64(p.backgroundOrigin.y() * 1000));
    q.addBindValue(qRound64(p.backgroundMmPerPixel * 1000));
    q.addBindValue(p.backgroundOpacity);
    q.addBindValue(encodeDoors(p));
}

Id RegisterStore::insertPlan(FloorPlan &plan)
{
    FloorPlan p = plan;
    p.id = 0;
    Transaction t(*mDb);
    checkPlan(p);
    QSqlQuery q = mDb->prepare(planInsertSql(false));
    writePlan(q, p);
    mDb->exec(q);
    p.id = q.lastInsertId().toLongLong();
    const QJsonObject row = EntityJson::toJson(p, EntityJson::Image::Digest);
    appendAudit(kPlanEntity, p.id, QStringLiteral("create"), allFields(row), rowHash(row));
    t.commit();
    plan.id = p.id;
    return plan.id;
}

void RegisterStore::updatePlan(const FloorPlan &plan)
{
    Transaction t(*mDb);
    const std::optional<FloorPlan> before = findPlan(plan.id);
    if (!before)
        throw RuntimeError(tr("The floor plan %1 no longer exists in the register.").arg(plan.id));
    checkPlan(plan);
    QSqlQuery q = mDb->prepare(updateSql(QStringLiteral("floor_plans"), kPlanColumns));
    writePlan(q, plan);
    q.addBindValue(plan.id);
    mDb->exec(q);
    const QJsonObject row = EntityJson::toJson(plan, EntityJson::Image::Digest);
    appendAudit(kPlanEntity, plan.id, QStringLiteral("update"),
                diff(EntityJson::toJson(*before, EntityJson::Image::Digest), row), rowHash(row));
    t.commit();
}

void RegisterStore::deletePlan(Id id)
{
    Transaction t(*mDb);
    if (!findPlan(id))
        throw RuntimeError(tr("The floor plan %1 no longer exists in the register.").arg(id));
    QSqlQuery q = mDb->prepare(QStringLiteral("DELETE FROM floor_plans WHERE id = ?"));
    q.addBindValue(id);
    mDb->exec(q);
    appendAudit(kPlanEntity, id, QStringLiteral("delete"), {}, QString());
    t.commit();
}

void RegisterStore::restorePlan(const FloorPlan &plan)
{
    Transaction t(*mDb);
    if (findPlan(plan.id))
        throw RuntimeError(tr("The floor plan %1 is already in the register.").arg(plan.id));
    checkPlan(plan);
    QSqlQuery q = mDb->prepare(planInsertSql(true));
    q.addBindValue(plan.id);
    writePlan(q, plan);
    mDb->exec(q);
    const QJsonObject row = EntityJson::toJson(plan, EntityJson::Image::Digest);
    appendAudit(kPlanEntity, plan.id, QStringLiteral("create"), allFields(row), rowHash(row));
    t.commit();
}

void RegisterStore::importPlans(const QList<FloorPlan> &plans, const QHash<Id, Id> &placeMap,
                                const QHash<Id, Id> &departmentMap, bool keepIds, bool keepAudit,
                                const QString &action)
{
    QSqlQuery q = mDb->prepare(planInsertSql(keepIds));
    for (FloorPlan p : plans) {
        const Id original = p.id;
        if (!keepIds) {
            if (!placeMap.contains(p.floorId))
                throw ValidationError(tr("A floor plan of the imported data refers to the place %1, which is not in "
                                         "the data.").arg(p.floorId));
            p.floorId = placeMap.value(p.floorId);
            p.departmentId = p.departmentId ? departmentMap.value(p.departmentId) : 0;
            p.id = 0; // a new row: its own id must not hide a plan of this register in checkPlan()
        }
        checkPlan(p); // a floor already drawn in this register is refused: neither plan is dropped
        if (keepIds)
            q.addBindValue(p.id);
        writePlan(q, p);
        mDb->exec(q);
        p.id = keepIds ? original : q.lastInsertId().toLongLong();
        if (!keepAudit)
            appendAudit(kPlanEntity, p.id, action, {}, planRowHash(p));
    }
}

QStringList RegisterStore::verifyPlanRows(const QList<FloorPlan> &plans, const QList<AuditEntry> &audit)
{
    QHash<Id, const AuditEntry *> last;
    for (const AuditEntry &e : audit) {
        if (e.entity == kPlanEntity)
            last[e.entityId] = &e;
    }
    QStringList problems;
    QSet<Id> seen;
    for (const FloorPlan &p : plans) {
        seen.insert(p.id);
        const AuditEntry *e = last.value(p.id, nullptr);
        if (!e)
            problems.append(tr("Floor plan %1 is not recorded in the audit log (added outside Daicho).").arg(p.id));
        else if (e->rowHash != planRowHash(p))
            problems.append(tr("Floor plan %1 was changed outside Daicho after audit log entry %2.").arg(p.id).arg(e->seq));
    }
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        if (!seen.contains(it.key()) && it.value()->action != QLatin1String("delete"))
            problems.append(tr("Floor plan %1 was deleted outside Daicho (last audit log entry %2).")
                                .arg(it.key())
                                .arg(it.value()->seq));
    }
    return problems;
}

} // namespace daicho
