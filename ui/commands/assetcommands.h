#pragma once

#include "core/entities.h"
#include "ui/commands/documentcommand.h"

namespace daicho {

/// Adds an asset. The first redo gives it its id; later redos restore it with that id,
/// so the commands above it on the stack still find it.
class InsertAssetCommand : public DocumentCommand {
public:
    /// Throws ValidationError (translated) if the asset is not acceptable.
    InsertAssetCommand(Document *document, const Asset &asset, QUndoCommand *parent = nullptr); // can throw

    Id assetId() const { return mAsset.id; }

protected:
    void apply() override;
    void revert() override;

private:
    Asset mAsset;
};

/// Deletes an asset, its links, its acceptances, and the system references other assets had
/// to it; undo brings all of them back with their ids.
class DeleteAssetCommand : public DocumentCommand {
public:
    DeleteAssetCommand(Document *document, Id assetId, QUndoCommand *parent = nullptr); // can throw

protected:
    void apply() override;
    void revert() override;

private:
    Asset mAsset;
    QList<AssetLink> mLinks;
    QList<Id> mReferencing;
    QList<Acceptance> mAcceptances;
};

} // namespace daicho
