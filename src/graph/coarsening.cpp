#include "coarsening.h"

#include <algorithm>
#include <numeric>

namespace kakehashi::graph::detail {
namespace {

LayoutLevel coarser(LayoutLevel& fine) {
    const std::size_t n = fine.size;
    std::vector<std::vector<int>> neighbours(n);
    for (const auto& [a, b] : fine.edges) {
        neighbours[static_cast<std::size_t>(a)].push_back(b);
        neighbours[static_cast<std::size_t>(b)].push_back(a);
    }
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return neighbours[static_cast<std::size_t>(a)].size() < neighbours[static_cast<std::size_t>(b)].size();
    });

    LayoutLevel out;
    fine.parent.assign(n, -1);
    for (int u : order) {
        const auto su = static_cast<std::size_t>(u);
        if (fine.parent[su] >= 0) continue;
        const int id = static_cast<int>(out.size++);
        fine.parent[su] = id;
        out.mass.push_back(fine.mass[su]);
        out.pinned.push_back(fine.pinned[su]);
        if (fine.pinned[su]) continue;
        int best = -1;
        for (int v : neighbours[su]) {
            const auto sv = static_cast<std::size_t>(v);
            if (fine.parent[sv] >= 0 || fine.pinned[sv]) continue;
            if (best < 0 || fine.mass[sv] < fine.mass[static_cast<std::size_t>(best)]) best = v;
        }
        if (best >= 0) {
            fine.parent[static_cast<std::size_t>(best)] = id;
            out.mass.back() += fine.mass[static_cast<std::size_t>(best)];
        }
    }

    std::vector<std::pair<std::pair<int, int>, double>> merged;
    merged.reserve(fine.edges.size());
    for (std::size_t e = 0; e < fine.edges.size(); ++e) {
        int a = fine.parent[static_cast<std::size_t>(fine.edges[e].first)];
        int b = fine.parent[static_cast<std::size_t>(fine.edges[e].second)];
        if (a == b) continue;
        if (a > b) std::swap(a, b);
        merged.push_back({{a, b}, fine.edgeWeight[e]});
    }
    std::sort(merged.begin(), merged.end());
    for (const auto& [pair, weight] : merged) {
        if (!out.edges.empty() && out.edges.back() == pair) {
            out.edgeWeight.back() += weight;
        } else {
            out.edges.push_back(pair);
            out.edgeWeight.push_back(weight);
        }
    }
    return out;
}

}  // namespace

std::vector<LayoutLevel> coarsen(LayoutLevel fine, std::size_t smallest, std::size_t maxLevels) {
    std::vector<LayoutLevel> levels;
    levels.push_back(std::move(fine));
    while (levels.back().size > smallest && levels.size() < maxLevels) {
        LayoutLevel next = coarser(levels.back());
        // Stop once matching barely shrinks the graph (stars, pinned sets).
        if (static_cast<double>(next.size) > 0.85 * static_cast<double>(levels.back().size)) {
            levels.back().parent.clear();
            break;
        }
        levels.push_back(std::move(next));
    }
    return levels;
}

}  // namespace kakehashi::graph::detail
