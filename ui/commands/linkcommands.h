#pragma once

#include "core/entities.h"
#include "ui/commands/documentcommand.h"

namespace daicho {

/// Links two assets (information stored on a device, a device that can access a system,
/// a system that runs on a server). Later redos restore the link with its id.
class AddLinkCommand : public DocumentCommand {
public:
    AddLinkCommand(Document *document, const AssetLink &link, QUndoCommand *parent = nullptr); // can throw

    Id linkId() const { return mLink.id; }

protected:
    void apply() override;
    void revert() override;

private:
    AssetLink mLink;
};

class RemoveLinkCommand : public DocumentCommand {
public:
    RemoveLinkCommand(Document *document, Id linkId, QUndoCommand *parent = nullptr); // can throw

protected:
    void apply() override;
    void revert() override;

private:
    AssetLink mLink;
};

} // namespace daicho
