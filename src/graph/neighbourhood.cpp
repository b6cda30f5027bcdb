#include "kakehashi/graph/neighbourhood.h"

#include <cstdint>

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
    // Visited marks by generation in a per-thread array reused across calls:
    // a small neighbourhood of a huge graph costs what it visits (no clearing,
    // no hashing); the array grows once per thread to the largest graph seen.
    thread_local std::vector<std::uint32_t> mark;
    thread_local std::uint32_t generation = 0;
    const std::size_t n = boost::num_vertices(graph);
    if (mark.size() < n) mark.resize(n, 0);
    if (++generation == 0) {  // wrapped: forget every old mark
        std::fill(mark.begin(), mark.end(), 0);
        generation = 1;
    }
    const std::uint32_t stamp = generation;
    mark[center] = stamp;
    order.push_back(center);
    std::size_t levelBegin = 0;
    for (int depth = 0; depth < hops; ++depth) {
        const std::size_t levelEnd = order.size();
        if (levelBegin == levelEnd) break;
        for (std::size_t i = levelBegin; i < levelEnd; ++i) {
            if (i > 0 && !detail::isPassThrough(graph, order[i])) continue;
            detail::forEachNeighbour(graph, keep, order[i], [&](Edge, Vertex w) {
                if (mark[w] == stamp) return;
                mark[w] = stamp;
                order.push_back(w);
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
