#include "ui/columnsdialog.h"

#include <QAbstractItemModel>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

ColumnsDialog::ColumnsDialog(QHeaderView *header, const QList<int> &unused, QWidget *parent)
    : QDialog(parent), mHeader(header), mUnused(unused), mList(new QListWidget)
{
    setWindowTitle(tr("Columns"));
    mList->setObjectName(QStringLiteral("columnList"));
    mList->setDragDropMode(QAbstractItemView::InternalMove);
    auto *up = new QPushButton(tr("Move up"));
    auto *down = new QPushButton(tr("Move down"));
    auto *reset = new QPushButton(tr("Reset"));
    auto *side = new QVBoxLayout;
    side->addWidget(up);
    side->addWidget(down);
    side->addStretch();
    side->addWidget(reset);
    auto *body = new QHBoxLayout;
    body->addWidget(mList, 1);
    body->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body);
    layout->addWidget(buttons);
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(reset, &QPushButton::clicked, this, &ColumnsDialog::reset);
    connect(buttons, &QDialogButtonBox::accepted, this, &ColumnsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(360, 520);
    fill(false);
}

void ColumnsDialog::fill(bool defaults)
{
    mList->clear();
    const QAbstractItemModel *model = mHeader->model();
    for (int visual = 0; visual < mHeader->count(); ++visual) {
        const int logical = defaults ? visual : mHeader->logicalIndex(visual);
        if (mUnused.contains(logical))
            continue;
        auto *item = new QListWidgetItem(model->headerData(logical, Qt::Horizontal).toString(), mList);
        item->setData(Qt::UserRole, logical);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(defaults || !mHeader->isSectionHidden(logical) ? Qt::Checked : Qt::Unchecked);
    }
}

void ColumnsDialog::move(int delta)
{
    const int row = mList->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= mList->count())
        return;
    QListWidgetItem *item = mList->takeItem(row);
    mList->insertItem(target, item);
    mList->setCurrentRow(target);
}

void ColumnsDialog::reset() { fill(true); }

void ColumnsDialog::accept()
{
    // Listed columns first, in the list's order; the unused ones stay hidden at the end.
    for (int i = 0; i < mList->count(); ++i) {
        const int logical = mList->item(i)->data(Qt::UserRole).toInt();
        mHeader->moveSection(mHeader->visualIndex(logical), i);
        mHeader->setSectionHidden(logical, mList->item(i)->checkState() != Qt::Checked);
    }
    for (int logical : std::as_const(mUnused))
        mHeader->setSectionHidden(logical, true);
    QDialog::accept();
}

} // namespace daicho
