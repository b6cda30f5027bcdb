#include "synthetic_graph.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>
#include <unordered_set>

namespace kakehashi::bench {
namespace {

using core::EntityType;
using core::RelationType;

const char* const kSectors[] = {"artificial-intelligence", "quantum", "semiconductors", "biotechnology",
                                "space", "clean-energy", "telecommunications", "robotics"};

EntityType typeOf(std::size_t i, std::size_t hubs) {
    if (i < hubs) return i % 2 == 0 ? EntityType::Program : EntityType::Fund;
    switch (i % 5) {
    case 0: return EntityType::University;
    case 1: return EntityType::GovernmentAgency;
    case 2: return EntityType::ResearchInstitute;
    default: return EntityType::Company;
    }
}

RelationType relationFor(EntityType target) {
    if (target == EntityType::Program) return RelationType::ParticipatesIn;
    if (target == EntityType::Fund) return RelationType::Funds;
    return RelationType::PartnersWith;
}

}  // namespace

SyntheticGraph makeSyntheticGraph(const SyntheticSpec& spec) {
    SyntheticGraph out;
    const std::size_t n = spec.nodes, m = std::max<std::size_t>(1, spec.edgesPerNode);
    const std::size_t hubs = std::max<std::size_t>(m + 1, n / 100);
    std::mt19937_64 rng(spec.seed);

    auto& entities = out.snapshot.entities;
    entities.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        core::Entity e;
        e.type = typeOf(i, hubs);
        e.id = "e" + std::to_string(i);
        e.name = std::string(core::toString(e.type)) + " " + std::to_string(i);
        e.country = i % 11 == 10 ? "KR" : (i % 2 ? "US" : "JP");
        if (e.type == EntityType::Program || e.type == EntityType::Fund) e.country.clear();
        e.sectors = {kSectors[i % 8]};
        if (e.type == EntityType::Fund) e.usd = static_cast<double>((i * 7919) % 1000 + 1) * 1e6;
        entities.push_back(std::move(e));
    }

    // Preferential attachment: every edge end goes into `ends`, so drawing a
    // uniform element of it picks a vertex in proportion to its degree.
    std::vector<std::uint32_t> ends;
    ends.reserve(2 * n * m);
    out.edges.reserve(n * m);
    for (std::uint32_t i = 0; i <= m && i < n; ++i)
        for (std::uint32_t j = 0; j < i; ++j) {
            out.edges.emplace_back(i, j);
            ends.push_back(i);
            ends.push_back(j);
        }
    std::unordered_set<std::uint32_t> chosen;
    for (std::size_t i = m + 1; i < n; ++i) {
        chosen.clear();
        while (chosen.size() < m) {
            std::uniform_int_distribution<std::size_t> pick(0, ends.size() - 1);
            chosen.insert(ends[pick(rng)]);
        }
        std::vector<std::uint32_t> targets(chosen.begin(), chosen.end());
        std::sort(targets.begin(), targets.end());
        for (std::uint32_t t : targets) {
            out.edges.emplace_back(static_cast<std::uint32_t>(i), t);
            ends.push_back(static_cast<std::uint32_t>(i));
            ends.push_back(t);
        }
    }

    auto& relations = out.snapshot.relations;
    relations.reserve(out.edges.size());
    // What the store's reader gives the graph too: each relation's end indices.
    out.snapshot.relationEnds.assign(out.edges.begin(), out.edges.end());
    for (std::size_t k = 0; k < out.edges.size(); ++k) {
        const auto [a, b] = out.edges[k];
        core::Relation r;
        r.id = "r" + std::to_string(k);
        r.source = entities[a].id;
        r.target = entities[b].id;
        r.type = relationFor(entities[b].type);
        relations.push_back(std::move(r));
    }
    return out;
}

QuerySet makeQueries(std::size_t nodes, std::size_t count, std::uint64_t seed) {
    QuerySet q;
    std::mt19937_64 rng(seed ^ 0x9e3779b97f4a7c15ULL);
    std::uniform_int_distribution<std::uint32_t> pick(0, static_cast<std::uint32_t>(nodes - 1));
    for (std::size_t i = 0; i < count; ++i) q.starts.push_back(pick(rng));
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint32_t a = pick(rng), b = pick(rng);
        q.pairs.emplace_back(a, b);
    }
    return q;
}

core::Status writeEdgeList(const SyntheticGraph& graph, const QuerySet& queries, const std::filesystem::path& path) {
    std::ofstream out(path);
    if (!out) return core::Error{path.string() + ": cannot write: " + std::strerror(errno)};
    out << graph.snapshot.entities.size() << ' ' << graph.edges.size() << '\n';
    for (const auto& [a, b] : graph.edges) out << a << ' ' << b << '\n';
    for (auto v : queries.starts) out << "q " << v << '\n';
    for (const auto& [a, b] : queries.pairs) out << "p " << a << ' ' << b << '\n';
    out.flush();
    if (!out) return core::Error{path.string() + ": cannot write: " + std::strerror(errno)};
    return core::Ok{};
}

}  // namespace kakehashi::bench
