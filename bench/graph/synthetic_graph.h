#pragma once

#include <cstdint>
#include <filesystem>
#include <utility>
#include <vector>

#include "kakehashi/core/result.h"
#include "kakehashi/core/snapshot.h"

namespace kakehashi::bench {

// A large synthetic partnership graph with a realistic degree distribution:
// preferential attachment (Barabási–Albert), so a few early entities become
// hubs (programs and funds with thousands of participants) and most are
// leaves with `edgesPerNode` links. Deterministic for a seed. The peers
// script reads the same graph from the edge list written by writeEdgeList.
struct SyntheticSpec {
    std::size_t nodes = 10'000;
    std::size_t edgesPerNode = 2;
    std::uint64_t seed = 7;
};

struct SyntheticGraph {
    core::Snapshot snapshot;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;  // entity indices, as in the snapshot
};

SyntheticGraph makeSyntheticGraph(const SyntheticSpec& spec);

// Queries both sides run: `count` start vertices for neighbourhoods and
// `count` (from, to) pairs for paths, drawn from the seed.
struct QuerySet {
    std::vector<std::uint32_t> starts;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
};

QuerySet makeQueries(std::size_t nodes, std::size_t count, std::uint64_t seed);

// "n m" then one "u v" per line; then the queries as "q v" and "p u v" lines.
core::Status writeEdgeList(const SyntheticGraph& graph, const QuerySet& queries, const std::filesystem::path& path);

}  // namespace kakehashi::bench
