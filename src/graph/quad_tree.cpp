#include "quad_tree.h"

#include <algorithm>
#include <numeric>

namespace kakehashi::graph::detail {
namespace {

constexpr int kLeafSize = 8;
constexpr int kMaxDepth = 24;

}  // namespace

void QuadTree::build(const std::vector<double>& x, const std::vector<double>& y, const std::vector<double>& mass) {
    x_ = &x;
    y_ = &y;
    mass_ = &mass;
    const int n = static_cast<int>(x.size());
    order_.resize(static_cast<std::size_t>(n));
    std::iota(order_.begin(), order_.end(), 0);
    cells_.clear();
    cells_.reserve(static_cast<std::size_t>(n / 2 + 16));
    if (n == 0) return;
    const auto [minX, maxX] = std::minmax_element(x.begin(), x.end());
    const auto [minY, maxY] = std::minmax_element(y.begin(), y.end());
    const double size = std::max({*maxX - *minX, *maxY - *minY, 1e-9}) * 1.0001;
    subdivide(0, n, *minX, *minY, size, 0);
}

int QuadTree::subdivide(int first, int count, double left, double top, double size, int depth) {
    const int index = static_cast<int>(cells_.size());
    cells_.emplace_back();
    {
        double sx = 0, sy = 0, sm = 0;
        for (int k = first; k < first + count; ++k) {
            const auto j = static_cast<std::size_t>(order_[static_cast<std::size_t>(k)]);
            sx += (*x_)[j] * (*mass_)[j];
            sy += (*y_)[j] * (*mass_)[j];
            sm += (*mass_)[j];
        }
        Cell& cell = cells_[static_cast<std::size_t>(index)];
        cell.mass = sm;
        cell.cx = sx / sm;
        cell.cy = sy / sm;
        cell.size = size;
        cell.first = first;
        cell.count = count;
    }
    if (count <= kLeafSize || depth >= kMaxDepth) return index;

    const double half = size / 2, midX = left + half, midY = top + half;
    auto begin = order_.begin() + first, end = begin + count;
    auto xs = [&](int i) { return (*x_)[static_cast<std::size_t>(i)]; };
    auto ys = [&](int i) { return (*y_)[static_cast<std::size_t>(i)]; };
    auto splitX = std::partition(begin, end, [&](int i) { return xs(i) < midX; });
    auto splitLeft = std::partition(begin, splitX, [&](int i) { return ys(i) < midY; });
    auto splitRight = std::partition(splitX, end, [&](int i) { return ys(i) < midY; });
    const std::vector<decltype(begin)> bounds = {begin, splitLeft, splitX, splitRight, end};
    const double lefts[4] = {left, left, midX, midX};
    const double tops[4] = {top, midY, top, midY};
    for (int q = 0; q < 4; ++q) {
        const int childCount = static_cast<int>(bounds[static_cast<std::size_t>(q) + 1] - bounds[static_cast<std::size_t>(q)]);
        if (childCount == 0) continue;
        const int childFirst = static_cast<int>(bounds[static_cast<std::size_t>(q)] - order_.begin());
        const int child = subdivide(childFirst, childCount, lefts[q], tops[q], half, depth + 1);
        cells_[static_cast<std::size_t>(index)].child[q] = child;
    }
    return index;
}

void QuadTree::repulsion(int i, double theta, double strength, double& fx, double& fy) const {
    if (cells_.empty()) return;
    const double xi = (*x_)[static_cast<std::size_t>(i)], yi = (*y_)[static_cast<std::size_t>(i)];
    const double theta2 = theta * theta;
    stack_.clear();
    stack_.push_back(0);
    while (!stack_.empty()) {
        const Cell& cell = cells_[static_cast<std::size_t>(stack_.back())];
        stack_.pop_back();
        const double dx = xi - cell.cx, dy = yi - cell.cy;
        const double d2 = dx * dx + dy * dy;
        const bool leaf = cell.child[0] < 0 && cell.child[1] < 0 && cell.child[2] < 0 && cell.child[3] < 0;
        if (!leaf && cell.size * cell.size < theta2 * d2) {
            const double f = strength * cell.mass / d2;
            fx += dx * f;
            fy += dy * f;
            continue;
        }
        if (leaf) {
            for (int k = cell.first; k < cell.first + cell.count; ++k) {
                const int j = order_[static_cast<std::size_t>(k)];
                if (j == i) continue;
                double ex = xi - (*x_)[static_cast<std::size_t>(j)], ey = yi - (*y_)[static_cast<std::size_t>(j)];
                double e2 = ex * ex + ey * ey;
                if (e2 < 1e-12) {
                    // Coincident points: push apart along a direction fixed by
                    // the indices, so runs stay deterministic.
                    ex = 1e-3 * ((i * 7 + j) % 5 - 1.5);
                    ey = 1e-3 * ((i * 3 + j) % 7 - 2.5);
                    e2 = ex * ex + ey * ey;
                }
                const double f = strength * (*mass_)[static_cast<std::size_t>(j)] / e2;
                fx += ex * f;
                fy += ey * f;
            }
            continue;
        }
        for (int child : cell.child)
            if (child >= 0) stack_.push_back(child);
    }
}

}  // namespace kakehashi::graph::detail
