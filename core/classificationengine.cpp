#include "core/classificationengine.h"

#include <algorithm>
#include <limits>
#include <span>
#include <utility>

namespace daicho {

const AxisClassification *EffectiveClassification::axis(const QString &axisId) const
{
    for (const AxisClassification &a : axes) {
        if (a.axis && a.axis->id == axisId)
            return &a;
    }
    return nullptr;
}

QString EffectiveClassification::effectiveValue(const QString &axisId) const
{
    const AxisClassification *a = axis(axisId);
    return a ? a->effectiveId() : QString();
}

QMap<QString, QString> EffectiveClassification::effectiveValues() const
{
    QMap<QString, QString> values;
    for (const AxisClassification &a : axes) {
        if (a.effective)
            values.insert(a.axis->id, a.effective->id);
    }
    return values;
}

ClassificationEngine::ClassificationEngine(ClassificationScheme scheme) : mScheme(std::move(scheme)) {}

namespace {

enum Flag : unsigned char { Personal = 1, Sensitive = 2, MyNumber = 4 };

/// Packs a few small numbers (ranks, flags) into one cache key; gives up when the scheme is so
/// large that they do not fit in 64 bits.
class KeyPacker {
public:
    void addDigit(int radix)
    {
        mRadices.push_back(radix);
        if (mTotal > std::numeric_limits<quint64>::max() / quint64(radix))
            mFits = false;
        else
            mTotal *= quint64(radix);
    }
    bool fits() const { return mFits; }
    /// Number of distinct keys, when fits().
    quint64 keyCount() const { return mTotal; }
    /// digits[i] in [-1, radix-2]; -1 (not set) packs as 0.
    quint64 pack(std::span<const int> digits) const
    {
        quint64 key = 0;
        for (size_t i = 0; i < digits.size(); ++i)
            key = key * quint64(mRadices[i]) + quint64(digits[i] + 1);
        return key;
    }

private:
    std::vector<int> mRadices;
    quint64 mTotal = 1;
    bool mFits = true;
};

/// The scheme's importance derivation depends only on ranks, flags and the hand-set value, of
/// which a register has few distinct combinations: ask the scheme once per combination.
class DerivationCache {
public:
    struct Entry {
        int rank = -1; ///< importance rank, -1 = none
        int rule = -1; ///< index into importanceRules(), -1 = none
        bool manual = false;
    };

    explicit DerivationCache(const ClassificationScheme &scheme)
        : mScheme(scheme), mDigits(size_t(scheme.axes().size()) + 2)
    {
        for (const SchemeAxis &axis : scheme.axes())
            mPacker.addDigit(int(axis.levels.size()) + 1);
        mPacker.addDigit(9); // flags 0–7
        mPacker.addDigit(int(scheme.importanceLevels().size()) + 1);
        if (mPacker.fits() && mPacker.keyCount() <= kTableLimit)
            mTable.assign(size_t(mPacker.keyCount()), -1);
    }

    /// ranks: one per axis; manualRank: the hand-set importance, -1 if none (or not allowed).
    int slot(const int *ranks, unsigned char flags, int manualRank)
    {
        const size_t k = size_t(mScheme.axes().size());
        std::copy(ranks, ranks + k, mDigits.begin());
        mDigits[k] = flags;
        mDigits[k + 1] = manualRank;
        const quint64 key = mPacker.fits() ? mPacker.pack(mDigits) : 0;
        if (!mTable.empty()) {
            if (mTable[size_t(key)] >= 0)
                return mTable[size_t(key)];
        } else if (mPacker.fits()) {
            const auto it = mSlots.constFind(key);
            if (it != mSlots.cend())
                return *it;
        }
        const QString manualId =
            manualRank >= 0 ? mScheme.importanceLevels()[manualRank].id : QString();
        const ClassificationScheme::Derivation d = mScheme.deriveImportanceFromRanks(
            std::span<const int>(ranks, k), flags & Personal, flags & Sensitive, flags & MyNumber,
            manualId);
        mEntries.push_back({mScheme.importanceRank(d.importance), d.rule, d.manual});
        const int slot = int(mEntries.size()) - 1;
        if (!mTable.empty())
            mTable[size_t(key)] = slot;
        else if (mPacker.fits())
            mSlots.insert(key, slot);
        return slot;
    }
    const Entry &at(int slot) const { return mEntries[size_t(slot)]; }

private:
    const ClassificationScheme &mScheme;
    static constexpr quint64 kTableLimit = 1 << 16; // a plain table up to this many keys
    KeyPacker mPacker;
    std::vector<int> mDigits;
    std::vector<int> mTable;    // key → slot, -1 = not yet asked
    QHash<quint64, int> mSlots; // the same when the table would be too large
    std::vector<Entry> mEntries;
};

/// The Asset field that holds an axis (see Asset::axisValue()); looked up once per compute()
/// instead of once per asset.
QString Asset::*axisField(const QString &axisId)
{
    if (axisId == QLatin1String("C"))
        return &Asset::confidentiality;
    if (axisId == QLatin1String("I"))
        return &Asset::integrity;
    if (axisId == QLatin1String("A"))
        return &Asset::availability;
    return nullptr;
}

/// The working state of one compute(), as flat arrays indexed by position in the asset list
/// (per axis: position * axis count + axis). Ranks are positions in a level list, -1 = none;
/// asset references are positions, -1 = none.
struct Propagation {
    Propagation(const ClassificationScheme &scheme, const QList<Asset> &assets);

