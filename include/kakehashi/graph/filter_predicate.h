#pragma once

#include <memory>
#include <vector>

#include <boost/graph/filtered_graph.hpp>

#include "kakehashi/graph/filter.h"
#include "kakehashi/graph/knowledge_graph.h"

namespace kakehashi::graph {

// A Filter evaluated once against a graph, usable as both the vertex and the
// edge predicate of boost::filtered_graph. Copies share the evaluated masks,
// so filtered_graph can copy it freely. Rules (docs/json-format.md repeats
// them for export readers):
//  - types, countries: the entity's own type/country. Programs and funds have
//    no country of their own; they pass a country filter when a neighbour of
//    that country takes part in them.
//  - sectors: an entity passes when its own sectors, the sectors of a relation
//    touching it, or those of a program/fund next to it name a chosen sector.
//  - USD range: a fund (or any entity with its own amount) passes when its
//    amount is in range. Other entities pass when money in range reaches
//    them: a relation touching them with an amount in range, a neighbouring
//    fund in range, or, for organizations, a program they are linked to that
//    such money reaches. Entities no money reaches drop out.
//  - documents, date range: an entity passes when a chosen (or in-range)
//    document states it; a relation with evidence needs such a document too.
//  - min degree: counted after all other rules, edges treated as undirected.
// An edge passes when both its ends pass and its own evidence/sector checks do.
class FilterPredicate {
public:
    FilterPredicate() = default;  // keeps everything; filtered_graph needs it
    FilterPredicate(const KnowledgeGraph& graph, const Filter& filter);

    bool operator()(Vertex v) const { return !vertices_ || (*vertices_)[v] != 0; }
    bool operator()(Edge e) const { return !edges_ || (*edges_)[(*graph_)[e].relation] != 0; }

private:
    const Graph* graph_ = nullptr;
    std::shared_ptr<const std::vector<char>> vertices_;
    std::shared_ptr<const std::vector<char>> edges_;  // indexed by EdgeProps::relation
};

using FilteredGraph = boost::filtered_graph<Graph, FilterPredicate, FilterPredicate>;

}  // namespace kakehashi::graph
