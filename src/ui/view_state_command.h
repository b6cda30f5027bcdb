#pragma once

#include <QUndoCommand>

#include "view_state.h"

namespace kakehashi::ui {

class GraphDocument;

// One undoable edit of what is shown: the state before and after. Storing
// whole states keeps every edit (filter, focus, hide, pin) one command type.
class ViewStateCommand : public QUndoCommand {
public:
    // Commands with the same non-negative mergeId merge while the user keeps
    // dragging a slider or a node, so one gesture is one undo step.
    ViewStateCommand(GraphDocument* document, const QString& text, ViewState before, ViewState after,
                     int mergeId = -1);

    void undo() override;
    void redo() override;
    int id() const override { return mergeId_; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    GraphDocument* document_;
    ViewState before_;
    ViewState after_;
    int mergeId_;
};

}  // namespace kakehashi::ui
