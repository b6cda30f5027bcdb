#include "kakehashi/render/graph_picture.h"

#include <cmath>

namespace kakehashi::render {

QRectF GraphPicture::bounds() const {
    QRectF box;
    for (const auto& node : nodes) {
        const QRectF r(node.pos.x() - node.radius, node.pos.y() - node.radius, 2 * node.radius, 2 * node.radius);
        box = box.isNull() ? r : box.united(r);
    }
    return box;
}

std::optional<int> GraphPicture::nodeAt(QPointF world, double slack) const {
    // Reverse order: the last painted node is on top, so it wins the click.
    for (int i = int(nodes.size()) - 1; i >= 0; --i) {
        const auto& node = nodes[std::size_t(i)];
        const double dx = node.pos.x() - world.x();
        const double dy = node.pos.y() - world.y();
        const double reach = node.radius + slack;
        if (dx * dx + dy * dy <= reach * reach) return i;
    }
    return std::nullopt;
}

std::vector<int> GraphPicture::nodesIn(const QRectF& world) const {
    std::vector<int> inside;
    const QRectF box = world.normalized();
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (box.contains(nodes[i].pos)) inside.push_back(int(i));
    }
    return inside;
}

}  // namespace kakehashi::render
