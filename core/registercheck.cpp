#include "core/registercheck.h"

#include <QJsonArray>

namespace daicho {

NetworkModel networkModelOf(const QMap<QString, QString> &settings)
{
    return Enums::networkModelFromId(settings.value(SettingKey::NetworkModel)).value_or(NetworkModel::Alpha);
}

ZoneTable zoneTableOf(const QJsonObject &json)
{
    return json.isEmpty() ? ZoneTable::preset() : ZoneTable::fromJson(json); // can throw
}

RegisterCheck::RegisterCheck(const RegisterData &data, bool afterHours, const QDate &today)
    : mAssets(data.assets), mEngine(ClassificationScheme::fromJson(data.scheme)), // can throw
      mChecker(zoneTableOf(data.zoneTable), mEngine.scheme())                     // can throw
{
    mRows.reserve(mAssets.size());
    for (int row = 0; row < mAssets.size(); ++row)
        mRows.insert(mAssets.at(row).id, row);
    for (const Department &d : data.departments)
        mDepartmentCodes.insert(d.id, d.code);
    for (const Acceptance &a : data.acceptances)
        mAcceptances.insert(a.id, a);
    CheckOptions options;
    options.networkModel = networkModelOf(data.settings);
    options.afterHours = afterHours;
    options.today = today;
    mChecker.setOptions(options);
    mChecker.setPlaces(data.places);
    mChecker.setAcceptances(data.acceptances);
    mChecker.setMyNumberSegmentHolders(FindingChecker::myNumberSegmentHolders(mAssets, data.links));
    mEngine.compute(mAssets, data.links);
    mFindings.checkAll(mChecker, mAssets, mEngine);
}

QJsonObject RegisterCheck::toJson(const Finding &f) const
{
    QJsonObject o{
        {QStringLiteral("code"), FindingChecker::codeId(f.code)},
        {QStringLiteral("severity"), FindingChecker::severityId(f.severity)},
        {QStringLiteral("title"), FindingChecker::title(f.code)},
        {QStringLiteral("message"), mChecker.message(f)},
        {QStringLiteral("accepted"), f.accepted},
    };
    const int row = mRows.value(f.assetId, -1);
    if (row >= 0) {
        const Asset &a = mAssets.at(row);
        o.insert(QStringLiteral("asset"), a.number);
        o.insert(QStringLiteral("assetName"), a.name);
        o.insert(QStringLiteral("department"), mDepartmentCodes.value(a.departmentId));
    }
    if (f.placeId) {
        o.insert(QStringLiteral("area"), mChecker.placePath(f.placeId));
        o.insert(QStringLiteral("areaId"), f.placeId);
    }
    if (!f.subject.isEmpty())
        o.insert(QStringLiteral("subject"), f.subject);
    if (f.required >= 0)
        o.insert(QStringLiteral("requiredLevel"), f.required);
    if (f.actual >= 0 && f.code != FindingCode::NetMyNumberSegment)
        o.insert(QStringLiteral("level"), f.actual);
    if (f.acceptanceId) {
        const Acceptance a = mAcceptances.value(f.acceptanceId);
        o.insert(QStringLiteral("acceptance"),
                 QJsonObject{{QStringLiteral("reason"), a.reason},
                             {QStringLiteral("person"), a.person},
                             {QStringLiteral("until"), a.until.toString(Qt::ISODate)},
                             {QStringLiteral("inForce"), f.accepted}});
    }
    return o;
}

QJsonObject RegisterCheck::toJson() const
{
    QJsonArray findings;
    for (int row = 0; row < mFindings.size(); ++row) {
        for (const Finding &f : mFindings.at(row)) {
            findings.append(toJson(f));
        }
    }
    const FindingCounts &n = mFindings.counts();
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("daicho-findings")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("afterHours"), mChecker.options().afterHours},
        {QStringLiteral("date"), mChecker.options().today.toString(Qt::ISODate)},
        {QStringLiteral("counts"), QJsonObject{{QStringLiteral("error"), n.errors},
                                               {QStringLiteral("warning"), n.warnings},
                                               {QStringLiteral("info"), n.infos},
                                               {QStringLiteral("accepted"), n.accepted}}},
        {QStringLiteral("findings"), findings},
    };
}

} // namespace daicho
