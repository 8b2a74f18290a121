#include "core/audittext.h"

#include "core/classificationscheme.h"
#include "core/enums.h"
#include "core/wareki.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace daicho {

QString AuditText::action(const QString &action)
{
    if (action == QLatin1String("create"))
        return tr("Registered");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    if (action == QLatin1String("import"))
        return tr("Imported");
    return action;
}

QString AuditText::value(const QString &field, const QJsonValue &value, const ClassificationScheme &scheme,
                         const NameOf &nameOf, Dates dates, const QString &separator)
{
    const QString none = tr("—");
    if (value.isNull() || value.isUndefined())
        return none;
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    const QString s = value.toString();
    if (field == QLatin1String("departmentId") || field == QLatin1String("managerId")
        || field == QLatin1String("usePlaceId") || field == QLatin1String("storePlaceId")
        || field == QLatin1String("systemId")) {
        const Id id = value.toInteger();
        if (!id)
            return none;
        const QString name = nameOf ? nameOf(field, id) : QString();
        return name.isEmpty() ? tr("#%1").arg(id) : name;
    }
    if (field == QLatin1String("kind"))
        return Enums::assetKindFromId(s) ? Enums::label(*Enums::assetKindFromId(s)) : s;
    if (field == QLatin1String("segment"))
        return Enums::segmentFromId(s) ? Enums::label(*Enums::segmentFromId(s)) : s;
    if (field == QLatin1String("status"))
        return Enums::statusFromId(s) ? Enums::label(*Enums::statusFromId(s)) : s;
    if (field == QLatin1String("provision"))
        return Enums::provisionFromId(s) ? Enums::label(*Enums::provisionFromId(s)) : s;
    if (field == QLatin1String("retentionUntil") || field == QLatin1String("registeredOn")
        || field == QLatin1String("updatedOn")) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            return s.isEmpty() ? none : s;
        return dates == Dates::Long ? Wareki::formatLong(d) : Wareki::formatShort(d);
    }
    const QString axisId = Asset::axisIdOfField(field);
    if (!axisId.isEmpty()) {
        const SchemeAxis *axis = scheme.axis(axisId);
        const SchemeLevel *level = axis ? axis->level(s) : nullptr;
        return level ? level->label.text() : (s.isEmpty() ? tr("Not set") : s);
    }
    if (field == QLatin1String("importance")) {
        const SchemeLevel *level = scheme.importanceLevel(s);
        return level ? level->label.text() : (s.isEmpty() ? tr("Derived") : s);
    }
    if (field == QLatin1String("measures")) {
        QStringList parts;
        for (const QJsonValue &m : value.toArray()) {
            const QJsonObject o = m.toObject();
            parts << tr("%1: %2").arg(scheme.measureLabel(o.value(QLatin1String("tag")).toString()),
                                      o.value(QLatin1String("done")).toBool() ? tr("done") : tr("not done"));
        }
        return parts.isEmpty() ? none : parts.join(separator);
    }
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << (v.isString() ? v.toString() : QString::number(v.toDouble()));
        return parts.isEmpty() ? none : parts.join(separator);
    }
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isObject())
        return QStringLiteral("…");
    return s.isEmpty() ? none : s;
}

} // namespace daicho
