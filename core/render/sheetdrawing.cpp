// The drawing of a PlanSheet: background, areas with their level, doors, asset markers and
// the labels, placed so that they do not cover each other; then the scale bar and north arrow.
#include "core/render/planstyle.h"
#include "core/render/sheetpainter.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace daicho {

namespace {

constexpr double U = PlanSheet::Unit;

/// Rectangles already taken on the sheet, in a coarse grid so that a busy floor stays fast.
class Taken {
public:
    explicit Taken(double cell) : mCell(cell) {}

    bool isFree(const QRectF &r) const
    {
        bool free = true;
        forCells(r, [&](qint64 key) {
            for (int i : mGrid.value(key)) {
                if (mRects.at(i).intersects(r)) {
                    free = false;
                    return;
                }
            }
        });
        return free;
    }
    void add(const QRectF &r)
    {
        const int i = int(mRects.size());
        mRects.append(r);
        forCells(r, [&](qint64 key) { mGrid[key].append(i); });
    }

private:
    template <typename F>
    void forCells(const QRectF &r, F f) const
    {
        const qint64 x0 = qint64(std::floor(r.left() / mCell)), x1 = qint64(std::floor(r.right() / mCell));
        const qint64 y0 = qint64(std::floor(r.top() / mCell)), y1 = qint64(std::floor(r.bottom() / mCell));
        for (qint64 y = y0; y <= y1; ++y) {
            for (qint64 x = x0; x <= x1; ++x)
                f((y << 32) ^ (x & 0xffffffff));
        }
    }

