#include "core/entityjson.h"

#include "core/canonicaljson.h"
#include "core/exceptions.h"
#include "core/sha256.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>
#include <optional>

namespace daicho {

namespace {

// Keys, shared by the writers and the readers so that the two cannot drift apart.
const QString kId = QStringLiteral("id");

/// The offending value as the user would see it in the file, shortened.
QString shown(const QJsonValue &v)
{
    QString s;
    if (v.isUndefined())
        return EntityJson::tr("nothing");
    if (v.isObject())
        s = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else if (v.isArray())
        s = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    else {
        const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        s = QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    constexpr int kMax = 60;
    if (s.size() > kMax)
        s = s.left(kMax) + QStringLiteral("…");
    return s;
}

/// Reads the fields of one entity object and throws a translated ValidationError
/// that names the entity (the subject) and the field.
class Reader {
public:
    Reader(const QJsonObject &o, const QString &subject) : mObj(o), mSubject(subject) {}

    QJsonValue value(const QString &key) const
    {
        const auto it = mObj.constFind(key);
        if (it == mObj.constEnd())
            throw ValidationError(EntityJson::tr("%1: field \"%2\" is missing.").arg(mSubject, key));
        return it.value();
    }

    [[noreturn]] void wrongType(const QString &key, const QString &expected, const QJsonValue &v) const
    {
        throw ValidationError(EntityJson::tr("%1: field \"%2\" must be %3, not %4.")
                                  .arg(mSubject, key, expected, shown(v)));
    }

    QString string(const QString &key) const
    {
        const QJsonValue v = value(key);
        if (!v.isString())
            wrongType(key, EntityJson::tr("text"), v);
        return v.toString();
    }

    bool boolean(const QString &key) const
    {
        const QJsonValue v = value(key);
        if (!v.isBool())
            wrongType(key, EntityJson::tr("true or false"), v);
        return v.toBool();
    }

    /// A whole number in [min, max]; null gives `nullValue` when that is set.
    qint64 integer(const QString &key, qint64 min, qint64 max, const QString &expected,
                   std::optional<qint64> nullValue = std::nullopt) const
    {
        const QJsonValue v = value(key);
        if (v.isNull() && nullValue)
            return *nullValue;
        if (!v.isDouble())
            wrongType(key, expected, v);
        const double d = v.toDouble();
        // 2^53: beyond it a JSON number no longer holds every whole number exactly.
        constexpr double kExact = 9007199254740992.0;
        if (!std::isfinite(d) || d != std::trunc(d) || std::fabs(d) > kExact)
            wrongType(key, expected, v);
        const qint64 i = v.toInteger();
        if (i < min || i > max)
            wrongType(key, expected, v);
        return i;
    }

    Id ownId(const QString &key) const
    {
        return integer(key, 0, std::numeric_limits<qint64>::max(),
                       EntityJson::tr("an id (a whole number, 0 or more)"));
    }

    Id ref(const QString &key) const
    {
        return integer(key, 1, std::numeric_limits<qint64>::max(),
                       EntityJson::tr("an id (a positive whole number) or null"), 0);
    }

    /// A reference that older documents do not have: absent or null gives 0.
    Id optionalRef(const QString &key) const
    {
        return mObj.contains(key) ? ref(key) : 0;
    }

    QDate requiredDate(const QString &key) const
    {
        const QJsonValue v = value(key);
        if (v.isNull())
            wrongType(key, EntityJson::tr("a date (yyyy-MM-dd)"), v);
        return date(key);
    }

    /// UTC date and time with milliseconds; null is refused.
    QDateTime dateTime(const QString &key) const
    {
        const QJsonValue v = value(key);
        const QDateTime t = v.isString() ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs) : QDateTime();
        if (!t.isValid())
            wrongType(key, EntityJson::tr("a date and time (ISO 8601, e.g. 2025-04-01T09:30:00.000Z)"), v);
        return t.toUTC();
    }

    QDate date(const QString &key) const
    {
        const QJsonValue v = value(key);
        if (v.isNull())
            return {};
        const QString s = v.isString() ? v.toString() : QString();
        // Qt's ISO parser also takes other separators ("2020/04/01"); the format does not.
        const bool shaped = s.size() == 10 && s.at(4) == u'-' && s.at(7) == u'-';
        const QDate d = shaped ? QDate::fromString(s, Qt::ISODate) : QDate();
        if (!d.isValid())
            wrongType(key, EntityJson::tr("a date (yyyy-MM-dd) or null"), v);
        return d;
    }

    QStringList strings(const QString &key) const
    {
        const QJsonValue v = value(key);
        if (!v.isArray())
            wrongType(key, EntityJson::tr("a list of texts"), v);
        const QJsonArray a = v.toArray();
        QStringList out;
        out.reserve(a.size());
        for (const QJsonValue &e : a) {
            if (!e.isString())
                wrongType(key, EntityJson::tr("a list of texts"), e);
            out.append(e.toString());
        }
        return out;
    }

    QJsonArray array(const QString &key, const QString &expected) const
    {
        const QJsonValue v = value(key);
        if (!v.isArray())
            wrongType(key, expected, v);
        return v.toArray();
    }

    /// A point [x, y] in whole millimetres; absent or null gives nullopt.
    std::optional<QPoint> optionalPoint(const QString &key) const
    {
        if (!mObj.contains(key) || mObj.value(key).isNull())
            return std::nullopt;
        return point(key, mObj.value(key));
    }

    /// A list of points [[x, y], …]; absent gives an empty list.
    QList<QPoint> optionalPoints(const QString &key) const
    {
        QList<QPoint> out;
        if (!mObj.contains(key))
            return out;
        const QJsonValue v = mObj.value(key);
        if (!v.isArray())
            wrongType(key, EntityJson::tr("a list of points [x, y] in millimetres"), v);
        for (const QJsonValue &e : v.toArray())
            out.append(point(key, e));
        return out;
    }

    QPoint point(const QString &key, const QJsonValue &v) const
    {
        const QString expected = EntityJson::tr("a point [x, y] in whole millimetres");
        const QJsonArray a = v.toArray();
        if (!v.isArray() || a.size() != 2)
            wrongType(key, expected, v);
        int xy[2];
        for (int i = 0; i < 2; ++i) {
            const double d = a.at(i).toDouble(std::nan(""));
            // 10 km either way covers any site; beyond it a value is a unit mistake.
            if (!a.at(i).isDouble() || d != std::trunc(d) || std::fabs(d) > EntityJson::kMaxCoordinate)
                wrongType(key, expected, v);
            xy[i] = int(d);
        }
        return QPoint(xy[0], xy[1]);
    }

    template <typename E>
    E enumValue(const QString &key, std::optional<E> (*fromId)(const QString &), int count) const
    {
        const QString s = string(key);
        if (const std::optional<E> e = fromId(s))
            return *e;
        QStringList ids;
        for (int i = 0; i < count; ++i)
            ids.append(Enums::id(static_cast<E>(i)));
        throw ValidationError(
            EntityJson::tr("%1: field \"%2\" has the unknown value \"%3\" (expected one of: %4).")
                .arg(mSubject, key, s, ids.join(QStringLiteral(", "))));
    }

private:
    const QJsonObject &mObj;
    const QString &mSubject;
};

QJsonArray pointToJson(QPoint p) { return QJsonArray{p.x(), p.y()}; }

QJsonArray pointsToJson(const QList<QPoint> &points)
{
    QJsonArray a;
    for (const QPoint &p : points)
        a.append(pointToJson(p));
    return a;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

constexpr int kStatusCount = 2;
constexpr int kProvisionCount = 2;

} // namespace

// ---- writers

QJsonValue EntityJson::dateToJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue EntityJson::refToJson(Id id)
{
    return id != 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue EntityJson::dateTimeToJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject EntityJson::toJson(const Department &d)
{
    return QJsonObject{
        {kId, d.id},
        {QStringLiteral("code"), d.code},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("parentId"), refToJson(d.parentId)},
        {QStringLiteral("validFrom"), dateToJson(d.validFrom)},
        {QStringLiteral("validTo"), dateToJson(d.validTo)},
    };
}

QJsonObject EntityJson::toJson(const Person &p)
{
    return QJsonObject{
        {kId, p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("departmentId"), refToJson(p.departmentId)},
        {QStringLiteral("roles"), toArray(p.roles)},
    };
}

QJsonObject EntityJson::toJson(const Asset &a)
{
    QJsonArray measures;
    for (const MeasureState &m : a.measures)
        measures.append(QJsonObject{{QStringLiteral("tag"), m.tag}, {QStringLiteral("done"), m.done}});

    QJsonObject o;
    o.insert(kId, a.id);
    o.insert(QStringLiteral("number"), a.number);
    o.insert(QStringLiteral("departmentId"), refToJson(a.departmentId));
    o.insert(QStringLiteral("businessCategory"), a.businessCategory);
    o.insert(QStringLiteral("name"), a.name);
    o.insert(QStringLiteral("kind"), Enums::id(a.kind));
    o.insert(QStringLiteral("systemId"), refToJson(a.systemId));
    o.insert(QStringLiteral("segment"), Enums::id(a.segment));
    o.insert(QStringLiteral("userScope"), a.userScope);
    o.insert(QStringLiteral("managerId"), refToJson(a.managerId));
    o.insert(QStringLiteral("medium"), a.medium);
    o.insert(QStringLiteral("personalInfo"), a.personalInfo);
    o.insert(QStringLiteral("sensitivePersonalInfo"), a.sensitivePersonalInfo);
    o.insert(QStringLiteral("myNumber"), a.myNumber);
    o.insert(QStringLiteral("subjectCount"),
             a.subjectCount >= 0 ? QJsonValue(a.subjectCount) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("confidentiality"), a.confidentiality);
    o.insert(QStringLiteral("integrity"), a.integrity);
    o.insert(QStringLiteral("availability"), a.availability);
    o.insert(QStringLiteral("importance"), a.importance);
    o.insert(QStringLiteral("restrictions"), toArray(a.restrictions));
    o.insert(QStringLiteral("measures"), measures);
    o.insert(QStringLiteral("encrypted"), a.encrypted);
    o.insert(QStringLiteral("wireLocked"), a.wireLocked);
    o.insert(QStringLiteral("canRemoteOperate"), a.canRemoteOperate);
    o.insert(QStringLiteral("provision"), Enums::id(a.provision));
    o.insert(QStringLiteral("retentionPeriod"), a.retentionPeriod);
    o.insert(QStringLiteral("retentionUntil"), dateToJson(a.retentionUntil));
    o.insert(QStringLiteral("registeredOn"), dateToJson(a.registeredOn));
    o.insert(QStringLiteral("updatedOn"), dateToJson(a.updatedOn));
    o.insert(QStringLiteral("updatedBy"), a.updatedBy);
    o.insert(QStringLiteral("notes"), a.notes);
    o.insert(QStringLiteral("status"), Enums::id(a.status));
    // Only when set: rows written before places existed keep their hash.
    if (a.usePlaceId != 0)
        o.insert(QStringLiteral("usePlaceId"), a.usePlaceId);
    if (a.storePlaceId != 0)
        o.insert(QStringLiteral("storePlaceId"), a.storePlaceId);
    if (a.usePoint)
        o.insert(QStringLiteral("usePoint"), pointToJson(*a.usePoint));
    if (a.storePoint)
        o.insert(QStringLiteral("storePoint"), pointToJson(*a.storePoint));
    return o;
}

QJsonObject EntityJson::toJson(const AssetLink &l)
{
    return QJsonObject{
        {kId, l.id},
        {QStringLiteral("fromId"), refToJson(l.fromId)},
        {QStringLiteral("toId"), refToJson(l.toId)},
        {QStringLiteral("type"), Enums::id(l.type)},
    };
}

QJsonObject EntityJson::toJson(const Place &p)
{
    QJsonObject o{
        {kId, p.id},
        {QStringLiteral("parentId"), refToJson(p.parentId)},
        {QStringLiteral("kind"), Enums::id(p.kind)},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("level"), p.level},
        {QStringLiteral("lockedAfterHours"), p.lockedAfterHours},
        {QStringLiteral("businessHours"), p.businessHours},
        {QStringLiteral("entryControl"), toArray(Enums::entryControlIds(p.entryControl))},
        {QStringLiteral("managerId"), refToJson(p.managerId)},
        {QStringLiteral("controlledArea"), p.controlledArea},
        {QStringLiteral("handlingArea"), p.handlingArea},
        {QStringLiteral("notes"), p.notes},
    };
    // Only when drawn: rows written before plans existed keep their hash.
    if (!p.outline.isEmpty())
        o.insert(QStringLiteral("outline"), pointsToJson(p.outline));
    return o;
}

QJsonObject EntityJson::toJson(const Acceptance &a)
{
    return QJsonObject{
        {kId, a.id},
        {QStringLiteral("assetId"), refToJson(a.assetId)},
        {QStringLiteral("code"), a.code},
        {QStringLiteral("placeId"), refToJson(a.placeId)},
        {QStringLiteral("subject"), a.subject},
        {QStringLiteral("reason"), a.reason},
        {QStringLiteral("person"), a.person},
        {QStringLiteral("until"), dateToJson(a.until)},
        {QStringLiteral("acceptedAt"), dateTimeToJson(a.acceptedAt)},
    };
}

QJsonObject EntityJson::toJson(const AuditEntry &e)
{
    return QJsonObject{
        {QStringLiteral("seq"), e.seq},
        {QStringLiteral("at"), dateTimeToJson(e.at)},
        {QStringLiteral("osUser"), e.osUser},
        {QStringLiteral("person"), e.person},
        {QStringLiteral("entity"), e.entity},
        {QStringLiteral("entityId"), e.entityId},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("changes"), e.changesToJson()},
        {QStringLiteral("rowHash"), e.rowHash},
        {QStringLiteral("prevHash"), e.prevHash},
        {QStringLiteral("hash"), e.hash},
    };
}

