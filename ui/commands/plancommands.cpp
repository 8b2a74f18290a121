#include "ui/commands/plancommands.h"

#include "core/exceptions.h"
#include "core/geometry.h"
#include "ui/document.h"
#include "ui/undotext.h"

#include <QHash>

#include <cmath>

namespace daicho {

namespace {

/// The outlines as they will be after the edit: nested drawn areas stay inside their drawn
/// parent, and every outline is a simple polygon.
void checkOutlines(const Document &document, const QList<Place> &changed)
{
    QHash<Id, const Place *> after;
    for (const Place &p : document.places())
        after.insert(p.id, &p);
    for (const Place &p : changed)
        after.insert(p.id, &p);
    QSet<Id> check;
    for (const Place &p : changed) {
        check.insert(p.id);
        for (const Place &child : document.places()) {
            if (child.parentId == p.id)
                check.insert(child.id);
        }
    }
    for (const Id id : std::as_const(check)) {
        const Place *p = after.value(id);
        if (!p || p->outline.isEmpty())
            continue;
        const Geometry::Polygon polygon = toPolygon(p->outline);
        if (!p->isArea() || !Geometry::isSimple(polygon))
            throw ValidationError(UndoText::outlineNotSimple(p->name));
        const Place *parent = after.value(p->parentId);
        if (parent && parent->isArea() && parent->outline.size() >= 3
            && !Geometry::polygonWithin(polygon, toPolygon(parent->outline), 1.0))
            throw ValidationError(UndoText::areaOutsideParent(p->name, parent->name));
    }
}

} // namespace

PlanEditCommand::PlanEditCommand(Document *document, const QString &text, const QList<Place> &places,
                                 const QList<Asset> &assets, const std::optional<FloorPlan> &plan, QUndoCommand *parent)
    : DocumentCommand(document, parent), mAfterPlaces(places), mAfterAssets(assets), mAfterPlan(plan)
{
    if (plan) {
        const FloorPlan *before = document->planOfFloor(plan->floorId);
        if (!before || before->id != plan->id)
            throw ValidationError(UndoText::placeMissing());
        mBeforePlan = *before;
    }
    for (const Place &p : places) {
        const Place *before = document->place(p.id);
        if (!before)
            throw ValidationError(UndoText::placeMissing());
        mBeforePlaces.append(*before);
    }
    checkOutlines(*document, places);
    for (const Asset &a : assets) {
        const Asset *before = document->asset(a.id);
        if (!before)
            throw ValidationError(UndoText::assetMissing());
        for (const Id placeId : {a.usePlaceId, a.storePlaceId}) {
            const Place *p = placeId ? document->place(placeId) : nullptr;
            if (placeId && (!p || !p->isArea()))
                throw ValidationError(UndoText::pointNotInArea(a.number));
        }
        mBeforeAssets.append(*before);
    }
    setText(text);
}

void PlanEditCommand::apply() { document()->applyPlanEdit(mAfterPlaces, mAfterAssets, mAfterPlan); }

void PlanEditCommand::revert() { document()->applyPlanEdit(mBeforePlaces, mBeforeAssets, mBeforePlan); }

DeletePlanCommand::DeletePlanCommand(Document *document, Id floorId, QUndoCommand *parent)
    : DocumentCommand(document, parent)
{
    const FloorPlan *plan = document->planOfFloor(floorId);
    if (!plan)
        throw ValidationError(UndoText::placeMissing());
    mPlan = *plan;
    setText(UndoText::deletePlan(document->placePath(floorId)));
}

void DeletePlanCommand::apply() { document()->deletePlan(mPlan.id); }

void DeletePlanCommand::revert() { document()->restorePlan(mPlan); }

InsertAreasCommand::InsertAreasCommand(Document *document, const QString &text, const QList<Place> &places,
                                       QUndoCommand *parent)
    : DocumentCommand(document, parent), mPlaces(places)
{
    for (const Place &p : places) {
        if (p.name.trimmed().isEmpty())
            throw ValidationError(UndoText::placeNeedsName());
        if (p.outline.size() >= 3 && !Geometry::isSimple(toPolygon(p.outline)))
            throw ValidationError(UndoText::outlineNotSimple(p.name));
        if (p.parentId > 0) {
            const Place *parentPlace = document->place(p.parentId);
            if (!parentPlace)
                throw ValidationError(UndoText::placeMissing());
            if (parentPlace->isArea() && parentPlace->outline.size() >= 3 && p.outline.size() >= 3
                && !Geometry::polygonWithin(toPolygon(p.outline), toPolygon(parentPlace->outline), 1.0))
                throw ValidationError(UndoText::areaOutsideParent(p.name, parentPlace->name));
        }
    }
    setText(text);
}

QList<Id> InsertAreasCommand::ids() const
{
    QList<Id> out;
    for (const Place &p : mPlaces)
        out.append(p.id);
    return out;
}

void InsertAreasCommand::apply()
{
    if (!mInserted) {
        document()->insertPlaces(mPlaces);
        mInserted = true;
    } else {
        document()->restorePlaces(mPlaces);
    }
}

void InsertAreasCommand::revert()
{
    QList<Id> ids = this->ids();
    std::reverse(ids.begin(), ids.end());
    document()->deletePlaces(ids);
}

DeleteAreasCommand::DeleteAreasCommand(Document *document, const QList<Id> &ids, QUndoCommand *parent)
    : DocumentCommand(document, parent)
{
    QSet<Id> all;
    for (const Id id : ids)
        all.unite(document->placeSubtree(id));
    // Parents first: the order of a walk down from each selected area that is not itself
    // inside another selected one (a selection lists a cabinet and its room in any order).
    QList<Id> roots;
    for (const Id id : ids) {
        bool nested = false;
        for (const Id other : ids)
            nested = nested || (other != id && document->placeSubtree(other).contains(id));
        if (!nested)
            roots.append(id);
    }
    QList<Id> order;
    QList<Id> queue = roots;
    QSet<Id> seen;
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const Id id = queue.at(i);
        if (seen.contains(id))
            continue;
        seen.insert(id);
        order.append(id);
        for (const Place &p : document->places()) {
            if (p.parentId == id)
                queue.append(p.id);
        }
    }
    const QList<int> rows = document->rowsPlacedIn(all);
    if (!rows.isEmpty())
        throw ValidationError(UndoText::placeInUse(int(rows.size()), 0));
    int named = 0;
    for (const Acceptance &a : document->acceptances())
        named += all.contains(a.placeId);
    if (named)
        throw ValidationError(UndoText::placeNamedByAcceptances(named));
    for (const Id id : std::as_const(order)) {
        const Place *p = document->place(id);
        if (!p)
            throw ValidationError(UndoText::placeMissing());
        mPlaces.append(*p);
    }
    setText(UndoText::deleteAreas(int(mPlaces.size())));
}

