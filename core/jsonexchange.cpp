#include "core/jsonexchange.h"

#include "core/entityjson.h"
#include "core/exceptions.h"
#include "core/zonetable.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <utility>

namespace daicho {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kVersion = QStringLiteral("version");
const QString kGenerator = QStringLiteral("generator");
const QString kTitle = QStringLiteral("title");
const QString kScheme = QStringLiteral("scheme");
const QString kSettings = QStringLiteral("settings");
const QString kZoneTable = QStringLiteral("zoneTable");
const QString kPlaces = QStringLiteral("places");
const QString kAcceptances = QStringLiteral("acceptances");
const QString kDepartments = QStringLiteral("departments");
const QString kPeople = QStringLiteral("people");
const QString kAssets = QStringLiteral("assets");
const QString kLinks = QStringLiteral("links");
const QString kPlans = QStringLiteral("plans");
const QString kAudit = QStringLiteral("audit");

// ---- writing

/// Appends Qt's indented form of a document, each line after the first shifted right by
/// `indent` spaces, without the document's final newline. Line by line, because
/// QByteArray::replace() is quadratic on registers of 100 MB.
void appendShifted(QByteArray &out, const QByteArray &json, int indent)
{
    const qsizetype end = json.size() - 1;
    for (qsizetype start = 0; start < end;) {
        const qsizetype newline = json.indexOf('\n', start);
        if (newline < 0 || newline >= end) {
            out.append(json.constData() + start, end - start);
            break;
        }
        out.append(json.constData() + start, newline + 1 - start);
        out.append(indent, ' ');
        start = newline + 1;
    }
}

/// Appends a value as it appears one level inside the top-level object.
/// Empty containers stay on one line.
void appendValue(QByteArray &out, const QJsonValue &v)
{
    if (v.isObject() && !v.toObject().isEmpty()) {
        appendShifted(out, QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented), 4);
    } else if (v.isObject()) {
        out += "{}";
    } else {
        // A scalar: let Qt escape it, inside a one-element array.
        const QByteArray b = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        out.append(b.constData() + 1, b.size() - 2);
    }
}

/// Appends an entity list one object at a time, so that a large register is never held
/// twice more as a QJsonArray and its text.
template <typename T>
void appendEntities(QByteArray &out, const QList<T> &list)
{
    if (list.isEmpty()) {
        out += "[]";
        return;
    }
    out += "[\n";
    for (qsizetype i = 0; i < list.size(); ++i) {
        out += "        ";
        appendShifted(out, QJsonDocument(EntityJson::toJson(list.at(i))).toJson(QJsonDocument::Indented), 8);
        out += i + 1 < list.size() ? ",\n" : "\n";
    }
    out += "    ]";
}

// ---- reading

/// Remembers `value` under `key` unless the key is known; returns the earlier value, or -1.
template <typename K>
int firstSeen(QHash<K, int> &seen, const K &key, int value)
{
    const auto it = seen.constFind(key);
    if (it != seen.constEnd())
        return it.value();
    seen.insert(key, value);
    return -1;
}

QString subject(const QString &array, int index)
{
    const int n = index + 1; // people count from 1
    if (array == kDepartments)
        return JsonExchange::tr("Department #%1").arg(n);
    if (array == kPeople)
        return JsonExchange::tr("Person #%1").arg(n);
    if (array == kAssets)
        return JsonExchange::tr("Asset #%1").arg(n);
    if (array == kLinks)
        return JsonExchange::tr("Link #%1").arg(n);
    if (array == kPlaces)
        return JsonExchange::tr("Place #%1").arg(n);
    if (array == kAcceptances)
        return JsonExchange::tr("Acceptance #%1").arg(n);
    if (array == kPlans)
        return JsonExchange::tr("Floor plan #%1").arg(n);
    return JsonExchange::tr("Audit entry #%1").arg(n);
}

