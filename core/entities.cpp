#include "core/entities.h"

namespace daicho {

QString Asset::axisValue(const QString &axisId) const
{
    if (axisId == QLatin1String("C"))
        return confidentiality;
    if (axisId == QLatin1String("I"))
        return integrity;
    if (axisId == QLatin1String("A"))
        return availability;
    return {};
}

QString Asset::axisIdOfField(const QString &field)
{
    if (field == QLatin1String("confidentiality"))
        return QStringLiteral("C");
    if (field == QLatin1String("integrity"))
        return QStringLiteral("I");
    if (field == QLatin1String("availability"))
        return QStringLiteral("A");
    return {};
}

void Asset::setAxisValue(const QString &axisId, const QString &levelId)
{
    if (axisId == QLatin1String("C"))
        confidentiality = levelId;
    else if (axisId == QLatin1String("I"))
        integrity = levelId;
    else if (axisId == QLatin1String("A"))
        availability = levelId;
}

bool Asset::measureDone(const QString &tag) const
{
    for (const MeasureState &m : measures) {
        if (m.tag == tag)
            return m.done;
    }
    return false;
}

} // namespace daicho
