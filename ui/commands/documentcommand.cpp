#include "ui/commands/documentcommand.h"

#include "core/exceptions.h"
#include "ui/document.h"

#include <QDebug>

namespace daicho {

DocumentCommand::DocumentCommand(Document *document, QUndoCommand *parent)
    : QUndoCommand(parent), mDocument(document)
{
}

void DocumentCommand::redo() { run([this] { apply(); }); }

void DocumentCommand::undo() { run([this] { revert(); }); }

void DocumentCommand::run(const std::function<void()> &step) noexcept
{
    const bool first = mFirstRun;
    mFirstRun = false;
    if (!mDocument)
        return;
    QString message;
    try {
        step();
        return;
    } catch (const Exception &e) {
        message = e.message();
    } catch (const std::exception &e) {
        message = QString::fromLocal8Bit(e.what());
    }
    qWarning() << "undo command failed:" << text() << message;
    if (first)
        setObsolete(true);
    mDocument->reportFailure(message, first);
}

} // namespace daicho
