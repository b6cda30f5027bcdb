// neighbors, path, export: commands answered by the graph engine.

#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "format.h"
#include "kakehashi/export/exporter_registry.h"
#include "kakehashi/graph/filter_predicate.h"
#include "kakehashi/graph/neighbourhood.h"
#include "kakehashi/graph/paths.h"
#include "kakehashi/graph/subgraph.h"
#include "render_exporters.h"

namespace kakehashi::cli {
namespace {

int neighborsCommand(Context& c) {
    const int hops = c.hops(1);
    const auto filter = c.filter();
    const auto store = c.openStore(store::OpenMode::ReadOnly);
    const auto graph = c.loadGraph(store);
    auto subgraph = graph::neighbourhood(graph, c.args.positionals().front(), hops, filter);
    if (!subgraph) Context::rejected(subgraph.error());
    if (c.json()) {
        c.out << graphJson(*subgraph).dump(2) << "\n";
        return kSuccess;
    }
    const auto& g = graph.graph();
    const auto center = graph.resolve(c.args.positionals().front());
    c.out << "Within " << subgraph->hops << " hop(s) of " << (center ? g[*center].name : subgraph->focus) << ":\n";
    std::vector<graph::Vertex> others;
    for (auto v : subgraph->nodes)
        if (!center || v != *center) others.push_back(v);
    printEntities(c.out, graph, others);
    return kSuccess;
}

// One path as JSON: its length, the entities along it and each hop with
// the relation it crosses and that relation's evidence.
nlohmann::json pathJson(const graph::KnowledgeGraph& graph, const graph::Path& path) {
    const auto& g = graph.graph();
    nlohmann::json hops = nlohmann::json::array();
    for (const auto& hop : path.hops) {
        const auto& r = graph.relation(hop.edge);
        hops.push_back({{"from", g[hop.from].id},
                        {"to", g[hop.to].id},
                        {"relation", r.id},
                        {"type", core::toString(r.type)},
                        {"forward", hop.forward},
                        {"evidence", evidenceJson(graph, r)}});
    }
    nlohmann::json nodes = nlohmann::json::array();
    for (auto v : path.nodes) nodes.push_back(entityJson(graph, v));
    return {{"length", path.hops.size()}, {"nodes", nodes}, {"hops", hops}};
}

void printHops(std::ostream& out, const graph::KnowledgeGraph& graph, const graph::Path& path) {
    for (std::size_t i = 0; i < path.hops.size(); ++i) {
        const auto& hop = path.hops[i];
        out << "  " << i + 1 << ". " << relationLine(graph, hop.edge, hop.from) << "\n";
        printFirstEvidence(out, graph.relation(hop.edge), "     ");
    }
}

int pathCommand(Context& c) {
    const auto k = static_cast<std::size_t>(c.wholeNumber("k", 1, 1, 100));
    const auto filter = c.filter();
    const auto store = c.openStore(store::OpenMode::ReadOnly);
    const auto graph = c.loadGraph(store);
    auto paths = graph::kShortestPaths(graph, c.args.positionals()[0], c.args.positionals()[1], k, filter);
    if (!paths) Context::rejected(paths.error());
    const auto& g = graph.graph();
    const auto& shortest = paths->front();
    const auto& from = g[shortest.nodes.front()];
    const auto& to = g[shortest.nodes.back()];
    if (c.json()) {
        // The shortest path's keys stay at the top level for readers of the
        // one-path shape; "paths" holds all of them, shortest first.
        nlohmann::json json = pathJson(graph, shortest);
        json["from"] = from.id;
        json["to"] = to.id;
        json["paths"] = nlohmann::json::array();
        for (const auto& path : *paths) json["paths"].push_back(pathJson(graph, path));
        c.out << json.dump(2) << "\n";
        return kSuccess;
    }
    if (k == 1) {
        c.out << from.name << " reaches " << to.name << " in " << shortest.hops.size() << " hop(s):\n";
        printHops(c.out, graph, shortest);
        return kSuccess;
    }
    c.out << from.name << " reaches " << to.name << " by " << paths->size() << " distinct path(s)";
    if (paths->size() < k) c.out << " (" << k << " asked; there are no more)";
    c.out << ":\n";
    for (std::size_t i = 0; i < paths->size(); ++i) {
        c.out << "\nPath " << i + 1 << ", " << (*paths)[i].hops.size() << " hop(s):\n";
        printHops(c.out, graph, (*paths)[i]);
    }
    return kSuccess;
}

int exportCommand(Context& c) {
    const auto format = c.args.value("format");
    const auto output = c.args.value("o");
    if (!format) Context::usage("--format is required (json, graphml, csv, png, svg)");
    if (!output) Context::usage("-o FILE is required");
    RenderSupport render;
    exports::ExporterRegistry registry = exports::ExporterRegistry::withBuiltins();
    // The renderers start Qt, so only a picture format brings them in.
    if (!registry.find(*format)) render.registerExporters(registry);
    const exports::Exporter* exporter = registry.find(*format);
    if (!exporter) {
        std::string known;
        for (const auto& f : registry.formats()) known += (known.empty() ? "" : ", ") + f;
        Context::usage("unknown format '" + *format + "' (" + known + ")");
    }

    const auto filter = c.filter();
    const int hops = c.hops(1);
    exports::ExportOptions options;
    if (auto scale = c.args.number("scale"); !scale)
        Context::usage(scale.error());
    else if (*scale)
        options.scale = **scale;

    const auto store = c.openStore(store::OpenMode::ReadOnly);
    const auto graph = c.loadGraph(store);
    const auto subgraph = c.chosenSubgraph(graph, filter, hops);
    if (auto status = exporter->write(subgraph, options, *output); !status) Context::rejected(status.error());
    c.out << "wrote " << *output << " (" << *format << ", " << subgraph.nodes.size() << " nodes, "
          << subgraph.edges.size() << " edges)\n";
    return kSuccess;
}

}  // namespace

std::vector<Command> graphCommands() {
    const OptionSpec hops = hopsOption();
    return {
        {"neighbors", "[--db DB] ENTITY [--hops K] [--json]", "Entities within K relations of ENTITY.",
         withFilters({dbOption(), jsonOption(), hops}), neighborsCommand, 1, 1},
        {"path", "[--db DB] FROM TO [--k N] [--json]",
         "The shortest chains of relations from one entity to another, each hop with its evidence.",
         withFilters({dbOption(), jsonOption(),
                      {"k", true, "N", "the N shortest distinct paths, shortest first (default 1, at most 100)"}}),
         pathCommand, 2, 2},
        {"export", "[--db DB] --format json|graphml|csv|png|svg -o FILE [filters] [--focus ENTITY [--hops K]]",
         "Write the filtered or focused graph to a file.",
         withFilters({dbOption(),
                      {"format", true, "F", "json, graphml, csv, png or svg"},
                      {"o", true, "FILE", "output file (-o FILE)"},
                      focusOption(),
                      hops,
                      {"scale", true, "X", "pixel scale for png (default 1)"}}),
         exportCommand, 0, 0},
    };
}

}  // namespace kakehashi::cli
