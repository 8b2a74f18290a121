#include "ui/assetfilterproxy.h"

#include "ui/assettablemodel.h"
#include "ui/document.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace daicho {

AssetFilterProxy::AssetFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void AssetFilterProxy::setAssetModel(AssetTableModel *model)
{
    if (mModel)
        disconnect(mModel, nullptr, this, nullptr);
    mModel = model;
    mDocument = model ? model->document() : nullptr;
    mAxisIndex = -1;
    mRankColumn = -1;
    if (mModel) {
        connect(mModel, &AssetTableModel::sortKeysReset, this, [this] { mRankColumn = -1; });
        connect(mModel, &AssetTableModel::sortKeysChanged, this, &AssetFilterProxy::updateRanks);
    }
    setSourceModel(model);
}

// A full rebuild (filter every row, sort the rows kept) rather than invalidateFilter():
// QSortFilterProxyModel applies a filter change interval by interval, each costing O(rows),
// which is quadratic when the rows that come or go are scattered over 100k rows.
void AssetFilterProxy::refilter() { invalidate(); }

void AssetFilterProxy::setSearchText(const QString &text)
{
    QStringList words = Document::foldForSearch(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == mWords)
        return;
    mWords = words;
    refilter();
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

void AssetFilterProxy::clearFilters()
{
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
    const QModelIndex source = mapToSource(index(proxyRow, 0));
    return source.isValid() && mModel ? mModel->assetIdAt(source.row()) : 0;
}

int AssetFilterProxy::proxyRowOf(Id assetId) const
{
    if (!mDocument || !mModel)
        return -1;
    const int row = mDocument->rowOf(assetId);
    return row < 0 ? -1 : mapFromSource(mModel->index(row, 0)).row();
}

bool AssetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !mDocument || sourceRow >= mDocument->assetCount())
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
    // QSortFilterProxyModel moves a changed row only when it is out of place next to its
    // neighbours, and takes the other rows as unchanged: right for one row, not for several
    // that changed together (a reclassification). Then sort again (O(rows) with the ranks).
    if (rows.size() > 1 && sortColumn() >= 0)
        invalidate();
}

bool AssetFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!mDocument)
        return false;
    const int column = left.column();
    if (column != mRankColumn || mRank.size() != size_t(mDocument->assetCount()))
        buildRanks(column);
    return mRank[size_t(left.row())] < mRank[size_t(right.row())];
}

} // namespace daicho
