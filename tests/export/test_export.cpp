#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "../graph/sample_graph.h"
#include "kakehashi/core/ids.h"
#include "kakehashi/export/csv_exporter.h"
#include "kakehashi/export/exporter_registry.h"
#include "kakehashi/export/graphml_exporter.h"
#include "kakehashi/export/json_exporter.h"
#include "kakehashi/export/json_format.h"
#include "kakehashi/graph/layout.h"
#include "kakehashi/graph/neighbourhood.h"

namespace kakehashi::exports {
namespace {

namespace fs = std::filesystem;
using testing::sampleId;

// A fresh folder per test, removed afterwards.
class ExportTest : public ::testing::Test {
protected:
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir = fs::temp_directory_path() /
              ("kakehashi-export-" + std::to_string(::getpid()) + "-" + info->test_suite_name() + "-" + info->name());
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }

    static std::string slurp(const fs::path& path) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    }

    fs::path dir;
    graph::KnowledgeGraph kg{testing::sampleSnapshot()};
};

TEST_F(ExportTest, JsonV1HasTheDocumentedShape) {
    const nlohmann::json json = toJson(graph::wholeGraph(kg));
    EXPECT_EQ(json.at("format"), "kakehashi-graph");
    EXPECT_EQ(json.at("version"), 1);
    ASSERT_EQ(json.at("nodes").size(), 19u);
    ASSERT_EQ(json.at("edges").size(), 17u);
    ASSERT_EQ(json.at("documents").size(), 2u);
    for (const auto& node : json.at("nodes"))
        for (const char* key : {"id", "name", "type", "aliases", "country", "sectors", "usd", "evidence"})
            EXPECT_TRUE(node.contains(key)) << key;
    for (const auto& edge : json.at("edges"))
        for (const char* key : {"id", "source", "target", "type", "usd", "sectors", "evidence"})
            EXPECT_TRUE(edge.contains(key)) << key;
    for (const auto& doc : json.at("documents"))
        for (const char* key : {"id", "title", "sha256", "path"}) EXPECT_TRUE(doc.contains(key)) << key;

    auto node = [&](const std::string& id) {
        for (const auto& n : json.at("nodes"))
            if (n.at("id") == id) return n;
        return nlohmann::json();
    };
    EXPECT_EQ(node(sampleId("fund110")).at("usd"), 110e6);
    EXPECT_TRUE(node(sampleId("keio")).at("usd").is_null());
    EXPECT_EQ(node(sampleId("keio")).at("country"), "JP");
    EXPECT_TRUE(node(sampleId("fund110")).at("country").is_null());
    EXPECT_EQ(node(sampleId("keio")).at("evidence").at(0).at("document"), 2);
    EXPECT_FALSE(node(sampleId("keio")).contains("mentions"));
    EXPECT_FALSE(node(sampleId("keio")).contains("x"));
    for (const auto& edge : json.at("edges"))
        EXPECT_EQ(edge.at("directed"), edge.at("type") != "partners_with") << edge.at("id");
    EXPECT_TRUE(json.at("filters").at("focus").is_null());
    EXPECT_EQ(json.at("filters").at("hops"), 0);
}

TEST_F(ExportTest, JsonRecordsFocusHopsAndFilterAndOnlyReferencedDocuments) {
    graph::Filter filter;
    filter.types = {core::EntityType::University, core::EntityType::Program};
    const auto sub = graph::neighbourhood(kg, "keio", 1, filter);
    ASSERT_TRUE(sub.ok());
    const nlohmann::json json = toJson(*sub);
    EXPECT_EQ(json.at("filters").at("focus"), sampleId("keio"));
    EXPECT_EQ(json.at("filters").at("hops"), 1);
    EXPECT_EQ(json.at("filters").at("types"), nlohmann::json({"university", "program"}));
    ASSERT_EQ(json.at("documents").size(), 1u);  // the neighbourhood is all stated in document 2
    EXPECT_EQ(json.at("documents").at(0).at("id"), 2);
}

