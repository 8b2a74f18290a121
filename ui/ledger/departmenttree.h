#pragma once

#include "core/entities.h"

#include <QCoreApplication>
#include <QList>

class QComboBox;

namespace daicho {

/// The departments in a combo box as the ledger dialogs offer them: in tree order (部 › 課 ›
/// 係), indented, each as 「名称（コード）」 with its code as the item's data.
class DepartmentTree {
    Q_DECLARE_TR_FUNCTIONS(daicho::DepartmentTree)
public:
    /// Appends them after what `combo` already holds. With `idRole` >= 0 each item also holds
    /// the department's id under that role. A department whose parent is missing comes last,
    /// unindented, so that none is left out.
    static void addTo(QComboBox *combo, const QList<Department> &departments, int idRole = -1);
};

} // namespace daicho
