#include "ui/assetitemdelegate.h"

#include "ui/assettablemodel.h"
#include "ui/warekidateedit.h"

#include <QComboBox>
#include <QSpinBox>

namespace daicho {

QWidget *AssetItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const QVariant choices = index.data(AssetTableModel::ChoicesRole);
    if (choices.isValid()) {
        auto *combo = new QComboBox(parent);
        for (const QVariant &entry : choices.toList()) {
            const QVariantList pair = entry.toList();
            combo->addItem(pair.value(0).toString(), pair.value(1));
        }
        return combo;
    }
    if (AssetTableModel::isDateColumn(index.column()))
        return new WarekiDateEdit(parent);
    if (index.column() == AssetTableModel::SubjectCountColumn) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(-1, 999999999);
        spin->setSpecialValueText(tr("Unknown"));
        spin->setGroupSeparatorShown(true);
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void AssetItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant value = index.data(Qt::EditRole);
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemData(i) == value || combo->itemData(i).toString() == value.toString()) {
                combo->setCurrentIndex(i);
                break;
            }
        }
        return;
    }
    if (auto *date = qobject_cast<WarekiDateEdit *>(editor)) {
        date->setText(index.data(Qt::EditRole).toString());
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toInt());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void AssetItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData());
        return;
    }
    if (auto *date = qobject_cast<WarekiDateEdit *>(editor)) {
        model->setData(index, date->text());
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        model->setData(index, spin->value());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace daicho