TEST_F(ExportTest, JsonCarriesPositionsAndMentionsWhenAsked) {
    ExportOptions options;
    options.includeMentions = true;
    options.positions = graph::Positions(kg.nodeCount(), graph::Point{std::nan(""), std::nan("")});
    const graph::Vertex keio = *kg.vertexById(sampleId("keio"));
    (*options.positions)[keio] = {12.5, -3.0};
    const nlohmann::json json = toJson(graph::wholeGraph(kg), options);
    for (const auto& n : json.at("nodes")) {
        EXPECT_TRUE(n.contains("mentions"));
        EXPECT_EQ(n.contains("x"), n.at("id") == sampleId("keio"));  // unplaced nodes carry none
        if (n.at("id") == sampleId("keio")) {
            EXPECT_EQ(n.at("x"), 12.5);
        }
    }
}

TEST_F(ExportTest, JsonRoundTripGivesTheSameGraph) {
    graph::Filter filter;
    filter.minUsd = 100e6;
    graph::Subgraph sub = graph::applyFilter(kg, filter);
    const fs::path file = dir / "g.json";
    ExportOptions options;
    options.includeMentions = true;
    ASSERT_TRUE(JsonExporter().write(sub, options, file).ok());
    EXPECT_FALSE(fs::exists(dir / "g.json.part"));

    const auto read = readJsonFile(file);
    ASSERT_TRUE(read.ok()) << read.error();
    EXPECT_EQ(read->filter.minUsd, 100e6);
    const graph::KnowledgeGraph back(read->snapshot);
    ASSERT_EQ(back.nodeCount(), sub.nodes.size());
    ASSERT_EQ(back.edgeCount(), sub.edges.size());
    for (graph::Vertex v : sub.nodes) {
        const core::Entity& original = kg.entity(v);
        const auto w = back.vertexById(original.id);
        ASSERT_TRUE(w.has_value()) << original.id;
        const core::Entity& copy = back.entity(*w);
        EXPECT_EQ(copy.name, original.name);
        EXPECT_EQ(copy.type, original.type);
        EXPECT_EQ(copy.aliases, original.aliases);
        EXPECT_EQ(copy.country, original.country);
        EXPECT_EQ(copy.sectors, original.sectors);
        EXPECT_EQ(copy.usd, original.usd);
        EXPECT_EQ(copy.amountText, original.amountText);
        EXPECT_EQ(copy.evidence, original.evidence);
        EXPECT_EQ(copy.mentions, original.mentions);
        EXPECT_EQ(back.graph()[*w].firstDate, kg.graph()[v].firstDate);
    }
    std::set<std::string> originalEdges, copiedEdges;
    for (graph::Edge e : sub.edges) originalEdges.insert(kg.relation(e).id);
    for (const auto& r : back.snapshot().relations) copiedEdges.insert(r.id);
    EXPECT_EQ(originalEdges, copiedEdges);
    // Writing the copy again gives the same bytes: ids and order are stable.
    const fs::path again = dir / "again.json";
    graph::Subgraph copySub = graph::wholeGraph(back);
    copySub.filter = filter;
    ASSERT_TRUE(JsonExporter().write(copySub, options, again).ok());
    EXPECT_EQ(slurp(file), slurp(again));
}

struct BadJson {
    const char* label;
    const char* text;
    const char* reason;
};

class JsonReaderErrors : public ::testing::TestWithParam<BadJson> {};

