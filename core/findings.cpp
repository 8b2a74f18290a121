#include "core/findings.h"

#include <algorithm>
#include <array>

namespace daicho {

namespace {

struct CodeEntry {
    const char *id;
    const char *title; // source text for tr()
};

constexpr std::array<CodeEntry, FindingCodeCount> kCodes{{
    {"ZONE-USE-LOW", QT_TRANSLATE_NOOP("daicho::FindingChecker", "Zone of use too low")},
    {"ZONE-STORE-LOW", QT_TRANSLATE_NOOP("daicho::FindingChecker", "Zone of storage too low")},
    {"ZONE-USE-CONTAINER", QT_TRANSLATE_NOOP("daicho::FindingChecker", "Used in a storage-only zone")},
    {"ZONE-L0", QT_TRANSLATE_NOOP("daicho::FindingChecker", "Placed in zone L0")},
    {"ZONE-L4-REASON", QT_TRANSLATE_NOOP("daicho::FindingChecker", "Brought into zone L4")},
    {"ENCRYPT-ADVICE", QT_TRANSLATE_NOOP("daicho::FindingChecker", "Encryption advised")},
    {"PLACE-MISSING", QT_TRANSLATE_NOOP("daicho::FindingChecker", "No place recorded")},
    {"NET-MYNUMBER-SEGMENT", QT_TRANSLATE_NOOP("daicho::FindingChecker", "Specific personal information outside the My Number segment")},
    {"NET-MYNUMBER-REMOVABLE", QT_TRANSLATE_NOOP("daicho::FindingChecker", "My Number data on removable media")},
    {"NET-INTERNET-ALPHA", QT_TRANSLATE_NOOP("daicho::FindingChecker", "Confidential information on the internet segment")},
    {"MEASURE-NOT-DONE", QT_TRANSLATE_NOOP("daicho::FindingChecker", "Handling measure not done")},
}};

constexpr std::array<CodeEntry, SeverityCount> kSeverities{{
    {"info", QT_TRANSLATE_NOOP("daicho::FindingChecker", "Info")},
    {"warning", QT_TRANSLATE_NOOP("daicho::FindingChecker", "Warning")},
    {"error", QT_TRANSLATE_NOOP("daicho::FindingChecker", "Error")},
}};

const QString kUse = QStringLiteral("use");
const QString kStore = QStringLiteral("store");

/// Segments where 特定個人情報 may be: the マイナンバー利用事務系 itself, its government-cloud
/// standard systems, paper, and machines on no network at all.
bool myNumberSegment(NetworkSegment s)
{
    return s == NetworkSegment::MyNumber || s == NetworkSegment::GovCloud
           || s == NetworkSegment::NotApplicable || s == NetworkSegment::Standalone;
}

} // namespace

bool Finding::sameAs(const Acceptance &a) const
{
    return a.assetId == assetId && a.placeId == placeId && a.subject == subject
           && a.code == FindingChecker::codeId(code);
}

FindingChecker::FindingChecker(ZoneTable table, const ClassificationScheme &scheme)
    : mTable(std::move(table)), mScheme(scheme)
{
    const QList<SchemeAxis> &axes = scheme.axes();
    for (int x = 0; x < axes.size(); ++x) {
        if (axes[x].id == QLatin1String("C"))
            mConfidentialityAxis = x;
    }
    indexCategories();
}

void FindingChecker::setZoneTable(ZoneTable table)
{
    mTable = std::move(table);
    indexCategories();
}

void FindingChecker::indexCategories()
{
    mCategoryMasks.clear();
    for (const ZoneCategory &cat : mTable.categories()) {
        quint64 stores = 0, accesses = 0;
        for (const QString &id : cat.stores) {
            const int r = mScheme.importanceRank(id);
            if (r >= 0 && r < 64)
                stores |= quint64(1) << r;
        }
        for (const QString &id : cat.accesses) {
            const int r = mScheme.importanceRank(id);
            if (r >= 0 && r < 64)
                accesses |= quint64(1) << r;
        }
        mCategoryMasks.emplace_back(stores, accesses);
    }
}

template <typename Visit>
void FindingChecker::forEachCategory(const Asset &asset, const EffectiveClassification *c, Visit visit) const
{
    // Importance levels point into the scheme's list: their position is the rank.
    const QList<SchemeLevel> &levels = mScheme.importanceLevels();
    auto bit = [&](const SchemeLevel *level) -> quint64 {
        if (!level || levels.isEmpty())
            return 0;
        const qsizetype r = level - levels.constData();
        return r >= 0 && r < levels.size() && r < 64 ? quint64(1) << r : 0;
    };
    const quint64 stored = c ? bit(c->importance) : 0;
    const quint64 access = c ? bit(c->accessImportance) : 0;
    const QList<ZoneCategory> &cats = mTable.categories();
    for (qsizetype i = 0; i < cats.size(); ++i) {
        const ZoneCategory &cat = cats[i];
        const auto &[stores, accesses] = mCategoryMasks[size_t(i)];
        if ((cat.server && Enums::isServer(asset.kind)) || (cat.remote && asset.canRemoteOperate)
            || (stored & stores) || (access & accesses))
            visit(cat);
    }
}

void FindingChecker::setPlaces(const QList<Place> &places)
{
    mPlaces.clear();
    mPlaces.reserve(places.size());
    for (const Place &p : places)
        mPlaces.insert(p.id, p);
}

bool FindingChecker::holdsMyNumberSegmentData(Id medium, const QList<AssetLink> &links,
                                              const std::function<const Asset *(Id)> &assetOf)
{
    for (const AssetLink &l : links) {
        if (l.toId != medium || l.type != LinkType::StoredOn)
            continue;
        const Asset *content = assetOf(l.fromId);
        if (content && content->segment == NetworkSegment::MyNumber)
            return true;
    }
    return false;
}

QSet<Id> FindingChecker::myNumberSegmentHolders(const QList<Asset> &assets, const QList<AssetLink> &links)
{
    QHash<Id, const Asset *> byId;
    byId.reserve(assets.size());
    for (const Asset &a : assets)
        byId.insert(a.id, &a);
    QSet<Id> out;
    for (const AssetLink &l : links) {
        if (l.type != LinkType::StoredOn)
            continue;
        const Asset *medium = byId.value(l.toId);
        const Asset *content = byId.value(l.fromId);
        if (medium && content && Enums::isRemovable(medium->kind) && content->segment == NetworkSegment::MyNumber)
            out.insert(medium->id);
    }
    return out;
}

void FindingChecker::setAcceptances(const QList<Acceptance> &acceptances)
{
    mAcceptances.clear();
    for (const Acceptance &a : acceptances)
        mAcceptances[a.assetId].append(a);
}

const Place *FindingChecker::place(Id id) const
{
    const auto it = mPlaces.constFind(id);
    return it == mPlaces.cend() ? nullptr : &*it;
}

QString FindingChecker::placePath(Id id) const
{
    QStringList names;
    const Place *p = place(id);
    for (int guard = 0; p && guard < 64; ++guard) { // the store refuses cycles; the guard is cheap
        names.prepend(p->name);
        p = p->parentId ? place(p->parentId) : nullptr;
    }
    return names.join(tr(" › "));
}

QString FindingChecker::placeName(Id id) const
{
    const Place *p = place(id);
    return p ? p->name : QString();
}

int FindingChecker::effectiveLevel(const Place &area, const Asset &asset, bool afterHours,
                                   unsigned char *modifiers)
{
    int level = area.level;
    unsigned char mods = 0;
    if (afterHours && afterHoursLevel(area) < level) {
        level = afterHoursLevel(area);
        mods |= Finding::AfterHours;
    }
    if (Enums::isPcLike(asset.kind) && asset.wireLocked && level < 2) {
        level = 2;
        mods |= Finding::Wire;
    }
    if (modifiers)
        *modifiers = mods;
    return level;
}

QList<const ZoneCategory *> FindingChecker::categories(const Asset &asset,
                                                       const EffectiveClassification *c) const
{
    QList<const ZoneCategory *> cats;
    forEachCategory(asset, c, [&](const ZoneCategory &cat) { cats.append(&cat); });
    return cats;
}

void FindingChecker::check(const Asset &asset, const EffectiveClassification *c,
                           std::vector<Finding> &out) const
{
    if (asset.status == AssetStatus::Disposed)
        return;
    const size_t from = out.size();
    checkZones(asset, c, out);
    checkNetwork(asset, c, out);
    checkMeasures(asset, c, out);
    applyAcceptances(asset.id, out, from);
}

void FindingChecker::checkZones(const Asset &a, const EffectiveClassification *c,
                                std::vector<Finding> &out) const
{
    if (!Enums::isPhysical(a.kind))
        return;
    const bool paper = Enums::isPaper(a.kind);
    // Paper follows the storage rules as a duty of effort (§3.3-5, decision 8): warnings only.
    const Severity error = paper ? Severity::Warning : Severity::Error;
    auto add = [&](FindingCode code, Severity s, Id place, const QString &subject) -> Finding & {
        Finding f;
        f.code = code;
        f.severity = s;
        f.assetId = a.id;
        f.placeId = place;
        f.subject = subject;
        out.push_back(std::move(f));
        return out.back();
    };

    const Place *use = a.usePlaceId ? place(a.usePlaceId) : nullptr;
    if (use && !use->isArea())
        use = nullptr;
    const Place *store = place(a.effectiveStorePlaceId());
    if (store && !store->isArea())
        store = nullptr;
    if (!use) {
        add(FindingCode::PlaceMissing, Severity::Info, 0, QString());
        if (!store)
            return;
    }

    // One pass over the categories: whether it is a server, whether it has any, and the
    // strictest minimum for use and for storage (the finding names that category).
    bool server = false, any = false;
    const ZoneCategory *strictestUse = nullptr;
    const ZoneCategory *strictestStore = nullptr;
    forEachCategory(a, c, [&](const ZoneCategory &cat) {
        any = true;
        server = server || cat.server;
        if (!strictestUse || cat.use > strictestUse->use)
            strictestUse = &cat;
        if (!strictestStore || cat.store > strictestStore->store)
            strictestStore = &cat;
    });

    if (use) {
        unsigned char mods = 0;
        const int level = effectiveLevel(*use, a, mOptions.afterHours, &mods);
        if (use->level == 0) {
            Finding &f = add(FindingCode::ZoneL0, error, use->id, kUse);
            f.actual = f.nominal = 0;
            f.required = 1;
            f.modifiers = mods & Finding::Wire;
        } else if (use->level == 3 || use->kind == PlaceKind::Container) {
            Finding &f = add(FindingCode::ZoneUseContainer, error, use->id, QString());
            f.nominal = f.actual = use->level;
        } else if (strictestUse && level < strictestUse->use) {
            Finding &f = add(FindingCode::ZoneUseLow, error, use->id, strictestUse->code);
            f.required = strictestUse->use;
            f.actual = level;
            f.nominal = use->level;
            f.modifiers = mods;
        }
    }
    if (store) {
        unsigned char mods = 0;
        const int level = effectiveLevel(*store, a, true, &mods);
        if (store->level == 0) {
            if (!use || use->id != store->id) {
                Finding &f = add(FindingCode::ZoneL0, error, store->id, kStore);
                f.actual = f.nominal = 0;
                f.required = 1;
                f.modifiers = mods & Finding::Wire;
            }
        } else if (strictestStore && level < strictestStore->store) {
            Finding &f = add(FindingCode::ZoneStoreLow, error, store->id, strictestStore->code);
            f.required = strictestStore->store;
            f.actual = level;
            f.nominal = store->level;
            f.modifiers = mods;
        }
    }
    // A 管理区域 housing systems is not a place for unrelated PCs and media (§1.7): L4 is
    // allowed for non-servers only with a stated reason, i.e. an acceptance.
    if (!server && any) {
        const Place *l4 = use && use->level == 4 ? use : (store && store->level == 4 ? store : nullptr);
        if (l4) {
            Finding &f = add(FindingCode::ZoneL4Reason, Severity::Warning, l4->id, QString());
            f.nominal = f.actual = 4;
        }
    }

    // §3.3-2: encryption is desirable for the most important information on PCs and media.
    const QList<SchemeLevel> &impLevels = mScheme.importanceLevels();
    const bool holdsData = Enums::isPcLike(a.kind) || Enums::isRemovable(a.kind);
    if (holdsData && !a.encrypted && c && c->importance && !impLevels.isEmpty()
        && c->importance->id == impLevels.constLast().id)
        add(FindingCode::EncryptionAdvice, Severity::Info, 0, QString());
}

void FindingChecker::checkNetwork(const Asset &a, const EffectiveClassification *c,
                                  std::vector<Finding> &out) const
{
    auto add = [&](FindingCode code, Severity s) {
        Finding f;
        f.code = code;
        f.severity = s;
        f.assetId = a.id;
        out.push_back(std::move(f));
    };
    const bool myNumber = a.myNumber || (c && c->myNumber);
    if (myNumber && !myNumberSegment(a.segment)) {
        add(FindingCode::NetMyNumberSegment, Severity::Warning); // domain.md §1.6: a validation warning
        out.back().nominal = int(a.segment); // named in the message
    }
    if (Enums::isRemovable(a.kind)
        && (myNumber || a.segment == NetworkSegment::MyNumber || mMyNumberHolders.contains(a.id)))
        add(FindingCode::NetMyNumberRemovable, Severity::Warning);
    if (mOptions.networkModel == NetworkModel::Alpha && a.segment == NetworkSegment::Internet && c) {
        bool confidential = false;
        if (mConfidentialityAxis >= 0 && mConfidentialityAxis < int(c->axes.size())) {
            const AxisClassification &ax = c->axes[size_t(mConfidentialityAxis)];
            confidential = ax.effective && ax.axis && ax.axis->rank(ax.effective->id) >= 1;
        } else {
            confidential = mScheme.importanceRank(c->importanceId()) >= 1;
        }
        if (confidential)
            add(FindingCode::NetInternetAlpha, Severity::Warning);
    }
}

void FindingChecker::checkMeasures(const Asset &a, const EffectiveClassification *c,
                                   std::vector<Finding> &out) const
{
    if (!c)
        return;
    for (const QString &tag : c->requiredMeasures) {
        if (a.measureDone(tag))
            continue;
        Finding f;
        f.code = FindingCode::MeasureNotDone;
        f.severity = Severity::Warning;
        f.assetId = a.id;
        f.subject = tag;
        out.push_back(std::move(f));
    }
}

void FindingChecker::applyAcceptances(Id assetId, std::vector<Finding> &out, size_t from) const
{
    const auto it = mAcceptances.constFind(assetId);
    if (it == mAcceptances.cend())
        return;
    for (size_t i = from; i < out.size(); ++i) {
        Finding &f = out[i];
        for (const Acceptance &a : *it) {
            if (!f.sameAs(a))
                continue;
            // Of several matching acceptances, one in force wins.
            if (!f.acceptanceId || (!f.accepted && a.activeOn(mOptions.today))) {
                f.acceptanceId = a.id;
                f.accepted = a.activeOn(mOptions.today);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Texts

QString FindingChecker::codeId(FindingCode code)
{
    return QLatin1String(kCodes.at(size_t(code)).id);
}

std::optional<FindingCode> FindingChecker::codeFromId(const QString &id)
{
    for (size_t i = 0; i < kCodes.size(); ++i) {
        if (id == QLatin1String(kCodes[i].id))
            return FindingCode(i);
    }
    return std::nullopt;
}

QString FindingChecker::severityId(Severity s) { return QLatin1String(kSeverities.at(size_t(s)).id); }

std::optional<Severity> FindingChecker::severityFromId(const QString &id)
{
    for (size_t i = 0; i < kSeverities.size(); ++i) {
        if (id == QLatin1String(kSeverities[i].id))
            return Severity(i);
    }
    return std::nullopt;
}

QString FindingChecker::severityLabel(Severity s) { return tr(kSeverities.at(size_t(s)).title); }

QString FindingChecker::title(FindingCode code) { return tr(kCodes.at(size_t(code)).title); }

QString FindingChecker::categoryLabel(const QString &code) const
{
    const ZoneCategory *cat = mTable.category(code);
    return cat ? cat->label.text() : code;
}

QString FindingChecker::message(const Finding &f) const
{
    const QString area = placeName(f.placeId);
    const QString required = Enums::levelLabel(f.required);
    const QString actual = Enums::levelLabel(f.actual);
    QString modifiers;
    if (f.modifiers & Finding::AfterHours)
        modifiers += tr(" The room is not locked after hours, so it counts as L1 outside business hours.");
    if (f.modifiers & Finding::Wire)
        modifiers += tr(" The anti-theft wire makes the device count as L2.");

    switch (f.code) {
    case FindingCode::ZoneUseLow:
        return tr("%1 must be used in zone %2 or higher, but \"%3\" is %4.%5 Use it in a zone of "
                  "level %2 or higher.")
            .arg(categoryLabel(f.subject), required, area, actual, modifiers);
    case FindingCode::ZoneStoreLow:
        return tr("%1 must be kept in zone %2 or higher, but \"%3\" is %4.%5 Keep it in a zone "
                  "of level %2 or higher (for L3, a locked cabinet, locker or drawer).")
            .arg(categoryLabel(f.subject), required, area, actual, modifiers);
    case FindingCode::ZoneUseContainer:
        return tr("\"%1\" is a storage place (%2): nothing may be used there. Record the room "
                  "where it is used as the place of use, and this place as the place of storage.")
            .arg(area, Enums::levelLabel(f.nominal));
    case FindingCode::ZoneL0:
        return (f.subject == kStore
                    ? tr("\"%1\" is zone L0, where information assets may not be kept.%2 Keep it "
                         "in a zone of level L1 or higher; a documented exception needs an "
                         "acceptance with a reason.")
                    : tr("\"%1\" is zone L0, where information assets may not be used or kept.%2 "
                         "Move it to a zone of level L1 or higher; a documented exception (a "
                         "public kiosk, for example) needs an acceptance with a reason."))
            .arg(area, (f.modifiers & Finding::Wire)
                           ? tr(" A wire prevents theft, not viewing.")
                           : QString());
    case FindingCode::ZoneL4Reason:
        return tr("\"%1\" is zone L4 (server room). Only servers belong there; other devices and "
                  "media unrelated to its systems need a stated reason. Accept this finding with "
                  "the reason, or move the asset.")
            .arg(area);
    case FindingCode::EncryptionAdvice:
        return tr("It holds information of the highest importance and is not encrypted. "
                  "Encryption is desirable; it does not relax the zone rules.");
    case FindingCode::PlaceMissing:
        return tr("No place of use is recorded, so the zone rules cannot be checked. Choose the "
                  "area where it is used and, if different, where it is kept.");
    case FindingCode::NetMyNumberSegment:
        return tr("It holds specific personal information (My Number) but is on the %1. Such "
                  "information belongs on the My Number business segment (or its government "
                  "cloud standard systems). Correct the network segment, or move the data.")
            .arg(Enums::label(NetworkSegment(std::clamp(f.nominal, 0, NetworkSegmentCount - 1))));
    case FindingCode::NetMyNumberRemovable:
        return tr("Removable media holding My Number segment data: exporting data from the My "
                  "Number business segment to USB memory and other media is not allowed in "
                  "principle. Record the permission and procedure, or remove the data.");
    case FindingCode::NetInternetAlpha:
        return tr("In the α model, information of confidentiality 2 or higher does not belong on "
                  "the internet segment. Move it to the LGWAN segment, or lower its class if it "
                  "is public.");
    case FindingCode::MeasureNotDone:
        return tr("Its class requires the handling measure \"%1\", which is not marked as done. "
                  "Carry it out and tick it, or accept this finding with a reason.")
            .arg(mScheme.measureLabel(f.subject));
    }
    return QString();
}

// ---------------------------------------------------------------------------------------------
// FindingSet

void FindingSet::clear()
{
    mByRow.clear();
    mCounts = {};
}

void FindingSet::count(const std::vector<Finding> &findings, int sign)
{
    for (const Finding &f : findings) {
        if (f.accepted) {
            mCounts.accepted += sign;
            continue;
        }
        switch (f.severity) {
        case Severity::Error:
            mCounts.errors += sign;
            break;
        case Severity::Warning:
            mCounts.warnings += sign;
            break;
        case Severity::Info:
            mCounts.infos += sign;
            break;
        }
    }
}

void FindingSet::checkAll(const FindingChecker &checker, const QList<Asset> &assets,
                          const ClassificationEngine &engine)
{
    clear();
    mByRow.resize(size_t(assets.size()));
    const QList<EffectiveClassification> &results = engine.results();
    const bool aligned = results.size() == assets.size();
    for (qsizetype row = 0; row < assets.size(); ++row) {
        const Asset &a = assets[row];
        const EffectiveClassification *c =
            aligned && results[row].assetId == a.id ? &results[row] : engine.of(a.id);
        checker.check(a, c, mByRow[size_t(row)]);
        count(mByRow[size_t(row)], 1);
    }
}

namespace {

bool sameFindings(const std::vector<Finding> &a, const std::vector<Finding> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const Finding &x = a[i];
        const Finding &y = b[i];
        if (x.code != y.code || x.severity != y.severity || x.placeId != y.placeId
            || x.subject != y.subject || x.required != y.required || x.actual != y.actual
            || x.nominal != y.nominal || x.modifiers != y.modifiers
            || x.acceptanceId != y.acceptanceId || x.accepted != y.accepted)
            return false;
    }
    return true;
}

} // namespace

QList<int> FindingSet::recheck(const FindingChecker &checker, const QList<Asset> &assets,
                               const ClassificationEngine &engine, const QList<int> &rows)
{
    QList<int> changed;
    if (mByRow.size() != size_t(assets.size())) {
        checkAll(checker, assets, engine);
        for (int row = 0; row < assets.size(); ++row)
            changed.append(row);
        return changed;
    }
    std::vector<Finding> fresh;
    for (int row : rows) {
        if (row < 0 || row >= assets.size())
            continue;
        fresh.clear();
        const Asset &a = assets[row];
        checker.check(a, engine.of(a.id), fresh);
        std::vector<Finding> &old = mByRow[size_t(row)];
        if (sameFindings(old, fresh))
            continue;
        count(old, -1);
        count(fresh, 1);
        old.swap(fresh);
        changed.append(row);
    }
    return changed;
}

std::optional<Severity> FindingSet::worstAt(int row) const
{
    std::optional<Severity> worst;
    for (const Finding &f : mByRow[size_t(row)]) {
        if (!f.accepted && (!worst || f.severity > *worst))
            worst = f.severity;
    }
    return worst;
}

} // namespace daicho
