#pragma once

#include "core/entities.h"
#include "ui/commands/documentcommand.h"

namespace daicho {

/// Adds a person; later redos restore them with their id.
class InsertPersonCommand : public DocumentCommand {
public:
    InsertPersonCommand(Document *document, const Person &p, QUndoCommand *parent = nullptr); // can throw
    Id personId() const { return mPerson.id; }

protected:
    void apply() override;
    void revert() override;

private:
    Person mPerson;
};

class EditPersonCommand : public DocumentCommand {
public:
    EditPersonCommand(Document *document, const Person &after, QUndoCommand *parent = nullptr); // can throw

protected:
    void apply() override;
    void revert() override;

private:
    Person mBefore;
    Person mAfter;
};

/// Deletes a person who manages no asset; refuses (ValidationError) otherwise.
class DeletePersonCommand : public DocumentCommand {
public:
    DeletePersonCommand(Document *document, Id id, QUndoCommand *parent = nullptr); // can throw

protected:
    void apply() override;
    void revert() override;

private:
    Person mPerson;
};

} // namespace daicho
