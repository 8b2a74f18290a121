#pragma once

#include "core/entities.h"

#include <QScrollArea>

class QGroupBox;
class QLabel;

namespace daicho {

class AssetFindingsView;
class AssetForm;
class ClassificationEditor;
class Document;
class LinksEditor;

/// Everything about the selected asset: its ledger fields, its classification with the
/// reasons and required measures, and its links.
class AssetDetailPanel : public QScrollArea {
    Q_OBJECT
public:
    explicit AssetDetailPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void setAsset(Id id);
    Id asset() const { return mId; }
    AssetForm *form() const { return mForm; }
    AssetFindingsView *findingsView() const { return mFindings; }

signals:
    /// An edit was refused (translated); the fields show their own messages.
    void editRejected(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTitle();

    Document *mDocument = nullptr;
    Id mId = 0;
    QLabel *mTitle;
    AssetForm *mForm;
    QGroupBox *mClassificationBox;
    ClassificationEditor *mClassification;
    QGroupBox *mFindingsBox;
    AssetFindingsView *mFindings;
    QGroupBox *mLinksBox;
    LinksEditor *mLinks;
};

} // namespace daicho
