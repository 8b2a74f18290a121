#pragma once

#include "core/entities.h"
#include "ui/commands/documentcommand.h"

namespace daicho {

/// Adds a department; later redos restore it with its id.
class InsertDepartmentCommand : public DocumentCommand {
public:
    InsertDepartmentCommand(Document *document, const Department &d, QUndoCommand *parent = nullptr); // can throw
    Id departmentId() const { return mDepartment.id; }

protected:
    void apply() override;
    void revert() override;

private:
    Department mDepartment;
};

class EditDepartmentCommand : public DocumentCommand {
public:
    EditDepartmentCommand(Document *document, const Department &after, QUndoCommand *parent = nullptr); // can throw

protected:
    void apply() override;
    void revert() override;

private:
    Department mBefore;
    Department mAfter;
};

/// Deletes an unused department. Refuses (ValidationError) while assets, people or
/// sub-departments still belong to it.
class DeleteDepartmentCommand : public DocumentCommand {
public:
    DeleteDepartmentCommand(Document *document, Id id, QUndoCommand *parent = nullptr); // can throw

protected:
    void apply() override;
    void revert() override;

private:
    Department mDepartment;
};

} // namespace daicho
