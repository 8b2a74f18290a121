#include "ui/plan/planpropertiesdialog.h"

#include "ui/document.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace daicho {

PlanPropertiesDialog::PlanPropertiesDialog(const Document &document, const FloorPlan &plan, QWidget *parent)
    : QDialog(parent),
      mPlan(plan),
      mTitle(new QLineEdit(plan.title)),
      mDepartment(new QComboBox),
      mAuthor(new QLineEdit(plan.author)),
      mApprover(new QLineEdit(plan.approver)),
      mEdition(new QLineEdit(plan.edition)),
      mCreated(new QDateEdit),
      mUpdated(new QDateEdit),
      mClassification(new QLineEdit(plan.classification)),
      mGrid(new QSpinBox),
      mNorth(new QSpinBox),
      mOpacity(new QSpinBox)
{
    setWindowTitle(tr("Plan properties"));
    mTitle->setPlaceholderText(PlanContent::title(FloorPlan{}, document.placePath(plan.floorId)));
    mDepartment->addItem(tr("(none)"), 0);
    for (const Department &d : document.departments())
        mDepartment->addItem(d.name, d.id);
    mDepartment->setCurrentIndex(std::max(0, mDepartment->findData(plan.departmentId)));
    mEdition->setPlaceholderText(tr("e.g. 1st edition"));
    mClassification->setPlaceholderText(tr("e.g. Confidentiality 2"));
    for (QDateEdit *d : {mCreated, mUpdated}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    mCreated->setDate(plan.createdOn.isValid() ? plan.createdOn : QDate::currentDate());
    mUpdated->setDate(plan.updatedOn.isValid() ? plan.updatedOn : QDate::currentDate());
    mGrid->setRange(10, 10000);
    mGrid->setSingleStep(100);
    mGrid->setSuffix(tr(" mm"));
    mGrid->setValue(plan.gridMm);
    mNorth->setRange(0, 359);
    mNorth->setSuffix(tr("°"));
    mNorth->setWrapping(true);
    mNorth->setValue(plan.northDegrees);
    mOpacity->setRange(0, 100);
    mOpacity->setSuffix(tr(" %"));
    mOpacity->setValue(plan.backgroundOpacity);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Title"), mTitle);
    form->addRow(tr("Department"), mDepartment);
    form->addRow(tr("Drawn by"), mAuthor);
    form->addRow(tr("Approved by"), mApprover);
    form->addRow(tr("Edition"), mEdition);
    form->addRow(tr("Created on"), mCreated);
    form->addRow(tr("Updated on"), mUpdated);
    form->addRow(tr("Classification mark"), mClassification);
    form->addRow(tr("Grid"), mGrid);
    form->addRow(tr("North (clockwise from up)"), mNorth);
    form->addRow(tr("Background opacity"), mOpacity);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

FloorPlan PlanPropertiesDialog::plan() const
{
    FloorPlan p = mPlan;
    p.title = mTitle->text().trimmed();
    p.departmentId = mDepartment->currentData().toLongLong();
    p.author = mAuthor->text().trimmed();
    p.approver = mApprover->text().trimmed();
    p.edition = mEdition->text().trimmed();
    p.createdOn = mCreated->date();
    p.updatedOn = mUpdated->date();
    p.classification = mClassification->text().trimmed();
    p.gridMm = mGrid->value();
    p.northDegrees = mNorth->value();
    p.backgroundOpacity = mOpacity->value();
    return p;
}

} // namespace daicho
