#include "ui/assetfilterproxy.h"

#include "ui/assettablemodel.h"
#include "ui/document.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace daicho {

AssetFilterProxy::AssetFilterProxy(QObject *parent) : QAbstractProxyModel(parent) {}

void AssetFilterProxy::setAssetModel(AssetTableModel *model)
{
    if (mModel)
        disconnect(mModel, nullptr, this, nullptr);
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mModel = model;
    mDocument = model ? model->document() : nullptr;
    mAxisIndex = -1;
    mRankColumn = -1;
    setSourceModel(model);
    if (mModel) {
        connect(mModel, &AssetTableModel::sortKeysReset, this, [this] { mRankColumn = -1; });
        connect(mModel, &AssetTableModel::sortKeysChanged, this, &AssetFilterProxy::sortKeysChanged);
        // A room added under the chosen floor (or moved under it) belongs to the filter too.
        connect(mDocument, &Document::placesChanged, this, [this] {
            if (mPlace)
                setPlace(mPlace);
        });
    }
}

void AssetFilterProxy::refilter()
{
    applyMapping(mapping([this](int row) { return filterAcceptsRow(row); }),
                 QAbstractItemModel::NoLayoutChangeHint);
}

void AssetFilterProxy::invalidate()
{
    mRankColumn = -1;
    refilter();
}

void AssetFilterProxy::setSearchText(const QString &text)
{
    QStringList words = Document::foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == mWords)
        return;
    // Typing on narrows the search: every old word is inside a new one, so a row that
    // matches now matched before. Then only the rows shown need testing (already in order).
    const bool narrowing = std::all_of(mWords.cbegin(), mWords.cend(), [&](const QString &old) {
        return std::any_of(words.cbegin(), words.cend(), [&](const QString &w) { return w.contains(old); });
    });
    mWords = words;
    if (!narrowing) {
        refilter();
        return;
    }
    std::vector<int> rows;
    rows.reserve(mProxyToSource.size());
    for (const int row : mProxyToSource) {
        if (filterAcceptsRow(row))
            rows.push_back(row);
    }
    applyMapping(std::move(rows), QAbstractItemModel::NoLayoutChangeHint);
}

void AssetFilterProxy::setImportance(const QString &level)
{
    if (level == mImportance)
        return;
    mImportance = level;
    refilter();
}

void AssetFilterProxy::setAxisLevel(const QString &axisId, const QString &level)
{
    if (axisId == mAxis && level == mAxisLevel)
        return;
    mAxis = axisId;
    mAxisLevel = level;
    mAxisIndex = mDocument && !axisId.isEmpty() ? mDocument->scheme().axisIndex(axisId) : -1;
    refilter();
}

void AssetFilterProxy::setKind(std::optional<AssetKind> kind)
{
    if (kind == mKind)
        return;
    mKind = kind;
    refilter();
}

void AssetFilterProxy::setSegment(std::optional<NetworkSegment> segment)
{
    if (segment == mSegment)
        return;
    mSegment = segment;
    refilter();
}

void AssetFilterProxy::setPersonal(PersonalFilter filter)
{
    if (filter == mPersonal)
        return;
    mPersonal = filter;
    refilter();
}

void AssetFilterProxy::setStatus(std::optional<AssetStatus> status)
{
    if (status == mStatus)
        return;
    mStatus = status;
    refilter();
}

void AssetFilterProxy::setDepartment(Id departmentId)
{
    mDepartment = departmentId;
    mDepartments = departmentId && mDocument ? mDocument->departmentSubtree(departmentId) : QSet<Id>();
    refilter();
}

void AssetFilterProxy::setFindings(std::optional<Severity> minimum)
{
    if (minimum == mFindings)
        return;
    mFindings = minimum;
    refilter();
}

void AssetFilterProxy::setPlace(Id placeId)
{
    mPlace = placeId;
    mPlaces = placeId && mDocument ? mDocument->placeSubtree(placeId) : QSet<Id>();
    refilter();
}

void AssetFilterProxy::clearFilters()
{
    mFindings.reset();
    mPlace = 0;
    mPlaces.clear();
    mWords.clear();
    mImportance.clear();
    mAxis.clear();
    mAxisLevel.clear();
    mAxisIndex = -1;
    mKind.reset();
    mSegment.reset();
    mPersonal = PersonalFilter::Any;
    mStatus.reset();
    mDepartment = 0;
    mDepartments.clear();
    refilter();
}

