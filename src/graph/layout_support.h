#pragma once

#include <cmath>
#include <limits>
#include <vector>

#include "kakehashi/graph/layout.h"

namespace kakehashi::graph::detail {

inline bool isPlaced(const Point& p) { return std::isfinite(p.x) && std::isfinite(p.y); }

// Grows `positions` to cover every vertex of the source graph; new entries
// are NaN, meaning "never placed".
inline void growPositions(Positions& positions, const Subgraph& subgraph) {
    const std::size_t n = subgraph.source ? subgraph.source->nodeCount() : 0;
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    if (positions.size() < n) positions.resize(n, Point{nan, nan});
}

// The subgraph's unpinned vertices ordered by type, then name, then id, so
// list-like layouts are readable and stable across runs.
std::vector<Vertex> readableOrder(const Subgraph& subgraph, const LayoutOptions& options);

}  // namespace kakehashi::graph::detail
