// kakehashi-graphgen: writes a synthetic partnership graph (and its query
// set) for the peer comparison, and optionally our force layout of it with
// the time it took, so the peers' layouts can be compared on quality.
//
//   kakehashi-graphgen --nodes N --per-node M [--seed S] -o EDGES [--layout POSITIONS]
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include "kakehashi/graph/force_layout.h"
#include "synthetic_graph.h"

using namespace kakehashi;

namespace {

int usage(const std::string& message) {
    std::cerr << "kakehashi-graphgen: " << message
              << "\nusage: kakehashi-graphgen --nodes N --per-node M [--seed S] -o EDGES [--layout POSITIONS]\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    bench::SyntheticSpec spec;
    std::string output, layoutPath;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (i + 1 >= argc) return usage("missing value after " + std::string(arg));
        const std::string value = argv[++i];
        try {
            if (arg == "--nodes") spec.nodes = std::stoul(value);
            else if (arg == "--per-node") spec.edgesPerNode = std::stoul(value);
            else if (arg == "--seed") spec.seed = std::stoull(value);
            else if (arg == "-o") output = value;
            else if (arg == "--layout") layoutPath = value;
            else return usage("unknown option " + std::string(arg));
        } catch (const std::exception&) {
            return usage("not a number: " + value);
        }
    }
    if (output.empty()) return usage("-o EDGES is required");
    if (spec.nodes < 10) return usage("--nodes must be at least 10");

    const bench::SyntheticGraph synthetic = bench::makeSyntheticGraph(spec);
    const bench::QuerySet queries = bench::makeQueries(spec.nodes, 1000, spec.seed);
    if (auto status = bench::writeEdgeList(synthetic, queries, output); !status) {
        std::cerr << "kakehashi-graphgen: " << status.error() << "\n";
        return 1;
    }
    if (layoutPath.empty()) return 0;

    const graph::KnowledgeGraph kg(synthetic.snapshot);
    const graph::Subgraph all = graph::wholeGraph(kg);
    graph::ForceLayout layout;
    graph::Positions positions;
    const auto start = std::chrono::steady_clock::now();
    const auto status = graph::runLayout(layout, all, positions);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!status) {
        std::cerr << "kakehashi-graphgen: " << status.error() << "\n";
        return 1;
    }
    std::ofstream out(layoutPath);
    out.precision(10);
    for (std::size_t v = 0; v < positions.size(); ++v) out << positions[v].x << ' ' << positions[v].y << '\n';
    if (!out) {
        std::cerr << "kakehashi-graphgen: " << layoutPath << ": cannot write\n";
        return 1;
    }
    std::cout << "layout_seconds " << seconds << "\niterations " << layout.iterations() << "\n";
    return 0;
}
