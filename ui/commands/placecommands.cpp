#include "ui/commands/placecommands.h"

#include "core/exceptions.h"
#include "core/findings.h"
#include "core/registerdata.h"
#include "ui/document.h"
#include "ui/undotext.h"

namespace daicho {

namespace {

/// The place tree's shape (placeParentFits), with the parent looked up in the document.
bool parentFits(const Document &document, const Place &p)
{
    if (!p.parentId)
        return placeParentFits(p.kind, std::nullopt);
    const Place *parent = document.place(p.parentId);
    return parent && placeParentFits(p.kind, parent->kind);
}

void check(const Document &document, const Place &p)
{
    QStringList messages;
    if (p.name.trimmed().isEmpty())
        messages << UndoText::placeNeedsName();
    if (p.level < 0 || p.level > 4)
        messages << UndoText::placeLevelInvalid();
    if (!parentFits(document, p))
        messages << UndoText::placeParentInvalid();
    else if (p.id && p.parentId && document.placeSubtree(p.id).contains(p.parentId))
        messages << UndoText::placeLoop();
    if (!messages.isEmpty())
        throw ValidationError(messages.join(QLatin1Char('\n')));
}

} // namespace

InsertPlaceCommand::InsertPlaceCommand(Document *document, const Place &p, QUndoCommand *parent)
    : DocumentCommand(document, parent), mPlace(p)
{
    mPlace.id = 0;
    check(*document, mPlace);
    setText(UndoText::newPlace(mPlace.name));
}

void InsertPlaceCommand::apply()
{
    if (mPlace.id == 0)
        document()->insertPlace(mPlace);
    else
        document()->restorePlace(mPlace);
}

void InsertPlaceCommand::revert() { document()->deletePlace(mPlace.id); }

EditPlaceCommand::EditPlaceCommand(Document *document, const Place &after, QUndoCommand *parent)
    : DocumentCommand(document, parent), mAfter(after)
{
    const Place *before = document->place(after.id);
    if (!before)
        throw ValidationError(UndoText::placeMissing());
    mBefore = *before;
    check(*document, mAfter);
    if (mBefore.isArea() != mAfter.isArea() && !document->rowsPlacedIn({after.id}).isEmpty())
        throw ValidationError(UndoText::placeNotArea());
    setText(UndoText::editPlace(mBefore.name));
}

void EditPlaceCommand::apply() { document()->updatePlace(mAfter); }

void EditPlaceCommand::revert() { document()->updatePlace(mBefore); }

DeletePlaceCommand::DeletePlaceCommand(Document *document, Id id, QUndoCommand *parent)
    : DocumentCommand(document, parent)
{
    const Place *p = document->place(id);
    if (!p)
        throw ValidationError(UndoText::placeMissing());
    mPlace = *p;
    const int assets = int(document->rowsPlacedIn({id}).size());
    int children = 0;
    for (const Place &other : document->places())
        children += other.parentId == id;
    if (assets || children)
        throw ValidationError(UndoText::placeInUse(assets, children));
    int acceptances = 0;
    for (const Acceptance &a : document->acceptances())
        acceptances += a.placeId == id;
    if (acceptances)
        throw ValidationError(UndoText::placeNamedByAcceptances(acceptances));
    setText(UndoText::deletePlace(mPlace.name));
}

void DeletePlaceCommand::apply() { document()->deletePlace(mPlace.id); }

void DeletePlaceCommand::revert() { document()->restorePlace(mPlace); }

AcceptFindingCommand::AcceptFindingCommand(Document *document, const Acceptance &a, QUndoCommand *parent)
    : DocumentCommand(document, parent), mAcceptance(a)
{
    mAcceptance.id = 0;
    QStringList messages;
    const Asset *asset = document->asset(a.assetId);
    if (!asset)
        messages << UndoText::assetMissing();
    if (a.reason.trimmed().isEmpty())
        messages << UndoText::acceptanceNeedsReason();
    if (a.person.trimmed().isEmpty())
        messages << UndoText::acceptanceNeedsPerson();
    if (!a.until.isValid() || a.until < QDate::currentDate())
        messages << UndoText::acceptanceNeedsFutureDate();
    if (!messages.isEmpty())
        throw ValidationError(messages.join(QLatin1Char('\n')));
    if (!mAcceptance.acceptedAt.isValid())
        mAcceptance.acceptedAt = QDateTime::currentDateTimeUtc();
    setText(UndoText::acceptFinding(a.code, asset->number));
}

void AcceptFindingCommand::apply()
{
    if (mAcceptance.id == 0)
        document()->insertAcceptance(mAcceptance);
    else
        document()->restoreAcceptance(mAcceptance);
}

void AcceptFindingCommand::revert() { document()->deleteAcceptance(mAcceptance.id); }

WithdrawAcceptanceCommand::WithdrawAcceptanceCommand(Document *document, Id id, QUndoCommand *parent)
    : DocumentCommand(document, parent)
{
    const Acceptance *a = document->acceptance(id);
    if (!a)
        throw ValidationError(UndoText::acceptanceMissing());
    mAcceptance = *a;
    const Asset *asset = document->asset(a->assetId);
    setText(UndoText::withdrawAcceptance(a->code, asset ? asset->number : QString()));
}

void WithdrawAcceptanceCommand::apply() { document()->deleteAcceptance(mAcceptance.id); }

void WithdrawAcceptanceCommand::revert() { document()->restoreAcceptance(mAcceptance); }

SetZoneTableCommand::SetZoneTableCommand(Document *document, const ZoneTable &after, QUndoCommand *parent)
    : DocumentCommand(document, parent), mBefore(document->zoneTable()), mAfter(after)
{
    setText(UndoText::editZoneTable());
}

void SetZoneTableCommand::apply() { document()->setZoneTable(mAfter); }

void SetZoneTableCommand::revert() { document()->setZoneTable(mBefore); }

SetNetworkModelCommand::SetNetworkModelCommand(Document *document, NetworkModel after, QUndoCommand *parent)
    : DocumentCommand(document, parent), mBefore(document->networkModel()), mAfter(after)
{
    setText(UndoText::setNetworkModel(Enums::label(after)));
}

void SetNetworkModelCommand::apply() { document()->setNetworkModel(mAfter); }

void SetNetworkModelCommand::revert() { document()->setNetworkModel(mBefore); }

} // namespace daicho
