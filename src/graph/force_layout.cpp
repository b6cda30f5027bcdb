#include "kakehashi/graph/force_layout.h"

#include <algorithm>
#include <cmath>

#include "layout_support.h"

namespace kakehashi::graph {
namespace {

// Neighbour cells that complete each pair exactly once: the cell itself
// (pairs i < j), right, and the three below.
constexpr int kHalfNeighbourhood[4][2] = {{1, 0}, {-1, 1}, {0, 1}, {1, 1}};

}  // namespace

void ForceLayout::init(const Subgraph& subgraph, Positions& positions, const LayoutOptions& options) {
    positions_ = &positions;
    detail::growPositions(positions, subgraph);
    k_ = options.spacing > 0 ? options.spacing : 60.0;
    iteration_ = 0;
    vertices_ = subgraph.nodes;
    const std::size_t n = vertices_.size();
    done_ = n == 0 || subgraph.source == nullptr;
    if (done_) return;

    std::vector<int> local(positions.size(), -1);
    for (std::size_t i = 0; i < n; ++i) local[vertices_[i]] = static_cast<int>(i);
    edges_.clear();
    const Graph& g = subgraph.source->graph();
    for (Edge e : subgraph.edges) {
        const int a = local[boost::source(e, g)], b = local[boost::target(e, g)];
        if (a >= 0 && b >= 0 && a != b) edges_.emplace_back(a, b);
    }

    pinned_.assign(n, 0);
    x_.assign(n, 0.0);
    y_.assign(n, 0.0);
    dx_.assign(n, 0.0);
    dy_.assign(n, 0.0);
    std::mt19937_64 rng(options.seed);
    const double side = k_ * std::sqrt(static_cast<double>(std::max<std::size_t>(n, 1)));
    std::uniform_real_distribution<double> spread(-side / 2, side / 2);
    std::vector<char> placed(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const Point& p = positions[vertices_[i]];
        const bool pinned = options.pinned.count(vertices_[i]) > 0 && detail::isPlaced(p);
        pinned_[i] = pinned ? 1 : 0;
        if (pinned || (options.reuseExisting && detail::isPlaced(p))) {
            x_[i] = p.x;
            y_[i] = p.y;
            placed[i] = 1;
        }
    }
    // A node new to a grown graph starts beside the placed nodes it links to,
    // so the old picture stays recognisable; the rest start at random.
    std::vector<double> sumX(n, 0.0), sumY(n, 0.0);
    std::vector<int> count(n, 0);
    for (auto [a, b] : edges_) {
        if (placed[b] && !placed[a]) sumX[a] += x_[b], sumY[a] += y_[b], ++count[a];
        if (placed[a] && !placed[b]) sumX[b] += x_[a], sumY[b] += y_[a], ++count[b];
    }
    std::uniform_real_distribution<double> jitter(-k_ / 2, k_ / 2);
    bool anyPlaced = false;
    for (std::size_t i = 0; i < n; ++i) {
        if (placed[i]) {
            anyPlaced = true;
            continue;
        }
        if (count[i] > 0) {
            x_[i] = sumX[i] / count[i] + jitter(rng);
            y_[i] = sumY[i] / count[i] + jitter(rng);
        } else {
            x_[i] = spread(rng);
            y_[i] = spread(rng);
        }
    }
    // Refining a placed layout needs a gentler start than untangling a random one.
    startTemperature_ = (anyPlaced && options.reuseExisting ? 0.02 : 0.1) * side;
    writeBack();
}

bool ForceLayout::step() {
    if (done_) return false;
    for (int i = 0; i < settings_.iterationsPerStep && !done_; ++i) {
        const double moved = iterate();
        ++iteration_;
        if (iteration_ >= settings_.maxIterations || moved < settings_.convergence * k_) done_ = true;
    }
    writeBack();
    return !done_;
}

double ForceLayout::progress() const {
    if (done_) return 1.0;
    return static_cast<double>(iteration_) / std::max(1, settings_.maxIterations);
}

double ForceLayout::iterate() {
    std::fill(dx_.begin(), dx_.end(), 0.0);
    std::fill(dy_.begin(), dy_.end(), 0.0);
    repel();
    attract();
    // Linear cooling: big moves untangle early, small ones settle late.
    const double temperature =
        startTemperature_ * (1.0 - static_cast<double>(iteration_) / std::max(1, settings_.maxIterations)) +
        0.01 * k_;
    double largest = 0.0;
    for (std::size_t i = 0; i < x_.size(); ++i) {
        if (pinned_[i]) continue;
        const double length = std::hypot(dx_[i], dy_[i]);
        if (length <= 0.0) continue;
        const double move = std::min(length, temperature);
        x_[i] += dx_[i] / length * move;
        y_[i] += dy_[i] / length * move;
        largest = std::max(largest, move);
    }
    return largest;
}

void ForceLayout::repel() {
    const std::size_t n = x_.size();
    if (n < 2) return;
    const auto [minX, maxX] = std::minmax_element(x_.begin(), x_.end());
    const auto [minY, maxY] = std::minmax_element(y_.begin(), y_.end());
    const double cutoff = 2.0 * k_;
    // Cells of the cutoff size, grown if the layout is very spread out so the
    // grid never has many more cells than nodes.
    double cell = cutoff;
    const double width = *maxX - *minX, height = *maxY - *minY;
    while ((width / cell + 1) * (height / cell + 1) > 4.0 * static_cast<double>(n)) cell *= 2.0;
    const int columns = static_cast<int>(width / cell) + 1;
    const int rows = static_cast<int>(height / cell) + 1;
    const std::size_t cells = static_cast<std::size_t>(columns) * static_cast<std::size_t>(rows);

    cellOf_.resize(n);
    cellStart_.assign(cells + 1, 0);
    byCell_.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const int cx = std::min(columns - 1, static_cast<int>((x_[i] - *minX) / cell));
        const int cy = std::min(rows - 1, static_cast<int>((y_[i] - *minY) / cell));
        cellOf_[i] = cy * columns + cx;
        ++cellStart_[static_cast<std::size_t>(cellOf_[i]) + 1];
    }
    for (std::size_t c = 0; c < cells; ++c) cellStart_[c + 1] += cellStart_[c];
    {
        std::vector<int> fill(cellStart_.begin(), cellStart_.end() - 1);
        for (std::size_t i = 0; i < n; ++i) byCell_[static_cast<std::size_t>(fill[cellOf_[i]]++)] = static_cast<int>(i);
    }

