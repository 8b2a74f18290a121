#include "ui/assetfindingsview.h"

#include "core/exceptions.h"
#include "core/wareki.h"
#include "ui/acceptfindingdialog.h"
#include "ui/commands/placecommands.h"
#include "ui/document.h"
#include "ui/findingstyle.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace daicho {

AssetFindingsView::AssetFindingsView(QWidget *parent)
    : QWidget(parent), mSummary(new QLabel), mList(new QWidget), mListLayout(new QVBoxLayout(mList))
{
    setObjectName(QStringLiteral("assetFindingsView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    mSummary->setObjectName(QStringLiteral("zoneSummary"));
    mSummary->setWordWrap(true);
    mSummary->setTextFormat(Qt::RichText);
    layout->addWidget(mSummary);
    mListLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mList);
}

void AssetFindingsView::setDocument(Document *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    mId = 0;
    if (mDocument) {
        connect(mDocument, &Document::findingsChanged, this, [this](const QList<int> &rows) {
            if (mDocument && rows.contains(mDocument->rowOf(mId)))
                rebuild();
        });
        connect(mDocument, &Document::findingsReset, this, &AssetFindingsView::rebuild);
        connect(mDocument, &Document::assetChanged, this, [this](int row) {
            if (mDocument && row == mDocument->rowOf(mId))
                rebuild();
        });
        connect(mDocument, &Document::placesChanged, this, &AssetFindingsView::rebuild);
        connect(mDocument, &Document::acceptancesChanged, this, &AssetFindingsView::rebuild);
    }
    rebuild();
}

void AssetFindingsView::setAsset(Id id)
{
    mId = id;
    rebuild();
}

void AssetFindingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

QString AssetFindingsView::zoneSummary() const
{
    const Asset *a = mDocument->asset(mId);
    if (!a || !Enums::isPhysical(a->kind))
        return tr("Not placed: the zone rules apply to the devices, media and paper that hold it.");
    const FindingChecker &checker = mDocument->checker();
    QStringList lines;
    auto placeLine = [&](const QString &label, Id id, bool afterHours) {
        const Place *p = id ? mDocument->place(id) : nullptr;
        if (!p) {
            lines << tr("%1: not recorded").arg(label);
            return;
        }
        const int level = FindingChecker::effectiveLevel(*p, *a, afterHours);
        QString text = tr("%1: %2 (%3)").arg(label, mDocument->placePath(id).toHtmlEscaped(),
                                              Enums::levelLabel(p->level));
        if (level != p->level)
            text += tr(", counts as %1").arg(Enums::levelLabel(level));
        lines << text;
    };
    placeLine(tr("Place of use"), a->usePlaceId, mDocument->afterHoursView());
    placeLine(tr("Place of storage (after hours)"), a->effectiveStorePlaceId(), true);
    const QList<const ZoneCategory *> cats = checker.categories(*a, mDocument->classificationAt(mDocument->rowOf(mId)));
    if (cats.isEmpty()) {
        lines << tr("Zone categories: none (it holds and reaches no classified information)");
    } else {
        QStringList names;
        for (const ZoneCategory *c : cats) {
            names << tr("%1 (use %2+, storage %3+)")
                         .arg(c->label.text().toHtmlEscaped(), Enums::levelLabel(c->use),
                              Enums::levelLabel(c->store));
        }
        lines << tr("Zone categories: %1").arg(names.join(tr(", ")));
    }
    return lines.join(QStringLiteral("<br>"));
}

void AssetFindingsView::rebuild()
{
    // deleteLater: rebuild() can run inside the click of a button of one of these frames.
    while (QLayoutItem *item = mListLayout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    mCount = 0;
    const int row = mDocument && mId ? mDocument->rowOf(mId) : -1;
    if (row < 0) {
        mSummary->clear();
        return;
    }
    mSummary->setText(zoneSummary());
    const std::vector<Finding> &findings = mDocument->findingsAt(row);
    mCount = int(findings.size());
    if (findings.empty()) {
        const bool disposed = mDocument->assetAt(row).status == AssetStatus::Disposed;
        auto *ok = new QLabel(disposed ? tr("Disposed: not checked against the rules.")
                                       : tr("No findings: it meets the zone, network and handling rules."));
        ok->setObjectName(QStringLiteral("noFindings"));
        ok->setWordWrap(true);
        mListLayout->addWidget(ok);
    }
    const FindingChecker &checker = mDocument->checker();
    for (int i = 0; i < int(findings.size()); ++i) {
        const Finding &f = findings[size_t(i)];
        auto *frame = new QFrame;
        frame->setObjectName(QStringLiteral("finding"));
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setAutoFillBackground(true);
        QPalette pal = frame->palette();
        pal.setColor(QPalette::Window, f.accepted ? palette().color(QPalette::AlternateBase) : severityColor(f.severity));
        pal.setColor(QPalette::WindowText, QColor(Qt::black));
        frame->setPalette(pal);
        auto *h = new QHBoxLayout(frame);
        auto *icon = new QLabel;
        icon->setPixmap(severityIcon(f.severity).pixmap(20, 20));
        h->addWidget(icon, 0, Qt::AlignTop);
        auto *v = new QVBoxLayout;
        QString head = QStringLiteral("<b>%1</b> <span style='color:#555'>%2 · %3</span>")
                           .arg(FindingChecker::title(f.code).toHtmlEscaped(),
                                FindingChecker::severityLabel(f.severity).toHtmlEscaped(),
                                FindingChecker::codeId(f.code));
        auto *title = new QLabel(head);
        title->setWordWrap(true);
        v->addWidget(title);
        auto *message = new QLabel(checker.message(f));
        message->setTextFormat(Qt::PlainText); // place names and reasons are user text
        message->setObjectName(QStringLiteral("findingMessage"));
        message->setWordWrap(true);
        message->setTextInteractionFlags(Qt::TextSelectableByMouse);
        v->addWidget(message);
        const Acceptance *acc = f.acceptanceId ? mDocument->acceptance(f.acceptanceId) : nullptr;
        if (acc) {
            auto *accepted = new QLabel(
                (f.accepted ? tr("Accepted by %1 until %2: %3") : tr("The acceptance by %1 lapsed on %2: %3"))
                    .arg(acc->person, Wareki::formatLong(acc->until), acc->reason));
            accepted->setObjectName(QStringLiteral("acceptanceLabel"));
            accepted->setTextFormat(Qt::PlainText);
            accepted->setWordWrap(true);
            QFont font = accepted->font();
            font.setItalic(true);
            accepted->setFont(font);
            v->addWidget(accepted);
        }
        auto *buttons = new QHBoxLayout;
        buttons->addStretch();
        if (acc && f.accepted) {
            auto *withdraw = new QPushButton(tr("Withdraw acceptance"));
            withdraw->setObjectName(QStringLiteral("withdrawButton"));
            const Id acceptanceId = acc->id;
            connect(withdraw, &QPushButton::clicked, this, [this, acceptanceId] { this->withdraw(acceptanceId); });
            buttons->addWidget(withdraw);
        } else {
            auto *accept = new QPushButton(tr("Accept…"));
            accept->setObjectName(QStringLiteral("acceptButton"));
            accept->setToolTip(tr("Accept this finding with a reason, until a date"));
            connect(accept, &QPushButton::clicked, this, [this, i] { this->accept(i); });
            buttons->addWidget(accept);
        }
        v->addLayout(buttons);
        h->addLayout(v, 1);
        mListLayout->addWidget(frame);
    }

    // Acceptances that no finding matches any more (the asset moved, or its class changed):
    // shown so that they can be withdrawn, and a place they name can be deleted.
    for (const Acceptance &acc : mDocument->acceptancesOf(mId)) {
        const bool matched = std::any_of(findings.cbegin(), findings.cend(),
                                         [&](const Finding &f) { return f.acceptanceId == acc.id; });
        if (matched)
            continue;
        auto *frame = new QFrame;
        frame->setObjectName(QStringLiteral("unmatchedAcceptance"));
        frame->setFrameShape(QFrame::StyledPanel);
        auto *h = new QHBoxLayout(frame);
        const std::optional<FindingCode> code = FindingChecker::codeFromId(acc.code);
        auto *label = new QLabel(tr("Acceptance of %1 (%2, until %3) no longer matches a finding: %4")
                                     .arg(code ? FindingChecker::title(*code) : acc.code, acc.person,
                                          Wareki::formatLong(acc.until), acc.reason));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        h->addWidget(label, 1);
        auto *withdraw = new QPushButton(tr("Withdraw acceptance"));
        withdraw->setObjectName(QStringLiteral("withdrawUnmatchedButton"));
        const Id acceptanceId = acc.id;
        connect(withdraw, &QPushButton::clicked, this, [this, acceptanceId] { this->withdraw(acceptanceId); });
        h->addWidget(withdraw, 0, Qt::AlignTop);
        mListLayout->addWidget(frame);
    }
}

void AssetFindingsView::accept(int index)
{
    const int row = mDocument ? mDocument->rowOf(mId) : -1;
    if (row < 0 || index >= int(mDocument->findingsAt(row).size()))
        return;
    AcceptFindingDialog dialog(mDocument, mDocument->findingsAt(row)[size_t(index)], this);
    dialog.exec();
}

void AssetFindingsView::withdraw(Id acceptanceId)
{
    try {
        mDocument->execute(new WithdrawAcceptanceCommand(mDocument, acceptanceId)); // can throw
    } catch (const Exception &e) {
        emit editRejected(e.message());
    }
}

} // namespace daicho
