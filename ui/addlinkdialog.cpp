#include "ui/addlinkdialog.h"

#include "ui/document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

namespace {

// The relations offered: the link type and whether this asset is its "from" side.
struct Relation {
    LinkType type;
    bool outgoing;
};
constexpr Relation kRelations[] = {
    {LinkType::StoredOn, true},  {LinkType::StoredOn, false}, {LinkType::CanAccess, true},
    {LinkType::CanAccess, false}, {LinkType::RunsOn, true},   {LinkType::RunsOn, false},
};

/// A sensible first choice for the asset's kind.
int defaultRelation(AssetKind kind)
{
    if (Enums::isInformation(kind))
        return 0; // this information is stored on …
    switch (kind) {
    case AssetKind::InformationSystem:
        return 4; // runs on a server
    case AssetKind::Server:
        return 5; // … runs here
    case AssetKind::Pc:
    case AssetKind::Mobile:
        return 2; // can access a system
    default:
        return 1; // … is stored here
    }
}

constexpr int kMaxResults = 200;

} // namespace

AddLinkDialog::AddLinkDialog(Document *document, Id assetId, QWidget *parent)
    : QDialog(parent),
      mDocument(document),
      mAssetId(assetId),
      mRelation(new QComboBox),
      mSearch(new QLineEdit),
      mResults(new QListWidget),
      mButtons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Add link to %1").arg(document->assetLabel(assetId)));
    mRelation->addItem(tr("This asset is stored on …"));
    mRelation->addItem(tr("… is stored on this asset"));
    mRelation->addItem(tr("This asset can access …"));
    mRelation->addItem(tr("… can access this asset"));
    mRelation->addItem(tr("This asset runs on …"));
    mRelation->addItem(tr("… runs on this asset"));
    if (const Asset *a = document->asset(assetId))
        mRelation->setCurrentIndex(defaultRelation(a->kind));
    mSearch->setPlaceholderText(tr("Type part of a number or name"));
    mSearch->setClearButtonEnabled(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Relation"), mRelation);
    form->addRow(tr("Other asset"), mSearch);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mResults);
    layout->addWidget(mButtons);
    connect(mSearch, &QLineEdit::textChanged, this, &AddLinkDialog::search);
    connect(mResults, &QListWidget::itemSelectionChanged, this, &AddLinkDialog::updateButtons);
    connect(mResults, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 420);
    search();
}

AssetLink AddLinkDialog::link() const
{
    AssetLink l;
    const QList<QListWidgetItem *> selected = mResults->selectedItems();
    const Id other = selected.isEmpty() ? 0 : selected.first()->data(Qt::UserRole).toLongLong();
    const Relation r = kRelations[qBound(0, mRelation->currentIndex(), 5)];
    l.type = r.type;
    l.fromId = r.outgoing ? mAssetId : other;
    l.toId = r.outgoing ? other : mAssetId;
    return l;
}

void AddLinkDialog::search()
{
    mResults->clear();
    const QStringList words = Document::foldForSearch(mSearch->text()).split(u' ', Qt::SkipEmptyParts);
    int shown = 0;
    for (int row = 0; row < mDocument->assetCount() && shown < kMaxResults; ++row) {
        const Asset &a = mDocument->assetAt(row);
        if (a.id == mAssetId)
            continue;
        const QString &text = mDocument->searchTextAt(row);
        if (!std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return text.contains(w); }))
            continue;
        auto *item = new QListWidgetItem(mDocument->assetLabel(a.id) + QStringLiteral("  (") + Enums::label(a.kind)
                                             + u')',
                                         mResults);
        item->setData(Qt::UserRole, qlonglong(a.id));
        ++shown;
    }
    if (shown == kMaxResults)
        new QListWidgetItem(tr("… more: type more to narrow the list"), mResults);
    updateButtons();
}

void AddLinkDialog::updateButtons()
{
    const QList<QListWidgetItem *> selected = mResults->selectedItems();
    mButtons->button(QDialogButtonBox::Ok)
        ->setEnabled(!selected.isEmpty() && selected.first()->data(Qt::UserRole).toLongLong() > 0);
}

} // namespace daicho
