#pragma once

#include "core/entities.h"

#include <QJsonArray>
#include <QJsonObject>

namespace daicho {

/// One field that an audited write changed.
struct FieldChange {
    QString field;
    QJsonValue oldValue;
    QJsonValue newValue;

    bool operator==(const FieldChange &o) const = default;
};

/// One entry of the register's audit log. Entries form a hash chain: each
/// entry's hash covers its content and the previous entry's hash, and rowHash
/// is the hash of the entity's stored row after the write ("" after a delete),
/// so that a row changed or deleted behind the application's back is found.
struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;      ///< UTC
    QString osUser;    ///< the operating-system account
    QString person;    ///< the person chosen in the application ("" if none)
    QString entity;    ///< "asset", "department", "person", "link", "setting", "place", "acceptance", "zoneTable"
    Id entityId = 0;
    QString action;    ///< "create", "update", "delete", "import"
    QList<FieldChange> changes;
    QString rowHash;
    QString prevHash;
    QString hash;

    bool operator==(const AuditEntry &o) const = default;

    /// The hash this entry must carry, from its content and prevHash.
    QString computeHash() const;
    /// The same, with `at` already written as ISO text with milliseconds (bulk writes
    /// give many entries the same moment and format it once).
    QString computeHash(const QString &atText) const;
    QJsonArray changesToJson() const;
    static QList<FieldChange> changesFromJson(const QJsonArray &a);
};

/// Canonical hash of a stored row, given as a JSON object (keys sorted by QJsonObject).
QString rowHash(const QJsonObject &row);

} // namespace daicho
