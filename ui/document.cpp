#include "ui/document.h"

#include "core/exceptions.h"
#include "core/ledgerimport.h"
#include "core/registercheck.h"
#include "db/registerstore.h"
#include "ui/undotext.h"

#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <array>

namespace daicho {

namespace {

/// Full-width ASCII (ＰＣ０１) as ASCII and everything lower case, so that a search
/// finds a value however it was typed. Cheaper than NFKC, which matters at 100k rows.
void appendFolded(QString &out, const QString &s)
{
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QChar(u' ');
        out.append(c.toLower());
    }
}

/// What the table shows of one classification result, kept across a compute() (the
/// results' pointers into the engine do not survive it; level pointers into the scheme do).
struct Signature {
    static constexpr int MaxAxes = 4;
    Id id = 0;
    const SchemeLevel *importance = nullptr;
    bool manual = false;
    bool personal = false;
    bool inLoop = false;
    Id storedOrigin = 0;
    Id accessSource = 0;
    QStringList measures;
    std::array<const SchemeLevel *, MaxAxes> effective{};
    std::array<Id, MaxAxes> origin{};
    bool complete = true; ///< false: more axes than compared, always counts as changed

    explicit Signature(const EffectiveClassification &c)
        : id(c.assetId), importance(c.importance), manual(c.ownImportanceManual), personal(c.personalInfo),
          inLoop(c.inLoop), storedOrigin(c.storedOrigin), accessSource(c.accessSource), measures(c.requiredMeasures)
    {
        complete = c.axes.size() <= MaxAxes;
        for (size_t i = 0; i < c.axes.size() && i < MaxAxes; ++i) {
            effective[i] = c.axes[i].effective;
            origin[i] = c.axes[i].origin;
        }
    }
    bool sameAs(const Signature &o) const
    {
        return complete && o.complete && importance == o.importance && manual == o.manual && personal == o.personal
               && inLoop == o.inLoop && storedOrigin == o.storedOrigin && accessSource == o.accessSource
               && effective == o.effective && origin == o.origin && measures == o.measures;
    }
};

} // namespace

Document::Document(std::unique_ptr<RegisterStore> store, QObject *parent)
    : QObject(parent),
      mStore(std::move(store)),
      mEngine(ClassificationScheme::fromJson(mStore->scheme())),
      mUndoStack(new QUndoStack(this)),
      mChecker(zoneTableOf(mStore->zoneTable()), mEngine.scheme()),
      mSearchTimer(new QTimer(this)),
      mDayTimer(new QTimer(this))
{
    load();
    mDayTimer->setInterval(5 * 60 * 1000);
    connect(mDayTimer, &QTimer::timeout, this, [this] {
        if (mChecker.options().today != QDate::currentDate())
            recheckAll();
    });
    mDayTimer->start();
    mSearchTimer->setInterval(0);
    connect(mSearchTimer, &QTimer::timeout, this, &Document::prepareSearchTextChunk);
    mSearchTimer->start();
}

Document::~Document()
{
    // The commands refer to the document; they go before it does.
    mUndoStack->clear();
}

std::unique_ptr<Document> Document::open(const QString &path)
{
    return std::make_unique<Document>(RegisterStore::open(path));
}

std::unique_ptr<Document> Document::create(const QString &path, const QString &presetId, const QString &title)
{
    return std::make_unique<Document>(
        RegisterStore::create(path, ClassificationScheme::preset(presetId).toJson(), title));
}

