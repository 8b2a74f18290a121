#include "ui/zonerulesdialog.h"

#include "core/exceptions.h"
#include "ui/commands/placecommands.h"
#include "ui/document.h"
#include "ui/placetreemodel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace daicho {

namespace {

enum Column { CodeColumn, LabelColumn, UseColumn, StoreColumn, ColumnCount };

/// `forUse`: L3 is storage only (a locked container), so it is no minimum for use.
QComboBox *levelCombo(int level, bool forUse)
{
    auto *combo = new QComboBox;
    for (int l = 0; l <= 4; ++l) {
        if (forUse && l == 3)
            continue;
        combo->addItem(PlaceTreeModel::levelIcon(l), Enums::levelLabel(l), l);
        combo->setItemData(combo->count() - 1, PlaceTreeModel::levelDescription(l), Qt::ToolTipRole);
    }
    combo->setCurrentIndex(combo->findData(level));
    return combo;
}

} // namespace

ZoneRulesDialog::ZoneRulesDialog(Document *document, QWidget *parent)
    : QDialog(parent), mDocument(document), mTable(new QTableWidget), mModels(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("zoneRulesDialog"));
    setWindowTitle(tr("Zone rules"));
    auto *intro = new QLabel(tr("The lowest area level each asset category may be used and kept in. L3 is a locked "
                                "container: storage only. An L2 office not locked after hours counts as L1 then."));
    intro->setWordWrap(true);

    mTable->setColumnCount(ColumnCount);
    mTable->setHorizontalHeaderLabels({tr("Code"), tr("Category"), tr("Use"), tr("Storage")});
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionMode(QAbstractItemView::NoSelection);
    mTable->verticalHeader()->hide();
    mTable->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    for (int c : {CodeColumn, UseColumn, StoreColumn})
        mTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    auto *modelBox = new QGroupBox(tr("Network model"));
    auto *modelLayout = new QVBoxLayout(modelBox);
    const QString explanations[NetworkModelCount] = {
        tr("Office terminals on the LGWAN segment; the internet only through screen transfer or sanitised files "
           "(the classic three-layer separation)."),
        tr("α, plus limited direct use of specific cloud services from the LGWAN terminals (local breakout)."),
        tr("Groupware and some business terminals moved to the internet segment, with extra controls."),
        tr("Most business terminals on the internet segment, with extra controls; only the systems that need it "
           "stay on LGWAN."),
    };
    for (int i = 0; i < NetworkModelCount; ++i) {
        auto *radio = new QRadioButton(Enums::label(NetworkModel(i)));
        radio->setObjectName(QStringLiteral("model_%1").arg(Enums::id(NetworkModel(i))));
        radio->setToolTip(explanations[i]);
        mModels->addButton(radio, i);
        auto *explanation = new QLabel(explanations[i]);
        explanation->setWordWrap(true);
        explanation->setIndent(24);
        explanation->setStyleSheet(QStringLiteral("color: #555555;"));
        modelLayout->addWidget(radio);
        modelLayout->addWidget(explanation);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *preset = buttons->addButton(tr("Reset to preset"), QDialogButtonBox::ResetRole);
    preset->setObjectName(QStringLiteral("presetButton"));
    preset->setToolTip(tr("The minimum levels of the shipped preset (岸和田市 表5). Applied only with OK."));
    connect(preset, &QPushButton::clicked, this, &ZoneRulesDialog::resetToPreset);
    connect(buttons, &QDialogButtonBox::accepted, this, &ZoneRulesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(mTable, 1);
    layout->addWidget(modelBox);
    layout->addWidget(buttons);

    fill(mDocument->zoneTable());
    selectModel(mDocument->networkModel());
    resize(760, 640);
}

void ZoneRulesDialog::fill(const ZoneTable &table)
{
    mBase = table;
    const QList<ZoneCategory> &categories = table.categories();
    mTable->setRowCount(int(categories.size()));
    for (int row = 0; row < categories.size(); ++row) {
        const ZoneCategory &c = categories.at(row);
        mTable->setItem(row, CodeColumn, new QTableWidgetItem(c.code));
        auto *label = new QTableWidgetItem(c.label.text());
        label->setToolTip(c.label.text());
        mTable->setItem(row, LabelColumn, label);
        mTable->setCellWidget(row, UseColumn, levelCombo(c.use, true));
        mTable->setCellWidget(row, StoreColumn, levelCombo(c.store, false));
    }
    mTable->resizeRowsToContents();
}

void ZoneRulesDialog::selectModel(NetworkModel model)
{
    if (QAbstractButton *button = mModels->button(int(model)))
        button->setChecked(true);
}

QComboBox *ZoneRulesDialog::useCombo(int row) const
{
    return qobject_cast<QComboBox *>(mTable->cellWidget(row, UseColumn));
}

QComboBox *ZoneRulesDialog::storeCombo(int row) const
{
    return qobject_cast<QComboBox *>(mTable->cellWidget(row, StoreColumn));
}

ZoneTable ZoneRulesDialog::table() const
{
    ZoneTable t = mBase;
    for (int row = 0; row < mTable->rowCount(); ++row)
        t.setMinimum(mTable->item(row, CodeColumn)->text(), useCombo(row)->currentData().toInt(),
                     storeCombo(row)->currentData().toInt());
    return t;
}

NetworkModel ZoneRulesDialog::networkModel() const
{
    const int id = mModels->checkedId();
    return id >= 0 ? NetworkModel(id) : mDocument->networkModel();
}

void ZoneRulesDialog::resetToPreset()
{
    try {
        fill(ZoneTable::preset()); // can throw
    } catch (const Exception &e) {
        QMessageBox::warning(this, tr("Zone rules"), e.message());
    }
}

bool ZoneRulesDialog::apply()
{
    const ZoneTable t = table();
    const NetworkModel model = networkModel();
    const bool tableChanged = !(t == mDocument->zoneTable());
    const bool modelChanged = model != mDocument->networkModel();
    if (!tableChanged && !modelChanged)
        return true;
    QUndoStack *stack = mDocument->undoStack();
    const bool macro = tableChanged && modelChanged;
    bool ok = true;
    try {
        if (macro)
            stack->beginMacro(tr("Change the zone rules"));
        if (tableChanged)
            ok = mDocument->execute(new SetZoneTableCommand(mDocument, t)); // can throw
        if (ok && modelChanged)
            ok = mDocument->execute(new SetNetworkModelCommand(mDocument, model)); // can throw
        if (macro)
            stack->endMacro();
    } catch (const Exception &e) {
        if (macro)
            stack->endMacro();
        QMessageBox::warning(this, tr("Zone rules"), e.message());
        return false;
    }
    return ok;
}

void ZoneRulesDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace daicho
