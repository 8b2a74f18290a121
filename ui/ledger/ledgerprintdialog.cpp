#include "ui/ledger/ledgerprintdialog.h"

#include "core/exceptions.h"
#include "core/registercheck.h"
#include "db/registerstore.h"
#include "ui/document.h"
#include "ui/ledger/departmenttree.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace daicho {

namespace {
const QString kLayoutKey = QStringLiteral("ledgerPrint/layout");
const QString kPaperKey = QStringLiteral("ledgerPrint/paper");
const QString kColumnsKey = QStringLiteral("ledgerPrint/columns");
} // namespace

LedgerPrintDialog::LedgerPrintDialog(Document *document, const QStringList &shownColumns, QWidget *parent)
    : QDialog(parent),
      mDocument(document),
      mShown(shownColumns),
      mPrinter(std::make_unique<QPrinter>(QPrinter::HighResolution)),
      mLayout(new QComboBox),
      mPaper(new QComboBox),
      mDepartment(new QComboBox),
      mColumns(new QComboBox),
      mRoles(new QPlainTextEdit),
      mPrintedBy(new QLineEdit),
      mStatus(new QLabel),
      mPreview(nullptr),
      mPrintButton(new QPushButton),
      mPdfButton(new QPushButton),
      mRefreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("ledgerPrintDialog"));
    setWindowTitle(tr("Print the ledger"));
    // The pages keep their own margins (the binding margin on the left): the whole paper.
    mPrinter->setFullPage(true);
    mPrinter->setDocName(document->title());
    mPreview = new QPrintPreviewWidget(mPrinter.get());
    mPreview->setObjectName(QStringLiteral("ledgerPreview"));

    mLayout->setObjectName(QStringLiteral("layoutCombo"));
    mLayout->addItem(tr("Ledger list (landscape)"), int(LedgerLayout::List));
    mLayout->addItem(tr("Asset sheets, one per page (portrait)"), int(LedgerLayout::Sheet));
    mLayout->addItem(tr("Inventory check sheet (landscape)"), int(LedgerLayout::Check));
    mPaper->setObjectName(QStringLiteral("paperCombo"));
    mPaper->addItem(QStringLiteral("A4"), int(PaperSize::A4));
    mPaper->addItem(QStringLiteral("A3"), int(PaperSize::A3));
    mDepartment->setObjectName(QStringLiteral("departmentCombo"));
    fillDepartments();
    mColumns->setObjectName(QStringLiteral("columnsCombo"));
    mColumns->addItem(tr("The columns for paper"), int(Columns::Paper));
    mColumns->addItem(tr("All ledger columns (%1)").arg(LedgerColumns::keys(document->scheme()).size()), int(Columns::All));
    if (!mShown.isEmpty())
        mColumns->addItem(tr("The columns the table shows (%1)").arg(mShown.size()), int(Columns::Shown));
    mColumns->setToolTip(tr("The list and the check sheet; an asset sheet shows every field."));

    QStringList roles;
    try {
        roles = LedgerPrintBuilder::approvalRoles(document->store().settings()); // can throw
    } catch (const Exception &) {
        roles = PlanSheetBuilder::defaultApprovalRoles();
    }
    mInitialRoles = roles;
    mRoles->setObjectName(QStringLiteral("rolesEdit"));
    mRoles->setPlainText(roles.join(u'\n'));
    mRoles->setTabChangesFocus(true);
    mRoles->setMaximumHeight(QFontMetrics(mRoles->font()).lineSpacing() * 5 + 12);
    mRoles->setToolTip(tr("One heading per line, left to right. Leave it empty for no approval boxes. "
                          "A change is kept in the register when you print or save."));
    mPrintedBy->setObjectName(QStringLiteral("printedByEdit"));
    const QString person = document->store().person();
    mPrintedBy->setText(person.isEmpty() ? LedgerPrintBuilder::defaultPrintedBy() : person);
    mStatus->setObjectName(QStringLiteral("statusLabel"));
    mStatus->setWordWrap(true);
    mStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QSettings settings;
    mLayout->setCurrentIndex(std::max(0, mLayout->findData(settings.value(kLayoutKey, int(LedgerLayout::List)))));
    mPaper->setCurrentIndex(std::max(0, mPaper->findData(settings.value(kPaperKey, int(PaperSize::A4)))));
    mColumns->setCurrentIndex(std::max(0, mColumns->findData(settings.value(kColumnsKey, int(Columns::Paper)))));

    // Left: the settings and the buttons.
    auto *form = new QFormLayout;
    form->addRow(tr("Form"), mLayout);
    form->addRow(tr("Paper"), mPaper);
    form->addRow(tr("Department"), mDepartment);
    form->addRow(tr("Columns"), mColumns);
    form->addRow(tr("Approval boxes"), mRoles);
    form->addRow(tr("Printed by"), mPrintedBy);
    mPrintButton->setObjectName(QStringLiteral("printButton"));
    mPrintButton->setText(tr("&Print…"));
    mPdfButton->setObjectName(QStringLiteral("pdfButton"));
    mPdfButton->setText(tr("Save as P&DF…"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(form);
    leftLayout->addWidget(mStatus);
    leftLayout->addStretch(1);
    leftLayout->addWidget(mPrintButton);
    leftLayout->addWidget(mPdfButton);
    leftLayout->addWidget(close);

    // Right: the preview, with its zoom.
    auto *fitPage = new QToolButton;
    fitPage->setText(tr("Whole page"));
    connect(fitPage, &QToolButton::clicked, mPreview, &QPrintPreviewWidget::fitInView);
    auto *fitWidth = new QToolButton;
    fitWidth->setText(tr("Page width"));
    connect(fitWidth, &QToolButton::clicked, mPreview, &QPrintPreviewWidget::fitToWidth);
    auto *zoomIn = new QToolButton;
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Zoom in"));
    connect(zoomIn, &QToolButton::clicked, mPreview, [this] { mPreview->zoomIn(); });
    auto *zoomOut = new QToolButton;
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setToolTip(tr("Zoom out"));
    connect(zoomOut, &QToolButton::clicked, mPreview, [this] { mPreview->zoomOut(); });
    auto *zoomBar = new QHBoxLayout;
    zoomBar->addWidget(fitPage);
    zoomBar->addWidget(fitWidth);
    zoomBar->addWidget(zoomOut);
    zoomBar->addWidget(zoomIn);
    zoomBar->addStretch(1);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(zoomBar);
    rightLayout->addWidget(mPreview, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 880});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    resize(1200, 800);

    connect(mPreview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (!mPrint)
            return;
        try {
            mPrint->print(*printer);
        } catch (const Exception &e) {
            mStatus->setText(e.message());
        }
    });
    mRefreshTimer->setSingleShot(true);
    mRefreshTimer->setInterval(400);
    connect(mRefreshTimer, &QTimer::timeout, this, &LedgerPrintDialog::refresh);
    for (QComboBox *combo : {mLayout, mPaper, mDepartment, mColumns})
        connect(combo, &QComboBox::currentIndexChanged, this, &LedgerPrintDialog::refresh);
    connect(mRoles, &QPlainTextEdit::textChanged, mRefreshTimer, qOverload<>(&QTimer::start));
    connect(mPrintedBy, &QLineEdit::textChanged, mRefreshTimer, qOverload<>(&QTimer::start));
    connect(mPrintButton, &QPushButton::clicked, this, &LedgerPrintDialog::printLedger);
    connect(mPdfButton, &QPushButton::clicked, this, &LedgerPrintDialog::saveLedgerPdf);
    refresh();
}

