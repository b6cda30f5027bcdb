#include "view_state_command.h"

#include "graph_document.h"

namespace kakehashi::ui {

ViewStateCommand::ViewStateCommand(GraphDocument* document, const QString& text, ViewState before,
                                   ViewState after, int mergeId)
    : QUndoCommand(text), document_(document), before_(std::move(before)), after_(std::move(after)),
      mergeId_(mergeId) {}

void ViewStateCommand::undo() { document_->applyState(before_); }
void ViewStateCommand::redo() { document_->applyState(after_); }

bool ViewStateCommand::mergeWith(const QUndoCommand* other) {
    const auto* next = static_cast<const ViewStateCommand*>(other);
    if (next->mergeId_ != mergeId_ || next->document_ != document_) return false;
    after_ = next->after_;
    return true;
}

}  // namespace kakehashi::ui
