#pragma once

#include <vector>

#include "kakehashi/graph/filter.h"
#include "kakehashi/graph/knowledge_graph.h"

namespace kakehashi::graph {

// A part of a KnowledgeGraph chosen for a view or an export: the vertices and
// the edges among them, plus how it was chosen (recorded in exports).
struct Subgraph {
    const KnowledgeGraph* source = nullptr;
    std::vector<Vertex> nodes;
    std::vector<Edge> edges;
    Filter filter;
    std::string focus;  // entity id the subgraph is centred on, or empty
    int hops = 0;
};

// All of the graph, unfiltered.
Subgraph wholeGraph(const KnowledgeGraph& graph);

// What survives `filter` (rules in filter_predicate.h), in vertex order.
Subgraph applyFilter(const KnowledgeGraph& graph, const Filter& filter);

// The given vertices and every edge among them that `filter` keeps; vertices
// are sorted and deduplicated so equal inputs give equal subgraphs.
Subgraph inducedSubgraph(const KnowledgeGraph& graph, std::vector<Vertex> nodes, const Filter& filter = {});

}  // namespace kakehashi::graph
