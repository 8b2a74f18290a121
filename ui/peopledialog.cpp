#include "ui/peopledialog.h"

#include "core/exceptions.h"
#include "ui/assetfields.h"
#include "ui/commands/personcommands.h"
#include "ui/document.h"
#include "ui/personeditdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace daicho {

PeopleDialog::PeopleDialog(Document *document, QWidget *parent)
    : QDialog(parent), mDocument(document), mTable(new QTableWidget), mEdit(new QPushButton), mDelete(new QPushButton)
{
    setWindowTitle(tr("People"));
    mTable->setColumnCount(3);
    mTable->setHorizontalHeaderLabels({tr("Name"), tr("Department"), tr("Roles")});
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
    connect(add, &QPushButton::clicked, this, &PeopleDialog::add);
    connect(mEdit, &QPushButton::clicked, this, &PeopleDialog::edit);
    connect(mDelete, &QPushButton::clicked, this, &PeopleDialog::remove);
    connect(mTable, &QTableWidget::cellDoubleClicked, this, &PeopleDialog::edit);
    connect(mTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool any = !mTable->selectedItems().isEmpty();
        mEdit->setEnabled(any);
        mDelete->setEnabled(any);
    });
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(document, &Document::peopleChanged, this, &PeopleDialog::fill);
    connect(document, &Document::departmentsChanged, this, &PeopleDialog::fill);
    resize(640, 400);
    fill();
}

void PeopleDialog::fill()
{
    mTable->setRowCount(0);
    for (const Person &p : mDocument->people()) {
        const int row = mTable->rowCount();
        mTable->insertRow(row);
        const QStringList texts{p.name, mDocument->departmentName(p.departmentId),
                                p.roles.join(AssetFields::listSeparator())};
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            item->setData(Qt::UserRole, qlonglong(p.id));
            mTable->setItem(row, c, item);
        }
    }
    mTable->resizeColumnsToContents();
    mEdit->setEnabled(false);
    mDelete->setEnabled(false);
}

void PeopleDialog::add()
{
    if (mDocument->departments().isEmpty()) {
        QMessageBox::information(this, tr("No departments"), tr("Add a department first: every person belongs to one."));
        return;
    }
    PersonEditDialog dialog(mDocument, Person{}, this);
    dialog.exec();
}

void PeopleDialog::edit()
{
    const QList<QTableWidgetItem *> selected = mTable->selectedItems();
    if (selected.isEmpty())
        return;
    if (const Person *p = mDocument->person(selected.first()->data(Qt::UserRole).toLongLong())) {
        PersonEditDialog dialog(mDocument, *p, this);
        dialog.exec();
    }
}

void PeopleDialog::remove()
{
    const QList<QTableWidgetItem *> selected = mTable->selectedItems();
    if (selected.isEmpty())
        return;
    try {
        mDocument->execute(new DeletePersonCommand(mDocument, selected.first()->data(Qt::UserRole).toLongLong())); // can throw
    } catch (const Exception &e) {
        QMessageBox::warning(this, tr("Person not deleted"), e.message());
    }
}

} // namespace daicho
