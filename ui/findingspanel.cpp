#include "ui/findingspanel.h"

#include "ui/acceptfindingdialog.h"
#include "ui/document.h"
#include "ui/findingsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace daicho {

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent),
      mSeverity(new QComboBox),
      mDepartment(new QComboBox),
      mCode(new QComboBox),
      mShowAccepted(new QCheckBox),
      mCount(new QLabel),
      mAccept(new QPushButton),
      mView(new QTableView)
{
    setObjectName(QStringLiteral("findingsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filters = new QHBoxLayout;
    mSeverity->setObjectName(QStringLiteral("severityFilter"));
    mDepartment->setObjectName(QStringLiteral("departmentFilter"));
    mCode->setObjectName(QStringLiteral("codeFilter"));
    mShowAccepted->setObjectName(QStringLiteral("showAccepted"));
    mAccept->setObjectName(QStringLiteral("acceptButton"));
    mDepartment->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mDepartment->setMinimumContentsLength(10);
    mCode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mCode->setMinimumContentsLength(14);
    filters->addWidget(mSeverity);
    filters->addWidget(mDepartment);
    filters->addWidget(mCode);
    filters->addWidget(mShowAccepted);
    filters->addStretch();
    filters->addWidget(mCount);
    filters->addWidget(mAccept);
    layout->addLayout(filters);
    mView->setObjectName(QStringLiteral("findingsView"));
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->setWordWrap(false);
    mView->verticalHeader()->hide();
    mView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    mView->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(mView);

    auto changed = [this] { applyFilters(); };
    connect(mSeverity, &QComboBox::currentIndexChanged, this, changed);
    connect(mDepartment, &QComboBox::currentIndexChanged, this, changed);
    connect(mCode, &QComboBox::currentIndexChanged, this, changed);
    connect(mShowAccepted, &QCheckBox::toggled, this, changed);
    connect(mView, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit assetActivated(index.data(FindingsModel::AssetIdRole).toLongLong());
    });
    connect(mAccept, &QPushButton::clicked, this, &FindingsPanel::acceptSelected);
    retranslate();
    setEnabled(false);
}

void FindingsPanel::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mView->setModel(nullptr);
    delete mModel;
    mModel = nullptr;
    setEnabled(document != nullptr);
    if (!document) {
        updateCount();
        return;
    }
    mModel = new FindingsModel(document, this);
    mView->setModel(mModel);
    QHeaderView *h = mView->horizontalHeader();
    h->resizeSection(FindingsModel::SeverityColumn, 80);
    h->resizeSection(FindingsModel::CodeColumn, 160);
    h->resizeSection(FindingsModel::NumberColumn, 90);
    h->resizeSection(FindingsModel::NameColumn, 180);
    h->resizeSection(FindingsModel::DepartmentColumn, 110);
    h->resizeSection(FindingsModel::AreaColumn, 140);
    h->resizeSection(FindingsModel::MessageColumn, 520);
    h->resizeSection(FindingsModel::AcceptanceColumn, 130);
    // Keep the selected finding (and the scroll position) across a rebuild.
    auto selected = std::make_shared<std::optional<FindingsModel::Key>>();
    auto scroll = std::make_shared<int>(0);
    connect(mModel, &FindingsModel::modelAboutToBeReset, this, [this, selected, scroll] {
        // The Document's findings may already be the new ones here: read the entry's own key.
        const QModelIndex current = mView->currentIndex();
        *selected = current.isValid() ? mModel->keyAt(current.row()) : std::nullopt;
        *scroll = mView->verticalScrollBar()->value();
    });
    connect(mModel, &FindingsModel::modelReset, this, [this, selected, scroll] {
        mView->verticalScrollBar()->setValue(*scroll);
        if (*selected) {
            const int row = mModel->rowOf(**selected);
            if (row >= 0)
                mView->setCurrentIndex(mModel->index(row, 0));
        }
        updateCount();
    });
    connect(mModel, &FindingsModel::rowsInserted, this, &FindingsPanel::updateCount);
    connect(mModel, &FindingsModel::rowsRemoved, this, &FindingsPanel::updateCount);
    connect(document, &Document::departmentsChanged, this, &FindingsPanel::fillDepartments);
    fillDepartments();
    applyFilters();
}

void FindingsPanel::fillDepartments()
{
    const Id current = mDepartment->currentData().toLongLong();
    const QSignalBlocker block(mDepartment);
    mDepartment->clear();
    mDepartment->addItem(tr("All departments"), 0);
    if (mDocument) {
        QList<Department> departments = mDocument->departments();
        std::sort(departments.begin(), departments.end(),
                  [](const Department &a, const Department &b) { return a.code < b.code; });
        for (const Department &d : departments)
            mDepartment->addItem(d.name, QVariant::fromValue<qlonglong>(d.id));
    }
    mDepartment->setCurrentIndex(std::max(0, mDepartment->findData(QVariant::fromValue<qlonglong>(current))));
}

void FindingsPanel::applyFilters()
{
    if (!mModel)
        return;
    const QVariant severity = mSeverity->currentData();
    const QVariant code = mCode->currentData();
    QSignalBlocker block(mModel); // the resets of the setters are not seen; one rebuild below
    mModel->setSeverity(severity.isValid() ? std::optional<Severity>(Severity(severity.toInt())) : std::nullopt);
    mModel->setCode(code.isValid() ? std::optional<FindingCode>(FindingCode(code.toInt())) : std::nullopt);
    mModel->setShowAccepted(mShowAccepted->isChecked());
    mModel->setDepartment(mDepartment->currentData().toLongLong());
    block.unblock();
    mModel->rebuild();
}

void FindingsPanel::updateCount()
{
    mCount->setText(mModel ? tr("%n finding(s)", nullptr, mModel->rowCount()) : QString());
}

void FindingsPanel::acceptSelected()
{
    const QModelIndex current = mView->currentIndex();
    const Finding *f = mModel && current.isValid() ? mModel->findingAt(current.row()) : nullptr;
    if (!f)
        return;
    AcceptFindingDialog dialog(mDocument, *f, this);
    dialog.exec();
}

void FindingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FindingsPanel::retranslate()
{
    {
        const QSignalBlocker block(mSeverity);
        const int index = std::max(0, mSeverity->currentIndex());
        mSeverity->clear();
        mSeverity->addItem(tr("All severities"));
        for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
            mSeverity->addItem(FindingChecker::severityLabel(s), int(s));
        mSeverity->setCurrentIndex(index);
    }
    {
        const QSignalBlocker block(mCode);
        const int index = std::max(0, mCode->currentIndex());
        mCode->clear();
        mCode->addItem(tr("All rules"));
        for (int i = 0; i < FindingCodeCount; ++i)
            mCode->addItem(FindingChecker::title(FindingCode(i)), i);
        mCode->setCurrentIndex(index);
    }
    mShowAccepted->setText(tr("Show accepted"));
    mAccept->setText(tr("Accept…"));
    mAccept->setToolTip(tr("Accept the selected finding with a reason, until a date"));
    fillDepartments();
    if (mModel)
        mModel->retranslate();
    updateCount();
}

} // namespace daicho