    /// flow: StoredOn/RunsOn edges (content, container) without self-links.
    void setFlowLinks(const std::vector<std::pair<int, int>> &flow);
    /// Tarjan's SCC on the content graph, without recursion. A component is emitted after
    /// every component it can reach, i.e. contents before their containers, so each component
    /// is final when it is emitted and is processed at once. O(V + E).
    void run();
    /// reach: CanAccess edges (device, system).
    void applyAccess(const std::vector<std::pair<int, int>> &reach);

    const ClassificationScheme &scheme;
    const int n;
    const int k;
    DerivationCache derivations;

    std::vector<Id> ids;
    std::vector<int> manual, eff, calc, src, orig; // per axis
    std::vector<unsigned char> own, flags;         // Flag bits: own, and own or held
    std::vector<int> persOrig, manualImp;
    std::vector<int> ownSlot, derSlot, ownImp, derImp; // derivations from own / effective values
    std::vector<int> stored, storedSrc, storedOrig, imp;
    std::vector<int> access, accessSrc;
    std::vector<char> selfLink, loopMember;
    std::vector<std::vector<int>> loops;

private:
    void processComponent(const std::vector<int> &members);
    /// Where a content's value comes from: itself when its own value is as high, else its origin.
    int axisOrigin(int u, int x) const
    {
        return manual[at(u, x)] >= eff[at(u, x)] ? u : orig[at(u, x)];
    }
    int importanceOrigin(int u) const
    {
        return ownImp[u] >= imp[u] || stored[u] < imp[u] ? u : storedOrig[u];
    }
    int personalOrigin(int u) const { return (own[u] & Personal) ? u : persOrig[u]; }
    size_t at(int asset, int axis) const { return size_t(asset) * k + axis; }

