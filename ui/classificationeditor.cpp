#include "ui/classificationeditor.h"

#include "core/exceptions.h"
#include "ui/commands/editassetcommand.h"
#include "ui/document.h"
#include "ui/undotext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace daicho {

ClassificationEditor::ClassificationEditor(QWidget *parent)
    : QWidget(parent),
      mGrid(new QGridLayout),
      mExplanation(new QLabel),
      mMeasuresBox(new QGroupBox),
      mMeasures(new QVBoxLayout(mMeasuresBox)),
      mNoMeasures(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    mGrid->setColumnStretch(2, 1);
    layout->addLayout(mGrid);
    mExplanation->setObjectName(QStringLiteral("classificationExplanation"));
    mExplanation->setWordWrap(true);
    mExplanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(mExplanation);
    mMeasures->addWidget(mNoMeasures);
    layout->addWidget(mMeasuresBox);
    retranslate();
    setEnabled(false);
}

void ClassificationEditor::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mId = 0;
    if (mDocument) {
        // Any change can change this asset's effective values; the document says which rows.
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

void ClassificationEditor::setAsset(Id id)
{
    mId = id;
    refresh();
}

void ClassificationEditor::refresh()
{
    if (mDocument && mId && !mDocument->asset(mId))
        mId = 0;
    setEnabled(mDocument && mId);
    rebuild();
}

void ClassificationEditor::rebuild()
{
    // Later: the rebuild may run inside a signal of one of these widgets.
    for (QWidget *w : std::as_const(mRowWidgets)) {
        w->hide();
        w->setParent(nullptr);
        w->deleteLater();
    }
    mRowWidgets.clear();
    const Asset *a = mDocument && mId ? mDocument->asset(mId) : nullptr;
    const EffectiveClassification *c = a ? mDocument->classificationAt(mDocument->rowOf(mId)) : nullptr;
    auto add = [this](QWidget *w, int row, int column) {
        mGrid->addWidget(w, row, column);
        mRowWidgets.append(w);
    };
    int row = 0;
    if (mDocument) {
        const ClassificationScheme &scheme = mDocument->scheme();
        for (const SchemeAxis &axis : scheme.axes()) {
            auto *combo = new QComboBox;
            combo->setObjectName(QStringLiteral("axis") + axis.id);
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(6);
            combo->addItem(tr("Not set"), QString());
            for (const SchemeLevel &level : axis.levels) {
                combo->addItem(level.label.text(), level.id);
                combo->setItemData(combo->count() - 1, level.description.text(), Qt::ToolTipRole);
            }
            const int current = combo->findData(a ? a->axisValue(axis.id) : QString());
            combo->setCurrentIndex(current < 0 ? 0 : current);
            const QString axisId = axis.id;
            connect(combo, &QComboBox::activated, this,
                    [this, combo, axisId] { setAxis(axisId, combo->currentData().toString()); });
            const AxisClassification *ax = c ? c->axis(axis.id) : nullptr;
            auto *effective = new QLabel;
            effective->setWordWrap(true);
            if (ax && ax->effective) {
                effective->setText(tr("Effective: %1").arg(ax->effective->label.text()));
                effective->setToolTip(mDocument->engine().axisExplanation(mId, axis.id));
            } else {
                effective->setText(tr("Effective: not set"));
            }
            add(new QLabel(axis.name.text()), row, 0);
            add(combo, row, 1);
            add(effective, row, 2);
            ++row;
        }
        auto *importance = new QLabel;
        importance->setObjectName(QStringLiteral("effectiveImportance"));
        importance->setWordWrap(true);
        if (c && c->importance) {
            const QString how = c->ownImportanceManual && c->ownImportance == c->importance ? tr("set by hand")
                                                                                             : tr("derived");
            importance->setText(tr("Effective: %1 (%2)").arg(c->importance->label.text(), how));
        } else {
            importance->setText(tr("Effective: not classified"));
        }
        add(new QLabel(tr("Importance")), row, 0);
        if (scheme.importanceDirect()) {
            auto *combo = new QComboBox;
            combo->setObjectName(QStringLiteral("importanceCombo"));
            combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            combo->setMinimumContentsLength(6);
            combo->addItem(tr("Derived"), QString());
            for (const SchemeLevel &level : scheme.importanceLevels())
                combo->addItem(level.label.text(), level.id);
            const int current = combo->findData(a ? a->importance : QString());
            combo->setCurrentIndex(current < 0 ? 0 : current);
            connect(combo, &QComboBox::activated, this, [this, combo] { setImportance(combo->currentData().toString()); });
            add(combo, row, 1);
        }
        add(importance, row, 2);
    }
    mExplanation->setText(a ? mDocument->engine().explanation(mId) : QString());

    const QStringList required = c ? c->requiredMeasures : QStringList();
    mNoMeasures->setVisible(required.isEmpty());
    int done = 0;
    for (const QString &tag : required)
        done += a->measureDone(tag);
    mMeasuresBox->setTitle(required.isEmpty() ? tr("Handling measures this class requires")
                                              : tr("Handling measures this class requires (%1/%2 done)")
                                                    .arg(done)
                                                    .arg(required.size()));
    for (const QString &tag : required) {
        // A check box cannot wrap its text, and measure names are long: the text is a label beside it.
        auto *line = new QWidget;
        auto *lineLayout = new QHBoxLayout(line);
        lineLayout->setContentsMargins(0, 0, 0, 0);
        auto *box = new QCheckBox;
        box->setObjectName(QStringLiteral("measure_") + tag);
        box->setChecked(a->measureDone(tag));
        auto *label = new QLabel(mDocument->scheme().measureLabel(tag));
        label->setWordWrap(true);
        label->setBuddy(box);
        lineLayout->addWidget(box, 0, Qt::AlignTop);
        lineLayout->addWidget(label, 1);
        connect(box, &QCheckBox::clicked, this, [this, tag](bool on) { setMeasureDone(tag, on); });
        mMeasures->addWidget(line);
        mRowWidgets.append(line);
    }
}

void ClassificationEditor::setAxis(const QString &axisId, const QString &level)
{
    const Asset *a = mDocument && mId ? mDocument->asset(mId) : nullptr;
    if (!a || a->axisValue(axisId) == level)
        return;
    Asset after = *a;
    after.setAxisValue(axisId, level);
    const QString field = axisId == QLatin1String("C")   ? QStringLiteral("confidentiality")
                          : axisId == QLatin1String("I") ? QStringLiteral("integrity")
                                                         : QStringLiteral("availability");
    try {
        mDocument->execute(new EditAssetCommand(mDocument, after, field)); // can throw
    } catch (const Exception &e) {
        emit editRejected(e.message());
        refresh();
    }
}

void ClassificationEditor::setImportance(const QString &level)
{
    const Asset *a = mDocument && mId ? mDocument->asset(mId) : nullptr;
    if (!a || a->importance == level)
        return;
    Asset after = *a;
    after.importance = level;
    try {
        mDocument->execute(new EditAssetCommand(mDocument, after, QStringLiteral("importance"))); // can throw
    } catch (const Exception &e) {
        emit editRejected(e.message());
        refresh();
    }
}

void ClassificationEditor::setMeasureDone(const QString &tag, bool done)
{
    const Asset *a = mDocument && mId ? mDocument->asset(mId) : nullptr;
    if (!a)
        return;
    Asset after = *a;
    bool found = false;
    for (MeasureState &m : after.measures) {
        if (m.tag == tag) {
            m.done = done;
            found = true;
        }
    }
    if (!found)
        after.measures.append({tag, done});
    try {
        mDocument->execute(new EditAssetCommand(mDocument, after, QStringLiteral("measures"))); // can throw
    } catch (const Exception &e) {
        emit editRejected(e.message());
        refresh();
    }
}

void ClassificationEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ClassificationEditor::retranslate()
{
    mMeasuresBox->setTitle(tr("Handling measures this class requires"));
    mNoMeasures->setText(tr("None required."));
    refresh();
}

} // namespace daicho
