#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>

#include "kakehashi/graph/queries.h"
#include "sample_graph.h"

namespace kakehashi::graph {
namespace {

using testing::sampleId;

class Queries : public ::testing::Test {
protected:
    KnowledgeGraph kg{testing::sampleSnapshot()};
    Vertex v(const char* shortName) const { return *kg.vertexById(sampleId(shortName)); }
    std::vector<std::string> ids(const std::vector<Vertex>& vertices) const {
        std::vector<std::string> out;
        for (Vertex x : vertices) out.push_back(kg.graph()[x].id);
        return out;
    }
    std::vector<std::string> shortIds(std::initializer_list<const char*> names) const {
        std::vector<std::string> out;
        for (const char* n : names) out.push_back(sampleId(n));
        return out;
    }
};

TEST_F(Queries, NeighbourhoodGrowsHopByHopIgnoringDirection) {
    const auto one = neighbourhood(kg, "Keio University", 1);
    ASSERT_TRUE(one.ok()) << one.error();
    const auto gotIds = ids(one->nodes);
    std::set<std::string> got(gotIds.begin(), gotIds.end());
    auto want = shortIds({"keio", "cmu-keio", "cmu"});
    EXPECT_EQ(got, std::set<std::string>(want.begin(), want.end()));
    EXPECT_EQ(one->edges.size(), 3u);
    EXPECT_EQ(one->focus, sampleId("keio"));
    EXPECT_EQ(one->hops, 1);

    const auto two = neighbourhood(kg, "keio", 2);
    ASSERT_TRUE(two.ok());
    auto got2 = ids(two->nodes);
    auto want2 = shortIds({"keio", "cmu-keio", "cmu", "fund110"});
    EXPECT_EQ(std::set<std::string>(got2.begin(), got2.end()), std::set<std::string>(want2.begin(), want2.end()));
    EXPECT_EQ(two->edges.size(), 4u);

    const auto zero = neighbourhood(kg, "keio", 0);
    ASSERT_TRUE(zero.ok());
    EXPECT_EQ(zero->nodes.size(), 1u);
    EXPECT_FALSE(neighbourhood(kg, "keio", -1).ok());
}

TEST_F(Queries, NeighbourhoodRespectsTheFilter) {
    Filter f;
    f.types = {core::EntityType::University, core::EntityType::Program};
    const auto sub = neighbourhood(kg, "keio", 3, f);
    ASSERT_TRUE(sub.ok());
    // The fund is filtered out, so the walk cannot cross to UW–Tsukuba.
    auto got = ids(sub->nodes);
    auto want = shortIds({"keio", "cmu-keio", "cmu"});
    EXPECT_EQ(std::set<std::string>(got.begin(), got.end()), std::set<std::string>(want.begin(), want.end()));
}

TEST_F(Queries, VerticesWithinListsInBreadthFirstOrder) {
    const auto order = verticesWithin(kg.graph(), v("keio"), 2);
    ASSERT_EQ(order.size(), 4u);
    EXPECT_EQ(order.front(), v("keio"));
    EXPECT_EQ(order.back(), v("fund110"));
}

TEST_F(Queries, ShortestPathKeioReachesNvidiaThroughTheFund) {
    const auto path = shortestPath(kg, "Keio University", "NVIDIA");
    ASSERT_TRUE(path.ok()) << path.error();
    EXPECT_EQ(ids(path->nodes), shortIds({"keio", "cmu-keio", "fund110", "nvidia"}));
    ASSERT_EQ(path->hops.size(), 3u);
    // Each hop names its relation and whether it is walked along its direction.
    const core::RelationType types[] = {core::RelationType::ParticipatesIn, core::RelationType::Finances,
                                        core::RelationType::Funds};
    const bool forward[] = {true, false, false};
    for (std::size_t i = 0; i < 3; ++i) {
        const auto& hop = path->hops[i];
        EXPECT_EQ(hop.from, path->nodes[i]);
        EXPECT_EQ(hop.to, path->nodes[i + 1]);
        EXPECT_EQ(kg.relation(hop.edge).type, types[i]) << i;
        EXPECT_EQ(hop.forward, forward[i]) << i;
        EXPECT_FALSE(kg.relation(hop.edge).evidence.empty());
    }
}

TEST_F(Queries, ShortestPathEdgeCases) {
    const auto self = shortestPath(kg.graph(), v("keio"), v("keio"));
    ASSERT_TRUE(self.has_value());
    EXPECT_EQ(self->nodes.size(), 1u);
    EXPECT_TRUE(self->hops.empty());

    const auto none = shortestPath(kg, "keio", "Seoul National University");
    ASSERT_FALSE(none.ok());
    EXPECT_NE(none.error().find("no path between 'Keio University' and 'Seoul National University'"),
              std::string::npos)
        << none.error();

    const auto unknown = shortestPath(kg, "keio", "Nvida");
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.error().find("did you mean: NVIDIA"), std::string::npos) << unknown.error();

