#pragma once

#include "core/entities.h"
#include "core/zonetable.h"
#include "ui/commands/documentcommand.h"

namespace daicho {

/// Adds a place (site, building, floor or area); later redos restore it with its id.
class InsertPlaceCommand : public DocumentCommand {
public:
    InsertPlaceCommand(Document *document, const Place &p, QUndoCommand *parent = nullptr); // can throw
    Id placeId() const { return mPlace.id; }

protected:
    void apply() override;
    void revert() override;

private:
    Place mPlace;
};

/// Changes a place: its properties, or its parent (moving it in the tree).
class EditPlaceCommand : public DocumentCommand {
public:
    EditPlaceCommand(Document *document, const Place &after, QUndoCommand *parent = nullptr); // can throw

protected:
    void apply() override;
    void revert() override;

private:
    Place mBefore;
    Place mAfter;
};

/// Deletes an empty place (no places under it, no assets in it).
class DeletePlaceCommand : public DocumentCommand {
public:
    DeletePlaceCommand(Document *document, Id id, QUndoCommand *parent = nullptr); // can throw

protected:
    void apply() override;
    void revert() override;

private:
    Place mPlace;
};

/// Accepts a finding: a reason, the person, and the date until which it holds.
class AcceptFindingCommand : public DocumentCommand {
public:
    AcceptFindingCommand(Document *document, const Acceptance &a, QUndoCommand *parent = nullptr); // can throw

protected:
    void apply() override;
    void revert() override;

private:
    Acceptance mAcceptance;
};

/// Withdraws an acceptance: the finding counts again.
class WithdrawAcceptanceCommand : public DocumentCommand {
public:
    WithdrawAcceptanceCommand(Document *document, Id id, QUndoCommand *parent = nullptr); // can throw

protected:
    void apply() override;
    void revert() override;

private:
    Acceptance mAcceptance;
};

/// Replaces the register's zone table (minimum levels per category).
class SetZoneTableCommand : public DocumentCommand {
public:
    SetZoneTableCommand(Document *document, const ZoneTable &after, QUndoCommand *parent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    ZoneTable mBefore;
    ZoneTable mAfter;
};

/// Sets the register's network model (α, α′, β, β′).
class SetNetworkModelCommand : public DocumentCommand {
public:
    SetNetworkModelCommand(Document *document, NetworkModel after, QUndoCommand *parent = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    NetworkModel mBefore;
    NetworkModel mAfter;
};

} // namespace daicho
