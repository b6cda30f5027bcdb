#include <gtest/gtest.h>

#include <cmath>

#include "kakehashi/graph/force_layout.h"
#include "kakehashi/graph/layout.h"
#include "sample_graph.h"

namespace kakehashi::graph {
namespace {

using testing::sampleId;

Positions run(const std::string& name, const Subgraph& sub, const LayoutOptions& options, Positions start = {}) {
    auto layout = makeLayout(name);
    EXPECT_TRUE(layout) << name;
    auto status = runLayout(*layout, sub, start, options);
    EXPECT_TRUE(status.ok());
    return start;
}

bool samePositions(const Positions& a, const Positions& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!(a[i].x == b[i].x && a[i].y == b[i].y)) return false;
    return true;
}

class EveryLayout : public ::testing::TestWithParam<std::string> {
protected:
    KnowledgeGraph kg{testing::sampleSnapshot()};
};

TEST_P(EveryLayout, PlacesEveryNodeFinitelyAndDeterministically) {
    const Subgraph sub = wholeGraph(kg);
    LayoutOptions options;
    options.seed = 42;
    const Positions first = run(GetParam(), sub, options);
    const Positions second = run(GetParam(), sub, options);
    ASSERT_EQ(first.size(), kg.nodeCount());
    for (Vertex v : sub.nodes) EXPECT_TRUE(std::isfinite(first[v].x) && std::isfinite(first[v].y)) << v;
    EXPECT_TRUE(samePositions(first, second));
    // No two nodes on the same spot.
    for (std::size_t i = 0; i < sub.nodes.size(); ++i)
        for (std::size_t j = i + 1; j < sub.nodes.size(); ++j)
            EXPECT_GT(std::hypot(first[sub.nodes[i]].x - first[sub.nodes[j]].x,
                                 first[sub.nodes[i]].y - first[sub.nodes[j]].y),
                      1.0)
                << GetParam() << " " << i << " " << j;
}

TEST_P(EveryLayout, KeepsPinnedNodesWhereTheyAre) {
    const Subgraph sub = wholeGraph(kg);
    Positions positions(kg.nodeCount(), Point{std::nan(""), std::nan("")});
    const Vertex keio = *kg.vertexById(sampleId("keio"));
    const Vertex fund = *kg.vertexById(sampleId("fund110"));
    positions[keio] = {1234.5, -987.25};
    positions[fund] = {-50.0, 75.0};
    LayoutOptions options;
    options.pinned = {keio, fund};
    const Positions out = run(GetParam(), sub, options, positions);
    EXPECT_EQ(out[keio].x, 1234.5);
    EXPECT_EQ(out[keio].y, -987.25);
    EXPECT_EQ(out[fund].x, -50.0);
    EXPECT_EQ(out[fund].y, 75.0);
}

TEST_P(EveryLayout, LeavesNodesOutsideTheSubgraphAlone) {
    Filter f;
    f.types = {core::EntityType::University};
    const Subgraph sub = applyFilter(kg, f);
    const Positions out = run(GetParam(), sub, {});
    const Vertex nvidia = *kg.vertexById(sampleId("nvidia"));
    EXPECT_TRUE(std::isnan(out[nvidia].x));
}

INSTANTIATE_TEST_SUITE_P(All, EveryLayout, ::testing::Values("force", "bridge", "circular", "by-type"),
                         [](const auto& info) {
                             std::string name = info.param;
                             for (char& c : name)
                                 if (c == '-') c = '_';
                             return name;
                         });

TEST(Layouts, UnknownNameGivesNoLayout) {
    EXPECT_EQ(makeLayout("spring"), nullptr);
    EXPECT_EQ(layoutNames().size(), 4u);
}

TEST(Layouts, BridgePutsTheUsLeftJapanRightAndSharedProgramsBetween) {
    const KnowledgeGraph kg(testing::sampleSnapshot());
    const Positions p = run("bridge", wholeGraph(kg), {});
    auto x = [&](const char* name) { return p[*kg.vertexById(sampleId(name))].x; };
    for (const char* us : {"uw", "cmu", "nvidia", "quantinuum", "biden", "us"}) EXPECT_LT(x(us), x("uw-tsukuba")) << us;
    for (const char* jp : {"tsukuba", "keio", "riken", "japan"}) EXPECT_GT(x(jp), x("uw-tsukuba")) << jp;
    EXPECT_EQ(x("uw-tsukuba"), 0.0);
    EXPECT_EQ(x("cmu-keio"), 0.0);
    // The fund is backed from the US side only: halfway left.
    EXPECT_LT(x("fund110"), 0.0);
    EXPECT_GT(x("fund110"), x("uw"));
}

TEST(Layouts, ForcePullsLinkedNodesCloserThanUnlinkedOnes) {
    const KnowledgeGraph kg(testing::sampleSnapshot());
    const Subgraph sub = wholeGraph(kg);
    const Positions p = run("force", sub, {});
    double linked = 0, all = 0;
    int pairs = 0;
    for (Edge e : sub.edges) {
        const Point& a = p[boost::source(e, kg.graph())];
        const Point& b = p[boost::target(e, kg.graph())];
        linked += std::hypot(a.x - b.x, a.y - b.y);
    }
    linked /= static_cast<double>(sub.edges.size());
    for (Vertex a : sub.nodes)
        for (Vertex b : sub.nodes)
            if (a < b) all += std::hypot(p[a].x - p[b].x, p[a].y - p[b].y), ++pairs;
    all /= pairs;
    EXPECT_LT(linked, all);
}

TEST(Layouts, ForceDiffersBySeed) {
    const KnowledgeGraph kg(testing::sampleSnapshot());
    LayoutOptions a, b;
    a.seed = 1;
    b.seed = 2;
    EXPECT_FALSE(samePositions(run("force", wholeGraph(kg), a), run("force", wholeGraph(kg), b)));
}

TEST(Layouts, GrowingGraphKeepsOldNodesAndPlacesNewOnesBesideTheirNeighbours) {
    auto small = testing::sampleSnapshot();
    const KnowledgeGraph before(small);
    const Positions old = run("force", wholeGraph(before), {});

    auto grown = small;
    core::Entity sony;
    sony.id = "company:sony";
    sony.name = "Sony";
    sony.country = "JP";
    grown.entities.push_back(sony);
    grown.relations.push_back({"r:sony", "company:sony", sampleId("keio"), core::RelationType::PartnersWith, {}, {}, {}});
    const KnowledgeGraph after(std::move(grown));

    Positions positions = old;
    LayoutOptions options;
    options.reuseExisting = true;
    for (Vertex v = 0; v < before.nodeCount(); ++v) options.pinned.insert(v);
    const Positions out = run("force", wholeGraph(after), options, positions);
    for (Vertex v = 0; v < before.nodeCount(); ++v) {
        EXPECT_EQ(out[v].x, old[v].x);
        EXPECT_EQ(out[v].y, old[v].y);
    }
    const Vertex sonyV = *after.vertexById("company:sony");
    const Vertex keio = *after.vertexById(sampleId("keio"));
    ASSERT_TRUE(std::isfinite(out[sonyV].x));
    EXPECT_LT(std::hypot(out[sonyV].x - out[keio].x, out[sonyV].y - out[keio].y), 4 * LayoutOptions{}.spacing);
}

TEST(Layouts, RunStopsWhenCancelled) {
    const KnowledgeGraph kg(testing::sampleSnapshot());
    ForceLayout layout;
    Positions positions;
    core::Feedback feedback;
    feedback.cancel();
    const auto status = runLayout(layout, wholeGraph(kg), positions, {}, &feedback);
    ASSERT_FALSE(status.ok());
    EXPECT_NE(status.error().find("cancelled"), std::string::npos);
}

TEST(Layouts, ForceIsSteppableAndReportsProgress) {
    const KnowledgeGraph kg(testing::sampleSnapshot());
    const Subgraph sub = wholeGraph(kg);
    ForceLayout::Settings settings;
    settings.maxIterations = 40;
    settings.iterationsPerStep = 10;
    settings.convergence = 0.0;  // run the whole budget
    ForceLayout layout(settings);
    Positions positions;
    layout.init(sub, positions, {});
    EXPECT_FALSE(layout.done());
    int steps = 0;
    while (layout.step()) ++steps;
    EXPECT_EQ(steps, 3);  // 4 steps of 10 iterations; the last returns false
    EXPECT_TRUE(layout.done());
    EXPECT_EQ(layout.iterations(), 40);
    EXPECT_EQ(layout.progress(), 1.0);
    EXPECT_EQ(layout.levels(), 1u);  // 19 nodes: too small to coarsen
}

TEST(Layouts, ForceCoarsensLargeGraphsAndKeepsPinnedNodesOnEveryLevel) {
    // A 30x30 grid graph: large enough for several levels.
    std::vector<std::string> names;
    std::vector<std::pair<std::string, std::string>> edges;
    // append(), not "n" + std::to_string(): GCC 12 at -O3 warns -Wrestrict
    // on the latter (a false positive, GCC bug 105329).
    const auto node = [](int i) { return std::string("n").append(std::to_string(i)); };
    for (int r = 0; r < 30; ++r)
        for (int c = 0; c < 30; ++c) {
            names.push_back(node(r * 30 + c));
            if (c > 0) edges.emplace_back(names.back(), node(r * 30 + c - 1));
            if (r > 0) edges.emplace_back(names.back(), node((r - 1) * 30 + c));
        }
    const KnowledgeGraph kg(testing::plainSnapshot(names, edges));
    const Subgraph sub = wholeGraph(kg);
    Positions positions(kg.nodeCount(), Point{std::nan(""), std::nan("")});
    positions[0] = {-5000.0, -5000.0};
    LayoutOptions options;
    options.pinned = {0};
    ForceLayout layout;
    ASSERT_TRUE(runLayout(layout, sub, positions, options).ok());
    EXPECT_GT(layout.levels(), 3u);
    EXPECT_EQ(positions[0].x, -5000.0);
    EXPECT_EQ(positions[0].y, -5000.0);
    // Grid neighbours end up near each other: mean edge length well under
    // the mean distance between all nodes.
    double edgeSum = 0, allSum = 0;
    for (Edge e : sub.edges) {
        const Point& a = positions[boost::source(e, kg.graph())];
        const Point& b = positions[boost::target(e, kg.graph())];
        edgeSum += std::hypot(a.x - b.x, a.y - b.y);
    }
    int pairs = 0;
    for (Vertex a = 1; a < kg.nodeCount(); a += 7)
        for (Vertex b = a + 1; b < kg.nodeCount(); b += 13, ++pairs)
            allSum += std::hypot(positions[a].x - positions[b].x, positions[a].y - positions[b].y);
    EXPECT_LT(edgeSum / static_cast<double>(sub.edges.size()) * 5, allSum / pairs);
    for (Vertex v : sub.nodes) ASSERT_TRUE(std::isfinite(positions[v].x) && std::isfinite(positions[v].y));
}

TEST(Layouts, ForcePacksDisconnectedPiecesBesideEachOther) {
    // A ring of 40 with 30 isolated nodes: unpacked, repulsion throws the
    // isolates far out and the ring shrinks to a dot when fitted to a window.
    std::vector<std::string> names;
    std::vector<std::pair<std::string, std::string>> edges;
    for (int i = 0; i < 40; ++i) {
        names.push_back("ring" + std::to_string(i));
        if (i > 0) edges.emplace_back(names.back(), "ring" + std::to_string(i - 1));
    }
    edges.emplace_back("ring0", "ring39");
    for (int i = 0; i < 30; ++i) names.push_back("alone" + std::to_string(i));
    const KnowledgeGraph kg(testing::plainSnapshot(names, edges));
    LayoutOptions options;
    options.spacing = 60;
    const Positions positions = run("force", wholeGraph(kg), options);

    double minX = 1e300, maxX = -1e300, minY = 1e300, maxY = -1e300;
    double ringMinX = 1e300, ringMaxX = -1e300;
    for (std::size_t v = 0; v < positions.size(); ++v) {
        const Point& p = positions[v];
        ASSERT_TRUE(std::isfinite(p.x) && std::isfinite(p.y));
        minX = std::min(minX, p.x), maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y), maxY = std::max(maxY, p.y);
        if (kg.graph()[v].name.rfind("ring", 0) == 0) ringMinX = std::min(ringMinX, p.x), ringMaxX = std::max(ringMaxX, p.x);
    }
    // The ring keeps a real share of the picture...
    EXPECT_GT((ringMaxX - ringMinX) / (maxX - minX), 0.3);
    // ...and the whole stays compact: about as large as 70 nodes need.
    EXPECT_LT((maxX - minX) * (maxY - minY), 70 * 60.0 * 60.0 * 25);
    // No two isolated nodes share a place.
    for (std::size_t a = 40; a < positions.size(); ++a)
        for (std::size_t b = a + 1; b < positions.size(); ++b)
            EXPECT_GT(std::hypot(positions[a].x - positions[b].x, positions[a].y - positions[b].y), 30.0);
}

}  // namespace
}  // namespace kakehashi::graph
