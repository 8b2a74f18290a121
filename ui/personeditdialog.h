#pragma once

#include "core/entities.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace daicho {

class Document;

/// Add or edit one person: name, department and roles (free text: every city names its
/// roles differently). OK pushes the command; a refused one keeps the dialog open.
class PersonEditDialog : public QDialog {
    Q_OBJECT
public:
    /// `person.id == 0` adds a new one.
    PersonEditDialog(Document *document, const Person &person, QWidget *parent = nullptr);

    void accept() override;

private:
    Document *mDocument;
    Person mPerson;
    QLineEdit *mName;
    QComboBox *mDepartment;
    QLineEdit *mRoles;
    QLabel *mMessage;
};

} // namespace daicho
