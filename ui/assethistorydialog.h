#pragma once

#include "core/audit.h"

#include <QDialog>

class QTableWidget;

namespace daicho {

class Document;

/// The audit history of one asset, one line per changed field: when, OS user, person,
/// what happened, field, old → new value.
class AssetHistoryDialog : public QDialog {
    Q_OBJECT
public:
    AssetHistoryDialog(Document *document, Id assetId, QWidget *parent = nullptr); // can throw

    /// A stored value as the user reads it (names for ids, labels for enums, 和暦 dates).
    static QString valueText(const Document &document, const QString &field, const QJsonValue &value);
    int rowCount() const;

private:
    void fill(const QList<AuditEntry> &entries);

    Document *mDocument;
    QTableWidget *mTable;
};

} // namespace daicho
