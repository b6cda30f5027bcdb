// Graph engine benchmarks on synthetic partnership graphs. The peer script
// (bench/peers/compare_graph.py) runs the same operations on the same graphs
// with networkx, igraph and Graphviz sfdp and prints the ratios; see
// docs/performance.md.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>
#include <unistd.h>

#include "kakehashi/export/json_format.h"
#include "kakehashi/graph/force_layout.h"
#include "kakehashi/graph/queries.h"
#include "kakehashi/store/store.h"
#include "synthetic_graph.h"

namespace kakehashi::bench {
namespace {

// The two graphs of issue 4: 10,000 nodes / ~20,000 edges (layout) and
// 100,000 nodes / ~500,000 edges (queries). Same parameters as the peers use.
constexpr SyntheticSpec kSmall{10'000, 2, 7};
constexpr SyntheticSpec kLarge{100'000, 5, 7};
constexpr std::size_t kQueries = 1000;

struct Loaded {
    SyntheticGraph synthetic;
    graph::KnowledgeGraph graph;
    QuerySet queries;
};

const Loaded& loaded(const SyntheticSpec& spec) {
    static std::unique_ptr<Loaded> small, large;
    auto& slot = spec.nodes == kSmall.nodes ? small : large;
    if (!slot) {
        SyntheticGraph synthetic = makeSyntheticGraph(spec);
        graph::KnowledgeGraph kg(synthetic.snapshot);
        slot = std::make_unique<Loaded>(
            Loaded{std::move(synthetic), std::move(kg), makeQueries(spec.nodes, kQueries, spec.seed)});
    }
    return *slot;
}

const SyntheticSpec& specOf(const benchmark::State& state) { return state.range(0) == 0 ? kSmall : kLarge; }

// Builds the graph from a copy of the synthetic snapshot, with or without
// the relation end indices a store reader supplies.
void timeBuild(benchmark::State& state, bool withEnds) {
    const Loaded& data = loaded(specOf(state));
    for (auto _ : state) {
        state.PauseTiming();
        core::Snapshot copy = data.synthetic.snapshot;
        if (!withEnds) copy.relationEnds.clear();
        state.ResumeTiming();
        graph::KnowledgeGraph kg(std::move(copy));
        benchmark::DoNotOptimize(kg.nodeCount());
        // Freeing it (and the snapshot it owns) is not building it; the peer
        // script likewise frees igraph's graph outside its clock.
        state.PauseTiming();
        { auto dispose = std::move(kg); }
        state.ResumeTiming();
    }
}

void BM_BuildGraph(benchmark::State& state) { timeBuild(state, true); }

// The same build from a snapshot without end indices (a JSON import, one
// extracted file): every relation end is looked up by id.
void BM_BuildGraphByIds(benchmark::State& state) { timeBuild(state, false); }

// The whole load path of the app and the CLI: open the SQLite database, read
// the snapshot, build the graph. The database is written once per run (one
// document holding every synthetic entity and relation) and removed after.
void BM_LoadFromSqlite(benchmark::State& state) {
    const SyntheticSpec& spec = specOf(state);
    const std::filesystem::path db = std::filesystem::temp_directory_path() /
                                     ("kakehashi-bench-" + std::to_string(::getpid()) + "-" +
                                      std::to_string(spec.nodes) + ".sqlite");
    {
        std::filesystem::remove(db);
        auto store = store::Store::open(db);
        if (!store) {
            state.SkipWithError(store.error().c_str());
            return;
        }
        core::ExtractionResult all;
        all.document = {"synthetic.txt", "Synthetic partnership graph", "2024-01-01", "synthetic graph"};
        all.entities = loaded(spec).synthetic.snapshot.entities;
        all.relations = loaded(spec).synthetic.snapshot.relations;
        if (auto added = store->addDocument(all); !added) {
            state.SkipWithError(added.error().c_str());
            return;
        }
    }
    std::size_t nodes = 0;
    for (auto _ : state) {
        auto store = store::Store::open(db, store::OpenMode::ReadOnly);
        auto snapshot = store->snapshot();
        if (!snapshot) {
            state.SkipWithError(snapshot.error().c_str());
            break;
        }
        graph::KnowledgeGraph kg(std::move(snapshot).value());
        nodes = kg.nodeCount();
        benchmark::DoNotOptimize(nodes);
        // Loading ends here; freeing the graph and closing the file do not
        // count (as in BM_BuildGraph).
        state.PauseTiming();
        { auto dispose = std::move(kg); }
        { auto close = std::move(store); }
        state.ResumeTiming();
    }
    state.counters["nodes"] = static_cast<double>(nodes);
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db.string() + suffix, ignored);
}

void BM_TwoHopNeighbourhood(benchmark::State& state) {
    const Loaded& data = loaded(specOf(state));
    std::size_t i = 0, total = 0;
    for (auto _ : state) {
        const auto around = graph::verticesWithin(data.graph.graph(), data.queries.starts[i++ % kQueries], 2);
        total += around.size();
        benchmark::DoNotOptimize(around.data());
    }
    state.counters["avg_nodes"] = static_cast<double>(total) / static_cast<double>(std::max<std::size_t>(1, i));
}

void BM_ShortestPath(benchmark::State& state) {
    const Loaded& data = loaded(specOf(state));
    std::size_t i = 0;
    for (auto _ : state) {
        const auto [a, b] = data.queries.pairs[i++ % kQueries];
        auto path = graph::shortestPath(data.graph.graph(), a, b);
        benchmark::DoNotOptimize(path);
    }
}

void BM_KShortestPaths(benchmark::State& state) {
    const Loaded& data = loaded(specOf(state));
    std::size_t i = 0;
    for (auto _ : state) {
        const auto [a, b] = data.queries.pairs[i++ % kQueries];
        auto paths = graph::kShortestPaths(data.graph.graph(), a, b, 3);
        benchmark::DoNotOptimize(paths.data());
    }
}

void BM_PageRank(benchmark::State& state) {
    const Loaded& data = loaded(specOf(state));
    const graph::Subgraph all = graph::wholeGraph(data.graph);
    for (auto _ : state) {
        // networkx's default tolerance, so both stop at the same accuracy.
        auto rank = graph::pageRank(all, 0.85, 1e-6);
        benchmark::DoNotOptimize(rank.data());
    }
}

void BM_Components(benchmark::State& state) {
    const Loaded& data = loaded(specOf(state));
    const graph::Subgraph all = graph::wholeGraph(data.graph);
    for (auto _ : state) {
        auto components = graph::connectedComponents(all);
        benchmark::DoNotOptimize(components.members.data());
    }
}

void BM_Betweenness(benchmark::State& state) {
    const Loaded& data = loaded(specOf(state));
    const graph::Subgraph all = graph::wholeGraph(data.graph);
    for (auto _ : state) {
        auto bc = graph::betweenness(all);
        benchmark::DoNotOptimize(bc.data());
    }
}

void BM_FilterMinUsd(benchmark::State& state) {
    const Loaded& data = loaded(specOf(state));
    graph::Filter filter;
    filter.minUsd = 500e6;
    for (auto _ : state) {
        auto sub = graph::applyFilter(data.graph, filter);
        benchmark::DoNotOptimize(sub.nodes.data());
    }
}

void BM_ForceLayout(benchmark::State& state) {
    const Loaded& data = loaded(specOf(state));
    const graph::Subgraph all = graph::wholeGraph(data.graph);
    int iterations = 0;
    for (auto _ : state) {
        graph::ForceLayout layout;
        graph::Positions positions;
        auto status = graph::runLayout(layout, all, positions);
        iterations = layout.iterations();
        benchmark::DoNotOptimize(positions.data());
        if (!status) state.SkipWithError(status.error().c_str());
    }
    state.counters["iterations"] = iterations;
}

void BM_JsonExport(benchmark::State& state) {
    const Loaded& data = loaded(specOf(state));
    const graph::Subgraph all = graph::wholeGraph(data.graph);
    for (auto _ : state) {
        auto text = exports::toJson(all).dump();
        benchmark::DoNotOptimize(text.data());
    }
}

// Arg 0: 10k nodes / 20k edges; arg 1: 100k nodes / 500k edges.
BENCHMARK(BM_BuildGraph)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildGraphByIds)->Arg(1)->Unit(benchmark::kMillisecond);
// Setting up the 100k database writes 100k entities / 500k relations through
// Store::addDocument in one transaction (a few minutes on this machine).
BENCHMARK(BM_LoadFromSqlite)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TwoHopNeighbourhood)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_ShortestPath)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_KShortestPaths)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_PageRank)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Components)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Betweenness)->Arg(0)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_FilterMinUsd)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ForceLayout)->Arg(0)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_JsonExport)->Arg(0)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace kakehashi::bench