Id AssetFilterProxy::assetIdAt(int proxyRow) const
{
    if (!mModel || proxyRow < 0 || size_t(proxyRow) >= mProxyToSource.size())
        return 0;
    return mModel->assetIdAt(mProxyToSource[size_t(proxyRow)]);
}

int AssetFilterProxy::proxyRowOf(Id assetId) const
{
    if (!mDocument || !mModel)
        return -1;
    const int row = mDocument->rowOf(assetId);
    return row < 0 || size_t(row) >= mSourceToProxy.size() ? -1 : mSourceToProxy[size_t(row)];
}

bool AssetFilterProxy::filterAcceptsRow(int sourceRow) const
{
    if (!mDocument || sourceRow < 0 || sourceRow >= mDocument->assetCount())
        return false;
    const Asset &a = mDocument->assetAt(sourceRow);
    // Cheap tests first; the classification and the text last.
    if (mKind && a.kind != *mKind)
        return false;
    if (mSegment && a.segment != *mSegment)
        return false;
    if (mStatus && a.status != *mStatus)
        return false;
    if (mDepartment && !mDepartments.contains(a.departmentId))
        return false;
    if (mPlace && !mPlaces.contains(a.usePlaceId) && !mPlaces.contains(a.effectiveStorePlaceId()))
        return false;
    if (mFindings) {
        const std::optional<Severity> worst = mDocument->findings().worstAt(sourceRow);
        if (!worst || *worst < *mFindings)
            return false;
    }
    switch (mPersonal) {
    case PersonalFilter::Any:
        break;
    case PersonalFilter::Personal:
        if (!a.personalInfo)
            return false;
        break;
    case PersonalFilter::Sensitive:
        if (!a.sensitivePersonalInfo)
            return false;
        break;
    case PersonalFilter::MyNumber:
        if (!a.myNumber)
            return false;
        break;
    case PersonalFilter::NoPersonal:
        if (a.personalInfo || a.sensitivePersonalInfo || a.myNumber)
            return false;
        break;
    }
    if (!mImportance.isEmpty() || mAxisIndex >= 0) {
        const EffectiveClassification *c = mDocument->classificationAt(sourceRow);
        if (!c)
            return false;
        if (!mImportance.isEmpty() && c->importanceId() != mImportance)
            return false;
        if (mAxisIndex >= 0
            && (size_t(mAxisIndex) >= c->axes.size() || c->axes[size_t(mAxisIndex)].effectiveId() != mAxisLevel))
            return false;
    }
    if (!mWords.isEmpty()) {
        const QString &text = mDocument->searchTextAt(sourceRow);
        for (const QString &word : mWords) {
            if (!text.contains(word))
                return false;
        }
    }
    return true;
}

