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
// Whitespace runs (newlines included) as single spaces.
std::string oneLine(std::string_view text);

// Vertices whose type the filter keeps, by name.
std::vector<graph::Vertex> applyTypeFilter(const graph::KnowledgeGraph& graph, const graph::Filter& filter);

// Undirected degree and the dollars on the relations touching a vertex
// (a fund's own amount for funds).
int degree(const graph::KnowledgeGraph& graph, graph::Vertex v);
double moneyOf(const graph::KnowledgeGraph& graph, graph::Vertex v);

nlohmann::json entityJson(const graph::KnowledgeGraph& graph, graph::Vertex v);
// JSON format v1 (docs/json-format.md) of a subgraph, via the export module.
nlohmann::json graphJson(const graph::Subgraph& subgraph);

void printEntities(std::ostream& out, const graph::KnowledgeGraph& graph);
void printEntities(std::ostream& out, const graph::KnowledgeGraph& graph, const std::vector<graph::Vertex>& vertices);
void printRelations(std::ostream& out, const graph::KnowledgeGraph& graph);

}  // namespace kakehashi::cli
