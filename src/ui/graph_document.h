#pragma once

#include <QObject>
#include <QPointF>
#include <QUndoStack>
#include <memory>
#include <set>
#include <vector>

#include "kakehashi/graph/knowledge_graph.h"
#include "kakehashi/graph/subgraph.h"
#include "view_state.h"

namespace kakehashi::ui {

// The one way to change what the app shows (Tiled's MapDocument): the graph,
// the view state (filters, focus, hidden, pinned), selection, highlighted path
// and node positions. Edits of the view state go through the undo stack;
// selection, highlights and layout positions are transient. Views listen to
// changed() and re-project themselves.
class GraphDocument : public QObject {
    Q_OBJECT
public:
    enum Change {
        GraphReplaced = 1,
        VisibleChanged = 2,  // filter, focus, hidden: the visible subgraph is new
        PositionsChanged = 4,
        SelectionChanged = 8,
        HighlightChanged = 16,
    };
    Q_DECLARE_FLAGS(Changes, Change)

    explicit GraphDocument(QObject* parent = nullptr);

    // Replaces the graph (after opening a database or an ingest), keeping the
    // view state for entities that still exist. Clears the undo history.
    void setGraph(std::shared_ptr<const graph::KnowledgeGraph> graph);
    const graph::KnowledgeGraph* graph() const { return graph_.get(); }
    std::shared_ptr<const graph::KnowledgeGraph> sharedGraph() const { return graph_; }

    const ViewState& state() const { return state_; }
    const graph::Subgraph& visible() const { return visible_; }
    bool isVisible(graph::Vertex v) const { return v < visibleMask_.size() && visibleMask_[v]; }
    QUndoStack* undoStack() { return &undoStack_; }

    // Undoable edits.
    void setFilter(const graph::Filter& filter, bool merge = false);
    void focusOn(const std::string& id, int hops);
    void clearFocus();
    // In a focus view: add the entity's neighbours. Otherwise: focus on it.
    void expand(const std::string& id);
    void hide(const std::vector<std::string>& ids);
    void showAllHidden();
    void moveNodes(const std::map<std::string, QPointF>& positions, bool merge);
    void unpin(const std::vector<std::string>& ids);
    void resetView();

    // Transient state.
    void setSelection(std::vector<graph::Vertex> vertices);
    const std::vector<graph::Vertex>& selection() const { return selection_; }
    bool isSelected(graph::Vertex v) const;
    // A highlighted path (from the path finder); empty clears it.
    void setPath(std::vector<graph::Vertex> nodes, std::vector<graph::Edge> edges);
    const std::vector<graph::Vertex>& pathNodes() const { return pathNodes_; }
    const std::vector<graph::Edge>& pathEdges() const { return pathEdges_; }

    // Positions, indexed by vertex; pinned entities override the layout.
    QPointF position(graph::Vertex v) const;
    bool isPinned(graph::Vertex v) const;
    void setLayoutPositions(const std::vector<QPointF>& positions);
    const std::vector<QPointF>& layoutPositions() const { return positions_; }

    // Called by ViewStateCommand only.
    void applyState(const ViewState& state);

signals:
    void changed(kakehashi::ui::GraphDocument::Changes changes);

private:
    void push(const QString& text, ViewState next, int mergeId = -1);
    void recompute();

    std::shared_ptr<const graph::KnowledgeGraph> graph_;
    ViewState state_;
    graph::Subgraph visible_;
    std::vector<char> visibleMask_;
    std::vector<graph::Vertex> selection_;
    std::vector<graph::Vertex> pathNodes_;
    std::vector<graph::Edge> pathEdges_;
    std::vector<QPointF> positions_;
    QUndoStack undoStack_;
};

}  // namespace kakehashi::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(kakehashi::ui::GraphDocument::Changes)
