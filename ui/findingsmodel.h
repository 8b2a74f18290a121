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

    /// What identifies a finding across rechecks (as an acceptance does): kept in each entry,
    /// so that it can be read even while the Document's findings are being replaced.
    struct Key {
        Id assetId = 0;
        FindingCode code = FindingCode::ZoneUseLow;
        Id placeId = 0;
        QString subject;
        bool operator==(const Key &o) const = default;
        static Key of(const Finding &f) { return {f.assetId, f.code, f.placeId, f.subject}; }
    };

    /// The finding a row shows; nullptr when the row is out of range or its entry is stale
    /// (the findings changed and the entry is not yet replaced).
    const Finding *findingAt(int row) const;
    std::optional<Key> keyAt(int row) const;
    /// The row showing the finding with this key; -1 if none.
    int rowOf(const Key &key) const;

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Builds the list again (after a change of filters, or of every row's findings).
    void rebuild();
    /// Replaces the entries of these asset rows (sorted) by their current findings: a few
    /// row removals and insertions, so that the view keeps its place and its selection.
    void updateRows(const QList<int> &assetRows);
    void retranslate();

private:
    bool accepts(const Finding &f, int assetRow) const;

    Document *mDocument;
    std::optional<Severity> mSeverity;
    Id mDepartment = 0;
    QSet<Id> mDepartments;
    std::optional<FindingCode> mCode;
    bool mShowAccepted = false;
    /// One shown finding. Ordered by severity (errors first), then asset row, then index.
    struct Entry {
        int order = 0; ///< 0 errors, 1 warnings, 2 notes
        int row = 0;   ///< asset row
        int index = 0; ///< in the row's findings
        Key key;
        bool operator<(const Entry &o) const
        {
            return order != o.order ? order < o.order : row != o.row ? row < o.row : index < o.index;
        }
    };
    static int orderOf(Severity s) { return s == Severity::Error ? 0 : s == Severity::Warning ? 1 : 2; }
    std::vector<Entry> mEntries;
};

} // namespace daicho
