#pragma once

#include "core/entities.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

namespace daicho {

class AssetTableModel;
class Document;

/// Search, filters and sorting over AssetTableModel. Works on the Document's values
/// directly (no QVariant per row or comparison), so that a keystroke in the search field
/// and a click on a column header stay fast at 100k rows.
class AssetFilterProxy : public QSortFilterProxyModel {
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
    void clearFilters();

    // Getters
    Id departmentFilter() const { return mDepartment; }
    Id assetIdAt(int proxyRow) const;
    int proxyRowOf(Id assetId) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /// What a row sorts by in a column: a number, or a text (with its first characters as
    /// an integer, so that most comparisons need not read the strings).
    struct SortKey {
        qint64 number = 0;
        quint64 prefix = 0;
        QString text;
    };
    void refilter();
    SortKey sortKey(int row, int column) const;
    static int compareKeys(const SortKey &a, const SortKey &b);
    bool less(int leftRow, int rightRow, int column) const;
    /// Ranks of all source rows by `column`, so that lessThan() compares two integers.
    void buildRanks(int column) const;
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
    // Sort keys: source row → position in the order by mRankColumn (-1 = not built).
    mutable int mRankColumn = -1;
    mutable std::vector<int> mRank;
    mutable std::vector<int> mOrder; ///< source rows in sorted order
};

} // namespace daicho