AssetFilterProxy::SortKey AssetFilterProxy::sortKey(int row, int column) const
{
    const Document &doc = *mDocument;
    const Asset &a = doc.assetAt(row);
    SortKey k;
    auto text = [&k](const QString &s) {
        k.text = s;
        // The first four UTF-16 units, big-endian: comparing these integers orders like
        // QString::compare() does, and settles most comparisons without reading the strings.
        for (int i = 0; i < 4; ++i)
            k.prefix = (k.prefix << 16) | (i < s.size() ? s.at(i).unicode() : 0u);
    };
    auto date = [](const QDate &d) { return d.isValid() ? d.toJulianDay() : std::numeric_limits<qint64>::min(); };
    using M = AssetTableModel;
    switch (column) {
    case M::NumberColumn:
        text(a.number);
        break;
    case M::DepartmentColumn:
        text(doc.departmentName(a.departmentId));
        break;
    case M::BusinessCategoryColumn:
        text(a.businessCategory);
        break;
    case M::NameColumn:
        text(a.name);
        break;
    case M::KindColumn:
        k.number = int(a.kind);
        break;
    case M::SystemColumn: {
        const Asset *system = a.systemId ? doc.asset(a.systemId) : nullptr;
        text(system ? system->name : QString());
        break;
    }
    case M::SegmentColumn:
        k.number = int(a.segment);
        break;
    case M::UserScopeColumn:
        text(a.userScope);
        break;
    case M::ManagerColumn:
        text(doc.personName(a.managerId));
        break;
    case M::MediumColumn:
        text(a.medium);
        break;
    case M::PersonalInfoColumn:
        k.number = a.personalInfo;
        break;
    case M::SensitivePersonalInfoColumn:
        k.number = a.sensitivePersonalInfo;
        break;
    case M::MyNumberColumn:
        k.number = a.myNumber;
        break;
    case M::SubjectCountColumn:
        k.number = a.subjectCount;
        break;
    case M::ConfidentialityColumn:
    case M::IntegrityColumn:
    case M::AvailabilityColumn: {
        // Levels point into the scheme's ordered list of the axis: the address orders them.
        const int x = doc.scheme().axisIndex(M::axisIdOf(column));
        const EffectiveClassification *c = doc.classificationAt(row);
        if (x >= 0 && c && size_t(x) < c->axes.size())
            k.number = qintptr(c->axes[size_t(x)].effective);
        break;
    }
    case M::ImportanceColumn: {
        const EffectiveClassification *c = doc.classificationAt(row);
        k.number = c ? qintptr(c->importance) : 0;
        break;
    }
    case M::RestrictionsColumn:
        text(a.restrictions.join(QChar(u'\x1f')));
        break;
    case M::MeasuresColumn: {
        // Least done (as a share of what is required) first; nothing required last.
        const EffectiveClassification *c = doc.classificationAt(row);
        const auto [done, required] = M::measureCounts(a, c ? c->requiredMeasures : QStringList());
        k.number = required ? qint64(done) * 1000000 / required : 2000000;
        break;
    }
    case M::EncryptedColumn:
        k.number = a.encrypted;
        break;
    case M::WireLockedColumn:
        k.number = a.wireLocked;
        break;
    case M::RemoteOperateColumn:
        k.number = a.canRemoteOperate;
        break;
    case M::ProvisionColumn:
        k.number = int(a.provision);
        break;
    case M::RetentionPeriodColumn:
        text(a.retentionPeriod);
        break;
    case M::RetentionUntilColumn:
        k.number = date(a.retentionUntil);
        break;
    case M::RegisteredOnColumn:
        k.number = date(a.registeredOn);
        break;
    case M::UpdatedOnColumn:
        k.number = date(a.updatedOn);
        break;
    case M::UpdatedByColumn:
        text(a.updatedBy);
        break;
    case M::NotesColumn:
        text(a.notes);
        break;
    case M::StatusColumn:
        k.number = int(a.status);
        break;
    case M::UsePlaceColumn:
        text(doc.placePath(a.usePlaceId));
        break;
    case M::StorePlaceColumn:
        text(doc.placePath(a.effectiveStorePlaceId()));
        break;
    case M::FindingsColumn: {
        // Worst severity first, then how many.
        const std::optional<Severity> worst = doc.findings().worstAt(row);
        int n = 0;
        for (const Finding &f : doc.findingsAt(row))
            n += !f.accepted;
        k.number = worst ? (qint64(*worst) + 1) * 1000 + n : 0;
        break;
    }
    default:
        break;
    }
    return k;
}

int AssetFilterProxy::compareKeys(const SortKey &a, const SortKey &b)
{
    if (a.number != b.number)
        return a.number < b.number ? -1 : 1;
    if (a.prefix != b.prefix)
        return a.prefix < b.prefix ? -1 : 1;
    return QString::compare(a.text, b.text);
}

bool AssetFilterProxy::less(int l, int r, int column) const
{
    const int c = compareKeys(sortKey(l, column), sortKey(r, column));
    // Ties keep the register's order (by id), so the order is total and stable.
    return c != 0 ? c < 0 : l < r;
}

void AssetFilterProxy::buildRanks(int column) const
{
    // The keys first, in one pass over the rows: comparing rows directly would jump around
    // 100k assets and their classifications, and the cache misses would cost most of the time.
    const int n = mDocument->assetCount();
    std::vector<SortKey> keys;
    keys.reserve(size_t(n));
    for (int row = 0; row < n; ++row)
        keys.push_back(sortKey(row, column));
    mOrder.resize(size_t(n));
    std::iota(mOrder.begin(), mOrder.end(), 0);
    std::sort(mOrder.begin(), mOrder.end(), [&](int l, int r) {
        const int c = compareKeys(keys[size_t(l)], keys[size_t(r)]);
        return c != 0 ? c < 0 : l < r;
    });
    mRank.resize(size_t(n));
    for (int i = 0; i < n; ++i)
        mRank[size_t(mOrder[size_t(i)])] = i;
    mRankColumn = column;
}

