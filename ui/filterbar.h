#pragma once

#include "core/findings.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace daicho {

class AssetFilterProxy;
class Document;

/// The search field and the filter combos above the ledger table; drives an AssetFilterProxy.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    explicit FilterBar(QWidget *parent = nullptr);

    /// The proxy to drive and the document whose scheme names the levels.
    void setTarget(AssetFilterProxy *proxy, Document *document);
    QLineEdit *searchField() const { return mSearch; }
    void clear();
    /// Chooses the findings filter (nullopt: any).
    void showFindingsOnly(std::optional<Severity> minimum);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCombos();
    void apply();

    AssetFilterProxy *mProxy = nullptr;
    Document *mDocument = nullptr;
    QLineEdit *mSearch;
    QComboBox *mImportance;
    QComboBox *mLevel;
    QComboBox *mKind;
    QComboBox *mSegment;
    QComboBox *mPersonal;
    QComboBox *mStatus;
    QComboBox *mFindings;
    QToolButton *mClear;
};

} // namespace daicho
