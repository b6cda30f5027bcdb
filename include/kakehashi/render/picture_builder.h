#pragma once

#include <QPointF>
#include <functional>

#include "kakehashi/graph/subgraph.h"
#include "kakehashi/render/graph_picture.h"

namespace kakehashi::render {

enum class NodeSizing { Degree, Money };

// Turns a subgraph and its positions into a picture: node i of the result is
// subgraph.nodes[i]; edges whose ends are not both in the subgraph are left
// out. Radius grows with the square root of degree (or of USD), so area, not
// width, carries the quantity; edge width grows with log USD.
GraphPicture buildPicture(const graph::Subgraph& subgraph, const std::function<QPointF(graph::Vertex)>& position,
                          NodeSizing sizing = NodeSizing::Degree);

// Degree within the subgraph, edges counted both ways; the same number the
// Entities table shows for the visible graph.
std::vector<int> subgraphDegrees(const graph::Subgraph& subgraph);

}  // namespace kakehashi::render
