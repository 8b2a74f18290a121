#pragma once

#include "core/entities.h"

#include <QAbstractTableModel>

namespace daicho {

class Document;

/// The ledger as a table: one row per asset (Document's row order), one column per
/// ledger field (domain.md §2.3), with the effective classification of the scheme's
/// axes. Edits from views go through setData() into undo commands.
class AssetTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        DepartmentColumn,
        BusinessCategoryColumn,
        NameColumn,
        KindColumn,
        SystemColumn,
        SegmentColumn,
        UserScopeColumn,
        ManagerColumn,
        MediumColumn,
        PersonalInfoColumn,
        SensitivePersonalInfoColumn,
        MyNumberColumn,
        SubjectCountColumn,
        ConfidentialityColumn,
        IntegrityColumn,
        AvailabilityColumn,
        ImportanceColumn,
        RestrictionsColumn,
        MeasuresColumn,
        EncryptedColumn,
        WireLockedColumn,
        RemoteOperateColumn,
        ProvisionColumn,
        RetentionPeriodColumn,
        RetentionUntilColumn,
        RegisteredOnColumn,
        UpdatedOnColumn,
        UpdatedByColumn,
        NotesColumn,
        StatusColumn,
        UsePlaceColumn,   ///< 使用場所 (the area's name; its path as tool tip)
        StorePlaceColumn, ///< 保管場所
        FindingsColumn,   ///< 指摘: the worst severity in force and the count
        ColumnCount
    };

    enum Role {
        AssetIdRole = Qt::UserRole + 1, ///< qlonglong
        /// For editors: QVariantList of {label, value} pairs (QVariantList of two).
        ChoicesRole,
        /// FindingsColumn: the worst severity in force as int, -1 = none.
        SeverityRole,
    };

    explicit AssetTableModel(Document *document, QObject *parent = nullptr);

    // Getters
    Document *document() const { return mDocument; }
    /// The field key (FieldIssue/JSON name) a column shows.
    static QString fieldOf(int column);
    static int columnOf(const QString &field);
    /// The scheme's axis id of an axis column ("" for other columns).
    static QString axisIdOf(int column);
    static bool isBoolColumn(int column);
    static bool isDateColumn(int column);
    /// False for a column the register's scheme does not use (an axis it lacks).
    bool isColumnUsed(int column) const;
    Id assetIdAt(int row) const;
    /// Counts of the measures an asset's class requires and of those marked done.
    static std::pair<int, int> measureCounts(const Asset &asset, const QStringList &required);

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // General methods
    /// The language changed: headers and every translated cell.
    void retranslate();

signals:
    /// An edit was refused; the message is translated and says why.
    void editRejected(const QString &message);
    /// For sorting proxies, before the matching dataChanged(): the values of these rows changed.
    void sortKeysChanged(const QList<int> &rows);
    /// For sorting proxies, before rows come or go or a whole column changes: start again.
    void sortKeysReset();

private:
    QVariant display(const Asset &a, int row, int column) const;
    QVariant edit(const Asset &a, int column) const;
    QVariant choices(int column) const;
    QString findingsText(int row) const;
    QString findingsToolTip(int row) const;
    bool applyEdit(Asset &a, int column, const QVariant &value, int role);
    void columnsChanged(int column);

    Document *mDocument;
};

} // namespace daicho