    std::vector<int> mPredStart, mPred; // CSR: contents of asset i are mPred[mPredStart[i]…]
    std::vector<int> mComp;             // component number, -1 = not yet emitted
    std::vector<int> mBest, mBestSrc, mBestOrig; // per axis, scratch of processComponent()
    int mComponents = 0;
};

Propagation::Propagation(const ClassificationScheme &s, const QList<Asset> &assets)
    : scheme(s), n(int(assets.size())), k(int(s.axes().size())), derivations(s), ids(n),
      manual(size_t(n) * k, -1), eff(manual), calc(manual), src(manual), orig(manual), own(n),
      flags(n), persOrig(n, -1), manualImp(n, -1), ownSlot(n, -1), derSlot(n, -1),
      ownImp(n, -1), derImp(n, -1), stored(n, -1), storedSrc(n, -1), storedOrig(n, -1),
      imp(n, -1), access(n, -1), accessSrc(n, -1), selfLink(n, 0), loopMember(n, 0),
      mComp(n, -1), mBest(size_t(k)), mBestSrc(size_t(k)), mBestOrig(size_t(k))
{
    const QList<SchemeAxis> &axes = scheme.axes();
    std::vector<QString Asset::*> fields(size_t(k), nullptr);
    for (int x = 0; x < k; ++x)
        fields[x] = axisField(axes[x].id);
    const bool direct = scheme.importanceDirect();
    for (int i = 0; i < n; ++i) {
        const Asset &a = assets[i];
        ids[i] = a.id;
        for (int x = 0; x < k; ++x)
            manual[at(i, x)] = fields[x] ? axes[x].rank(a.*fields[x]) : -1;
        if (a.sensitivePersonalInfo)
            own[i] |= Sensitive;
        if (a.myNumber)
            own[i] |= MyNumber;
        if (a.personalInfo || own[i])
            own[i] |= Personal; // "personal" means any of the three kinds
        manualImp[i] = direct ? scheme.importanceRank(a.importance) : -1;
    }
}

void Propagation::setFlowLinks(const std::vector<std::pair<int, int>> &flow)
{
    mPredStart.assign(size_t(n) + 1, 0);
    mPred.resize(flow.size());
    for (const auto &[content, container] : flow)
        ++mPredStart[size_t(container) + 1];
    for (int i = 0; i < n; ++i)
        mPredStart[size_t(i) + 1] += mPredStart[i];
    std::vector<int> fill(mPredStart.begin(), mPredStart.end() - 1);
    for (const auto &[content, container] : flow)
        mPred[fill[container]++] = content;
}

void Propagation::run()
{
    std::vector<int> index(n, -1), low(n, 0), stack, members;
    std::vector<char> onStack(n, 0);
    std::vector<std::pair<int, int>> calls; // (asset, next content position)
    int counter = 0;
    for (int s = 0; s < n; ++s) {
        if (index[s] >= 0)
            continue;
        index[s] = low[s] = counter++;
        stack.push_back(s);
        onStack[s] = 1;
        calls.emplace_back(s, mPredStart[s]);
        while (!calls.empty()) {
            const int v = calls.back().first;
            if (calls.back().second < mPredStart[size_t(v) + 1]) {
                const int w = mPred[calls.back().second++];
                if (index[w] < 0) {
                    index[w] = low[w] = counter++;
                    stack.push_back(w);
                    onStack[w] = 1;
                    calls.emplace_back(w, mPredStart[w]);
                } else if (onStack[w]) {
                    low[v] = std::min(low[v], index[w]);
                }
                continue;
            }
            calls.pop_back();
            if (low[v] == index[v]) {
                members.clear();
                int w = -1;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[w] = 0;
                    members.push_back(w);
                } while (w != v);
                processComponent(members);
            }
            if (!calls.empty()) {
                const int parent = calls.back().first;
                low[parent] = std::min(low[parent], low[v]);
            }
        }
    }
}

void Propagation::processComponent(const std::vector<int> &members)
{
    const int c = mComponents++;
    for (int m : members)
        mComp[m] = c;
    const bool loop = members.size() > 1 || selfLink[members.front()];

    // Highest value (OR for flags) over the contents outside the component and, in a loop, over
    // the members' own values too: the members of a loop hold each other.
    std::fill(mBest.begin(), mBest.end(), -1);
    std::fill(mBestSrc.begin(), mBestSrc.end(), -1);
    std::fill(mBestOrig.begin(), mBestOrig.end(), -1);
    unsigned char groupFlags = 0;
    int groupPersOrig = -1;
    int groupStored = -1, groupStoredSrc = -1, groupStoredOrig = -1;
    for (int m : members) {
        if (loop) {
            for (int x = 0; x < k; ++x) {
                if (manual[at(m, x)] > mBest[x]) {
                    mBest[x] = manual[at(m, x)];
                    mBestSrc[x] = mBestOrig[x] = m;
                }
            }
            if ((own[m] & Personal) && groupPersOrig < 0)
                groupPersOrig = m;
            groupFlags |= own[m];
        }
        for (int p = mPredStart[m]; p < mPredStart[size_t(m) + 1]; ++p) {
            const int u = mPred[p];
            if (mComp[u] == c)
                continue; // a loop member: counted through its own values above
            for (int x = 0; x < k; ++x) {
                if (eff[at(u, x)] > mBest[x]) {
                    mBest[x] = eff[at(u, x)];
                    mBestSrc[x] = u;
                    mBestOrig[x] = axisOrigin(u, x);
                }
            }
            if ((flags[u] & Personal) && groupPersOrig < 0)
                groupPersOrig = personalOrigin(u);
            groupFlags |= flags[u];
            if (imp[u] > groupStored) {
                groupStored = imp[u];
                groupStoredSrc = u;
                groupStoredOrig = importanceOrigin(u);
            }
        }
    }

    for (int m : members) {
        for (int x = 0; x < k; ++x) {
            calc[at(m, x)] = mBest[x];
            src[at(m, x)] = mBestSrc[x];
            orig[at(m, x)] = mBestOrig[x];
            eff[at(m, x)] = std::max(manual[at(m, x)], mBest[x]);
        }
        flags[m] = own[m] | groupFlags;
        persOrig[m] = (own[m] & Personal) ? -1 : groupPersOrig;
        loopMember[m] = loop;
        ownSlot[m] = derivations.slot(manual.data() + at(m, 0), own[m], manualImp[m]);
        derSlot[m] = derivations.slot(eff.data() + at(m, 0), flags[m], manualImp[m]);
        ownImp[m] = derivations.at(ownSlot[m]).rank;
        derImp[m] = derivations.at(derSlot[m]).rank;
    }
    if (loop) {
        for (int m : members) {
            const int mine = std::max(ownImp[m], derImp[m]);
            if (mine > groupStored) {
                groupStored = mine;
                groupStoredSrc = groupStoredOrig = m;
            }
        }
        loops.push_back(members);
    }
    for (int m : members) {
        stored[m] = groupStored;
        storedSrc[m] = groupStoredSrc;
        storedOrig[m] = groupStoredOrig;
        imp[m] = std::max({ownImp[m], derImp[m], groupStored});
    }
}

void Propagation::applyAccess(const std::vector<std::pair<int, int>> &reach)
{
    for (const auto &[device, system] : reach) {
        if (imp[system] > access[device]) {
            access[device] = imp[system];
            accessSrc[device] = system;
        }
    }
}

/// Turns the working state into results; levels and rules point into the scheme.
void collectResults(const Propagation &p, std::vector<AxisClassification> &axisResults,
                    QList<EffectiveClassification> &results)
{
    const ClassificationScheme &scheme = p.scheme;
    const QList<SchemeAxis> &axes = scheme.axes();
    const QList<SchemeLevel> &impLevels = scheme.importanceLevels();
    const QList<ImportanceRule> &rules = scheme.importanceRules();
    const int n = p.n;
    const int k = p.k;
    auto impLevel = [&](int rank) { return rank >= 0 ? &impLevels[rank] : nullptr; };
    auto rule = [&](int index) { return index >= 0 ? &rules[index] : nullptr; };
    auto idOf = [&](int i) { return i >= 0 ? p.ids[i] : Id(0); };

    axisResults.resize(size_t(n) * k);
    for (int i = 0; i < n; ++i) {
        for (int x = 0; x < k; ++x) {
            const size_t ix = size_t(i) * k + x;
            const QList<SchemeLevel> &levels = axes[x].levels;
            AxisClassification &a = axisResults[ix];
            a.axis = &axes[x];
            a.manual = p.manual[ix] >= 0 ? &levels[p.manual[ix]] : nullptr;
            a.calculated = p.calc[ix] >= 0 ? &levels[p.calc[ix]] : nullptr;
            a.effective = p.eff[ix] >= 0 ? &levels[p.eff[ix]] : nullptr;
            a.source = idOf(p.src[ix]);
            a.origin = idOf(p.orig[ix]);
        }
    }

    std::vector<std::vector<int>> ipaScores(static_cast<size_t>(k)); // per axis and rank
    for (int x = 0; x < k; ++x) {
        const bool counted = scheme.ipaImportanceAxes().contains(axes[x].id);
        for (const SchemeLevel &l : axes[x].levels)
            ipaScores[x].push_back(counted ? l.score : 0);
    }
    // Required measures depend on (effective ranks, importance) only, like derivations.
    KeyPacker packer;
    for (const SchemeAxis &axis : axes)
        packer.addDigit(int(axis.levels.size()) + 1);
    packer.addDigit(int(impLevels.size()) + 1);
    const bool useTable = packer.fits() && packer.keyCount() <= (1 << 16);
    std::vector<QStringList> measureTable(useTable ? size_t(packer.keyCount()) : 0);
    std::vector<char> measureKnown(measureTable.size(), 0);
    std::vector<int> digits(size_t(k) + 1);

    results.reserve(n);
    for (int i = 0; i < n; ++i) {
        EffectiveClassification r;
        r.assetId = p.ids[i];
        r.axes = std::span<const AxisClassification>(axisResults.data() + size_t(i) * k, size_t(k));
        r.personalInfo = p.flags[i] & Personal;
        r.sensitivePersonalInfo = p.flags[i] & Sensitive;
        r.myNumber = p.flags[i] & MyNumber;
        r.personalOrigin = idOf(p.persOrig[i]);
        const DerivationCache::Entry &own = p.derivations.at(p.ownSlot[i]);
        r.ownImportance = impLevel(own.rank);
        r.ownRule = rule(own.rule);
        r.ownImportanceManual = own.manual;
        const DerivationCache::Entry &derived = p.derivations.at(p.derSlot[i]);
        r.derivedImportance = impLevel(derived.rank);
        r.derivedRule = rule(derived.rule);
        r.storedImportance = impLevel(p.stored[i]);
        r.storedSource = idOf(p.storedSrc[i]);
        r.storedOrigin = idOf(p.storedOrig[i]);
        r.importance = impLevel(p.imp[i]);
        r.accessImportance = impLevel(p.access[i]);
        r.accessSource = idOf(p.accessSrc[i]);
        const std::span<const int> ranks(p.eff.data() + size_t(i) * k, size_t(k));
        for (int x = 0; x < k; ++x) {
            if (ranks[x] >= 0)
                r.ipaImportance = std::max(r.ipaImportance, ipaScores[x][ranks[x]]);
        }
        if (useTable) {
            std::copy(ranks.begin(), ranks.end(), digits.begin());
            digits[k] = p.imp[i];
            const size_t key = size_t(packer.pack(digits));
            if (!measureKnown[key]) {
                measureTable[key] = scheme.requiredMeasuresFromRanks(ranks, p.imp[i]);
                measureKnown[key] = 1;
            }
            r.requiredMeasures = measureTable[key];
        } else {
            r.requiredMeasures = scheme.requiredMeasuresFromRanks(ranks, p.imp[i]);
        }
        r.inLoop = p.loopMember[i];
        results.append(std::move(r));
    }
}

} // namespace

