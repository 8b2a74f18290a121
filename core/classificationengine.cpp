#include "core/classificationengine.h"

#include <algorithm>
#include <limits>
#include <numeric>
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
        : mScheme(&scheme), mDigits(size_t(scheme.axes().size()) + 2)
    {
        for (const SchemeAxis &axis : scheme.axes())
            mPacker.addDigit(int(axis.levels.size()) + 1);
        mPacker.addDigit(9); // flags 0–7
        mPacker.addDigit(int(scheme.importanceLevels().size()) + 1);
        if (mPacker.fits() && mPacker.keyCount() <= kTableLimit)
            mTable.assign(size_t(mPacker.keyCount()), -1);
    }
    /// The engine (and its scheme) moved: the same scheme at a new address.
    void rebind(const ClassificationScheme &scheme) { mScheme = &scheme; }

    /// ranks: one per axis; manualRank: the hand-set importance, -1 if none (or not allowed).
    int slot(const int *ranks, unsigned char flags, int manualRank)
    {
        const size_t k = size_t(mScheme->axes().size());
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
            manualRank >= 0 ? mScheme->importanceLevels()[manualRank].id : QString();
        const ClassificationScheme::Derivation d = mScheme->deriveImportanceFromRanks(
            std::span<const int>(ranks, k), flags & Personal, flags & Sensitive, flags & MyNumber,
            manualId);
        mEntries.push_back({mScheme->importanceRank(d.importance), d.rule, d.manual});
        const int slot = int(mEntries.size()) - 1;
        if (!mTable.empty())
            mTable[size_t(key)] = slot;
        else if (mPacker.fits())
            mSlots.insert(key, slot);
        return slot;
    }
    const Entry &at(int slot) const { return mEntries[size_t(slot)]; }

private:
    const ClassificationScheme *mScheme;
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

/// Adjacency lists in one flat array (CSR): the neighbours of i are to[start[i]…start[i+1]),
/// in the order of the edge list they were built from.
struct Adjacency {
    std::vector<int> start, to;

    /// edges (a, b): b becomes a neighbour of a (of b's, a, when reverse).
    void build(int n, const std::vector<std::pair<int, int>> &edges, bool reverse)
    {
        start.assign(size_t(n) + 1, 0);
        to.resize(edges.size());
        for (const auto &[a, b] : edges)
            ++start[size_t(reverse ? b : a) + 1];
        for (int i = 0; i < n; ++i)
            start[size_t(i) + 1] += start[i];
        std::vector<int> fill(start.begin(), start.end() - 1);
        for (const auto &[a, b] : edges)
            to[fill[reverse ? b : a]++] = reverse ? a : b;
    }
    std::span<const int> of(int i) const
    {
        return std::span<const int>(to.data() + start[i], size_t(start[size_t(i) + 1] - start[i]));
    }
};

/// The working state of one compute(), as flat arrays indexed by position in the asset list
/// (per axis: position * axis count + axis). Ranks are positions in a level list, -1 = none;
/// asset references are positions, -1 = none. The engine keeps it for update().
struct Propagation {
    Propagation(const ClassificationScheme &scheme, const QList<Asset> &assets);
    void rebind(const ClassificationScheme &s)
    {
        scheme = &s;
        derivations.rebind(s);
    }

    /// Reads what the classification depends on of the asset at position i.
    void readAsset(int i, const Asset &a);
    /// Builds the adjacency: StoredOn/RunsOn links (content → container) both ways, self-links
    /// apart, CanAccess links (device → system) both ways. indexOf: id → position, -1 = unknown.
    template <typename IndexOf>
    void setLinks(const QList<AssetLink> &links, IndexOf indexOf);
    /// True when `links` are the links of the last setLinks() (ids and types, in order).
    bool sameLinks(const QList<AssetLink> &links) const;
    /// Tarjan's SCC on the content graph, without recursion. A component is emitted after
    /// every component it can reach, i.e. contents before their containers, so each component
    /// is final when it is emitted and is processed at once. O(V + E).
    void run();
    /// Access importance of every device.
    void applyAccess();
    /// Recomputes the positions `seeds` (own values re-read) and everything they are
    /// contained in, transitively, then the access importance of whatever can access any of
    /// them. Appends the positions it recomputed to `touched` (unsorted). False, with the state
    /// half updated, when a loop is involved: then only a run() gives the right result.
    bool repropagate(const std::vector<int> &seeds, std::vector<int> &touched);

