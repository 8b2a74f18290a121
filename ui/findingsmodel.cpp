#include "ui/findingsmodel.h"

#include "core/wareki.h"
#include "ui/document.h"
#include "ui/findingstyle.h"

#include <algorithm>

namespace daicho {

FindingsModel::FindingsModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), mDocument(document)
{
    // Every row whose findings changed is also in the assetsChanged() that follows, together
    // with rows whose number, name or department changed (shown, and filtered by department).
    connect(document, &Document::assetsChanged, this, &FindingsModel::updateRows);
    connect(document, &Document::findingsReset, this, &FindingsModel::rebuild);
    connect(document, &Document::departmentsChanged, this, [this] {
        mDepartments = mDepartment ? mDocument->departmentSubtree(mDepartment) : QSet<Id>();
        rebuild();
    });
    connect(document, &Document::placesChanged, this, [this] {
        if (!mEntries.empty())
            emit dataChanged(index(0, AreaColumn), index(rowCount() - 1, MessageColumn));
    });
    rebuild();
}

void FindingsModel::setSeverity(std::optional<Severity> severity)
{
    mSeverity = severity;
    rebuild();
}

void FindingsModel::setDepartment(Id departmentId)
{
    mDepartment = departmentId;
    mDepartments = departmentId ? mDocument->departmentSubtree(departmentId) : QSet<Id>();
    rebuild();
}

void FindingsModel::setCode(std::optional<FindingCode> code)
{
    mCode = code;
    rebuild();
}

void FindingsModel::setShowAccepted(bool show)
{
    mShowAccepted = show;
    rebuild();
}

bool FindingsModel::accepts(const Finding &f, int assetRow) const
{
    if (f.accepted && !mShowAccepted)
        return false;
    if (mSeverity && f.severity != *mSeverity)
        return false;
    if (mCode && f.code != *mCode)
        return false;
    if (mDepartment && !mDepartments.contains(mDocument->assetAt(assetRow).departmentId))
        return false;
    return true;
}

void FindingsModel::rebuild()
{
    beginResetModel();
    mEntries.clear();
    const FindingSet &set = mDocument->findings();
    const int rows = std::min(set.size(), mDocument->assetCount());
    // Errors first, then warnings, then notes: three passes instead of a sort.
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info}) {
        for (int row = 0; row < rows; ++row) {
            const std::vector<Finding> &findings = set.at(row);
            for (int i = 0; i < int(findings.size()); ++i) {
                const Finding &f = findings[size_t(i)];
                if (f.severity == s && accepts(f, row))
                    mEntries.push_back({orderOf(s), row, i, Key::of(f)});
            }
        }
    }
    endResetModel();
}

void FindingsModel::updateRows(const QList<int> &assetRows)
{
    // An edit that reaches many rows (a system thousands of terminals access, a room full of
    // assets) is cheaper as one rebuild than as thousands of removals and insertions.
    constexpr int kRowLimit = 256;
    if (assetRows.size() > kRowLimit) {
        rebuild();
        return;
    }
    const FindingSet &set = mDocument->findings();
    for (int row : assetRows) {
        if (row < 0 || row >= set.size())
            continue;
        for (int order = 0; order < 3; ++order) {
            const auto lo = std::lower_bound(mEntries.begin(), mEntries.end(), Entry{order, row, 0, {}});
            const auto hi = std::lower_bound(lo, mEntries.end(), Entry{order, row + 1, 0, {}});
            if (lo == hi)
                continue;
            const int first = int(lo - mEntries.begin());
            beginRemoveRows(QModelIndex(), first, first + int(hi - lo) - 1);
            mEntries.erase(lo, hi);
            endRemoveRows();
        }
        const std::vector<Finding> &findings = set.at(row);
        for (int order = 0; order < 3; ++order) {
            std::vector<Entry> fresh;
            for (int i = 0; i < int(findings.size()); ++i) {
                const Finding &f = findings[size_t(i)];
                if (orderOf(f.severity) == order && accepts(f, row))
                    fresh.push_back({order, row, i, Key::of(f)});
            }
            if (fresh.empty())
                continue;
            const auto at = std::lower_bound(mEntries.begin(), mEntries.end(), fresh.front());
            const int first = int(at - mEntries.begin());
            beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
            mEntries.insert(at, fresh.begin(), fresh.end());
            endInsertRows();
        }
    }
}

void FindingsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!mEntries.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const Finding *FindingsModel::findingAt(int row) const
{
    if (row < 0 || size_t(row) >= mEntries.size())
        return nullptr;
    const Entry &e = mEntries[size_t(row)];
    if (e.row >= mDocument->findings().size())
        return nullptr;
    const std::vector<Finding> &findings = mDocument->findingsAt(e.row);
    if (size_t(e.index) >= findings.size())
        return nullptr;
    const Finding &f = findings[size_t(e.index)];
    return Key::of(f) == e.key ? &f : nullptr;
}

std::optional<FindingsModel::Key> FindingsModel::keyAt(int row) const
{
    if (row < 0 || size_t(row) >= mEntries.size())
        return std::nullopt;
    return mEntries[size_t(row)].key;
}

int FindingsModel::rowOf(const Key &key) const
{
    for (size_t r = 0; r < mEntries.size(); ++r) {
        if (mEntries[r].key == key)
            return int(r);
    }
    return -1;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mEntries.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const Finding *f = index.isValid() ? findingAt(index.row()) : nullptr;
    if (!f)
        return {};
    const int assetRow = mEntries[size_t(index.row())].row;
    if (assetRow >= mDocument->assetCount())
        return {};
    const Asset &a = mDocument->assetAt(assetRow);
    if (role == AssetIdRole)
        return QVariant::fromValue<qlonglong>(a.id);
    if (role == Qt::DecorationRole && index.column() == SeverityColumn)
        return severityIcon(f->severity);
    if (role == Qt::BackgroundRole && index.column() == SeverityColumn && !f->accepted)
        return severityColor(f->severity);
    if (role == Qt::ToolTipRole) {
        if (index.column() == AreaColumn)
            return mDocument->placePath(f->placeId);
        return mDocument->checker().message(*f);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeverityColumn:
        return FindingChecker::severityLabel(f->severity);
    case CodeColumn:
        return FindingChecker::title(f->code);
    case NumberColumn:
        return a.number;
    case NameColumn:
        return a.name;
    case DepartmentColumn:
        return mDocument->departmentName(a.departmentId);
    case AreaColumn: {
        const Place *p = f->placeId ? mDocument->place(f->placeId) : nullptr;
        return p ? p->name : QString();
    }
    case MessageColumn:
        return mDocument->checker().message(*f);
    case AcceptanceColumn: {
        const Acceptance *acc = f->acceptanceId ? mDocument->acceptance(f->acceptanceId) : nullptr;
        if (!acc)
            return QString();
        return f->accepted ? tr("Accepted until %1").arg(Wareki::formatShort(acc->until))
                           : tr("Lapsed %1").arg(Wareki::formatShort(acc->until));
    }
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Rule");
    case NumberColumn:
        return tr("Asset No.");
    case NameColumn:
        return tr("Asset name");
    case DepartmentColumn:
        return tr("Department");
    case AreaColumn:
        return tr("Area");
    case MessageColumn:
        return tr("Message");
    case AcceptanceColumn:
        return tr("Acceptance");
    default:
        return {};
    }
}

} // namespace daicho