void ClassificationEngine::buildIndex(const std::vector<Id> &ids)
{
    mDenseIndex.clear();
    mSparseIndex.clear();
    const int n = int(ids.size());
    if (n == 0)
        return;
    const auto [lo, hi] = std::minmax_element(ids.begin(), ids.end());
    // Of duplicate ids the first one counts.
    const quint64 span = quint64(*hi) - quint64(*lo); // unsigned: no overflow on any id range
    if (span <= quint64(n) * 4 + 1024) {
        mDenseBase = *lo;
        mDenseIndex.assign(size_t(span) + 1, -1);
        for (int i = 0; i < n; ++i) {
            int &slot = mDenseIndex[size_t(quint64(ids[i]) - quint64(mDenseBase))];
            if (slot < 0)
                slot = i;
        }
    } else {
        mSparseIndex.reserve(n);
        for (int i = 0; i < n; ++i) {
            const qsizetype before = mSparseIndex.size();
            int &slot = mSparseIndex[ids[i]];
            if (mSparseIndex.size() != before)
                slot = i;
        }
    }
}

int ClassificationEngine::indexOf(Id assetId) const
{
    if (!mDenseIndex.empty()) {
        const quint64 offset = quint64(assetId) - quint64(mDenseBase);
        return offset < mDenseIndex.size() ? mDenseIndex[size_t(offset)] : -1;
    }
    return mSparseIndex.value(assetId, -1);
}