// ---- readers

Department EntityJson::departmentFromJson(const QJsonObject &o) { return departmentFromJson(o, tr("Department")); }
Person EntityJson::personFromJson(const QJsonObject &o) { return personFromJson(o, tr("Person")); }
Asset EntityJson::assetFromJson(const QJsonObject &o) { return assetFromJson(o, tr("Asset")); }
AssetLink EntityJson::linkFromJson(const QJsonObject &o) { return linkFromJson(o, tr("Link")); }
Place EntityJson::placeFromJson(const QJsonObject &o) { return placeFromJson(o, tr("Place")); }
Acceptance EntityJson::acceptanceFromJson(const QJsonObject &o) { return acceptanceFromJson(o, tr("Acceptance")); }
AuditEntry EntityJson::auditFromJson(const QJsonObject &o) { return auditFromJson(o, tr("Audit entry")); }

Department EntityJson::departmentFromJson(const QJsonObject &o, const QString &subject)
{
    const Reader r(o, subject);
    Department d;
    d.id = r.ownId(kId);
    d.code = r.string(QStringLiteral("code"));
    d.name = r.string(QStringLiteral("name"));
    d.parentId = r.ref(QStringLiteral("parentId"));
    d.validFrom = r.date(QStringLiteral("validFrom"));
    d.validTo = r.date(QStringLiteral("validTo"));
    return d;
}

