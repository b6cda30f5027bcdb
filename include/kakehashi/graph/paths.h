#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "kakehashi/core/result.h"
#include "kakehashi/graph/filter_predicate.h"

namespace kakehashi::graph {

// One step of a path: the relation it crosses (KnowledgeGraph::relation(edge)
// gives its type and evidence) and whether it is crossed in its stored
// direction; walks ignore direction, explanations should not.
struct Hop {
    Vertex from = 0;
    Vertex to = 0;
    Edge edge;
    bool forward = true;
};

struct Path {
    std::vector<Vertex> nodes;  // from ... to; hops.size() == nodes.size() - 1
    std::vector<Hop> hops;
};

// Fewest hops between two vertices, edges undirected, through what `keep`
// keeps; nullopt when there is none. Paths never pass through a country
// entity (they may start or end at one), for the reason in neighbourhood.h.
std::optional<Path> shortestPath(const Graph& graph, Vertex from, Vertex to,
                                 const FilterPredicate& keep = FilterPredicate{});

// Up to k loop-free paths in order of length, distinct in their vertex
// sequence (Yen's algorithm over the same undirected BFS).
std::vector<Path> kShortestPaths(const Graph& graph, Vertex from, Vertex to, std::size_t k,
                                 const FilterPredicate& keep = FilterPredicate{});

// The same from names a user typed; errors name the unknown entity (with
// suggestions) or say that no path exists.
core::Result<Path> shortestPath(const KnowledgeGraph& graph, std::string_view from, std::string_view to,
                                const Filter& filter = {});
core::Result<std::vector<Path>> kShortestPaths(const KnowledgeGraph& graph, std::string_view from,
                                               std::string_view to, std::size_t k, const Filter& filter = {});

}  // namespace kakehashi::graph
