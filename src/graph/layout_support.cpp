#include "layout_support.h"

#include <algorithm>
#include <tuple>

namespace kakehashi::graph::detail {

std::vector<Vertex> readableOrder(const Subgraph& subgraph, const LayoutOptions& options) {
    const Graph& g = subgraph.source->graph();
    std::vector<Vertex> order;
    order.reserve(subgraph.nodes.size());
    for (Vertex v : subgraph.nodes)
        if (!options.pinned.count(v)) order.push_back(v);
    std::sort(order.begin(), order.end(), [&](Vertex a, Vertex b) {
        return std::tie(g[a].type, g[a].name, g[a].id) < std::tie(g[b].type, g[b].name, g[b].id);
    });
    return order;
}

}  // namespace kakehashi::graph::detail
