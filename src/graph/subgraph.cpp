#include "kakehashi/graph/subgraph.h"

#include <algorithm>

#include "kakehashi/graph/filter_predicate.h"

namespace kakehashi::graph {

Subgraph wholeGraph(const KnowledgeGraph& graph) { return applyFilter(graph, Filter{}); }

Subgraph applyFilter(const KnowledgeGraph& graph, const Filter& filter) {
    Subgraph sub;
    sub.source = &graph;
    sub.filter = filter;
    const FilterPredicate predicate(graph, filter);
    const FilteredGraph view(graph.graph(), predicate, predicate);
    sub.nodes.reserve(graph.nodeCount());
    for (auto [it, end] = boost::vertices(view); it != end; ++it) sub.nodes.push_back(*it);
    sub.edges.reserve(graph.edgeCount());
    for (auto [it, end] = boost::edges(view); it != end; ++it) sub.edges.push_back(*it);
    return sub;
}

Subgraph inducedSubgraph(const KnowledgeGraph& graph, std::vector<Vertex> nodes, const Filter& filter) {
    std::sort(nodes.begin(), nodes.end());
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    Subgraph sub;
    sub.source = &graph;
    sub.filter = filter;
    const FilterPredicate predicate(graph, filter);
    const Graph& g = graph.graph();
    for (Vertex v : nodes) {
        if (!predicate(v)) continue;
        sub.nodes.push_back(v);
    }
    // Out-edges only, so each edge is collected once.
    for (Vertex v : sub.nodes) {
        for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
            const Vertex t = boost::target(*it, g);
            if (predicate(*it) && std::binary_search(sub.nodes.begin(), sub.nodes.end(), t)) sub.edges.push_back(*it);
        }
    }
    return sub;
}

}  // namespace kakehashi::graph
