#pragma once

#include "core/entities.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace daicho {

class Document;

/// Chooses a relation (this asset is stored on …, … can access this asset, …) and the
/// other asset, found by typing part of its number or name.
class AddLinkDialog : public QDialog {
    Q_OBJECT
public:
    AddLinkDialog(Document *document, Id assetId, QWidget *parent = nullptr);

    /// The link chosen (id 0).
    AssetLink link() const;

private:
    void search();
    void updateButtons();

    Document *mDocument;
    Id mAssetId;
    QComboBox *mRelation;
    QLineEdit *mSearch;
    QListWidget *mResults;
    QDialogButtonBox *mButtons;
};

} // namespace daicho
