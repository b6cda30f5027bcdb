#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "cli_fixture.h"

using kakehashi::testing::CliTest;
using nlohmann::json;

namespace {

// The scoring rules' name normalization (shared/corpus/README.md).
std::string normalizeName(std::string name) {
    std::string out;
    for (std::size_t i = 0; i < name.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(name[i]);
        if (c == '\\' || c == '*' || c == '_') continue;
        if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80) {
            const unsigned char third = static_cast<unsigned char>(name[i + 2]);
            if (third == 0x98 || third == 0x99) out.push_back('\'');
            else if (third == 0x9C || third == 0x9D) out.push_back('"');
            else if (third >= 0x90 && third <= 0x95) out.push_back('-');
            i += 2;
            continue;
        }
        if (std::isspace(c)) {
            if (!out.empty() && out.back() != ' ') out.push_back(' ');
            continue;
        }
        out.push_back(static_cast<char>(std::tolower(c)));
    }
    while (!out.empty() && (out.back() == ' ' || std::ispunct(static_cast<unsigned char>(out.back())))) out.pop_back();
    if (out.size() > 2 && out.compare(out.size() - 2, 2, "'s") == 0) out.resize(out.size() - 2);
    if (out.rfind("the ", 0) == 0) out.erase(0, 4);
    return out;
}

json readJson(const std::filesystem::path& path) {
    std::ifstream in(path);
    return json::parse(in);
}

}  // namespace

TEST_F(CliTest, HelpListsEveryCommandOfTheContract) {
    auto help = cli({"--help"});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* command : {"ingest", "extract", "stats", "entities", "search", "neighbors", "path", "export"})
        EXPECT_NE(help.out.find(command), std::string::npos) << command;
    for (const char* command : {"ingest", "extract", "stats", "entities", "search", "neighbors", "path", "export"}) {
        auto one = cli({command, "--help"});
        EXPECT_EQ(one.exitCode, 0) << command;
        EXPECT_NE(one.out.find(std::string("Usage: kakehashi-cli ") + command), std::string::npos) << one.out;
    }
}

TEST_F(CliTest, UsageErrorsExitTwoWithOneLine) {
    for (const auto& args : std::vector<std::vector<std::string>>{{},
                                                                   {"frobnicate"},
                                                                   {"stats", "--no-such-option"},
                                                                   {"ingest"},
                                                                   {"path", "only-one"},
                                                                   {"export", "-o", "x.json"},
                                                                   {"export", "--format", "gif", "-o", "x.gif"},
                                                                   {"neighbors", "Keio", "--hops", "zero"}}) {
        auto result = cliWithDb(args);
        EXPECT_EQ(result.exitCode, 2) << (args.empty() ? "" : args[0]) << ": " << result.err;
        EXPECT_FALSE(result.err.empty());
    }
}

TEST_F(CliTest, IngestsTheBundledCorpusOnceAndReingestChangesNothing) {
    auto first = cliWithDb({"ingest", corpus()});
    ASSERT_EQ(first.exitCode, 0) << first.err;
    EXPECT_NE(first.out.find("2 added"), std::string::npos) << first.out;
    const json before = json::parse(cliWithDb({"stats", "--json"}).out);
    EXPECT_EQ(before["documents"], 2);
    EXPECT_GT(before["entities"].get<int>(), 20);
    EXPECT_GT(before["relations"].get<int>(), 10);

    auto again = cliWithDb({"ingest", corpus()});
    EXPECT_EQ(again.exitCode, 0) << again.err;
    EXPECT_NE(again.out.find("0 added, 2 unchanged"), std::string::npos) << again.out;
    EXPECT_EQ(json::parse(cliWithDb({"stats", "--json"}).out), before);
}

TEST_F(CliTest, DefaultDatabaseLivesInTheXdgDataHome) {
    ASSERT_EQ(cli({"ingest", corpus()}).exitCode, 0);
    EXPECT_TRUE(std::filesystem::exists(dir / "xdg" / "kakehashi" / "kakehashi.sqlite"));
    auto stats = cli({"stats"});
    EXPECT_EQ(stats.exitCode, 0);
    EXPECT_NE(stats.out.find("documents  2"), std::string::npos) << stats.out;
}

TEST_F(CliTest, ExportedJsonNamesEveryOrganizationAndPersonOfTheSeedGold) {
    ASSERT_EQ(cliWithDb({"ingest", corpus()}).exitCode, 0);
    const auto out = dir / "g.json";
    auto exported = cliWithDb({"export", "--format", "json", "-o", out.string()});
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    const json graph = readJson(out);
    EXPECT_EQ(graph["format"], "kakehashi-graph");
    EXPECT_EQ(graph["version"], 1);
    EXPECT_EQ(graph["documents"].size(), 2u);

    std::set<std::string> names;
    for (const auto& node : graph["nodes"]) {
        names.insert(normalizeName(node["name"]));
        for (const auto& alias : node["aliases"]) names.insert(normalizeName(alias));
        EXPECT_TRUE(node["usd"].is_null() || node["usd"].is_number()) << node.dump();
    }
    std::set<std::string> ids;
    for (const auto& node : graph["nodes"]) ids.insert(node["id"]);
    for (const auto& edge : graph["edges"]) {
        EXPECT_TRUE(ids.count(edge["source"])) << edge.dump();
        EXPECT_TRUE(ids.count(edge["target"])) << edge.dump();
        EXPECT_FALSE(edge["evidence"].empty()) << edge.dump();
    }

    const std::set<std::string> namedTypes{"university", "government_agency", "research_institute", "company",
                                           "person"};
    int checked = 0;
    for (const auto& file : std::filesystem::directory_iterator(kakehashi::core::dataDir() / "gold")) {
        const json gold = readJson(file.path());
        for (const auto& entity : gold["entities"]) {
            if (entity.value("optional", false) || !namedTypes.count(entity["type"].get<std::string>())) continue;
            bool found = names.count(normalizeName(entity["name"].get<std::string>())) > 0;
            for (const auto& alias : entity["aliases"])
                found = found || names.count(normalizeName(alias.get<std::string>())) > 0;
            EXPECT_TRUE(found) << file.path().filename() << ": " << entity["name"];
            ++checked;
        }
    }
    EXPECT_GT(checked, 30);
}

