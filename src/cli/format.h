#pragma once

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "kakehashi/graph/filter.h"
#include "kakehashi/graph/subgraph.h"

namespace kakehashi::cli {

// "$110 million", "$1.2 billion", "$50,000".
std::string formatUsd(double usd);
// Compact: "$110M", "$1.2B", "$2.49T", "$50K", "$900"; three significant
// digits at most, for tables.
std::string formatUsdShort(double usd);
// The filter's restrictions in words ("sector quantum, at least $100M"), or
// empty when it keeps everything.
std::string describeFilter(const graph::Filter& filter);
// "A, B, C and 4 more": the first `shown` names, then how many were left out.
std::string nameList(const std::vector<std::string>& names, std::size_t shown);
// Whitespace runs (newlines included) as single spaces.
std::string oneLine(std::string_view text);

// Vertices whose type the filter keeps, by name.
std::vector<graph::Vertex> applyTypeFilter(const graph::KnowledgeGraph& graph, const graph::Filter& filter);

// Undirected degree and the dollars on the relations touching a vertex
// (a fund's own amount for funds).
int degree(const graph::KnowledgeGraph& graph, graph::Vertex v);
double moneyOf(const graph::KnowledgeGraph& graph, graph::Vertex v);

// id, name, type, country: enough to name an entity in an analysis result.
nlohmann::json entityRefJson(const graph::KnowledgeGraph& graph, graph::Vertex v);
// A relation with its ends and every evidence sentence (document, title,
// character range, text).
nlohmann::json relationJson(const graph::KnowledgeGraph& graph, graph::Edge e);
nlohmann::json evidenceJson(const graph::KnowledgeGraph& graph, const core::Relation& relation);
// The relation read from `from`: "A  --type-->  B" when stored in that
// direction, "A  <--type--  B" when not ("A  --partners_with--  B" either
// way), then its amount if it has one.
std::string relationLine(const graph::KnowledgeGraph& graph, graph::Edge e, graph::Vertex from);
// The first evidence sentence, quoted, on its own line, or nothing.
void printFirstEvidence(std::ostream& out, const core::Relation& relation, std::string_view indent);

nlohmann::json entityJson(const graph::KnowledgeGraph& graph, graph::Vertex v);
// JSON format v1 (docs/json-format.md) of a subgraph, via the export module.
nlohmann::json graphJson(const graph::Subgraph& subgraph);

void printEntities(std::ostream& out, const graph::KnowledgeGraph& graph);
void printEntities(std::ostream& out, const graph::KnowledgeGraph& graph, const std::vector<graph::Vertex>& vertices);
void printRelations(std::ostream& out, const graph::KnowledgeGraph& graph);

}  // namespace kakehashi::cli
