#pragma once

#include "one_shot_layout.h"

namespace kakehashi::graph::detail {

// Nodes on one circle grouped by type then name, so the same subgraph always
// reads the same way round.
class CircularLayout : public OneShotLayout {
public:
    std::string_view name() const override { return "circular"; }

protected:
    void place(const Subgraph& subgraph, Positions& positions, const LayoutOptions& options) override;
};

}  // namespace kakehashi::graph::detail
