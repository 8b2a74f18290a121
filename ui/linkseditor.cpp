#include "ui/linkseditor.h"

#include "core/exceptions.h"
#include "ui/addlinkdialog.h"
#include "ui/commands/linkcommands.h"
#include "ui/document.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

LinksEditor::LinksEditor(QWidget *parent)
    : QWidget(parent), mList(new QListWidget), mAdd(new QPushButton), mRemove(new QPushButton)
{
    mList->setObjectName(QStringLiteral("linkList"));
    mList->setMaximumHeight(130);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mList);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mAdd);
    buttons->addWidget(mRemove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(mAdd, &QPushButton::clicked, this, &LinksEditor::addLink);
    connect(mRemove, &QPushButton::clicked, this, &LinksEditor::removeLink);
    connect(mList, &QListWidget::itemSelectionChanged, this,
            [this] { mRemove->setEnabled(mId && !mList->selectedItems().isEmpty()); });
    retranslate();
}

void LinksEditor::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mId = 0;
    if (mDocument) {
        connect(mDocument, &Document::linksChanged, this, &LinksEditor::refresh);
        connect(mDocument, &Document::assetChanged, this, [this](int row) {
            if (mId && mDocument->assetAt(row).id == mId)
                refresh();
        });
        connect(mDocument, &Document::assetRemoved, this, [this] {
            if (mId && !mDocument->asset(mId))
                setAsset(0);
        });
    }
    refresh();
}

void LinksEditor::setAsset(Id id)
{
    mId = id;
    refresh();
}

QString LinksEditor::describe(const Document &document, const AssetLink &link, Id assetId)
{
    const bool outgoing = link.fromId == assetId;
    const QString other = document.assetLabel(outgoing ? link.toId : link.fromId);
    switch (link.type) {
    case LinkType::StoredOn:
        return outgoing ? tr("Stored on: %1").arg(other) : tr("Stored here: %1").arg(other);
    case LinkType::CanAccess:
        return outgoing ? tr("Can access: %1").arg(other) : tr("Accessed from: %1").arg(other);
    case LinkType::RunsOn:
        return outgoing ? tr("Runs on: %1").arg(other) : tr("Runs here: %1").arg(other);
    }
    return other;
}

void LinksEditor::refresh()
{
    if (mDocument && mId && !mDocument->asset(mId))
        mId = 0;
    mList->clear();
    setEnabled(mDocument && mId);
    if (mDocument && mId) {
        for (const AssetLink &l : mDocument->linksOf(mId)) {
            auto *item = new QListWidgetItem(describe(*mDocument, l, mId), mList);
            item->setData(Qt::UserRole, qlonglong(l.id));
        }
    }
    mRemove->setEnabled(false);
}

void LinksEditor::addLink()
{
    if (!mDocument || !mId)
        return;
    AddLinkDialog dialog(mDocument, mId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        mDocument->execute(new AddLinkCommand(mDocument, dialog.link())); // can throw
    } catch (const Exception &e) {
        emit editRejected(e.message());
    }
}

void LinksEditor::removeLink()
{
    const QList<QListWidgetItem *> selected = mList->selectedItems();
    if (!mDocument || selected.isEmpty())
        return;
    try {
        mDocument->execute(new RemoveLinkCommand(mDocument, selected.first()->data(Qt::UserRole).toLongLong())); // can throw
    } catch (const Exception &e) {
        emit editRejected(e.message());
    }
}

void LinksEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LinksEditor::retranslate()
{
    mAdd->setText(tr("Add link…"));
    mRemove->setText(tr("Remove link"));
    refresh();
}

} // namespace daicho