void ClassificationEngine::compute(const QList<Asset> &assets, const QList<AssetLink> &links)
{
    mNames.clear();
    mNames.reserve(size_t(assets.size()));
    for (const Asset &a : assets)
        mNames.emplace_back(a.number, a.name);
    mResults.clear();
    mAxisResults.clear();
    mLoops.clear();
    Propagation p(mScheme, assets); // reads each asset once; later steps use compact arrays
    buildIndex(p.ids);

    std::vector<std::pair<int, int>> flow, reach;
    flow.reserve(size_t(links.size()));
    for (const AssetLink &l : links) {
        const int from = indexOf(l.fromId);
        const int to = indexOf(l.toId);
        if (from < 0 || to < 0)
            continue;
        if (l.type == LinkType::CanAccess)
            reach.emplace_back(from, to);
        else if (from == to)
            p.selfLink[from] = 1;
        else
            flow.emplace_back(from, to);
    }
    p.setFlowLinks(flow);
    p.run();
    p.applyAccess(reach);

    collectResults(p, mAxisResults, mResults);
    for (const std::vector<int> &loop : p.loops) {
        QList<Id> ids;
        ids.reserve(qsizetype(loop.size()));
        for (int i : loop)
            ids.append(p.ids[i]);
        std::sort(ids.begin(), ids.end());
        mLoops.append(ids);
    }
}

void ClassificationEngine::rename(Id assetId, const QString &number, const QString &name)
{
    const int i = indexOf(assetId);
    if (i >= 0)
        mNames[size_t(i)] = {number, name};
}

