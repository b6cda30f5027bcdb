#pragma once

#include <memory>
#include <vector>

#include "kakehashi/graph/layout.h"

namespace kakehashi::graph {

namespace detail {
class QuadTree;
struct LayoutLevel;
}  // namespace detail

// Multilevel Fruchterman–Reingold with Barnes–Hut repulsion. The graph is
// coarsened by merging matched neighbours until it is small; the coarsest
// graph gets a full FR run, and each finer level starts from its parent's
// positions and only needs a short refinement. Repulsion goes through a
// quadtree rebuilt each iteration (far groups push as one), so an iteration
// costs O(n log n + m), and unlike a cut-off grid the long-range push keeps
// hub-heavy graphs from collapsing into a dense ball. Hand-written because
// boost::fruchterman_reingold_force_directed_layout takes about 96 s on
// 10,000 nodes / 20,000 edges here; it can neither pin nodes nor stop
// between iterations for the app to repaint.
//
// With LayoutOptions::reuseExisting and placed nodes, only the finest level
// runs, gently, so a grown graph keeps its shape.
class ForceLayout : public Layout {
public:
    struct Settings {
        int maxIterations = 300;    // for the coarsest (or only) level
        int refineIterations = 15;  // for each finer level
        int iterationsPerStep = 10;
        // A level ends early once no node moves more than this share of `spacing`.
        double convergence = 0.005;
        // Barnes–Hut opening angle: larger is faster and coarser.
        double theta = 1.8;
    };

    ForceLayout();
    explicit ForceLayout(Settings settings);
    ~ForceLayout() override;

    std::string_view name() const override { return "force"; }
    void init(const Subgraph& subgraph, Positions& positions, const LayoutOptions& options) override;
    bool step() override;
    bool done() const override { return done_; }
    double progress() const override;

    // Iterations run so far, over all levels.
    int iterations() const { return iteration_; }
    std::size_t levels() const;

private:
    void startLevel(bool fromScratch, double side);
    void prolongate();
    double iterate();  // one FR iteration on the current level; returns the largest move
    void writeBack();

    Settings settings_;
    Positions* positions_ = nullptr;
    std::vector<Vertex> vertices_;  // finest local index -> graph vertex
    std::vector<detail::LayoutLevel> levels_;
    std::size_t level_ = 0;  // index into levels_, counting down to 0
    std::vector<double> x_, y_, dx_, dy_;
    std::vector<Point> pinnedAt_;  // per finest node; NaN unless pinned
    std::unique_ptr<detail::QuadTree> tree_;
    std::uint64_t seed_ = 1;
    double k_ = 60.0;
    double startTemperature_ = 0.0;
    int levelIteration_ = 0, levelBudget_ = 0;
    int iteration_ = 0, budget_ = 1;
    bool done_ = true;
    bool packComponents_ = false;
};

}  // namespace kakehashi::graph
