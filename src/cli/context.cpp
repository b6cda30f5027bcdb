#include "context.h"

#include <cmath>

#include "kakehashi/core/resources.h"

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

int Context::hops(int fallback) const {
    auto value = args.number("hops");
    if (!value) usage(value.error());
    if (!*value) return fallback;
    const double k = **value;
    if (k < 1 || k > 20 || k != std::floor(k)) usage("--hops must be a whole number from 1 to 20");
    return static_cast<int>(k);
}

}  // namespace kakehashi::cli