void Document::load()
{
    RegisterData data = mStore->load();
    mTitle = data.title.isEmpty() ? QFileInfo(path()).completeBaseName() : data.title;
    mDepartments = std::move(data.departments);
    mPeople = std::move(data.people);
    mAssets = std::move(data.assets);
    mLinks = std::move(data.links);
    mPlaces = std::move(data.places);
    mAcceptances = std::move(data.acceptances);
    mPlans = std::move(data.plans);
    // load() gives rows by id; keep that order (insertPosition relies on it).
    if (!std::is_sorted(mAssets.cbegin(), mAssets.cend(), [](const Asset &a, const Asset &b) { return a.id < b.id; }))
        std::sort(mAssets.begin(), mAssets.end(), [](const Asset &a, const Asset &b) { return a.id < b.id; });
    mRows.clear();
    mRows.reserve(mAssets.size());
    indexRows(0);
    indexDepartments();
    indexPeople();
    mSearchText.assign(size_t(mAssets.size()), QString());
    mEngine.compute(mAssets, mLinks);
    CheckOptions options;
    options.networkModel = networkModelOf(data.settings);
    mChecker.setOptions(options);
    mChecker.setPlaces(mPlaces);
    mChecker.setAcceptances(mAcceptances);
    mChecker.setMyNumberSegmentHolders(FindingChecker::myNumberSegmentHolders(mAssets, mLinks));
    mFindings.checkAll(mChecker, mAssets, mEngine);
}

QString Document::path() const { return mStore->path(); }

// ---------------------------------------------------------------- reading

const Asset *Document::asset(Id id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &mAssets.at(row);
}

const EffectiveClassification *Document::classificationAt(int row) const
{
    const QList<EffectiveClassification> &results = mEngine.results();
    if (row >= 0 && row < results.size() && results.at(row).assetId == mAssets.at(row).id)
        return &results.at(row);
    return row >= 0 && row < mAssets.size() ? mEngine.of(mAssets.at(row).id) : nullptr;
}

QString Document::buildSearchText(const Asset &a) const
{
    QString s;
    s.reserve(a.number.size() + a.name.size() + a.businessCategory.size() + a.userScope.size() + a.medium.size()
              + a.notes.size() + 64);
    const QChar sep = u'\n'; // no match across fields
    for (const QString *field : {&a.number, &a.name, &a.businessCategory, &a.userScope, &a.medium,
                                 &a.retentionPeriod, &a.notes, &a.updatedBy}) {
        appendFolded(s, *field);
        s.append(sep);
    }
    for (const QString &r : a.restrictions) {
        appendFolded(s, r);
        s.append(sep);
    }
    appendFolded(s, departmentName(a.departmentId));
    s.append(sep);
    appendFolded(s, personName(a.managerId));
    s.append(sep);
    if (a.systemId) {
        if (const Asset *system = asset(a.systemId)) {
            appendFolded(s, system->number);
            s.append(sep);
            appendFolded(s, system->name);
        }
    }
    s.append(sep);
    return s;
}

QString Document::foldForSearch(const QString &text)
{
    QString out;
    out.reserve(text.size());
    appendFolded(out, text);
    return out;
}

const QString &Document::searchTextAt(int row) const
{
    QString &s = mSearchText.at(size_t(row));
    if (s.isNull())
        s = buildSearchText(mAssets.at(row));
    return s;
}

void Document::prepareSearchTextChunk()
{
    constexpr int kChunk = 2000; // a few milliseconds
    const int end = std::min(assetCount(), mSearchPrepared + kChunk);
    for (; mSearchPrepared < end; ++mSearchPrepared)
        searchTextAt(mSearchPrepared);
    if (mSearchPrepared >= assetCount())
        mSearchTimer->stop();
}

void Document::forgetSearchText(int row) { mSearchText.at(size_t(row)) = QString(); }

void Document::forgetAllSearchText()
{
    for (QString &s : mSearchText)
        s = QString();
    mSearchPrepared = 0;
    mSearchTimer->start();
}

bool Document::numberInUse(const QString &number, Id except) const
{
    return std::any_of(mAssets.cbegin(), mAssets.cend(),
                       [&](const Asset &a) { return a.id != except && a.number == number; });
}

QString Document::assetLabel(Id id) const
{
    const Asset *a = asset(id);
    if (!a)
        return QString::number(id);
    return a->number.isEmpty() ? a->name : a->number + u' ' + a->name;
}

QList<Id> Document::systemIds() const
{
    QList<Id> out;
    for (const Asset &a : mAssets) {
        if (a.kind == AssetKind::InformationSystem)
            out.append(a.id);
    }
    return out;
}

