#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace kakehashi::graph::detail {

// One level of a multilevel layout: a weighted graph over local indices.
struct LayoutLevel {
    std::size_t size = 0;
    std::vector<std::pair<int, int>> edges;
    std::vector<double> edgeWeight;  // how many fine edges each edge stands for
    std::vector<double> mass;        // how many fine nodes each node stands for
    std::vector<char> pinned;        // pinned nodes are never merged
    std::vector<int> parent;         // node -> node of the next coarser level
};

// Builds coarser and coarser levels by merging each node with its lightest
// unmatched neighbour (a maximal matching), Walshaw-style, until the graph
// stops shrinking or is small. levels.front() is the input graph. Matching
// order is by degree then index, so the hierarchy is deterministic.
std::vector<LayoutLevel> coarsen(LayoutLevel fine, std::size_t smallest = 50, std::size_t maxLevels = 25);

}  // namespace kakehashi::graph::detail