QJsonValue topField(const QJsonObject &doc, const QString &key)
{
    const auto it = doc.constFind(key);
    if (it == doc.constEnd())
        throw ValidationError(JsonExchange::tr("The document has no field \"%1\".").arg(key));
    return it.value();
}

[[noreturn]] void topWrongType(const QString &key, const QString &expected)
{
    throw ValidationError(JsonExchange::tr("The document's field \"%1\" must be %2.").arg(key, expected));
}

/// Reads one of the entity arrays, element by element, with the element's position in messages.
template <typename T>
QList<T> readArray(const QJsonObject &doc, const QString &key,
                   T (*fromJson)(const QJsonObject &, const QString &))
{
    const QJsonValue v = topField(doc, key);
    if (!v.isArray())
        topWrongType(key, JsonExchange::tr("a list"));
    const QJsonArray a = v.toArray();
    QList<T> out;
    out.reserve(a.size());
    for (int i = 0; i < a.size(); ++i) {
        const QJsonValue e = a.at(i);
        if (!e.isObject())
            throw ValidationError(JsonExchange::tr("%1 is not a JSON object.").arg(subject(key, i)));
        out.append(fromJson(e.toObject(), subject(key, i)));
    }
    return out;
}

/// Every entity needs its own positive id, once, so that the others can refer to it.
template <typename T>
QHash<Id, int> indexIds(const QList<T> &list, const QString &key)
{
    QHash<Id, int> index;
    index.reserve(list.size());
    for (int i = 0; i < list.size(); ++i) {
        const Id id = list.at(i).id;
        if (id <= 0) {
            throw ValidationError(JsonExchange::tr("%1: field \"id\" must be a positive whole number.")
                                      .arg(subject(key, i)));
        }
        if (const int first = firstSeen(index, id, i); first >= 0) {
            throw ValidationError(JsonExchange::tr("%1 has the id %2, which %3 already has.")
                                      .arg(subject(key, i))
                                      .arg(id)
                                      .arg(subject(key, first)));
        }
    }
    return index;
}

[[noreturn]] void missingRef(const QString &who, const QString &field, const QString &targetArray, Id id)
{
    QString msg;
    if (targetArray == kDepartments)
        msg = JsonExchange::tr("%1: field \"%2\" refers to department id %3, which is not in the file.");
    else if (targetArray == kPeople)
        msg = JsonExchange::tr("%1: field \"%2\" refers to person id %3, which is not in the file.");
    else if (targetArray == kPlaces)
        msg = JsonExchange::tr("%1: field \"%2\" refers to place id %3, which is not in the file.");
    else
        msg = JsonExchange::tr("%1: field \"%2\" refers to asset id %3, which is not in the file.");
    throw ValidationError(msg.arg(who, field).arg(id));
}

void checkRef(const QHash<Id, int> &index, const QString &who, const QString &field,
              const QString &targetArray, Id id, bool required)
{
    if (id == 0) {
        if (!required)
            return;
        const QString msg = targetArray == kDepartments
                                ? JsonExchange::tr("%1: field \"%2\" must refer to a department.")
                                : JsonExchange::tr("%1: field \"%2\" must refer to an asset.");
        throw ValidationError(msg.arg(who, field));
    }
    if (!index.contains(id))
        missingRef(who, field, targetArray, id);
}

void checkDepartments(const QList<Department> &departments, const QHash<Id, int> &index)
{
    QHash<QString, int> codes;
    for (int i = 0; i < departments.size(); ++i) {
        const Department &d = departments.at(i);
        const QString who = subject(kDepartments, i);
        checkRef(index, who, QStringLiteral("parentId"), kDepartments, d.parentId, false);
        if (const int first = firstSeen(codes, d.code, i); first >= 0) {
            throw ValidationError(JsonExchange::tr("%1 has the department code \"%2\", which %3 already has.")
                                      .arg(who, d.code, subject(kDepartments, first)));
        }
    }
    // A parent chain longer than the number of departments must come back on itself.
    for (int i = 0; i < departments.size(); ++i) {
        Id parent = departments.at(i).parentId;
        for (int steps = 0; parent != 0; ++steps) {
            if (steps > departments.size()) {
                throw ValidationError(JsonExchange::tr("%1: its parent departments form a loop.")
                                          .arg(subject(kDepartments, i)));
            }
            parent = departments.at(index.value(parent)).parentId;
        }
    }
}

