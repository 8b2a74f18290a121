#include "ui/commands/editassetcommand.h"

#include "core/exceptions.h"
#include "ui/assetfields.h"
#include "ui/document.h"
#include "ui/undotext.h"

namespace daicho {

namespace {

/// Equal in what the user edits (the store sets the bookkeeping fields itself).
bool sameEdit(Asset a, Asset b)
{
    a.updatedOn = b.updatedOn;
    a.updatedBy = b.updatedBy;
    return a == b;
}

void throwIfAny(const QList<FieldIssue> &issues)
{
    if (issues.isEmpty())
        return;
    QStringList messages;
    for (const FieldIssue &i : issues)
        messages << i.message;
    throw ValidationError(messages.join(QLatin1Char('\n')));
}

} // namespace

EditAssetCommand::EditAssetCommand(Document *document, const Asset &after, const QString &field,
                                   QUndoCommand *parent)
    : DocumentCommand(document, parent), mAfter(after), mField(field)
{
    const Asset *before = document->asset(after.id);
    if (!before)
        throw ValidationError(UndoText::assetMissing());
    mBefore = *before;
    throwIfAny(problems(*document, mBefore, mAfter));
    setText(field.isEmpty() ? UndoText::editAsset(mBefore.number)
                            : UndoText::editField(AssetFields::label(field, &document->scheme()), mBefore.number));
}

QList<FieldIssue> EditAssetCommand::problems(const Document &document, const Asset &before, const Asset &after)
{
    // Rules already broken before the edit (e.g. by an import) do not block other edits.
    const QList<FieldIssue> old = Validation::validate(before);
    QList<FieldIssue> issues;
    for (const FieldIssue &issue : Validation::validate(after)) {
        if (!old.contains(issue))
            issues.append(issue);
    }
    if (after.number != before.number && document.numberInUse(after.number, after.id))
        issues.append({QStringLiteral("number"), UndoText::numberInUse(after.number)});
    if (after.departmentId != before.departmentId && after.departmentId && !document.department(after.departmentId))
        issues.append({QStringLiteral("departmentId"), UndoText::unknownDepartment()});
    if (after.managerId != before.managerId && after.managerId && !document.person(after.managerId))
        issues.append({QStringLiteral("managerId"), UndoText::unknownManager()});
    if (after.systemId != before.systemId && after.systemId) {
        const Asset *system = document.asset(after.systemId);
        if (after.systemId == after.id)
            issues.append({QStringLiteral("systemId"), UndoText::systemIsSelf()});
        else if (!system || system->kind != AssetKind::InformationSystem)
            issues.append({QStringLiteral("systemId"), UndoText::unknownSystem()});
    }
    const ClassificationScheme &scheme = document.scheme();
    for (const SchemeAxis &axis : scheme.axes()) {
        const QString value = after.axisValue(axis.id);
        if (value != before.axisValue(axis.id) && !value.isEmpty() && !axis.level(value))
            issues.append({AssetFields::axisField(axis.id), UndoText::unknownLevel(axis.name.text(), value)});
    }
    if (after.importance != before.importance && !after.importance.isEmpty()) {
        if (!scheme.importanceDirect())
            issues.append({QStringLiteral("importance"), UndoText::importanceNotDirect()});
        else if (!scheme.importanceLevel(after.importance))
            issues.append({QStringLiteral("importance"), UndoText::unknownImportance(after.importance)});
    }
    return issues;
}

int EditAssetCommand::id() const { return int(UndoId::EditAsset); }

bool EditAssetCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const EditAssetCommand *>(other);
    if (!o || o->isObsolete() || o->mAfter.id != mAfter.id || o->mField != mField || mField.isEmpty())
        return false;
    mAfter = o->mAfter;
    if (sameEdit(mAfter, mBefore))
        setObsolete(true);
    return true;
}

void EditAssetCommand::apply() { document()->updateAsset(mAfter); }

void EditAssetCommand::revert() { document()->updateAsset(mBefore); }

} // namespace daicho
