#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace daicho {

class Document;

/// The register's departments: add, edit, delete (refused with a message while in use).
class DepartmentsDialog : public QDialog {
    Q_OBJECT
public:
    explicit DepartmentsDialog(Document *document, QWidget *parent = nullptr);

private:
    void fill();
    void add();
    void edit();
    void remove();

    Document *mDocument;
    QTableWidget *mTable;
    QPushButton *mEdit;
    QPushButton *mDelete;
};

} // namespace daicho
