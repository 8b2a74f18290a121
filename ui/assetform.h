#pragma once

#include "core/entities.h"
#include "core/validation.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace daicho {

class Document;
class WarekiDateEdit;

/// The editors of an asset's ledger fields (everything but the classification and the
/// links), each with its validation message in red under it. Every change is one undo
/// command; a refused change stays in its editor with the reason under it.
class AssetForm : public QWidget {
    Q_OBJECT
public:
    explicit AssetForm(QWidget *parent = nullptr);
    ~AssetForm() override;

    void setDocument(Document *document);
    /// 0 = none (the form is disabled).
    void setAsset(Id id);
    Id asset() const { return mId; }
    /// Reloads the editors from the stored asset.
    void refresh();
    /// The message shown under a field ("" if none), for tests.
    QString message(const QString &field) const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row {
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
        QLabel *message = nullptr;
    };
    void build();
    void addRow(const QString &field, QWidget *editor);
    void retranslate();
    void fillChoices();
    void fillPlaces();
    static QString placeHelp(bool use);
    /// Applies `change` to a copy of the asset and pushes it as one command.
    void commit(const QString &field, const std::function<void(Asset &)> &change);
    void showIssues(const QList<FieldIssue> &issues, const QString &clearField = {});
    void setMessage(const QString &field, const QString &message);

    Document *mDocument = nullptr;
    Id mId = 0;
    bool mLoading = false;
    QFormLayout *mLayout = nullptr;
    QHash<QString, Row> mRows;
    QLineEdit *mNumber;
    QComboBox *mDepartment;
    QLineEdit *mBusinessCategory;
    QLineEdit *mName;
    QComboBox *mKind;
    QComboBox *mSystem;
    QComboBox *mSegment;
    QLineEdit *mUserScope;
    QComboBox *mManager;
    QLineEdit *mMedium;
    QComboBox *mUsePlace;
    QComboBox *mStorePlace;
    QCheckBox *mPersonal;
    QCheckBox *mSensitive;
    QCheckBox *mMyNumber;
    QSpinBox *mSubjectCount;
    QLineEdit *mRestrictions;
    QCheckBox *mEncrypted;
    QCheckBox *mWireLocked;
    QCheckBox *mRemote;
    QComboBox *mProvision;
    QComboBox *mRetentionPeriod;
    WarekiDateEdit *mRetentionUntil;
    WarekiDateEdit *mRegisteredOn;
    QLabel *mUpdated;
    QPlainTextEdit *mNotes;
    QComboBox *mStatus;
};

} // namespace daicho