bool ClassificationEngine::affectsClassification(const Asset &before, const Asset &after)
{
    // Exactly the fields Propagation reads; links are separate writes.
    return before.id != after.id || before.confidentiality != after.confidentiality
           || before.integrity != after.integrity || before.availability != after.availability
           || before.importance != after.importance || before.personalInfo != after.personalInfo
           || before.sensitivePersonalInfo != after.sensitivePersonalInfo || before.myNumber != after.myNumber;
}

const EffectiveClassification *ClassificationEngine::of(Id assetId) const
{
    const int i = indexOf(assetId);
    return i < 0 ? nullptr : &mResults[i];
}

// ---------------------------------------------------------------------------------------------
// Explanations, built on demand: a register of 100k assets needs them one at a time.

QString ClassificationEngine::containerName(int index) const
{
    const auto &[number, name] = mNames[size_t(index)];
    return number.isEmpty() ? name : number;
}

QString ClassificationEngine::contentName(Id id) const
{
    const int i = indexOf(id);
    if (i < 0)
        return QString::number(id);
    const auto &[number, name] = mNames[size_t(i)];
    return name.isEmpty() ? number : name;
}

QString ClassificationEngine::levelLabel(const SchemeLevel *level)
{
    return level ? level->label.text() : QString();
}

QString ClassificationEngine::holdsText(int index, Id origin, Id source,
                                        const QString &valueLabel) const
{
    if (source == 0 || source == origin)
        return tr("%1 holds %2 (%3)").arg(containerName(index), contentName(origin), valueLabel);
    return tr("%1 holds %2 (%3) via %4")
        .arg(containerName(index), contentName(origin), valueLabel, contentName(source));
}

QString ClassificationEngine::axisExplanation(Id assetId, const QString &axisId) const
{
    const int index = indexOf(assetId);
    const EffectiveClassification *r = of(assetId);
    const AxisClassification *a = r ? r->axis(axisId) : nullptr;
    if (!a || !a->effective)
        return tr("not set");
    if (a->effective != a->manual)
        return holdsText(index, a->origin, a->source, levelLabel(a->calculated));
    return tr("own value");
}

QString ClassificationEngine::explanation(Id assetId) const
{
    const int index = indexOf(assetId);
    const EffectiveClassification *r = of(assetId);
    if (!r)
        return QString();
    QStringList lines;

    for (const AxisClassification &a : r->axes) {
        if (!a.effective) {
            lines << tr("%1: not set").arg(a.axis->name.text());
            continue;
        }
        lines << tr("%1: %2 — %3")
                     .arg(a.axis->name.text(), levelLabel(a.effective),
                          axisExplanation(assetId, a.axis->id));
    }

    if (r->personalInfo) {
        lines << (r->personalOrigin == 0
                      ? tr("Personal information: contained")
                      : tr("Personal information: %1 holds %2")
                            .arg(containerName(index), contentName(r->personalOrigin)));
    }

    if (!r->importance) {
        lines << tr("Importance: not classified");
    } else {
        QString reason;
        if (r->ownImportance == r->importance) {
            reason = r->ownRule ? r->ownRule->label.text() : tr("set by hand");
        } else if (r->storedImportance == r->importance) {
            reason = holdsText(index, r->storedOrigin, r->storedSource,
                               levelLabel(r->storedImportance));
        } else {
            reason = r->derivedRule
                         ? tr("%1, from the values it holds").arg(r->derivedRule->label.text())
                         : tr("set by hand");
        }
        lines << tr("Importance: %1 — %2").arg(levelLabel(r->importance), reason);
    }
    if (r->accessImportance) {
        lines << tr("Access importance: %1 — can access %2")
                     .arg(levelLabel(r->accessImportance), contentName(r->accessSource));
    }
    if (r->ipaImportance > 0)
        lines << tr("IPA importance: %1").arg(r->ipaImportance);
    if (r->inLoop) {
        for (const QList<Id> &loop : mLoops) {
            if (!loop.contains(assetId))
                continue;
            QStringList names;
            for (Id id : loop)
                names << contentName(id);
            lines << tr("Stored in a loop with %1; the members share the highest value.")
                         .arg(names.join(tr(", ")));
            break;
        }
    }
    if (!r->requiredMeasures.isEmpty()) {
        QStringList labels;
        for (const QString &tag : r->requiredMeasures)
            labels << mScheme.measureLabel(tag);
        lines << tr("Required measures: %1").arg(labels.join(tr(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace daicho
