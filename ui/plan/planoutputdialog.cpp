#include "ui/plan/planoutputdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSettings>

namespace daicho {

namespace {
const QString kPaperKey = QStringLiteral("plan/paper");
const QString kScaleKey = QStringLiteral("plan/scale");
const QString kMonoKey = QStringLiteral("plan/mono");
} // namespace

PlanOutputDialog::PlanOutputDialog(const QString &title, QWidget *parent)
    : QDialog(parent), mPaper(new QComboBox), mScale(new QComboBox), mMono(new QCheckBox)
{
    setWindowTitle(title);
    mPaper->addItem(tr("A3 landscape"), int(PaperSize::A3));
    mPaper->addItem(tr("A4 landscape"), int(PaperSize::A4));
    mScale->addItem(tr("Fit to the page"), 0);
    for (const int n : {50, 100, 200, 300, 500, 1000})
        mScale->addItem(QStringLiteral("1:%1").arg(n), n);
    mMono->setText(tr("For a monochrome printer (hatches only)"));
    QSettings settings;
    mPaper->setCurrentIndex(std::max(0, mPaper->findData(settings.value(kPaperKey, int(PaperSize::A3)))));
    mScale->setCurrentIndex(std::max(0, mScale->findData(settings.value(kScaleKey, 0))));
    mMono->setChecked(settings.value(kMonoKey, false).toBool());
    auto *form = new QFormLayout(this);
    form->addRow(tr("Paper"), mPaper);
    form->addRow(tr("Scale"), mScale);
    form->addRow(QString(), mMono);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings s;
        s.setValue(kPaperKey, mPaper->currentData());
        s.setValue(kScaleKey, mScale->currentData());
        s.setValue(kMonoKey, mMono->isChecked());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PlanSheetOptions PlanOutputDialog::options() const
{
    PlanSheetOptions o;
    o.paper = PaperSize(mPaper->currentData().toInt());
    o.scale = mScale->currentData().toInt();
    o.colour = !mMono->isChecked();
    return o;
}

} // namespace daicho
