#pragma once

#include "core/entities.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QVBoxLayout;

namespace daicho {

class Document;

/// An asset's classification: its own level on each axis of the scheme (editable), the
/// effective level and why ("PC-012 holds 住民基本台帳データ (機密性3)"), the importance,
/// and the handling measures its class requires, each with a "done" check box.
class ClassificationEditor : public QWidget {
    Q_OBJECT
public:
    explicit ClassificationEditor(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void setAsset(Id id);
    void refresh();

signals:
    /// An edit was refused; translated.
    void editRejected(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void setAxis(const QString &axisId, const QString &level);
    void setImportance(const QString &level);
    void setMeasureDone(const QString &tag, bool done);

    Document *mDocument = nullptr;
    Id mId = 0;
    QGridLayout *mGrid;
    QLabel *mExplanation;
    QGroupBox *mMeasuresBox;
    QVBoxLayout *mMeasures;
    QLabel *mNoMeasures;
    QList<QWidget *> mRowWidgets;
};

} // namespace daicho
