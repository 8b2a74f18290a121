#pragma once

#include "core/entities.h"

#include <QTreeWidget>

namespace daicho {

class Document;

/// The register's departments as a tree, under an "All departments" item. Choosing one
/// shows its assets and those of its sub-departments.
class DepartmentTree : public QTreeWidget {
    Q_OBJECT
public:
    explicit DepartmentTree(QWidget *parent = nullptr);

    void setDocument(Document *document);
    /// 0 = all departments.
    Id selectedDepartment() const;
    void selectDepartment(Id id);

signals:
    void departmentSelected(Id id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void fill();
    void retranslate();

    Document *mDocument = nullptr;
    QTreeWidgetItem *mAll = nullptr;
};

} // namespace daicho
