#include "ui/personeditdialog.h"

#include "core/exceptions.h"
#include "ui/assetfields.h"
#include "ui/commands/personcommands.h"
#include "ui/document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace daicho {

PersonEditDialog::PersonEditDialog(Document *document, const Person &person, QWidget *parent)
    : QDialog(parent),
      mDocument(document),
      mPerson(person),
      mName(new QLineEdit(person.name)),
      mDepartment(new QComboBox),
      mRoles(new QLineEdit(person.roles.join(AssetFields::listSeparator()))),
      mMessage(new QLabel)
{
    setWindowTitle(person.id ? tr("Edit person") : tr("New person"));
    for (const Department &d : document->departments())
        mDepartment->addItem(d.code + u' ' + d.name, qlonglong(d.id));
    mDepartment->setCurrentIndex(qMax(0, mDepartment->findData(qlonglong(person.departmentId))));
    // Role names are the register's own words, so the examples are not translated.
    mRoles->setPlaceholderText(QStringLiteral("情報セキュリティ責任者、担当者"));
    mMessage->setStyleSheet(QStringLiteral("color: #c00000;"));
    mMessage->setWordWrap(true);
    mMessage->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), mName);
    form->addRow(tr("Department"), mDepartment);
    form->addRow(tr("Roles"), mRoles);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mMessage);
    layout->addWidget(buttons);
}

void PersonEditDialog::accept()
{
    Person p = mPerson;
    p.name = mName->text().trimmed();
    p.departmentId = mDepartment->currentData().toLongLong();
    p.roles = AssetFields::splitList(mRoles->text());
    if (p == mPerson) {
        QDialog::accept();
        return;
    }
    try {
        const bool ok = p.id ? mDocument->execute(new EditPersonCommand(mDocument, p))  // can throw
                             : mDocument->execute(new InsertPersonCommand(mDocument, p)); // can throw
        if (ok) {
            QDialog::accept();
            return;
        }
    } catch (const Exception &e) {
        mMessage->setText(e.message());
        mMessage->show();
    }
}

} // namespace daicho