void requireText(const QString &who, const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty())
        throw ValidationError(JsonExchange::tr("%1: field \"%2\" must not be empty.").arg(who, field));
}

void checkPlaces(const QList<Place> &places, const QHash<Id, int> &index, const QHash<Id, int> &personIndex)
{
    for (int i = 0; i < places.size(); ++i) {
        const Place &p = places.at(i);
        const QString who = subject(kPlaces, i);
        requireText(who, QStringLiteral("name"), p.name);
        checkRef(index, who, QStringLiteral("parentId"), kPlaces, p.parentId, false);
        checkRef(personIndex, who, QStringLiteral("managerId"), kPeople, p.managerId, false);
        if (!p.outline.isEmpty() && (!p.isArea() || !Geometry::isSimple(toPolygon(p.outline)))) {
            throw ValidationError(p.isArea() ? JsonExchange::tr("%1: field \"outline\" must be a polygon of three "
                                                                "or more points whose edges do not cross.")
                                                   .arg(who)
                                             : JsonExchange::tr("%1: only an area has an outline.").arg(who));
        }
        if (p.parentId == 0) {
            if (!placeParentFits(p.kind, std::nullopt)) {
                throw ValidationError(JsonExchange::tr("%1: a place of kind \"%2\" must be inside another place "
                                                       "(field \"parentId\"); only a site stands alone.")
                                          .arg(who, Enums::id(p.kind)));
            }
            continue;
        }
        const Place &parent = places.at(index.value(p.parentId));
        if (!placeParentFits(p.kind, parent.kind)) {
            throw ValidationError(JsonExchange::tr("%1: a place of kind \"%2\" cannot be inside a place of kind \"%3\".")
                                      .arg(who, Enums::id(p.kind), Enums::id(parent.kind)));
        }
    }
    // Only areas can nest in areas, so a loop is a chain longer than the number of places.
    for (int i = 0; i < places.size(); ++i) {
        Id parent = places.at(i).parentId;
        for (int steps = 0; parent != 0; ++steps) {
            if (steps > places.size())
                throw ValidationError(JsonExchange::tr("%1: its parent places form a loop.").arg(subject(kPlaces, i)));
            parent = places.at(index.value(parent)).parentId;
        }
    }
}

void checkPlaceRef(const QList<Place> &places, const QHash<Id, int> &placeIndex, const QString &who,
                   const QString &field, Id id)
{
    checkRef(placeIndex, who, field, kPlaces, id, false);
    if (id != 0 && !places.at(placeIndex.value(id)).isArea()) {
        throw ValidationError(JsonExchange::tr("%1: field \"%2\" refers to place id %3 (%4), which is not an area.")
                                  .arg(who, field)
                                  .arg(id)
                                  .arg(places.at(placeIndex.value(id)).name));
    }
}

void checkAcceptances(const QList<Acceptance> &acceptances, const QHash<Id, int> &assetIndex,
                      const QHash<Id, int> &placeIndex)
{
    for (int i = 0; i < acceptances.size(); ++i) {
        const Acceptance &a = acceptances.at(i);
        const QString who = subject(kAcceptances, i);
        checkRef(assetIndex, who, QStringLiteral("assetId"), kAssets, a.assetId, true);
        checkRef(placeIndex, who, QStringLiteral("placeId"), kPlaces, a.placeId, false);
        requireText(who, QStringLiteral("code"), a.code);
        requireText(who, QStringLiteral("reason"), a.reason);
        requireText(who, QStringLiteral("person"), a.person);
    }
}