    double mCell;
    QList<QRectF> mRects;
    QHash<qint64, QList<int>> mGrid;
};


/// The distance from each point to its nearest neighbour (grid search, `cell` wide).
QList<double> nearestDistances(const QList<QPointF> &points, double cell)
{
    QHash<qint64, QList<int>> grid;
    auto key = [cell](QPointF p) {
        return (qint64(std::floor(p.y() / cell)) << 32) ^ (qint64(std::floor(p.x() / cell)) & 0xffffffff);
    };
    for (int i = 0; i < points.size(); ++i)
        grid[key(points.at(i))].append(i);
    QList<double> out;
    out.reserve(points.size());
    for (int i = 0; i < points.size(); ++i) {
        const QPointF p = points.at(i);
        double best = cell * 2;
        for (int dy = -1; dy <= 1; ++dy) {
            for (int dx = -1; dx <= 1; ++dx) {
                for (int j : grid.value(key(p + QPointF(dx * cell, dy * cell)))) {
                    if (j != i)
                        best = std::min(best, std::hypot(points.at(j).x() - p.x(), points.at(j).y() - p.y()));
                }
            }
        }
        out.append(best);
    }
    return out;
}

/// Markers that would sit on top of each other (many files in one cabinet) are drawn as one,
/// with the count: the first in 管理番号 order stands for them.
struct Spot {
    int first = 0; ///< index into the markers
    int count = 1;
    std::optional<Severity> worst;
};

/// The marker size for these points (sheet units): 5 mm at A3, down to 2.6 mm where most
/// markers are closer than that.
double markerSizeFor(const QList<QPointF> &points, double k)
{
    const double largest = 5 * U * k, smallest = 2.6 * U * k;
    if (points.size() < 2)
        return largest;
    QList<double> nearest = nearestDistances(points, largest * 1.5);
    std::sort(nearest.begin(), nearest.end());
    return std::clamp(nearest.at(nearest.size() / 6) * 0.92, smallest, largest);
}

/// Groups the markers closer than about their size into spots (a grid keeps it linear).
QList<Spot> clusterMarkers(const QList<QPointF> &points, const QList<PlanSheetMarker> &markers, double size)
{
    QList<Spot> spots;
    QHash<qint64, QList<int>> grid; // spot indices by cell
    auto key = [size](QPointF p, int dx, int dy) {
        return ((qint64(std::floor(p.y() / size)) + dy) << 32) ^ ((qint64(std::floor(p.x() / size)) + dx) & 0xffffffff);
    };
    const double reach = size * 1.05;
    for (int i = 0; i < points.size(); ++i) {
        const QPointF p = points.at(i);
        int joined = -1;
        for (int dy = -1; dy <= 1 && joined < 0; ++dy) {
            for (int dx = -1; dx <= 1 && joined < 0; ++dx) {
                for (int s : grid.value(key(p, dx, dy))) {
                    const QPointF q = points.at(spots.at(s).first);
                    if (std::abs(q.x() - p.x()) < reach && std::abs(q.y() - p.y()) < reach) {
                        joined = s;
                        break;
                    }
                }
            }
        }
        const std::optional<Severity> worst = markers.at(i).worst;
        if (joined < 0) {
            grid[key(p, 0, 0)].append(int(spots.size()));
            spots.append({i, 1, worst});
            continue;
        }
        Spot &s = spots[joined];
        ++s.count;
        if (worst && (!s.worst || *worst > *s.worst))
            s.worst = worst;
    }
    return spots;
}

constexpr double kLabelPad = 0.6; ///< mm around a label's text

/// The label of each area: the level (and its after-hours level), the name, the 管理区域
/// flags; somewhere inside the area that is free of markers and of the areas inside it,
/// smaller or shorter when needed, and at least the level at the centre.
QList<SheetLabel> placeAreaLabels(const PlanSheetData &data, const QHash<Id, QPainterPath> &paths,
                             const QHash<Id, QList<Id>> &children, Taken &taken, double k)
{
    const double pad = kLabelPad * U * k;
    auto fits = [&](const QRectF &box, const QPainterPath &path, const QList<Id> &kids) {
        if (!path.contains(box) || !taken.isFree(box))
            return false;
        for (Id kid : kids) {
            if (paths.value(kid).intersects(box))
                return false;
        }
        return true;
    };
    QList<SheetLabel> labels;
    for (const PlanSheetArea &a : data.areas) {
        const QPainterPath path = paths.value(a.id);
        const QList<Id> kids = children.value(a.id);
        const QRectF bb = path.boundingRect();
        const bool container = a.kind == PlaceKind::Container || a.kind == PlaceKind::ServerRack;
        const QString tag = data.afterHours && a.afterHoursLevel < a.level
                                ? PlanSheet::tr("After hours %1").arg(Enums::levelLabel(a.afterHoursLevel))
                                : PlanStyle::levelTag(a.level, a.afterHoursLevel);
        QStringList flags;
        if (a.controlledArea)
            flags << PlanSheet::tr("Controlled area");
        if (a.handlingArea)
            flags << PlanSheet::tr("Handling area");
        QList<QStringList> variants{{tag, a.name, flags.join(PlanSheet::tr(", "))}, {tag, a.name}, {tag}};
        if (flags.isEmpty())
            variants.removeFirst();
        const double base = container ? 2.1 : 2.6;
        std::optional<SheetLabel> placed;
        for (const QStringList &lines : std::as_const(variants)) {
            for (double factor : {1.0, 0.8, 0.65}) {
                const double size = base * factor;
                const QFont regular = SheetPainter::sheetFont(size, k);
                const QFont bold = SheetPainter::sheetFont(size, k, true);
                const double room = bb.width() - 2 * pad - 1.5 * U * k;
                double w = 0;
                QStringList shown;
                for (int i = 0; i < lines.size(); ++i) {
                    const QFontMetricsF fm(i == 0 ? bold : regular);
                    QString s = lines.at(i);
                    if (fm.horizontalAdvance(s) > room)
                        s = fm.elidedText(s, Qt::ElideRight, room);
                    if (s.size() < std::min<qsizetype>(lines.at(i).size(), 3))
                        s.clear(); // elided to almost nothing: try a shorter label
                    shown << s;
                    w = std::max(w, fm.horizontalAdvance(s));
                }
                if (shown.first().isEmpty() || (lines.size() > 1 && shown.at(1).isEmpty()))
                    continue;
                const QSizeF sz(w + 2 * pad, QFontMetricsF(regular).height() * shown.size() + pad);
                const double m = 1.2 * U * k;
                const QPointF corners[] = {{bb.left() + m, bb.top() + m},
                                           {bb.left() + m, bb.bottom() - m - sz.height()},
                                           {bb.right() - m - sz.width(), bb.top() + m},
                                           {bb.right() - m - sz.width(), bb.bottom() - m - sz.height()},
                                           {bb.center().x() - sz.width() / 2, bb.center().y() - sz.height() / 2}};
                for (const QPointF &c : corners) {
                    if (fits(QRectF(c, sz), path, kids)) {
                        placed = SheetLabel{QRectF(c, sz), shown, {true, false, false}, size};
                        break;
                    }
                }
                if (placed)
                    break;
            }
            if (placed)
                break;
        }
        if (!placed) {
            // Too small or too full: the level alone, at the centre, whatever it covers.
            const double size = container ? 1.7 : 2.1;
            const QFontMetricsF fm(SheetPainter::sheetFont(size, k, true));
            const QSizeF sz(fm.horizontalAdvance(tag) + 2 * pad, fm.height() + pad);
            placed = SheetLabel{QRectF(bb.center() - QPointF(sz.width() / 2, sz.height() / 2), sz), {tag}, {true}, size};
        }
        taken.add(placed->box);
        labels.append(*placed);
    }
    return labels;
}

/// 管理番号 beside each spot: right, left, below or above, smaller if need be, or left out
/// where the markers are too dense to read.
QList<SheetLabel> placeNumbers(const QList<PlanSheetMarker> &markers, const QList<QPointF> &points,
                          const QList<Spot> &spots, double markerSize, const QRectF &within, Taken &taken, double k)
{
    const double pad = kLabelPad * U * k;
    QList<SheetLabel> numbers;
    for (const Spot &spot : spots) {
        QString number = markers.at(spot.first).number;
        if (number.isEmpty())
            continue;
        if (spot.count > 1)
            number = QStringLiteral("%1 +%2").arg(number).arg(spot.count - 1);
        const QPointF c = points.at(spot.first);
        const double gap = 0.4 * U * k + markerSize * (spot.count > 1 ? 0.85 : 0.5);
        bool placed = false;
        for (double size : {2.1, 1.7}) {
            const QFontMetricsF fm(SheetPainter::sheetFont(size, k));
            const QSizeF sz(fm.horizontalAdvance(number) + 2 * pad, fm.height());
            const QPointF candidates[] = {{c.x() + gap, c.y() - sz.height() / 2},
                                          {c.x() - gap - sz.width(), c.y() - sz.height() / 2},
                                          {c.x() - sz.width() / 2, c.y() + gap},
                                          {c.x() - sz.width() / 2, c.y() - gap - sz.height()}};
            for (const QPointF &at : candidates) {
                const QRectF box(at, sz);
                if (within.contains(box) && taken.isFree(box)) {
                    numbers.append({box, {number}, {false}, size});
                    taken.add(box);
                    placed = true;
                    break;
                }
            }
            if (placed)
                break;
        }
    }
    return numbers;
}

} // namespace

