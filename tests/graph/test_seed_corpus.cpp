// The graph engine on the bundled seed announcements, through the real
// extractor: the answers issue 4 names.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "kakehashi/core/resources.h"
#include "kakehashi/graph/queries.h"
#include "kakehashi/ingest/extractor.h"
#include "kakehashi/ingest/loader.h"

namespace kakehashi::graph {
namespace {

namespace fs = std::filesystem;

// Both seed documents as one snapshot, entities with the same id merged as
// the store merges them.
core::Snapshot seedSnapshot() {
    auto extractor = ingest::Extractor::load();
    EXPECT_TRUE(extractor.ok()) << (extractor.ok() ? "" : extractor.error());
    if (!extractor.ok()) return {};
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(core::dataDir() / "corpus"))
        if (entry.path().extension() == ".txt") files.push_back(entry.path());
    std::sort(files.begin(), files.end());

    core::Snapshot merged;
    std::map<std::string, std::size_t> entityAt, relationAt;
    std::int64_t documentId = 0;
    for (const auto& file : files) {
        auto document = ingest::loadDocument(file);
        EXPECT_TRUE(document.ok()) << file;
        if (!document.ok()) continue;
        core::Snapshot one = core::snapshotOf(extractor->extract(std::move(document).value()));
        ++documentId;
        for (auto& d : one.documents) d.id = documentId;
        merged.documents.insert(merged.documents.end(), one.documents.begin(), one.documents.end());
        for (auto& e : one.entities) {
            for (auto& ev : e.evidence) ev.document = documentId;
            for (auto& m : e.mentions) m.document = documentId;
            auto [it, fresh] = entityAt.emplace(e.id, merged.entities.size());
            if (fresh) {
                merged.entities.push_back(std::move(e));
                continue;
            }
            core::Entity& known = merged.entities[it->second];
            known.evidence.insert(known.evidence.end(), e.evidence.begin(), e.evidence.end());
            known.mentions.insert(known.mentions.end(), e.mentions.begin(), e.mentions.end());
            if (!known.usd) known.usd = e.usd;
        }
        for (auto& r : one.relations) {
            for (auto& ev : r.evidence) ev.document = documentId;
            auto [it, fresh] = relationAt.emplace(r.id, merged.relations.size());
            if (fresh)
                merged.relations.push_back(std::move(r));
            else
                merged.relations[it->second].evidence.insert(merged.relations[it->second].evidence.end(),
                                                             r.evidence.begin(), r.evidence.end());
        }
    }
    return merged;
}

std::optional<Vertex> withUsd(const KnowledgeGraph& kg, double usd) {
    for (Vertex v = 0; v < kg.nodeCount(); ++v)
        if (kg.graph()[v].usd && std::abs(*kg.graph()[v].usd - usd) < 1.0) return v;
    return std::nullopt;
}

class SeedCorpus : public ::testing::Test {
protected:
    static void SetUpTestSuite() { graph_ = std::make_unique<KnowledgeGraph>(seedSnapshot()); }
    static void TearDownTestSuite() { graph_.reset(); }
    static std::unique_ptr<KnowledgeGraph> graph_;
};

std::unique_ptr<KnowledgeGraph> SeedCorpus::graph_;

TEST_F(SeedCorpus, KeioUniversityReachesNvidia) {
    const auto path = shortestPath(*graph_, "Keio University", "NVIDIA");
    ASSERT_TRUE(path.ok()) << path.error();
    EXPECT_GE(path->hops.size(), 1u);
    for (const auto& hop : path->hops) EXPECT_FALSE(graph_->relation(hop.edge).evidence.empty());
}

TEST_F(SeedCorpus, The110MillionFundLinksToBothUniversityPartnerships) {
    const auto fund = withUsd(*graph_, 110e6);
    ASSERT_TRUE(fund.has_value()) << "no entity carries $110 million";
    // Both partnerships (UW–Tsukuba and CMU–Keio) hang off the fund: their
    // four universities are within two steps of it.
    const auto near = verticesWithin(graph_->graph(), *fund, 2);
    for (const char* university : {"University of Washington", "University of Tsukuba",
                                   "Carnegie Mellon University", "Keio University"}) {
        const auto v = graph_->resolve(university);
        ASSERT_TRUE(v.has_value()) << university;
        EXPECT_NE(std::find(near.begin(), near.end(), *v), near.end()) << university;
    }
}

TEST_F(SeedCorpus, MinimumOf100MillionKeepsThe110MillionFundAndDropsThe50Million) {
    const auto big = withUsd(*graph_, 110e6);
    const auto small = withUsd(*graph_, 50e6);
    ASSERT_TRUE(big.has_value());
    ASSERT_TRUE(small.has_value()) << "no entity carries $50 million";
    Filter filter;
    filter.minUsd = 100e6;
    const Subgraph sub = applyFilter(*graph_, filter);
    EXPECT_NE(std::find(sub.nodes.begin(), sub.nodes.end(), *big), sub.nodes.end());
    EXPECT_EQ(std::find(sub.nodes.begin(), sub.nodes.end(), *small), sub.nodes.end());
}

TEST_F(SeedCorpus, UnknownNamesGetSuggestions) {
    const auto v = resolveEntity(*graph_, "Keio Universty");
    ASSERT_FALSE(v.ok());
    EXPECT_NE(v.error().find("Keio University"), std::string::npos) << v.error();
}


// A country is an attribute hub (every Japanese organization is based_in
// Japan): walks may end at one but never pass through it.
TEST_F(SeedCorpus, WalksDoNotPassThroughCountries) {
    const auto& g = graph_->graph();
    const auto path = shortestPath(*graph_, "Keio University", "NVIDIA");
    ASSERT_TRUE(path.ok()) << path.error();
    for (std::size_t i = 1; i + 1 < path->nodes.size(); ++i)
        EXPECT_NE(g[path->nodes[i]].type, kakehashi::core::EntityType::Country) << g[path->nodes[i]].name;

    const auto keio = graph_->resolve("Keio University");
    const auto riken = graph_->resolve("RIKEN");
    const auto japan = graph_->resolve("Japan");
    ASSERT_TRUE(keio && riken && japan);
    const auto near = verticesWithin(g, *keio, 2);
    EXPECT_NE(std::find(near.begin(), near.end(), *japan), near.end()) << "a country is still reached";
    EXPECT_EQ(std::find(near.begin(), near.end(), *riken), near.end()) << "RIKEN is only a fellow resident of Japan";

    const auto fromJapan = verticesWithin(g, *japan, 1);
    EXPECT_NE(std::find(fromJapan.begin(), fromJapan.end(), *riken), fromJapan.end()) << "a walk may start at one";
}

}  // namespace
}  // namespace kakehashi::graph
