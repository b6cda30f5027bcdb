#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "kakehashi/core/result.h"
#include "kakehashi/core/snapshot.h"
#include "kakehashi/export/export_options.h"
#include "kakehashi/graph/subgraph.h"

namespace kakehashi::exports {

// Kakehashi graph JSON, format version 1 (docs/json-format.md).
inline constexpr std::string_view kJsonFormatName = "kakehashi-graph";
inline constexpr int kJsonFormatVersion = 1;

// The subgraph as a JSON v1 document: nodes, edges, the documents their
// evidence points into, and the filter/focus that chose them.
nlohmann::json toJson(const graph::Subgraph& subgraph, const ExportOptions& options = {});

// What a JSON v1 file holds, read back: the graph as a snapshot (for a
// round trip into KnowledgeGraph) and how it had been chosen.
struct JsonGraph {
    core::Snapshot snapshot;
    graph::Filter filter;
    std::string focus;
    int hops = 0;
};

// `origin` names the source in error messages ("g.json: ...").
core::Result<JsonGraph> fromJson(const nlohmann::json& json, std::string_view origin);
core::Result<JsonGraph> parseJson(std::string_view text, std::string_view origin);
core::Result<JsonGraph> readJsonFile(const std::filesystem::path& path);

}  // namespace kakehashi::exports
