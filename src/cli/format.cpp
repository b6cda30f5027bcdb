#include "format.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <ostream>
#include <sstream>

#include <boost/range/iterator_range.hpp>

#include "kakehashi/export/json_format.h"

namespace kakehashi::cli {
namespace {

// "$" and up to three significant digits, no exponent, no trailing zeros,
// then the unit.
std::string dollars(double value, const char* unit) {
    std::ostringstream out;
    out << '$' << std::fixed << std::setprecision(value >= 100 ? 0 : value >= 10 ? 1 : 2) << value;
    std::string text = out.str();
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') text.pop_back();
        if (text.back() == '.') text.pop_back();
    }
    return text.append(unit);
}

}  // namespace

std::string formatUsd(double usd) {
    std::ostringstream out;
    out << '$' << std::fixed;
    if (usd >= 1e9) {
        out << std::setprecision(usd >= 1e10 || std::fmod(usd, 1e9) == 0 ? 0 : 1) << usd / 1e9 << " billion";
    } else if (usd >= 1e6) {
        out << std::setprecision(std::fmod(usd, 1e6) == 0 ? 0 : 1) << usd / 1e6 << " million";
    } else {
        out << std::setprecision(0) << usd;
    }
    return out.str();
}

std::string formatUsdShort(double usd) {
    static constexpr std::pair<double, const char*> kUnits[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}};
    for (auto [unit, suffix] : kUnits) {
        // Rounded first, so $999.96M reads $1B rather than $1e+03M.
        const std::string text = dollars(usd / unit, suffix);
        const double rounded = std::stod(text.substr(1));
        if (rounded >= 1 && (rounded < 1000 || unit == 1e12)) return text;
    }
    return dollars(usd, "");
}

std::string describeFilter(const graph::Filter& filter) {
    std::vector<std::string> parts;
    auto list = [&](const char* what, const std::vector<std::string>& values) {
        if (!values.empty()) parts.push_back(std::string(what) + " " + nameList(values, values.size()));
    };
    list(filter.sectors.size() == 1 ? "sector" : "sectors", filter.sectors);
    if (filter.minUsd) parts.push_back("at least " + formatUsdShort(*filter.minUsd));
    if (filter.maxUsd) parts.push_back("at most " + formatUsdShort(*filter.maxUsd));
    std::vector<std::string> types;
    for (auto type : filter.types) types.emplace_back(core::toString(type));
    list(types.size() == 1 ? "type" : "types", types);
    list(filter.countries.size() == 1 ? "country" : "countries", filter.countries);
    return nameList(parts, parts.size());
}

std::string nameList(const std::vector<std::string>& names, std::size_t shown) {
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < shown; ++i) out += (i ? ", " : "") + names[i];
    if (names.size() > shown) out += " and " + std::to_string(names.size() - shown) + " more";
    return out;
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

nlohmann::json entityRefJson(const graph::KnowledgeGraph& graph, graph::Vertex v) {
    const auto& node = graph.graph()[v];
    return {{"id", node.id},
            {"name", node.name},
            {"type", core::toString(node.type)},
            {"country", node.country.empty() ? nlohmann::json(nullptr) : nlohmann::json(node.country)}};
}

nlohmann::json evidenceJson(const graph::KnowledgeGraph& graph, const core::Relation& relation) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& e : relation.evidence) {
        std::string title;
        for (const auto& d : graph.snapshot().documents)
            if (d.id == e.document) title = d.title;
        list.push_back(
            {{"document", e.document}, {"title", title}, {"start", e.start}, {"end", e.end}, {"text", e.text}});
    }
    return list;
}

nlohmann::json relationJson(const graph::KnowledgeGraph& graph, graph::Edge e) {
    const auto& g = graph.graph();
    const auto& r = graph.relation(e);
    return {{"id", r.id},
            {"type", core::toString(r.type)},
            {"source", g[boost::source(e, g)].id},
            {"target", g[boost::target(e, g)].id},
            {"usd", r.usd ? nlohmann::json(*r.usd) : nlohmann::json(nullptr)},
            {"evidence", evidenceJson(graph, r)}};
}

std::string relationLine(const graph::KnowledgeGraph& graph, graph::Edge e, graph::Vertex from) {
    const auto& g = graph.graph();
    const auto& r = graph.relation(e);
    const bool forward = boost::source(e, g) == from;
    const auto to = forward ? boost::target(e, g) : boost::source(e, g);
    const std::string type(core::toString(r.type));
    // partners_with has no direction to show, whichever way it was stored.
    const bool undirected = r.type == core::RelationType::PartnersWith;
    std::string line = g[from].name + (undirected ? "  --" + type + "--  "
                                       : forward  ? "  --" + type + "-->  "
                                                  : "  <--" + type + "--  ") +
                       g[to].name;
    if (r.usd) line += "  (" + formatUsd(*r.usd) + ")";
    return line;
}

void printFirstEvidence(std::ostream& out, const core::Relation& relation, std::string_view indent) {
    if (!relation.evidence.empty()) out << indent << "\"" << oneLine(relation.evidence.front().text) << "\"\n";
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
        out << relationLine(graph, e, boost::source(e, g)) << "\n";
        printFirstEvidence(out, graph.relation(e), "    ");
        ++count;
    }
    out << count << " relations\n";
}

}  // namespace kakehashi::cli