void AssetFilterProxy::updateRanks(const QList<int> &rows)
{
    if (mRankColumn < 0 || !mDocument)
        return;
    if (rows.size() > 64 || mRank.size() != size_t(mDocument->assetCount())) {
        mRankColumn = -1; // cheaper to sort again
    } else {
        // Take the changed rows out; the rest is still in order. Then put each back in its place.
        std::vector<char> changed(mRank.size(), 0);
        for (int row : rows) {
            if (row >= 0 && size_t(row) < changed.size())
                changed[size_t(row)] = 1;
        }
        mOrder.erase(std::remove_if(mOrder.begin(), mOrder.end(),
                                    [&](int row) { return changed[size_t(row)] != 0; }),
                     mOrder.end());
        for (int row : rows) {
            if (row < 0 || size_t(row) >= changed.size())
                continue;
            const auto at = std::lower_bound(mOrder.begin(), mOrder.end(), row,
                                             [&](int a, int b) { return less(a, b, mRankColumn); });
            mOrder.insert(at, row);
        }
        for (size_t i = 0; i < mOrder.size(); ++i)
            mRank[size_t(mOrder[i])] = int(i);
    }
}

void AssetFilterProxy::ensureRanks() const
{
    if (mSortColumn >= 0 && mDocument
        && (mRankColumn != mSortColumn || mRank.size() != size_t(mDocument->assetCount())
            || mOrder.size() != mRank.size()))
        buildRanks(mSortColumn);
}

// Mapping

int AssetFilterProxy::sourceRowCount() const
{
    // Rows come from the Document: the source model is the Document's table.
    return mDocument && sourceModel() ? mDocument->assetCount() : 0;
}

template <typename Visible>
std::vector<int> AssetFilterProxy::mapping(const Visible &visible) const
{
    const int n = sourceRowCount();
    std::vector<int> rows;
    rows.reserve(size_t(n));
    if (mSortColumn >= 0 && n > 0) {
        // Filter in the register's order (reading the assets one after the other, not jumping
        // around memory), then walk the known order of all rows: no comparisons.
        std::vector<char> keep(static_cast<size_t>(n));
        for (int row = 0; row < n; ++row)
            keep[size_t(row)] = visible(row) ? 1 : 0;
        ensureRanks();
        if (mSortOrder == Qt::AscendingOrder) {
            for (int row : mOrder) {
                if (keep[size_t(row)])
                    rows.push_back(row);
            }
        } else {
            for (auto it = mOrder.rbegin(); it != mOrder.rend(); ++it) {
                if (keep[size_t(*it)])
                    rows.push_back(*it);
            }
        }
    } else {
        for (int row = 0; row < n; ++row) {
            if (visible(row))
                rows.push_back(row);
        }
    }
    return rows;
}

void AssetFilterProxy::setMapping(std::vector<int> rows)
{
    mProxyToSource = std::move(rows);
    mSourceToProxy.assign(size_t(sourceRowCount()), -1);
    for (size_t i = 0; i < mProxyToSource.size(); ++i)
        mSourceToProxy[size_t(mProxyToSource[i])] = int(i);
}

void AssetFilterProxy::applyMapping(std::vector<int> rows, QAbstractItemModel::LayoutChangeHint hint)
{
    if (mSourceChanging)
        return; // the source's change ends with a full rebuild
    if (rows == mProxyToSource && mSourceToProxy.size() == size_t(sourceRowCount()))
        return;
    beginLayoutChange(hint);
    setMapping(std::move(rows));
    endLayoutChange(hint);
}

void AssetFilterProxy::beginLayoutChange(QAbstractItemModel::LayoutChangeHint hint)
{
    emit layoutAboutToBeChanged({}, hint);
    // The persistent indexes (the view's selection, its current index) as source rows.
    mSavedProxy = persistentIndexList();
    mSavedSource.clear();
    mSavedSource.reserve(mSavedProxy.size());
    for (const QModelIndex &index : std::as_const(mSavedProxy))
        mSavedSource.append(QPersistentModelIndex(mapToSource(index)));
}

