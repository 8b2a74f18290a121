#include "ui/commands/departmentcommands.h"

#include "core/exceptions.h"
#include "core/validation.h"
#include "ui/document.h"
#include "ui/undotext.h"

namespace daicho {

namespace {

void check(const Document &document, const Department &d)
{
    QStringList messages;
    for (const FieldIssue &issue : Validation::validate(d))
        messages << issue.message;
    for (const Department &other : document.departments()) {
        if (other.id != d.id && other.code == d.code)
            messages << UndoText::departmentCodeInUse(d.code);
    }
    if (d.parentId) {
        if (!document.department(d.parentId))
            messages << UndoText::unknownDepartment();
        else if (d.id && document.departmentSubtree(d.id).contains(d.parentId))
            messages << UndoText::departmentLoop();
    }
    if (!messages.isEmpty())
        throw ValidationError(messages.join(QLatin1Char('\n')));
}

} // namespace

InsertDepartmentCommand::InsertDepartmentCommand(Document *document, const Department &d, QUndoCommand *parent)
    : DocumentCommand(document, parent), mDepartment(d)
{
    mDepartment.id = 0;
    check(*document, mDepartment);
    setText(UndoText::newDepartment(mDepartment.name));
}

void InsertDepartmentCommand::apply()
{
    if (mDepartment.id == 0)
        document()->insertDepartment(mDepartment);
    else
        document()->restoreDepartment(mDepartment);
}

void InsertDepartmentCommand::revert() { document()->deleteDepartment(mDepartment.id); }

EditDepartmentCommand::EditDepartmentCommand(Document *document, const Department &after, QUndoCommand *parent)
    : DocumentCommand(document, parent), mAfter(after)
{
    const Department *before = document->department(after.id);
    if (!before)
        throw ValidationError(UndoText::departmentMissing());
    mBefore = *before;
    check(*document, mAfter);
    setText(UndoText::editDepartment(mBefore.name));
}

void EditDepartmentCommand::apply() { document()->updateDepartment(mAfter); }

void EditDepartmentCommand::revert() { document()->updateDepartment(mBefore); }

DeleteDepartmentCommand::DeleteDepartmentCommand(Document *document, Id id, QUndoCommand *parent)
    : DocumentCommand(document, parent)
{
    const Department *d = document->department(id);
    if (!d)
        throw ValidationError(UndoText::departmentMissing());
    mDepartment = *d;
    int assets = 0, people = 0, children = 0;
    for (const Asset &a : document->assets())
        assets += a.departmentId == id;
    for (const Person &p : document->people())
        people += p.departmentId == id;
    for (const Department &other : document->departments())
        children += other.parentId == id;
    if (assets || people || children)
        throw ValidationError(UndoText::departmentInUse(assets, people, children));
    setText(UndoText::deleteDepartment(mDepartment.name));
}

void DeleteDepartmentCommand::apply() { document()->deleteDepartment(mDepartment.id); }

void DeleteDepartmentCommand::revert() { document()->restoreDepartment(mDepartment); }

} // namespace daicho
