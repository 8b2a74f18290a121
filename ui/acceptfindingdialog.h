#pragma once

#include "core/entities.h"
#include "core/findings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace daicho {

class Document;
class WarekiDateEdit;

/// Accepts one finding (リスク受容): the reason, the person who accepts it, and the date until
/// which it holds (the end of the fiscal year by default). OK runs an AcceptFindingCommand; a
/// refusal is shown in the dialog, which stays open.
class AcceptFindingDialog : public QDialog {
    Q_OBJECT
public:
    AcceptFindingDialog(Document *document, const Finding &finding, QWidget *parent = nullptr);

    void setReason(const QString &reason);
    void setPerson(const QString &person);
    void setUntil(const QDate &date);
    /// The acceptance the dialog would write.
    Acceptance acceptance() const;

    void accept() override;

private:
    Document *mDocument;
    Finding mFinding;
    QPlainTextEdit *mReason;
    QComboBox *mPerson;
    WarekiDateEdit *mUntil;
    QLabel *mError;
};

} // namespace daicho
