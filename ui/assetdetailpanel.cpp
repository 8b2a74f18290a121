#include "ui/assetdetailpanel.h"

#include "ui/assetfindingsview.h"
#include "ui/assetform.h"
#include "ui/classificationeditor.h"
#include "ui/document.h"
#include "ui/linkseditor.h"

#include <QEvent>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace daicho {

AssetDetailPanel::AssetDetailPanel(QWidget *parent)
    : QScrollArea(parent),
      mTitle(new QLabel),
      mForm(new AssetForm),
      mClassificationBox(new QGroupBox),
      mClassification(new ClassificationEditor),
      mFindingsBox(new QGroupBox),
      mFindings(new AssetFindingsView),
      mLinksBox(new QGroupBox),
      mLinks(new LinksEditor)
{
    setObjectName(QStringLiteral("assetDetailPanel"));
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    QFont titleFont = mTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    mTitle->setFont(titleFont);
    mTitle->setWordWrap(true);
    layout->addWidget(mTitle);
    (new QVBoxLayout(mFindingsBox))->addWidget(mFindings);
    layout->addWidget(mFindingsBox);
    layout->addWidget(mForm);
    (new QVBoxLayout(mClassificationBox))->addWidget(mClassification);
    layout->addWidget(mClassificationBox);
    (new QVBoxLayout(mLinksBox))->addWidget(mLinks);
    layout->addWidget(mLinksBox);
    layout->addStretch();
    setWidget(content);
    connect(mClassification, &ClassificationEditor::editRejected, this, &AssetDetailPanel::editRejected);
    connect(mLinks, &LinksEditor::editRejected, this, &AssetDetailPanel::editRejected);
    connect(mFindings, &AssetFindingsView::editRejected, this, &AssetDetailPanel::editRejected);
    retranslate();
}

void AssetDetailPanel::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mId = 0;
    mForm->setDocument(document);
    mClassification->setDocument(document);
    mLinks->setDocument(document);
    mFindings->setDocument(document);
    if (mDocument) {
        connect(mDocument, &Document::assetChanged, this, &AssetDetailPanel::updateTitle);
        connect(mDocument, &Document::assetRemoved, this, &AssetDetailPanel::updateTitle);
    }
    updateTitle();
}

void AssetDetailPanel::setAsset(Id id)
{
    mId = id;
    mForm->setAsset(id);
    mClassification->setAsset(id);
    mLinks->setAsset(id);
    mFindings->setAsset(id);
    updateTitle();
}

void AssetDetailPanel::updateTitle()
{
    const Asset *a = mDocument && mId ? mDocument->asset(mId) : nullptr;
    mTitle->setText(a ? mDocument->assetLabel(mId) : tr("No asset selected"));
}

void AssetDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QScrollArea::changeEvent(event);
}

void AssetDetailPanel::retranslate()
{
    mClassificationBox->setTitle(tr("Classification"));
    mLinksBox->setTitle(tr("Links"));
    mFindingsBox->setTitle(tr("Findings (zones, network, handling)"));
    updateTitle();
}

} // namespace daicho
