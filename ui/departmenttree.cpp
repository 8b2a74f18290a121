#include "ui/departmenttree.h"

#include "core/wareki.h"
#include "ui/document.h"

#include <QDate>
#include <QEvent>
#include <QHash>

namespace daicho {

DepartmentTree::DepartmentTree(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setColumnCount(1);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setObjectName(QStringLiteral("departmentTree"));
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current)
            emit departmentSelected(current->data(0, Qt::UserRole).toLongLong());
    });
    rebuild();
}

void DepartmentTree::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (mDocument)
        connect(mDocument, &Document::departmentsChanged, this, &DepartmentTree::rebuild);
    rebuild();
}

Id DepartmentTree::selectedDepartment() const
{
    const QTreeWidgetItem *item = currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void DepartmentTree::selectDepartment(Id id)
{
    QTreeWidgetItemIterator it(this);
    for (; *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toLongLong() == id) {
            setCurrentItem(*it);
            return;
        }
    }
    setCurrentItem(mAll);
}

void DepartmentTree::rebuild()
{
    const Id keep = selectedDepartment();
    {
        const QSignalBlocker blocker(this);
        fill();
        selectDepartment(keep);
    }
    if (keep != selectedDepartment())
        emit departmentSelected(selectedDepartment());
}

void DepartmentTree::fill()
{
    clear();
    mAll = new QTreeWidgetItem(this);
    mAll->setData(0, Qt::UserRole, qlonglong(0));
    retranslate();
    if (!mDocument)
        return;
    QHash<Id, QTreeWidgetItem *> items;
    const QList<Department> &departments = mDocument->departments();
    for (const Department &d : departments) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, d.code.isEmpty() ? d.name : d.code + u' ' + d.name);
        item->setData(0, Qt::UserRole, qlonglong(d.id));
        if (d.validTo.isValid() && d.validTo < QDate::currentDate()) {
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(0, tr("No longer in use since %1").arg(Wareki::formatLong(d.validTo)));
        }
        items.insert(d.id, item);
    }
    for (const Department &d : departments) {
        QTreeWidgetItem *item = items.value(d.id);
        QTreeWidgetItem *parent = items.value(d.parentId, mAll);
        // A parent chain that loops (bad data) would detach items from the tree: hang them at the top.
        for (QTreeWidgetItem *p = parent; p && p != mAll; p = p->parent()) {
            if (p == item) {
                parent = mAll;
                break;
            }
        }
        parent->addChild(item);
    }
    expandAll();
}

void DepartmentTree::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void DepartmentTree::retranslate()
{
    if (mAll)
        mAll->setText(0, tr("All departments"));
}

} // namespace daicho
