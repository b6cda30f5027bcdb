#include "circular_layout.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "layout_support.h"

namespace kakehashi::graph::detail {

void CircularLayout::place(const Subgraph& subgraph, Positions& positions, const LayoutOptions& options) {
    const auto order = readableOrder(subgraph, options);
    const double n = static_cast<double>(order.size());
    // Neighbours on the rim sit `spacing` apart.
    const double radius = std::max(options.spacing, n * options.spacing / (2.0 * std::numbers::pi));
    for (std::size_t i = 0; i < order.size(); ++i) {
        const double angle = 2.0 * std::numbers::pi * static_cast<double>(i) / std::max(1.0, n);
        positions[order[i]] = {radius * std::cos(angle), radius * std::sin(angle)};
    }
}

}  // namespace kakehashi::graph::detail
