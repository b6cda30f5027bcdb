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

    // Counting sort by source, then sort and deduplicate each (short)
    // neighbour list: linear in the edges apart from the per-list sorts,
    // where sorting all 2m arcs at once would dominate on big graphs.
    std::vector<std::size_t> count(n + 1, 0);
    for (Edge e : subgraph.edges) {
        const std::uint32_t a = local[boost::source(e, g)], b = local[boost::target(e, g)];
        if (a == UINT32_MAX || b == UINT32_MAX || a == b) continue;
        ++count[a + 1];
        ++count[b + 1];
    }
    for (std::size_t i = 0; i < n; ++i) count[i + 1] += count[i];
    std::vector<std::uint32_t> arcs(count[n]);
    std::vector<std::size_t> fill(count.begin(), count.end() - 1);
    for (Edge e : subgraph.edges) {
        const std::uint32_t a = local[boost::source(e, g)], b = local[boost::target(e, g)];
        if (a == UINT32_MAX || b == UINT32_MAX || a == b) continue;
        arcs[fill[a]++] = b;
        arcs[fill[b]++] = a;
    }
    neighbours_.reserve(arcs.size());
    for (std::size_t i = 0; i < n; ++i) {
        auto first = arcs.begin() + static_cast<std::ptrdiff_t>(count[i]);
        auto last = arcs.begin() + static_cast<std::ptrdiff_t>(count[i + 1]);
        std::sort(first, last);
        last = std::unique(first, last);
        neighbours_.insert(neighbours_.end(), first, last);
        offsets_[i + 1] = neighbours_.size();
    }
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
