#include "local_graph.h"

#include <algorithm>

namespace kakehashi::graph::detail {

LocalGraph::LocalGraph(const Subgraph& subgraph) : vertices_(subgraph.nodes) {
    const std::size_t n = vertices_.size();
    offsets_.assign(n + 1, 0);
    if (!subgraph.source || n == 0) return;
    const Graph& g = subgraph.source->graph();
    std::vector<std::uint32_t> local(boost::num_vertices(g), UINT32_MAX);
    for (std::size_t i = 0; i < n; ++i) local[vertices_[i]] = static_cast<std::uint32_t>(i);

    std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
    arcs.reserve(subgraph.edges.size() * 2);
    for (Edge e : subgraph.edges) {
        const std::uint32_t a = local[boost::source(e, g)], b = local[boost::target(e, g)];
        if (a == UINT32_MAX || b == UINT32_MAX || a == b) continue;
        arcs.emplace_back(a, b);
        arcs.emplace_back(b, a);
    }
    std::sort(arcs.begin(), arcs.end());
    arcs.erase(std::unique(arcs.begin(), arcs.end()), arcs.end());
    neighbours_.reserve(arcs.size());
    for (const auto& [a, b] : arcs) {
        ++offsets_[a + 1];
        neighbours_.push_back(b);
    }
    for (std::size_t i = 0; i < n; ++i) offsets_[i + 1] += offsets_[i];
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> LocalGraph::pairs() const {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
    out.reserve(neighbours_.size() / 2);
    for (std::size_t a = 0; a < size(); ++a)
        for (const std::uint32_t* it = begin(a); it != end(a); ++it)
            if (a < *it) out.emplace_back(static_cast<std::uint32_t>(a), *it);
    return out;
}

}  // namespace kakehashi::graph::detail
