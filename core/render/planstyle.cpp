#include "core/render/planstyle.h"

#include <QLineF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace daicho {

QFont PlanStyle::font(double pixelSize)
{
    QFont f(QStringLiteral("Noto Sans CJK JP"));
    f.setPixelSize(std::max(1, qRound(pixelSize)));
    // Without shaping, Latin runs keep the glyphs of the font's character map: shaped, the
    // digits of "L2" or "A-003" get glyphs that Qt's PDF writer cannot map back to text, so
    // they could not be searched or copied in the PDF. (Only cosmetic features are lost.)
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

QColor PlanStyle::levelColor(int level)
{
    switch (level) {
    case 0:
        return QColor(0xbd, 0xbd, 0xbd);
    case 1:
        return QColor(0x8b, 0xc3, 0x4a);
    case 2:
        return QColor(0xfd, 0xd8, 0x35);
    case 3:
        return QColor(0xfb, 0x8c, 0x00);
    case 4:
        return QColor(0xe5, 0x39, 0x35);
    default:
        return QColor(Qt::transparent);
    }
}

QColor PlanStyle::levelFill(int level)
{
    switch (level) {
    case 0:
        return QColor(0xfa, 0xfa, 0xfa);
    case 1:
        return QColor(0xe6, 0xf4, 0xd7);
    case 2:
        return QColor(0xff, 0xf6, 0xc4);
    case 3:
        return QColor(0xff, 0xdf, 0xb3);
    case 4:
        return QColor(0xf9, 0xc6, 0xc4);
    default:
        return QColor(Qt::white);
    }
}

PlanStyle::Hatch PlanStyle::levelHatch(int level)
{
    switch (level) {
    case 1:
        return Hatch::Forward;
    case 2:
        return Hatch::Backward;
    case 3:
        return Hatch::Cross;
    case 4:
        return Hatch::DiagonalCross;
    default:
        return Hatch::None;
    }
}

QString PlanStyle::levelTag(int level, int afterHoursLevel)
{
    if (afterHoursLevel < level)
        return tr("%1 (after hours %2)").arg(Enums::levelLabel(level), Enums::levelLabel(afterHoursLevel));
    return Enums::levelLabel(level);
}

namespace {

/// Parallel lines across `box` at `angle` degrees, `spacing` apart, cut to the inside of
/// `polygons` (odd-even) here rather than by a clip path: QSvgGenerator ignores clipping, and
/// the printed plan is also exported as SVG.
void hatchLines(QPainter &p, const QList<QPolygonF> &polygons, const QRectF &box, double angle, double spacing)
{
    const QPointF c = box.center();
    const double r = std::hypot(box.width(), box.height()) / 2 + spacing;
    const double rad = angle * M_PI / 180;
    const QPointF dir(std::cos(rad), std::sin(rad));
    const QPointF normal(-dir.y(), dir.x());
    auto dot = [](QPointF a, QPointF b) { return a.x() * b.x() + a.y() * b.y(); };
    QVector<QLineF> lines;
    QVector<double> cuts;
    for (double t = -r; t <= r; t += spacing) {
        const QPointF origin = c + normal * t;
        cuts.clear();
        for (const QPolygonF &poly : polygons) {
            for (qsizetype i = 0; i < poly.size(); ++i) {
                const QPointF a = poly.at(i);
                const QPointF b = poly.at((i + 1) % poly.size());
                const double da = dot(a - origin, normal);
                const double db = dot(b - origin, normal);
                if ((da > 0) == (db > 0))
                    continue;
                const QPointF x = a + (b - a) * (da / (da - db));
                cuts.append(dot(x - origin, dir));
            }
        }
        std::sort(cuts.begin(), cuts.end());
        for (qsizetype i = 0; i + 1 < cuts.size(); i += 2)
            lines.append(QLineF(origin + dir * cuts.at(i), origin + dir * cuts.at(i + 1)));
    }
    p.drawLines(lines);
}

} // namespace

void PlanStyle::fillArea(QPainter &p, const QPainterPath &area, int level, double spacing, double lineWidth,
                         bool colour)
{
    p.save();
    p.setPen(Qt::NoPen);
    p.setBrush(colour ? levelFill(level) : QColor(Qt::white));
    p.drawPath(area);
    const Hatch hatch = levelHatch(level);
    if (hatch != Hatch::None && spacing > 0) {
        QColor ink = colour ? levelColor(level).darker(150) : QColor(Qt::black);
        ink.setAlphaF(colour ? 0.45 : 0.6);
        QPen pen(ink, lineWidth);
        pen.setCapStyle(Qt::FlatCap);
        p.setPen(pen);
        const QRectF box = area.boundingRect();
        const QList<QPolygonF> polygons = area.toFillPolygons();
        switch (hatch) {
        case Hatch::Forward:
            hatchLines(p, polygons, box, -45, spacing * 1.5);
            break;
        case Hatch::Backward:
            hatchLines(p, polygons, box, 45, spacing);
            break;
        case Hatch::Cross:
            hatchLines(p, polygons, box, 0, spacing);
            hatchLines(p, polygons, box, 90, spacing);
            break;
        case Hatch::DiagonalCross:
            hatchLines(p, polygons, box, 45, spacing * 0.7);
            hatchLines(p, polygons, box, -45, spacing * 0.7);
            break;
        case Hatch::None:
            break;
        }
    }
    p.restore();
}

QBrush PlanStyle::hatchBrush(int level)
{
    QColor ink = levelColor(level).darker(150);
    ink.setAlphaF(0.45);
    switch (levelHatch(level)) {
    case Hatch::Forward:
        return QBrush(ink, Qt::FDiagPattern);
    case Hatch::Backward:
        return QBrush(ink, Qt::BDiagPattern);
    case Hatch::Cross:
        return QBrush(ink, Qt::CrossPattern);
    case Hatch::DiagonalCross:
        return QBrush(ink, Qt::DiagCrossPattern);
    case Hatch::None:
        break;
    }
    return QBrush(Qt::NoBrush);
}

QPen PlanStyle::outlinePen(int level, bool dropsAfterHours, double width)
{
    QPen pen(level >= 0 ? levelColor(level).darker(220) : QColor(Qt::black), width);
    pen.setJoinStyle(Qt::MiterJoin);
    if (dropsAfterHours) {
        pen.setStyle(Qt::CustomDashLine);
        pen.setDashPattern({4, 2});
    }
    return pen;
}

QString PlanStyle::kindCode(AssetKind kind)
{
    switch (kind) {
    case AssetKind::InformationElectronic:
        return tr("Inf", "marker: electronic information");
    case AssetKind::InformationPaper:
        return tr("Ppr", "marker: paper");
    case AssetKind::InformationSystem:
        return tr("Sys", "marker: information system");
    case AssetKind::Software:
        return tr("SW", "marker: software");
    case AssetKind::Server:
        return tr("SV", "marker: server");
    case AssetKind::Pc:
        return tr("PC", "marker: PC");
    case AssetKind::Mobile:
        return tr("MB", "marker: mobile device");
    case AssetKind::Multifunction:
        return tr("MFP", "marker: multifunction device");
    case AssetKind::NetworkDevice:
        return tr("NW", "marker: network device");
    case AssetKind::RemovableMedia:
        return tr("Med", "marker: removable media");
    case AssetKind::SystemDocument:
        return tr("Doc", "marker: system document");
    }
    return QString();
}

QColor PlanStyle::severityColor(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    case Severity::Warning:
        return QColor(0xf9, 0xa8, 0x25);
    case Severity::Info:
        return QColor(0x19, 0x76, 0xd2);
    }
    return QColor(Qt::black);
}

