#pragma once

#include "core/entities.h"

#include <QPointF>

namespace daicho {

class PlanScene;
struct PlanToolContext;

/// Puts assets where they are used (or, `storage`, where they are kept) at `pos` on the plan:
/// the innermost area there becomes their place and the first one gets the point (the others
/// are laid out beside it). One undo step. False (with a status message) when no area is there.
bool placeAssets(const PlanToolContext &context, const QList<Id> &assets, QPointF pos, bool storage);

/// While dragging an asset over the plan: outlines the area it would land in and names it
/// with its level, live.
void showPlacementPreview(PlanScene &scene, QPointF pos);

} // namespace daicho
