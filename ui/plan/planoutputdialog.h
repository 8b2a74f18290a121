#pragma once

#include "core/render/plansheet.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace daicho {

/// Paper, scale and colour of a printed or exported 区画図.
class PlanOutputDialog : public QDialog {
    Q_OBJECT
public:
    explicit PlanOutputDialog(const QString &title, QWidget *parent = nullptr);
    PlanSheetOptions options() const;

private:
    QComboBox *mPaper;
    QComboBox *mScale;
    QCheckBox *mMono;
};

} // namespace daicho
