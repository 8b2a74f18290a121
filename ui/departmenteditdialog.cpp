#include "ui/departmenteditdialog.h"

#include "core/exceptions.h"
#include "ui/commands/departmentcommands.h"
#include "ui/document.h"
#include "ui/warekidateedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace daicho {

DepartmentEditDialog::DepartmentEditDialog(Document *document, const Department &department, QWidget *parent)
    : QDialog(parent),
      mDocument(document),
      mDepartment(department),
      mCode(new QLineEdit(department.code)),
      mName(new QLineEdit(department.name)),
      mParent(new QComboBox),
      mFrom(new WarekiDateEdit),
      mTo(new WarekiDateEdit),
      mMessage(new QLabel)
{
    setWindowTitle(department.id ? tr("Edit department") : tr("New department"));
    mCode->setObjectName(QStringLiteral("codeEdit"));
    mName->setObjectName(QStringLiteral("nameEdit"));
    mParent->addItem(tr("None (top level)"), qlonglong(0));
    for (const Department &d : document->departments()) {
        if (d.id != department.id)
            mParent->addItem(d.code + u' ' + d.name, qlonglong(d.id));
    }
    mParent->setCurrentIndex(qMax(0, mParent->findData(qlonglong(department.parentId))));
    mFrom->setDate(department.validFrom);
    mTo->setDate(department.validTo);
    mMessage->setObjectName(QStringLiteral("message"));
    mMessage->setStyleSheet(QStringLiteral("color: #c00000;"));
    mMessage->setWordWrap(true);
    mMessage->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("Department code"), mCode);
    form->addRow(tr("Department name"), mName);
    form->addRow(tr("Parent department"), mParent);
    form->addRow(tr("Valid from"), mFrom);
    form->addRow(tr("Valid to"), mTo);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &DepartmentEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mMessage);
    layout->addWidget(buttons);
}

QString DepartmentEditDialog::message() const { return mMessage->isHidden() ? QString() : mMessage->text(); }

void DepartmentEditDialog::accept()
{
    QStringList problems;
    for (WarekiDateEdit *date : {mFrom, mTo}) {
        if (!date->isAcceptable())
            problems << WarekiDateEdit::notADateMessage(date->text());
    }
    Department d = mDepartment;
    d.code = mCode->text().trimmed();
    d.name = mName->text().trimmed();
    d.parentId = mParent->currentData().toLongLong();
    d.validFrom = mFrom->date();
    d.validTo = mTo->date();
    if (problems.isEmpty()) {
        if (d == mDepartment) {
            QDialog::accept();
            return;
        }
        try {
            const bool ok = d.id ? mDocument->execute(new EditDepartmentCommand(mDocument, d))  // can throw
                                 : mDocument->execute(new InsertDepartmentCommand(mDocument, d)); // can throw
            if (ok) {
                QDialog::accept();
                return;
            }
        } catch (const Exception &e) {
            problems << e.message();
        }
    }
    mMessage->setText(problems.join(QLatin1Char('\n')));
    mMessage->setVisible(!problems.isEmpty());
}

} // namespace daicho
