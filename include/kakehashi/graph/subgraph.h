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

}  // namespace kakehashi::graph
