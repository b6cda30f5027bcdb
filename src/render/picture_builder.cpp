#include "kakehashi/render/picture_builder.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace kakehashi::render {
namespace {

double edgeWidth(const std::optional<double>& usd) {
    if (!usd || *usd <= 0) return 1;
    // $1M -> 1.5 px, $100M -> 3.5 px, $10B -> 5.5 px.
    return std::clamp(1.5 + std::log10(std::max(*usd, 1e6) / 1e6), 1.0, 6.0);
}

std::unordered_map<graph::Vertex, int> indexOf(const graph::Subgraph& subgraph) {
    std::unordered_map<graph::Vertex, int> index;
    index.reserve(subgraph.nodes.size());
    for (std::size_t i = 0; i < subgraph.nodes.size(); ++i) index.emplace(subgraph.nodes[i], int(i));
    return index;
}

}  // namespace

std::vector<int> subgraphDegrees(const graph::Subgraph& subgraph) {
    std::vector<int> degrees(subgraph.nodes.size(), 0);
    if (!subgraph.source) return degrees;
    const auto index = indexOf(subgraph);
    const auto& g = subgraph.source->graph();
    for (const auto& e : subgraph.edges) {
        const auto a = index.find(boost::source(e, g));
        const auto b = index.find(boost::target(e, g));
        if (a == index.end() || b == index.end()) continue;
        ++degrees[std::size_t(a->second)];
        ++degrees[std::size_t(b->second)];
    }
    return degrees;
}

GraphPicture buildPicture(const graph::Subgraph& subgraph, const std::function<QPointF(graph::Vertex)>& position,
                          NodeSizing sizing) {
    GraphPicture picture;
    if (!subgraph.source) return picture;
    const auto& g = subgraph.source->graph();
    const auto index = indexOf(subgraph);
    const auto degrees = subgraphDegrees(subgraph);

    picture.nodes.reserve(subgraph.nodes.size());
    for (std::size_t i = 0; i < subgraph.nodes.size(); ++i) {
        const auto& props = g[subgraph.nodes[i]];
        PictureNode node;
        node.pos = position(subgraph.nodes[i]);
        node.type = props.type;
        node.label = QString::fromStdString(props.name);
        node.importance = degrees[i] + 0.01 * props.evidenceCount;
        if (sizing == NodeSizing::Money && props.usd && *props.usd > 0) {
            node.radius = 8 + 1.5 * std::sqrt(std::max(*props.usd, 1e6) / 1e6);
            node.importance += std::log10(*props.usd);
        } else {
            node.radius = 8 + 3 * std::sqrt(double(degrees[i]));
        }
        node.radius = std::min(node.radius, 40.0);
        picture.nodes.push_back(std::move(node));
    }
    picture.edges.reserve(subgraph.edges.size());
    for (const auto& e : subgraph.edges) {
        const auto a = index.find(boost::source(e, g));
        const auto b = index.find(boost::target(e, g));
        if (a == index.end() || b == index.end() || a->second == b->second) continue;
        PictureEdge edge;
        edge.source = a->second;
        edge.target = b->second;
        edge.type = g[e].type;
        edge.width = edgeWidth(g[e].usd);
        picture.edges.push_back(edge);
    }
    return picture;
}

}  // namespace kakehashi::render
