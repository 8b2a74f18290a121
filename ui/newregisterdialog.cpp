#include "ui/newregisterdialog.h"

#include "core/classificationscheme.h"
#include "core/exceptions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace daicho {

NewRegisterDialog::NewRegisterDialog(QWidget *parent)
    : QDialog(parent),
      mTitle(new QLineEdit),
      mPreset(new QComboBox),
      mDescription(new QLabel),
      mPath(new QLineEdit),
      mMessage(new QLabel)
{
    setWindowTitle(tr("New register"));
    mTitle->setPlaceholderText(tr("e.g. 総務課 情報資産管理台帳"));
    for (const QString &id : ClassificationScheme::presetIds()) {
        try {
            mPreset->addItem(ClassificationScheme::preset(id).name().text(), id); // can throw
        } catch (const Exception &) {
            mPreset->addItem(id, id); // a broken preset still shows; creating with it will say why
        }
    }
    mPreset->setCurrentIndex(qMax(0, mPreset->findData(ClassificationScheme::defaultPresetId())));
    mDescription->setWordWrap(true);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    mPath->setText(QDir(folder).filePath(tr("register") + QStringLiteral(".daicho")));
    auto *browse = new QPushButton(tr("Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(mPath, 1);
    pathRow->addWidget(browse);
    mMessage->setStyleSheet(QStringLiteral("color: #c00000;"));
    mMessage->setWordWrap(true);
    mMessage->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("Title"), mTitle);
    form->addRow(tr("Classification scheme"), mPreset);
    form->addRow(QString(), mDescription);
    form->addRow(tr("File"), pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mMessage);
    layout->addWidget(buttons);
    connect(browse, &QPushButton::clicked, this, &NewRegisterDialog::browse);
    connect(mPreset, &QComboBox::currentIndexChanged, this, &NewRegisterDialog::showDescription);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewRegisterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 260);
    showDescription();
}

QString NewRegisterDialog::path() const { return mPath->text().trimmed(); }
QString NewRegisterDialog::title() const { return mTitle->text().trimmed(); }
QString NewRegisterDialog::presetId() const { return mPreset->currentData().toString(); }

void NewRegisterDialog::showDescription()
{
    try {
        const ClassificationScheme scheme = ClassificationScheme::preset(presetId()); // can throw
        QStringList axes;
        for (const SchemeAxis &axis : scheme.axes()) {
            QStringList levels;
            for (const SchemeLevel &l : axis.levels)
                levels << l.id;
            axes << tr("%1 %2").arg(axis.name.text(), levels.join(u'/'));
        }
        mDescription->setText(axes.isEmpty() ? tr("Importance set directly") : axes.join(tr(", ")));
    } catch (const Exception &e) {
        mDescription->setText(e.message());
    }
}

void NewRegisterDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("New register"), path(),
                                                        tr("Daicho registers (*.daicho);;All files (*)"));
    if (!chosen.isEmpty())
        mPath->setText(chosen.endsWith(QLatin1String(".daicho")) ? chosen : chosen + QStringLiteral(".daicho"));
}

void NewRegisterDialog::accept()
{
    QString problem;
    if (path().isEmpty())
        problem = tr("Choose where to save the register.");
    else if (QFileInfo::exists(path()))
        problem = tr("The file %1 already exists. Choose another name.").arg(QDir::toNativeSeparators(path()));
    if (!problem.isEmpty()) {
        mMessage->setText(problem);
        mMessage->show();
        return;
    }
    QDialog::accept();
}

} // namespace daicho