    const double k2 = k_ * k_, cutoff2 = cutoff * cutoff;
    auto push = [&](int i, int j) {
        double ddx = x_[i] - x_[j], ddy = y_[i] - y_[j];
        double d2 = ddx * ddx + ddy * ddy;
        if (d2 >= cutoff2) return;
        if (d2 < 1e-9 * k2) {
            // Coincident nodes: separate them along a direction fixed by their
            // indices, keeping runs deterministic.
            ddx = 1e-3 * k_ * ((i * 7 + j) % 5 - 2.0 + 0.5);
            ddy = 1e-3 * k_ * ((i * 3 + j) % 7 - 3.0 + 0.5);
            d2 = ddx * ddx + ddy * ddy;
        }
        const double f = k2 / d2;  // (k²/d) along the unit vector (delta/d)
        dx_[i] += ddx * f;
        dy_[i] += ddy * f;
        dx_[j] -= ddx * f;
        dy_[j] -= ddy * f;
    };
    for (int cy = 0; cy < rows; ++cy) {
        for (int cx = 0; cx < columns; ++cx) {
            const std::size_t c = static_cast<std::size_t>(cy * columns + cx);
            for (int a = cellStart_[c]; a < cellStart_[c + 1]; ++a) {
                const int i = byCell_[static_cast<std::size_t>(a)];
                for (int b = a + 1; b < cellStart_[c + 1]; ++b) push(i, byCell_[static_cast<std::size_t>(b)]);
                for (const auto& offset : kHalfNeighbourhood) {
                    const int nx = cx + offset[0], ny = cy + offset[1];
                    if (nx < 0 || nx >= columns || ny >= rows) continue;
                    const std::size_t d = static_cast<std::size_t>(ny * columns + nx);
                    for (int b = cellStart_[d]; b < cellStart_[d + 1]; ++b) push(i, byCell_[static_cast<std::size_t>(b)]);
                }
            }
        }
    }
}

void ForceLayout::attract() {
    for (auto [a, b] : edges_) {
        const double ddx = x_[a] - x_[b], ddy = y_[a] - y_[b];
        const double d = std::hypot(ddx, ddy);
        const double f = d / k_;  // (d²/k) along the unit vector
        dx_[a] -= ddx * f;
        dy_[a] -= ddy * f;
        dx_[b] += ddx * f;
        dy_[b] += ddy * f;
    }
}

void ForceLayout::writeBack() {
    for (std::size_t i = 0; i < vertices_.size(); ++i)
        if (!pinned_[i]) (*positions_)[vertices_[i]] = {x_[i], y_[i]};
}

}  // namespace kakehashi::graph