Person EntityJson::personFromJson(const QJsonObject &o, const QString &subject)
{
    const Reader r(o, subject);
    Person p;
    p.id = r.ownId(kId);
    p.name = r.string(QStringLiteral("name"));
    p.departmentId = r.ref(QStringLiteral("departmentId"));
    p.roles = r.strings(QStringLiteral("roles"));
    return p;
}

Asset EntityJson::assetFromJson(const QJsonObject &o, const QString &subject)
{
    const Reader r(o, subject);
    Asset a;
    a.id = r.ownId(kId);
    a.number = r.string(QStringLiteral("number"));
    a.departmentId = r.ref(QStringLiteral("departmentId"));
    a.businessCategory = r.string(QStringLiteral("businessCategory"));
    a.name = r.string(QStringLiteral("name"));
    a.kind = r.enumValue<AssetKind>(QStringLiteral("kind"), &Enums::assetKindFromId, AssetKindCount);
    a.systemId = r.ref(QStringLiteral("systemId"));
    a.segment = r.enumValue<NetworkSegment>(QStringLiteral("segment"), &Enums::segmentFromId,
                                            NetworkSegmentCount);
    a.userScope = r.string(QStringLiteral("userScope"));
    a.managerId = r.ref(QStringLiteral("managerId"));
    a.medium = r.string(QStringLiteral("medium"));
    a.personalInfo = r.boolean(QStringLiteral("personalInfo"));
    a.sensitivePersonalInfo = r.boolean(QStringLiteral("sensitivePersonalInfo"));
    a.myNumber = r.boolean(QStringLiteral("myNumber"));
    a.subjectCount = static_cast<int>(r.integer(QStringLiteral("subjectCount"), 0,
                                                std::numeric_limits<int>::max(),
                                                tr("a whole number, 0 or more, or null"), -1));
    a.confidentiality = r.string(QStringLiteral("confidentiality"));
    a.integrity = r.string(QStringLiteral("integrity"));
    a.availability = r.string(QStringLiteral("availability"));
    a.importance = r.string(QStringLiteral("importance"));
    a.restrictions = r.strings(QStringLiteral("restrictions"));

    const QString measuresKey = QStringLiteral("measures");
    const QString measuresExpected = tr("a list of {\"tag\": text, \"done\": true or false}");
    const QJsonArray measures = r.array(measuresKey, measuresExpected);
    a.measures.reserve(measures.size());
    for (const QJsonValue &v : measures) {
        const QJsonObject m = v.toObject();
        const QJsonValue tag = m.value(QStringLiteral("tag"));
        const QJsonValue done = m.value(QStringLiteral("done"));
        if (!v.isObject() || !tag.isString() || !done.isBool())
            r.wrongType(measuresKey, measuresExpected, v);
        a.measures.append({tag.toString(), done.toBool()});
    }

    a.encrypted = r.boolean(QStringLiteral("encrypted"));
    a.wireLocked = r.boolean(QStringLiteral("wireLocked"));
    a.canRemoteOperate = r.boolean(QStringLiteral("canRemoteOperate"));
    a.provision = r.enumValue<Provision>(QStringLiteral("provision"), &Enums::provisionFromId,
                                         kProvisionCount);
    a.retentionPeriod = r.string(QStringLiteral("retentionPeriod"));
    a.retentionUntil = r.date(QStringLiteral("retentionUntil"));
    a.registeredOn = r.date(QStringLiteral("registeredOn"));
    a.updatedOn = r.date(QStringLiteral("updatedOn"));
    a.updatedBy = r.string(QStringLiteral("updatedBy"));
    a.notes = r.string(QStringLiteral("notes"));
    a.status = r.enumValue<AssetStatus>(QStringLiteral("status"), &Enums::statusFromId, kStatusCount);
    a.usePlaceId = r.optionalRef(QStringLiteral("usePlaceId"));
    a.storePlaceId = r.optionalRef(QStringLiteral("storePlaceId"));
    a.usePoint = r.optionalPoint(QStringLiteral("usePoint"));
    a.storePoint = r.optionalPoint(QStringLiteral("storePoint"));
    return a;
}

