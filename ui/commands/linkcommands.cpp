#include "ui/commands/linkcommands.h"

#include "core/exceptions.h"
#include "ui/document.h"
#include "ui/undotext.h"

namespace daicho {

AddLinkCommand::AddLinkCommand(Document *document, const AssetLink &link, QUndoCommand *parent)
    : DocumentCommand(document, parent), mLink(link)
{
    mLink.id = 0;
    if (mLink.fromId == mLink.toId)
        throw ValidationError(UndoText::linkToSelf());
    if (!document->asset(mLink.fromId) || !document->asset(mLink.toId))
        throw ValidationError(UndoText::assetMissing());
    for (const AssetLink &l : document->links()) {
        if (l.fromId == mLink.fromId && l.toId == mLink.toId && l.type == mLink.type)
            throw ValidationError(UndoText::linkExists());
    }
    setText(UndoText::addLink());
}

void AddLinkCommand::apply()
{
    if (mLink.id == 0)
        document()->insertLink(mLink);
    else
        document()->restoreLink(mLink);
}

void AddLinkCommand::revert() { document()->deleteLink(mLink.id); }

RemoveLinkCommand::RemoveLinkCommand(Document *document, Id linkId, QUndoCommand *parent)
    : DocumentCommand(document, parent)
{
    const AssetLink *link = document->link(linkId);
    if (!link)
        throw ValidationError(UndoText::linkMissing());
    mLink = *link;
    setText(UndoText::removeLink());
}

void RemoveLinkCommand::apply() { document()->deleteLink(mLink.id); }

void RemoveLinkCommand::revert() { document()->restoreLink(mLink); }

} // namespace daicho
