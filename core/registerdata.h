#pragma once

#include "core/audit.h"
#include "core/entities.h"

#include <QJsonObject>
#include <QMap>

namespace daicho {

/// Everything a register holds, as plain values: what the JSON exchange
/// format carries, what the demo generator makes and what db/ loads and stores.
struct RegisterData {
    QString title;                   ///< register name, e.g. 「○○市 情報資産管理台帳」
    QJsonObject scheme;              ///< the classification scheme (ClassificationScheme::toJson())
    QMap<QString, QString> settings; ///< other settings (role labels, date style, …)
    QList<Department> departments;
    QList<Person> people;
    QList<Asset> assets;
    QList<AssetLink> links;
    QList<AuditEntry> audit;

    bool operator==(const RegisterData &o) const = default;
};

} // namespace daicho
