// path --k, rank, components, links and money run as a user runs them, on a
// real database ingested from the seed corpus.

#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "cli_fixture.h"

using nlohmann::json;

namespace {

class CliAnalysisTest : public kakehashi::testing::CliTest {
protected:
    void SetUp() override {
        CliTest::SetUp();
        auto ingest = cliWithDb({"ingest", corpus()});
        ASSERT_EQ(ingest.exitCode, 0) << ingest.err;
    }

    json jsonOf(std::vector<std::string> args) const {
        args.push_back("--json");
        auto result = cliWithDb(args);
        EXPECT_EQ(result.exitCode, 0) << args[0] << ": " << result.err;
        return json::parse(result.out);
    }

    // The whole graph as export writes it, to derive expectations from the
    // data rather than restate them.
    json exported() const {
        const auto file = dir / "all.json";
        EXPECT_EQ(cliWithDb({"export", "--format", "json", "-o", file.string()}).exitCode, 0);
        std::ifstream in(file);
        return json::parse(in);
    }
};

std::vector<std::string> nodeIds(const json& path) {
    std::vector<std::string> ids;
    for (const auto& node : path["nodes"]) ids.push_back(node["id"]);
    return ids;
}

TEST_F(CliAnalysisTest, PathWithKGivesDistinctChainsShortestFirstEachHopWithEvidence) {
    const json answer = jsonOf({"path", "Keio University", "NVIDIA", "--k", "3"});
    const json& paths = answer["paths"];
    ASSERT_GT(paths.size(), 1u) << "Keio University reaches NVIDIA by one path only";
    ASSERT_LE(paths.size(), 3u);
    EXPECT_EQ(answer["length"], paths[0]["length"]);
    EXPECT_EQ(answer["hops"], paths[0]["hops"]);

    std::set<std::vector<std::string>> seen;
    std::size_t previous = 0;
    for (const auto& path : paths) {
        const auto ids = nodeIds(path);
        EXPECT_TRUE(seen.insert(ids).second) << "path repeated: " << path.dump();
        EXPECT_EQ(ids.front(), answer["from"]);
        EXPECT_EQ(ids.back(), answer["to"]);
        EXPECT_EQ(std::set<std::string>(ids.begin(), ids.end()).size(), ids.size()) << "path with a loop";
        const std::size_t length = path["length"];
        EXPECT_EQ(path["hops"].size(), length);
        EXPECT_GE(length, previous) << "not shortest first";
        previous = length;
        for (std::size_t i = 0; i < length; ++i) {
            const json& hop = path["hops"][i];
            EXPECT_EQ(hop["from"], ids[i]);
            EXPECT_EQ(hop["to"], ids[i + 1]);
            EXPECT_FALSE(hop["evidence"].empty()) << hop.dump();
        }
    }

    auto text = cliWithDb({"path", "Keio University", "NVIDIA", "--k", "3"});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_NE(text.out.find("distinct path(s)"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("Path 2, "), std::string::npos) << text.out;
}

TEST_F(CliAnalysisTest, TheSharedFundCountsFullyForEachOfItsFunders) {
    const json graph = exported();
    std::string fund;
    std::map<std::string, std::string> names;
    for (const auto& node : graph["nodes"]) {
        names[node["id"]] = node["name"];
        if (node["type"] == "fund" && node["usd"].is_number() && std::abs(node["usd"].get<double>() - 110e6) < 1e6)
            fund = node["id"];
    }
    ASSERT_FALSE(fund.empty()) << "no $110 million fund";
    std::set<std::string> funders;
    for (const auto& edge : graph["edges"])
        if (edge["type"] == "funds" && edge["target"] == fund) funders.insert(names[edge["source"]]);
    ASSERT_GT(funders.size(), 1u);
    EXPECT_TRUE(funders.count("NVIDIA"));

    const json money = jsonOf({"money", "--by", "funder", "--top", "1000"});
    EXPECT_EQ(money["by"], "funder");
    std::map<std::string, json> totals;
    for (const auto& total : money["totals"]) totals[total["key"]] = total;
    EXPECT_EQ(totals.size(), money["count"].get<std::size_t>());
    for (const auto& funder : funders) {
        ASSERT_TRUE(totals.count(funder)) << funder;
        EXPECT_GE(totals[funder]["usd"].get<double>(), 110e6) << funder;
        EXPECT_GE(totals[funder]["sums"].get<int>(), 1) << funder;
    }
    for (std::size_t i = 1; i < money["totals"].size(); ++i)
        EXPECT_GE(money["totals"][i - 1]["usd"].get<double>(), money["totals"][i]["usd"].get<double>());

    auto text = cliWithDb({"money", "--by", "funder"});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_NE(text.out.find("NVIDIA"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("$110M"), std::string::npos) << text.out;
    // The seeds hold sums with no funder named (Stargate's $500 billion):
    // JSON keys them "(none)", the table says it in words.
    ASSERT_NE(money.dump().find("\"(none)\""), std::string::npos);
    EXPECT_NE(text.out.find("(no funder named)"), std::string::npos) << text.out;
    EXPECT_EQ(text.out.find("(none)"), std::string::npos) << text.out;
    EXPECT_NE(cliWithDb({"money", "--help"}).out.find("counts fully for each"), std::string::npos);
}

TEST_F(CliAnalysisTest, MoneyFiltersKeepTheLargeFundAndDropTheSmallOne) {
    const json all = jsonOf({"money", "--by", "recipient", "--top", "1000"});
    const json large = jsonOf({"money", "--by", "recipient", "--top", "1000", "--min-usd", "100000000"});
    EXPECT_EQ(large["filters"]["min_usd"], 100000000.0);
    bool small = false;
    for (const auto& total : all["totals"]) small = small || std::abs(total["usd"].get<double>() - 50e6) < 1e6;
    EXPECT_TRUE(small) << "no $50 million sum without filters: " << all.dump();
    bool kept110 = false;
    for (const auto& total : large["totals"]) {
        EXPECT_GE(total["usd"].get<double>(), 100e6) << total.dump();
        kept110 = kept110 || std::abs(total["usd"].get<double>() - 110e6) < 1e6;
    }
    EXPECT_TRUE(kept110) << large.dump();
}

TEST_F(CliAnalysisTest, UsAndJapaneseUniversitiesLinkThroughTheSharedProgram) {
    const json answer = jsonOf({"links"});
    EXPECT_EQ(answer["countries"], json({"US", "JP"}));
    ASSERT_EQ(answer["links"].size(), answer["count"].get<std::size_t>());
    bool throughProgram = false;
    for (const auto& link : answer["links"]) {
        EXPECT_EQ(link["first"]["country"], "US") << link.dump();
        EXPECT_EQ(link["second"]["country"], "JP") << link.dump();
        EXPECT_EQ(link["relations"].size(), link["via"].is_null() ? 1u : 2u) << link.dump();
        for (const auto& relation : link["relations"]) EXPECT_FALSE(relation["evidence"].empty()) << link.dump();
        throughProgram = throughProgram ||
                         (link["first"]["name"] == "Carnegie Mellon University" &&
                          link["second"]["name"] == "Keio University" && !link["via"].is_null() &&
                          link["via"]["type"] == "program");
    }
    EXPECT_TRUE(throughProgram) << "no Carnegie Mellon University <-> Keio University link through a program";

    // The same pair the other way round, and text grouped by program.
    const json reversed = jsonOf({"links", "--countries", "jp,us"});
    EXPECT_EQ(reversed["count"], answer["count"]);
    auto text = cliWithDb({"links"});
    EXPECT_NE(text.out.find("Through a program or fund"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("Keio University"), std::string::npos) << text.out;
}

TEST_F(CliAnalysisTest, PageRankJsonIsSortedSumsToOneAndLeavesCountriesOut) {
    const json answer = jsonOf({"rank", "--by", "pagerank", "--top", "100000"});
    EXPECT_EQ(answer["by"], "pagerank");
    const json& ranking = answer["ranking"];
    ASSERT_EQ(ranking.size(), answer["entities"].get<std::size_t>());
    double sum = 0;
    for (std::size_t i = 0; i < ranking.size(); ++i) {
        EXPECT_EQ(ranking[i]["rank"], i + 1);
        EXPECT_NE(ranking[i]["type"], "country");
        EXPECT_TRUE(ranking[i].contains("country"));
        if (i > 0) {
            EXPECT_GE(ranking[i - 1]["score"].get<double>(), ranking[i]["score"].get<double>());
        }
        sum += ranking[i]["score"].get<double>();
    }
    EXPECT_NEAR(sum, 1.0, 1e-6);
}

TEST_F(CliAnalysisTest, RankMeasuresTheFilteredGraph) {
    // Among universities only, a university's degree counts only the other
    // universities it partners with: never more than in the whole graph, and
    // less for those that also join programs.
    std::map<std::string, double> unfiltered;
    const json whole = jsonOf({"rank", "--top", "100000"});
    for (const auto& entry : whole["ranking"])
        unfiltered[entry["id"].get<std::string>()] = entry["score"].get<double>();
    const json universities = jsonOf({"rank", "--by", "degree", "--type", "university", "--top", "100"});
    ASSERT_FALSE(universities["ranking"].empty());
    bool fewer = false;
    for (const auto& entry : universities["ranking"]) {
        EXPECT_EQ(entry["type"], "university");
        EXPECT_LE(entry["score"].get<double>(), unfiltered.at(entry["id"].get<std::string>())) << entry.dump();
        fewer = fewer || entry["score"].get<double>() < unfiltered.at(entry["id"].get<std::string>());
    }
    EXPECT_TRUE(fewer);
    const json countries = jsonOf({"rank", "--type", "country", "--top", "100"});
    ASSERT_FALSE(countries["ranking"].empty());
    for (const auto& entry : countries["ranking"]) EXPECT_EQ(entry["type"], "country");

    const json focused = jsonOf({"rank", "--by", "betweenness", "--focus", "Keio University", "--hops", "1"});
    EXPECT_EQ(focused["filters"]["focus"], "university:keio-university");
    EXPECT_EQ(focused["filters"]["hops"], 1);
    EXPECT_LT(focused["entities"].get<int>(), whole["entities"].get<int>());
}

TEST_F(CliAnalysisTest, ComponentsPartitionTheEntitiesLargestFirst) {
    const json answer = jsonOf({"components", "--top", "100000"});
    ASSERT_EQ(answer["components"].size(), answer["count"].get<std::size_t>());
    std::set<std::string> members;
    std::size_t total = 0, previous = SIZE_MAX;
    for (const auto& component : answer["components"]) {
        const std::size_t size = component["size"];
        EXPECT_EQ(component["members"].size(), size);
        EXPECT_LE(size, previous);
        previous = size;
        total += size;
        for (const auto& member : component["members"]) EXPECT_TRUE(members.insert(member["id"]).second);
    }
    EXPECT_EQ(total, answer["entities"].get<std::size_t>());

    auto text = cliWithDb({"components", "--top", "2"});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_NE(text.out.find("the 2 largest"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find(" more\n"), std::string::npos) << text.out;
}

TEST_F(CliAnalysisTest, UsageErrorsExitTwoAndDataErrorsOneWithOneLine) {
    const std::vector<std::pair<std::vector<std::string>, int>> cases = {
        {{"rank", "--by", "closeness"}, 2},
        {{"rank", "--top", "0"}, 2},
        {{"rank", "--hops", "-1"}, 2},
        {{"rank", "extra"}, 2},
        {{"components", "--top", "many"}, 2},
        {{"money"}, 2},
        {{"money", "--by", "planet"}, 2},
        {{"links", "--countries", "US"}, 2},
        {{"links", "--countries", "US,US"}, 2},
        {{"links", "--countries", "US,JP,KR"}, 2},
        {{"path", "Keio University", "NVIDIA", "--k", "0"}, 2},
        {{"path", "Keio University", "NVIDIA", "--k", "1.5"}, 2},
        {{"links", "--countries", "US,XX"}, 1},
        {{"rank", "--focus", "Keio Univ"}, 1},
        {{"path", "Keio Univ", "NVIDIA", "--k", "3"}, 1},
    };
    for (const auto& [args, code] : cases) {
        auto result = cliWithDb(args);
        EXPECT_EQ(result.exitCode, code) << args[0] << " " << args.back() << ": " << result.err;
        EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
        EXPECT_TRUE(result.out.empty()) << result.out;
    }
    EXPECT_NE(cliWithDb({"rank", "--focus", "Keio Univ"}).err.find("did you mean: Keio University"),
              std::string::npos);
}

TEST_F(CliAnalysisTest, EveryAnalysisHasHelp) {
    for (const char* command : {"rank", "components", "links", "money"}) {
        auto help = cli({command, "--help"});
        EXPECT_EQ(help.exitCode, 0) << command;
        EXPECT_NE(help.out.find(std::string("Usage: kakehashi-cli ") + command), std::string::npos) << help.out;
        EXPECT_NE(cli({"--help"}).out.find(command), std::string::npos) << command;
    }
    EXPECT_NE(cli({"path", "--help"}).out.find("--k N"), std::string::npos);
}

}  // namespace
