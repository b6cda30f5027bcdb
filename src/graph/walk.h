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

}  // namespace kakehashi::graph::detail
