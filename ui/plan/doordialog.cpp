#include "ui/plan/doordialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace daicho {

DoorDialog::DoorDialog(const Door &door, QWidget *parent)
    : QDialog(parent),
      mDoor(door),
      mLockable(new QCheckBox),
      mLockType(new QLineEdit(door.lockType)),
      mAutoLock(new QCheckBox),
      mKeyHolder(new QLineEdit(door.keyHolder)),
      mAlarm(new QCheckBox),
      mNotes(new QLineEdit(door.notes))
{
    setWindowTitle(tr("Door"));
    mLockable->setText(tr("Can be locked"));
    mLockable->setChecked(door.lockable);
    mAutoLock->setText(tr("Locks by itself when closed"));
    mAutoLock->setChecked(door.autoLock);
    mAlarm->setText(tr("Alarm or monitoring"));
    mAlarm->setChecked(door.alarm);
    mLockType->setPlaceholderText(tr("e.g. cylinder lock, IC card lock"));
    mKeyHolder->setPlaceholderText(tr("e.g. section chief"));
    auto *form = new QFormLayout(this);
    form->addRow(QString(), mLockable);
    form->addRow(tr("Lock type"), mLockType);
    form->addRow(QString(), mAutoLock);
    form->addRow(tr("Keys held by"), mKeyHolder);
    form->addRow(QString(), mAlarm);
    form->addRow(tr("Notes"), mNotes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(mLockable, &QCheckBox::toggled, this, [this](bool on) {
        mLockType->setEnabled(on);
        mAutoLock->setEnabled(on);
        mKeyHolder->setEnabled(on);
    });
    emit mLockable->toggled(door.lockable);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Door DoorDialog::door() const
{
    Door d = mDoor;
    d.lockable = mLockable->isChecked();
    d.lockType = d.lockable ? mLockType->text().trimmed() : QString();
    d.autoLock = d.lockable && mAutoLock->isChecked();
    d.keyHolder = d.lockable ? mKeyHolder->text().trimmed() : QString();
    d.alarm = mAlarm->isChecked();
    d.notes = mNotes->text().trimmed();
    return d;
}

} // namespace daicho
