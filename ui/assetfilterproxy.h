#pragma once

#include "core/entities.h"
#include "core/findings.h"

#include <QSet>
#include <QAbstractProxyModel>
#include <QPersistentModelIndex>

#include <optional>
#include <vector>

namespace daicho {

class AssetTableModel;
class Document;

/// Search, filters and sorting over AssetTableModel. Works on the Document's values
/// directly (no QVariant per row or comparison), so that a keystroke in the search field
/// and a click on a column header stay fast at 100k rows.
///
/// The order of all source rows by the sort column is computed once per column (and kept up
/// to date through edits), so that a filter change only walks that order and keeps the rows
/// that match: O(rows), no comparison sort. Rows that come, go or move are announced as a
/// layout change, with the persistent indexes (the view's selection) carried over.
class AssetFilterProxy : public QAbstractProxyModel {
    Q_OBJECT
public:
    enum class PersonalFilter { Any, Personal, Sensitive, MyNumber, NoPersonal };

    explicit AssetFilterProxy(QObject *parent = nullptr);

    // Setters
    void setAssetModel(AssetTableModel *model);
    /// Words separated by spaces; a row matches when its text fields contain every word.
    void setSearchText(const QString &text);
    /// Effective importance level id; "" = any.
    void setImportance(const QString &level);
    /// Effective level of one axis; empty axis = any.
    void setAxisLevel(const QString &axisId, const QString &level);
    void setKind(std::optional<AssetKind> kind);
    void setSegment(std::optional<NetworkSegment> segment);
    void setPersonal(PersonalFilter filter);
    void setStatus(std::optional<AssetStatus> status);
    /// A department and its sub-departments; 0 = all.
    void setDepartment(Id departmentId);
    /// Only assets with findings in force (of at least `minimum` severity); nullopt = all.
    void setFindings(std::optional<Severity> minimum);
    /// Assets used or kept in the place or any place under it; 0 = anywhere.
    void setPlace(Id placeId);
    void clearFilters();

    // Getters
    Id departmentFilter() const { return mDepartment; }
    Id placeFilter() const { return mPlace; }
    std::optional<Severity> findingsFilter() const { return mFindings; }
    Id assetIdAt(int proxyRow) const;
    int proxyRowOf(Id assetId) const;
    /// -1 = the source's order.
    int sortColumn() const { return mSortColumn; }
    Qt::SortOrder sortOrder() const { return mSortOrder; }

    // General methods
    /// Filters and sorts every row again from scratch (the sort keys too).
    void invalidate();

    // QAbstractProxyModel
    void setSourceModel(QAbstractItemModel *model) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow) const;

private:
    /// What a row sorts by in a column: a number, or a text (with its first characters as
    /// an integer, so that most comparisons need not read the strings).
    struct SortKey {
        qint64 number = 0;
        quint64 prefix = 0;
        QString text;
    };
    void refilter();
    int sourceRowCount() const;
    /// The source rows `visible` keeps, in the current sort order.
    template <typename Visible>
    std::vector<int> mapping(const Visible &visible) const;
    /// Shows `rows` (source rows in proxy order), as a layout change when anything moved.
    void applyMapping(std::vector<int> rows, QAbstractItemModel::LayoutChangeHint hint);
    void setMapping(std::vector<int> rows);
    /// Filters these source rows again (the others keep their state) and puts them in place.
    void recheckRows(const QList<int> &rows);
    /// Whether a shown row is where the order puts it among its neighbours.
    bool inPlace(int sourceRow) const;
    void beginLayoutChange(QAbstractItemModel::LayoutChangeHint hint);
    void endLayoutChange(QAbstractItemModel::LayoutChangeHint hint);
    // Source model signals
    void sourceAboutToChange();
    void sourceChanged();
    void sourceAboutToBeReset();
    void sourceReset();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void sourceHeaderDataChanged(Qt::Orientation orientation, int first, int last);
    void sortKeysChanged(const QList<int> &rows);
    SortKey sortKey(int row, int column) const;
    static int compareKeys(const SortKey &a, const SortKey &b);
    bool less(int leftRow, int rightRow, int column) const;
    /// The order of all source rows by `column` (mOrder), and each row's place in it (mRank).
    void buildRanks(int column) const;
    void ensureRanks() const;
    void updateRanks(const QList<int> &rows);

    AssetTableModel *mModel = nullptr;
    Document *mDocument = nullptr;
    QStringList mWords;
    QString mImportance;
    QString mAxis;
    int mAxisIndex = -1;
    QString mAxisLevel;
    std::optional<AssetKind> mKind;
    std::optional<NetworkSegment> mSegment;
    PersonalFilter mPersonal = PersonalFilter::Any;
    std::optional<AssetStatus> mStatus;
    Id mDepartment = 0;
    QSet<Id> mDepartments;
    std::optional<Severity> mFindings;
    Id mPlace = 0;
    QSet<Id> mPlaces;
    int mSortColumn = -1;
    Qt::SortOrder mSortOrder = Qt::AscendingOrder;
    std::vector<int> mProxyToSource;
    std::vector<int> mSourceToProxy; ///< -1 = filtered out
    /// Between the source's "about to" signal and the change: the persistent indexes and
    /// the source rows they stand for.
    bool mSourceChanging = false;
    QModelIndexList mSavedProxy;
    QList<QPersistentModelIndex> mSavedSource;
    // Sort keys: source row → position in the order by mRankColumn (-1 = not built).
    mutable int mRankColumn = -1;
    mutable std::vector<int> mRank;
    mutable std::vector<int> mOrder; ///< source rows in sorted order
};

} // namespace daicho
