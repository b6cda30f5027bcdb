#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "kakehashi/core/feedback.h"
#include "kakehashi/core/result.h"
#include "kakehashi/graph/subgraph.h"

namespace kakehashi::graph {

struct Point {
    double x = 0.0;
    double y = 0.0;
};

// Positions live outside the graph, indexed by the source KnowledgeGraph's
// Vertex (a flat vector: 10k nodes are 160 kB and O(1) to look up). Vertices
// not in the laid-out subgraph are left as they were.
using Positions = std::vector<Point>;

struct LayoutOptions {
    std::uint64_t seed = 1;
    // Vertices whose current position is kept as is (the user dragged them,
    // or they were shown before the graph grew).
    std::unordered_set<Vertex> pinned;
    // Start unpinned vertices from their current positions instead of from
    // scratch; vertices new to `positions` start next to placed neighbours.
    bool reuseExisting = false;
    // Distance between neighbouring nodes in the result, in scene units.
    double spacing = 60.0;
};

// A steppable layout, after Gephi's initAlgo/goAlgo/canAlgo/endAlgo: the app
// calls step() from a timer and repaints between steps; the CLI and exports
// run it to the end with runLayout(). Deterministic for a given seed.
class Layout {
public:
    virtual ~Layout() = default;

    virtual std::string_view name() const = 0;
    // Prepares a run; `positions` is grown to the source graph's size and
    // must outlive the run (it is written by every step()).
    virtual void init(const Subgraph& subgraph, Positions& positions, const LayoutOptions& options) = 0;
    // One increment of work; returns false once there is nothing left to do.
    virtual bool step() = 0;
    virtual bool done() const = 0;
    // 0..1, for progress bars.
    virtual double progress() const = 0;
};

// Runs init() then step() until done, reporting progress; fails if the
// feedback is cancelled (positions then hold the last completed step).
core::Status runLayout(Layout& layout, const Subgraph& subgraph, Positions& positions,
                       const LayoutOptions& options = {}, core::Feedback* feedback = nullptr);

// "force", "bridge", "circular", "by-type"; nullptr for anything else.
std::unique_ptr<Layout> makeLayout(std::string_view name);
std::vector<std::string> layoutNames();

}  // namespace kakehashi::graph