const Department *Document::department(Id id) const
{
    const auto it = mDepartmentIndex.constFind(id);
    return it == mDepartmentIndex.cend() ? nullptr : &mDepartments.at(*it);
}

QString Document::departmentName(Id id) const
{
    const Department *d = department(id);
    return d ? d->name : QString();
}

namespace {

/// The row `id` and every row under it, for lists of rows with an id and a parentId (departments,
/// places). Parents may come after their children in the list: repeat until nothing is added.
template <typename T>
QSet<Id> subtreeOf(const QList<T> &rows, Id id)
{
    QSet<Id> out{id};
    bool added = true;
    while (added) {
        added = false;
        for (const T &r : rows) {
            if (r.parentId && out.contains(r.parentId) && !out.contains(r.id)) {
                out.insert(r.id);
                added = true;
            }
        }
    }
    return out;
}

} // namespace

QSet<Id> Document::departmentSubtree(Id id) const { return subtreeOf(mDepartments, id); }

const Person *Document::person(Id id) const
{
    const auto it = mPersonIndex.constFind(id);
    return it == mPersonIndex.cend() ? nullptr : &mPeople.at(*it);
}

QString Document::personName(Id id) const
{
    const Person *p = person(id);
    return p ? p->name : QString();
}

const AssetLink *Document::link(Id id) const
{
    for (const AssetLink &l : mLinks) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

QList<AssetLink> Document::linksOf(Id assetId) const
{
    QList<AssetLink> out;
    for (const AssetLink &l : mLinks) {
        if (l.fromId == assetId || l.toId == assetId)
            out.append(l);
    }
    return out;
}

void Document::setPerson(const QString &name) { mStore->setPerson(name); }

QSet<Id> Document::placeSubtree(Id id) const { return subtreeOf(mPlaces, id); }

QList<int> Document::rowsPlacedIn(const QSet<Id> &places) const
{
    QList<int> rows;
    for (int row = 0; row < mAssets.size(); ++row) {
        const Asset &a = mAssets.at(row);
        if ((a.usePlaceId && places.contains(a.usePlaceId)) || (a.storePlaceId && places.contains(a.storePlaceId)))
            rows.append(row);
    }
    return rows;
}

const Acceptance *Document::acceptance(Id id) const
{
    for (const Acceptance &a : mAcceptances) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QList<Acceptance> Document::acceptancesOf(Id assetId) const
{
    QList<Acceptance> out;
    for (const Acceptance &a : mAcceptances) {
        if (a.assetId == assetId)
            out.append(a);
    }
    return out;
}

// ---------------------------------------------------------------- indexes

void Document::indexRows(int from)
{
    for (int row = from; row < mAssets.size(); ++row)
        mRows.insert(mAssets.at(row).id, row);
}

void Document::indexDepartments()
{
    mDepartmentIndex.clear();
    for (int i = 0; i < mDepartments.size(); ++i)
        mDepartmentIndex.insert(mDepartments.at(i).id, i);
}

void Document::indexPeople()
{
    mPersonIndex.clear();
    for (int i = 0; i < mPeople.size(); ++i)
        mPersonIndex.insert(mPeople.at(i).id, i);
}

int Document::insertPosition(Id id) const
{
    const auto it = std::lower_bound(mAssets.cbegin(), mAssets.cend(), id,
                                     [](const Asset &a, Id value) { return a.id < value; });
    return int(it - mAssets.cbegin());
}

QList<int> Document::recompute()
{
    std::vector<Signature> before;
    before.reserve(size_t(mEngine.results().size()));
    for (const EffectiveClassification &c : mEngine.results())
        before.emplace_back(c);
    mEngine.compute(mAssets, mLinks);
    const QList<EffectiveClassification> &after = mEngine.results();
    QList<int> changed;
    QHash<Id, int> beforeIndex;
    if (before.size() != size_t(after.size())) {
        beforeIndex.reserve(qsizetype(before.size()));
        for (size_t i = 0; i < before.size(); ++i)
            beforeIndex.insert(before[i].id, int(i));
    }
    for (int row = 0; row < after.size(); ++row) {
        const Signature now(after.at(row));
        int old = row;
        if (!beforeIndex.isEmpty() || before[size_t(row)].id != now.id)
            old = beforeIndex.isEmpty() ? -1 : beforeIndex.value(now.id, -1);
        if (old < 0 || !before[size_t(old)].sameAs(now))
            changed.append(row);
    }
    return changed;
}

QList<int> Document::reclassify(const QList<Id> &changed)
{
    return mEngine.update(mAssets, mLinks, changed);
}

QList<int> Document::refreshMyNumberHolders()
{
    const QSet<Id> before = mChecker.myNumberSegmentHolders();
    const QSet<Id> after = FindingChecker::myNumberSegmentHolders(mAssets, mLinks);
    QList<int> rows;
    for (Id id : before + after) {
        if (before.contains(id) != after.contains(id))
            rows.append(rowOf(id));
    }
    mChecker.setMyNumberSegmentHolders(after);
    return rows;
}

QList<int> Document::refreshMyNumberHolder(Id medium)
{
    const Asset *m = asset(medium);
    QSet<Id> holders = mChecker.myNumberSegmentHolders();
    const bool was = holders.contains(medium);
    const bool is = m && Enums::isRemovable(m->kind)
                    && FindingChecker::holdsMyNumberSegmentData(medium, mLinks, [this](Id id) { return asset(id); });
    if (was == is)
        return {};
    if (is)
        holders.insert(medium);
    else
        holders.remove(medium);
    mChecker.setMyNumberSegmentHolders(holders);
    return {rowOf(medium)};
}

void Document::setCheckToday()
{
    CheckOptions options = mChecker.options();
    options.today = QDate::currentDate();
    mChecker.setOptions(options);
}

void Document::recheck(const QList<int> &rows)
{
    // Acceptances lapse at midnight: a check after a date change rechecks everything.
    if (mChecker.options().today != QDate::currentDate()) {
        recheckAll();
        return;
    }
    QList<int> changed = mFindings.recheck(mChecker, mAssets, mEngine, rows);
    if (changed.isEmpty())
        return;
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    emit findingsChanged(changed);
}

void Document::recheckAll()
{
    setCheckToday();
    mFindings.checkAll(mChecker, mAssets, mEngine);
    emit findingsReset();
}

void Document::setAfterHoursView(bool on)
{
    if (on == afterHoursView())
        return;
    CheckOptions options = mChecker.options();
    options.afterHours = on;
    mChecker.setOptions(options);
    recheckAll();
}

void Document::emitChanged(QList<int> rows)
{
    rows.removeIf([](int row) { return row < 0; });
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.isEmpty())
        return;
    emit assetsChanged(rows);
    for (int row : rows)
        emit assetChanged(row);
}

// ---------------------------------------------------------------- writing assets

void Document::updateAsset(Asset asset)
{
    const int row = rowOf(asset.id);
    if (row < 0)
        throw RuntimeError(UndoText::assetMissing());
    const Asset &old = mAssets.at(row);
    // Other rows' search text names this one as their system.
    const bool renamedSystem = old.kind == AssetKind::InformationSystem
                               && (old.number != asset.number || old.name != asset.name);
    const bool reclassify = ClassificationEngine::affectsClassification(old, asset);
    const bool holdersMayChange = old.segment != asset.segment || old.kind != asset.kind;
    mStore->updateAsset(asset); // can throw
    mAssets[row] = asset;
    // Most edits (names, notes, dates, flags of the device) leave every class as it was:
    // then only this row changes, and the full propagation is skipped.
    QList<int> rows;
    if (reclassify)
        rows = this->reclassify({asset.id});
    else
        mEngine.rename(asset.id, asset.number, asset.name);
    rows.append(row);
    if (holdersMayChange)
        rows += refreshMyNumberHolders();
    recheck(rows);
    if (renamedSystem) {
        forgetAllSearchText();
        // The rows that name it as their system show its name.
        for (int other = 0; other < mAssets.size(); ++other) {
            if (mAssets.at(other).systemId == asset.id)
                rows.append(other);
        }
    } else {
        forgetSearchText(row);
    }
    emitChanged(rows);
}

void Document::insertRow(const Asset &asset)
{
    const int row = insertPosition(asset.id);
    emit assetAboutToBeInserted(row);
    mAssets.insert(row, asset);
    mSearchText.insert(mSearchText.begin() + row, QString());
    indexRows(row);
    const QList<int> changed = recompute();
    setCheckToday();
    refreshMyNumberHolders();
    mFindings.checkAll(mChecker, mAssets, mEngine); // the rows moved
    emit assetInserted(row);
    emit findingsReset();
    emitChanged(changed);
}

void Document::insertAsset(Asset &asset)
{
    mStore->insertAsset(asset); // can throw
    insertRow(asset);
}

void Document::restoreAsset(const Asset &asset, const QList<AssetLink> &links, const QList<Id> &referencing,
                            const QList<Acceptance> &acceptances)
{
    mStore->restoreAsset(asset, links, referencing, acceptances); // can throw
    if (!acceptances.isEmpty()) {
        mAcceptances.append(acceptances);
        std::sort(mAcceptances.begin(), mAcceptances.end(),
                  [](const Acceptance &a, const Acceptance &b) { return a.id < b.id; });
        mChecker.setAcceptances(mAcceptances);
    }
    mLinks.append(links);
    std::sort(mLinks.begin(), mLinks.end(), [](const AssetLink &a, const AssetLink &b) { return a.id < b.id; });
    insertRow(asset);
    QList<int> rows;
    for (Id other : referencing) {
        const int row = rowOf(other);
        if (row >= 0) {
            mAssets[row] = mStore->asset(other); // the store updated its bookkeeping fields
            rows.append(row);
        }
    }
    if (!rows.isEmpty())
        forgetAllSearchText();
    if (!links.isEmpty() || !rows.isEmpty()) {
        rows += recompute();
        recheck(rows);
    }
    emitChanged(rows);
    if (!links.isEmpty())
        emit linksChanged();
    if (!acceptances.isEmpty())
        emit acceptancesChanged();
}

void Document::deleteAsset(Id id)
{
    const int row = rowOf(id);
    if (row < 0)
        throw RuntimeError(UndoText::assetMissing());
    QList<Id> referencing;
    for (const Asset &a : std::as_const(mAssets)) {
        if (a.systemId == id)
            referencing.append(a.id);
    }
    mStore->deleteAsset(id); // can throw (its acceptances go with it)
    const qsizetype acceptanceCount = mAcceptances.size();
    mAcceptances.removeIf([id](const Acceptance &a) { return a.assetId == id; });
    if (acceptanceCount != mAcceptances.size())
        mChecker.setAcceptances(mAcceptances);
    const qsizetype linkCount = mLinks.size();
    mLinks.removeIf([id](const AssetLink &l) { return l.fromId == id || l.toId == id; });
    emit assetAboutToBeRemoved(row);
    mAssets.removeAt(row);
    mSearchText.erase(mSearchText.begin() + row);
    mRows.remove(id);
    indexRows(row);
    for (Id other : referencing)
        mAssets[rowOf(other)] = mStore->asset(other);
    if (!referencing.isEmpty())
        forgetAllSearchText();
    QList<int> changed = recompute();
    setCheckToday();
    refreshMyNumberHolders();
    mFindings.checkAll(mChecker, mAssets, mEngine); // the rows moved
    emit assetRemoved(row);
    emit findingsReset();
    for (Id other : referencing)
        changed.append(rowOf(other));
    emitChanged(changed);
    if (linkCount != mLinks.size())
        emit linksChanged();
    if (acceptanceCount != mAcceptances.size())
        emit acceptancesChanged();
}

// ---------------------------------------------------------------- writing links

void Document::insertLink(AssetLink &link)
{
    mStore->insertLink(link); // can throw
    mLinks.append(link);
    QList<int> rows = reclassify({link.fromId, link.toId});
    rows += refreshMyNumberHolder(link.toId);
    recheck(rows);
    emitChanged(rows);
    emit linksChanged();
}

void Document::restoreLink(const AssetLink &link)
{
    mStore->restoreLink(link); // can throw
    mLinks.append(link);
    std::sort(mLinks.begin(), mLinks.end(), [](const AssetLink &a, const AssetLink &b) { return a.id < b.id; });
    QList<int> rows = reclassify({link.fromId, link.toId});
    rows += refreshMyNumberHolder(link.toId);
    recheck(rows);
    emitChanged(rows);
    emit linksChanged();
}

void Document::deleteLink(Id id)
{
    const AssetLink *old = link(id);
    const QList<Id> ends = old ? QList<Id>{old->fromId, old->toId} : QList<Id>{};
    mStore->deleteLink(id); // can throw
    mLinks.removeIf([id](const AssetLink &l) { return l.id == id; });
    QList<int> rows = ends.isEmpty() ? recompute() : reclassify(ends);
    if (!ends.isEmpty())
        rows += refreshMyNumberHolder(ends.last());
    recheck(rows);
    emitChanged(rows);
    emit linksChanged();
}

// ---------------------------------------------------------------- writing departments and people

void Document::insertDepartment(Department &d)
{
    mStore->insertDepartment(d); // can throw
    mDepartments.append(d);
    indexDepartments();
    emit departmentsChanged();
}

void Document::restoreDepartment(const Department &d)
{
    mStore->restoreDepartment(d); // can throw
    mDepartments.append(d);
    std::sort(mDepartments.begin(), mDepartments.end(),
              [](const Department &a, const Department &b) { return a.id < b.id; });
    indexDepartments();
    emit departmentsChanged();
}

void Document::updateDepartment(const Department &d)
{
    mStore->updateDepartment(d); // can throw
    const auto it = mDepartmentIndex.constFind(d.id);
    if (it != mDepartmentIndex.cend())
        mDepartments[*it] = d;
    forgetAllSearchText();
    emit departmentsChanged();
}

void Document::deleteDepartment(Id id)
{
    mStore->deleteDepartment(id); // can throw
    mDepartments.removeIf([id](const Department &d) { return d.id == id; });
    indexDepartments();
    emit departmentsChanged();
}

void Document::insertPerson(Person &p)
{
    mStore->insertPerson(p); // can throw
    mPeople.append(p);
    indexPeople();
    emit peopleChanged();
}

void Document::restorePerson(const Person &p)
{
    mStore->restorePerson(p); // can throw
    mPeople.append(p);
    std::sort(mPeople.begin(), mPeople.end(), [](const Person &a, const Person &b) { return a.id < b.id; });
    indexPeople();
    emit peopleChanged();
}

void Document::updatePerson(const Person &p)
{
    mStore->updatePerson(p); // can throw
    const auto it = mPersonIndex.constFind(p.id);
    if (it != mPersonIndex.cend())
        mPeople[*it] = p;
    forgetAllSearchText();
    emit peopleChanged();
}

void Document::deletePerson(Id id)
{
    mStore->deletePerson(id); // can throw
    mPeople.removeIf([id](const Person &p) { return p.id == id; });
    indexPeople();
    emit peopleChanged();
}

// ---------------------------------------------------------------- writing places, acceptances, rules

namespace {

template <typename T>
void sortById(QList<T> &list)
{
    std::sort(list.begin(), list.end(), [](const T &a, const T &b) { return a.id < b.id; });
}

} // namespace

void Document::insertPlace(Place &p)
{
    mStore->insertPlace(p); // can throw
    mPlaces.append(p);
    mChecker.setPlaces(mPlaces);
    emit placesChanged();
}

void Document::restorePlace(const Place &p)
{
    mStore->restorePlace(p); // can throw
    mPlaces.append(p);
    sortById(mPlaces);
    mChecker.setPlaces(mPlaces);
    emit placesChanged();
}

void Document::updatePlace(const Place &p)
{
    mStore->updatePlace(p); // can throw
    bool onlyOutline = false;
    for (Place &old : mPlaces) {
        if (old.id == p.id) {
            Place same = p;
            same.outline = old.outline;
            onlyOutline = same == old;
            old = p;
        }
    }
    mChecker.setPlaces(mPlaces);
    emit placesChanged();
    emit placeUpdated(p.id);
    if (onlyOutline)
        return; // the rules do not read the drawing
    // Names in messages and levels in the rules: the assets placed in it or under it.
    const QList<int> rows = rowsPlacedIn(placeSubtree(p.id));
    recheck(rows);
    emitChanged(rows);
}

void Document::deletePlace(Id id)
{
    mStore->deletePlace(id); // can throw (refused while anything is in it)
    mPlaces.removeIf([id](const Place &p) { return p.id == id; });
    mChecker.setPlaces(mPlaces);
    emit placesChanged();
}

void Document::applyPlanEdit(const QList<Place> &places, const QList<Asset> &assets, const std::optional<FloorPlan> &plan)
{
    QList<Asset> written = assets;
    QList<int> rows;
    for (const Asset &a : assets) {
        const int row = rowOf(a.id);
        if (row < 0)
            throw RuntimeError(UndoText::assetMissing());
        rows.append(row);
    }
    mStore->batch([&] {
        for (const Place &p : places)
            mStore->updatePlace(p);
        for (Asset &a : written)
            mStore->updateAsset(a);
        if (plan)
            mStore->updatePlan(*plan);
    }); // can throw; nothing changed then
    if (plan) {
        for (FloorPlan &old : mPlans) {
            if (old.id == plan->id)
                old = *plan;
        }
        emit planChanged(plan->floorId);
    }
    QSet<Id> rulesChanged;
    for (const Place &p : places) {
        for (Place &old : mPlaces) {
            if (old.id != p.id)
                continue;
            Place same = p;
            same.outline = old.outline;
            if (!(same == old))
                rulesChanged.insert(p.id);
            old = p;
        }
    }
    for (qsizetype i = 0; i < written.size(); ++i)
        mAssets[rows.at(i)] = written.at(i);
    if (!places.isEmpty()) {
        mChecker.setPlaces(mPlaces);
        emit placesChanged();
        for (const Place &p : places)
            emit placeUpdated(p.id);
    }
    for (const Id id : std::as_const(rulesChanged))
        rows += rowsPlacedIn(placeSubtree(id));
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (const int row : std::as_const(rows))
        forgetSearchText(row);
    recheck(rows);
    emitChanged(rows);
}

void Document::insertPlaces(QList<Place> &places)
{
    QList<Place> written = places;
    mStore->batch([&] {
        QHash<Id, Id> ids;
        for (Place &p : written) {
            const Id key = p.id;
            p.id = 0;
            if (p.parentId < 0)
                p.parentId = ids.value(p.parentId);
            mStore->insertPlace(p);
            ids.insert(key, p.id);
        }
    }); // can throw
    places = written;
    mPlaces += written;
    sortById(mPlaces);
    mChecker.setPlaces(mPlaces);
    emit placesChanged();
}

void Document::restorePlaces(const QList<Place> &places)
{
    mStore->batch([&] {
        for (const Place &p : places)
            mStore->restorePlace(p);
    }); // can throw
    mPlaces += places;
    sortById(mPlaces);
    mChecker.setPlaces(mPlaces);
    emit placesChanged();
}

void Document::deletePlaces(const QList<Id> &ids)
{
    mStore->batch([&] {
        for (const Id id : ids)
            mStore->deletePlace(id);
    }); // can throw
    const QSet<Id> gone(ids.cbegin(), ids.cend());
    mPlaces.removeIf([&gone](const Place &p) { return gone.contains(p.id); });
    mChecker.setPlaces(mPlaces);
    emit placesChanged();
}

const FloorPlan *Document::planOfFloor(Id floorId) const
{
    for (const FloorPlan &p : mPlans) {
        if (p.floorId == floorId)
            return &p;
    }
    return nullptr;
}

void Document::insertPlan(FloorPlan &p)
{
    mStore->insertPlan(p); // can throw
    mPlans.append(p);
    emit planChanged(p.floorId);
}

void Document::restorePlan(const FloorPlan &p)
{
    mStore->restorePlan(p); // can throw
    mPlans.append(p);
    sortById(mPlans);
    emit planChanged(p.floorId);
}

void Document::updatePlan(const FloorPlan &p)
{
    mStore->updatePlan(p); // can throw
    for (FloorPlan &old : mPlans) {
        if (old.id == p.id)
            old = p;
    }
    emit planChanged(p.floorId);
}

void Document::deletePlan(Id id)
{
    mStore->deletePlan(id); // can throw
    Id floor = 0;
    for (const FloorPlan &p : mPlans) {
        if (p.id == id)
            floor = p.floorId;
    }
    mPlans.removeIf([id](const FloorPlan &p) { return p.id == id; });
    emit planChanged(floor);
}

void Document::insertAcceptance(Acceptance &a)
{
    mStore->insertAcceptance(a); // can throw
    mAcceptances.append(a);
    mChecker.setAcceptances(mAcceptances);
    emit acceptancesChanged();
    const QList<int> rows{rowOf(a.assetId)};
    recheck(rows);
    emitChanged(rows);
}

void Document::restoreAcceptance(const Acceptance &a)
{
    mStore->restoreAcceptance(a); // can throw
    mAcceptances.append(a);
    sortById(mAcceptances);
    mChecker.setAcceptances(mAcceptances);
    emit acceptancesChanged();
    const QList<int> rows{rowOf(a.assetId)};
    recheck(rows);
    emitChanged(rows);
}

void Document::deleteAcceptance(Id id)
{
    const Acceptance *old = acceptance(id);
    const Id assetId = old ? old->assetId : 0;
    mStore->deleteAcceptance(id); // can throw
    mAcceptances.removeIf([id](const Acceptance &a) { return a.id == id; });
    mChecker.setAcceptances(mAcceptances);
    emit acceptancesChanged();
    const QList<int> rows{rowOf(assetId)};
    recheck(rows);
    emitChanged(rows);
}

void Document::setZoneTable(const ZoneTable &table)
{
    mStore->setZoneTable(table.toJson()); // can throw
    mChecker.setZoneTable(table);
    emit rulesChanged();
    recheckAll();
}

void Document::setNetworkModel(NetworkModel model)
{
    mStore->setSetting(SettingKey::NetworkModel, Enums::id(model)); // can throw
    CheckOptions options = mChecker.options();
    options.networkModel = model;
    mChecker.setOptions(options);
    emit rulesChanged();
    recheckAll();
}

// ---------------------------------------------------------------- bulk import

int Document::importLedger(const RegisterData &existing, const LedgerImportResult &result)
{
    const int added = mStore->importLedger(existing, result); // can throw; one transaction
    try {
        load(); // reads everything before it replaces anything
    } catch (const Exception &e) {
        throw RuntimeError(tr("%n asset(s) were imported, but the register could not be read again: %1\n"
                              "Open the register again to see them.", nullptr, added)
                               .arg(e.message()));
    }
    forgetAllSearchText();
    emit reloaded();
    return added;
}

// ---------------------------------------------------------------- commands

bool Document::execute(QUndoCommand *command)
{
    mFailed = false;
    mUndoStack->push(command);
    return !mFailed;
}

void Document::reportFailure(const QString &message, bool firstRun)
{
    mFailed = true;
    emit failed(message);
    if (!firstRun) {
        // The command that failed is running now; clear the stack once it has returned.
        QTimer::singleShot(0, mUndoStack, &QUndoStack::clear);
    }
}

} // namespace daicho