void checkPlans(const QList<FloorPlan> &plans, const QList<Place> &places, const QHash<Id, int> &placeIndex,
                const QHash<Id, int> &departmentIndex)
{
    QHash<Id, int> floors;
    for (int i = 0; i < plans.size(); ++i) {
        const FloorPlan &p = plans.at(i);
        const QString who = subject(kPlans, i);
        checkRef(placeIndex, who, QStringLiteral("floorId"), kPlaces, p.floorId, false);
        if (!p.floorId || places.at(placeIndex.value(p.floorId)).kind != PlaceKind::Floor)
            throw ValidationError(JsonExchange::tr("%1: field \"floorId\" must refer to a floor.").arg(who));
        if (const int first = firstSeen(floors, p.floorId, i); first >= 0) {
            throw ValidationError(JsonExchange::tr("%1 is a second plan of the floor that %2 already draws.")
                                      .arg(who, subject(kPlans, first)));
        }
        checkRef(departmentIndex, who, QStringLiteral("departmentId"), kDepartments, p.departmentId, false);
    }
}

void checkAssets(const QList<Asset> &assets, const QHash<Id, int> &assetIndex,
                 const QHash<Id, int> &departmentIndex, const QHash<Id, int> &personIndex,
                 const QList<Place> &places, const QHash<Id, int> &placeIndex)
{
    QHash<QString, int> numbers;
    numbers.reserve(assets.size());
    for (int i = 0; i < assets.size(); ++i) {
        const Asset &a = assets.at(i);
        const QString who = subject(kAssets, i);
        if (a.number.isEmpty()) {
            throw ValidationError(
                JsonExchange::tr("%1 has no management number (field \"number\").").arg(who));
        }
        if (const int first = firstSeen(numbers, a.number, i); first >= 0) {
            throw ValidationError(JsonExchange::tr("%1 has the management number \"%2\", which %3 already has.")
                                      .arg(who, a.number, subject(kAssets, first)));
        }
        checkRef(departmentIndex, who, QStringLiteral("departmentId"), kDepartments, a.departmentId, true);
        checkRef(personIndex, who, QStringLiteral("managerId"), kPeople, a.managerId, false);
        checkRef(assetIndex, who, QStringLiteral("systemId"), kAssets, a.systemId, false);
        checkPlaceRef(places, placeIndex, who, QStringLiteral("usePlaceId"), a.usePlaceId);
        checkPlaceRef(places, placeIndex, who, QStringLiteral("storePlaceId"), a.storePlaceId);
        if (a.systemId != 0) {
            const Asset &system = assets.at(assetIndex.value(a.systemId));
            if (system.kind != AssetKind::InformationSystem) {
                throw ValidationError(
                    JsonExchange::tr("%1: field \"systemId\" refers to asset id %2 (%3), which is not an "
                                     "information system.")
                        .arg(who)
                        .arg(a.systemId)
                        .arg(system.number));
            }
        }
    }
}

void checkLinks(const QList<AssetLink> &links, const QHash<Id, int> &assetIndex)
{
    // (from, to * LinkTypeCount + type): ids stay far below 2^53, so this cannot overflow.
    QHash<std::pair<Id, qint64>, int> seen;
    seen.reserve(links.size());
    for (int i = 0; i < links.size(); ++i) {
        const AssetLink &l = links.at(i);
        const QString who = subject(kLinks, i);
        checkRef(assetIndex, who, QStringLiteral("fromId"), kAssets, l.fromId, true);
        checkRef(assetIndex, who, QStringLiteral("toId"), kAssets, l.toId, true);
        if (l.fromId == l.toId)
            throw ValidationError(JsonExchange::tr("%1 links an asset to itself.").arg(who));
        const std::pair<Id, qint64> key{l.fromId, l.toId * LinkTypeCount + static_cast<int>(l.type)};
        if (const int first = firstSeen(seen, key, i); first >= 0) {
            throw ValidationError(JsonExchange::tr("%1 repeats %2: same assets, same type.")
                                      .arg(who, subject(kLinks, first)));
        }
    }
}

