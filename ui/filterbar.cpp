#include "ui/filterbar.h"

#include "core/enums.h"
#include "ui/assetfilterproxy.h"
#include "ui/document.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLineEdit>
#include <QToolButton>

namespace daicho {

namespace {

QComboBox *makeCombo(QWidget *parent, const char *name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    // Long entries are elided so that the bar fits a laptop screen.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10); // 「重要度：すべて」 in full-width characters
    return combo;
}

/// Refills a combo and keeps the chosen entry (by its data) if it still exists.
template <typename Fill>
void refill(QComboBox *combo, Fill fill)
{
    const QVariant keep = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    fill(combo);
    const int i = combo->findData(keep);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent),
      mSearch(new QLineEdit(this)),
      mImportance(makeCombo(this, "importanceFilter")),
      mLevel(makeCombo(this, "levelFilter")),
      mKind(makeCombo(this, "kindFilter")),
      mSegment(makeCombo(this, "segmentFilter")),
      mPersonal(makeCombo(this, "personalFilter")),
      mStatus(makeCombo(this, "statusFilter")),
      mFindings(makeCombo(this, "findingsFilter")),
      mClear(new QToolButton(this))
{
    mSearch->setObjectName(QStringLiteral("searchField"));
    mSearch->setClearButtonEnabled(true);
    mSearch->setMinimumWidth(180);
    // Two rows: the search field, then the filters, so that the bar fits beside the docks.
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setVerticalSpacing(2);
    layout->addWidget(mSearch, 0, 0, 1, 7);
    layout->addWidget(mClear, 0, 7);
    int column = 0;
    for (QComboBox *combo : {mImportance, mLevel, mKind, mSegment, mPersonal, mStatus, mFindings}) {
        layout->addWidget(combo, 1, column++);
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::apply);
    }
    connect(mSearch, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (mProxy)
            mProxy->setSearchText(text);
    });
    connect(mClear, &QToolButton::clicked, this, &FilterBar::clear);
    retranslate();
}

void FilterBar::setTarget(AssetFilterProxy *proxy, Document *document)
{
    mProxy = proxy;
    mDocument = document;
    {
        const QSignalBlocker b1(mSearch);
        mSearch->clear();
    }
    for (QComboBox *combo : {mImportance, mLevel, mKind, mSegment, mPersonal, mStatus, mFindings}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    fillCombos();
    apply();
}

void FilterBar::clear()
{
    mSearch->clear();
    for (QComboBox *combo : {mImportance, mLevel, mKind, mSegment, mPersonal, mStatus, mFindings}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    apply();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterBar::retranslate()
{
    mSearch->setPlaceholderText(tr("Search number, name, department, manager, notes…"));
    mClear->setText(tr("Clear filters"));
    mImportance->setToolTip(tr("Importance (effective)"));
    mLevel->setToolTip(tr("Classification level (effective)"));
    mKind->setToolTip(tr("Kind"));
    mSegment->setToolTip(tr("Network segment"));
    mPersonal->setToolTip(tr("Personal information"));
    mStatus->setToolTip(tr("Status"));
    mFindings->setToolTip(tr("Findings of the zone, network and handling rules (accepted ones do not count)"));
    fillCombos();
}

void FilterBar::fillCombos()
{
    const ClassificationScheme *scheme = mDocument ? &mDocument->scheme() : nullptr;
    refill(mImportance, [&](QComboBox *c) {
        c->addItem(tr("Any importance"), QString());
        if (scheme) {
            for (auto it = scheme->importanceLevels().crbegin(); it != scheme->importanceLevels().crend(); ++it)
                c->addItem(it->label.text(), it->id);
        }
    });
    refill(mLevel, [&](QComboBox *c) {
        c->addItem(tr("Any classification"), QString());
        if (scheme) {
            for (const SchemeAxis &axis : scheme->axes()) {
                for (auto it = axis.levels.crbegin(); it != axis.levels.crend(); ++it)
                    c->addItem(it->label.text(), QString(axis.id + u':' + it->id));
            }
        }
    });
    refill(mKind, [](QComboBox *c) {
        c->addItem(tr("Any kind"), -1);
        for (int i = 0; i < AssetKindCount; ++i)
            c->addItem(Enums::label(AssetKind(i)), i);
    });
    refill(mSegment, [](QComboBox *c) {
        c->addItem(tr("Any network segment"), -1);
        for (int i = 0; i < NetworkSegmentCount; ++i)
            c->addItem(Enums::label(NetworkSegment(i)), i);
    });
    refill(mPersonal, [](QComboBox *c) {
        using P = AssetFilterProxy::PersonalFilter;
        c->addItem(tr("Any personal information"), int(P::Any));
        c->addItem(tr("Personal information"), int(P::Personal));
        c->addItem(tr("Special care-required"), int(P::Sensitive));
        c->addItem(tr("My Number"), int(P::MyNumber));
        c->addItem(tr("No personal information"), int(P::NoPersonal));
    });
    refill(mFindings, [](QComboBox *c) {
        c->addItem(tr("Findings: any"), -1);
        c->addItem(tr("With findings"), int(Severity::Info));
        c->addItem(tr("With warnings or errors"), int(Severity::Warning));
        c->addItem(tr("With errors"), int(Severity::Error));
    });
    refill(mStatus, [](QComboBox *c) {
        c->addItem(tr("Any status"), -1);
        c->addItem(Enums::label(AssetStatus::Active), int(AssetStatus::Active));
        c->addItem(Enums::label(AssetStatus::Disposed), int(AssetStatus::Disposed));
    });
}

void FilterBar::apply()
{
    if (!mProxy)
        return;
    mProxy->setImportance(mImportance->currentData().toString());
    const QString level = mLevel->currentData().toString();
    const qsizetype colon = level.indexOf(u':');
    if (colon > 0)
        mProxy->setAxisLevel(level.left(colon), level.mid(colon + 1));
    else
        mProxy->setAxisLevel(QString(), QString());
    const int kind = mKind->currentData().toInt();
    mProxy->setKind(kind >= 0 ? std::optional(AssetKind(kind)) : std::nullopt);
    const int segment = mSegment->currentData().toInt();
    mProxy->setSegment(segment >= 0 ? std::optional(NetworkSegment(segment)) : std::nullopt);
    mProxy->setPersonal(AssetFilterProxy::PersonalFilter(mPersonal->currentData().toInt()));
    const int status = mStatus->currentData().toInt();
    mProxy->setStatus(status >= 0 ? std::optional(AssetStatus(status)) : std::nullopt);
    const int findings = mFindings->currentData().toInt();
    mProxy->setFindings(findings >= 0 ? std::optional(Severity(findings)) : std::nullopt);
}

void FilterBar::showFindingsOnly(std::optional<Severity> minimum)
{
    const int i = mFindings->findData(minimum ? int(*minimum) : -1);
    mFindings->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace daicho
