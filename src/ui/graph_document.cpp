#include "graph_document.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "kakehashi/graph/filter_predicate.h"
#include "kakehashi/graph/neighbourhood.h"
#include "view_state_command.h"

namespace kakehashi::ui {
namespace {

enum MergeIds { kMergeFilter = 1, kMergeMove = 2 };

}  // namespace

GraphDocument::GraphDocument(QObject* parent) : QObject(parent) {}

void GraphDocument::setGraph(std::shared_ptr<const graph::KnowledgeGraph> graph) {
    graph_ = std::move(graph);
    selection_.clear();
    pathNodes_.clear();
    pathEdges_.clear();
    positions_.assign(graph_ ? graph_->nodeCount() : 0, QPointF());
    if (graph_ && !state_.focus.empty() && !graph_->vertexById(state_.focus)) state_.focus.clear();
    undoStack_.clear();
    recompute();
    emit changed(GraphReplaced | VisibleChanged | PositionsChanged | SelectionChanged | HighlightChanged);
}

void GraphDocument::push(const QString& text, ViewState next, int mergeId) {
    if (next.sameAs(state_)) return;
    undoStack_.push(new ViewStateCommand(this, text, state_, std::move(next), mergeId));
}

void GraphDocument::applyState(const ViewState& state) {
    const bool visibleChanges = !(state.filter.toJson() == state_.filter.toJson()) || state.focus != state_.focus ||
                                state.hops != state_.hops || state.expanded != state_.expanded ||
                                state.hidden != state_.hidden;
    state_ = state;
    Changes changes = PositionsChanged;
    if (visibleChanges) {
        recompute();
        changes |= VisibleChanged;
        // A selection of nodes that vanished would show stale details.
        const auto before = selection_.size();
        std::erase_if(selection_, [this](graph::Vertex v) { return !isVisible(v); });
        if (selection_.size() != before) changes |= SelectionChanged;
    }
    emit changed(changes);
}

void GraphDocument::recompute() {
    visible_ = {};
    visibleMask_.clear();
    if (!graph_) return;
    const graph::FilterPredicate keep(*graph_, state_.filter);
    std::vector<graph::Vertex> nodes;
    std::optional<graph::Vertex> focus;
    if (!state_.focus.empty()) focus = graph_->vertexById(state_.focus);
    if (focus) {
        nodes = graph::verticesWithin(graph_->graph(), *focus, state_.hops, keep);
        for (const auto& id : state_.expanded) {
            const auto v = graph_->vertexById(id);
            if (!v) continue;
            const auto more = graph::verticesWithin(graph_->graph(), *v, 1, keep);
            nodes.insert(nodes.end(), more.begin(), more.end());
        }
    } else {
        nodes = graph::applyFilter(*graph_, state_.filter).nodes;
    }
    std::erase_if(nodes, [this](graph::Vertex v) { return state_.hidden.count(graph_->graph()[v].id) > 0; });
    visible_ = graph::inducedSubgraph(*graph_, std::move(nodes), state_.filter);
    if (focus && !std::binary_search(visible_.nodes.begin(), visible_.nodes.end(), *focus) &&
        !state_.hidden.count(state_.focus)) {
        // inducedSubgraph applies the filter to the focus too; put it back.
        auto kept = visible_.nodes;
        kept.push_back(*focus);
        visible_ = graph::inducedSubgraph(*graph_, kept, graph::Filter{});
    }
    visible_.filter = state_.filter;
    visible_.focus = state_.focus;
    visible_.hops = focus ? state_.hops : 0;
    visibleMask_.assign(graph_->nodeCount(), 0);
    for (auto v : visible_.nodes) visibleMask_[v] = 1;
}

void GraphDocument::setFilter(const graph::Filter& filter, bool merge) {
    ViewState next = state_;
    next.filter = filter;
    push(tr("Change filters"), std::move(next), merge ? kMergeFilter : -1);
}

void GraphDocument::focusOn(const std::string& id, int hops) {
    ViewState next = state_;
    next.focus = id;
    next.hops = std::max(1, hops);
    next.expanded.clear();
    next.hidden.erase(id);
    push(tr("Focus"), std::move(next));
}

void GraphDocument::clearFocus() {
    ViewState next = state_;
    next.focus.clear();
    next.expanded.clear();
    push(tr("Show whole graph"), std::move(next));
}

void GraphDocument::expand(const std::string& id) {
    if (state_.focus.empty()) {
        focusOn(id, 1);
        return;
    }
    ViewState next = state_;
    next.expanded.insert(id);
    push(tr("Expand neighbours"), std::move(next));
}

void GraphDocument::hide(const std::vector<std::string>& ids) {
    ViewState next = state_;
    next.hidden.insert(ids.begin(), ids.end());
    push(ids.size() == 1 ? tr("Hide entity") : tr("Hide %n entities", nullptr, int(ids.size())), std::move(next));
}

void GraphDocument::showAllHidden() {
    ViewState next = state_;
    next.hidden.clear();
    push(tr("Show hidden entities"), std::move(next));
}

void GraphDocument::moveNodes(const std::map<std::string, QPointF>& positions, bool merge) {
    ViewState next = state_;
    for (const auto& [id, pos] : positions) next.pinned[id] = pos;
    push(tr("Move entities"), std::move(next), merge ? kMergeMove : -1);
}

void GraphDocument::unpin(const std::vector<std::string>& ids) {
    ViewState next = state_;
    for (const auto& id : ids) next.pinned.erase(id);
    push(tr("Unpin entities"), std::move(next));
}

void GraphDocument::resetView() {
    ViewState next;
    next.pinned = state_.pinned;
    push(tr("Reset view"), std::move(next));
}

void GraphDocument::setSelection(std::vector<graph::Vertex> vertices) {
    std::sort(vertices.begin(), vertices.end());
    vertices.erase(std::unique(vertices.begin(), vertices.end()), vertices.end());
    if (vertices == selection_) return;
    selection_ = std::move(vertices);
    emit changed(SelectionChanged);
}

bool GraphDocument::isSelected(graph::Vertex v) const {
    return std::binary_search(selection_.begin(), selection_.end(), v);
}

void GraphDocument::setPath(std::vector<graph::Vertex> nodes, std::vector<graph::Edge> edges) {
    pathNodes_ = std::move(nodes);
    pathEdges_ = std::move(edges);
    emit changed(HighlightChanged);
}

QPointF GraphDocument::position(graph::Vertex v) const {
    if (graph_) {
        const auto it = state_.pinned.find(graph_->graph()[v].id);
        if (it != state_.pinned.end()) return it->second;
    }
    return v < positions_.size() ? positions_[v] : QPointF();
}

bool GraphDocument::isPinned(graph::Vertex v) const {
    return graph_ && state_.pinned.count(graph_->graph()[v].id) > 0;
}

void GraphDocument::setLayoutPositions(const std::vector<QPointF>& positions) {
    positions_ = positions;
    positions_.resize(graph_ ? graph_->nodeCount() : 0);
    emit changed(PositionsChanged);
}

}  // namespace kakehashi::ui
