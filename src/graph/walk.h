#pragma once

#include "kakehashi/graph/filter_predicate.h"

namespace kakehashi::graph::detail {

// Walks treat every edge as undirected: fn(edge, neighbour) for the edges at
// v the predicate keeps, out-edges first, then in-edges.
template <typename Fn>
void forEachNeighbour(const Graph& g, const FilterPredicate& keep, Vertex v, Fn&& fn) {
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) {
        const Vertex w = boost::target(*it, g);
        if (keep(*it) && keep(w)) fn(*it, w);
    }
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) {
        const Vertex w = boost::source(*it, g);
        if (keep(*it) && keep(w)) fn(*it, w);
    }
}

// Countries are hubs of attribute edges (based_in): every Japanese
// organization touches Japan. Walking through one would make any two
// organizations of a country two hops apart and flood neighbourhoods, so a
// walk may reach a country but never passes through it (unless it starts
// or ends there).
inline bool isPassThrough(const Graph& g, Vertex v) { return g[v].type != core::EntityType::Country; }

}  // namespace kakehashi::graph::detail