Place EntityJson::placeFromJson(const QJsonObject &o, const QString &subject)
{
    const Reader r(o, subject);
    Place p;
    p.id = r.ownId(kId);
    p.parentId = r.ref(QStringLiteral("parentId"));
    p.kind = r.enumValue<PlaceKind>(QStringLiteral("kind"), &Enums::placeKindFromId, PlaceKindCount);
    p.name = r.string(QStringLiteral("name"));
    p.level = static_cast<int>(r.integer(QStringLiteral("level"), 0, 4, tr("a level from 0 to 4")));
    p.lockedAfterHours = r.boolean(QStringLiteral("lockedAfterHours"));
    p.businessHours = r.string(QStringLiteral("businessHours"));
    const QString entryKey = QStringLiteral("entryControl");
    const QStringList entry = r.strings(entryKey);
    for (const QString &id : entry) {
        if (!Enums::entryControlFromId(id)) {
            QStringList ids;
            for (int i = 0; i < EntryControlCount; ++i)
                ids.append(Enums::id(static_cast<EntryControl>(1 << i)));
            throw ValidationError(tr("%1: field \"%2\" has the unknown value \"%3\" (expected one of: %4).")
                                      .arg(subject, entryKey, id, ids.join(QStringLiteral(", "))));
        }
    }
    p.entryControl = Enums::entryControlsFromIds(entry).value_or(EntryControls());
    p.managerId = r.ref(QStringLiteral("managerId"));
    p.controlledArea = r.boolean(QStringLiteral("controlledArea"));
    p.handlingArea = r.boolean(QStringLiteral("handlingArea"));
    p.notes = r.string(QStringLiteral("notes"));
    p.outline = r.optionalPoints(QStringLiteral("outline"));
    return p;
}

