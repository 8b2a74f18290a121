#include "ui/commands/personcommands.h"

#include "core/exceptions.h"
#include "core/validation.h"
#include "ui/document.h"
#include "ui/undotext.h"

namespace daicho {

namespace {

void check(const Document &document, const Person &p)
{
    QStringList messages;
    for (const FieldIssue &issue : Validation::validate(p))
        messages << issue.message;
    if (p.departmentId > 0 && !document.department(p.departmentId))
        messages << UndoText::unknownDepartment();
    if (!messages.isEmpty())
        throw ValidationError(messages.join(QLatin1Char('\n')));
}

} // namespace

InsertPersonCommand::InsertPersonCommand(Document *document, const Person &p, QUndoCommand *parent)
    : DocumentCommand(document, parent), mPerson(p)
{
    mPerson.id = 0;
    check(*document, mPerson);
    setText(UndoText::newPerson(mPerson.name));
}

void InsertPersonCommand::apply()
{
    if (mPerson.id == 0)
        document()->insertPerson(mPerson);
    else
        document()->restorePerson(mPerson);
}

void InsertPersonCommand::revert() { document()->deletePerson(mPerson.id); }

EditPersonCommand::EditPersonCommand(Document *document, const Person &after, QUndoCommand *parent)
    : DocumentCommand(document, parent), mAfter(after)
{
    const Person *before = document->person(after.id);
    if (!before)
        throw ValidationError(UndoText::personMissing());
    mBefore = *before;
    check(*document, mAfter);
    setText(UndoText::editPerson(mBefore.name));
}

void EditPersonCommand::apply() { document()->updatePerson(mAfter); }

void EditPersonCommand::revert() { document()->updatePerson(mBefore); }

DeletePersonCommand::DeletePersonCommand(Document *document, Id id, QUndoCommand *parent)
    : DocumentCommand(document, parent)
{
    const Person *p = document->person(id);
    if (!p)
        throw ValidationError(UndoText::personMissing());
    mPerson = *p;
    int managed = 0;
    for (const Asset &a : document->assets())
        managed += a.managerId == id;
    if (managed)
        throw ValidationError(UndoText::personIsManager(managed));
    setText(UndoText::deletePerson(mPerson.name));
}

void DeletePersonCommand::apply() { document()->deletePerson(mPerson.id); }

void DeletePersonCommand::revert() { document()->restorePerson(mPerson); }

} // namespace daicho
