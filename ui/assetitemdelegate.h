#pragma once

#include <QStyledItemDelegate>

namespace daicho {

/// Editors for the ledger table: a combo box where the model offers choices
/// (AssetTableModel::ChoicesRole), a 和暦 date field for dates, a count that can be
/// "unknown", and the default line edit elsewhere.
class AssetItemDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace daicho
