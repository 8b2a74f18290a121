#include "core/render/sheetpainter.h"

#include "core/render/planstyle.h"
#include "core/wareki.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <algorithm>

namespace daicho {

namespace {

constexpr double U = PlanSheet::Unit;
const QColor kLabelFill(0xee, 0xee, 0xee);
const QColor kRule(0xb0, 0xb0, 0xb0);

// The title block's rows, in units of its row height.
constexpr double kTitleBlockRows = 1.6 + 1 + 1.6 + 1 + 1 + 1 + 1 + 1;

} // namespace

SheetPainter::SheetPainter(QPainter &p, const PlanSheet &sheet)
    : mP(p), mSheet(sheet), mData(sheet.data()), mL(sheet.layout()), mK(sheet.layout().k),
      mColour(sheet.options().colour)
{
}

void SheetPainter::paint()
{
    paintHeader();
    paintDrawing();
    paintLegend();
    paintTitleBlock();
    paintFindings();
    paintFooter();
}

// ---------------------------------------------------------------------------------------------
// Helpers

QFont SheetPainter::sheetFont(double mm, double k, bool bold)
{
    QFont f = PlanStyle::font(mm * U * k);
    // Unhinted, so that what is measured is what the PDF and SVG draw at any size.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setBold(bold);
    return f;
}

QStringList SheetPainter::wrap(const QString &text, const QFont &font, double width, int maxLines)
{
    QStringList lines;
    if (text.isEmpty() || maxLines < 1 || width <= 0)
        return lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    int lastStart = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines) {
            // More than fits: the last line takes the rest, elided.
            lines.last() = QFontMetricsF(font).elidedText(text.mid(lastStart).simplified() + QStringLiteral(" …"),
                                                          Qt::ElideRight, width);
            break;
        }
        lastStart = line.textStart();
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

QString SheetPainter::date(const QDate &d)
{
    return d.isValid() ? Wareki::formatLong(d) : QStringLiteral("—");
}

QString SheetPainter::scaleText(const PlanSheet &sheet)
{
    if (sheet.scale() <= 0)
        return tr("Not to scale");
    return tr("1:%1 (%2)").arg(sheet.scale()).arg(PlanSheet::paperName(sheet.options().paper));
}

double SheetPainter::drawLines(const QRectF &box, const QStringList &lines, const QFont &font, double lineHeight,
                               int align, const QColor &colour)
{
    mP.setFont(font);
    mP.setPen(colour.isValid() ? colour : ink());
    double y = box.top();
    for (const QString &line : lines) {
        mP.drawText(QRectF(box.left(), y, box.width(), lineHeight), int(align | Qt::AlignVCenter), line);
        y += lineHeight;
    }
    return y - box.top();
}

QColor SheetPainter::ink() const { return QColor(0x1a, 0x1a, 0x1a); }

// ---------------------------------------------------------------------------------------------
// Parts shared with other printed pages

double SheetPainter::classificationMarkWidth(const QString &mark, double k)
{
    return QFontMetricsF(sheetFont(5.2, k, true)).horizontalAdvance(mark) + 6 * U * k;
}

QRectF SheetPainter::paintClassificationMark(QPainter &p, const QString &mark, QPointF topRight, double k)
{
    const double w = classificationMarkWidth(mark, k);
    const QRectF box(topRight.x() - w, topRight.y(), w, 9.5 * U * k);
    p.setPen(QPen(QColor(0x1a, 0x1a, 0x1a), 0.6 * U * k));
    p.setBrush(Qt::white);
    p.drawRect(box);
    p.setFont(sheetFont(5.2, k, true));
    p.drawText(box, Qt::AlignCenter, mark);
    return box;
}

void SheetPainter::paintApprovalBoxes(QPainter &p, const QRectF &box, const QStringList &roles, double k)
{
    if (roles.isEmpty())
        return;
    const int n = int(roles.size());
    const double w = box.width() / n;
    const double head = box.height() / 3;
    const double pad = 1 * U * k;
    const QFont f = sheetFont(2.1, k);
    const double lh = 2.9 * U * k;
    const QColor ink(0x1a, 0x1a, 0x1a);
    for (int i = 0; i < n; ++i) {
        const QRectF cell(box.left() + i * w, box.top(), w, box.height());
        p.setPen(Qt::NoPen);
        p.setBrush(kLabelFill);
        p.drawRect(QRectF(cell.left(), cell.top(), w, head));
        p.setPen(QPen(ink, 0.18 * U * k));
        p.setBrush(Qt::NoBrush);
        p.drawRect(cell);
        p.drawLine(QPointF(cell.left(), cell.top() + head), QPointF(cell.right(), cell.top() + head));
        const QStringList lines = wrap(roles.at(i), f, w - 2 * pad, 2);
        p.setFont(f);
        double y = cell.top() + (head - lines.size() * lh) / 2;
        for (const QString &line : lines) {
            p.drawText(QRectF(cell.left() + pad, y, w - 2 * pad, lh), Qt::AlignHCenter | Qt::AlignVCenter, line);
            y += lh;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Header and footer

void SheetPainter::paintHeader()
{
    const QRectF &h = mL.header;
    double right = h.right();

    // The classification mark, boxed, at the top right (domain.md §5.4).
    if (!mData.classification.trimmed().isEmpty())
        right = paintClassificationMark(mP, mData.classification, QPointF(right, h.top()), mK).left() - mm(3);
    if (mData.afterHours) {
        const QFont f = font(3.2, true);
        const QString text = tr("After-hours view");
        const double w = QFontMetricsF(f).horizontalAdvance(text) + mm(4);
        const QRectF box(right - w, h.top() + mm(1.5), w, mm(6.5));
        mP.setPen(Qt::NoPen);
        mP.setBrush(ink());
        mP.drawRoundedRect(box, mm(1), mm(1));
        mP.setPen(Qt::white);
        mP.setFont(f);
        mP.drawText(box, Qt::AlignCenter, text);
        right = box.left() - mm(3);
    }

    const QFont title = font(6, true);
    mP.setFont(title);
    mP.setPen(ink());
    const double titleWidth = right - h.left();
    mP.drawText(QRectF(h.left(), h.top(), titleWidth, mm(8.5)), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(title).elidedText(mData.title, Qt::ElideRight, titleWidth));
    QStringList parts;
    if (!mData.department.isEmpty())
        parts << tr("Department: %1").arg(mData.department);
    parts << tr("Building and floor: %1").arg(mData.floorPath);
    const QFont sub = font(3);
    mP.setFont(sub);
    mP.drawText(QRectF(h.left(), h.top() + mm(9), titleWidth, mm(5)), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(sub).elidedText(parts.join(QStringLiteral("　　")), Qt::ElideRight, titleWidth));
    mP.setPen(QPen(ink(), mm(0.35)));
    mP.drawLine(QPointF(h.left(), h.bottom()), QPointF(h.right(), h.bottom()));
}

void SheetPainter::paintFooter()
{
    const QRectF &f = mL.footer;
    const QFont small = font(2.3);
    mP.setFont(small);
    mP.setPen(ink());
    mP.drawText(f, Qt::AlignLeft | Qt::AlignVCenter, tr("Printed on %1").arg(date(mData.printedOn)));
    mP.drawText(f, Qt::AlignHCenter | Qt::AlignVCenter, tr("- %1 -").arg(1));
    mP.drawText(f, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("Daicho " DAICHO_VERSION));
}

// ---------------------------------------------------------------------------------------------
// Legend (凡例)

namespace {

QString levelLegend(int level)
{
    switch (level) {
    case 0:
        return PlanSheet::tr("Anyone moves about fairly freely (corridor, public side of the counter)");
    case 1:
        return PlanSheet::tr("Anyone comes and goes, watched by those in the room");
    case 2:
        return PlanSheet::tr("Only people the manager allows come and go; locked after hours");
    case 3:
        return PlanSheet::tr("Always locked; only a few allowed people (locker, drawer). Storage only");
    case 4:
        return PlanSheet::tr("Always locked with strict entry control (server room, locked rack)");
    default:
        return QString();
    }
}

} // namespace

void SheetPainter::paintLegend()
{
    const QRectF &box = mL.legend;
    const double pad = mm(2.5);
    const double x = box.left() + pad;
    const double width = box.width() - 2 * pad;
    double y = box.top() + pad;

    mP.setFont(font(3.2, true));
    mP.setPen(ink());
    mP.drawText(QRectF(x, y, width, mm(5)), Qt::AlignLeft | Qt::AlignVCenter, tr("Legend"));
    y += mm(6.5);

    // The five levels: colour and hatch, the level, what it means.
    const QFont text = font(2.3);
    const double textLine = mm(3.1);
    const double swatchW = mm(13), swatchH = mm(7.2), rowH = mm(8.8);
    for (int level = 0; level <= 4; ++level) {
        const QRectF swatch(x, y, swatchW, swatchH);
        QPainterPath path;
        path.addRect(swatch);
        PlanStyle::fillArea(mP, path, level, mm(1.4), mm(0.15), mColour);
        QPen pen = PlanStyle::outlinePen(level, false, mm(0.3));
        if (!mColour)
            pen.setColor(Qt::black);
        mP.setPen(pen);
        mP.setBrush(Qt::NoBrush);
        mP.drawRect(swatch);
        const QFont tagFont = font(2.6, true);
        const QString tag = Enums::levelLabel(level);
        const double tw = QFontMetricsF(tagFont).horizontalAdvance(tag) + mm(1.4);
        const QRectF tagBox(swatch.center().x() - tw / 2, swatch.center().y() - mm(1.8), tw, mm(3.6));
        mP.setPen(Qt::NoPen);
        mP.setBrush(QColor(255, 255, 255, 225));
        mP.drawRoundedRect(tagBox, mm(0.5), mm(0.5));
        mP.setFont(tagFont);
        mP.setPen(ink());
        mP.drawText(tagBox, Qt::AlignCenter, tag);
        const double tx = x + swatchW + mm(2.5);
        const QStringList lines = wrap(levelLegend(level), text, box.right() - pad - tx, 2);
        drawLines(QRectF(tx, y + (swatchH - lines.size() * textLine) / 2, box.right() - pad - tx, rowH), lines, text,
                  textLine);
        y += rowH;
    }
    y += mm(1);

    // The symbols, in two columns.
    const double colW = width / 2;
    const double symW = mm(11);
    const double symRow = mm(8);
    int cell = 0;
    auto item = [&](const QString &label, const std::function<void(const QRectF &)> &symbol) {
        const double cx = x + (cell % 2) * colW;
        const double cy = y + (cell / 2) * symRow;
        const QRectF sym(cx, cy + mm(0.8), symW, symRow - mm(1.6));
        mP.save();
        symbol(sym);
        mP.restore();
        const double tx = cx + symW + mm(2);
        const double tw = colW - symW - mm(3);
        const QStringList lines = wrap(label, text, tw, 2);
        drawLines(QRectF(tx, cy + (symRow - lines.size() * textLine) / 2, tw, symRow), lines, text, textLine);
        ++cell;
    };
    item(tr("L2 not locked after hours (L1 at night)"), [&](const QRectF &r) {
        QPainterPath path;
        path.addRect(r.adjusted(mm(0.5), mm(0.5), -mm(0.5), -mm(0.5)));
        PlanStyle::fillArea(mP, path, 2, mm(1.4), mm(0.15), mColour);
        QPen pen = PlanStyle::outlinePen(2, true, mm(0.4));
        if (!mColour)
            pen.setColor(Qt::black);
        mP.setPen(pen);
        mP.setBrush(Qt::NoBrush);
        mP.drawPath(path);
    });
    auto door = [&](const QRectF &r, bool lockable) {
        mP.setPen(QPen(ink(), mm(0.4)));
        const double y0 = r.bottom() - mm(1);
        mP.drawLine(QPointF(r.left(), y0), QPointF(r.right(), y0));
        Door d;
        d.a = QPoint(qRound(r.left() + mm(2.5)), qRound(y0));
        d.b = QPoint(qRound(r.left() + mm(8)), qRound(y0));
        d.lockable = lockable;
        PlanStyle::paintDoor(mP, d, mm(0.3));
    };
    item(tr("Door"), [&](const QRectF &r) { door(r, false); });
    item(tr("Lockable door (■)"), [&](const QRectF &r) { door(r, true); });
    const double marker = mm(4.6);
    item(tr("Asset where it is used (kind code)"), [&](const QRectF &r) {
        PlanStyle::paintMarker(mP, r.center(), marker, AssetKind::Pc, false, std::nullopt, false, mColour);
    });
    item(tr("Asset where it is kept"), [&](const QRectF &r) {
        PlanStyle::paintMarker(mP, r.center(), marker, AssetKind::InformationPaper, true, std::nullopt, false, mColour);
    });
    item(tr("Asset number beside the marker"), [&](const QRectF &r) {
        mP.setFont(font(2.1));
        mP.setPen(ink());
        mP.drawText(r, Qt::AlignCenter, QStringLiteral("0110-0001"));
    });
    item(tr("Several assets at one spot (how many)"), [&](const QRectF &r) {
        const QPointF c = r.center() - QPointF(mm(0.8), mm(0.6));
        paintStack(c, marker, 3, false);
        PlanStyle::paintMarker(mP, c, marker, AssetKind::InformationPaper, false, std::nullopt, false, mColour);
        paintStack(c, marker, 3, true);
    });
    item(tr("Finding: error"), [&](const QRectF &r) {
        PlanStyle::paintMarker(mP, r.center(), marker, AssetKind::Pc, false, Severity::Error, false, mColour);
    });
    item(tr("Finding: warning"), [&](const QRectF &r) {
        PlanStyle::paintMarker(mP, r.center(), marker, AssetKind::Pc, false, Severity::Warning, false, mColour);
    });
    y += ((cell + 1) / 2) * symRow + mm(1);

    // The kind codes that appear on this plan.
    QList<AssetKind> kinds;
    for (const PlanSheetMarker &m : mData.markers) {
        if (!kinds.contains(m.kind))
            kinds.append(m.kind);
    }
    std::sort(kinds.begin(), kinds.end());
    if (!kinds.isEmpty()) {
        QStringList codes;
        for (AssetKind k : kinds)
            codes << tr("%1 %2", "kind code and kind").arg(PlanStyle::kindCode(k), Enums::label(k));
        const QStringList lines = wrap(tr("Kind codes: %1").arg(codes.join(tr(", "))), text, width, 3);
        y += drawLines(QRectF(x, y, width, textLine), lines, text, textLine) + mm(1);
    }

    const double bottom = std::min(y + pad - mm(1), box.bottom());
    mP.setPen(QPen(ink(), mm(0.35)));
    mP.setBrush(Qt::NoBrush);
    mP.drawRect(QRectF(box.left(), box.top(), box.width(), bottom - box.top()));
}

// ---------------------------------------------------------------------------------------------
// Title block (表題欄) with the approval boxes (domain.md §4.2, §5.5)

double SheetPainter::titleBlockHeight(const PlanSheet &sheet)
{
    const double k = sheet.layout().k;
    const double approval = sheet.data().approvalRoles.isEmpty() ? 0 : 24 * U * k;
    return approval + kTitleBlockRows * 6.4 * U * k;
}

void SheetPainter::paintTitleBlock()
{
    const QRectF &tb = mL.titleBlock;
    const double rowH = mm(6.4);
    const QPen thin(ink(), mm(0.18));
    double y = tb.top();

    // 押印欄: one box per role, the heading above the space for a seal or signature.
    if (!mData.approvalRoles.isEmpty()) {
        paintApprovalBoxes(mP, QRectF(tb.left(), y, tb.width(), mm(24)), mData.approvalRoles, mK);
        y += mm(24);
    }

    const double labelW = mm(17);
    const double half = tb.width() / 2;
    const QFont labelFont = font(2.3);
    const QFont valueFont = font(2.6);
    const QFont titleFont = font(2.8, true);
    auto cell = [&](double x, double w, double h, const QString &label, const QString &value, const QFont &vf,
                    int maxLines) {
        const QRectF labelBox(x, y, labelW, h);
        mP.setPen(Qt::NoPen);
        mP.setBrush(kLabelFill);
        mP.drawRect(labelBox);
        mP.setPen(thin);
        mP.setBrush(Qt::NoBrush);
        mP.drawRect(QRectF(x, y, w, h));
        mP.drawLine(labelBox.topRight(), labelBox.bottomRight());
        // A long label (English) takes two lines rather than running into the value.
        const QStringList labelLines = wrap(label, labelFont, labelW - mm(1.5), 2);
        const double ll = QFontMetricsF(labelFont).height();
        drawLines(QRectF(x + mm(0.75), y + (h - labelLines.size() * ll) / 2, labelW - mm(1.5), h), labelLines,
                  labelFont, ll, Qt::AlignHCenter);
        const double vw = w - labelW - mm(2.4);
        const QStringList lines = wrap(value.isEmpty() ? QStringLiteral("—") : value, vf, vw, maxLines);
        const double lh = QFontMetricsF(vf).height() * 1.05;
        drawLines(QRectF(x + labelW + mm(1.2), y + (h - lines.size() * lh) / 2, vw, h), lines, vf, lh);
    };
    auto row = [&](const QString &label, const QString &value, double factor = 1, const QFont *vf = nullptr) {
        cell(tb.left(), tb.width(), rowH * factor, label, value, vf ? *vf : valueFont, factor > 1 ? 2 : 1);
        y += rowH * factor;
    };
    auto pair = [&](const QString &l1, const QString &v1, const QString &l2, const QString &v2) {
        cell(tb.left(), half, rowH, l1, v1, valueFont, 1);
        cell(tb.left() + half, half, rowH, l2, v2, valueFont, 1);
        y += rowH;
    };
    row(tr("Title"), mData.title, 1.6, &titleFont);
    row(tr("Department"), mData.department);
    row(tr("Building and floor"), mData.floorPath, 1.6);
    pair(tr("Created"), date(mData.createdOn), tr("Updated"), date(mData.updatedOn));
    pair(tr("Drawn by"), mData.author, tr("Edition"), mData.edition);
    row(tr("Approved by"), mData.approver);
    pair(tr("Scale"), scaleText(mSheet), tr("Paper"), tr("%1 landscape").arg(PlanSheet::paperName(mSheet.options().paper)));
    row(tr("View"), mData.afterHours ? tr("After hours (nights and holidays)") : tr("Business hours"));

    mP.setPen(QPen(ink(), mm(0.5)));
    mP.setBrush(Qt::NoBrush);
    mP.drawRect(tb);
}

// ---------------------------------------------------------------------------------------------
// Findings (指摘事項)

double SheetPainter::findingLineHeight(const PlanSheet &sheet) { return 3.05 * U * sheet.layout().k; }

double SheetPainter::findingsFixedHeight(const PlanSheet &sheet)
{
    // The heading and the column headings.
    return 5.5 * U * sheet.layout().k + findingLineHeight(sheet);
}

void SheetPainter::paintFindings()
{
    const QRectF &box = mL.findings;
    const QList<PlanSheetFinding> &all = mData.findings;
    const double line = findingLineHeight(mSheet);

    // Heading: how many, and what is not listed.
    const QFont head = font(3, true);
    mP.setFont(head);
    mP.setPen(ink());
    const QString heading = tr("Findings (%1)").arg(all.size());
    mP.drawText(QRectF(box.left(), box.top(), box.width(), mm(5.5)), Qt::AlignLeft | Qt::AlignVCenter, heading);
    if (mData.acceptedFindings > 0 || mData.afterHours) {
        QStringList notes;
        if (mData.afterHours)
            notes << tr("checked as after hours");
        if (mData.acceptedFindings > 0)
            notes << tr("accepted findings not listed: %1").arg(mData.acceptedFindings);
        const double hw = QFontMetricsF(head).horizontalAdvance(heading) + mm(3);
        mP.setFont(font(2.2));
        mP.drawText(QRectF(box.left() + hw, box.top(), box.width() - hw, mm(5.5)), Qt::AlignLeft | Qt::AlignVCenter,
                    tr("(%1)").arg(notes.join(tr(", "))));
    }

    double y = box.top() + mm(5.5);
    const QRectF table(box.left(), y, box.width(), box.bottom() - y);
    const QFont small = font(2.15);
    const QFont smallBold = font(2.15, true);
    // Columns: severity, code, 管理番号, area, message.
    const double cSev = mm(14), cCode = mm(40), cNum = mm(24), cArea = mm(46);
    const double xs[] = {table.left(), table.left() + cSev, table.left() + cSev + cCode,
                         table.left() + cSev + cCode + cNum, table.left() + cSev + cCode + cNum + cArea,
                         table.right()};
    const double cellPad = mm(1);
    auto text = [&](int col, double top, double h, const QString &s, const QFont &f) {
        const double w = xs[col + 1] - xs[col] - 2 * cellPad;
        mP.setFont(f);
        mP.drawText(QRectF(xs[col] + cellPad, top, w, h), Qt::AlignLeft | Qt::AlignVCenter,
                    QFontMetricsF(f).elidedText(s, Qt::ElideRight, w));
    };
    mP.setPen(Qt::NoPen);
    mP.setBrush(kLabelFill);
    mP.drawRect(QRectF(table.left(), y, table.width(), line));
    mP.setPen(ink());
    text(0, y, line, tr("Severity"), smallBold);
    text(1, y, line, tr("Code"), smallBold);
    text(2, y, line, tr("Asset no."), smallBold);
    text(3, y, line, tr("Area"), smallBold);
    text(4, y, line, tr("Finding"), smallBold);
    y += line;

    const QPen rule(kRule, mm(0.12));
    if (all.isEmpty()) {
        mP.setPen(ink());
        text(4, y, line, tr("No findings"), small);
        text(0, y, line, QStringLiteral("—"), small);
        y += line;
    }
    const int listed = std::min<int>(mSheet.listedFindings(), int(all.size()));
    const int perRow = mSheet.twoLineFindings() ? 2 : 1;
    for (int i = 0; i < listed; ++i) {
        const PlanSheetFinding &f = all.at(i);
        const double h = line * perRow;
        mP.setPen(rule);
        mP.drawLine(QPointF(table.left(), y), QPointF(table.right(), y));
        const double r = mm(1.15);
        PlanStyle::paintSeverityBadge(mP, QPointF(xs[0] + cellPad + r, y + line / 2), r, f.severity, mColour);
        mP.setPen(ink());
        mP.setFont(small);
        mP.drawText(QRectF(xs[0] + cellPad + 2 * r + mm(0.8), y, cSev, line), Qt::AlignLeft | Qt::AlignVCenter,
                    FindingChecker::severityLabel(f.severity));
        text(1, y, line, f.code, small);
        text(2, y, line, f.assetNumber, smallBold);
        text(3, y, line, f.area.isEmpty() ? QStringLiteral("—") : f.area, small);
        mP.setPen(ink());
        drawLines(QRectF(xs[4] + cellPad, y, xs[5] - xs[4] - 2 * cellPad, h),
                  wrap(f.message, small, xs[5] - xs[4] - 2 * cellPad, perRow), small, line);
        y += h;
    }
    const double columnsEnd = y;
    if (listed < all.size()) {
        // One row across the table: how many more, and of which severities.
        mP.setPen(rule);
        mP.drawLine(QPointF(table.left(), y), QPointF(table.right(), y));
        int counts[SeverityCount] = {};
        for (int i = listed; i < all.size(); ++i)
            ++counts[int(all.at(i).severity)];
        QStringList parts;
        for (int sev = SeverityCount - 1; sev >= 0; --sev) {
            if (counts[sev])
                parts << tr("%1 %2", "severity and count").arg(FindingChecker::severityLabel(Severity(sev))).arg(counts[sev]);
        }
        mP.setPen(ink());
        mP.setFont(smallBold);
        mP.drawText(QRectF(xs[0] + cellPad, y, table.width() - 2 * cellPad, line), Qt::AlignLeft | Qt::AlignVCenter,
                    tr("… and %1 more").arg(all.size() - listed) + tr("(%1)").arg(parts.join(tr(", "))));
        y += line;
    }
    mP.setPen(QPen(ink(), mm(0.3)));
    mP.setBrush(Qt::NoBrush);
    mP.drawRect(QRectF(table.left(), table.top(), table.width(), y - table.top()));
    for (int c = 1; c < 5; ++c) {
        mP.setPen(rule);
        mP.drawLine(QPointF(xs[c], table.top()), QPointF(xs[c], columnsEnd));
    }
}

} // namespace daicho
