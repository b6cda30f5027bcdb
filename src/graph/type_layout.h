#pragma once

#include "one_shot_layout.h"

namespace kakehashi::graph::detail {

// One column per entity type present (universities, agencies, ... countries),
// names sorted down each column.
class TypeLayout : public OneShotLayout {
public:
    std::string_view name() const override { return "by-type"; }

protected:
    void place(const Subgraph& subgraph, Positions& positions, const LayoutOptions& options) override;
};

}  // namespace kakehashi::graph::detail
