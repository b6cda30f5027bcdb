#include "kakehashi/graph/knowledge_graph.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>
#include <utility>

#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/transform_iterator.hpp>

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

EdgeProps edgeProps(const core::Relation& relation, std::size_t index) {
    EdgeProps props;
    props.relation = index;
    props.type = relation.type;
    props.usd = relation.usd;
    props.sectors = relation.sectors;
    props.evidenceCount = static_cast<int>(relation.evidence.size());
    return props;
}

// Both CSR passes (out-edges, then in-edges) sort by counting in O(V + E).
// `ends` yields (source, target) pairs and relationOf maps an edge's position
// among them to its relation. Properties are made on the fly, not staged.
template <typename EndsIterator, typename RelationOf>
Graph buildCsr(std::size_t vertices, EndsIterator begin, EndsIterator end, const std::vector<core::Relation>& relations,
               RelationOf relationOf) {
    auto props = boost::make_transform_iterator(boost::counting_iterator<std::size_t>(0), [&](std::size_t k) {
        const std::size_t r = relationOf(k);
        return edgeProps(relations[r], r);
    });
    return Graph(boost::edges_are_unsorted_multi_pass, begin, end, props, vertices);
}

// The snapshot's end indices are a hint from its producer (the store):
// used when they cover every relation and stay in range, and a sample of
// them names the right ids, so a snapshot whose entities were reordered
// without clearing the hint falls back to id lookups. Checking every end
// would cost a cache miss per end, as much as the lookup it saves.
bool hintUsable(const core::Snapshot& s) {
    if (s.relationEnds.empty() || s.relationEnds.size() != s.relations.size()) return false;
    const std::size_t n = s.entities.size();
    for (const auto& [source, target] : s.relationEnds)
        if (source >= n || target >= n) return false;
    constexpr std::size_t kStride = 61;
    for (std::size_t i = 0; i < s.relations.size(); i += kStride)
        if (s.entities[s.relationEnds[i].first].id != s.relations[i].source ||
            s.entities[s.relationEnds[i].second].id != s.relations[i].target)
            return false;
    return true;
}

}  // namespace

// One empty state for every default-constructed or moved-from graph.
const std::shared_ptr<const KnowledgeGraph::State>& KnowledgeGraph::empty() {
    static const std::shared_ptr<const State> none = std::make_shared<const State>(core::Snapshot{});
    return none;
}

KnowledgeGraph::KnowledgeGraph() : state_(empty()) {}

KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&& other) noexcept : state_(std::exchange(other.state_, empty())) {}

KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&& other) noexcept {
    if (this != &other) state_ = std::exchange(other.state_, empty());
    return *this;
}

KnowledgeGraph::KnowledgeGraph(core::Snapshot snapshot) : state_(std::make_shared<const State>(std::move(snapshot))) {}

KnowledgeGraph::State::State(core::Snapshot s) : snapshot(std::move(s)) {
    const auto& entities = snapshot.entities;
    const auto& relations = snapshot.relations;
    if (hintUsable(snapshot)) {
        const auto& ends = snapshot.relationEnds;
        graph = buildCsr(entities.size(), ends.begin(), ends.end(), relations, [](std::size_t k) { return k; });
    } else {
        std::vector<std::pair<Vertex, Vertex>> ends;
        std::vector<std::size_t> relationOf;
        ends.reserve(relations.size());
        relationOf.reserve(relations.size());
        for (std::size_t i = 0; i < relations.size(); ++i) {
            const auto source = lookUp(relations[i].source), target = lookUp(relations[i].target);
            // A relation whose end is not in the snapshot (e.g. a partial
            // read) cannot be drawn; it stays in snapshot().relations.
            if (!source || !target) continue;
            ends.emplace_back(*source, *target);
            relationOf.push_back(i);
        }
        graph = buildCsr(entities.size(), ends.begin(), ends.end(), relations,
                         [&](std::size_t k) { return relationOf[k]; });
    }

    std::unordered_map<std::int64_t, const std::string*> dateOf;
    for (const auto& doc : snapshot.documents)
        if (!doc.date.empty()) dateOf.emplace(doc.id, &doc.date);
    for (std::size_t i = 0; i < entities.size(); ++i) {
        const core::Entity& entity = entities[i];
        // Filled in place: a temporary NodeProps would cost a move per field.
        NodeProps& props = graph[i];
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
    }
}

std::optional<Vertex> KnowledgeGraph::State::lookUp(std::string_view id) const {
    const auto& index = ids();
    auto it = index.find(id);
    if (it == index.end()) return std::nullopt;
    return it->second;
}

const KnowledgeGraph::State::Index& KnowledgeGraph::State::ids() const {
    std::call_once(idsBuilt, [this] {
        byId.reserve(snapshot.entities.size());
        for (std::size_t i = 0; i < snapshot.entities.size(); ++i) byId.emplace(snapshot.entities[i].id, i);
    });
    return byId;
}

const KnowledgeGraph::State::Index& KnowledgeGraph::State::names() const {
    std::call_once(namesBuilt, [this] {
        byName.reserve(snapshot.entities.size());
        for (std::size_t i = 0; i < snapshot.entities.size(); ++i) {
            byName.emplace(lowered(snapshot.entities[i].name), i);
            for (const auto& alias : snapshot.entities[i].aliases) byName.emplace(lowered(alias), i);
        }
    });
    return byName;
}

std::optional<Vertex> KnowledgeGraph::vertexById(std::string_view id) const { return state_->lookUp(id); }

std::optional<Vertex> KnowledgeGraph::resolve(std::string_view nameOrId) const {
    if (auto v = vertexById(nameOrId)) return v;
    const auto& names = state_->names();
    auto it = names.find(lowered(nameOrId));
    if (it == names.end()) return std::nullopt;
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
    for (const auto& [key, v] : state_->names()) {
        const bool contains = !query.empty() && key.find(query) != std::string::npos;
        const std::size_t distance = editDistance(query, key);
        const std::size_t tolerance = std::max<std::size_t>(2, query.size() / 3);
        if (!contains && distance > tolerance) continue;
        Candidate c{contains ? 0 : 1, distance, &graph()[v].name};
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
