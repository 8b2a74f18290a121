#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace daicho {

class Document;

/// The register's people: add, edit, delete (refused with a message while they manage assets).
class PeopleDialog : public QDialog {
    Q_OBJECT
public:
    explicit PeopleDialog(Document *document, QWidget *parent = nullptr);

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
