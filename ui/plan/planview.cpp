#include "ui/plan/planview.h"

#include "ui/plan/placement.h"
#include "ui/plan/planscene.h"
#include "ui/plan/plantool.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace daicho {

PlanView::PlanView(PlanScene *scene, QWidget *parent) : QGraphicsView(scene, parent), mScene(scene)
{
    setObjectName(QStringLiteral("planView"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    // The grid is drawn once per zoom, not at every frame.
    setCacheMode(QGraphicsView::CacheBackground);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setDragMode(QGraphicsView::NoDrag);
    setMouseTracking(true);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(Qt::NoBrush);
    // Room to pan beyond the drawing.
    setSceneRect(-200000, -200000, 400000, 400000);
}

void PlanView::setTool(PlanTool *tool)
{
    if (mTool)
        mTool->cancel();
    mTool = tool;
    if (mTool) {
        mTool->activate();
        viewport()->setCursor(mTool->cursor());
    }
}

double PlanView::zoom() const { return transform().m11() * 1000; }

void PlanView::setZoom(double pixelsPerMetre)
{
    const double scale = std::clamp(pixelsPerMetre, 1.0, 4000.0) / 1000;
    setTransform(QTransform::fromScale(scale, scale));
    emit zoomChanged(zoom());
}

void PlanView::zoomBy(double factor)
{
    const double next = std::clamp(zoom() * factor, 1.0, 4000.0);
    const double f = next / zoom();
    scale(f, f);
    emit zoomChanged(zoom());
}

void PlanView::fitToWindow()
{
    const QRectF r = mScene->contentRect();
    fitInView(r, Qt::KeepAspectRatio);
    emit zoomChanged(zoom());
}

PlanMouse PlanView::mouseAt(const QPoint &viewPos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers) const
{
    PlanMouse m;
    m.pos = mapToScene(viewPos);
    m.button = button;
    m.modifiers = modifiers;
    m.pixel = 1.0 / std::max(1e-9, transform().m11());
    m.view = viewportTransform();
    const bool snap = mSnapping && !(modifiers & Qt::AltModifier);
    m.snapped = snap ? mScene->snap(m.pos, 8 * m.pixel) : QPointF(std::round(m.pos.x()), std::round(m.pos.y()));
    return m;
}

bool PlanView::event(QEvent *event)
{
    // While a shape is drawn, Esc, Backspace, Delete and Undo belong to the tool, not to the
    // window's shortcuts (undo takes back the last corner, not the last command).
    if (event->type() == QEvent::ShortcutOverride && mTool && mTool->busy()) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape || key->key() == Qt::Key_Backspace || key->key() == Qt::Key_Delete
            || key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || key->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_Y)) {
            event->accept();
            return true;
        }
    }
    return QGraphicsView::event(event);
}

void PlanView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.2, steps));
    event->accept();
}

void PlanView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && (mSpace || !mTool))) {
        mPanning = true;
        mPanFrom = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    setFocus();
    if (mTool && mTool->mousePress(mouseAt(event->position().toPoint(), event->button(), event->modifiers()))) {
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void PlanView::mouseMoveEvent(QMouseEvent *event)
{
    if (mPanning) {
        const QPoint d = event->position().toPoint() - mPanFrom;
        mPanFrom = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    const PlanMouse m = mouseAt(event->position().toPoint(), Qt::NoButton, event->modifiers());
    emit pointerMoved(m.pos);
    if (mTool && mTool->mouseMove(m)) {
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void PlanView::mouseReleaseEvent(QMouseEvent *event)
{
    if (mPanning) {
        mPanning = false;
        viewport()->setCursor(mSpace ? QCursor(Qt::OpenHandCursor) : (mTool ? mTool->cursor() : QCursor()));
        event->accept();
        return;
    }
    if (mTool && mTool->mouseRelease(mouseAt(event->position().toPoint(), event->button(), event->modifiers()))) {
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void PlanView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (mTool && mTool->mouseDoubleClick(mouseAt(event->position().toPoint(), event->button(), event->modifiers()))) {
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void PlanView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        mSpace = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    if (mTool && mTool->busy() && (event->matches(QKeySequence::Redo) || event->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_Y))) {
        event->accept(); // no redo in the middle of a shape or drag
        return;
    }
    if (mTool && event->key() == Qt::Key_Escape && mTool->busy()) {
        mTool->cancel();
        event->accept();
        return;
    }
    if (mTool && mTool->keyPress(event)) {
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void PlanView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        mSpace = false;
        viewport()->setCursor(mTool ? mTool->cursor() : QCursor());
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

QByteArray PlanView::encodeAssets(const QList<Id> &ids)
{
    QByteArray out;
    for (const Id id : ids) {
        if (!out.isEmpty())
            out += ',';
        out += QByteArray::number(id);
    }
    return out;
}

QList<Id> PlanView::decodeAssets(const QByteArray &data)
{
    QList<Id> out;
    for (const QByteArray &part : data.split(',')) {
        bool ok = false;
        const Id id = part.toLongLong(&ok);
        if (ok && id > 0)
            out.append(id);
    }
    return out;
}

void PlanView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QLatin1String(kAssetMime)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void PlanView::dragMoveEvent(QDragMoveEvent *event)
{
    if (!event->mimeData()->hasFormat(QLatin1String(kAssetMime))) {
        event->ignore();
        return;
    }
    const QPointF pos = mapToScene(event->position().toPoint());
    showPlacementPreview(*mScene, pos);
    if (mScene->areaAt(pos))
        event->acceptProposedAction();
    else
        event->ignore();
}

void PlanView::dragLeaveEvent(QDragLeaveEvent *event)
{
    mScene->clearOverlay();
    QGraphicsView::dragLeaveEvent(event);
}

void PlanView::dropEvent(QDropEvent *event)
{
    mScene->clearOverlay();
    const QList<Id> ids = decodeAssets(event->mimeData()->data(QLatin1String(kAssetMime)));
    if (ids.isEmpty() || !mDrop) {
        event->ignore();
        return;
    }
    mDrop(ids, mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
}

} // namespace daicho
