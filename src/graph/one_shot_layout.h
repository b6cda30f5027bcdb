#pragma once

#include "kakehashi/graph/layout.h"

namespace kakehashi::graph::detail {

// Base of the layouts that place everything in one go (circular, by-type,
// bridge): init() records the target, one step() places, then done.
class OneShotLayout : public Layout {
public:
    void init(const Subgraph& subgraph, Positions& positions, const LayoutOptions& options) override;
    bool step() override;
    bool done() const override { return done_; }
    double progress() const override { return done_ ? 1.0 : 0.0; }

protected:
    virtual void place(const Subgraph& subgraph, Positions& positions, const LayoutOptions& options) = 0;

private:
    const Subgraph* subgraph_ = nullptr;
    Positions* positions_ = nullptr;
    LayoutOptions options_;
    bool done_ = true;
};

}  // namespace kakehashi::graph::detail
