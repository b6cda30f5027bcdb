#pragma once

#include <cstdint>
#include <vector>

#include "kakehashi/graph/subgraph.h"

namespace kakehashi::graph::detail {

// A subgraph as compact undirected adjacency (CSR) over local indices, for
// the metrics that sweep everything: unlike the whole graph's directed CSR
// it holds only the subgraph's vertices, each neighbour once whichever way
// the relation points, in 32-bit indices. A pair of entities linked by
// several relations is one neighbour pair here, as in networkx's Graph.
class LocalGraph {
public:
    explicit LocalGraph(const Subgraph& subgraph);

    std::size_t size() const { return vertices_.size(); }
    Vertex vertex(std::size_t local) const { return vertices_[local]; }
    const std::vector<Vertex>& vertices() const { return vertices_; }
    std::size_t degree(std::size_t local) const { return offsets_[local + 1] - offsets_[local]; }
    const std::uint32_t* begin(std::size_t local) const { return neighbours_.data() + offsets_[local]; }
    const std::uint32_t* end(std::size_t local) const { return neighbours_.data() + offsets_[local + 1]; }
    // Each undirected pair once, lower local index first.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs() const;

private:
    std::vector<Vertex> vertices_;
    std::vector<std::size_t> offsets_;
    std::vector<std::uint32_t> neighbours_;
};

}  // namespace kakehashi::graph::detail
