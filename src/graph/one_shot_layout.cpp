#include "one_shot_layout.h"

#include "layout_support.h"

namespace kakehashi::graph::detail {

void OneShotLayout::init(const Subgraph& subgraph, Positions& positions, const LayoutOptions& options) {
    subgraph_ = &subgraph;
    positions_ = &positions;
    options_ = options;
    growPositions(positions, subgraph);
    done_ = subgraph.source == nullptr;
}

bool OneShotLayout::step() {
    if (done_) return false;
    place(*subgraph_, *positions_, options_);
    done_ = true;
    return false;
}

}  // namespace kakehashi::graph::detail
