#pragma once

#include "core/audit.h"
#include "core/entities.h"
#include "core/floorplan.h"

#include <QJsonObject>
#include <QMap>

#include <optional>

namespace daicho {

/// Everything a register holds, as plain values: what the JSON exchange
/// format carries, what the demo generator makes and what db/ loads and stores.
struct RegisterData {
    QString title;                   ///< register name, e.g. 「○○市 情報資産管理台帳」
    QJsonObject scheme;              ///< the classification scheme (ClassificationScheme::toJson())
    QMap<QString, QString> settings; ///< other settings (role labels, date style, …)
    QJsonObject zoneTable;           ///< the register's zone table (ZoneTable::toJson()); empty = the preset
    QList<Department> departments;
    QList<Person> people;
    QList<Place> places;             ///< parents may come after their children
    QList<Asset> assets;
    QList<AssetLink> links;
    QList<Acceptance> acceptances;
    QList<FloorPlan> plans;          ///< 区画図, one per floor at most
    QList<AuditEntry> audit;

    bool operator==(const RegisterData &o) const = default;
};

/// The structure of the place tree: sites at the top, buildings on sites, floors in
/// buildings, areas on floors or inside other areas. `parent` is nullopt for "no parent".
inline bool placeParentFits(PlaceKind child, std::optional<PlaceKind> parent)
{
    switch (child) {
    case PlaceKind::Site:
        return !parent;
    case PlaceKind::Building:
        return parent == PlaceKind::Site;
    case PlaceKind::Floor:
        return parent == PlaceKind::Building;
    default:
        return parent && (*parent == PlaceKind::Floor || Enums::isArea(*parent));
    }
}

} // namespace daicho