void SheetPainter::paintLabel(const SheetLabel &l, int alpha)
{
    const double pad = mm(kLabelPad);
    mP.setPen(Qt::NoPen);
    mP.setBrush(QColor(255, 255, 255, alpha));
    mP.drawRoundedRect(l.box, mm(0.4), mm(0.4));
    const double lineH = QFontMetricsF(font(l.size)).height();
    double y = l.box.top() + pad / 2;
    mP.setPen(ink());
    for (int i = 0; i < l.lines.size(); ++i) {
        mP.setFont(font(l.size, l.bold.value(i)));
        mP.drawText(QRectF(l.box.left() + pad, y, l.box.width() - 2 * pad, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                    l.lines.at(i));
        y += lineH;
    }
}

void SheetPainter::paintDrawing()
{
    const QRectF &frame = mL.drawingFrame;
    const QRectF &area = mL.planArea;
    mP.setPen(QPen(ink(), mm(0.35)));
    mP.setBrush(Qt::NoBrush);
    mP.drawRect(frame);
    paintScaleBar(mL.bottomStrip);

    const QTransform t = mSheet.planToSheet();
    if (mSheet.scale() <= 0 || (mData.areas.isEmpty() && mData.background.isEmpty())) {
        mP.setFont(font(3.2));
        mP.setPen(ink());
        mP.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, tr("No area of this floor is drawn yet."));
        paintNotes();
        return;
    }

    // The scanned plan under everything, at its calibration and opacity.
    if (!mData.background.isEmpty() && mData.backgroundSize.isValid()) {
        QImage image = QImage::fromData(mData.background);
        if (!image.isNull()) {
            if (!mColour)
                image = image.convertToFormat(QImage::Format_Grayscale8);
            const QRectF target =
                t.mapRect(QRectF(mData.backgroundOrigin, QSizeF(mData.backgroundSize) * mData.backgroundMmPerPixel));
            mP.save();
            mP.setOpacity(std::clamp(mData.backgroundOpacity, 0, 100) / 100.0);
            mP.drawImage(target, image);
            mP.restore();
        }
    }

    // Areas, parents first: fill by level (the after-hours level in the night view), hatch,
    // outline dashed where an L2 room is not locked after hours.
    QHash<Id, QPainterPath> paths;
    QHash<Id, QList<Id>> children;
    for (const PlanSheetArea &a : mData.areas) {
        QPainterPath path;
        path.addPolygon(t.map(a.outline));
        path.closeSubpath();
        paths.insert(a.id, path);
        children[a.parentId].append(a.id);
        const bool container = a.kind == PlaceKind::Container || a.kind == PlaceKind::ServerRack;
        const int shown = mData.afterHours ? a.afterHoursLevel : a.level;
        const bool drops = a.afterHoursLevel < a.level;
        PlanStyle::fillArea(mP, path, shown, mm(container ? 1.2 : 2.2), mm(0.13), mColour);
        QPen pen = PlanStyle::outlinePen(shown, drops, mm(container ? 0.28 : 0.42));
        if (!mColour)
            pen.setColor(Qt::black);
        mP.setPen(pen);
        mP.setBrush(Qt::NoBrush);
        mP.drawPath(path);
    }

    // Doors, drawn in plan units.
    const double planPerSheet = mSheet.scale() / PlanSheet::Unit;
    for (const Door &d : mData.doors) {
        mP.save();
        mP.setWorldTransform(t, true);
        PlanStyle::paintDoor(mP, d, mm(0.3) * planPerSheet);
        mP.restore();
    }

    // Markers as large as the density allows, piled where they would overlap; then the
    // labels of the areas and the 管理番号, placed where they cover nothing.
    QList<QPointF> points;
    points.reserve(mData.markers.size());
    for (const PlanSheetMarker &m : mData.markers)
        points.append(t.map(m.pos));
    const double markerSize = markerSizeFor(points, mK);
    const QList<Spot> spots = clusterMarkers(points, mData.markers, markerSize);
    Taken taken(mm(10));
    for (const Spot &s : spots) {
        const QPointF p = points.at(s.first);
        const double grow = s.count > 1 ? markerSize * 0.35 : 0; // the pile and its count
        taken.add(QRectF(p.x() - markerSize / 2, p.y() - markerSize / 2, markerSize + grow, markerSize + grow));
    }
    const QList<SheetLabel> labels = placeAreaLabels(mData, paths, children, taken, mK);
    const QRectF labelArea = frame.adjusted(mm(1), mm(1), -mm(1), -mL.bottomStrip.height());
    const QList<SheetLabel> numbers = placeNumbers(mData.markers, points, spots, markerSize, labelArea, taken, mK);
    int labelled = 0;
    for (const Spot &s : spots)
        labelled += !mData.markers.at(s.first).number.isEmpty();
    mSkippedLabels = labelled - int(numbers.size());

    for (const SheetLabel &l : labels)
        paintLabel(l, 215);
    for (const Spot &spot : spots) {
        const PlanSheetMarker &m = mData.markers.at(spot.first);
        const QPointF c = points.at(spot.first);
        if (spot.count > 1)
            paintStack(c, markerSize, spot.count, false);
        PlanStyle::paintMarker(mP, c, markerSize, m.kind, m.storage, spot.worst, false, mColour);
        if (spot.count > 1)
            paintStack(c, markerSize, spot.count, true);
    }
    for (const SheetLabel &l : numbers)
        paintLabel(l, 200);

    paintNotes();
}

