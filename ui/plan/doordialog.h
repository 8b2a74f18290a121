#pragma once

#include "core/floorplan.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace daicho {

/// A door's properties: lockable, lock type, auto-lock, key holder, alarm, notes.
class DoorDialog : public QDialog {
    Q_OBJECT
public:
    explicit DoorDialog(const Door &door, QWidget *parent = nullptr);
    Door door() const;

private:
    Door mDoor;
    QCheckBox *mLockable;
    QLineEdit *mLockType;
    QCheckBox *mAutoLock;
    QLineEdit *mKeyHolder;
    QCheckBox *mAlarm;
    QLineEdit *mNotes;
};

} // namespace daicho