TEST_P(JsonReaderErrors, NameTheSourceAndTheReason) {
    const auto result = parseJson(GetParam().text, "in.json");
    ASSERT_FALSE(result.ok()) << GetParam().label;
    EXPECT_EQ(result.error().rfind("in.json: ", 0), 0u) << result.error();
    EXPECT_NE(result.error().find(GetParam().reason), std::string::npos) << result.error();
    EXPECT_EQ(result.error().find('\n'), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(
    Table, JsonReaderErrors,
    ::testing::Values(
        BadJson{"not json", "{nodes: [", "not valid JSON"},
        BadJson{"other format", R"({"format":"other","version":1,"nodes":[],"edges":[]})", "not a Kakehashi graph"},
        BadJson{"newer version", R"({"format":"kakehashi-graph","version":2,"nodes":[],"edges":[]})",
                "version 2 is newer"},
        BadJson{"no nodes", R"({"format":"kakehashi-graph","version":1,"edges":[]})", "nodes"},
        BadJson{"unknown type",
                R"({"format":"kakehashi-graph","version":1,"nodes":[{"id":"a","name":"A","type":"alien"}],"edges":[]})",
                "unknown type 'alien'"},
        BadJson{"dangling edge",
                R"({"format":"kakehashi-graph","version":1,"nodes":[{"id":"a","name":"A","type":"company"}],
                    "edges":[{"source":"a","target":"b","type":"funds"}]})",
                "unknown node 'b'"},
        BadJson{"duplicate id",
                R"({"format":"kakehashi-graph","version":1,"nodes":[{"id":"a","name":"A","type":"company"},
                    {"id":"a","name":"B","type":"company"}],"edges":[]})",
                "appears twice"},
        BadJson{"bad filters",
                R"({"format":"kakehashi-graph","version":1,"nodes":[],"edges":[],"filters":{"min_usd":"lots"}})",
                "invalid Kakehashi graph"}),
    [](const auto& info) { return "case" + std::to_string(info.index); });

TEST_F(ExportTest, MissingFileAndUnwritablePathAreClearErrors) {
    const auto missing = readJsonFile(dir / "nope.json");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().find("nope.json: cannot read"), std::string::npos) << missing.error();

    const fs::path target = dir / "no-such-folder" / "g.json";
    for (const auto& exporter : {std::string("json"), std::string("graphml"), std::string("csv")}) {
        const auto status =
            ExporterRegistry::withBuiltins().find(exporter)->write(graph::wholeGraph(kg), {}, target);
        ASSERT_FALSE(status.ok()) << exporter;
        EXPECT_NE(status.error().find("g.json: cannot write"), std::string::npos) << status.error();
    }
}

TEST_F(ExportTest, RegistryFindsBuiltinsByNameAndExtension) {
    ExporterRegistry registry = ExporterRegistry::withBuiltins();
    EXPECT_EQ(registry.formats(), (std::vector<std::string>{"json", "graphml", "csv"}));
    ASSERT_NE(registry.find("graphml"), nullptr);
    EXPECT_EQ(registry.find("graphml")->extension(), "graphml");
    EXPECT_EQ(registry.findByExtension(".GraphML"), registry.find("graphml"));
    EXPECT_EQ(registry.find("png"), nullptr);
    registry.add(std::make_unique<JsonExporter>());
    EXPECT_EQ(registry.formats().size(), 3u);  // replaced, not duplicated
}

TEST_F(ExportTest, CsvWritesNodesAndEdgesWithQuotingAndRecordedFilters) {
    auto snapshot = testing::sampleSnapshot();
    core::Entity mext;
    mext.name = "Ministry of Education, Culture, Sports, Science and Technology";
    mext.type = core::EntityType::GovernmentAgency;
    mext.id = core::makeEntityId(mext.type, mext.name);
    mext.aliases = {"MEXT", "the \"Ministry\""};
    snapshot.entities.push_back(mext);
    const graph::KnowledgeGraph withComma(std::move(snapshot));
    const fs::path file = dir / "g.csv";
    ASSERT_TRUE(CsvExporter().write(graph::wholeGraph(withComma), {}, file).ok());
    EXPECT_EQ(CsvExporter::edgesPath(file), dir / "g.edges.csv");

    std::istringstream nodes(slurp(file));
    std::string line;
    std::getline(nodes, line);
    EXPECT_EQ(line.rfind("# kakehashi-graph csv v1; filters: {", 0), 0u) << line;
    std::getline(nodes, line);
    EXPECT_EQ(line, "id,name,type,country,sectors,usd,aliases,first_date,evidence_count");
    int rows = 0;
    bool sawQuoted = false;
    while (std::getline(nodes, line)) {
        ++rows;
        if (line.find("government_agency") != std::string::npos) {
            EXPECT_NE(line.find("\"Ministry of Education, Culture, Sports, Science and Technology\""),
                      std::string::npos);
            EXPECT_NE(line.find("\"MEXT;the \"\"Ministry\"\"\""), std::string::npos) << line;
            sawQuoted = true;
        }
        if (line.rfind(sampleId("fund110"), 0) == 0) {
            EXPECT_NE(line.find(",110000000,"), std::string::npos) << line;
        }
    }
    EXPECT_EQ(rows, 20);
    EXPECT_TRUE(sawQuoted);

    std::istringstream edges(slurp(dir / "g.edges.csv"));
    std::getline(edges, line);
    std::getline(edges, line);
    EXPECT_EQ(line, "id,source,target,type,directed,usd,sectors,evidence_count,evidence_text");
    rows = 0;
    while (std::getline(edges, line)) ++rows;
    EXPECT_EQ(rows, 17);
}

