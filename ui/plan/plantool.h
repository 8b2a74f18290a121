#pragma once

#include "core/entities.h"

#include <QCoreApplication>
#include <QCursor>
#include <QPointF>
#include <QTransform>

#include <functional>

class QKeyEvent;
class QUndoCommand;

namespace daicho {

class Document;
class PlanScene;

/// A mouse event as the tools see it: in plan millimetres, with the snapped point.
struct PlanMouse {
    QPointF pos;      ///< where the pointer is (mm)
    QPointF snapped;  ///< the same, snapped to corners, edges or the grid (Alt: not snapped)
    Qt::MouseButton button = Qt::NoButton;
    Qt::KeyboardModifiers modifiers;
    double pixel = 1; ///< millimetres per screen pixel at the current zoom
    QTransform view;  ///< the view's transform, for hit tests of items drawn at a fixed size
};

/// What the tools work with, handed over by the editor instead of globals.
struct PlanToolContext {
    Document *document = nullptr;
    PlanScene *scene = nullptr;
    /// Pushes a command; reports a ValidationError thrown while building it. False on failure.
    std::function<bool(const std::function<QUndoCommand *()> &)> execute;
    /// Shows a short message in the editor's status line.
    std::function<void(const QString &)> status;
    /// The kind of area the rectangle and polygon tools draw.
    std::function<PlaceKind()> newAreaKind;
    /// An area of this floor that has no outline yet and is chosen in the places tree: the
    /// next shape drawn becomes its outline. 0 when none.
    std::function<Id()> areaToOutline;
    /// The assets chosen in the editor's asset list (for the place-asset tool).
    std::function<QList<Id>()> chosenAssets;
    /// Asks for a length in millimetres (calibration); 0 when cancelled.
    std::function<double(double measured)> askDistance;
    /// An area was double-clicked: show it in the places panel.
    std::function<void(Id)> activateArea;
    /// A door was double-clicked: edit its properties (index into the plan's doors).
    std::function<void(int)> editDoor;
};

/// One editor tool (select, rectangle, polygon, door, place asset, calibrate, pan). The view
/// forwards mouse and key events to the active tool; a tool returns true when it used them.
class PlanTool {
public:
    explicit PlanTool(const PlanToolContext &context) : mContext(context) {}
    virtual ~PlanTool() = default;
    PlanTool(const PlanTool &) = delete;
    PlanTool &operator=(const PlanTool &) = delete;

    virtual QCursor cursor() const { return QCursor(Qt::CrossCursor); }
    /// What the status line says while the tool is active.
    virtual QString hint() const = 0;
    virtual void activate() {}
    /// Drops anything in progress (a tool change, Esc).
    virtual void cancel() {}

    virtual bool mousePress(const PlanMouse &) { return false; }
    virtual bool mouseMove(const PlanMouse &) { return false; }
    virtual bool mouseRelease(const PlanMouse &) { return false; }
    virtual bool mouseDoubleClick(const PlanMouse &) { return false; }
    virtual bool keyPress(QKeyEvent *) { return false; }
    /// True while a shape or drag is in progress: Esc and Backspace belong to the tool then.
    virtual bool busy() const { return false; }

protected:
    const PlanToolContext &context() const { return mContext; }

private:
    PlanToolContext mContext;
};

} // namespace daicho