    const ClassificationScheme *scheme;
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
    void accessOf(int device);
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

    struct LinkKey {
        Id from;
        Id to;
        LinkType type;
    };
    std::vector<QString Asset::*> mFields;  // per axis, nullptr = not an Asset field
    std::vector<LinkKey> mLinkKeys;         // the links of the last setLinks()
    Adjacency mContents, mContainers;       // StoredOn/RunsOn, content → container
    Adjacency mReaches, mReachedBy;         // CanAccess, device → system
    std::vector<int> mComp;                 // component number, -1 = not yet emitted
    std::vector<int> mBest, mBestSrc, mBestOrig; // per axis, scratch of processComponent()
    int mComponents = 0;
    // Scratch of repropagate(), kept between calls: marks are "== mEpoch", never cleared.
    std::vector<unsigned> mAffected, mTouched;
    std::vector<int> mInDegree;
    unsigned mEpoch = 0;
};

Propagation::Propagation(const ClassificationScheme &s, const QList<Asset> &assets)
    : scheme(&s), n(int(assets.size())), k(int(s.axes().size())), derivations(s), ids(n),
      manual(size_t(n) * k, -1), eff(manual), calc(manual), src(manual), orig(manual), own(n),
      flags(n), persOrig(n, -1), manualImp(n, -1), ownSlot(n, -1), derSlot(n, -1),
      ownImp(n, -1), derImp(n, -1), stored(n, -1), storedSrc(n, -1), storedOrig(n, -1),
      imp(n, -1), access(n, -1), accessSrc(n, -1), selfLink(n, 0), loopMember(n, 0),
      mFields(size_t(k), nullptr), mComp(n, -1), mBest(size_t(k)), mBestSrc(size_t(k)),
      mBestOrig(size_t(k)), mAffected(size_t(n), 0), mTouched(size_t(n), 0), mInDegree(size_t(n), 0)
{
    for (int x = 0; x < k; ++x)
        mFields[x] = axisField(s.axes()[x].id);
    for (int i = 0; i < n; ++i)
        readAsset(i, assets[i]);
}

void Propagation::readAsset(int i, const Asset &a)
{
    const QList<SchemeAxis> &axes = scheme->axes();
    ids[i] = a.id;
    for (int x = 0; x < k; ++x)
        manual[at(i, x)] = mFields[x] ? axes[x].rank(a.*mFields[x]) : -1;
    own[i] = 0;
    if (a.sensitivePersonalInfo)
        own[i] |= Sensitive;
    if (a.myNumber)
        own[i] |= MyNumber;
    if (a.personalInfo || own[i])
        own[i] |= Personal; // "personal" means any of the three kinds
    manualImp[i] = scheme->importanceDirect() ? scheme->importanceRank(a.importance) : -1;
}

template <typename IndexOf>
void Propagation::setLinks(const QList<AssetLink> &links, IndexOf indexOf)
{
    std::vector<std::pair<int, int>> flow, reach;
    flow.reserve(size_t(links.size()));
    std::fill(selfLink.begin(), selfLink.end(), 0);
    mLinkKeys.clear();
    mLinkKeys.reserve(size_t(links.size()));
    for (const AssetLink &l : links) {
        mLinkKeys.push_back({l.fromId, l.toId, l.type});
        const int from = indexOf(l.fromId);
        const int to = indexOf(l.toId);
        if (from < 0 || to < 0)
            continue;
        if (l.type == LinkType::CanAccess)
            reach.emplace_back(from, to);
        else if (from == to)
            selfLink[from] = 1;
        else
            flow.emplace_back(from, to);
    }
    mContents.build(n, flow, true);
    mContainers.build(n, flow, false);
    mReaches.build(n, reach, false);
    mReachedBy.build(n, reach, true);
}