void AssetFilterProxy::endLayoutChange(QAbstractItemModel::LayoutChangeHint hint)
{
    QModelIndexList to;
    to.reserve(mSavedProxy.size());
    for (const QPersistentModelIndex &source : std::as_const(mSavedSource))
        to.append(mapFromSource(source));
    changePersistentIndexList(mSavedProxy, to);
    mSavedProxy.clear();
    mSavedSource.clear();
    emit layoutChanged({}, hint);
}

void AssetFilterProxy::recheckRows(const QList<int> &rows)
{
    const int n = sourceRowCount();
    if (mSourceChanging || mSourceToProxy.size() != size_t(n)) {
        refilter();
        return;
    }
    std::vector<char> recheck(size_t(n), 0);
    for (int row : rows) {
        if (row >= 0 && row < n)
            recheck[size_t(row)] = 1;
    }
    applyMapping(mapping([&](int row) {
                     return recheck[size_t(row)] ? filterAcceptsRow(row) : mSourceToProxy[size_t(row)] >= 0;
                 }),
                 QAbstractItemModel::NoLayoutChangeHint);
}

bool AssetFilterProxy::inPlace(int sourceRow) const
{
    if (mSortColumn < 0)
        return true; // the source's order, which a data change does not change
    ensureRanks();
    const int p = mSourceToProxy[size_t(sourceRow)];
    const bool ascending = mSortOrder == Qt::AscendingOrder;
    auto before = [&](int a, int b) { // a is shown before b
        return ascending ? mRank[size_t(a)] < mRank[size_t(b)] : mRank[size_t(a)] > mRank[size_t(b)];
    };
    if (p > 0 && !before(mProxyToSource[size_t(p - 1)], sourceRow))
        return false;
    if (size_t(p + 1) < mProxyToSource.size() && !before(sourceRow, mProxyToSource[size_t(p + 1)]))
        return false;
    return true;
}

// Source model signals

void AssetFilterProxy::sortKeysChanged(const QList<int> &rows)
{
    updateRanks(rows);
    // The values changed before the source's dataChanged(): filter these rows again and put
    // them in place now, all at once (a reclassification moves several rows together).
    recheckRows(rows);
}

void AssetFilterProxy::sourceAboutToChange()
{
    if (mSourceChanging)
        return;
    beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
    mSourceChanging = true;
}

void AssetFilterProxy::sourceChanged()
{
    if (!mSourceChanging)
        beginLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
    mSourceChanging = false;
    mRankColumn = -1;
    setMapping(mapping([this](int row) { return filterAcceptsRow(row); }));
    endLayoutChange(QAbstractItemModel::NoLayoutChangeHint);
}

void AssetFilterProxy::sourceAboutToBeReset() { beginResetModel(); }

void AssetFilterProxy::sourceReset()
{
    mRankColumn = -1;
    mSourceChanging = false;
    mSavedProxy.clear();
    mSavedSource.clear();
    setMapping(mapping([this](int row) { return filterAcceptsRow(row); }));
    endResetModel();
}

void AssetFilterProxy::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                         const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid() || mSourceChanging)
        return;
    const int n = sourceRowCount();
    if (mSourceToProxy.size() != size_t(n)) {
        refilter();
        return;
    }
    const int top = std::max(topLeft.row(), 0);
    const int bottom = std::min(bottomRight.row(), n - 1);
    if (top > bottom)
        return;
    constexpr int kManyRows = 64;
    const bool many = bottom - top + 1 > kManyRows;
    // Usually sortKeysChanged() has put the rows in place already: then only check them.
    bool settled = !many;
    for (int row = top; settled && row <= bottom; ++row) {
        const bool shown = mSourceToProxy[size_t(row)] >= 0;
        settled = filterAcceptsRow(row) == shown && (!shown || inPlace(row));
    }
    if (!settled) {
        QList<int> rows;
        rows.reserve(bottom - top + 1);
        for (int row = top; row <= bottom; ++row)
            rows.append(row);
        recheckRows(rows);
    }
    if (mProxyToSource.empty())
        return;
    const int left = topLeft.column();
    const int right = bottomRight.column();
    if (many) {
        emit dataChanged(index(0, left), index(rowCount() - 1, right), roles);
        return;
    }
    for (int row = top; row <= bottom; ++row) {
        const int p = mSourceToProxy[size_t(row)];
        if (p >= 0)
            emit dataChanged(index(p, left), index(p, right), roles);
    }
}

