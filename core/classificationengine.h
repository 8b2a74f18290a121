#pragma once

#include "core/classificationscheme.h"
#include "core/entities.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>
#include <span>
#include <vector>

namespace daicho {

/// One axis of an asset's effective classification. Levels point into the engine's scheme;
/// nullptr means "not set" (an own value that is not a level of the scheme counts as not set).
struct AxisClassification {
    const SchemeAxis *axis = nullptr;
    const SchemeLevel *manual = nullptr;     ///< the asset's own value
    const SchemeLevel *calculated = nullptr; ///< highest level among its contents
    const SchemeLevel *effective = nullptr;  ///< the higher of manual and calculated
    Id source = 0; ///< the content `calculated` comes from (a direct content or a loop member)
    Id origin = 0; ///< the asset whose own value `calculated` is (source, or further down)

    QString manualId() const { return manual ? manual->id : QString(); }
    QString calculatedId() const { return calculated ? calculated->id : QString(); }
    QString effectiveId() const { return effective ? effective->id : QString(); }
};

/// What ClassificationEngine computes for one asset. Pointers point into the engine (its
/// scheme and its results) and stay valid until its next compute() or its destruction; an
/// update() rewrites the entries it returns in place and leaves the others untouched.
struct EffectiveClassification {
    Id assetId = 0;
    std::span<const AxisClassification> axes; ///< one per scheme axis, in the scheme's order

    // Personal-information flags: the asset's own, or held by any of its contents.
    bool personalInfo = false; ///< any of the three kinds
    bool sensitivePersonalInfo = false;
    bool myNumber = false;
    Id personalOrigin = 0; ///< the content that brought personal information (0 = own or none)

    // 重要度 (importance levels of the scheme; nullptr = none)
    const SchemeLevel *ownImportance = nullptr; ///< from its own values and flags, or set by hand
    const ImportanceRule *ownRule = nullptr;    ///< the rule that gave ownImportance
    bool ownImportanceManual = false;           ///< ownImportance was set by hand
    const SchemeLevel *derivedImportance = nullptr; ///< from its effective values and flags
    const ImportanceRule *derivedRule = nullptr;
    const SchemeLevel *storedImportance = nullptr; ///< highest importance among its contents
    Id storedSource = 0; ///< the content that gave storedImportance
    Id storedOrigin = 0; ///< the asset whose own importance that is
    const SchemeLevel *importance = nullptr; ///< effective: highest of own, derived and stored
    const SchemeLevel *accessImportance = nullptr; ///< highest importance it can access
    Id accessSource = 0; ///< the system that gave accessImportance

    int ipaImportance = 0;        ///< IPA 重要度 from the effective values (0 = not set)
    QStringList requiredMeasures; ///< 取扱制限 tags from the effective values and importance
    bool inLoop = false;          ///< part of a StoredOn/RunsOn loop

    const AxisClassification *axis(const QString &axisId) const;
    QString effectiveValue(const QString &axisId) const; ///< level id, "" = not set
    QMap<QString, QString> effectiveValues() const;      ///< axis id → level id, set ones only
    QString importanceId() const { return importance ? importance->id : QString(); }
    QString accessImportanceId() const { return accessImportance ? accessImportance->id : QString(); }
};

/// Effective classification of a whole register (domain.md §1.4 利用, §3.3-1): a device,
/// medium, system or server is classified at least as high as anything it holds. Values flow
/// from content to container along StoredOn (information → device/system/medium) and RunsOn
/// (system → server), transitively; the highest value wins. CanAccess (device → system) gives
/// the device an access importance. Loops are found with an iterative Tarjan SCC pass (no
/// recursion, so 100k-long chains are fine); the members of a loop share the highest value.
/// One compute() is O(V + E); after an edit, update() recomputes only what the edit can change.
class ClassificationEngine {
    Q_DECLARE_TR_FUNCTIONS(daicho::ClassificationEngine)
public:
    explicit ClassificationEngine(ClassificationScheme scheme);
    ClassificationEngine(const ClassificationEngine &) = delete; // results point into it
    ClassificationEngine &operator=(const ClassificationEngine &) = delete;
    ClassificationEngine(ClassificationEngine &&) noexcept; // moved buffers keep their addresses
    ClassificationEngine &operator=(ClassificationEngine &&) noexcept;
    ~ClassificationEngine();

