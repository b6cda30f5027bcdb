#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace kakehashi::graph::detail {

// Force layouts push disconnected pieces apart without limit: isolated
// entities end up on a far ring around one dense blob, and "fit to window"
// shrinks the blob to a dot. After the layout, each connected component is
// moved (never reshaped) into rows, largest first, like Graphviz's pack.
// `edges` are pairs of indices into x/y; `gap` is the space kept between
// components. Deterministic: ties keep the components' first index order.
void packComponents(std::vector<double>& x, std::vector<double>& y,
                    const std::vector<std::pair<int, int>>& edges, double gap);

}  // namespace kakehashi::graph::detail