void DeleteAreasCommand::apply()
{
    QList<Id> ids;
    for (auto it = mPlaces.crbegin(); it != mPlaces.crend(); ++it)
        ids.append(it->id);
    document()->deletePlaces(ids);
}

void DeleteAreasCommand::revert() { document()->restorePlaces(mPlaces); }

SetPlanCommand::SetPlanCommand(Document *document, const QString &text, const FloorPlan &after, QUndoCommand *parent)
    : DocumentCommand(document, parent), mAfter(after)
{
    const Place *floor = document->place(after.floorId);
    if (!floor || floor->kind != PlaceKind::Floor)
        throw ValidationError(UndoText::placeMissing());
    // As the store keeps it (micrometres), so that what is shown is what is stored.
    mAfter.backgroundMmPerPixel = std::round(mAfter.backgroundMmPerPixel * 1000) / 1000;
    mAfter.backgroundOrigin = QPointF(std::round(mAfter.backgroundOrigin.x() * 1000) / 1000,
                                      std::round(mAfter.backgroundOrigin.y() * 1000) / 1000);
    if (mAfter.backgroundMmPerPixel < 0.001 || mAfter.backgroundMmPerPixel > 100000)
        throw ValidationError(UndoText::calibrationOutOfRange());
    if (const FloorPlan *before = document->planOfFloor(after.floorId)) {
        mBefore = *before;
        mAfter.id = before->id;
    } else {
        mAfter.id = 0;
    }
    setText(text);
}

void SetPlanCommand::apply()
{
    if (mBefore)
        document()->updatePlan(mAfter);
    else if (mAfter.id == 0)
        document()->insertPlan(mAfter);
    else
        document()->restorePlan(mAfter);
}

void SetPlanCommand::revert()
{
    if (mBefore)
        document()->updatePlan(*mBefore);
    else
        document()->deletePlan(mAfter.id);
}

} // namespace daicho
