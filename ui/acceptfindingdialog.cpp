#include "ui/acceptfindingdialog.h"

#include "core/exceptions.h"
#include "core/wareki.h"
#include "db/registerstore.h"
#include "ui/commands/placecommands.h"
#include "ui/document.h"
#include "ui/findingstyle.h"
#include "ui/warekidateedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace daicho {

AcceptFindingDialog::AcceptFindingDialog(Document *document, const Finding &finding, QWidget *parent)
    : QDialog(parent),
      mDocument(document),
      mFinding(finding),
      mReason(new QPlainTextEdit),
      mPerson(new QComboBox),
      mUntil(new WarekiDateEdit),
      mError(new QLabel)
{
    setObjectName(QStringLiteral("acceptFindingDialog"));
    setWindowTitle(tr("Accept finding"));
    auto *layout = new QVBoxLayout(this);

    auto *head = new QHBoxLayout;
    auto *icon = new QLabel;
    icon->setPixmap(severityIcon(finding.severity).pixmap(32, 32));
    head->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QLabel(QStringLiteral("<b>%1 — %2</b><br>%3<br>%4")
                                .arg(FindingChecker::codeId(finding.code).toHtmlEscaped(),
                                     FindingChecker::title(finding.code).toHtmlEscaped(),
                                     document->assetLabel(finding.assetId).toHtmlEscaped(),
                                     document->checker().message(finding).toHtmlEscaped()));
    text->setWordWrap(true);
    text->setMinimumWidth(420);
    head->addWidget(text, 1);
    layout->addLayout(head);

    auto *form = new QFormLayout;
    mReason->setObjectName(QStringLiteral("reasonEdit"));
    mReason->setPlaceholderText(tr("Why the risk is accepted, and what is done instead"));
    mReason->setTabChangesFocus(true);
    form->addRow(tr("Reason"), mReason);
    mPerson->setObjectName(QStringLiteral("personCombo"));
    mPerson->setEditable(true);
    for (const Person &p : document->people())
        mPerson->addItem(p.name);
    mPerson->setCurrentText(document->store().person());
    form->addRow(tr("Accepted by"), mPerson);
    mUntil->setObjectName(QStringLiteral("untilEdit"));
    const QDate today = QDate::currentDate();
    setUntil(Wareki::fiscalYearEnd(Wareki::fiscalYear(today)));
    form->addRow(tr("Valid until"), mUntil);
    layout->addLayout(form);

    auto *hint = new QLabel(tr("The finding shows as accepted until that date and comes back the day "
                               "after. The acceptance is recorded in the audit log."));
    hint->setWordWrap(true);
    hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(hint);
    mError->setObjectName(QStringLiteral("errorLabel"));
    mError->setWordWrap(true);
    mError->setStyleSheet(QStringLiteral("color: #b00020;"));
    mError->hide();
    layout->addWidget(mError);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Accept"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AcceptFindingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AcceptFindingDialog::reject);
    layout->addWidget(buttons);
}

void AcceptFindingDialog::setReason(const QString &reason) { mReason->setPlainText(reason); }
void AcceptFindingDialog::setPerson(const QString &person) { mPerson->setCurrentText(person); }
void AcceptFindingDialog::setUntil(const QDate &date) { mUntil->setDate(date); }

Acceptance AcceptFindingDialog::acceptance() const
{
    Acceptance a;
    a.assetId = mFinding.assetId;
    a.code = FindingChecker::codeId(mFinding.code);
    a.placeId = mFinding.placeId;
    a.subject = mFinding.subject;
    a.reason = mReason->toPlainText().trimmed();
    a.person = mPerson->currentText().trimmed();
    a.until = mUntil->date();
    return a;
}

void AcceptFindingDialog::accept()
{
    try {
        if (!mDocument->execute(new AcceptFindingCommand(mDocument, acceptance()))) // can throw
            return; // the write failed; the main window shows why
    } catch (const Exception &e) {
        mError->setText(e.message());
        mError->show();
        return;
    }
    QDialog::accept();
}

} // namespace daicho
