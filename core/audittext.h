#pragma once

#include "core/entities.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <functional>

namespace daicho {

class ClassificationScheme;

/// The audit log of an asset as people read it, for the history dialog and the printed 個票
/// alike: actions in words, and values with names rather than ids, labels rather than level
/// ids, and 和暦 dates.
class AuditText {
    Q_DECLARE_TR_FUNCTIONS(daicho::AuditText)
public:
    /// The name of the department, person, place or asset `id` that `field` refers to
    /// (departmentId, managerId, usePlaceId, storePlaceId, systemId); empty when unknown.
    using NameOf = std::function<QString(const QString &field, Id id)>;
    enum class Dates { Long, Short }; ///< 令和7年4月1日 or R7.4.1

    /// 登録, 変更, 削除, 取込 for create, update, delete, import; other actions as they are.
    static QString action(const QString &action);
    /// One value of a FieldChange. Lists are joined with `separator`; nothing is "—".
    static QString value(const QString &field, const QJsonValue &value, const ClassificationScheme &scheme,
                         const NameOf &nameOf, Dates dates, const QString &separator);
};

} // namespace daicho
