#include "kakehashi/graph/knowledge_graph.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace kakehashi::graph {
namespace {

std::string lowered(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Levenshtein distance, hand-written because the stack (Boost 1.74, Qt kept
// out of the core) has no string-distance routine; two rows keep it O(n).
std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

}  // namespace

// graph_ is sized in the initialiser list: Boost 1.74's adjacency_list has
// no move assignment, so `graph_ = Graph(n)` would copy every vertex.
KnowledgeGraph::KnowledgeGraph(core::Snapshot snapshot)
    : snapshot_(std::move(snapshot)), graph_(snapshot_.entities.size()) {
    std::unordered_map<std::int64_t, const std::string*> dateOf;
    for (const auto& doc : snapshot_.documents)
        if (!doc.date.empty()) dateOf.emplace(doc.id, &doc.date);

    byId_.reserve(snapshot_.entities.size());
    byName_.reserve(snapshot_.entities.size());
    for (std::size_t i = 0; i < snapshot_.entities.size(); ++i) {
        const core::Entity& entity = snapshot_.entities[i];
        const Vertex v = i;
        // Filled in place: a temporary NodeProps would cost a move per field.
        NodeProps& props = graph_[v];
        props.entity = i;
        props.id = entity.id;
        props.name = entity.name;
        props.type = entity.type;
        props.country = entity.country;
        props.sectors = entity.sectors;
        props.usd = entity.usd;
        props.evidenceCount = static_cast<int>(entity.evidence.size());
        if (!dateOf.empty()) {
            auto considerDate = [&](std::int64_t document) {
                auto it = dateOf.find(document);
                if (it == dateOf.end()) return;
                if (props.firstDate.empty() || *it->second < props.firstDate) props.firstDate = *it->second;
            };
            for (const auto& e : entity.evidence) considerDate(e.document);
            for (const auto& m : entity.mentions) considerDate(m.document);
        }
        byId_.emplace(entity.id, v);
        byName_.emplace(lowered(entity.name), v);
        for (const auto& alias : entity.aliases) byName_.emplace(lowered(alias), v);
    }

    // Ends resolved once, then every vertex's out- and in-edge vectors
    // reserved to their final size: hubs have thousands of edges, and
    // growing their vectors by doubling copied each edge several times.
    struct Ends {
        Vertex source, target;
        std::size_t relation;
    };
    std::vector<Ends> ends;
    ends.reserve(snapshot_.relations.size());
    std::vector<std::size_t> outDegree(snapshot_.entities.size(), 0), inDegree(snapshot_.entities.size(), 0);
    for (std::size_t i = 0; i < snapshot_.relations.size(); ++i) {
        const core::Relation& relation = snapshot_.relations[i];
        auto s = byId_.find(relation.source);
        auto t = byId_.find(relation.target);
        // A relation whose end is not in the snapshot (e.g. a partial read)
        // cannot be drawn; it stays in snapshot().relations for the record.
        if (s == byId_.end() || t == byId_.end()) continue;
        ends.push_back({s->second, t->second, i});
        ++outDegree[s->second];
        ++inDegree[t->second];
    }
    for (std::size_t v = 0; v < snapshot_.entities.size(); ++v) {
        graph_.out_edge_list(v).reserve(outDegree[v]);
        in_edge_list(graph_, v).reserve(inDegree[v]);
    }
    for (const Ends& e : ends) {
        const core::Relation& relation = snapshot_.relations[e.relation];
        EdgeProps props;
        props.relation = e.relation;
        props.type = relation.type;
        props.usd = relation.usd;
        props.sectors = relation.sectors;
        props.evidenceCount = static_cast<int>(relation.evidence.size());
        boost::add_edge(e.source, e.target, std::move(props), graph_);
    }
}

std::optional<Vertex> KnowledgeGraph::vertexById(std::string_view id) const {
    auto it = byId_.find(std::string(id));
    if (it == byId_.end()) return std::nullopt;
    return it->second;
}

std::optional<Vertex> KnowledgeGraph::resolve(std::string_view nameOrId) const {
    if (auto v = vertexById(nameOrId)) return v;
    auto it = byName_.find(lowered(nameOrId));
    if (it == byName_.end()) return std::nullopt;
    return it->second;
}

std::vector<std::string> KnowledgeGraph::suggestions(std::string_view text, std::size_t limit) const {
    const std::string query = lowered(text);
    // Rank: names containing the query first, then by edit distance; ties by name.
    struct Candidate {
        int substring;
        std::size_t distance;
        const std::string* name;
    };
    std::unordered_map<Vertex, Candidate> best;
    for (const auto& [key, v] : byName_) {
        const bool contains = !query.empty() && key.find(query) != std::string::npos;
        const std::size_t distance = editDistance(query, key);
        const std::size_t tolerance = std::max<std::size_t>(2, query.size() / 3);
        if (!contains && distance > tolerance) continue;
        Candidate c{contains ? 0 : 1, distance, &graph_[v].name};
        auto [it, inserted] = best.emplace(v, c);
        if (!inserted && std::tie(c.substring, c.distance) < std::tie(it->second.substring, it->second.distance))
            it->second = c;
    }
    std::vector<Candidate> ranked;
    ranked.reserve(best.size());
    for (const auto& [v, c] : best) ranked.push_back(c);
    std::sort(ranked.begin(), ranked.end(), [](const Candidate& a, const Candidate& b) {
        return std::tie(a.substring, a.distance, *a.name) < std::tie(b.substring, b.distance, *b.name);
    });
    std::vector<std::string> names;
    for (const auto& c : ranked) {
        if (names.size() >= limit) break;
        names.push_back(*c.name);
    }
    return names;
}

}  // namespace kakehashi::graph
