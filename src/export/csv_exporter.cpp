#include "kakehashi/export/csv_exporter.h"

#include <cmath>
#include <sstream>

#include "atomic_file.h"
#include "kakehashi/export/json_format.h"

namespace kakehashi::exports {
namespace {

// RFC 4180 quoting, hand-written: the stack has no CSV library and the rule
// is three lines.
std::string field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string number(const std::optional<double>& value) {
    if (!value || !std::isfinite(*value)) return {};
    std::ostringstream out;
    out.precision(15);
    out << *value;
    return out.str();
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ";") + item;
    return out;
}

}  // namespace

std::filesystem::path CsvExporter::edgesPath(const std::filesystem::path& nodesPath) {
    std::filesystem::path edges = nodesPath;
    edges.replace_extension();
    edges += ".edges";
    edges += nodesPath.has_extension() ? nodesPath.extension() : std::filesystem::path(".csv");
    return edges;
}

core::Status CsvExporter::write(const graph::Subgraph& subgraph, const ExportOptions& options,
                                const std::filesystem::path& path) const {
    nlohmann::json recorded = subgraph.filter.toJson();
    recorded["focus"] = subgraph.focus.empty() ? nlohmann::json(nullptr) : nlohmann::json(subgraph.focus);
    recorded["hops"] = subgraph.hops;
    // The one comment line records format and filters; pandas reads past it
    // with comment='#', other readers skip one line.
    const std::string header = "# " + std::string(kJsonFormatName) + " csv v1; filters: " + recorded.dump() + "\n";
    const bool withPositions = options.positions.has_value();

    std::ostringstream nodes, edges;
    nodes << header << "id,name,type,country,sectors,usd,aliases,first_date,evidence_count"
          << (withPositions ? ",x,y" : "") << "\n";
    edges << header << "id,source,target,type,directed,usd,sectors,evidence_count,evidence_text\n";
    if (subgraph.source) {
        const graph::KnowledgeGraph& kg = *subgraph.source;
        const graph::Graph& g = kg.graph();
        for (graph::Vertex v : subgraph.nodes) {
            const core::Entity& e = kg.entity(v);
            nodes << field(e.id) << ',' << field(e.name) << ',' << core::toString(e.type) << ',' << field(e.country)
                  << ',' << field(joined(e.sectors)) << ',' << number(e.usd) << ',' << field(joined(e.aliases)) << ','
                  << g[v].firstDate << ',' << e.evidence.size();
            if (withPositions) {
                const bool has = v < options.positions->size();
                nodes << ',' << (has ? number((*options.positions)[v].x) : "") << ','
                      << (has ? number((*options.positions)[v].y) : "");
            }
            nodes << '\n';
        }
        for (graph::Edge edge : subgraph.edges) {
            const core::Relation& r = kg.relation(edge);
            std::string text;
            for (const auto& ev : r.evidence) text += (text.empty() ? "" : " | ") + ev.text;
            edges << field(r.id) << ',' << field(g[boost::source(edge, g)].id) << ','
                  << field(g[boost::target(edge, g)].id) << ',' << core::toString(r.type) << ','
                  << (core::isUndirected(r.type) ? "false" : "true") << ',' << number(r.usd) << ','
                  << field(joined(r.sectors)) << ',' << r.evidence.size() << ',' << field(text) << '\n';
        }
    }
    if (auto status = detail::writeAtomically(path, nodes.str()); !status) return status;
    return detail::writeAtomically(edgesPath(path), edges.str());
}

}  // namespace kakehashi::exports
