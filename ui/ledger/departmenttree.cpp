#include "ui/ledger/departmenttree.h"

#include <QComboBox>
#include <QSet>

#include <algorithm>
#include <functional>

namespace daicho {

void DepartmentTree::addTo(QComboBox *combo, const QList<Department> &departments, int idRole)
{
    auto add = [&](const Department &d, int depth) {
        combo->addItem(QString(depth * 2, QChar(0x3000)) + tr("%1 (%2)").arg(d.name, d.code), d.code);
        if (idRole >= 0)
            combo->setItemData(combo->count() - 1, QVariant::fromValue<qlonglong>(d.id), idRole);
    };
    std::function<void(Id, int)> addChildren = [&](Id parent, int depth) {
        QList<const Department *> children;
        for (const Department &d : departments) {
            if (d.parentId == parent)
                children.append(&d);
        }
        std::sort(children.begin(), children.end(), [](const Department *a, const Department *b) { return a->code < b->code; });
        for (const Department *d : std::as_const(children)) {
            add(*d, depth);
            if (depth < 16) // a loop in bad data cannot recurse for ever
                addChildren(d->id, depth + 1);
        }
    };
    addChildren(0, 0);
    QSet<Id> ids;
    for (const Department &d : departments)
        ids.insert(d.id);
    for (const Department &d : departments) {
        if (d.parentId && !ids.contains(d.parentId))
            add(d, 0);
    }
}

} // namespace daicho
