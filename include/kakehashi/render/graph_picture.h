#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

#include "kakehashi/core/types.h"

namespace kakehashi::render {

// What one view shows, as plain values in world coordinates: the common
// input of the interactive canvas and of the headless PNG/SVG renderer, so
// both draw the same picture from the same painter.
struct PictureNode {
    enum Flag : std::uint8_t {
        Selected = 1,
        Highlighted = 2,  // hover neighbourhood, path, search hit
        Dimmed = 4,       // something else is highlighted
        Pinned = 8,
        Focus = 16,
    };
    QPointF pos;
    double radius = 6;  // world units: grows with zoom like Gephi's nodes
    core::EntityType type = core::EntityType::Company;
    QString label;
    double importance = 0;  // decides which labels win when space is short
    std::uint8_t flags = 0;
};

struct PictureEdge {
    enum Flag : std::uint8_t { Highlighted = 2, Dimmed = 4 };
    int source = 0;  // indices into GraphPicture::nodes
    int target = 0;
    core::RelationType type = core::RelationType::PartnersWith;
    double width = 1;  // device pixels (cosmetic): by USD
    std::uint8_t flags = 0;
};

struct GraphPicture {
    std::vector<PictureNode> nodes;
    std::vector<PictureEdge> edges;

    // Bounding box of the nodes including their radius; empty when no nodes.
    QRectF bounds() const;
    // The node whose shape contains `world` (or lies within `slack` world
    // units of it), topmost (last painted) first; nullopt when none.
    std::optional<int> nodeAt(QPointF world, double slack = 0) const;
    // Nodes whose centre lies in `world`.
    std::vector<int> nodesIn(const QRectF& world) const;
};

}  // namespace kakehashi::render
