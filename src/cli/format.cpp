#include "format.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <ostream>
#include <sstream>

#include "kakehashi/export/json_format.h"

namespace kakehashi::cli {

std::string formatUsd(double usd) {
    std::ostringstream out;
    out << std::fixed;
    if (usd >= 1e9) {
        out << std::setprecision(usd >= 1e10 || std::fmod(usd, 1e9) == 0 ? 0 : 1) << usd / 1e9 << " billion";
    } else if (usd >= 1e6) {
        out << std::setprecision(std::fmod(usd, 1e6) == 0 ? 0 : 1) << usd / 1e6 << " million";
    } else {
        out << std::setprecision(0) << usd;
    }
    return "$" + out.str();
}

std::string oneLine(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
            space = !out.empty();
            continue;
        }
        if (space) out.push_back(' ');
        space = false;
        out.push_back(c);
    }
    return out;
}

std::vector<graph::Vertex> applyTypeFilter(const graph::KnowledgeGraph& graph, const graph::Filter& filter) {
    std::vector<graph::Vertex> vertices;
    const auto& g = graph.graph();
    for (auto v : boost::make_iterator_range(boost::vertices(g)))
        if (filter.types.empty() || std::count(filter.types.begin(), filter.types.end(), g[v].type))
            vertices.push_back(v);
    std::sort(vertices.begin(), vertices.end(), [&](auto a, auto b) {
        return std::tie(g[a].type, g[a].name) < std::tie(g[b].type, g[b].name);
    });
    return vertices;
}

int degree(const graph::KnowledgeGraph& graph, graph::Vertex v) {
    return static_cast<int>(boost::out_degree(v, graph.graph()) + boost::in_degree(v, graph.graph()));
}

double moneyOf(const graph::KnowledgeGraph& graph, graph::Vertex v) {
    const auto& g = graph.graph();
    if (g[v].usd) return *g[v].usd;
    double total = 0;
    for (auto e : boost::make_iterator_range(boost::out_edges(v, g)))
        if (g[e].usd) total += *g[e].usd;
    for (auto e : boost::make_iterator_range(boost::in_edges(v, g)))
        if (g[e].usd) total += *g[e].usd;
    return total;
}

nlohmann::json entityJson(const graph::KnowledgeGraph& graph, graph::Vertex v) {
    const auto& entity = graph.entity(v);
    return {{"id", entity.id},
            {"name", entity.name},
            {"type", core::toString(entity.type)},
            {"country", entity.country.empty() ? nlohmann::json(nullptr) : nlohmann::json(entity.country)},
            {"aliases", entity.aliases},
            {"sectors", entity.sectors},
            {"usd", entity.usd ? nlohmann::json(*entity.usd) : nlohmann::json(nullptr)},
            {"degree", degree(graph, v)},
            {"evidence", entity.evidence.size()}};
}

nlohmann::json graphJson(const graph::Subgraph& subgraph) { return exports::toJson(subgraph); }

void printEntities(std::ostream& out, const graph::KnowledgeGraph& graph) {
    printEntities(out, graph, applyTypeFilter(graph, {}));
}

void printEntities(std::ostream& out, const graph::KnowledgeGraph& graph, const std::vector<graph::Vertex>& vertices) {
    // The name column is as wide as the longest name, so long agency names
    // never run into the type column.
    int width = 4;
    for (auto v : vertices) width = std::max(width, static_cast<int>(graph.entity(v).name.size()));
    width += 2;
    out << std::left << std::setw(width) << "NAME" << std::setw(20) << "TYPE" << std::setw(8) << "COUNTRY"
        << std::setw(8) << "DEGREE" << "USD\n";
    for (auto v : vertices) {
        const auto& e = graph.entity(v);
        const double money = moneyOf(graph, v);
        out << std::left << std::setw(width) << e.name << std::setw(20) << core::toString(e.type) << std::setw(8)
            << (e.country.empty() ? "-" : e.country) << std::setw(8) << degree(graph, v)
            << (money > 0 ? formatUsd(money) : "-") << "\n";
    }
    out << vertices.size() << " entities\n";
}

void printRelations(std::ostream& out, const graph::KnowledgeGraph& graph) {
    const auto& g = graph.graph();
    std::size_t count = 0;
    for (auto e : boost::make_iterator_range(boost::edges(g))) {
        const auto& r = graph.relation(e);
        out << g[boost::source(e, g)].name << "  --" << core::toString(r.type) << "-->  " << g[boost::target(e, g)].name;
        if (r.usd) out << "  (" << formatUsd(*r.usd) << ")";
        out << "\n";
        if (!r.evidence.empty()) out << "    \"" << oneLine(r.evidence.front().text) << "\"\n";
        ++count;
    }
    out << count << " relations\n";
}

}  // namespace kakehashi::cli