bool Propagation::sameLinks(const QList<AssetLink> &links) const
{
    if (size_t(links.size()) != mLinkKeys.size())
        return false;
    for (qsizetype i = 0; i < links.size(); ++i) {
        const AssetLink &l = links[i];
        const LinkKey &key = mLinkKeys[size_t(i)];
        if (l.fromId != key.from || l.toId != key.to || l.type != key.type)
            return false;
    }
    return true;
}

void Propagation::run()
{
    const std::vector<int> &start = mContents.start;
    const std::vector<int> &pred = mContents.to;
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
        calls.emplace_back(s, start[s]);
        while (!calls.empty()) {
            const int v = calls.back().first;
            if (calls.back().second < start[size_t(v) + 1]) {
                const int w = pred[calls.back().second++];
                if (index[w] < 0) {
                    index[w] = low[w] = counter++;
                    stack.push_back(w);
                    onStack[w] = 1;
                    calls.emplace_back(w, start[w]);
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
        for (int u : mContents.of(m)) {
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

void Propagation::accessOf(int device)
{
    // The first system (in link order) with the highest importance, as in one pass over the links.
    access[device] = accessSrc[device] = -1;
    for (int system : mReaches.of(device)) {
        if (imp[system] > access[device]) {
            access[device] = imp[system];
            accessSrc[device] = system;
        }
    }
}

void Propagation::applyAccess()
{
    for (int i = 0; i < n; ++i)
        accessOf(i);
}

bool Propagation::repropagate(const std::vector<int> &seeds, std::vector<int> &touched)
{
    if (++mEpoch == 0) { // wrapped around: old marks could look current
        std::fill(mAffected.begin(), mAffected.end(), 0);
        std::fill(mTouched.begin(), mTouched.end(), 0);
        mEpoch = 1;
    }
    const unsigned epoch = mEpoch;

    // Everything the seeds are contained in, transitively. A former loop member may have
    // left its loop (or its loop may have changed), which only run() sorts out.
    std::vector<int> affected;
    for (int s : seeds) {
        if (mAffected[s] != epoch) {
            mAffected[s] = epoch;
            affected.push_back(s);
        }
    }
    for (size_t next = 0; next < affected.size(); ++next) {
        const int v = affected[next];
        if (loopMember[v] || selfLink[v])
            return false;
        for (int w : mContainers.of(v)) {
            if (mAffected[w] != epoch) {
                mAffected[w] = epoch;
                affected.push_back(w);
            }
        }
    }

    // Kahn's algorithm over the affected part: each asset after all of its affected contents.
    // Its other contents are unaffected and final. Any asset left over is on a new loop.
    std::vector<int> ready;
    for (int v : affected) {
        int degree = 0;
        for (int u : mContents.of(v))
            degree += mAffected[u] == epoch;
        mInDegree[v] = degree;
        if (degree == 0)
            ready.push_back(v);
    }
    std::vector<int> single(1);
    size_t done = 0;
    while (!ready.empty()) {
        const int v = ready.back();
        ready.pop_back();
        single[0] = v;
        processComponent(single);
        ++done;
        for (int w : mContainers.of(v)) {
            if (--mInDegree[w] == 0)
                ready.push_back(w);
        }
    }
    if (done != affected.size())
        return false;

    // Access importance: of the affected assets themselves (their CanAccess links may have
    // changed) and of whatever can access an affected asset.
    for (int v : affected) {
        mTouched[v] = epoch;
        touched.push_back(v);
    }
    for (int v : affected) {
        for (int device : mReachedBy.of(v)) {
            if (mTouched[device] != epoch) {
                mTouched[device] = epoch;
                touched.push_back(device);
            }
        }
    }
    for (int i : touched)
        accessOf(i);
    return true;
}

/// Turns the working state into results, one position at a time; levels and rules point into
/// the scheme. Kept with the state, with its cache of required measures.
class ResultBuilder {
public:
    explicit ResultBuilder(const ClassificationScheme &scheme)
        : mScheme(&scheme), mDigits(size_t(scheme.axes().size()) + 1)
    {
        const QList<SchemeAxis> &axes = scheme.axes();
        mIpaScores.resize(size_t(axes.size())); // per axis and rank
        for (qsizetype x = 0; x < axes.size(); ++x) {
            const bool counted = scheme.ipaImportanceAxes().contains(axes[x].id);
            for (const SchemeLevel &l : axes[x].levels)
                mIpaScores[size_t(x)].push_back(counted ? l.score : 0);
        }
        // Required measures depend on (effective ranks, importance) only, like derivations.
        for (const SchemeAxis &axis : axes)
            mPacker.addDigit(int(axis.levels.size()) + 1);
        mPacker.addDigit(int(scheme.importanceLevels().size()) + 1);
        if (mPacker.fits() && mPacker.keyCount() <= (1 << 16)) {
            mMeasureTable.resize(size_t(mPacker.keyCount()));
            mMeasureKnown.assign(mMeasureTable.size(), 0);
        }
    }
    void rebind(const ClassificationScheme &scheme) { mScheme = &scheme; }

    /// The result of position i; axes: its k entries, filled too.
    EffectiveClassification build(const Propagation &p, int i, AxisClassification *axes)
    {
        const ClassificationScheme &scheme = *mScheme;
        const QList<SchemeAxis> &schemeAxes = scheme.axes();
        const QList<SchemeLevel> &impLevels = scheme.importanceLevels();
        const QList<ImportanceRule> &rules = scheme.importanceRules();
        const int k = p.k;
        auto impLevel = [&](int rank) { return rank >= 0 ? &impLevels[rank] : nullptr; };
        auto rule = [&](int index) { return index >= 0 ? &rules[index] : nullptr; };
        auto idOf = [&](int j) { return j >= 0 ? p.ids[j] : Id(0); };

        for (int x = 0; x < k; ++x) {
            const size_t ix = size_t(i) * k + x;
            const QList<SchemeLevel> &levels = schemeAxes[x].levels;
            AxisClassification &a = axes[x];
            a.axis = &schemeAxes[x];
            a.manual = p.manual[ix] >= 0 ? &levels[p.manual[ix]] : nullptr;
            a.calculated = p.calc[ix] >= 0 ? &levels[p.calc[ix]] : nullptr;
            a.effective = p.eff[ix] >= 0 ? &levels[p.eff[ix]] : nullptr;
            a.source = idOf(p.src[ix]);
            a.origin = idOf(p.orig[ix]);
        }

        EffectiveClassification r;
        r.assetId = p.ids[i];
        r.axes = std::span<const AxisClassification>(axes, size_t(k));
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
                r.ipaImportance = std::max(r.ipaImportance, mIpaScores[x][ranks[x]]);
        }
        if (!mMeasureTable.empty()) {
            std::copy(ranks.begin(), ranks.end(), mDigits.begin());
            mDigits[k] = p.imp[i];
            const size_t key = size_t(mPacker.pack(mDigits));
            if (!mMeasureKnown[key]) {
                mMeasureTable[key] = scheme.requiredMeasuresFromRanks(ranks, p.imp[i]);
                mMeasureKnown[key] = 1;
            }
            r.requiredMeasures = mMeasureTable[key];
        } else {
            r.requiredMeasures = scheme.requiredMeasuresFromRanks(ranks, p.imp[i]);
        }
        r.inLoop = p.loopMember[i];
        return r;
    }

private:
    const ClassificationScheme *mScheme;
    std::vector<std::vector<int>> mIpaScores;
    KeyPacker mPacker;
    std::vector<int> mDigits;
    std::vector<QStringList> mMeasureTable; // empty when the keys would be too many
    std::vector<char> mMeasureKnown;
};

} // namespace

struct ClassificationEngine::State {
    State(const ClassificationScheme &scheme, const QList<Asset> &assets)
        : propagation(scheme, assets), builder(scheme)
    {
    }
    void rebind(const ClassificationScheme &scheme)
    {
        propagation.rebind(scheme);
        builder.rebind(scheme);
    }

    Propagation propagation;
    ResultBuilder builder;
};

ClassificationEngine::ClassificationEngine(ClassificationEngine &&) noexcept = default;

void ClassificationEngine::releaseUpdateState() { mState.reset(); }
ClassificationEngine &ClassificationEngine::operator=(ClassificationEngine &&) noexcept = default;
ClassificationEngine::~ClassificationEngine() = default;

void ClassificationEngine::buildIndex(const std::vector<Id> &ids)
{
    mDenseIndex.clear();
    mSparseIndex.clear();
    mDuplicateIds = false;
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
            else
                mDuplicateIds = true;
        }
    } else {
        mSparseIndex.reserve(n);
        for (int i = 0; i < n; ++i) {
            const qsizetype before = mSparseIndex.size();
            int &slot = mSparseIndex[ids[i]];
            if (mSparseIndex.size() != before)
                slot = i;
            else
                mDuplicateIds = true;
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
    mState.reset(); // before the new one: only one state at a time
    // Reads each asset once; later steps use compact arrays.
    auto state = std::make_unique<State>(mScheme, assets);
    Propagation &p = state->propagation;
    buildIndex(p.ids);
    p.setLinks(links, [this](Id id) { return indexOf(id); });
    p.run();
    p.applyAccess();

    const int n = p.n;
    const int k = p.k;
    mAxisResults.resize(size_t(n) * k);
    mResults.reserve(n);
    for (int i = 0; i < n; ++i)
        mResults.append(state->builder.build(p, i, mAxisResults.data() + size_t(i) * k));
    for (const std::vector<int> &loop : p.loops) {
        QList<Id> ids;
        ids.reserve(qsizetype(loop.size()));
        for (int i : loop)
            ids.append(p.ids[i]);
        std::sort(ids.begin(), ids.end());
        mLoops.append(ids);
    }
    std::sort(mLoops.begin(), mLoops.end());
    p.loops.clear();
    p.loops.shrink_to_fit();
    mState = std::move(state);
}

QList<int> ClassificationEngine::computeAll(const QList<Asset> &assets, const QList<AssetLink> &links)
{
    compute(assets, links);
    QList<int> all(mResults.size());
    std::iota(all.begin(), all.end(), 0);
    return all;
}

QList<int> ClassificationEngine::update(const QList<Asset> &assets, const QList<AssetLink> &links,
                                        const QList<Id> &changed)
{
    if (!mState || mDuplicateIds || assets.size() != mState->propagation.n)
        return computeAll(assets, links);
    mState->rebind(mScheme); // the engine may have moved since
    Propagation &p = mState->propagation;

    std::vector<int> seeds;
    seeds.reserve(size_t(changed.size()));
    for (Id id : changed) {
        const int i = indexOf(id);
        if (i < 0) {
            // The far end of a dangling link, or an asset that replaced another (rare: look).
            if (std::any_of(assets.cbegin(), assets.cend(), [id](const Asset &a) { return a.id == id; }))
                return computeAll(assets, links);
            continue;
        }
        const Asset &a = assets[i];
        if (a.id != id)
            return computeAll(assets, links); // not the same ids at the same positions
        p.readAsset(i, a);
        mNames[size_t(i)] = {a.number, a.name};
        seeds.push_back(i);
    }
    if (!p.sameLinks(links))
        p.setLinks(links, [this](Id id) { return indexOf(id); });

    std::vector<int> touched;
    if (!p.repropagate(seeds, touched))
        return computeAll(assets, links);
    std::sort(touched.begin(), touched.end());
    const int k = p.k;
    for (int i : touched)
        mResults[i] = mState->builder.build(p, i, mAxisResults.data() + size_t(i) * k);
    return QList<int>(touched.begin(), touched.end());
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
