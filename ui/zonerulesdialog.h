#pragma once

#include "core/enums.h"
#include "core/zonetable.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QComboBox;
class QLabel;
class QTableWidget;

namespace daicho {

class Document;

/// 設定 › 区画ルール: the minimum area level of each zone category for use and for storage,
/// and the register's network model. OK applies both as one undo step.
class ZoneRulesDialog : public QDialog {
    Q_OBJECT
public:
    explicit ZoneRulesDialog(Document *document, QWidget *parent = nullptr);

    /// The table and the model as edited so far.
    ZoneTable table() const;
    NetworkModel networkModel() const;
    /// Puts the shipped preset (岸和田市 表5) into the editors; nothing is applied before OK.
    void resetToPreset();
    /// Applies the edits through the undo stack (one step); false when a write failed.
    bool apply();

    QTableWidget *tableWidget() const { return mTable; }
    /// The level editors of a category's row, for tests.
    QComboBox *useCombo(int row) const;
    QComboBox *storeCombo(int row) const;

    void accept() override;

private:
    void fill(const ZoneTable &table);
    void selectModel(NetworkModel model);

    Document *mDocument;
    ZoneTable mBase; ///< the categories shown; their levels come from the combos
    QTableWidget *mTable;
    QButtonGroup *mModels;
};

} // namespace daicho
