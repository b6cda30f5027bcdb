#pragma once

#include "one_shot_layout.h"

namespace kakehashi::graph::detail {

// The "bridge" view: US entities on the left, Japanese on the right, programs
// and funds that both sides take part in down the middle. Programs and funds
// with one side only sit halfway to that side; everything else (other
// countries, unattached entities) goes in a column below the middle.
class BridgeLayout : public OneShotLayout {
public:
    std::string_view name() const override { return "bridge"; }

protected:
    void place(const Subgraph& subgraph, Positions& positions, const LayoutOptions& options) override;
};

}  // namespace kakehashi::graph::detail
