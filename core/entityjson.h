#pragma once

#include "core/audit.h"
#include "core/entities.h"
#include "core/floorplan.h"

#include <QJsonObject>

namespace daicho {

/// JSON form of each entity, as the exchange format writes it (docs/exchange-format.md).
/// The same form is hashed for the audit log's row hashes, so it must be canonical:
/// every field always present, dates as ISO "yyyy-MM-dd" or null, ids as numbers.
/// An entity's own id is always a number; a reference to another entity (parentId,
/// departmentId, systemId, managerId, fromId, toId, assetId, placeId) is null when it is 0
/// ("none"). The exception: an asset's usePlaceId and storePlaceId are written only when they
/// are set, so that the hash of an asset row written before places existed stays the same.
class EntityJson {
    Q_DECLARE_TR_FUNCTIONS(daicho::EntityJson)
public:
    static QJsonObject toJson(const Department &d);
    static QJsonObject toJson(const Person &p);
    static QJsonObject toJson(const Asset &a);
    /// rowHash(toJson(a)) without building the JSON object: the same bytes, written in
    /// key order directly (a bulk import hashes every row).
    static QString rowHash(const Asset &a);
    static QJsonObject toJson(const AssetLink &l);
    static QJsonObject toJson(const Place &p);
    static QJsonObject toJson(const Acceptance &a);
    static QJsonObject toJson(const AuditEntry &e);
    /// A floor plan. The exchange format carries the background image as base64
    /// ("background"); the audit log records only its SHA-256 ("backgroundSha256"), so that a
    /// scanned plan is not copied into every entry.
    enum class Image { Embedded, Digest };
    static QJsonObject toJson(const FloorPlan &p, Image image = Image::Embedded);

    /// Coordinates beyond ±10 km are refused: they are a unit mistake, not a site.
    static constexpr int kMaxCoordinate = 10'000'000;

    // The readers throw ValidationError (translated, naming the field) on a missing
    // or wrongly typed field or an unknown enum id.
    static Department departmentFromJson(const QJsonObject &o);
    static Person personFromJson(const QJsonObject &o);
    static Asset assetFromJson(const QJsonObject &o);
    static AssetLink linkFromJson(const QJsonObject &o);
    static Place placeFromJson(const QJsonObject &o);
    static Acceptance acceptanceFromJson(const QJsonObject &o);
    static AuditEntry auditFromJson(const QJsonObject &o);
    static FloorPlan planFromJson(const QJsonObject &o);

    // The same, with the already translated subject the messages start with
    // (e.g. "Asset #12" instead of "Asset").
    static Department departmentFromJson(const QJsonObject &o, const QString &subject);
    static Person personFromJson(const QJsonObject &o, const QString &subject);
    static Asset assetFromJson(const QJsonObject &o, const QString &subject);
    static AssetLink linkFromJson(const QJsonObject &o, const QString &subject);
    static Place placeFromJson(const QJsonObject &o, const QString &subject);
    static Acceptance acceptanceFromJson(const QJsonObject &o, const QString &subject);
    static AuditEntry auditFromJson(const QJsonObject &o, const QString &subject);
    static FloorPlan planFromJson(const QJsonObject &o, const QString &subject);

    /// ISO "yyyy-MM-dd", or null for an invalid (unset) date.
    static QJsonValue dateToJson(const QDate &d);
    /// A reference: null for 0, else the id.
    static QJsonValue refToJson(Id id);
    /// UTC, ISO 8601 with milliseconds ("2025-04-01T09:30:15.123Z"), or null when invalid.
    static QJsonValue dateTimeToJson(const QDateTime &t);
};

} // namespace daicho