Acceptance EntityJson::acceptanceFromJson(const QJsonObject &o, const QString &subject)
{
    const Reader r(o, subject);
    Acceptance a;
    a.id = r.ownId(kId);
    a.assetId = r.ref(QStringLiteral("assetId"));
    a.code = r.string(QStringLiteral("code"));
    a.placeId = r.ref(QStringLiteral("placeId"));
    a.subject = r.string(QStringLiteral("subject"));
    a.reason = r.string(QStringLiteral("reason"));
    a.person = r.string(QStringLiteral("person"));
    a.until = r.requiredDate(QStringLiteral("until"));
    a.acceptedAt = r.dateTime(QStringLiteral("acceptedAt"));
    return a;
}

AssetLink EntityJson::linkFromJson(const QJsonObject &o, const QString &subject)
{
    const Reader r(o, subject);
    AssetLink l;
    l.id = r.ownId(kId);
    l.fromId = r.ref(QStringLiteral("fromId"));
    l.toId = r.ref(QStringLiteral("toId"));
    l.type = r.enumValue<LinkType>(QStringLiteral("type"), &Enums::linkTypeFromId, LinkTypeCount);
    return l;
}

AuditEntry EntityJson::auditFromJson(const QJsonObject &o, const QString &subject)
{
    const Reader r(o, subject);
    AuditEntry e;
    e.seq = r.integer(QStringLiteral("seq"), 0, std::numeric_limits<qint64>::max(),
                      tr("a whole number, 0 or more"));

    const QString atKey = QStringLiteral("at");
    const QJsonValue at = r.value(atKey);
    if (!at.isNull()) {
        e.at = at.isString() ? QDateTime::fromString(at.toString(), Qt::ISODateWithMs) : QDateTime();
        if (!e.at.isValid())
            r.wrongType(atKey, tr("a date and time (ISO 8601, e.g. 2025-04-01T09:30:00.000Z) or null"), at);
        e.at = e.at.toUTC();
    }

    e.osUser = r.string(QStringLiteral("osUser"));
    e.person = r.string(QStringLiteral("person"));
    e.entity = r.string(QStringLiteral("entity"));
    e.entityId = r.integer(QStringLiteral("entityId"), std::numeric_limits<qint64>::min(),
                           std::numeric_limits<qint64>::max(), tr("a whole number"));
    e.action = r.string(QStringLiteral("action"));

    const QString changesKey = QStringLiteral("changes");
    const QString changesExpected = tr("a list of {\"field\": text, \"old\": value, \"new\": value}");
    const QJsonArray changes = r.array(changesKey, changesExpected);
    for (const QJsonValue &v : changes) {
        if (!v.isObject() || !v.toObject().value(QStringLiteral("field")).isString())
            r.wrongType(changesKey, changesExpected, v);
    }
    e.changes = AuditEntry::changesFromJson(changes);

    e.rowHash = r.string(QStringLiteral("rowHash"));
    e.prevHash = r.string(QStringLiteral("prevHash"));
    e.hash = r.string(QStringLiteral("hash"));
    return e;
}