// networkx reads what boost::write_graphml wrote, attributes included. The
// reader runs as a subprocess; skipped where python3-networkx is missing.
TEST_F(ExportTest, GraphmlIsReadBackByNetworkx) {
    const std::string python = KAKEHASHI_TEST_PYTHON;
    if (std::system((python + " -c 'import networkx' 2>/dev/null").c_str()) != 0)
        GTEST_SKIP() << "python3-networkx not installed";

    graph::Filter filter;
    filter.minUsd = 100e6;
    const graph::Subgraph sub = graph::applyFilter(kg, filter);
    ExportOptions options;
    auto layout = graph::makeLayout("circular");
    graph::Positions positions;
    ASSERT_TRUE(graph::runLayout(*layout, sub, positions).ok());
    options.positions = positions;
    const fs::path file = dir / "g.graphml";
    ASSERT_TRUE(GraphmlExporter().write(sub, options, file).ok());

    const fs::path script = dir / "read.py";
    std::ofstream(script) << R"(import json, math, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
by_id = {d["entity_id"]: d for _, d in g.nodes(data=True)}
fund = by_id[sys.argv[2]]
keio = by_id[sys.argv[3]]
types = sorted({d["type"] for _, _, d in g.edges(data=True)})
print(json.dumps({
    "nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed(),
    "fund_usd": fund["usd"], "fund_sectors": fund["sectors"], "keio_name": keio["name"],
    "keio_usd_nan": math.isnan(keio["usd"]), "keio_has_xy": "x" in keio and "y" in keio,
    "edge_types": types, "filters": json.loads(g.graph["filters"]), "format": g.graph["format"]}))
)";
    const fs::path result = dir / "out.json";
    const std::string command = python + " " + script.string() + " " + file.string() + " " + sampleId("fund110") +
                                " " + sampleId("keio") + " > " + result.string();
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    const auto json = nlohmann::json::parse(slurp(result));
    EXPECT_EQ(json.at("nodes"), sub.nodes.size());
    EXPECT_EQ(json.at("edges"), sub.edges.size());
    EXPECT_EQ(json.at("directed"), true);
    EXPECT_EQ(json.at("fund_usd"), 110e6);
    EXPECT_EQ(json.at("fund_sectors"), "artificial-intelligence");
    EXPECT_EQ(json.at("keio_name"), "Keio University");
    EXPECT_EQ(json.at("keio_usd_nan"), true);
    EXPECT_EQ(json.at("keio_has_xy"), true);
    EXPECT_EQ(json.at("edge_types"),
              nlohmann::json({"announces", "finances", "funds", "participates_in", "partners_with"}));
    EXPECT_EQ(json.at("filters").at("min_usd"), 100e6);
    EXPECT_EQ(json.at("format"), "kakehashi-graph graphml v1");
}

}  // namespace
}  // namespace kakehashi::exports
