#include "ui/departmentsdialog.h"

#include "core/exceptions.h"
#include "core/wareki.h"
#include "ui/commands/departmentcommands.h"
#include "ui/departmenteditdialog.h"
#include "ui/document.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace daicho {

DepartmentsDialog::DepartmentsDialog(Document *document, QWidget *parent)
    : QDialog(parent), mDocument(document), mTable(new QTableWidget), mEdit(new QPushButton), mDelete(new QPushButton)
{
    setWindowTitle(tr("Departments"));
    mTable->setColumnCount(5);
    mTable->setHorizontalHeaderLabels(
        {tr("Department code"), tr("Department name"), tr("Parent department"), tr("Valid from"), tr("Valid to")});
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);
    auto *add = new QPushButton(tr("Add…"));
    mEdit->setText(tr("Edit…"));
    mDelete->setText(tr("Delete"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(mEdit);
    buttons->addWidget(mDelete);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTable);
    layout->addLayout(buttons);
    layout->addWidget(close);
    connect(add, &QPushButton::clicked, this, &DepartmentsDialog::add);
    connect(mEdit, &QPushButton::clicked, this, &DepartmentsDialog::edit);
    connect(mDelete, &QPushButton::clicked, this, &DepartmentsDialog::remove);
    connect(mTable, &QTableWidget::cellDoubleClicked, this, &DepartmentsDialog::edit);
    connect(mTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool any = !mTable->selectedItems().isEmpty();
        mEdit->setEnabled(any);
        mDelete->setEnabled(any);
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(document, &Document::departmentsChanged, this, &DepartmentsDialog::fill);
    resize(720, 420);
    fill();
}

void DepartmentsDialog::fill()
{
    mTable->setRowCount(0);
    for (const Department &d : mDocument->departments()) {
        const int row = mTable->rowCount();
        mTable->insertRow(row);
        const QStringList texts{d.code, d.name, mDocument->departmentName(d.parentId), Wareki::formatLong(d.validFrom),
                                Wareki::formatLong(d.validTo)};
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            item->setData(Qt::UserRole, qlonglong(d.id));
            mTable->setItem(row, c, item);
        }
    }
    mTable->resizeColumnsToContents();
    mEdit->setEnabled(false);
    mDelete->setEnabled(false);
}

void DepartmentsDialog::add()
{
    DepartmentEditDialog dialog(mDocument, Department{}, this);
    dialog.exec();
}

void DepartmentsDialog::edit()
{
    const QList<QTableWidgetItem *> selected = mTable->selectedItems();
    if (selected.isEmpty())
        return;
    if (const Department *d = mDocument->department(selected.first()->data(Qt::UserRole).toLongLong())) {
        DepartmentEditDialog dialog(mDocument, *d, this);
        dialog.exec();
    }
}

void DepartmentsDialog::remove()
{
    const QList<QTableWidgetItem *> selected = mTable->selectedItems();
    if (selected.isEmpty())
        return;
    try {
        mDocument->execute(new DeleteDepartmentCommand(mDocument, selected.first()->data(Qt::UserRole).toLongLong())); // can throw
    } catch (const Exception &e) {
        QMessageBox::warning(this, tr("Department not deleted"), e.message());
    }
}

} // namespace daicho
