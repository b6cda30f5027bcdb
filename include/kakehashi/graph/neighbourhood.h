#pragma once

#include <string_view>
#include <vector>

#include "kakehashi/core/result.h"
#include "kakehashi/graph/filter_predicate.h"
#include "kakehashi/graph/subgraph.h"

namespace kakehashi::graph {

// What a user typed (id, name or alias) as a vertex, or an error naming it
// and the closest names: "unknown entity 'Keio Univ' (did you mean: Keio University?)".
core::Result<Vertex> resolveEntity(const KnowledgeGraph& graph, std::string_view nameOrId);

// Vertices within `hops` undirected steps of `center` (itself included) in
// breadth-first order, walking only what `keep` keeps. Country entities are
// reached but never walked through (every organization of a country touches
// it, which would make them all two hops apart), unless the walk starts there.
std::vector<Vertex> verticesWithin(const Graph& graph, Vertex center, int hops,
                                   const FilterPredicate& keep = FilterPredicate{});

// The k-hop neighbourhood as a subgraph centred on `center` (focus and hops
// recorded for exports), restricted to what `filter` keeps.
Subgraph neighbourhood(const KnowledgeGraph& graph, Vertex center, int hops, const Filter& filter = {});
core::Result<Subgraph> neighbourhood(const KnowledgeGraph& graph, std::string_view entity, int hops,
                                     const Filter& filter = {});

}  // namespace kakehashi::graph