void PlanStyle::paintMarker(QPainter &p, QPointF centre, double size, AssetKind kind, bool storage,
                            std::optional<Severity> worst, bool highlighted)
{
    paintMarker(p, centre, size, kind, storage, worst, highlighted, true);
}

void PlanStyle::paintMarker(QPainter &p, QPointF centre, double size, AssetKind kind, bool storage,
                            std::optional<Severity> worst, bool highlighted, bool colour)
{
    p.save();
    const QRectF box(centre.x() - size / 2, centre.y() - size / 2, size, size);
    const double line = size / 14;
    QPen pen(highlighted ? QColor(0x15, 0x65, 0xc0) : QColor(0x30, 0x30, 0x30), highlighted ? line * 2.2 : line);
    p.setPen(pen);
    p.setBrush(Qt::white);
    if (storage)
        p.drawEllipse(box);
    else if (size < 12)
        p.drawRect(box);
    else
        p.drawRoundedRect(box, size / 6, size / 6);
    // Too small to read: a plain box (the kind is in the tooltip).
    // (Only on screen, where the marker is drawn in device pixels: the printout scales it.)
    const bool tiny = size < 12 && p.worldTransform().type() <= QTransform::TxTranslate
                      && p.device() && p.device()->logicalDpiX() <= 120;
    if (!tiny)
        p.setFont(font(size * 0.36));
    p.setPen(QColor(0x20, 0x20, 0x20));
    if (!tiny)
        p.drawText(box, Qt::AlignCenter, kindCode(kind));
    if (worst && *worst != Severity::Info) {
        const double r = size * 0.24;
        paintSeverityBadge(p, QPointF(box.right() - r * 0.3, box.top() + r * 0.3), r, *worst, colour);
    }
    p.restore();
}

