#pragma once

#include "core/entities.h"
#include "core/validation.h"
#include "ui/commands/documentcommand.h"

namespace daicho {

/// Writes new values of one asset; undo writes the old ones back. Repeated edits of the
/// same field of the same asset merge into one step (typing a name, ticking a measure
/// on and off), and a merge that ends where it started drops the step.
class EditAssetCommand : public DocumentCommand {
public:
    /// `field` is the field edited (FieldIssue/JSON name) or "" for several. Throws
    /// ValidationError (translated) if `after` is not acceptable, see problems().
    EditAssetCommand(Document *document, const Asset &after, const QString &field,
                     QUndoCommand *parent = nullptr); // can throw

    /// What is wrong with `after` that was not already wrong with `before`: field rules,
    /// a number in use, levels unknown to the scheme, references that do not exist.
    static QList<FieldIssue> problems(const Document &document, const Asset &before, const Asset &after);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    Id assetId() const { return mAfter.id; }
    const QString &field() const { return mField; }

protected:
    void apply() override;
    void revert() override;

private:
    Asset mBefore;
    Asset mAfter;
    QString mField;
};

} // namespace daicho