    Filter noFunds;
    noFunds.types = {core::EntityType::University, core::EntityType::Program, core::EntityType::Company};
    const auto blocked = shortestPath(kg, "keio", "nvidia", noFunds);
    ASSERT_FALSE(blocked.ok());
    EXPECT_NE(blocked.error().find("with the current filters"), std::string::npos);
}

TEST_F(Queries, KShortestPathsAreDistinctLoopFreeAndOrdered) {
    const auto paths = kShortestPaths(kg, "keio", "nvidia", 5);
    ASSERT_TRUE(paths.ok());
    // Only two loop-free routes exist: straight into CMU–Keio, or via CMU first.
    ASSERT_EQ(paths->size(), 2u);
    EXPECT_EQ(ids((*paths)[0].nodes), shortIds({"keio", "cmu-keio", "fund110", "nvidia"}));
    EXPECT_EQ(ids((*paths)[1].nodes), shortIds({"keio", "cmu", "cmu-keio", "fund110", "nvidia"}));

    // Tsukuba to CMU: exactly four loop-free routes, all through the fund.
    const auto longer = kShortestPaths(kg.graph(), v("tsukuba"), v("cmu"), 10);
    ASSERT_EQ(longer.size(), 4u);
    for (std::size_t i = 1; i < longer.size(); ++i) EXPECT_LE(longer[i - 1].nodes.size(), longer[i].nodes.size());
    std::set<std::vector<Vertex>> distinct;
    for (const auto& p : longer) {
        distinct.insert(p.nodes);
        EXPECT_EQ(std::set<Vertex>(p.nodes.begin(), p.nodes.end()).size(), p.nodes.size()) << "loop";
        EXPECT_EQ(p.nodes.front(), v("tsukuba"));
        EXPECT_EQ(p.nodes.back(), v("cmu"));
        EXPECT_EQ(p.hops.size() + 1, p.nodes.size());
    }
    EXPECT_EQ(distinct.size(), longer.size());
    EXPECT_EQ(longer.front().nodes.size(), 5u);  // tsukuba, uw-tsukuba, fund110, cmu-keio, cmu
}

TEST_F(Queries, ComponentsOfTheSampleGraph) {
    const auto components = connectedComponents(wholeGraph(kg));
    ASSERT_EQ(components.members.size(), 4u);
    EXPECT_EQ(components.members[0].size(), 12u);
    EXPECT_EQ(components.members[1].size(), 5u);
    EXPECT_EQ(components.of[v("keio")], components.of[v("nvidia")]);
    EXPECT_EQ(components.of[v("riken")], 1);
    EXPECT_NE(components.of[v("seoul")], components.of[v("us")]);
    // Outside a filtered subgraph: -1.
    Filter f;
    f.types = {core::EntityType::University};
    EXPECT_EQ(connectedComponents(applyFilter(kg, f)).of[v("nvidia")], -1);
}

TEST_F(Queries, CrossBorderLinksDirectAndThroughPrograms) {
    const auto links = crossBorderLinks(wholeGraph(kg));
    std::set<std::tuple<std::string, std::string, std::string>> got;
    for (const auto& link : links)
        got.insert({kg.graph()[link.first].id, kg.graph()[link.second].id,
                    link.via ? kg.graph()[*link.via].id : std::string("direct")});
    const std::set<std::tuple<std::string, std::string, std::string>> want = {
        {sampleId("uw"), sampleId("tsukuba"), "direct"},
        {sampleId("cmu"), sampleId("keio"), "direct"},
        {sampleId("uw"), sampleId("tsukuba"), sampleId("uw-tsukuba")},
        {sampleId("cmu"), sampleId("keio"), sampleId("cmu-keio")},
    };
    EXPECT_EQ(got, want);
    for (const auto& link : links) EXPECT_EQ(link.edges.size(), link.via ? 2u : 1u);
}

TEST_F(Queries, MoneyTotalsByFunderRecipientSectorCountry) {
    const auto money = aggregateMoney(wholeGraph(kg));
    auto asMap = [](const std::vector<MoneyTotal>& totals) {
        std::map<std::string, double> out;
        for (const auto& t : totals) out[t.key] = t.usd;
        return out;
    };
    EXPECT_EQ(asMap(money.byFunder), (std::map<std::string, double>{{"Amazon", 110e6},
                                                                     {"Arm", 110e6},
                                                                     {"Microsoft", 110e6},
                                                                     {"NVIDIA", 110e6},
                                                                     {"Quantinuum", 50e6}}));
    EXPECT_EQ(asMap(money.byRecipient),
              (std::map<std::string, double>{{"CMU-Keio AI partnership", 110e6},
                                             {"UW-Tsukuba AI partnership", 110e6},
                                             {"Quantinuum-RIKEN quantum services", 50e6}}));
    EXPECT_EQ(asMap(money.bySector),
              (std::map<std::string, double>{{"artificial-intelligence", 110e6}, {"quantum", 50e6}}));
    EXPECT_EQ(asMap(money.byCountry), (std::map<std::string, double>{{"US", 160e6}, {"GB", 110e6}}));
    EXPECT_EQ(money.byCountry.front().key, "US");
    EXPECT_EQ(money.byCountry.front().pots, 2);
}

// Reference values from networkx 2.8 (betweenness_centrality, pagerank with
// tol=1e-12) on: a-b, b-c, c-d, d-e, e-c and an isolated f. Betweenness by
// hand: b lies on the 3 shortest paths from a to c, d, e; c on 4 (a-d, a-e,
// b-d, b-e); normalised by C(5, 2) = 10.
TEST(Metrics, MatchNetworkxOnASmallGraph) {
    const KnowledgeGraph kg(testing::plainSnapshot(
        {"a", "b", "c", "d", "e", "f"}, {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "e"}, {"e", "c"}, {"c", "d"}}));
    const Subgraph all = wholeGraph(kg);
    const auto bc = betweenness(all);
    const std::map<std::string, double> wantBc{{"a", 0}, {"b", 0.3}, {"c", 0.4}, {"d", 0}, {"e", 0}, {"f", 0}};
    const auto pr = pageRank(all, 0.85, 1e-12);
    const std::map<std::string, double> wantPr{{"a", 0.1168490478}, {"b", 0.2064066688}, {"c", 0.2751485807},
                                               {"d", 0.1862347446}, {"e", 0.1862347446}, {"f", 0.0291262136}};
    const auto degree = degrees(all);
    const std::map<std::string, std::size_t> wantDegree{{"a", 1}, {"b", 2}, {"c", 3}, {"d", 2}, {"e", 2}, {"f", 0}};
    for (const auto& [id, value] : wantBc) {
        const Vertex x = *kg.vertexById(id);
        EXPECT_NEAR(bc[x], value, 1e-12) << id;
        EXPECT_NEAR(pr[x], wantPr.at(id), 1e-8) << id;
        EXPECT_EQ(degree[x], wantDegree.at(id)) << id;  // the doubled c-d counts once
    }
    const auto raw = betweenness(all, false);
    EXPECT_NEAR(raw[*kg.vertexById("c")], 4.0, 1e-12);
}