void SheetPainter::paintNotes()
{
    // Notes in the strip under the drawing: what is not drawn, what is not labelled.
    QStringList notes;
    if (!mData.undrawnAreas.isEmpty())
        notes << tr("Areas not drawn: %1").arg(mData.undrawnAreas.join(tr(", ")));
    if (mSkippedLabels > 0)
        notes << tr("Asset numbers left out where markers are dense: %1").arg(mSkippedLabels);
    if (!notes.isEmpty()) {
        const QRectF &s = mL.bottomStrip;
        const double left = mStripUsed + mm(8);
        const QRectF box(left, s.top() + mm(2), s.right() - mm(22) - left, s.height() - mm(3));
        const QFont f = font(2.2);
        QStringList lines;
        for (const QString &n : std::as_const(notes))
            lines << wrap(n, f, box.width(), 2);
        drawLines(box, lines.mid(0, 4), f, mm(2.9));
    }
}

void SheetPainter::paintStack(QPointF centre, double size, int count, bool front)
{
    mP.save();
    if (!front) {
        // Two outlines behind the marker say "a pile".
        mP.setPen(QPen(QColor(0x30, 0x30, 0x30), size / 14));
        mP.setBrush(Qt::white);
        for (int i = 2; i >= 1; --i) {
            const QPointF c = centre + QPointF(i * size * 0.14, i * size * 0.14);
            mP.drawRoundedRect(QRectF(c.x() - size / 2, c.y() - size / 2, size, size), size / 6, size / 6);
        }
    } else {
        // The count, white on black at the lower right.
        const QFont f = PlanStyle::font(size * 0.4);
        const QString text = QString::number(count);
        const double h = size * 0.46;
        const double w = std::max(h, QFontMetricsF(f).horizontalAdvance(text) + size * 0.16);
        const QRectF tag(centre.x() + size * 0.62 - w / 2, centre.y() + size * 0.5 - h / 2, w, h);
        mP.setPen(Qt::NoPen);
        mP.setBrush(ink());
        mP.drawRoundedRect(tag, h / 2, h / 2);
        mP.setPen(Qt::white);
        mP.setFont(f);
        mP.drawText(tag, Qt::AlignCenter, text);
    }
    mP.restore();
}

