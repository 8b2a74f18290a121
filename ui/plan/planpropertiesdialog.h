#pragma once

#include "core/floorplan.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace daicho {

class Document;

/// The plan's title block and drawing settings: 表題, 所属, 作成者, 承認, 版数, 作成日・更新日,
/// the classification mark, the grid, north and the background's opacity.
class PlanPropertiesDialog : public QDialog {
    Q_OBJECT
public:
    PlanPropertiesDialog(const Document &document, const FloorPlan &plan, QWidget *parent = nullptr);
    FloorPlan plan() const;

private:
    FloorPlan mPlan;
    QLineEdit *mTitle;
    QComboBox *mDepartment;
    QLineEdit *mAuthor;
    QLineEdit *mApprover;
    QLineEdit *mEdition;
    QDateEdit *mCreated;
    QDateEdit *mUpdated;
    QLineEdit *mClassification;
    QSpinBox *mGrid;
    QSpinBox *mNorth;
    QSpinBox *mOpacity;
};

} // namespace daicho