// The hand-written Brandes must agree with Boost's on something bigger and
// less regular than the hand-made graphs: a preferential-attachment graph of
// 300 nodes with a few repeated relations, a second small component and
// isolated nodes, against brandes_betweenness_centrality on the same pairs.
TEST(Metrics, BetweennessMatchesBoostOnARandomGraph) {
    std::mt19937 random(20261121);
    std::vector<std::string> names;
    for (int i = 0; i < 300; ++i) names.push_back(std::to_string(i).insert(0, 1, 'n'));
    std::vector<std::pair<std::string, std::string>> edges;
    std::vector<int> ends{0, 1};  // one entry per edge end: picks by degree
    edges.emplace_back(names[0], names[1]);
    for (int v = 2; v < 260; ++v) {
        const int links = 1 + static_cast<int>(random() % 3);
        for (int k = 0; k < links; ++k) {
            const int u = ends[random() % ends.size()];
            edges.emplace_back(names[v], names[u]);
            ends.push_back(u);
            ends.push_back(v);
        }
    }
    for (int v = 261; v < 290; ++v) edges.emplace_back(names[v], names[v - 1]);  // a path of its own
    edges.emplace_back(names[289], names[270]);                                   // ... closed into a loop
    for (int k = 0; k < 20; ++k) edges.push_back(edges[random() % edges.size()]);  // repeated relations
    const KnowledgeGraph kg(testing::plainSnapshot(names, edges));
    const Subgraph all = wholeGraph(kg);

    using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Undirected reference(names.size());
    std::set<std::pair<Vertex, Vertex>> pairs;
    for (const auto& [a, b] : edges) {
        const Vertex x = *kg.vertexById(a), y = *kg.vertexById(b);
        if (x != y && pairs.insert(std::minmax(x, y)).second) boost::add_edge(x, y, reference);
    }
    std::vector<double> want(names.size(), 0.0);
    boost::brandes_betweenness_centrality(
        reference, boost::centrality_map(boost::make_iterator_property_map(
                       want.begin(), boost::get(boost::vertex_index, reference))));

    const auto got = betweenness(all, false);
    const auto normalized = betweenness(all);
    const double scale = 2.0 / (299.0 * 298.0);
    double total = 0.0;
    ASSERT_EQ(got.size(), want.size());
    for (std::size_t v = 0; v < want.size(); ++v) {
        EXPECT_NEAR(got[v], want[v], 1e-9 * std::max(1.0, want[v])) << kg.graph()[v].id;
        EXPECT_NEAR(normalized[v], want[v] * scale, 1e-12) << kg.graph()[v].id;
        total += want[v];
    }
    EXPECT_GT(total, 1000.0);  // the graph has real paths through it, not only leaves
}

TEST(Metrics, EmptySubgraphGivesEmptyResults) {
    const KnowledgeGraph kg(testing::plainSnapshot({"a"}, {}));
    Subgraph none;
    none.source = &kg;
    EXPECT_TRUE(connectedComponents(none).members.empty());
    EXPECT_EQ(pageRank(none)[0], 0.0);
    EXPECT_EQ(betweenness(none)[0], 0.0);
}

}  // namespace
}  // namespace kakehashi::graph
