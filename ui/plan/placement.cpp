#include "ui/plan/placement.h"

#include "core/findings.h"
#include "core/render/planstyle.h"
#include "ui/commands/plancommands.h"
#include "ui/document.h"
#include "ui/plan/planscene.h"
#include "ui/plan/plantool.h"
#include "ui/undotext.h"

#include <QPainterPath>

namespace daicho {

bool placeAssets(const PlanToolContext &context, const QList<Id> &assets, QPointF pos, bool storage)
{
    Document *document = context.document;
    const Id areaId = context.scene->areaAt(pos);
    const Place *area = areaId ? document->place(areaId) : nullptr;
    if (!area) {
        context.status(UndoText::pointNotInArea(assets.isEmpty() ? QString() : document->assetLabel(assets.first())));
        return false;
    }
    QList<Asset> after;
    for (const Id id : assets) {
        const Asset *a = document->asset(id);
        if (!a)
            continue;
        Asset moved = *a;
        const std::optional<QPoint> point =
            after.isEmpty() ? std::optional<QPoint>(pos.toPoint()) : std::optional<QPoint>();
        if (storage) {
            // Kept where it is used: no separate place of storage.
            moved.storePlaceId = areaId == moved.usePlaceId ? 0 : areaId;
            moved.storePoint = moved.storePlaceId ? point : std::nullopt;
        } else {
            moved.usePlaceId = areaId;
            moved.usePoint = point;
            if (moved.storePlaceId == areaId) {
                moved.storePlaceId = 0;
                moved.storePoint.reset();
            }
        }
        after.append(moved);
    }
    if (after.isEmpty())
        return false;
    const QString text = after.size() == 1 ? UndoText::placeAsset(after.first().number, area->name)
                                           : UndoText::moveOnPlan(int(after.size()));
    return context.execute([&] { return new PlanEditCommand(document, text, {}, after); });
}

void showPlacementPreview(PlanScene &scene, QPointF pos)
{
    const Id areaId = scene.areaAt(pos);
    const Place *area = areaId ? scene.document()->place(areaId) : nullptr;
    if (!area) {
        scene.setOverlay(QPainterPath(), PlanScene::tr("Outside any area"), pos);
        return;
    }
    QPainterPath path;
    QPolygonF polygon;
    for (const QPoint &p : area->outline)
        polygon.append(QPointF(p));
    path.addPolygon(polygon);
    path.closeSubpath();
    const int night = FindingChecker::afterHoursLevel(*area);
    scene.setOverlay(path, QStringLiteral("→ %1（%2）").arg(area->name, PlanStyle::levelTag(area->level, night)), pos);
}

} // namespace daicho
