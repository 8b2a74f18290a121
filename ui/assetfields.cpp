#include "ui/assetfields.h"

#include "core/classificationscheme.h"
#include "core/entities.h"

#include <QRegularExpression>

namespace daicho {

QString AssetFields::label(const QString &field, const ClassificationScheme *scheme)
{
    if (scheme) {
        if (const SchemeAxis *axis = scheme->axis(Asset::axisIdOfField(field)))
            return axis->name.text();
    }
    struct Entry {
        const char *key;
        const char *label;
    };
    static const Entry entries[] = {
        {"number", QT_TR_NOOP("Management number")},
        {"departmentId", QT_TR_NOOP("Department")},
        {"businessCategory", QT_TR_NOOP("Business category")},
        {"name", QT_TR_NOOP("Asset name")},
        {"kind", QT_TR_NOOP("Kind")},
        {"systemId", QT_TR_NOOP("Related information system")},
        {"segment", QT_TR_NOOP("Network segment")},
        {"userScope", QT_TR_NOOP("User scope")},
        {"managerId", QT_TR_NOOP("Manager")},
        {"medium", QT_TR_NOOP("Medium / storage location")},
        {"usePlaceId", QT_TR_NOOP("Place of use")},
        {"storePlaceId", QT_TR_NOOP("Place of storage")},
        {"personalInfo", QT_TR_NOOP("Personal information")},
        {"sensitivePersonalInfo", QT_TR_NOOP("Special care-required personal information")},
        {"myNumber", QT_TR_NOOP("Specific personal information (My Number)")},
        {"subjectCount", QT_TR_NOOP("Number of data subjects")},
        {"confidentiality", QT_TR_NOOP("Confidentiality")},
        {"integrity", QT_TR_NOOP("Integrity")},
        {"availability", QT_TR_NOOP("Availability")},
        {"importance", QT_TR_NOOP("Importance")},
        {"restrictions", QT_TR_NOOP("Handling restrictions")},
        {"measures", QT_TR_NOOP("Measures")},
        {"encrypted", QT_TR_NOOP("Encrypted")},
        {"wireLocked", QT_TR_NOOP("Wire lock")},
        {"canRemoteOperate", QT_TR_NOOP("Remote server operation")},
        {"provision", QT_TR_NOOP("Issued / private")},
        {"retentionPeriod", QT_TR_NOOP("Retention period")},
        {"retentionUntil", QT_TR_NOOP("Retention deadline")},
        {"registeredOn", QT_TR_NOOP("Registered on")},
        {"updatedOn", QT_TR_NOOP("Updated on")},
        {"updatedBy", QT_TR_NOOP("Updated by")},
        {"notes", QT_TR_NOOP("Notes")},
        {"status", QT_TR_NOOP("Status")},
    };
    for (const Entry &e : entries) {
        if (field == QLatin1String(e.key))
            return tr(e.label);
    }
    return field;
}

QString AssetFields::otherLabel(const QString &entity, const QString &field)
{
    if (entity == QLatin1String("asset"))
        return label(field);
    if (field == QLatin1String("code"))
        return tr("Department code");
    if (field == QLatin1String("name"))
        return entity == QLatin1String("person") ? tr("Name") : tr("Department name");
    if (field == QLatin1String("parentId"))
        return tr("Parent department");
    if (field == QLatin1String("validFrom"))
        return tr("Valid from");
    if (field == QLatin1String("validTo"))
        return tr("Valid to");
    if (field == QLatin1String("departmentId"))
        return tr("Department");
    if (field == QLatin1String("roles"))
        return tr("Roles");
    if (field == QLatin1String("fromId"))
        return tr("From");
    if (field == QLatin1String("toId"))
        return tr("To");
    if (field == QLatin1String("type"))
        return tr("Link type");
    return field;
}

QString AssetFields::axisField(const QString &axisId)
{
    if (axisId == QLatin1String("C"))
        return QStringLiteral("confidentiality");
    if (axisId == QLatin1String("I"))
        return QStringLiteral("integrity");
    if (axisId == QLatin1String("A"))
        return QStringLiteral("availability");
    return {};
}

QStringList AssetFields::splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,、，;；\\n]"));
    QStringList out;
    for (const QString &part : text.split(separators)) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !out.contains(item))
            out.append(item);
    }
    return out;
}

QString AssetFields::listSeparator() { return QStringLiteral("、"); }

QStringList AssetFields::retentionPeriodSuggestions()
{
    // Document text of the ledger, not UI text: the same in both languages.
    return {QStringLiteral("1年"), QStringLiteral("3年"), QStringLiteral("5年"), QStringLiteral("10年"),
            QStringLiteral("30年"), QStringLiteral("永年")};
}

} // namespace daicho
