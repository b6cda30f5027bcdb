#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "kakehashi/core/snapshot.h"

namespace kakehashi::graph {

// Bundled vertex properties: what filters, queries and views read without
// going back to the snapshot. `entity` indexes snapshot().entities.
struct NodeProps {
    std::size_t entity = 0;
    std::string id;
    std::string name;
    core::EntityType type = core::EntityType::Company;
    std::string country;
    std::vector<std::string> sectors;
    std::optional<double> usd;
    int evidenceCount = 0;
    std::string firstDate;  // earliest date of a document that names it, or empty
};

// Bundled edge properties. `relation` indexes snapshot().relations. Edges keep
// the stored direction; partners_with is undirected by meaning, and queries
// that walk the graph treat every edge as traversable both ways.
struct EdgeProps {
    std::size_t relation = 0;
    core::RelationType type = core::RelationType::PartnersWith;
    std::optional<double> usd;
    std::vector<std::string> sectors;
    int evidenceCount = 0;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, NodeProps, EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

// The knowledge graph: a snapshot of the store (or of one extraction) as a
// Boost adjacency_list. Immutable once built; build a new one to refresh.
class KnowledgeGraph {
public:
    KnowledgeGraph() = default;
    explicit KnowledgeGraph(core::Snapshot snapshot);

    const Graph& graph() const { return graph_; }
    const core::Snapshot& snapshot() const { return snapshot_; }

    std::size_t nodeCount() const { return boost::num_vertices(graph_); }
    std::size_t edgeCount() const { return boost::num_edges(graph_); }

    const core::Entity& entity(Vertex v) const { return snapshot_.entities[graph_[v].entity]; }
    const core::Relation& relation(Edge e) const { return snapshot_.relations[graph_[e].relation]; }

    std::optional<Vertex> vertexById(std::string_view id) const;
    // Resolves what a user typed: an id, a name or an alias, case-insensitive.
    std::optional<Vertex> resolve(std::string_view nameOrId) const;
    // Up to `limit` names close to what was typed, for "did you mean" errors
    // and completion.
    std::vector<std::string> suggestions(std::string_view text, std::size_t limit = 5) const;

private:
    core::Snapshot snapshot_;
    Graph graph_;
    std::unordered_map<std::string, Vertex> byId_;
    std::unordered_map<std::string, Vertex> byName_;  // lowercased names and aliases
};

}  // namespace kakehashi::graph
