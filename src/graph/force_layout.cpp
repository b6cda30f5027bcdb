#include "kakehashi/graph/force_layout.h"

#include "component_packing.h"

#include <algorithm>
#include <cmath>
#include <random>

#include "coarsening.h"
#include "layout_support.h"
#include "quad_tree.h"

namespace kakehashi::graph {

ForceLayout::ForceLayout() : ForceLayout(Settings{}) {}
ForceLayout::ForceLayout(Settings settings) : settings_(settings), tree_(std::make_unique<detail::QuadTree>()) {}
ForceLayout::~ForceLayout() = default;

std::size_t ForceLayout::levels() const { return levels_.size(); }

void ForceLayout::init(const Subgraph& subgraph, Positions& positions, const LayoutOptions& options) {
    positions_ = &positions;
    detail::growPositions(positions, subgraph);
    k_ = options.spacing > 0 ? options.spacing : 60.0;
    seed_ = options.seed;
    iteration_ = 0;
    levels_.clear();
    vertices_ = subgraph.nodes;
    const std::size_t n = vertices_.size();
    done_ = n == 0 || subgraph.source == nullptr;
    if (done_) return;

    detail::LayoutLevel fine;
    fine.size = n;
    fine.mass.assign(n, 1.0);
    fine.pinned.assign(n, 0);
    std::vector<int> local(positions.size(), -1);
    for (std::size_t i = 0; i < n; ++i) local[vertices_[i]] = static_cast<int>(i);
    const Graph& g = subgraph.source->graph();
    for (Edge e : subgraph.edges) {
        const int a = local[boost::source(e, g)], b = local[boost::target(e, g)];
        if (a >= 0 && b >= 0 && a != b) {
            fine.edges.emplace_back(a, b);
            fine.edgeWeight.push_back(1.0);
        }
    }

    // Pinned nodes keep their place; with reuseExisting, placed nodes start
    // where they are and the rest start beside their placed neighbours.
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    pinnedAt_.assign(n, Point{nan, nan});
    std::vector<char> placed(n, 0);
    x_.assign(n, 0.0);
    y_.assign(n, 0.0);
    bool anyPlaced = false;
    for (std::size_t i = 0; i < n; ++i) {
        const Point& p = positions[vertices_[i]];
        if (!detail::isPlaced(p)) continue;
        if (options.pinned.count(vertices_[i])) {
            fine.pinned[i] = 1;
            pinnedAt_[i] = p;
        }
        if (fine.pinned[i] || options.reuseExisting) {
            x_[i] = p.x;
            y_[i] = p.y;
            placed[i] = 1;
            anyPlaced = anyPlaced || options.reuseExisting;
        }
    }
    // Only a fresh, free layout is packed: pinned or kept positions are the
    // user's, and moving their components would undo them.
    packComponents_ = !anyPlaced && options.pinned.empty();
    const double side = k_ * std::sqrt(static_cast<double>(n));
    if (anyPlaced) {
        std::mt19937_64 rng(seed_);
        std::uniform_real_distribution<double> jitter(-k_ / 2, k_ / 2), spread(-side / 2, side / 2);
        std::vector<double> sumX(n, 0.0), sumY(n, 0.0), count(n, 0.0);
        for (const auto& [a, b] : fine.edges) {
            const auto sa = static_cast<std::size_t>(a), sb = static_cast<std::size_t>(b);
            if (placed[sb] && !placed[sa]) sumX[sa] += x_[sb], sumY[sa] += y_[sb], count[sa] += 1;
            if (placed[sa] && !placed[sb]) sumX[sb] += x_[sa], sumY[sb] += y_[sa], count[sb] += 1;
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (placed[i]) continue;
            x_[i] = count[i] > 0 ? sumX[i] / count[i] + jitter(rng) : spread(rng);
            y_[i] = count[i] > 0 ? sumY[i] / count[i] + jitter(rng) : spread(rng);
        }
        levels_.push_back(std::move(fine));
        level_ = 0;
        budget_ = settings_.maxIterations;
        startLevel(false, side);
    } else {
        levels_ = detail::coarsen(std::move(fine));
        level_ = levels_.size() - 1;
        budget_ = settings_.maxIterations + settings_.refineIterations * static_cast<int>(level_);
        startLevel(true, side);
    }
    writeBack();
}

// Places the current level's nodes (at random on the coarsest level of a
// fresh run) and sets its iteration budget and starting temperature.
void ForceLayout::startLevel(bool fromScratch, double side) {
    const detail::LayoutLevel& level = levels_[level_];
    const bool coarsest = level_ + 1 == levels_.size();
    if (fromScratch) {
        std::mt19937_64 rng(seed_);
        std::uniform_real_distribution<double> spread(-side / 2, side / 2);
        x_.assign(level.size, 0.0);
        y_.assign(level.size, 0.0);
        for (std::size_t i = 0; i < level.size; ++i) {
            x_[i] = spread(rng);
            y_[i] = spread(rng);
        }
    }
    // Pinned nodes are never merged, so each pinned finest node has exactly
    // one node on every level: follow the parents up to put it in place.
    for (std::size_t i = 0; i < pinnedAt_.size(); ++i) {
        if (!detail::isPlaced(pinnedAt_[i])) continue;
        std::size_t at = i;
        for (std::size_t l = 0; l < level_; ++l) at = static_cast<std::size_t>(levels_[l].parent[at]);
        x_[at] = pinnedAt_[i].x;
        y_[at] = pinnedAt_[i].y;
    }
    dx_.assign(level.size, 0.0);
    dy_.assign(level.size, 0.0);
    levelIteration_ = 0;
    levelBudget_ = coarsest ? settings_.maxIterations : settings_.refineIterations;
    // A fresh layout needs big moves to untangle; a refinement or a reused
    // layout only local ones.
    startTemperature_ = coarsest && fromScratch ? 0.1 * side : 2.0 * k_;
}

void ForceLayout::prolongate() {
    const detail::LayoutLevel& finer = levels_[level_ - 1];
    std::mt19937_64 rng(seed_ + level_);
    std::uniform_real_distribution<double> jitter(-k_ / 4, k_ / 4);
    std::vector<double> x(finer.size), y(finer.size);
    for (std::size_t i = 0; i < finer.size; ++i) {
        const auto p = static_cast<std::size_t>(finer.parent[i]);
        x[i] = x_[p] + jitter(rng);
        y[i] = y_[p] + jitter(rng);
    }
    x_.swap(x);
    y_.swap(y);
    --level_;
    startLevel(false, 0.0);
}

bool ForceLayout::step() {
    if (done_) return false;
    for (int i = 0; i < settings_.iterationsPerStep && !done_; ++i) {
        const double moved = iterate();
        ++iteration_;
        ++levelIteration_;
        if (levelIteration_ < levelBudget_ && moved >= settings_.convergence * k_) continue;
        if (level_ == 0) {
            done_ = true;
            if (packComponents_) detail::packComponents(x_, y_, levels_[0].edges, 2 * k_);
        } else
            prolongate();
    }
    writeBack();
    return !done_;
}

double ForceLayout::progress() const {
    if (done_) return 1.0;
    return std::min(0.99, static_cast<double>(iteration_) / std::max(1, budget_));
}

double ForceLayout::iterate() {
    const detail::LayoutLevel& level = levels_[level_];
    const std::size_t n = level.size;
    std::fill(dx_.begin(), dx_.end(), 0.0);
    std::fill(dy_.begin(), dy_.end(), 0.0);
    const double k2 = k_ * k_;
    if (n > 1) {
        tree_->build(x_, y_, level.mass);
        for (std::size_t i = 0; i < n; ++i)
            if (!level.pinned[i]) tree_->repulsion(static_cast<int>(i), settings_.theta, k2 * level.mass[i], dx_[i], dy_[i]);
    }
    for (std::size_t e = 0; e < level.edges.size(); ++e) {
        const auto a = static_cast<std::size_t>(level.edges[e].first), b = static_cast<std::size_t>(level.edges[e].second);
        const double ddx = x_[a] - x_[b], ddy = y_[a] - y_[b];
        const double f = level.edgeWeight[e] * std::hypot(ddx, ddy) / k_;  // w·d²/k along the unit vector
        dx_[a] -= ddx * f;
        dy_[a] -= ddy * f;
        dx_[b] += ddx * f;
        dy_[b] += ddy * f;
    }
    // Linear cooling within the level: big moves first, small ones to settle.
    const double temperature =
        startTemperature_ * (1.0 - static_cast<double>(levelIteration_) / std::max(1, levelBudget_)) + 0.01 * k_;
    double largest = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        if (level.pinned[i]) continue;
        const double length = std::hypot(dx_[i], dy_[i]);
        if (length <= 0.0) continue;
        const double move = std::min(length, temperature);
        x_[i] += dx_[i] / length * move;
        y_[i] += dy_[i] / length * move;
        largest = std::max(largest, move);
    }
    return largest;
}

// Positions of a coarse level are shown through the nodes they stand for, so
// the app can animate the whole multilevel run.
void ForceLayout::writeBack() {
    for (std::size_t i = 0; i < vertices_.size(); ++i) {
        if (detail::isPlaced(pinnedAt_[i])) continue;
        std::size_t at = i;
        for (std::size_t l = 0; l < level_; ++l) at = static_cast<std::size_t>(levels_[l].parent[at]);
        (*positions_)[vertices_[i]] = {x_[at], y_[at]};
    }
}

}  // namespace kakehashi::graph
