#include "kakehashi/graph/neighbourhood.h"

#include <unordered_set>

#include "walk.h"

namespace kakehashi::graph {

core::Result<Vertex> resolveEntity(const KnowledgeGraph& graph, std::string_view nameOrId) {
    if (auto v = graph.resolve(nameOrId)) return *v;
    std::string message = "unknown entity '" + std::string(nameOrId) + "'";
    const auto close = graph.suggestions(nameOrId);
    if (!close.empty()) {
        message += " (did you mean: ";
        for (std::size_t i = 0; i < close.size(); ++i) message += (i ? ", " : "") + close[i];
        message += "?)";
    }
    return core::Error{message};
}

std::vector<Vertex> verticesWithin(const Graph& graph, Vertex center, int hops, const FilterPredicate& keep) {
    std::vector<Vertex> order;
    if (center >= boost::num_vertices(graph) || !keep(center)) return order;
    // A hash set, not a vertex-sized array: a small neighbourhood of a huge
    // graph should cost what it visits, not what the graph holds.
    std::unordered_set<Vertex> seen{center};
    order.push_back(center);
    std::size_t levelBegin = 0;
    for (int depth = 0; depth < hops; ++depth) {
        const std::size_t levelEnd = order.size();
        if (levelBegin == levelEnd) break;
        for (std::size_t i = levelBegin; i < levelEnd; ++i) {
            detail::forEachNeighbour(graph, keep, order[i], [&](Edge, Vertex w) {
                if (seen.insert(w).second) order.push_back(w);
            });
        }
        levelBegin = levelEnd;
    }
    return order;
}

Subgraph neighbourhood(const KnowledgeGraph& graph, Vertex center, int hops, const Filter& filter) {
    const FilterPredicate keep(graph, filter);
    Subgraph sub = inducedSubgraph(graph, verticesWithin(graph.graph(), center, hops, keep), filter);
    sub.focus = graph.graph()[center].id;
    sub.hops = hops;
    return sub;
}

core::Result<Subgraph> neighbourhood(const KnowledgeGraph& graph, std::string_view entity, int hops,
                                     const Filter& filter) {
    auto center = resolveEntity(graph, entity);
    if (!center) return core::Error{center.error()};
    if (hops < 0) return core::Error{"hops must be 0 or more, got " + std::to_string(hops)};
    return neighbourhood(graph, *center, hops, filter);
}

}  // namespace kakehashi::graph