void checkAudit(const QList<AuditEntry> &audit)
{
    QHash<qint64, int> seqs;
    seqs.reserve(audit.size());
    for (int i = 0; i < audit.size(); ++i) {
        if (const int first = firstSeen(seqs, audit.at(i).seq, i); first >= 0) {
            throw ValidationError(JsonExchange::tr("%1 has the sequence number %2, which %3 already has.")
                                      .arg(subject(kAudit, i))
                                      .arg(audit.at(i).seq)
                                      .arg(subject(kAudit, first)));
        }
    }
}

QJsonObject parseDocument(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Line and column (in characters) of the offset Qt reports, counted from 1.
        const QByteArray before = json.left(error.offset);
        const int line = before.count('\n') + 1;
        const int column = QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size() + 1;
        throw FileError(JsonExchange::tr("The file is not valid JSON: %1 at line %2, column %3 (byte %4).")
                            .arg(error.errorString())
                            .arg(line)
                            .arg(column)
                            .arg(error.offset));
    }
    if (!doc.isObject()
        || doc.object().value(kFormat) != QJsonValue(QLatin1String(JsonExchange::FormatName))) {
        throw FileError(JsonExchange::tr("This is not a Daicho register document: its field \"format\" is "
                                         "missing or is not \"%1\".")
                            .arg(QLatin1String(JsonExchange::FormatName)));
    }
    return doc.object();
}

int readVersion(const QJsonObject &doc)
{
    const QJsonValue v = doc.value(kVersion);
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 1 || d != static_cast<double>(v.toInteger())) {
        throw FileError(JsonExchange::tr("This Daicho document has no valid format version (field "
                                         "\"version\" must be a whole number, 1 or more)."));
    }
    if (d > JsonExchange::FormatVersion) {
        throw FileError(JsonExchange::tr("This file was written by a newer version of Daicho (format "
                                         "version %1); this version reads up to %2.")
                            .arg(v.toInteger())
                            .arg(JsonExchange::FormatVersion));
    }
    return static_cast<int>(v.toInteger());
}

} // namespace

QByteArray JsonExchange::write(const RegisterData &data)
{
    QJsonObject settings;
    for (auto it = data.settings.cbegin(); it != data.settings.cend(); ++it)
        settings.insert(it.key(), it.value());

    // The order is fixed here (a QJsonObject would sort it) so that the file reads top-down:
    // what it is first, then the register from its settings to its audit log.
    QByteArray out("{\n");
    const auto member = [&out](const QString &key, const auto &appendContent, bool last = false) {
        out += "    ";
        appendValue(out, key);
        out += ": ";
        appendContent();
        out += last ? "\n" : ",\n";
    };
    member(kFormat, [&] { appendValue(out, QLatin1String(FormatName)); });
    member(kVersion, [&] { appendValue(out, FormatVersion); });
    member(kGenerator, [&] { appendValue(out, QStringLiteral("Daicho " DAICHO_VERSION)); });
    member(kTitle, [&] { appendValue(out, data.title); });
    member(kScheme, [&] { appendValue(out, data.scheme); });
    member(kSettings, [&] { appendValue(out, settings); });
    member(kZoneTable, [&] { appendValue(out, data.zoneTable); });
    member(kDepartments, [&] { appendEntities(out, data.departments); });
    member(kPeople, [&] { appendEntities(out, data.people); });
    member(kPlaces, [&] { appendEntities(out, data.places); });
    member(kAssets, [&] { appendEntities(out, data.assets); });
    member(kLinks, [&] { appendEntities(out, data.links); });
    member(kAcceptances, [&] { appendEntities(out, data.acceptances); });
    member(kPlans, [&] { appendEntities(out, data.plans); });
    member(kAudit, [&] { appendEntities(out, data.audit); }, true);
    out += "}\n";
    return out;
}

