#include "ui/assethistorydialog.h"

#include "core/enums.h"
#include "core/wareki.h"
#include "db/registerstore.h"
#include "ui/assetfields.h"
#include "ui/document.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
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

QString AssetHistoryDialog::actionText(const QString &action)
{
    if (action == QLatin1String("create"))
        return tr("Created");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    if (action == QLatin1String("import"))
        return tr("Imported");
    return action;
}

QString AssetHistoryDialog::valueText(const Document &document, const QString &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return tr("—");
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    const QString s = value.toString();
    if (field == QLatin1String("departmentId")) {
        const Id id = value.toInteger();
        const QString name = document.departmentName(id);
        return name.isEmpty() ? tr("#%1").arg(id) : name;
    }
    if (field == QLatin1String("managerId")) {
        const Id id = value.toInteger();
        const QString name = document.personName(id);
        return name.isEmpty() ? tr("#%1").arg(id) : name;
    }
    if (field == QLatin1String("systemId"))
        return document.assetLabel(value.toInteger());
    if (field == QLatin1String("kind"))
        return Enums::assetKindFromId(s) ? Enums::label(*Enums::assetKindFromId(s)) : s;
    if (field == QLatin1String("segment"))
        return Enums::segmentFromId(s) ? Enums::label(*Enums::segmentFromId(s)) : s;
    if (field == QLatin1String("status"))
        return Enums::statusFromId(s) ? Enums::label(*Enums::statusFromId(s)) : s;
    if (field == QLatin1String("provision"))
        return Enums::provisionFromId(s) ? Enums::label(*Enums::provisionFromId(s)) : s;
    if (field == QLatin1String("retentionUntil") || field == QLatin1String("registeredOn")
        || field == QLatin1String("updatedOn"))
        return Wareki::formatLong(QDate::fromString(s, Qt::ISODate));
    const QString axis = Asset::axisIdOfField(field);
    if (!axis.isEmpty()) {
        const SchemeAxis *a = document.scheme().axis(axis);
        const SchemeLevel *level = a ? a->level(s) : nullptr;
        return level ? level->label.text() : (s.isEmpty() ? tr("Not set") : s);
    }
    if (field == QLatin1String("importance")) {
        const SchemeLevel *level = document.scheme().importanceLevel(s);
        return level ? level->label.text() : (s.isEmpty() ? tr("Derived") : s);
    }
    if (field == QLatin1String("measures")) {
        QStringList parts;
        for (const QJsonValue &m : value.toArray()) {
            const QJsonObject o = m.toObject();
            parts << tr("%1: %2").arg(document.scheme().measureLabel(o.value(QLatin1String("tag")).toString()),
                                      o.value(QLatin1String("done")).toBool() ? tr("done") : tr("not done"));
        }
        return parts.join(QLatin1Char('\n'));
    }
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << v.toString();
        return parts.join(AssetFields::listSeparator());
    }
    if (value.isDouble())
        return QString::number(value.toInteger());
    return s;
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
            set(3, actionText(e.action));
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
