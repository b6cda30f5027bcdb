// ingest, extract, stats, entities, search: commands that read text or the
// store directly.

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "format.h"
#include "kakehashi/graph/subgraph.h"
#include "kakehashi/ingest/loader.h"
#include "kakehashi/pipeline/ingest_job.h"

namespace kakehashi::cli {
namespace {

int ingestCommand(Context& c) {
    auto store = c.openStore(store::OpenMode::ReadWrite);
    const auto extractor = c.loadExtractor();
    std::vector<std::filesystem::path> paths(c.args.positionals().begin(), c.args.positionals().end());
    const auto report = pipeline::IngestJob(extractor, store).run(paths);

    for (const auto& added : report.added)
        c.out << "added     " << added.path << " (" << added.entities << " entities, " << added.relations
              << " relations)\n";
    for (const auto& path : report.duplicates) c.out << "unchanged " << path << " (already stored)\n";
    for (const auto& warning : report.warnings) c.err << "warning: " << warning.path << ": " << warning.message << "\n";
    for (const auto& error : report.rejected) c.err << "kakehashi-cli ingest: " << error.message << "\n";
    c.out << report.added.size() << " added, " << report.duplicates.size() << " unchanged, " << report.rejected.size()
          << " rejected -> " << store.path().string() << "\n";
    return report.anyRejected() ? kInputRejected : kSuccess;
}

int extractCommand(Context& c) {
    const std::filesystem::path file = c.args.positionals().front();
    auto document = ingest::loadDocument(file);
    if (!document) Context::rejected(document.error());
    const auto extraction = c.loadExtractor().extract(std::move(document).value());
    for (const auto& issue : extraction.issues) c.err << "warning: " << file.string() << ": " << issue.message << "\n";
    const graph::KnowledgeGraph graph(core::snapshotOf(extraction));
    if (c.json()) {
        c.out << graphJson(graph::wholeGraph(graph)).dump(2) << "\n";
        return kSuccess;
    }
    printEntities(c.out, graph);
    c.out << "\n";
    printRelations(c.out, graph);
    return kSuccess;
}

int statsCommand(Context& c) {
    const auto store = c.openStore(store::OpenMode::ReadOnly);
    auto stats = store.stats();
    if (!stats) Context::rejected(stats.error());
    if (c.json()) {
        nlohmann::json j = {{"database", store.path().string()}, {"schema_version", stats->schemaVersion},
                            {"documents", stats->documents},     {"entities", stats->entities},
                            {"relations", stats->relations},     {"evidence", stats->evidence},
                            {"mentions", stats->mentions},       {"entities_by_type", stats->entitiesByType},
                            {"relations_by_type", stats->relationsByType},
                            {"total_fund_usd", stats->totalFundUsd}};
        c.out << j.dump(2) << "\n";
        return kSuccess;
    }
    c.out << "database   " << store.path().string() << " (schema v" << stats->schemaVersion << ")\n"
          << "documents  " << stats->documents << "\n"
          << "entities   " << stats->entities << "\n";
    for (const auto& [type, n] : stats->entitiesByType) c.out << "  " << std::left << std::setw(20) << type << n << "\n";
    c.out << "relations  " << stats->relations << "\n";
    for (const auto& [type, n] : stats->relationsByType) c.out << "  " << std::left << std::setw(20) << type << n << "\n";
    c.out << "evidence   " << stats->evidence << " sentences, " << stats->mentions << " mentions\n"
          << "funds      " << formatUsd(stats->totalFundUsd) << " in total\n";
    return kSuccess;
}

int entitiesCommand(Context& c) {
    graph::Filter filter;
    filter.types = c.filter().types;
    const auto store = c.openStore(store::OpenMode::ReadOnly);
    const auto graph = c.loadGraph(store);
    const auto subgraph = applyTypeFilter(graph, filter);
    if (c.json()) {
        nlohmann::json list = nlohmann::json::array();
        for (auto v : subgraph) list.push_back(entityJson(graph, v));
        c.out << list.dump(2) << "\n";
        return kSuccess;
    }
    printEntities(c.out, graph, subgraph);
    return kSuccess;
}

int searchCommand(Context& c) {
    const auto store = c.openStore(store::OpenMode::ReadOnly);
    std::string query;
    for (const auto& word : c.args.positionals()) query += (query.empty() ? "" : " ") + word;
    auto hits = store.search(query, 30);
    if (!hits) Context::rejected(hits.error());
    if (c.json()) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto& h : *hits)
            list.push_back({{"kind", h.kind == store::SearchHit::Kind::Document ? "document" : "entity"},
                            {"ref", h.ref},
                            {"title", h.title},
                            {"snippet", h.snippet}});
        c.out << list.dump(2) << "\n";
        return kSuccess;
    }
    if (hits->empty()) c.out << "no match for '" << query << "'\n";
    for (const auto& h : *hits) {
        const bool doc = h.kind == store::SearchHit::Kind::Document;
        c.out << (doc ? "document  " : "entity    ") << h.title << "  [" << (doc ? "#" : "") << h.ref << "]\n";
        if (doc) c.out << "          " << oneLine(h.snippet) << "\n";
    }
    return kSuccess;
}

}  // namespace

std::vector<Command> dataCommands() {
    return {
        {"ingest", "[--db DB] PATH...", "Read announcement files or folders (.txt, .md, .html) into the database.",
         {dbOption()}, ingestCommand, 1, SIZE_MAX},
        {"extract", "FILE [--json]", "Show what would be extracted from one file; no database is touched.",
         {jsonOption()}, extractCommand, 1, 1},
        {"stats", "[--db DB] [--json]", "Count documents, entities, relations and evidence in the database.",
         {dbOption(), jsonOption()}, statsCommand, 0, 0},
        {"entities", "[--db DB] [--type T]... [--json]", "List entities with type, country, degree and money.",
         {dbOption(), jsonOption(), {"type", true, "T", "only entities of type T (repeatable)"}}, entitiesCommand, 0,
         0},
        {"search", "[--db DB] QUERY", "Full-text search over document texts and entity names and aliases.",
         {dbOption(), jsonOption()}, searchCommand, 1, SIZE_MAX},
    };
}

}  // namespace kakehashi::cli
