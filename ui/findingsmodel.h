#pragma once

#include "core/findings.h"

#include <QAbstractTableModel>
#include <QSet>

#include <optional>
#include <vector>

namespace daicho {

class Document;

/// Every finding of the register as one table, worst first (errors, warnings, notes; in
/// ledger order within each), with filters by severity, department, code and acceptance.
/// Rebuilt from the Document's FindingSet when findings change: O(findings), no sort.
class FindingsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        CodeColumn,
        NumberColumn,
        NameColumn,
        DepartmentColumn,
        AreaColumn,
        MessageColumn,
        AcceptanceColumn,
        ColumnCount
    };
    enum Role { AssetIdRole = Qt::UserRole + 1 };

    explicit FindingsModel(Document *document, QObject *parent = nullptr);

    // Filters
    void setSeverity(std::optional<Severity> severity); ///< nullopt = all
    void setDepartment(Id departmentId);                ///< with its sub-departments; 0 = all
    void setCode(std::optional<FindingCode> code);      ///< nullopt = all
    void setShowAccepted(bool show);
    std::optional<Severity> severity() const { return mSeverity; }
    Id department() const { return mDepartment; }
    std::optional<FindingCode> code() const { return mCode; }
    bool showAccepted() const { return mShowAccepted; }

    const Finding *findingAt(int row) const;
    /// The row showing the finding of `assetId` with this code, place and subject; -1 if none.
    int rowOf(const Finding &f) const;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Builds the list again (after a change of findings or filters).
    void rebuild();
    void retranslate();

private:
    bool accepts(const Finding &f, int assetRow) const;

    Document *mDocument;
    std::optional<Severity> mSeverity;
    Id mDepartment = 0;
    QSet<Id> mDepartments;
    std::optional<FindingCode> mCode;
    bool mShowAccepted = false;
    std::vector<std::pair<int, int>> mEntries; ///< (asset row, index in its findings)
};

} // namespace daicho
