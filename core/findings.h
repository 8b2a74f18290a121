#pragma once

#include "core/classificationengine.h"
#include "core/entities.h"
#include "core/zonetable.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace daicho {

enum class Severity { Info, Warning, Error };
constexpr int SeverityCount = 3;

/// The rules a finding comes from. The ids ("ZONE-STORE-LOW", …) are stable: they are in
/// acceptances, in `daicho-cli check --json` and in docs/findings.md.
enum class FindingCode {
    ZoneUseLow,         ///< ZONE-USE-LOW: place of use below the category's minimum
    ZoneStoreLow,       ///< ZONE-STORE-LOW: place of storage below the minimum (after hours)
    ZoneUseContainer,   ///< ZONE-USE-CONTAINER: used in an L3 container (storage only)
    ZoneL0,             ///< ZONE-L0: used or kept in L0 (nothing may be)
    ZoneL4Reason,       ///< ZONE-L4-REASON: a non-server in L4 needs a stated reason
    EncryptionAdvice,   ///< ENCRYPT-ADVICE: top-importance data unencrypted on a PC or medium
    PlaceMissing,       ///< PLACE-MISSING: a device, medium or paper with no place of use
    NetMyNumberSegment, ///< NET-MYNUMBER-SEGMENT: 特定個人情報 outside the マイナンバー利用事務系
    NetMyNumberRemovable, ///< NET-MYNUMBER-REMOVABLE: removable media with マイナンバー系 data
    NetInternetAlpha,   ///< NET-INTERNET-ALPHA: 機密性2+ on the インターネット接続系 in an α model
    MeasureNotDone,     ///< MEASURE-NOT-DONE: a 取扱制限 measure the class requires is not done
};
constexpr int FindingCodeCount = 11;

/// One result of a rule for one asset. Derived, never stored: the checker computes it from
/// the asset, its effective classification, its places, the zone table and the settings.
struct Finding {
    enum Modifier {
        AfterHours = 0x1, ///< the area counted one level lower after hours (L2 not locked → L1)
        Wire = 0x2,       ///< the anti-theft wire raised the level to L2
    };

    FindingCode code = FindingCode::ZoneUseLow;
    Severity severity = Severity::Error;
    Id assetId = 0;
    Id placeId = 0;   ///< the area concerned, 0 = none
    QString subject;  ///< zone category code, measure tag, or "use"/"store" for ZONE-L0
    int required = -1; ///< minimum level the rule asks for
    int actual = -1;   ///< the level the rule found (after the modifiers)
    int nominal = -1;  ///< the area's own level; for NET-MYNUMBER-SEGMENT the NetworkSegment
    unsigned char modifiers = 0;
    Id acceptanceId = 0;      ///< the acceptance that matches it (active or lapsed), 0 = none
    bool accepted = false;    ///< an acceptance matches and is still in force

    /// What an acceptance must match: asset, code, place and subject.
    bool sameAs(const Acceptance &a) const;
};

/// What the checker reads besides the register's rows.
struct CheckOptions {
    NetworkModel networkModel = NetworkModel::Alpha;
    /// Night view: use is checked at the after-hours level too (storage always is).
    bool afterHours = false;
    /// Acceptances lapse after their date; today by default.
    QDate today = QDate::currentDate();
};

/// The compliance rules of domain.md §1.3–1.6 and §3 (zone table and its modifiers, network
/// segments, handling measures). Holds the places, the acceptances and the zone table; the
/// assets and their effective classification are passed in, one at a time, so that a whole
/// register can be checked in one pass and one edited asset again on its own.
class FindingChecker {
    Q_DECLARE_TR_FUNCTIONS(daicho::FindingChecker)
public:
    FindingChecker(ZoneTable table, const ClassificationScheme &scheme);

    const ZoneTable &zoneTable() const { return mTable; }
    void setZoneTable(ZoneTable table);
    const CheckOptions &options() const { return mOptions; }
    void setOptions(const CheckOptions &options) { mOptions = options; }
    void setPlaces(const QList<Place> &places);
    void setAcceptances(const QList<Acceptance> &acceptances);
    /// Removable media that hold information of the マイナンバー利用事務系 directly (a StoredOn
    /// link from an asset on that segment); see myNumberSegmentHolders().
    void setMyNumberSegmentHolders(QSet<Id> media) { mMyNumberHolders = std::move(media); }
    const QSet<Id> &myNumberSegmentHolders() const { return mMyNumberHolders; }
    /// Whether `medium` holds an asset of the マイナンバー利用事務系 (one StoredOn link away).
    static bool holdsMyNumberSegmentData(Id medium, const QList<AssetLink> &links,
                                         const std::function<const Asset *(Id)> &assetOf);
    /// Every removable medium that does (O(assets + links)).
    static QSet<Id> myNumberSegmentHolders(const QList<Asset> &assets, const QList<AssetLink> &links);

