#include "kakehashi/export/json_format.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "kakehashi/core/ids.h"

namespace kakehashi::exports {
namespace {

using nlohmann::json;

json orNull(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }
json orNull(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

template <typename Range>
json rangesJson(const Range& ranges, std::set<std::int64_t>& documents) {
    json out = json::array();
    for (const auto& r : ranges) {
        out.push_back({{"document", r.document}, {"start", r.start}, {"end", r.end}, {"text", r.text}});
        documents.insert(r.document);
    }
    return out;
}

std::string optionalString(const json& object, const char* key) {
    auto it = object.find(key);
    return it == object.end() || it->is_null() ? std::string() : it->get<std::string>();
}

std::optional<double> optionalNumber(const json& object, const char* key) {
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) return std::nullopt;
    return it->get<double>();
}

template <typename Range>
std::vector<Range> readRanges(const json& object, const char* key) {
    std::vector<Range> out;
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) return out;
    for (const auto& r : *it)
        out.push_back(Range{r.at("document").get<std::int64_t>(), r.at("start").get<std::int64_t>(),
                            r.at("end").get<std::int64_t>(), r.value("text", std::string())});
    return out;
}

core::Snapshot readSnapshot(const json& root) {
    core::Snapshot snapshot;
    std::set<std::string> ids;
    for (const auto& node : root.at("nodes")) {
        core::Entity entity;
        entity.id = node.at("id").get<std::string>();
        entity.name = node.at("name").get<std::string>();
        const auto typeName = node.at("type").get<std::string>();
        const auto type = core::entityTypeFromString(typeName);
        if (!type) throw std::invalid_argument("node '" + entity.id + "' has unknown type '" + typeName + "'");
        entity.type = *type;
        if (!ids.insert(entity.id).second) throw std::invalid_argument("node id '" + entity.id + "' appears twice");
        entity.aliases = node.value("aliases", std::vector<std::string>{});
        entity.country = optionalString(node, "country");
        entity.sectors = node.value("sectors", std::vector<std::string>{});
        entity.usd = optionalNumber(node, "usd");
        entity.amountText = optionalString(node, "amount_text");
        entity.currency = optionalString(node, "currency");
        entity.evidence = readRanges<core::Evidence>(node, "evidence");
        entity.mentions = readRanges<core::Mention>(node, "mentions");
        snapshot.entities.push_back(std::move(entity));
    }
    for (const auto& edge : root.at("edges")) {
        core::Relation relation;
        relation.source = edge.at("source").get<std::string>();
        relation.target = edge.at("target").get<std::string>();
        const auto typeName = edge.at("type").get<std::string>();
        const auto type = core::relationTypeFromString(typeName);
        if (!type) throw std::invalid_argument("edge has unknown type '" + typeName + "'");
        relation.type = *type;
        relation.id = optionalString(edge, "id");
        if (relation.id.empty()) relation.id = core::makeRelationId(relation.type, relation.source, relation.target);
        for (const auto& end : {relation.source, relation.target})
            if (!ids.count(end)) throw std::invalid_argument("edge '" + relation.id + "' names unknown node '" + end + "'");
        relation.usd = optionalNumber(edge, "usd");
        relation.sectors = edge.value("sectors", std::vector<std::string>{});
        relation.evidence = readRanges<core::Evidence>(edge, "evidence");
        snapshot.relations.push_back(std::move(relation));
    }
    if (auto it = root.find("documents"); it != root.end()) {
        for (const auto& doc : *it)
            snapshot.documents.push_back({doc.at("id").get<std::int64_t>(), optionalString(doc, "title"),
                                          optionalString(doc, "sha256"), optionalString(doc, "path"),
                                          optionalString(doc, "date")});
    }
    return snapshot;
}

}  // namespace

