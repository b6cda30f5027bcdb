#pragma once

#include <cstddef>
#include <vector>

#include "kakehashi/graph/subgraph.h"

namespace kakehashi::graph {

// Structural measures of a subgraph, edges undirected, several relations
// between the same two entities counted once (as networkx's Graph does).
// Per-vertex results are indexed by the source graph's Vertex; vertices
// outside the subgraph get 0 (or -1 for a component).

struct Components {
    std::vector<int> of;                       // component number per vertex, -1 if outside
    std::vector<std::vector<Vertex>> members;  // largest first, ties by smallest vertex
};

// Through boost::disjoint_sets (union–find), linear in the edges.
Components connectedComponents(const Subgraph& subgraph);

// Number of distinct neighbours.
std::vector<std::size_t> degrees(const Subgraph& subgraph);

// Brandes betweenness over a compact adjacency array, hand-written because
// it runs about 1.5x faster than igraph here where Boost's ran about 1.5x
// slower; when `normalized`, scaled as networkx does for undirected graphs
// (2/((n-1)(n-2))).
std::vector<double> betweenness(const Subgraph& subgraph, bool normalized = true);

// PageRank of the undirected subgraph (each edge a pair of arcs), dangling
// vertices spreading their rank evenly, as networkx.pagerank does. Stops when
// the L1 change is below n * tolerance, like networkx.
std::vector<double> pageRank(const Subgraph& subgraph, double damping = 0.85, double tolerance = 1e-10,
                             int maxIterations = 200);

}  // namespace kakehashi::graph
