#pragma once

#include "core/entities.h"

#include <QGraphicsView>

#include <functional>

namespace daicho {

class PlanScene;
class PlanTool;
struct PlanMouse;

/// The plan on screen: zoom with the wheel (about the pointer), pan with the middle button or
/// Space + drag, fit to the window; mouse and keys go to the active tool. Assets dragged
/// from a list (MIME type kAssetMime) are placed where they are dropped.
class PlanView : public QGraphicsView {
    Q_OBJECT
public:
    static constexpr const char *kAssetMime = "application/x-daicho-asset-ids";

    explicit PlanView(PlanScene *scene, QWidget *parent = nullptr);

    void setTool(PlanTool *tool);
    PlanTool *tool() const { return mTool; }
    /// Called with the asset ids and the point when assets are dropped on the plan.
    void setDropHandler(std::function<void(const QList<Id> &, QPointF)> handler) { mDrop = std::move(handler); }
    /// Snapping on (Alt turns it off for one gesture).
    void setSnapping(bool on) { mSnapping = on; }

    double zoom() const;
    void setZoom(double pixelsPerMetre);
    void zoomBy(double factor);
    void fitToWindow();

    PlanMouse mouseAt(const QPoint &viewPos, Qt::MouseButton button, Qt::KeyboardModifiers modifiers) const;

    static QByteArray encodeAssets(const QList<Id> &ids);
    static QList<Id> decodeAssets(const QByteArray &data);

signals:
    void zoomChanged(double pixelsPerMetre);
    void pointerMoved(QPointF mm);

protected:
    bool event(QEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    PlanScene *mScene;
    PlanTool *mTool = nullptr;
    std::function<void(const QList<Id> &, QPointF)> mDrop;
    bool mSnapping = true;
    bool mSpace = false;
    bool mPanning = false;
    QPoint mPanFrom;
};

} // namespace daicho
