#pragma once

#include "core/entities.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace daicho {

class Document;
class FindingsModel;

/// The findings of the whole register, for a dock: filters by severity, department and rule,
/// a table of findings, and accepting the selected one. Double-click (or Enter) jumps to the
/// asset in the register.
class FindingsPanel : public QWidget {
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);
    FindingsModel *model() const { return mModel; }
    QTableView *view() const { return mView; }

signals:
    void assetActivated(Id assetId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillDepartments();
    void applyFilters();
    void updateCount();
    void acceptSelected();

    Document *mDocument = nullptr;
    FindingsModel *mModel = nullptr;
    QComboBox *mSeverity;
    QComboBox *mDepartment;
    QComboBox *mCode;
    QCheckBox *mShowAccepted;
    QLabel *mCount;
    QPushButton *mAccept;
    QTableView *mView;
};

} // namespace daicho
