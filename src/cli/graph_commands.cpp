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

nlohmann::json evidenceJson(const graph::KnowledgeGraph& graph, const core::Relation& relation) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& e : relation.evidence) {
        std::string title;
        for (const auto& d : graph.snapshot().documents)
            if (d.id == e.document) title = d.title;
        list.push_back({{"document", e.document}, {"title", title}, {"start", e.start}, {"end", e.end}, {"text", e.text}});
    }
    return list;
}

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

int pathCommand(Context& c) {
    const auto filter = c.filter();
    const auto store = c.openStore(store::OpenMode::ReadOnly);
    const auto graph = c.loadGraph(store);
    const auto& from = c.args.positionals()[0];
    const auto& to = c.args.positionals()[1];
    auto path = graph::shortestPath(graph, from, to, filter);
    if (!path) Context::rejected(path.error());
    const auto& g = graph.graph();
    if (c.json()) {
        nlohmann::json hops = nlohmann::json::array();
        for (const auto& hop : path->hops) {
            const auto& r = graph.relation(hop.edge);
            hops.push_back({{"from", g[hop.from].id},
                            {"to", g[hop.to].id},
                            {"relation", r.id},
                            {"type", core::toString(r.type)},
                            {"forward", hop.forward},
                            {"evidence", evidenceJson(graph, r)}});
        }
        nlohmann::json nodes = nlohmann::json::array();
        for (auto v : path->nodes) nodes.push_back(entityJson(graph, v));
        c.out << nlohmann::json{{"from", g[path->nodes.front()].id},
                                {"to", g[path->nodes.back()].id},
                                {"length", path->hops.size()},
                                {"nodes", nodes},
                                {"hops", hops}}
                     .dump(2)
              << "\n";
        return kSuccess;
    }
    c.out << g[path->nodes.front()].name << " reaches " << g[path->nodes.back()].name << " in " << path->hops.size()
          << " hop(s):\n";
    for (std::size_t i = 0; i < path->hops.size(); ++i) {
        const auto& hop = path->hops[i];
        const auto& r = graph.relation(hop.edge);
        c.out << "  " << i + 1 << ". " << g[hop.from].name << (hop.forward ? "  --" : "  <--")
              << core::toString(r.type) << (hop.forward ? "-->  " : "--  ") << g[hop.to].name << "\n";
        if (!r.evidence.empty()) c.out << "     \"" << oneLine(r.evidence.front().text) << "\"\n";
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
    graph::Subgraph subgraph;
    if (auto focus = c.args.value("focus")) {
        auto focused = graph::neighbourhood(graph, *focus, hops, filter);
        if (!focused) Context::rejected(focused.error());
        subgraph = std::move(focused).value();
    } else {
        subgraph = graph::applyFilter(graph, filter);
    }
    if (auto status = exporter->write(subgraph, options, *output); !status) Context::rejected(status.error());
    c.out << "wrote " << *output << " (" << *format << ", " << subgraph.nodes.size() << " nodes, "
          << subgraph.edges.size() << " edges)\n";
    return kSuccess;
}

}  // namespace

std::vector<Command> graphCommands() {
    auto withFilters = [](std::vector<OptionSpec> options) {
        for (auto& o : filterOptions()) options.push_back(o);
        return options;
    };
    const OptionSpec hops{"hops", true, "K", "how many steps out (default 1)"};
    return {
        {"neighbors", "[--db DB] ENTITY [--hops K] [--json]", "Entities within K relations of ENTITY.",
         withFilters({dbOption(), jsonOption(), hops}), neighborsCommand, 1, 1},
        {"path", "[--db DB] FROM TO [--json]", "The shortest chain of relations from one entity to another, with evidence.",
         withFilters({dbOption(), jsonOption()}), pathCommand, 2, 2},
        {"export", "[--db DB] --format json|graphml|csv|png|svg -o FILE [filters] [--focus ENTITY [--hops K]]",
         "Write the filtered or focused graph to a file.",
         withFilters({dbOption(),
                      {"format", true, "F", "json, graphml, csv, png or svg"},
                      {"o", true, "FILE", "output file (-o FILE)"},
                      {"focus", true, "ENTITY", "only the neighbourhood of ENTITY"},
                      hops,
                      {"scale", true, "X", "pixel scale for png (default 1)"}}),
         exportCommand, 0, 0},
    };
}

}  // namespace kakehashi::cli
