#pragma once

#include "core/entities.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace daicho {

class Document;

/// The links of one asset, read from its side: which information is stored on this PC,
/// which systems this terminal can access, which server this system runs on. Add and
/// remove are undoable.
class LinksEditor : public QWidget {
    Q_OBJECT
public:
    explicit LinksEditor(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void setAsset(Id id);
    void refresh();
    /// The text of a link as seen from `assetId` ("Stored on: PC-001 窓口端末").
    static QString describe(const Document &document, const AssetLink &link, Id assetId);

signals:
    void editRejected(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addLink();
    void removeLink();

    Document *mDocument = nullptr;
    Id mId = 0;
    QListWidget *mList;
    QPushButton *mAdd;
    QPushButton *mRemove;
};

} // namespace daicho
