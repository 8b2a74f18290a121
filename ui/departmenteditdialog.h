#pragma once

#include "core/entities.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace daicho {

class Document;
class WarekiDateEdit;

/// Add or edit one department: code, name, parent, valid from/to. OK pushes the command;
/// a refused one keeps the dialog open with the reason.
class DepartmentEditDialog : public QDialog {
    Q_OBJECT
public:
    /// `department.id == 0` adds a new one.
    DepartmentEditDialog(Document *document, const Department &department, QWidget *parent = nullptr);

    void accept() override;
    QString message() const;

private:
    Document *mDocument;
    Department mDepartment;
    QLineEdit *mCode;
    QLineEdit *mName;
    QComboBox *mParent;
    WarekiDateEdit *mFrom;
    WarekiDateEdit *mTo;
    QLabel *mMessage;
};

} // namespace daicho