void AssetFilterProxy::sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last)
{
    if (orientation == Qt::Horizontal)
        emit headerDataChanged(orientation, first, last);
    else if (rowCount() > 0)
        emit headerDataChanged(orientation, 0, rowCount() - 1);
}

// QAbstractProxyModel

void AssetFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (QAbstractItemModel *old = sourceModel()) {
        disconnect(old, nullptr, this, nullptr);
        if (old == mModel && model != mModel) {
            mModel = nullptr;
            mDocument = nullptr;
        }
    }
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        using M = QAbstractItemModel;
        using P = AssetFilterProxy;
        connect(model, &M::dataChanged, this, &P::sourceDataChanged);
        connect(model, &M::headerDataChanged, this, &P::sourceHeaderDataChanged);
        connect(model, &M::rowsAboutToBeInserted, this, &P::sourceAboutToChange);
        connect(model, &M::rowsInserted, this, &P::sourceChanged);
        connect(model, &M::rowsAboutToBeRemoved, this, &P::sourceAboutToChange);
        connect(model, &M::rowsRemoved, this, &P::sourceChanged);
        connect(model, &M::rowsAboutToBeMoved, this, &P::sourceAboutToChange);
        connect(model, &M::rowsMoved, this, &P::sourceChanged);
        connect(model, &M::layoutAboutToBeChanged, this, &P::sourceAboutToChange);
        connect(model, &M::layoutChanged, this, &P::sourceChanged);
        connect(model, &M::modelAboutToBeReset, this, &P::sourceAboutToBeReset);
        connect(model, &M::modelReset, this, &P::sourceReset);
        // Columns do not change in the ledger: start again if they ever do.
        connect(model, &M::columnsAboutToBeInserted, this, &P::sourceAboutToBeReset);
        connect(model, &M::columnsInserted, this, &P::sourceReset);
        connect(model, &M::columnsAboutToBeRemoved, this, &P::sourceAboutToBeReset);
        connect(model, &M::columnsRemoved, this, &P::sourceReset);
        connect(model, &M::columnsAboutToBeMoved, this, &P::sourceAboutToBeReset);
        connect(model, &M::columnsMoved, this, &P::sourceReset);
    }
    mRankColumn = -1;
    mSourceChanging = false;
    setMapping(mapping([this](int row) { return filterAcceptsRow(row); }));
    endResetModel();
}

QModelIndex AssetFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    QAbstractItemModel *source = sourceModel();
    if (!source || !proxyIndex.isValid() || proxyIndex.row() < 0 || size_t(proxyIndex.row()) >= mProxyToSource.size())
        return {};
    return source->index(mProxyToSource[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex AssetFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.parent().isValid()
        || size_t(sourceIndex.row()) >= mSourceToProxy.size())
        return {};
    const int row = mSourceToProxy[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex AssetFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= mProxyToSource.size()
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex AssetFilterProxy::parent(const QModelIndex &) const { return {}; }

int AssetFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mProxyToSource.size());
}

int AssetFilterProxy::columnCount(const QModelIndex &parent) const
{
    QAbstractItemModel *source = sourceModel();
    return parent.isValid() || !source ? 0 : source->columnCount();
}

bool AssetFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QVariant AssetFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    QAbstractItemModel *source = sourceModel();
    if (!source)
        return QAbstractProxyModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return source->headerData(section, orientation, role);
    if (section >= 0 && size_t(section) < mProxyToSource.size())
        return source->headerData(mProxyToSource[size_t(section)], orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

void AssetFilterProxy::sort(int column, Qt::SortOrder order)
{
    mSortColumn = column < 0 ? -1 : column;
    mSortOrder = order;
    const int n = sourceRowCount();
    if (mSourceToProxy.size() != size_t(n)) {
        refilter();
        return;
    }
    applyMapping(mapping([this](int row) { return mSourceToProxy[size_t(row)] >= 0; }),
                 QAbstractItemModel::VerticalSortHint);
}

} // namespace daicho
