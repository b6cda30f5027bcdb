#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "kakehashi/graph/subgraph.h"
#include "sample_graph.h"

namespace kakehashi::graph {
namespace {

using core::EntityType;
using testing::sampleId;

struct FilterCase {
    const char* label;
    Filter filter;
    std::set<std::string> kept;  // short names; empty set means "everything"
    int edges = -1;              // expected edge count, -1 to skip
};

Filter make(auto&& tweak) {
    Filter f;
    tweak(f);
    return f;
}

std::vector<FilterCase> cases() {
    const std::set<std::string> moneyOver100M = {"fund110", "nvidia", "amazon", "microsoft", "arm", "uw-tsukuba",
                                                 "cmu-keio", "uw", "tsukuba", "cmu", "keio", "biden"};
    const std::set<std::string> document2 = {"uw", "tsukuba", "cmu", "keio", "uw-tsukuba", "cmu-keio"};
    return {
        {"min usd keeps the $110M fund and what it reaches", make([](Filter& f) { f.minUsd = 100e6; }), moneyOver100M,
         13},
        {"max usd keeps the $50M deal", make([](Filter& f) { f.maxUsd = 60e6; }),
         {"fund50", "quantinuum", "quantum-services", "riken"}, 3},
        {"usd range excluding both", make([](Filter& f) { f.minUsd = 60e6; f.maxUsd = 100e6; }), {"__none__"}, 0},
        {"quantum sector", make([](Filter& f) { f.sectors = {"quantum"}; }),
         {"fund50", "quantinuum", "quantum-services", "riken"}, 3},
        {"ai sector", make([](Filter& f) { f.sectors = {"artificial-intelligence"}; }), moneyOver100M, 13},
        {"universities", make([](Filter& f) { f.types = {EntityType::University}; }),
         {"uw", "tsukuba", "cmu", "keio", "seoul"}, 2},
        {"japan with its programs", make([](Filter& f) { f.countries = {"JP"}; }),
         {"japan", "tsukuba", "keio", "riken", "uw-tsukuba", "cmu-keio", "quantum-services"}, 4},
        {"document 2", make([](Filter& f) { f.documents = {2}; }), document2, 6},
        {"from 2024-04-10", make([](Filter& f) { f.dateFrom = "2024-04-10"; }),
         {"us", "japan", "nvidia", "amazon", "microsoft", "arm", "fund110", "quantinuum", "riken", "fund50",
          "quantum-services", "biden", "seoul"},
         9},
        {"to 2024-04-09", make([](Filter& f) { f.dateTo = "2024-04-09"; }), document2, 6},
        {"to 2024-04 covers the whole month", make([](Filter& f) { f.dateTo = "2024-04"; }), {}, 17},
        {"min degree 3", make([](Filter& f) { f.minDegree = 3; }), {"fund110", "uw-tsukuba", "cmu-keio"}, 2},
        {"japanese universities", make([](Filter& f) {
             f.types = {EntityType::University};
             f.countries = {"JP"};
         }),
         {"tsukuba", "keio"}, 0},
        {"money over 100M with degree 2", make([](Filter& f) {
             f.minUsd = 100e6;
             f.minDegree = 2;
         }),
         {"fund110", "uw", "tsukuba", "cmu", "keio", "uw-tsukuba", "cmu-keio"}, 8},
    };
}

class Filters : public ::testing::TestWithParam<FilterCase> {};

TEST_P(Filters, KeepExactlyTheExpectedEntities) {
    const KnowledgeGraph kg(testing::sampleSnapshot());
    const auto& c = GetParam();
    const Subgraph sub = applyFilter(kg, c.filter);
    std::set<std::string> got;
    for (Vertex v : sub.nodes) got.insert(kg.graph()[v].id);
    std::set<std::string> expected;
    if (c.kept.empty()) {
        for (const auto& e : kg.snapshot().entities) expected.insert(e.id);
    } else if (!c.kept.count("__none__")) {
        for (const auto& name : c.kept) expected.insert(sampleId(name));
    }
    EXPECT_EQ(got, expected) << c.label;
    if (c.edges >= 0) {
        EXPECT_EQ(static_cast<int>(sub.edges.size()), c.edges) << c.label;
    }
    // Every edge kept joins two kept vertices.
    for (Edge e : sub.edges) {
        EXPECT_TRUE(got.count(kg.graph()[boost::source(e, kg.graph())].id)) << c.label;
        EXPECT_TRUE(got.count(kg.graph()[boost::target(e, kg.graph())].id)) << c.label;
    }
}

INSTANTIATE_TEST_SUITE_P(Table, Filters, ::testing::ValuesIn(cases()),
                         [](const auto& info) { return "case" + std::to_string(info.index); });

TEST(Filters, MinUsdKeepsThe110MillionFundAndDropsThe50Million) {
    const KnowledgeGraph kg(testing::sampleSnapshot());
    Filter f;
    f.minUsd = 100e6;
    const Subgraph sub = applyFilter(kg, f);
    auto has = [&](const char* name) {
        return std::any_of(sub.nodes.begin(), sub.nodes.end(),
                           [&](Vertex v) { return kg.graph()[v].id == sampleId(name); });
    };
    EXPECT_TRUE(has("fund110"));
    EXPECT_FALSE(has("fund50"));
    EXPECT_EQ(sub.filter.minUsd, 100e6);
}

TEST(Filters, EmptyFilterIsEmptyAndKeepsAll) {
    const KnowledgeGraph kg(testing::sampleSnapshot());
    EXPECT_TRUE(Filter{}.isEmpty());
    const Subgraph all = wholeGraph(kg);
    EXPECT_EQ(all.nodes.size(), kg.nodeCount());
    EXPECT_EQ(all.edges.size(), kg.edgeCount());
    EXPECT_EQ(all.source, &kg);
}

TEST(Filters, JsonRoundTripKeepsEveryField) {
    Filter f;
    f.sectors = {"quantum", "semiconductors"};
    f.minUsd = 1e6;
    f.types = {EntityType::Fund, EntityType::Program};
    f.countries = {"JP"};
    f.documents = {3, 7};
    f.dateFrom = "2024-01-01";
    f.dateTo = "2024-12-31";
    f.minDegree = 2;
    const nlohmann::json json = f.toJson();
    EXPECT_TRUE(json.at("max_usd").is_null());
    EXPECT_EQ(json.at("types"), nlohmann::json({"fund", "program"}));
    const Filter back = Filter::fromJson(json);
    EXPECT_EQ(back.sectors, f.sectors);
    EXPECT_EQ(back.minUsd, f.minUsd);
    EXPECT_FALSE(back.maxUsd.has_value());
    EXPECT_EQ(back.types, f.types);
    EXPECT_EQ(back.countries, f.countries);
    EXPECT_EQ(back.documents, f.documents);
    EXPECT_EQ(back.dateFrom, f.dateFrom);
    EXPECT_EQ(back.dateTo, f.dateTo);
    EXPECT_EQ(back.minDegree, 2);
    EXPECT_TRUE(Filter::fromJson(nlohmann::json::object()).isEmpty());
}

TEST(Filters, JsonWithWrongTypesThrowsForTheReaderToReport) {
    EXPECT_ANY_THROW(Filter::fromJson(nlohmann::json{{"types", {"spaceship"}}}));
    EXPECT_ANY_THROW(Filter::fromJson(nlohmann::json{{"min_usd", "lots"}}));
    EXPECT_ANY_THROW(Filter::fromJson(nlohmann::json::array()));
}

}  // namespace
}  // namespace kakehashi::graph