QJsonObject EntityJson::toJson(const FloorPlan &p, Image image)
{
    QJsonArray doors;
    for (const Door &d : p.doors) {
        doors.append(QJsonObject{
            {QStringLiteral("a"), pointToJson(d.a)},
            {QStringLiteral("b"), pointToJson(d.b)},
            {QStringLiteral("lockable"), d.lockable},
            {QStringLiteral("lockType"), d.lockType},
            {QStringLiteral("autoLock"), d.autoLock},
            {QStringLiteral("keyHolder"), d.keyHolder},
            {QStringLiteral("alarm"), d.alarm},
            {QStringLiteral("notes"), d.notes},
        });
    }
    QJsonObject o{
        {kId, p.id},
        {QStringLiteral("floorId"), refToJson(p.floorId)},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("departmentId"), refToJson(p.departmentId)},
        {QStringLiteral("author"), p.author},
        {QStringLiteral("approver"), p.approver},
        {QStringLiteral("edition"), p.edition},
        {QStringLiteral("createdOn"), dateToJson(p.createdOn)},
        {QStringLiteral("updatedOn"), dateToJson(p.updatedOn)},
        {QStringLiteral("classification"), p.classification},
        {QStringLiteral("gridMm"), p.gridMm},
        {QStringLiteral("northDegrees"), p.northDegrees},
        {QStringLiteral("backgroundSize"), QJsonArray{p.backgroundSize.width(), p.backgroundSize.height()}},
        // Micrometres, whole: a canonical number however the calibration came out.
        {QStringLiteral("backgroundOrigin"), QJsonArray{qRound64(p.backgroundOrigin.x() * 1000), qRound64(p.backgroundOrigin.y() * 1000)}},
        {QStringLiteral("backgroundUmPerPixel"), qRound64(p.backgroundMmPerPixel * 1000)},
        {QStringLiteral("backgroundOpacity"), p.backgroundOpacity},
        {QStringLiteral("doors"), doors},
    };
    if (image == Image::Embedded)
        o.insert(QStringLiteral("background"), QString::fromLatin1(p.background.toBase64()));
    else
        o.insert(QStringLiteral("backgroundSha256"),
                 p.background.isEmpty()
                     ? QString()
                     : Sha256::hex(p.background));
    return o;
}