json toJson(const graph::Subgraph& subgraph, const ExportOptions& options) {
    json root = {{"format", kJsonFormatName}, {"version", kJsonFormatVersion}};
    json nodes = json::array(), edges = json::array(), documents = json::array();
    std::set<std::int64_t> referenced;
    if (subgraph.source) {
        const graph::KnowledgeGraph& kg = *subgraph.source;
        const graph::Graph& g = kg.graph();
        for (graph::Vertex v : subgraph.nodes) {
            const core::Entity& e = kg.entity(v);
            json node = {{"id", e.id},
                         {"name", e.name},
                         {"type", core::toString(e.type)},
                         {"aliases", e.aliases},
                         {"country", orNull(e.country)},
                         {"sectors", e.sectors},
                         {"usd", orNull(e.usd)},
                         {"amount_text", orNull(e.amountText)},
                         {"currency", orNull(e.currency)},
                         {"first_date", orNull(g[v].firstDate)},
                         {"evidence", rangesJson(e.evidence, referenced)}};
            if (options.includeMentions) node["mentions"] = rangesJson(e.mentions, referenced);
            if (options.positions && v < options.positions->size()) {
                const graph::Point& p = (*options.positions)[v];
                if (std::isfinite(p.x) && std::isfinite(p.y)) {
                    node["x"] = p.x;
                    node["y"] = p.y;
                }
            }
            nodes.push_back(std::move(node));
        }
        for (graph::Edge edge : subgraph.edges) {
            const core::Relation& r = kg.relation(edge);
            const std::string& source = g[boost::source(edge, g)].id;
            const std::string& target = g[boost::target(edge, g)].id;
            edges.push_back({{"id", r.id.empty() ? core::makeRelationId(r.type, source, target) : r.id},
                             {"source", source},
                             {"target", target},
                             {"type", core::toString(r.type)},
                             {"directed", !core::isUndirected(r.type)},
                             {"usd", orNull(r.usd)},
                             {"sectors", r.sectors},
                             {"evidence", rangesJson(r.evidence, referenced)}});
        }
        for (const auto& doc : kg.snapshot().documents) {
            if (!referenced.count(doc.id)) continue;
            documents.push_back({{"id", doc.id},
                                 {"title", doc.title},
                                 {"sha256", doc.sha256},
                                 {"path", doc.path},
                                 {"date", orNull(doc.date)}});
        }
    }
    root["nodes"] = std::move(nodes);
    root["edges"] = std::move(edges);
    root["documents"] = std::move(documents);
    json filters = subgraph.filter.toJson();
    filters["focus"] = orNull(subgraph.focus);
    filters["hops"] = subgraph.hops;
    root["filters"] = std::move(filters);
    return root;
}

core::Result<JsonGraph> fromJson(const json& root, std::string_view origin) {
    const std::string where(origin);
    try {
        if (!root.is_object() || root.value("format", std::string()) != kJsonFormatName)
            return core::Error{where + ": not a Kakehashi graph (\"format\" is not \"kakehashi-graph\")"};
        const int version = root.at("version").get<int>();
        if (version > kJsonFormatVersion)
            return core::Error{where + ": graph format version " + std::to_string(version) +
                               " is newer than this program reads (" + std::to_string(kJsonFormatVersion) + ")"};
        if (version < 1) return core::Error{where + ": invalid graph format version " + std::to_string(version)};
        JsonGraph result;
        result.snapshot = readSnapshot(root);
        if (auto it = root.find("filters"); it != root.end() && !it->is_null()) {
            result.filter = graph::Filter::fromJson(*it);
            result.focus = optionalString(*it, "focus");
            result.hops = it->value("hops", 0);
        }
        return result;
    } catch (const std::exception& error) {
        // nlohmann's own messages ("[json.exception.out_of_range.403] key 'id'
        // not found") are precise enough to act on; keep them.
        return core::Error{where + ": invalid Kakehashi graph: " + error.what()};
    }
}

core::Result<JsonGraph> parseJson(std::string_view text, std::string_view origin) {
    json root = json::parse(text.begin(), text.end(), nullptr, false);
    if (root.is_discarded()) return core::Error{std::string(origin) + ": not valid JSON"};
    return fromJson(root, origin);
}

core::Result<JsonGraph> readJsonFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return core::Error{path.string() + ": cannot read: " + std::strerror(errno)};
    std::ostringstream text;
    text << in.rdbuf();
    return parseJson(text.str(), path.string());
}

}  // namespace kakehashi::exports
