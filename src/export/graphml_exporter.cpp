#include "kakehashi/export/graphml_exporter.h"

#include <cmath>
#include <limits>
#include <sstream>

// GCC 12 reports a -Wmaybe-uninitialized false positive inside Boost 1.74's
// write_graphml (an edge iterator's optional, graphml.hpp:352) once it is
// inlined here; the code is Boost's, so the warning is silenced for this
// translation unit only.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <boost/graph/graphml.hpp>

#include "atomic_file.h"
#include "kakehashi/export/json_format.h"

namespace kakehashi::exports {
namespace {

// GraphML wants one value per key for every node and edge, so lists are
// joined with "; " and unknown numbers are NaN (networkx reads them as
// float('nan')).
constexpr double kUnknown = std::numeric_limits<double>::quiet_NaN();

struct GmlNode {
    std::string id, name, type, country, sectors, aliases, firstDate, amountText, currency;
    double usd = kUnknown, x = kUnknown, y = kUnknown;
    int evidenceCount = 0;
};

struct GmlEdge {
    std::string id, type, sectors, evidence, evidenceText;
    double usd = kUnknown;
    bool directed = true;
    int evidenceCount = 0;
};

using GmlGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, GmlNode, GmlEdge>;

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : "; ") + item;
    return out;
}

}  // namespace

core::Status GraphmlExporter::write(const graph::Subgraph& subgraph, const ExportOptions& options,
                                    const std::filesystem::path& path) const {
    GmlGraph out;
    std::string filters;
    if (subgraph.source) {
        const graph::KnowledgeGraph& kg = *subgraph.source;
        const graph::Graph& g = kg.graph();
        std::unordered_map<graph::Vertex, GmlGraph::vertex_descriptor> local;
        for (graph::Vertex v : subgraph.nodes) {
            const core::Entity& e = kg.entity(v);
            GmlNode node{e.id, e.name, std::string(core::toString(e.type)), e.country, joined(e.sectors),
                         joined(e.aliases), g[v].firstDate, e.amountText, e.currency};
            node.usd = e.usd.value_or(kUnknown);
            node.evidenceCount = static_cast<int>(e.evidence.size());
            if (options.positions && v < options.positions->size()) {
                node.x = (*options.positions)[v].x;
                node.y = (*options.positions)[v].y;
            }
            local.emplace(v, boost::add_vertex(std::move(node), out));
        }
        for (graph::Edge edge : subgraph.edges) {
            const core::Relation& r = kg.relation(edge);
            auto s = local.find(boost::source(edge, g));
            auto t = local.find(boost::target(edge, g));
            if (s == local.end() || t == local.end()) continue;
            GmlEdge props{r.id, std::string(core::toString(r.type)), joined(r.sectors), {}, {}};
            for (const auto& ev : r.evidence) {
                props.evidence += (props.evidence.empty() ? "" : "; ") + std::to_string(ev.document) + ":" +
                                  std::to_string(ev.start) + "-" + std::to_string(ev.end);
                props.evidenceText += (props.evidenceText.empty() ? "" : " | ") + ev.text;
            }
            props.usd = r.usd.value_or(kUnknown);
            props.directed = !core::isUndirected(r.type);
            props.evidenceCount = static_cast<int>(r.evidence.size());
            boost::add_edge(s->second, t->second, std::move(props), out);
        }
    }
    {
        nlohmann::json recorded = subgraph.filter.toJson();
        recorded["focus"] = subgraph.focus.empty() ? nlohmann::json(nullptr) : nlohmann::json(subgraph.focus);
        recorded["hops"] = subgraph.hops;
        filters = recorded.dump();
    }
    std::string format = std::string(kJsonFormatName) + " graphml v1";

    boost::dynamic_properties dp(boost::ignore_other_properties);
    dp.property("entity_id", boost::get(&GmlNode::id, out));
    dp.property("name", boost::get(&GmlNode::name, out));
    dp.property("type", boost::get(&GmlNode::type, out));
    dp.property("country", boost::get(&GmlNode::country, out));
    dp.property("sectors", boost::get(&GmlNode::sectors, out));
    dp.property("aliases", boost::get(&GmlNode::aliases, out));
    dp.property("first_date", boost::get(&GmlNode::firstDate, out));
    dp.property("amount_text", boost::get(&GmlNode::amountText, out));
    dp.property("currency", boost::get(&GmlNode::currency, out));
    dp.property("usd", boost::get(&GmlNode::usd, out));
    dp.property("evidence_count", boost::get(&GmlNode::evidenceCount, out));
    if (options.positions) {
        dp.property("x", boost::get(&GmlNode::x, out));
        dp.property("y", boost::get(&GmlNode::y, out));
    }
    dp.property("relation_id", boost::get(&GmlEdge::id, out));
    dp.property("type", boost::get(&GmlEdge::type, out));
    dp.property("sectors", boost::get(&GmlEdge::sectors, out));
    dp.property("evidence", boost::get(&GmlEdge::evidence, out));
    dp.property("evidence_text", boost::get(&GmlEdge::evidenceText, out));
    dp.property("usd", boost::get(&GmlEdge::usd, out));
    dp.property("directed", boost::get(&GmlEdge::directed, out));
    dp.property("evidence_count", boost::get(&GmlEdge::evidenceCount, out));
    dp.property("filters", boost::ref_property_map<GmlGraph*, std::string>(filters));
    dp.property("format", boost::ref_property_map<GmlGraph*, std::string>(format));

    std::ostringstream text;
    try {
        boost::write_graphml(text, out, dp, true);
    } catch (const std::exception& error) {
        return core::Error{path.string() + ": cannot write GraphML: " + error.what()};
    }
    return detail::writeAtomically(path, text.str());
}

}  // namespace kakehashi::exports

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