FloorPlan EntityJson::planFromJson(const QJsonObject &o) { return planFromJson(o, tr("Floor plan")); }

FloorPlan EntityJson::planFromJson(const QJsonObject &o, const QString &subject)
{
    const Reader r(o, subject);
    FloorPlan p;
    p.id = r.ownId(kId);
    p.floorId = r.ref(QStringLiteral("floorId"));
    p.title = r.string(QStringLiteral("title"));
    p.departmentId = r.ref(QStringLiteral("departmentId"));
    p.author = r.string(QStringLiteral("author"));
    p.approver = r.string(QStringLiteral("approver"));
    p.edition = r.string(QStringLiteral("edition"));
    p.createdOn = r.date(QStringLiteral("createdOn"));
    p.updatedOn = r.date(QStringLiteral("updatedOn"));
    p.classification = r.string(QStringLiteral("classification"));
    p.gridMm = int(r.integer(QStringLiteral("gridMm"), 1, 100000, tr("a grid in millimetres (1 to 100000)")));
    p.northDegrees = int(r.integer(QStringLiteral("northDegrees"), 0, 359, tr("an angle from 0 to 359")));
    const QString pixels = tr("a whole number of pixels");
    const QJsonArray size = r.array(QStringLiteral("backgroundSize"), pixels);
    if (size.size() != 2 || !size.at(0).isDouble() || !size.at(1).isDouble() || size.at(0).toInt(-1) < 0
        || size.at(1).toInt(-1) < 0)
        r.wrongType(QStringLiteral("backgroundSize"), tr("[width, height] in pixels"), QJsonValue(size));
    p.backgroundSize = QSize(size.at(0).toInt(), size.at(1).toInt());
    const QJsonArray origin = r.array(QStringLiteral("backgroundOrigin"), tr("[x, y] in micrometres"));
    if (origin.size() != 2 || !origin.at(0).isDouble() || !origin.at(1).isDouble())
        r.wrongType(QStringLiteral("backgroundOrigin"), tr("[x, y] in micrometres"), QJsonValue(origin));
    p.backgroundOrigin = QPointF(origin.at(0).toDouble() / 1000, origin.at(1).toDouble() / 1000);
    p.backgroundMmPerPixel =
        r.integer(QStringLiteral("backgroundUmPerPixel"), 1, 100'000'000, tr("micrometres per pixel (1 or more)")) / 1000.0;
    p.backgroundOpacity = int(r.integer(QStringLiteral("backgroundOpacity"), 0, 100, tr("a percentage from 0 to 100")));
    const QString image = r.string(QStringLiteral("background"));
    p.background = QByteArray::fromBase64(image.toLatin1());
    if (!image.isEmpty() && p.background.isEmpty())
        r.wrongType(QStringLiteral("background"), tr("a PNG or JPEG image in base64"), QJsonValue(image.left(20)));
    const QString doorsKey = QStringLiteral("doors");
    for (const QJsonValue &v : r.array(doorsKey, tr("a list of doors"))) {
        if (!v.isObject())
            r.wrongType(doorsKey, tr("a list of doors"), v);
        const QJsonObject d = v.toObject();
        const QString who = tr("%1, door %2").arg(subject).arg(p.doors.size() + 1);
        const Reader dr(d, who);
        Door door;
        const std::optional<QPoint> a = dr.optionalPoint(QStringLiteral("a"));
        const std::optional<QPoint> b = dr.optionalPoint(QStringLiteral("b"));
        if (!a || !b)
            dr.wrongType(a ? QStringLiteral("b") : QStringLiteral("a"), tr("a point [x, y] in whole millimetres"),
                         d.value(a ? QStringLiteral("b") : QStringLiteral("a")));
        door.a = *a;
        door.b = *b;
        door.lockable = dr.boolean(QStringLiteral("lockable"));
        door.lockType = dr.string(QStringLiteral("lockType"));
        door.autoLock = dr.boolean(QStringLiteral("autoLock"));
        door.keyHolder = dr.string(QStringLiteral("keyHolder"));
        door.alarm = dr.boolean(QStringLiteral("alarm"));
        door.notes = dr.string(QStringLiteral("notes"));
        p.doors.append(door);
    }
    return p;
}