    const ClassificationScheme &scheme() const { return mScheme; }

    /// Recomputes everything. Links to unknown ids are ignored; of duplicate asset ids the
    /// first one counts.
    void compute(const QList<Asset> &assets, const QList<AssetLink> &links);

    /// Recomputes after an edit, touching only what the edit can change. Preconditions: `assets`
    /// holds the same ids at the same positions as in the last compute() (values may differ), and
    /// `links` differs from the last call's links at most by links that have an endpoint in `changed`.
    /// `changed`: ids of the assets whose values changed and the endpoints of added/removed links.
    /// Returns the positions whose results were recomputed (sorted, unique); falls back to compute()
    /// (returning every position) when it cannot do better, e.g. a loop is involved or the sizes differ.
    /// The results are exactly those of a fresh compute(); entries not returned keep their
    /// addresses and values. O(E) to compare the links (plus O(E) to re-index them if they
    /// changed), plus O(affected) where affected is what `changed` holds, transitively, and the
    /// devices that can access any of it.
    QList<int> update(const QList<Asset> &assets, const QList<AssetLink> &links, const QList<Id> &changed);

    /// Frees the working state kept for update() (about 130 bytes an asset), for a caller that
    /// only reads the results, such as an export; a later update() computes everything again.
    void releaseUpdateState();

    /// nullptr if the id was not part of the last compute().
    const EffectiveClassification *of(Id assetId) const;
    const QList<EffectiveClassification> &results() const { return mResults; }
    /// StoredOn/RunsOn loops (including an asset stored on itself), each sorted by id.
    QList<QList<Id>> loops() const { return mLoops; }

    /// Why an axis has its effective value, e.g. "PC-012 holds 住民基本台帳データ (機密性3)".
    QString axisExplanation(Id assetId, const QString &axisId) const;
    /// Updates the number and name used in explanations, for an edit that changed
    /// nothing the classification depends on (see affectsClassification()).
    void rename(Id assetId, const QString &number, const QString &name);
    /// True when a change from `before` to `after` can change any effective classification.
    static bool affectsClassification(const Asset &before, const Asset &after);
    /// A readable, multi-line account of the asset's effective classification.
    QString explanation(Id assetId) const;

private:
    struct State; ///< the working state of the last compute(), kept for update()

    QList<int> computeAll(const QList<Asset> &assets, const QList<AssetLink> &links);
    int indexOf(Id assetId) const; ///< -1 if unknown
    void buildIndex(const std::vector<Id> &ids);
    QString containerName(int index) const;
    QString contentName(Id id) const;
    static QString levelLabel(const SchemeLevel *level);
    QString holdsText(int index, Id origin, Id source, const QString &valueLabel) const;

    ClassificationScheme mScheme;
    /// 管理番号 and 情報資産名称 per position, for explanations. Only these are kept: a copy
    /// of the assets themselves would be deep-copied by the caller's next edit.
    std::vector<std::pair<QString, QString>> mNames;
    // Asset id → position in mNames and mResults: a plain table when the ids are dense (as
    // database row ids are), a hash otherwise.
    std::vector<int> mDenseIndex;
    Id mDenseBase = 0;
    QHash<Id, int> mSparseIndex;
    bool mDuplicateIds = false; ///< some id occurs twice (update() then falls back to compute())
    std::vector<AxisClassification> mAxisResults; ///< n × axis count; EffectiveClassification::axes
    QList<EffectiveClassification> mResults;
    QList<QList<Id>> mLoops; ///< sorted, so that compute() and update() agree on the order
    std::unique_ptr<State> mState;
};

} // namespace daicho
