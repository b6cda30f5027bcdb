#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/compressed_sparse_row_graph.hpp>

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
// that walk the graph treat every edge as traversable both ways. edges(graph)
// lists edges by source vertex, then in snapshot order.
// Members ordered so the two ints share 8 bytes: 56 bytes an edge, not 64.
struct EdgeProps {
    std::size_t relation = 0;
    core::RelationType type = core::RelationType::PartnersWith;
    int evidenceCount = 0;
    std::optional<double> usd;
    std::vector<std::string> sectors;
};

// Boost's compressed sparse row graph, bidirectional: the graph is immutable
// once built, so the adjacency_list's per-vertex edge vectors and per-edge
// storage buy nothing, and CSR builds in two counting-sort passes over flat
// arrays (the shape igraph builds too) and walks faster.
using Graph = boost::compressed_sparse_row_graph<boost::bidirectionalS, NodeProps, EdgeProps>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

// The knowledge graph: a snapshot of the store (or of one extraction) as a
// Boost.Graph CSR graph. Immutable once built; build a new one to refresh.
// Copies share the built state, so copying and moving are cheap and
// references to graph() and snapshot() stay valid while any copy lives.
class KnowledgeGraph {
public:
    KnowledgeGraph();
    explicit KnowledgeGraph(core::Snapshot snapshot);
    // A moved-from graph is the empty graph, never a null one.
    KnowledgeGraph(const KnowledgeGraph&) = default;
    KnowledgeGraph(KnowledgeGraph&& other) noexcept;
    KnowledgeGraph& operator=(const KnowledgeGraph&) = default;
    KnowledgeGraph& operator=(KnowledgeGraph&& other) noexcept;
    ~KnowledgeGraph() = default;

    const Graph& graph() const { return state_->graph; }
    const core::Snapshot& snapshot() const { return state_->snapshot; }

    std::size_t nodeCount() const { return boost::num_vertices(state_->graph); }
    std::size_t edgeCount() const { return boost::num_edges(state_->graph); }

    const core::Entity& entity(Vertex v) const { return state_->snapshot.entities[graph()[v].entity]; }
    const core::Relation& relation(Edge e) const { return state_->snapshot.relations[graph()[e].relation]; }

    std::optional<Vertex> vertexById(std::string_view id) const;
    // Resolves what a user typed: an id, a name or an alias, case-insensitive.
    std::optional<Vertex> resolve(std::string_view nameOrId) const;
    // Up to `limit` names close to what was typed, for "did you mean" errors
    // and completion.
    std::vector<std::string> suggestions(std::string_view text, std::size_t limit = 5) const;

private:
    struct State;
    static const std::shared_ptr<const State>& empty();
    std::shared_ptr<const State> state_;

    // The id and name indexes are built on first use (thread-safe), not with
    // the graph: a view or an export that never looks an entity up by text
    // does not pay for hashing every id and lowercased name.
    struct State {
        core::Snapshot snapshot;
        Graph graph;
        mutable std::once_flag idsBuilt, namesBuilt;
        // Keys are copies, not views into the snapshot: the lookup then
        // never touches the entity, one cache miss fewer per relation end
        // when a snapshot comes without end indices.
        struct Hash {
            using is_transparent = void;
            std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
        };
        using Index = std::unordered_map<std::string, Vertex, Hash, std::equal_to<>>;
        mutable Index byId;
        mutable Index byName;  // lowercased names and aliases

        explicit State(core::Snapshot s);
        std::optional<Vertex> lookUp(std::string_view id) const;
        const Index& ids() const;
        const Index& names() const;
    };
};

}  // namespace kakehashi::graph