QString EntityJson::rowHash(const Asset &a)
{
    QByteArray b;
    b.reserve(768);
    bool first = true;
    auto key = [&](const char *k) {
        b += first ? "{\"" : ",\"";
        first = false;
        b += k;
        b += "\":";
    };
    auto str = [&](const char *k, const QString &v) {
        key(k);
        CanonicalJson::appendString(b, v);
    };
    auto boolean = [&](const char *k, bool v) {
        key(k);
        b += v ? "true" : "false";
    };
    auto ref = [&](const char *k, Id v) {
        key(k);
        if (v != 0)
            b += QByteArray::number(v);
        else
            b += "null";
    };
    auto date = [&](const char *k, const QDate &d) {
        key(k);
        if (!d.isValid()) {
            b += "null";
        } else if (d.year() < 1000 || d.year() > 9999) {
            CanonicalJson::appendString(b, d.toString(Qt::ISODate));
        } else { // "yyyy-MM-dd", as toString(Qt::ISODate) writes it, without its formatting
            const int y = d.year(), m = d.month(), day = d.day();
            const char text[] = {'"', char('0' + y / 1000), char('0' + y / 100 % 10), char('0' + y / 10 % 10),
                                 char('0' + y % 10), '-', char('0' + m / 10), char('0' + m % 10), '-',
                                 char('0' + day / 10), char('0' + day % 10), '"'};
            b.append(text, sizeof text);
        }
    };
    // Keys in the sorted order QJsonObject keeps; a test compares with toJson().
    str("availability", a.availability);
    str("businessCategory", a.businessCategory);
    boolean("canRemoteOperate", a.canRemoteOperate);
    str("confidentiality", a.confidentiality);
    ref("departmentId", a.departmentId);
    boolean("encrypted", a.encrypted);
    key("id");
    b += QByteArray::number(a.id);
    str("importance", a.importance);
    str("integrity", a.integrity);
    str("kind", Enums::id(a.kind));
    ref("managerId", a.managerId);
    key("measures");
    b += '[';
    for (qsizetype i = 0; i < a.measures.size(); ++i) {
        b += i ? ",{\"done\":" : "{\"done\":";
        b += a.measures[i].done ? "true" : "false";
        b += ",\"tag\":";
        CanonicalJson::appendString(b, a.measures[i].tag);
        b += '}';
    }
    b += ']';
    str("medium", a.medium);
    boolean("myNumber", a.myNumber);
    str("name", a.name);
    str("notes", a.notes);
    str("number", a.number);
    boolean("personalInfo", a.personalInfo);
    str("provision", Enums::id(a.provision));
    date("registeredOn", a.registeredOn);
    key("restrictions");
    b += '[';
    for (qsizetype i = 0; i < a.restrictions.size(); ++i) {
        if (i)
            b += ',';
        CanonicalJson::appendString(b, a.restrictions[i]);
    }
    b += ']';
    str("retentionPeriod", a.retentionPeriod);
    date("retentionUntil", a.retentionUntil);
    str("segment", Enums::id(a.segment));
    boolean("sensitivePersonalInfo", a.sensitivePersonalInfo);
    str("status", Enums::id(a.status));
    auto point = [&](const char *k, const std::optional<QPoint> &p) {
        if (!p)
            return;
        key(k);
        b += '[' + QByteArray::number(p->x()) + ',' + QByteArray::number(p->y()) + ']';
    };
    if (a.storePlaceId != 0) {
        key("storePlaceId");
        b += QByteArray::number(a.storePlaceId);
    }
    point("storePoint", a.storePoint);
    key("subjectCount");
    if (a.subjectCount >= 0)
        b += QByteArray::number(a.subjectCount);
    else
        b += "null";
    ref("systemId", a.systemId);
    str("updatedBy", a.updatedBy);
    date("updatedOn", a.updatedOn);
    if (a.usePlaceId != 0) {
        key("usePlaceId");
        b += QByteArray::number(a.usePlaceId);
    }
    point("usePoint", a.usePoint);
    str("userScope", a.userScope);
    boolean("wireLocked", a.wireLocked);
    b += '}';
    return Sha256::hex(b);
}

} // namespace daicho