RegisterData JsonExchange::read(const QByteArray &json)
{
    const QJsonObject doc = parseDocument(json); // can throw
    const int version = readVersion(doc);       // can throw

    RegisterData data;
    const QJsonValue title = topField(doc, kTitle);
    if (!title.isString())
        topWrongType(kTitle, tr("text"));
    data.title = title.toString();

    const QJsonValue scheme = topField(doc, kScheme);
    if (!scheme.isObject())
        topWrongType(kScheme, tr("an object"));
    data.scheme = scheme.toObject();

    const QJsonValue settings = topField(doc, kSettings);
    if (!settings.isObject())
        topWrongType(kSettings, tr("an object whose values are texts"));
    const QJsonObject settingsObject = settings.toObject();
    for (auto it = settingsObject.constBegin(); it != settingsObject.constEnd(); ++it) {
        if (!it.value().isString())
            topWrongType(kSettings, tr("an object whose values are texts"));
        data.settings.insert(it.key(), it.value().toString());
    }

    // Version 2 added the zone table, places and acceptances; version 1 has none of them.
    if (version >= 2 && doc.contains(kZoneTable)) {
        const QJsonValue zones = doc.value(kZoneTable);
        if (!zones.isObject())
            topWrongType(kZoneTable, tr("an object"));
        data.zoneTable = zones.toObject();
        if (!data.zoneTable.isEmpty()) {
            try {
                ZoneTable::fromJson(data.zoneTable); // can throw
            } catch (const ValidationError &e) {
                throw ValidationError(tr("The document's zone table is not valid: %1").arg(e.message()));
            }
        }
    }

    using E = EntityJson;
    data.departments = readArray<Department>(doc, kDepartments, &E::departmentFromJson);
    data.people = readArray<Person>(doc, kPeople, &E::personFromJson);
    if (version >= 2)
        data.places = readArray<Place>(doc, kPlaces, &E::placeFromJson);
    data.assets = readArray<Asset>(doc, kAssets, &E::assetFromJson);
    data.links = readArray<AssetLink>(doc, kLinks, &E::linkFromJson);
    if (version >= 2)
        data.acceptances = readArray<Acceptance>(doc, kAcceptances, &E::acceptanceFromJson);
    if (version >= 3)
        data.plans = readArray<FloorPlan>(doc, kPlans, &E::planFromJson);
    data.audit = readArray<AuditEntry>(doc, kAudit, &E::auditFromJson);

    const QHash<Id, int> departmentIndex = indexIds(data.departments, kDepartments);
    const QHash<Id, int> personIndex = indexIds(data.people, kPeople);
    const QHash<Id, int> placeIndex = indexIds(data.places, kPlaces);
    const QHash<Id, int> assetIndex = indexIds(data.assets, kAssets);
    indexIds(data.links, kLinks);
    indexIds(data.acceptances, kAcceptances);
    indexIds(data.plans, kPlans);

    checkDepartments(data.departments, departmentIndex);
    for (int i = 0; i < data.people.size(); ++i) {
        checkRef(departmentIndex, subject(kPeople, i), QStringLiteral("departmentId"), kDepartments,
                 data.people.at(i).departmentId, true);
    }
    checkPlaces(data.places, placeIndex, personIndex);
    checkAssets(data.assets, assetIndex, departmentIndex, personIndex, data.places, placeIndex);
    checkLinks(data.links, assetIndex);
    checkAcceptances(data.acceptances, assetIndex, placeIndex);
    checkPlans(data.plans, data.places, placeIndex, departmentIndex);
    checkAudit(data.audit);
    return data;
}

} // namespace daicho
