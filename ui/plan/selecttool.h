#pragma once

#include "ui/plan/plantool.h"

#include <QHash>
#include <QPolygonF>

#include <optional>

class QGraphicsItem;

namespace daicho {

class AreaItem;
class MarkerItem;

/// Selects areas, doors and markers; drags them (areas move with the areas and markers inside
/// them), drags a selected area's corners, and selects with a rubber band. A drag is shown
/// live and committed once, on release, as one undo step; Esc puts everything back.
class SelectTool : public PlanTool {
    Q_DECLARE_TR_FUNCTIONS(daicho::SelectTool)
public:
    using PlanTool::PlanTool;
    QCursor cursor() const override { return QCursor(Qt::ArrowCursor); }
    QString hint() const override;
    void cancel() override;
    bool mousePress(const PlanMouse &m) override;
    bool mouseMove(const PlanMouse &m) override;
    bool mouseRelease(const PlanMouse &m) override;
    bool mouseDoubleClick(const PlanMouse &m) override;
    bool keyPress(QKeyEvent *event) override;
    bool busy() const override { return mMode != Mode::None; }

    /// Deletes the selected areas (with the areas inside them) and doors.
    void deleteSelection();

private:
    enum class Mode { None, Pending, Move, Vertex, Marker, Rubber };
    QGraphicsItem *itemAt(const PlanMouse &m) const;
    void startMove();
    void restorePreviews();
    void commitMove(QPointF delta);

    Mode mMode = Mode::None;
    QPointF mStart;
    QPointF mStartSnapped;
    AreaItem *mVertexArea = nullptr;
    int mVertex = -1;
    MarkerItem *mMarker = nullptr;
    QPointF mMarkerStart;
    QHash<AreaItem *, QPolygonF> mMoving;      ///< areas moving, with their outline before
    QHash<MarkerItem *, QPointF> mMovingMarkers; ///< markers moving with them
};

} // namespace daicho
