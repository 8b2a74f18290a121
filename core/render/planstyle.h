#pragma once

#include "core/enums.h"
#include "core/findings.h"
#include "core/floorplan.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QPen>

#include <optional>

class QPainter;
class QPainterPath;

namespace daicho {

/// How a 区画図 looks, shared by the editor and the printout so that both read alike
/// (domain.md §4.2): each level has a colour and a hatch, so that a monochrome printer still
/// tells L1 from L3; an L2 room that is not locked after hours has a dashed outline.
/// Sizes are in the painter's current units: the caller passes them.
class PlanStyle {
    Q_DECLARE_TR_FUNCTIONS(daicho::PlanStyle)
public:
    enum class Hatch { None, Forward, Backward, Cross, DiagonalCross };

    /// The font of plans and printouts (named, so that every machine prints alike).
    static QFont font(double pixelSize);
    /// The level's strong colour (legend, tree icons): L0 grey, L1 green, L2 yellow, L3 orange, L4 red.
    static QColor levelColor(int level);
    /// The pale fill of an area of the level.
    static QColor levelFill(int level);
    static Hatch levelHatch(int level);
    /// 「L2」, or 「L2（時間外L1）」 when the level drops after hours.
    static QString levelTag(int level, int afterHoursLevel);

    /// Fills `area` with the level's fill and hatch, hatch lines `spacing` apart and
    /// `lineWidth` wide. `colour` false paints the hatch only (in black), for monochrome.
    static void fillArea(QPainter &p, const QPainterPath &area, int level, double spacing, double lineWidth,
                         bool colour = true);
    /// The hatch as a brush pattern (device pixels), for the screen: much faster to paint
    /// than hatch lines, and as readable at any zoom.
    static QBrush hatchBrush(int level);
    /// The outline of an area: solid, dashed when it drops a level after hours.
    static QPen outlinePen(int level, bool dropsAfterHours, double width);

    /// Two or three characters that say the asset's kind on its marker (PC, SV, 紙 …).
    static QString kindCode(AssetKind kind);
    /// An asset marker centred on `centre`, `size` across: the kind code in a box (a circle
    /// for the place of storage), a red or yellow badge for the worst finding.
    static void paintMarker(QPainter &p, QPointF centre, double size, AssetKind kind, bool storage,
                            std::optional<Severity> worst, bool highlighted = false);
    /// The same; `colour` false draws the badge for monochrome printers (an error a black disc,
    /// a warning a white one).
    static void paintMarker(QPainter &p, QPointF centre, double size, AssetKind kind, bool storage,
                            std::optional<Severity> worst, bool highlighted, bool colour);
    /// The round "!" badge of a finding, as on markers and in legends and lists.
    static void paintSeverityBadge(QPainter &p, QPointF centre, double radius, Severity s, bool colour = true);
    static QColor severityColor(Severity s);
    /// A door: the opening cut out of the wall, a swing arc, and a lock mark when it locks.
    static void paintDoor(QPainter &p, const Door &d, double lineWidth);
    /// A north arrow (方位) `size` high, north `degrees` clockwise from up.
    static void paintNorthArrow(QPainter &p, QPointF centre, double size, int degrees);
};

} // namespace daicho
