#pragma once

#include <cstdint>
#include <vector>

namespace kakehashi::graph::detail {

// Barnes–Hut quadtree over a point set: far groups of points act as one
// mass at their centre, so all-pairs repulsion costs O(n log n) per
// iteration instead of O(n²). Hand-written because Boost.Graph has no
// spatial index (its FR layout uses a grid that ignores far nodes).
class QuadTree {
public:
    // Points with masses (a coarse layout node stands for several nodes).
    void build(const std::vector<double>& x, const std::vector<double>& y, const std::vector<double>& mass);

    // Adds to (fx, fy) the repulsion strength·m_j/d on point i from every
    // other point j, approximating groups whose size/distance is below theta.
    void repulsion(int i, double theta, double strength, double& fx, double& fy) const;

private:
    struct Cell {
        double cx = 0, cy = 0;  // centre of mass
        double mass = 0;
        double size = 0;         // side of the cell's square
        int first = 0, count = 0;  // range in order_
        int child[4] = {-1, -1, -1, -1};
    };

    int subdivide(int first, int count, double left, double top, double size, int depth);

    const std::vector<double>* x_ = nullptr;
    const std::vector<double>* y_ = nullptr;
    const std::vector<double>* mass_ = nullptr;
    std::vector<int> order_;
    std::vector<Cell> cells_;
    mutable std::vector<int> stack_;
};

}  // namespace kakehashi::graph::detail