LedgerPrintDialog::~LedgerPrintDialog()
{
    QSettings settings;
    settings.setValue(kLayoutKey, mLayout->currentData());
    settings.setValue(kPaperKey, mPaper->currentData());
    settings.setValue(kColumnsKey, mColumns->currentData());
    // The preview paints into the printer: it goes first.
    delete mPreview;
}

void LedgerPrintDialog::fillDepartments()
{
    mDepartment->addItem(tr("All departments"), QString());
    // A department includes the ones under it.
    DepartmentTree::addTo(mDepartment, mDocument->departments());
    mDepartment->setToolTip(tr("A department's ledger includes the departments under it."));
}

LedgerPrintOptions LedgerPrintDialog::printOptions() const
{
    LedgerPrintOptions o;
    o.layout = LedgerLayout(mLayout->currentData().toInt());
    o.paper = PaperSize(mPaper->currentData().toInt());
    return o;
}

LedgerOptions LedgerPrintDialog::ledgerOptions() const
{
    LedgerOptions o;
    o.departmentCode = mDepartment->currentData().toString();
    switch (Columns(mColumns->currentData().toInt())) {
    case Columns::Paper:
        break; // the layout's own
    case Columns::All:
        o.columns = LedgerColumns::keys(mDocument->scheme());
        break;
    case Columns::Shown:
        o.columns = mShown;
        break;
    }
    return o;
}

QStringList LedgerPrintDialog::approvalRoles() const
{
    QStringList roles;
    for (const QString &line : mRoles->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            roles.append(line.trimmed());
    }
    return roles;
}

QString LedgerPrintDialog::printedBy() const { return mPrintedBy->text().trimmed(); }

void LedgerPrintDialog::updateEnabled()
{
    const bool sheet = printOptions().layout == LedgerLayout::Sheet;
    mColumns->setEnabled(!sheet);
    mPrintButton->setEnabled(mPrint != nullptr);
    mPdfButton->setEnabled(mPrint != nullptr);
}

