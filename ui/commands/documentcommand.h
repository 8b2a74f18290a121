#pragma once

#include <QPointer>
#include <QUndoCommand>

#include <functional>

namespace daicho {

class Document;

/// Merge ids of the commands, in one place (QUndoCommand::id()).
enum class UndoId : int {
    EditAsset = 1,
};

/// Base of Daicho's undo commands: undo() and redo() never throw out to QUndoStack.
/// A failed write is reported through Document::reportFailure(); a command whose very
/// first redo() failed marks itself obsolete, so that QUndoStack::push() drops it.
class DocumentCommand : public QUndoCommand {
public:
    explicit DocumentCommand(Document *document, QUndoCommand *parent = nullptr);

    void redo() final;
    void undo() final;

protected:
    virtual void apply() = 0;  ///< redo; can throw
    virtual void revert() = 0; ///< undo; can throw
    Document *document() const { return mDocument.data(); }

private:
    void run(const std::function<void()> &step) noexcept;

    QPointer<Document> mDocument;
    bool mFirstRun = true;
};

} // namespace daicho
