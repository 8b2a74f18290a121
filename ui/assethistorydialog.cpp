#include "ui/assethistorydialog.h"

#include "core/audittext.h"
#include "core/wareki.h"
#include "db/registerstore.h"
#include "ui/assetfields.h"
#include "ui/document.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace daicho {

AssetHistoryDialog::AssetHistoryDialog(Document *document, Id assetId, QWidget *parent)
    : QDialog(parent), mDocument(document), mTable(new QTableWidget(this))
{
    setWindowTitle(tr("History of %1").arg(document->assetLabel(assetId)));
    mTable->setObjectName(QStringLiteral("historyTable"));
    mTable->setColumnCount(7);
    mTable->setHorizontalHeaderLabels({tr("When"), tr("OS user"), tr("Person"), tr("Action"), tr("Field"),
                                       tr("Old value"), tr("New value")});
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTable);
    layout->addWidget(buttons);
    resize(900, 480);
    fill(document->store().history(QStringLiteral("asset"), assetId)); // can throw
}

int AssetHistoryDialog::rowCount() const { return mTable->rowCount(); }

QString AssetHistoryDialog::valueText(const Document &document, const QString &field, const QJsonValue &value)
{
    const AuditText::NameOf nameOf = [&document](const QString &field, Id id) -> QString {
        if (field == QLatin1String("departmentId"))
            return document.departmentName(id);
        if (field == QLatin1String("managerId"))
            return document.personName(id);
        if (field == QLatin1String("systemId"))
            return document.assetLabel(id);
        for (const Place &p : document.places()) {
            if (p.id == id)
                return p.name;
        }
        return {};
    };
    return AuditText::value(field, value, document.scheme(), nameOf, AuditText::Dates::Long, AssetFields::listSeparator());
}

void AssetHistoryDialog::fill(const QList<AuditEntry> &entries)
{
    // Newest first: that is what one looks for.
    int row = 0;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const AuditEntry &e = *it;
        const QDateTime local = e.at.toLocalTime();
        const QString when = Wareki::formatShort(local.date()) + u' ' + local.time().toString(QStringLiteral("HH:mm:ss"));
        // A create or import lists every field; show it as one line.
        const bool oneLine = e.changes.isEmpty() || e.action != QLatin1String("update");
        const qsizetype lines = oneLine ? 1 : e.changes.size();
        for (qsizetype i = 0; i < lines; ++i) {
            mTable->insertRow(row);
            auto set = [&](int column, const QString &text) { mTable->setItem(row, column, new QTableWidgetItem(text)); };
            set(0, when);
            set(1, e.osUser);
            set(2, e.person);
            set(3, AuditText::action(e.action));
            if (!oneLine) {
                const FieldChange &c = e.changes.at(i);
                set(4, AssetFields::label(c.field, &mDocument->scheme()));
                set(5, valueText(*mDocument, c.field, c.oldValue));
                set(6, valueText(*mDocument, c.field, c.newValue));
            }
            ++row;
        }
    }
    mTable->resizeColumnsToContents();
    mTable->resizeRowsToContents();
}

} // namespace daicho