TEST_F(CliTest, ExtractPrintsJsonForOneFileWithoutADatabase) {
    const auto seed = kakehashi::core::dataDir() / "corpus" / "003_600793a94f8625ab.txt";
    auto result = cli({"extract", seed.string(), "--json"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const json graph = json::parse(result.out);
    EXPECT_EQ(graph["documents"].size(), 1u);
    bool fund = false;
    for (const auto& node : graph["nodes"])
        if (node["type"] == "fund" && node["usd"].is_number() && std::abs(node["usd"].get<double>() - 110e6) < 1e6)
            fund = true;
    EXPECT_TRUE(fund) << "no $110 million fund";
    EXPECT_FALSE(std::filesystem::exists(dir / "xdg"));
}

TEST_F(CliTest, EntitiesSearchNeighborsAndPathAnswerOnTheCorpus) {
    ASSERT_EQ(cliWithDb({"ingest", corpus()}).exitCode, 0);

    auto universities = json::parse(cliWithDb({"entities", "--type", "university", "--json"}).out);
    ASSERT_FALSE(universities.empty());
    for (const auto& e : universities) EXPECT_EQ(e["type"], "university");

    auto search = cliWithDb({"search", "Tsukuba"});
    EXPECT_EQ(search.exitCode, 0);
    EXPECT_NE(search.out.find("University of Tsukuba"), std::string::npos) << search.out;

    auto neighbors = json::parse(cliWithDb({"neighbors", "Keio University", "--hops", "2", "--json"}).out);
    EXPECT_GT(neighbors["nodes"].size(), 2u);

    auto path = cliWithDb({"path", "Keio University", "NVIDIA", "--json"});
    ASSERT_EQ(path.exitCode, 0) << path.err;
    const json hops = json::parse(path.out)["hops"];
    ASSERT_FALSE(hops.empty());
    for (const auto& hop : hops) EXPECT_FALSE(hop["evidence"].empty()) << hop.dump();

    auto unknown = cliWithDb({"path", "Keio Univ", "NVIDIA"});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_NE(unknown.err.find("Keio University"), std::string::npos) << "no suggestion: " << unknown.err;
}

TEST_F(CliTest, ExportRecordsFiltersAndAppliesThem) {
    ASSERT_EQ(cliWithDb({"ingest", corpus()}).exitCode, 0);
    const auto out = dir / "big-money.json";
    ASSERT_EQ(cliWithDb({"export", "--format", "json", "-o", out.string(), "--min-usd", "100000000"}).exitCode, 0);
    const json graph = readJson(out);
    EXPECT_EQ(graph["filters"]["min_usd"], 100000000.0);
    bool kept110 = false;
    for (const auto& node : graph["nodes"]) {
        if (node["type"] != "fund") continue;
        EXPECT_GE(node["usd"].get<double>(), 100e6) << node.dump();
        kept110 = kept110 || std::abs(node["usd"].get<double>() - 110e6) < 1e6;
    }
    EXPECT_TRUE(kept110);
}

TEST_F(CliTest, EvalScoresTheSeedsAndSumsUpGoldLeftWithoutAFile) {
    const auto data = kakehashi::core::dataDir();
    auto all = cli({"eval", "--gold", (data / "gold").string(), corpus()});
    ASSERT_EQ(all.exitCode, 0) << all.err;
    EXPECT_NE(all.out.find("2 documents scored"), std::string::npos) << all.out;
    EXPECT_EQ(all.err.find("no extracted file"), std::string::npos) << all.err;

    // One dev text against the whole dev gold folder: one warning line that
    // counts the others, not one line per gold file.
    std::vector<std::filesystem::path> texts;
    for (const auto& f : std::filesystem::directory_iterator(data / "dev" / "corpus")) texts.push_back(f.path());
    std::size_t golds = 0;
    for (const auto& f : std::filesystem::directory_iterator(data / "dev" / "gold"))
        golds += f.path().extension() == ".json";
    ASSERT_GT(golds, 3u);
    std::sort(texts.begin(), texts.end());
    auto one = cli({"eval", "--gold", (data / "dev" / "gold").string(), texts.front().string()});
    ASSERT_EQ(one.exitCode, 0) << one.err;
    EXPECT_NE(one.out.find("1 documents scored"), std::string::npos) << one.out;
    EXPECT_EQ(std::count(one.err.begin(), one.err.end(), '\n'), 1) << one.err;
    EXPECT_NE(one.err.find(std::to_string(golds - 1) + " gold documents have no extracted file"), std::string::npos)
        << one.err;
    EXPECT_NE(one.err.find(" more"), std::string::npos) << one.err;
}