    const Place *place(Id id) const;
    /// 「本庁舎 › 3階 › 情報政策課 執務室」
    QString placePath(Id id) const;
    /// The area's level as the rules read it: L2 not locked after hours counts as L1 at night,
    /// and a wire-locked PC or tablet counts as at least L2. `modifiers` gets Finding::Modifier bits.
    static int effectiveLevel(const Place &area, const Asset &asset, bool afterHours,
                              unsigned char *modifiers = nullptr);
    /// The area's level after hours (an L2 room not locked after hours counts as L1), as the
    /// plan shows it at night.
    static int afterHoursLevel(const Place &area)
    {
        return area.level == 2 && !area.lockedAfterHours ? 1 : area.level;
    }

    /// The zone categories the asset falls in (domain.md §3.4 categories()).
    QList<const ZoneCategory *> categories(const Asset &asset, const EffectiveClassification *c) const;

    /// Appends the asset's findings to `out`. A disposed asset has none.
    void check(const Asset &asset, const EffectiveClassification *c, std::vector<Finding> &out) const;

    // Texts, translated
    static QString codeId(FindingCode code);
    static std::optional<FindingCode> codeFromId(const QString &id);
    static QString severityId(Severity s);
    static std::optional<Severity> severityFromId(const QString &id);
    static QString severityLabel(Severity s);
    /// The rule's short name: 「保管区画の不足」
    static QString title(FindingCode code);
    /// Says which rule, which values, and what would fix it.
    QString message(const Finding &f) const;

private:
    void checkZones(const Asset &a, const EffectiveClassification *c, std::vector<Finding> &out) const;
    void checkNetwork(const Asset &a, const EffectiveClassification *c, std::vector<Finding> &out) const;
    void checkMeasures(const Asset &a, const EffectiveClassification *c, std::vector<Finding> &out) const;
    void applyAcceptances(Id assetId, std::vector<Finding> &out, size_t from) const;
    QString placeName(Id id) const;
    QString categoryLabel(const QString &code) const;
    void indexCategories();
    /// Calls `visit(category)` for each category the asset falls in, without allocating.
    template <typename Visit>
    void forEachCategory(const Asset &asset, const EffectiveClassification *c, Visit visit) const;

    ZoneTable mTable;
    const ClassificationScheme &mScheme;
    CheckOptions mOptions;
    QHash<Id, Place> mPlaces;
    QHash<Id, QList<Acceptance>> mAcceptances; ///< by asset
    QSet<Id> mMyNumberHolders;
    int mConfidentialityAxis = -1; ///< index of the "C" axis in the scheme, -1 = none
    /// Per category of mTable: bit r set when importance rank r matches "stores" / "accesses".
    std::vector<std::pair<quint64, quint64>> mCategoryMasks;
};

/// Counts of the findings in force (accepted ones apart).
struct FindingCounts {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int accepted = 0;
    int total() const { return errors + warnings + infos; }
    bool operator==(const FindingCounts &o) const = default;
};

/// The findings of a whole register, by asset position. checkAll() is one pass over the
/// assets; recheck() redoes a few positions after an edit.
class FindingSet {
public:
    void clear();
    void checkAll(const FindingChecker &checker, const QList<Asset> &assets,
                  const ClassificationEngine &engine);
    /// Rechecks the assets at `rows`; returns the rows whose findings changed.
    QList<int> recheck(const FindingChecker &checker, const QList<Asset> &assets,
                       const ClassificationEngine &engine, const QList<int> &rows);

    int size() const { return int(mByRow.size()); }
    const std::vector<Finding> &at(int row) const { return mByRow[size_t(row)]; }
    /// Highest severity in force at a row; nullopt when it has none (accepted ones do not count).
    std::optional<Severity> worstAt(int row) const;
    const FindingCounts &counts() const { return mCounts; }

private:
    void count(const std::vector<Finding> &findings, int sign);

    std::vector<std::vector<Finding>> mByRow;
    FindingCounts mCounts;
};

} // namespace daicho
