#pragma once

#include "core/classificationengine.h"
#include "core/findings.h"
#include "core/registerdata.h"

#include <QJsonObject>

namespace daicho {

/// Names of the register settings the rules read (RegisterData::settings).
namespace SettingKey {
inline const QString NetworkModel = QStringLiteral("networkModel");   ///< alpha, alpha-prime, beta, beta-prime
inline const QString BusinessHours = QStringLiteral("businessHours"); ///< default 業務時間 "08:30-17:15"
/// Headings of the printed 承認欄, one per line (or comma); empty = the default two; "-" = none.
inline const QString ApprovalRoles = QStringLiteral("approvalRoles");
} // namespace SettingKey

/// The 業務時間 used when neither the area nor the register sets one.
inline const QString DefaultBusinessHours = QStringLiteral("08:30-17:15");

/// The register's network model; α when unset or unknown.
NetworkModel networkModelOf(const QMap<QString, QString> &settings);

/// The zone table of a register: its own, or the shipped preset when it has none. Throws
/// ValidationError when the register's table is malformed.
ZoneTable zoneTableOf(const QJsonObject &json);

/// A whole register checked at once, for the command line, imports and tests: the effective
/// classification, the checker with the register's places, acceptances and settings, and
/// the findings of every asset (by position in data.assets). The GUI keeps the same three
/// parts in its Document and updates them after each edit.
class RegisterCheck {
public:
    /// Throws ValidationError when the scheme or the zone table is malformed.
    explicit RegisterCheck(const RegisterData &data, bool afterHours = false,
                           const QDate &today = QDate::currentDate());
    RegisterCheck(const RegisterCheck &) = delete;
    RegisterCheck &operator=(const RegisterCheck &) = delete;

    const ClassificationEngine &engine() const { return mEngine; }
    const FindingChecker &checker() const { return mChecker; }
    const FindingSet &findings() const { return mFindings; }
    const QList<Asset> &assets() const { return mAssets; }
    /// The findings of an asset by id; nullptr for an id not in the register.
    const std::vector<Finding> *findingsOf(Id assetId) const
    {
        const int row = mRows.value(assetId, -1);
        return row < 0 ? nullptr : &mFindings.at(row);
    }

    /// One finding as `daicho-cli check --json` writes it.
    QJsonObject toJson(const Finding &f) const;
    /// The whole result: counts and every finding (accepted ones included, marked).
    QJsonObject toJson() const;

private:
    QList<Asset> mAssets;
    QHash<Id, int> mRows;
    QHash<Id, QString> mDepartmentCodes;
    QHash<Id, Acceptance> mAcceptances;
    ClassificationEngine mEngine;
    FindingChecker mChecker;
    FindingSet mFindings;
};

} // namespace daicho