void PlanStyle::paintSeverityBadge(QPainter &p, QPointF centre, double radius, Severity s, bool colour)
{
    p.save();
    const double line = radius / 3.4;
    // In monochrome an error is a black disc and a warning a white one, both with a "!".
    const bool dark = colour ? s != Severity::Warning : s == Severity::Error;
    p.setPen(QPen(colour ? QColor(Qt::white) : QColor(Qt::black), colour ? line : line * 0.8));
    p.setBrush(colour ? severityColor(s) : (dark ? QColor(Qt::black) : QColor(Qt::white)));
    p.drawEllipse(centre, radius, radius);
    p.setPen(dark ? Qt::white : Qt::black);
    p.setFont(font(radius * 1.5));
    p.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
               s == Severity::Info ? QStringLiteral("i") : QStringLiteral("!"));
    p.restore();
}

void PlanStyle::paintDoor(QPainter &p, const Door &d, double lineWidth)
{
    const QLineF opening(QPointF(d.a), QPointF(d.b));
    if (opening.length() <= 0)
        return;
    p.save();
    // Cut the opening out of the wall, then the leaf and its swing.
    QPen gap(Qt::white, lineWidth * 3.5);
    gap.setCapStyle(Qt::FlatCap);
    p.setPen(gap);
    p.drawLine(opening);
    QLineF leaf = opening.normalVector();
    leaf.setLength(opening.length());
    QPen pen(QColor(0x30, 0x30, 0x30), lineWidth);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawLine(leaf);
    const double r = opening.length();
    const QRectF arcBox(opening.p1().x() - r, opening.p1().y() - r, 2 * r, 2 * r);
    // The leaf is the opening turned a quarter counter-clockwise as seen (QLineF::angle and
    // drawArc both count counter-clockwise as seen), so the swing spans +90° from the opening.
    QPen dashed = pen;
    dashed.setStyle(Qt::DashLine);
    p.setPen(dashed);
    p.drawArc(arcBox, qRound(opening.angle() * 16), 90 * 16);
    if (d.lockable) {
        const double s = std::max(lineWidth * 4, r * 0.18);
        const QPointF m = opening.center();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x30, 0x30, 0x30));
        p.drawRect(QRectF(m.x() - s / 2, m.y() - s / 2, s, s));
    }
    p.restore();
}

void PlanStyle::paintNorthArrow(QPainter &p, QPointF centre, double size, int degrees)
{
    p.save();
    p.translate(centre);
    p.rotate(degrees);
    const double h = size / 2;
    QPainterPath arrow;
    arrow.moveTo(0, -h);
    arrow.lineTo(h * 0.35, h * 0.6);
    arrow.lineTo(0, h * 0.35);
    arrow.lineTo(-h * 0.35, h * 0.6);
    arrow.closeSubpath();
    p.setPen(QPen(Qt::black, size / 40));
    p.setBrush(Qt::black);
    p.drawPath(arrow);
    p.setFont(font(size * 0.28));
    p.drawText(QRectF(-h, -h - size * 0.36, size, size * 0.34), Qt::AlignCenter, tr("N", "north arrow"));
    p.restore();
}

} // namespace daicho
