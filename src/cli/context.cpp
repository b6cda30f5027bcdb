#include "context.h"

#include <cmath>

#include "kakehashi/core/resources.h"
#include "kakehashi/graph/neighbourhood.h"

namespace kakehashi::cli {

void Context::usage(const std::string& message) { throw CommandFailure{message, 2}; }
void Context::rejected(const std::string& message) { throw CommandFailure{message, 1}; }

std::filesystem::path Context::databasePath() const {
    if (auto db = args.value("db")) return *db;
    return store::defaultDatabasePath();
}

store::Store Context::openStore(store::OpenMode mode) const {
    auto opened = store::Store::open(databasePath(), mode);
    if (!opened) rejected(opened.error());
    return std::move(opened).value();
}

ingest::Extractor Context::loadExtractor() const {
    auto extractor = ingest::Extractor::load(core::resourceDir());
    if (!extractor) rejected(extractor.error());
    return std::move(extractor).value();
}

graph::KnowledgeGraph Context::loadGraph(const store::Store& store) const {
    auto snapshot = store.snapshot();
    if (!snapshot) rejected(snapshot.error());
    return graph::KnowledgeGraph(std::move(snapshot).value());
}

graph::Filter Context::filter() const {
    graph::Filter filter;
    filter.sectors = args.values("sector");
    filter.countries = args.values("country");
    for (const auto& name : args.values("type")) {
        auto type = core::entityTypeFromString(name);
        if (!type) usage("unknown entity type '" + name + "' (university, government_agency, research_institute, "
                         "company, fund, program, person, country)");
        filter.types.push_back(*type);
    }
    for (const char* bound : {"min-usd", "max-usd"}) {
        auto value = args.number(bound);
        if (!value) usage(value.error());
        if (*value && (!std::isfinite(**value) || **value < 0)) usage(std::string("--") + bound + " must be >= 0");
        (bound[1] == 'i' ? filter.minUsd : filter.maxUsd) = *value;
    }
    if (filter.minUsd && filter.maxUsd && *filter.minUsd > *filter.maxUsd)
        usage("--min-usd is larger than --max-usd");
    return filter;
}

int Context::hops(int fallback) const { return wholeNumber("hops", fallback, 1, 20); }

int Context::wholeNumber(const std::string& option, int fallback, int min, int max) const {
    auto value = args.number(option);
    if (!value) usage(value.error());
    if (!*value) return fallback;
    const double k = **value;
    if (k < min || k > max || k != std::floor(k))
        usage("--" + option + " must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    return static_cast<int>(k);
}

graph::Subgraph Context::chosenSubgraph(const graph::KnowledgeGraph& graph, const graph::Filter& filter,
                                        int hops) const {
    const auto focus = args.value("focus");
    if (!focus) return graph::applyFilter(graph, filter);
    auto focused = graph::neighbourhood(graph, *focus, hops, filter);
    if (!focused) rejected(focused.error());
    return std::move(focused).value();
}

}  // namespace kakehashi::cli
