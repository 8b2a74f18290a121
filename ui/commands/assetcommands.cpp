#include "ui/commands/assetcommands.h"

#include "core/exceptions.h"
#include "core/validation.h"
#include "ui/document.h"
#include "ui/undotext.h"

namespace daicho {

InsertAssetCommand::InsertAssetCommand(Document *document, const Asset &asset, QUndoCommand *parent)
    : DocumentCommand(document, parent), mAsset(asset)
{
    mAsset.id = 0;
    QStringList messages;
    for (const FieldIssue &issue : Validation::validate(mAsset))
        messages << issue.message;
    if (document->numberInUse(mAsset.number))
        messages << UndoText::numberInUse(mAsset.number);
    if (!document->department(mAsset.departmentId) && mAsset.departmentId > 0)
        messages << UndoText::unknownDepartment();
    if (!messages.isEmpty())
        throw ValidationError(messages.join(QLatin1Char('\n')));
    setText(UndoText::newAsset(mAsset.number));
}

void InsertAssetCommand::apply()
{
    if (mAsset.id == 0)
        document()->insertAsset(mAsset);
    else
        document()->restoreAsset(mAsset, {}, {});
}

void InsertAssetCommand::revert() { document()->deleteAsset(mAsset.id); }

DeleteAssetCommand::DeleteAssetCommand(Document *document, Id assetId, QUndoCommand *parent)
    : DocumentCommand(document, parent)
{
    const Asset *asset = document->asset(assetId);
    if (!asset)
        throw ValidationError(UndoText::assetMissing());
    mAsset = *asset;
    mLinks = document->linksOf(assetId);
    mAcceptances = document->acceptancesOf(assetId);
    for (const Asset &a : document->assets()) {
        if (a.systemId == assetId)
            mReferencing.append(a.id);
    }
    setText(UndoText::deleteAsset(mAsset.number));
}

void DeleteAssetCommand::apply() { document()->deleteAsset(mAsset.id); }

void DeleteAssetCommand::revert() { document()->restoreAsset(mAsset, mLinks, mReferencing, mAcceptances); }

} // namespace daicho