void SheetPainter::paintScaleBar(const QRectF &strip)
{
    // North arrow (方位) at the right of the strip.
    const double arrow = strip.height() * 0.68;
    const QPointF centre(strip.right() - mm(10), strip.top() + (strip.height() - arrow * 1.16) / 2 + arrow * 0.86);
    PlanStyle::paintNorthArrow(mP, centre, arrow, mData.northDegrees);
    mP.setFont(font(2.1));
    mP.setPen(ink());
    mP.drawText(QRectF(centre.x() - arrow * 0.4 - mm(20), strip.top(), mm(20), strip.height()),
                Qt::AlignRight | Qt::AlignVCenter, tr("North arrow"));

    const double x = strip.left() + mm(6);
    const QFont caption = font(2.6, true);
    mP.setPen(ink());
    mP.setFont(caption);
    const QString scale = mSheet.scale() > 0 ? tr("Scale %1").arg(scaleText(mSheet)) : scaleText(mSheet);
    if (mSheet.scale() <= 0) {
        mP.drawText(QRectF(x, strip.top(), mm(80), strip.height()), Qt::AlignLeft | Qt::AlignVCenter, scale);
        mStripUsed = x + QFontMetricsF(caption).horizontalAdvance(scale);
        return;
    }
    // A bar of 30–70 mm in round metres (1, 2 or 5 × 10ⁿ), in four or five parts.
    const double metresPerMm = mSheet.scale() / 1000.0;
    const double ideal = 70 * mK * metresPerMm;
    const double decade = std::pow(10.0, std::floor(std::log10(ideal)));
    const double step = ideal / decade >= 5 ? 5 : (ideal / decade >= 2 ? 2 : 1);
    const double metres = step * decade;
    const int parts = step == 2 ? 4 : 5; // 1 m in 5 × 0.2 m, 2 m in 4 × 0.5 m, 5 m in 5 × 1 m
    const double length = metres / metresPerMm * PlanSheet::Unit;
    const double barTop = strip.top() + mm(4.5);
    const double barH = mm(1.6);
    mP.setPen(QPen(ink(), mm(0.2)));
    for (int i = 0; i < parts; ++i) {
        mP.setBrush(i % 2 == 0 ? ink() : QColor(Qt::white));
        mP.drawRect(QRectF(x + length * i / parts, barTop, length / parts, barH));
    }
    const QFont small = font(2.1);
    mP.setFont(small);
    const QFontMetricsF fm(small);
    const QString unit = tr("%1 m").arg(metres, 0, 'g', 4);
    // Every division when the numbers fit, else both ends; the unit only at the end.
    const bool all = fm.horizontalAdvance(QString::number(metres, 'g', 4)) + mm(1.5) < length / parts;
    for (int i = 0; i <= parts; ++i) {
        if (!all && i != 0 && i != parts)
            continue;
        const double at = x + length * i / parts;
        const QString s = i == parts ? unit : QString::number(metres * i / parts, 'g', 4);
        const double w = fm.horizontalAdvance(s);
        // The last label starts at its tick's left, so that the unit hangs to the right.
        const double left = i == parts ? at - fm.horizontalAdvance(QString::number(metres, 'g', 4)) / 2 : at - w / 2;
        mP.drawText(QRectF(left, barTop + barH + mm(0.5), w + mm(1), mm(3)), Qt::AlignLeft | Qt::AlignTop, s);
    }
    const double captionX = x + length + fm.horizontalAdvance(unit) + mm(6);
    mP.setFont(caption);
    mP.drawText(QRectF(captionX, strip.top(), mm(60), strip.height()), Qt::AlignLeft | Qt::AlignVCenter, scale);
    mStripUsed = captionX + QFontMetricsF(caption).horizontalAdvance(scale);
}

} // namespace daicho
