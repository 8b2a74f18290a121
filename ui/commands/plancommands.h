#pragma once

#include "core/entities.h"
#include "core/floorplan.h"
#include "ui/commands/documentcommand.h"

#include <optional>

namespace daicho {

/// A change made on the plan: outlines of areas (drawn, moved, resized, vertices edited) and
/// the places and points of assets (a marker dragged, an asset dropped from the register),
/// written together. A drag is one command; undo puts every shape and marker back.
class PlanEditCommand : public DocumentCommand {
public:
    /// `places` and `assets` hold the new values; the old ones are read from the document.
    /// Throws ValidationError when an outline is not a simple polygon, a nested area would
    /// leave its parent, or an asset would be placed in something that is not an area.
    /// `plan`: the floor's plan with its doors moved along with the areas (optional).
    PlanEditCommand(Document *document, const QString &text, const QList<Place> &places,
                    const QList<Asset> &assets, const std::optional<FloorPlan> &plan = std::nullopt,
                    QUndoCommand *parent = nullptr); // can throw

protected:
    void apply() override;
    void revert() override;

private:
    QList<Place> mBeforePlaces, mAfterPlaces;
    QList<Asset> mBeforeAssets, mAfterAssets;
    std::optional<FloorPlan> mBeforePlan, mAfterPlan;
};

/// Adds areas drawn or pasted on the plan (with what nests in them), in one step. Negative
/// ids in the list link a pasted child to its pasted parent (see Document::insertPlaces()).
class InsertAreasCommand : public DocumentCommand {
public:
    InsertAreasCommand(Document *document, const QString &text, const QList<Place> &places,
                       QUndoCommand *parent = nullptr); // can throw
    QList<Id> ids() const;

protected:
    void apply() override;
    void revert() override;

private:
    QList<Place> mPlaces;
    bool mInserted = false;
};

/// Deletes areas selected on the plan and the areas inside them. Refused while assets are
/// placed there or acceptances name them (the message says which).
class DeleteAreasCommand : public DocumentCommand {
public:
    DeleteAreasCommand(Document *document, const QList<Id> &ids, QUndoCommand *parent = nullptr); // can throw

protected:
    void apply() override;
    void revert() override;

private:
    QList<Place> mPlaces; ///< parents first
};

/// Deletes a floor's plan (background, doors, title block). The areas' outlines and the
/// assets' points stay: they belong to the places and assets. Undo brings the plan back.
class DeletePlanCommand : public DocumentCommand {
public:
    DeletePlanCommand(Document *document, Id floorId, QUndoCommand *parent = nullptr); // can throw

protected:
    void apply() override;
    void revert() override;

private:
    FloorPlan mPlan;
};

/// Sets a floor's plan: its background and calibration, doors, north, grid and title block.
/// The first change of a floor without a plan creates it; undo removes it again.
class SetPlanCommand : public DocumentCommand {
public:
    SetPlanCommand(Document *document, const QString &text, const FloorPlan &after,
                   QUndoCommand *parent = nullptr); // can throw

protected:
    void apply() override;
    void revert() override;

private:
    std::optional<FloorPlan> mBefore;
    FloorPlan mAfter;
};

} // namespace daicho
