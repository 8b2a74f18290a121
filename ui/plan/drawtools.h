#pragma once

#include "core/geometry.h"
#include "ui/plan/plantool.h"

#include <QCoreApplication>
#include <optional>

namespace daicho {

/// Draws a rectangular area by dragging from corner to corner.
class RectangleTool : public PlanTool {
    Q_DECLARE_TR_FUNCTIONS(daicho::RectangleTool)
public:
    using PlanTool::PlanTool;
    QString hint() const override;
    void cancel() override;
    bool mousePress(const PlanMouse &m) override;
    bool mouseMove(const PlanMouse &m) override;
    bool mouseRelease(const PlanMouse &m) override;
    bool busy() const override { return mStart.has_value(); }

private:
    std::optional<QPointF> mStart;
};

/// Draws a polygonal area vertex by vertex: click for each corner, double-click, Enter or a
/// click on the first corner to close; Backspace takes back the last corner, Esc drops it.
class PolygonTool : public PlanTool {
    Q_DECLARE_TR_FUNCTIONS(daicho::PolygonTool)
public:
    using PlanTool::PlanTool;
    QString hint() const override;
    void cancel() override;
    bool mousePress(const PlanMouse &m) override;
    bool mouseMove(const PlanMouse &m) override;
    bool mouseDoubleClick(const PlanMouse &m) override;
    bool keyPress(QKeyEvent *event) override;
    bool busy() const override { return !mPoints.isEmpty(); }
    int vertexCount() const { return int(mPoints.size()); }

private:
    void finish();
    void showPreview(QPointF cursor);

    Geometry::Polygon mPoints;
    QPointF mCursor;
};

/// Puts a door on the nearest area edge where it is clicked (900 mm wide).
class DoorTool : public PlanTool {
    Q_DECLARE_TR_FUNCTIONS(daicho::DoorTool)
public:
    using PlanTool::PlanTool;
    static constexpr double kWidth = 900;
    QString hint() const override;
    bool mousePress(const PlanMouse &m) override;
    bool mouseMove(const PlanMouse &m) override;
    /// The door at `p`: on the nearest edge within `radius`, centred where clicked.
    static std::optional<std::pair<QPoint, QPoint>> doorAt(const PlanScene &scene, QPointF p, double radius);
};

/// Places the assets chosen in the editor's list where it is clicked.
class PlaceAssetTool : public PlanTool {
    Q_DECLARE_TR_FUNCTIONS(daicho::PlaceAssetTool)
public:
    using PlanTool::PlanTool;
    QString hint() const override;
    bool mousePress(const PlanMouse &m) override;
    bool mouseMove(const PlanMouse &m) override;
};

/// Calibrates the background image: click two points whose distance is known, then give it.
class CalibrateTool : public PlanTool {
    Q_DECLARE_TR_FUNCTIONS(daicho::CalibrateTool)
public:
    using PlanTool::PlanTool;
    QString hint() const override;
    void cancel() override;
    bool mousePress(const PlanMouse &m) override;
    bool mouseMove(const PlanMouse &m) override;
    bool busy() const override { return mFirst.has_value(); }

private:
    std::optional<QPointF> mFirst;
};

/// Adds a drawn shape to the register: the outline of the area chosen in the tree when it has
/// none yet, else a new area of the chosen kind inside the innermost area that holds it.
bool commitShape(const PlanToolContext &context, const Geometry::Polygon &polygon);

} // namespace daicho