void LedgerPrintDialog::refresh()
{
    mRefreshTimer->stop();
    const LedgerPrintOptions options = printOptions();
    // The register as the document holds it now; the lists are shared, not copied.
    RegisterData data;
    data.title = mDocument->title();
    data.departments = mDocument->departments();
    data.people = mDocument->people();
    data.places = mDocument->places();
    data.assets = mDocument->assets();
    data.links = mDocument->links();
    LedgerPrintInput in;
    in.data = &data;
    in.engine = &mDocument->engine();
    in.checker = &mDocument->checker();
    Document *document = mDocument;
    in.findingsOf = [document](Id id) -> const std::vector<Finding> * {
        const int row = document->rowOf(id);
        return row < 0 ? nullptr : &document->findingsAt(row);
    };
    if (options.layout == LedgerLayout::Sheet) {
        in.historyOf = [this](Id id) {
            auto it = mHistory.constFind(id);
            if (it == mHistory.constEnd())
                it = mHistory.insert(id, mDocument->store().history(QStringLiteral("asset"), id)); // can throw
            return *it;
        };
    }
    in.layout = options.layout;
    in.ledger = ledgerOptions();
    in.approvalRoles = approvalRoles();
    in.printedBy = printedBy();
    in.printedAt = QDateTime::currentDateTime();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        mPrint = std::make_unique<LedgerPrint>(LedgerPrintBuilder::build(in), options); // can throw
        QStringList status;
        status << tr("%n page(s); %1 assets; type %2 pt.", nullptr, mPrint->pageCount())
                      .arg(mPrint->data().table.rows.size())
                      .arg(mPrint->fontSizePt(), 0, 'f', 1);
        if (!mPrint->columnsFit())
            status << QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(mPrint->fitProblem().toHtmlEscaped());
        mStatus->setText(status.join(QStringLiteral("<br>")));
    } catch (const Exception &e) {
        mPrint.reset();
        mStatus->setText(QStringLiteral("<span style=\"color:#b00020\">%1</span>").arg(e.message().toHtmlEscaped()));
    }
    QApplication::restoreOverrideCursor();
    updateEnabled();
    mPreview->updatePreview();
}

void LedgerPrintDialog::storeRoles()
{
    const QStringList roles = approvalRoles();
    if (roles == mInitialRoles)
        return;
    try {
        mDocument->store().setSetting(SettingKey::ApprovalRoles, LedgerPrintBuilder::approvalRolesSetting(roles)); // can throw
        mInitialRoles = roles;
    } catch (const Exception &e) {
        report(tr("The approval boxes could not be kept in the register: %1").arg(e.message()), true);
    }
}

void LedgerPrintDialog::report(const QString &message, bool failure)
{
    mLastMessage = message;
    if (failure && !mQuiet)
        QMessageBox::warning(this, windowTitle(), message);
}

bool LedgerPrintDialog::savePdf(const QString &path)
{
    if (mRefreshTimer->isActive())
        refresh(); // what was typed last counts
    if (!mPrint) {
        report(mStatus->text(), true);
        return false;
    }
    try {
        mPrint->exportPdf(path); // can throw
    } catch (const Exception &e) {
        report(e.message(), true);
        return false;
    }
    storeRoles();
    report(tr("Saved the %1 (%n page(s)) to %2.", nullptr, mPrint->pageCount())
               .arg(LedgerPrint::layoutName(printOptions().layout), QDir::toNativeSeparators(path)),
           false);
    return true;
}

void LedgerPrintDialog::printLedger()
{
    if (mRefreshTimer->isActive())
        refresh();
    if (!mPrint)
        return;
    QPrintDialog dialog(mPrinter.get(), this);
    dialog.setWindowTitle(tr("Print the ledger"));
    dialog.setMinMax(1, mPrint->pageCount());
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, true);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        mPrint->print(*mPrinter, mPrinter->fromPage() > 0 ? mPrinter->fromPage() : 1, mPrinter->toPage()); // can throw
    } catch (const Exception &e) {
        report(e.message(), true);
        return;
    }
    storeRoles();
    report(tr("Sent the %1 to the printer.").arg(LedgerPrint::layoutName(printOptions().layout)), false);
    // The dialog may have changed the printer's paper: show the pages as they are again.
    mPreview->updatePreview();
}

void LedgerPrintDialog::saveLedgerPdf()
{
    const QString name = QStringLiteral("%1_%2.pdf").arg(mDocument->title(), LedgerPrint::layoutName(printOptions().layout));
    QString path = QFileDialog::getSaveFileName(this, tr("Save the ledger as PDF"),
                                                QDir(QFileInfo(mDocument->path()).absolutePath()).filePath(name),
                                                tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    savePdf(path);
}

} // namespace daicho
