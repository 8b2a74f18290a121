#pragma once

#include "core/entities.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace daicho {

class Document;

/// The findings of one asset in the detail panel: how the zone rules read it (its categories,
/// its places and their levels), then each finding with its message, and the buttons to accept
/// a finding or withdraw an acceptance.
class AssetFindingsView : public QWidget {
    Q_OBJECT
public:
    explicit AssetFindingsView(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void setAsset(Id id);
    /// Number of findings shown (accepted ones included).
    int findingCount() const { return mCount; }

signals:
    void editRejected(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QString zoneSummary() const;
    void accept(int index);
    void withdraw(Id acceptanceId);

    Document *mDocument = nullptr;
    Id mId = 0;
    int mCount = 0;
    QLabel *mSummary;
    QWidget *mList;
    QVBoxLayout *mListLayout;
};

} // namespace daicho
