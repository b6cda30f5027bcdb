#include "kakehashi/graph/filter_predicate.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace kakehashi::graph {
namespace {

using core::EntityType;

bool isMoneyHolder(EntityType type) { return type == EntityType::Fund || type == EntityType::Program; }

template <typename Range, typename Set>
bool intersects(const Range& values, const Set& chosen) {
    return std::any_of(values.begin(), values.end(), [&](const auto& v) { return chosen.count(v) > 0; });
}

// Calls fn(edge, other end) for every edge at v, in either direction.
template <typename Fn>
void forEachIncident(const Graph& g, Vertex v, Fn&& fn) {
    for (auto [it, end] = boost::out_edges(v, g); it != end; ++it) fn(*it, boost::target(*it, g));
    for (auto [it, end] = boost::in_edges(v, g); it != end; ++it) fn(*it, boost::source(*it, g));
}

class Evaluator {
public:
    Evaluator(const KnowledgeGraph& kg, const Filter& f)
        : kg_(kg), g_(kg.graph()), f_(f), sectors_(f.sectors.begin(), f.sectors.end()),
          countries_(f.countries.begin(), f.countries.end()), documents_(f.documents.begin(), f.documents.end()) {
        for (const auto& doc : kg.snapshot().documents) dateOf_.emplace(doc.id, doc.date);
    }

    std::vector<char> vertices() const {
        const std::size_t n = boost::num_vertices(g_);
        std::vector<char> keep(n, 1);
        for (Vertex v = 0; v < n; ++v) keep[v] = passes(v) ? 1 : 0;
        return keep;
    }

    bool edgePasses(Edge e, const std::vector<char>& keepVertex) const {
        if (!keepVertex[boost::source(e, g_)] || !keepVertex[boost::target(e, g_)]) return false;
        const EdgeProps& p = g_[e];
        if (!sectors_.empty() && !p.sectors.empty() && !intersects(p.sectors, sectors_)) return false;
        const auto& evidence = kg_.relation(e).evidence;
        if (evidence.empty()) return true;
        return std::any_of(evidence.begin(), evidence.end(), [&](const core::Evidence& ev) {
            return documentChosen(ev.document);
        });
    }

private:
    bool passes(Vertex v) const {
        const NodeProps& p = g_[v];
        if (!f_.types.empty() && std::find(f_.types.begin(), f_.types.end(), p.type) == f_.types.end()) return false;
        if (!countries_.empty() && !countryPasses(v)) return false;
        if (!sectors_.empty() && !sectorPasses(v)) return false;
        if ((f_.minUsd || f_.maxUsd) && !moneyPasses(v)) return false;
        if (!documents_.empty() || !f_.dateFrom.empty() || !f_.dateTo.empty()) {
            const core::Entity& entity = kg_.entity(v);
            const bool stated =
                std::any_of(entity.evidence.begin(), entity.evidence.end(),
                            [&](const core::Evidence& e) { return documentChosen(e.document); }) ||
                std::any_of(entity.mentions.begin(), entity.mentions.end(),
                            [&](const core::Mention& m) { return documentChosen(m.document); });
            if (!stated) return false;
        }
        return true;
    }

    bool documentChosen(std::int64_t document) const {
        if (!documents_.empty() && documents_.count(document) == 0) return false;
        if (f_.dateFrom.empty() && f_.dateTo.empty()) return true;
        auto it = dateOf_.find(document);
        if (it == dateOf_.end() || it->second.empty()) return false;
        const std::string& date = it->second;
        if (!f_.dateFrom.empty() && date < f_.dateFrom) return false;
        // Compare on the bound's precision so "2024-04" includes 2024-04-10.
        if (!f_.dateTo.empty() && date.compare(0, f_.dateTo.size(), f_.dateTo) > 0) return false;
        return true;
    }

    bool countryPasses(Vertex v) const {
        const NodeProps& p = g_[v];
        if (countries_.count(p.country)) return true;
        if (!p.country.empty() || !isMoneyHolder(p.type)) return false;
        bool found = false;
        forEachIncident(g_, v, [&](Edge, Vertex other) { found = found || countries_.count(g_[other].country) > 0; });
        return found;
    }

    bool sectorPasses(Vertex v) const {
        if (intersects(g_[v].sectors, sectors_)) return true;
        bool found = false;
        forEachIncident(g_, v, [&](Edge e, Vertex other) {
            found = found || intersects(g_[e].sectors, sectors_) ||
                    (isMoneyHolder(g_[other].type) && intersects(g_[other].sectors, sectors_));
        });
        return found;
    }

    bool inRange(double usd) const {
        return (!f_.minUsd || usd >= *f_.minUsd) && (!f_.maxUsd || usd <= *f_.maxUsd);
    }

    // Money directly at v: its edges' amounts and neighbouring funds' amounts.
    bool directMoneyInRange(Vertex v) const {
        bool found = false;
        forEachIncident(g_, v, [&](Edge e, Vertex other) {
            if (found) return;
            const auto& edgeUsd = g_[e].usd;
            const auto& otherUsd = g_[other].usd;
            found = (edgeUsd && inRange(*edgeUsd)) || (g_[other].type == EntityType::Fund && otherUsd && inRange(*otherUsd));
        });
        return found;
    }

    bool moneyPasses(Vertex v) const {
        const NodeProps& p = g_[v];
        if (p.usd) return inRange(*p.usd);
        if (p.type == EntityType::Fund) return false;  // a fund of unknown size matches no range
        if (directMoneyInRange(v)) return true;
        if (p.type == EntityType::Program) return false;
        bool found = false;
        forEachIncident(g_, v, [&](Edge, Vertex other) {
            if (found || g_[other].type != EntityType::Program) return;
            found = g_[other].usd ? inRange(*g_[other].usd) : directMoneyInRange(other);
        });
        return found;
    }

    const KnowledgeGraph& kg_;
    const Graph& g_;
    const Filter& f_;
    std::unordered_set<std::string> sectors_;
    std::unordered_set<std::string> countries_;
    std::unordered_set<std::int64_t> documents_;
    std::unordered_map<std::int64_t, std::string> dateOf_;
};

}  // namespace

FilterPredicate::FilterPredicate(const KnowledgeGraph& graph, const Filter& filter) : graph_(&graph.graph()) {
    if (filter.isEmpty()) return;  // null masks keep everything
    const Graph& g = graph.graph();
    Evaluator evaluator(graph, filter);
    std::vector<char> keepVertex = evaluator.vertices();
    std::vector<char> keepEdge(graph.snapshot().relations.size(), 0);
    for (auto [it, end] = boost::edges(g); it != end; ++it)
        keepEdge[g[*it].relation] = evaluator.edgePasses(*it, keepVertex) ? 1 : 0;

    if (filter.minDegree > 0) {
        std::vector<int> degree(boost::num_vertices(g), 0);
        for (auto [it, end] = boost::edges(g); it != end; ++it) {
            if (!keepEdge[g[*it].relation]) continue;
            ++degree[boost::source(*it, g)];
            ++degree[boost::target(*it, g)];
        }
        for (Vertex v = 0; v < keepVertex.size(); ++v)
            if (degree[v] < filter.minDegree) keepVertex[v] = 0;
        for (auto [it, end] = boost::edges(g); it != end; ++it) {
            if (!keepVertex[boost::source(*it, g)] || !keepVertex[boost::target(*it, g)]) keepEdge[g[*it].relation] = 0;
        }
    }
    vertices_ = std::make_shared<const std::vector<char>>(std::move(keepVertex));
    edges_ = std::make_shared<const std::vector<char>>(std::move(keepEdge));
}

}  // namespace kakehashi::graph
