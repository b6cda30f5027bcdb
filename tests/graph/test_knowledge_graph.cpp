#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <tuple>

#include "kakehashi/graph/neighbourhood.h"
#include "sample_graph.h"

namespace kakehashi::graph {
namespace {

using testing::sampleId;
using testing::sampleSnapshot;

TEST(KnowledgeGraph, BuildsOneVertexPerEntityAndOneEdgePerRelation) {
    const KnowledgeGraph kg(sampleSnapshot());
    EXPECT_EQ(kg.nodeCount(), 19u);
    EXPECT_EQ(kg.edgeCount(), 17u);
    const Vertex keio = *kg.vertexById(sampleId("keio"));
    EXPECT_EQ(kg.graph()[keio].name, "Keio University");
    EXPECT_EQ(kg.graph()[keio].country, "JP");
    EXPECT_EQ(kg.graph()[keio].evidenceCount, 1);
    EXPECT_EQ(kg.entity(keio).aliases.size(), 2u);
    const Vertex fund = *kg.vertexById(sampleId("fund110"));
    ASSERT_TRUE(kg.graph()[fund].usd.has_value());
    EXPECT_DOUBLE_EQ(*kg.graph()[fund].usd, 110e6);
}

TEST(KnowledgeGraph, FirstDateIsTheEarliestDocumentNamingTheEntity) {
    auto snapshot = sampleSnapshot();
    // Keio is stated in document 2 (2024-04-09); a mention in document 1
    // (2024-04-10) must not move its first date later.
    for (auto& e : snapshot.entities)
        if (e.id == sampleId("keio")) e.mentions.push_back({1, 0, 4, "Keio"});
    const KnowledgeGraph kg(std::move(snapshot));
    EXPECT_EQ(kg.graph()[*kg.vertexById(sampleId("keio"))].firstDate, "2024-04-09");
    EXPECT_EQ(kg.graph()[*kg.vertexById(sampleId("nvidia"))].firstDate, "2024-04-10");
}

TEST(KnowledgeGraph, SkipsRelationsWhoseEndIsMissing) {
    auto snapshot = sampleSnapshot();
    snapshot.relations.push_back({"r", sampleId("keio"), "company:nowhere", core::RelationType::Funds, {}, {}, {}});
    const KnowledgeGraph kg(std::move(snapshot));
    EXPECT_EQ(kg.edgeCount(), 17u);
    EXPECT_EQ(kg.snapshot().relations.size(), 18u);
}

struct ResolveCase {
    const char* typed;
    const char* expected;  // short name, or nullptr for "not found"
};

class Resolve : public ::testing::TestWithParam<ResolveCase> {};

TEST_P(Resolve, FindsIdsNamesAndAliasesIgnoringCase) {
    const KnowledgeGraph kg(sampleSnapshot());
    const auto v = kg.resolve(GetParam().typed);
    if (!GetParam().expected) {
        EXPECT_FALSE(v.has_value());
        return;
    }
    ASSERT_TRUE(v.has_value()) << GetParam().typed;
    EXPECT_EQ(kg.graph()[*v].id, sampleId(GetParam().expected));
}

INSTANTIATE_TEST_SUITE_P(Table, Resolve,
                         ::testing::Values(ResolveCase{"university:keio-university", "keio"},
                                           ResolveCase{"Keio University", "keio"},
                                           ResolveCase{"keio university", "keio"},
                                           ResolveCase{"KEIO", "keio"}, ResolveCase{"Keio Univ.", "keio"},
                                           ResolveCase{"nvidia", "nvidia"}, ResolveCase{"Keio Univ", nullptr},
                                           ResolveCase{"", nullptr}, ResolveCase{"Sony", nullptr}));

TEST(KnowledgeGraph, SuggestsCloseNamesForTypos) {
    const KnowledgeGraph kg(sampleSnapshot());
    const auto close = kg.suggestions("Nvida");
    ASSERT_FALSE(close.empty());
    EXPECT_EQ(close.front(), "NVIDIA");
    const auto partial = kg.suggestions("university of");
    EXPECT_EQ(partial.size(), 2u);  // Washington and Tsukuba contain it
    EXPECT_TRUE(kg.suggestions("zzzzzzzzzzzz").empty());
}

TEST(KnowledgeGraph, UnknownEntityErrorNamesItAndSuggests) {
    const KnowledgeGraph kg(sampleSnapshot());
    const auto v = resolveEntity(kg, "Keio Univ");
    ASSERT_FALSE(v.ok());
    EXPECT_NE(v.error().find("unknown entity 'Keio Univ'"), std::string::npos) << v.error();
    EXPECT_NE(v.error().find("did you mean: Keio University"), std::string::npos) << v.error();
}

// Every edge as (source id, target id, relation id), sorted: what the graph
// says, whatever the vertex numbering.
std::vector<std::tuple<std::string, std::string, std::string>> edgeIds(const KnowledgeGraph& kg) {
    std::vector<std::tuple<std::string, std::string, std::string>> out;
    const Graph& g = kg.graph();
    for (auto [it, end] = boost::edges(g); it != end; ++it)
        out.emplace_back(g[boost::source(*it, g)].id, g[boost::target(*it, g)].id, kg.relation(*it).id);
    std::sort(out.begin(), out.end());
    return out;
}

// The end indices a store reader would give: right for every relation.
void addEndHint(core::Snapshot& s) {
    s.relationEnds.clear();
    for (const auto& r : s.relations) {
        auto at = [&](const std::string& id) {
            const auto it = std::find_if(s.entities.begin(), s.entities.end(), [&](auto& e) { return e.id == id; });
            return static_cast<std::uint32_t>(it - s.entities.begin());
        };
        s.relationEnds.emplace_back(at(r.source), at(r.target));
    }
}

struct HintCase {
    const char* label;
    void (*spoil)(core::Snapshot&);  // what happens to a right hint
};

class EndHint : public ::testing::TestWithParam<HintCase> {};

// Right, wrong or missing, the hint never changes the graph: a wrong one is
// noticed and the ids are looked up instead.
TEST_P(EndHint, NeverChangesTheGraph) {
    const auto expected = edgeIds(KnowledgeGraph(sampleSnapshot()));
    ASSERT_EQ(expected.size(), 17u);
    auto snapshot = sampleSnapshot();
    addEndHint(snapshot);
    GetParam().spoil(snapshot);
    const KnowledgeGraph kg(std::move(snapshot));
    EXPECT_EQ(edgeIds(kg), expected) << GetParam().label;
    for (auto [it, end] = boost::edges(kg.graph()); it != end; ++it) {
        EXPECT_EQ(kg.entity(boost::source(*it, kg.graph())).id, kg.relation(*it).source) << GetParam().label;
        EXPECT_EQ(kg.entity(boost::target(*it, kg.graph())).id, kg.relation(*it).target) << GetParam().label;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, EndHint,
    ::testing::Values(HintCase{"right", [](core::Snapshot&) {}},
                      HintCase{"absent", [](core::Snapshot& s) { s.relationEnds.clear(); }},
                      HintCase{"one short", [](core::Snapshot& s) { s.relationEnds.pop_back(); }},
                      HintCase{"out of range", [](core::Snapshot& s) { s.relationEnds.back().second = 1000; }},
                      HintCase{"entities reordered after it was made",
                               [](core::Snapshot& s) { std::reverse(s.entities.begin(), s.entities.end()); }}));

TEST(KnowledgeGraph, AMovedFromGraphIsEmptyAndCopiesShareOneGraph) {
    KnowledgeGraph kg(sampleSnapshot());
    const Graph* built = &kg.graph();
    const KnowledgeGraph copy = kg;
    EXPECT_EQ(&copy.graph(), built);
    KnowledgeGraph moved = std::move(kg);
    EXPECT_EQ(&moved.graph(), built);
    EXPECT_EQ(kg.nodeCount(), 0u);  // NOLINT(bugprone-use-after-move): the state promised
    EXPECT_EQ(kg.edgeCount(), 0u);
    EXPECT_FALSE(kg.vertexById(sampleId("keio")));
    EXPECT_EQ(moved.nodeCount(), 19u);
    EXPECT_TRUE(moved.vertexById(sampleId("keio")));
}

}  // namespace
}  // namespace kakehashi::graph
