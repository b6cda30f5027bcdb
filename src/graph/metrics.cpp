#include "kakehashi/graph/metrics.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>

#include <boost/pending/disjoint_sets.hpp>
#include <boost/property_map/property_map.hpp>

#include "local_graph.h"

namespace kakehashi::graph {
namespace {

// Vertices in breadth-first order (Cuthill–McKee): from the biggest hub,
// each vertex's unseen neighbours by falling degree, so neighbours get nearby
// numbers and the hubs, which most visits go to, come first.
std::vector<std::uint32_t> breadthFirstByDegree(const detail::LocalGraph& g) {
    const std::size_t n = g.size();
    std::vector<std::uint32_t> byDegree(n);
    for (std::size_t i = 0; i < n; ++i) byDegree[i] = static_cast<std::uint32_t>(i);
    const auto higher = [&](std::uint32_t a, std::uint32_t b) { return g.degree(a) > g.degree(b); };
    std::stable_sort(byDegree.begin(), byDegree.end(), higher);
    std::vector<std::uint32_t> order;
    order.reserve(n);
    std::vector<char> seen(n, 0);
    std::vector<std::uint32_t> fresh;
    for (std::uint32_t root : byDegree) {
        if (seen[root]) continue;
        seen[root] = 1;
        std::size_t head = order.size();
        order.push_back(root);
        while (head < order.size()) {
            const std::uint32_t v = order[head++];
            fresh.clear();
            for (const std::uint32_t* it = g.begin(v); it != g.end(v); ++it)
                if (!seen[*it]) {
                    seen[*it] = 1;
                    fresh.push_back(*it);
                }
            std::stable_sort(fresh.begin(), fresh.end(), higher);
            order.insert(order.end(), fresh.begin(), fresh.end());
        }
    }
    return order;
}

// The LocalGraph's CSR renumbered in breadth-first order: the per-vertex
// records a Brandes sweep touches then sit close together in cache.
struct Renumbered {
    std::vector<std::uint32_t> original;  // new index -> LocalGraph index
    std::vector<std::size_t> offsets;
    std::vector<std::uint32_t> targets;
    const std::uint32_t* begin(std::size_t v) const { return targets.data() + offsets[v]; }
    const std::uint32_t* end(std::size_t v) const { return targets.data() + offsets[v + 1]; }
};

Renumbered renumbered(const detail::LocalGraph& g) {
    const std::size_t n = g.size();
    Renumbered out;
    out.original = breadthFirstByDegree(g);
    std::vector<std::uint32_t> renamed(n);
    for (std::size_t i = 0; i < n; ++i) renamed[out.original[i]] = static_cast<std::uint32_t>(i);
    out.offsets.assign(n + 1, 0);
    out.targets.reserve(static_cast<std::size_t>(g.end(n - 1) - g.begin(0)));
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t v = out.original[i];
        for (const std::uint32_t* it = g.begin(v); it != g.end(v); ++it) out.targets.push_back(renamed[*it]);
        std::sort(out.targets.begin() + static_cast<std::ptrdiff_t>(out.offsets[i]), out.targets.end());
        out.offsets[i + 1] = out.targets.size();
    }
    return out;
}

// Brandes' betweenness, hand-written for speed: Boost's
// brandes_betweenness_centrality over an adjacency_list took 7.2 s of CPU on
// the 10k / 20k benchmark graph and igraph 7.05 s; this takes 4.7 s (one
// run, same machine and load; docs/performance.md). Boost's version pays for
// per-source predecessor vectors, property-map indirection and a generic
// visitor BFS; here the BFS queue doubles as the visiting order,
// predecessors are found again by distance in the backward pass, and the
// per-source records are reset only where the BFS reached.
// Undirected, unweighted; every unordered pair counted once.
std::vector<double> brandes(const detail::LocalGraph& local) {
    const std::size_t n = local.size();
    std::vector<double> centrality(n, 0.0);
    if (n < 3) return centrality;
    const Renumbered g = renumbered(local);
    // One record per vertex so a visit touches one cache line. `paths` is
    // the number of shortest paths from the source (sigma) during the BFS;
    // in the backward pass, once a vertex's dependency delta is final, it is
    // overwritten with (1 + delta) / sigma, which is all its predecessors
    // need: one multiply per arc instead of a divide, and sigma is no longer
    // read by anyone.
    struct Visit {
        double paths = 0.0;
        std::int32_t dist = -1;
    };
    std::vector<Visit> visit(n);
    // One spare slot: the branch-free BFS below writes every neighbour
    // there before deciding whether to keep it.
    std::vector<std::uint32_t> order(n + 1);
    for (std::size_t s = 0; s < n; ++s) {
        std::size_t head = 0, tail = 0;
        order[tail++] = static_cast<std::uint32_t>(s);
        visit[s] = {1.0, 0};
        while (head < tail) {
            const std::uint32_t v = order[head++];
            const std::int32_t next = visit[v].dist + 1;
            const double paths = visit[v].paths;
            // Branch-free: whether a neighbour is new or one level on is
            // unpredictable, and mispredictions cost more than the stores.
            for (const std::uint32_t* it = g.begin(v); it != g.end(v); ++it) {
                Visit& w = visit[*it];
                const bool fresh = w.dist < 0;
                order[tail] = *it;
                tail += fresh;
                w.dist = fresh ? next : w.dist;
                w.paths += w.dist == next ? paths : 0.0;
            }
        }
        // Reverse BFS order: every successor (one hop further) of w is final
        // before w is reached.
        for (std::size_t i = tail; i-- > 0;) {
            const std::uint32_t w = order[i];
            const std::int32_t next = visit[w].dist + 1;
            double sum = 0.0;
            for (const std::uint32_t* it = g.begin(w); it != g.end(w); ++it)
                sum += visit[*it].dist == next ? visit[*it].paths : 0.0;
            const double delta = visit[w].paths * sum;
            if (w != s) centrality[w] += delta;
            visit[w].paths = (1.0 + delta) / visit[w].paths;
        }
        for (std::size_t i = 0; i < tail; ++i) visit[order[i]] = Visit{};
    }
    // Every pair was reached from both of its ends.
    std::vector<double> result(n);
    for (std::size_t i = 0; i < n; ++i) result[g.original[i]] = centrality[i] / 2.0;
    return result;
}

}  // namespace

Components connectedComponents(const Subgraph& subgraph) {
    Components result;
    if (!subgraph.source) return result;
    const Graph& g = subgraph.source->graph();
    // Union–find straight over the subgraph's edges, indexed by vertex: no
    // adjacency to build, so this is one pass over the edges.
    const std::size_t n = boost::num_vertices(g);
    std::vector<std::size_t> rank(n, 0), parent(n);
    // Iterator property maps, not raw pointers: the CSR graph's headers
    // declare a boost::detail::get that hides the global get(T*, ...).
    auto rankMap = boost::make_iterator_property_map(rank.begin(), boost::typed_identity_property_map<std::size_t>());
    auto parentMap =
        boost::make_iterator_property_map(parent.begin(), boost::typed_identity_property_map<std::size_t>());
    boost::disjoint_sets<decltype(rankMap), decltype(parentMap)> sets(rankMap, parentMap);
    for (Vertex v : subgraph.nodes) sets.make_set(v);
    for (Edge e : subgraph.edges) sets.union_set(boost::source(e, g), boost::target(e, g));

    std::vector<std::size_t> groupOfRoot(n, SIZE_MAX);
    std::vector<std::vector<Vertex>> groups;
    std::vector<Vertex> nodes = subgraph.nodes;
    std::sort(nodes.begin(), nodes.end());
    for (Vertex v : nodes) {
        const std::size_t root = sets.find_set(v);
        if (groupOfRoot[root] == SIZE_MAX) {
            groupOfRoot[root] = groups.size();
            groups.emplace_back();
        }
        groups[groupOfRoot[root]].push_back(v);
    }
    // Members are already sorted (nodes were); order groups largest first.
    std::stable_sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    result.of.assign(n, -1);
    for (std::size_t c = 0; c < groups.size(); ++c)
        for (Vertex v : groups[c]) result.of[v] = static_cast<int>(c);
    result.members = std::move(groups);
    return result;
}

std::vector<std::size_t> degrees(const Subgraph& subgraph) {
    const detail::LocalGraph local(subgraph);
    std::vector<std::size_t> result(subgraph.source ? subgraph.source->nodeCount() : 0, 0);
    for (std::size_t i = 0; i < local.size(); ++i) result[local.vertex(i)] = local.degree(i);
    return result;
}

std::vector<double> betweenness(const Subgraph& subgraph, bool normalized) {
    const detail::LocalGraph local(subgraph);
    const std::size_t n = local.size();
    const std::vector<double> centrality = brandes(local);

    // Each unordered pair counted once, like networkx's raw value (and
    // Boost's on undirected graphs); normalising divides by the C(n-1, 2) pairs.
    const double pairs = static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0;
    const double scale = normalized ? (n > 2 ? 1.0 / pairs : 0.0) : 1.0;
    std::vector<double> result(subgraph.source ? subgraph.source->nodeCount() : 0, 0.0);
    for (std::size_t i = 0; i < n; ++i) result[local.vertex(i)] = centrality[i] * scale;
    return result;
}

// Hand-written: boost::graph::page_rank runs a fixed number of iterations of
// the unnormalised formula and gives dangling vertices' rank to no one, so
// its values differ from the usual (networkx, igraph) definition.
std::vector<double> pageRank(const Subgraph& subgraph, double damping, double tolerance, int maxIterations) {
    const detail::LocalGraph local(subgraph);
    const std::size_t n = local.size();
    std::vector<double> result(subgraph.source ? subgraph.source->nodeCount() : 0, 0.0);
    if (n == 0) return result;
    const double nd = static_cast<double>(n);
    std::vector<double> rank(n, 1.0 / nd), next(n), share(n);
    std::vector<double> inverseDegree(n);
    for (std::size_t i = 0; i < n; ++i)
        inverseDegree[i] = local.degree(i) ? 1.0 / static_cast<double>(local.degree(i)) : 0.0;
    for (int iteration = 0; iteration < maxIterations; ++iteration) {
        double dangling = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            share[i] = rank[i] * inverseDegree[i];
            if (local.degree(i) == 0) dangling += rank[i];
        }
        const double base = (1.0 - damping) / nd + damping * dangling / nd;
        double change = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            double sum = 0.0;
            for (const std::uint32_t* it = local.begin(i); it != local.end(i); ++it) sum += share[*it];
            next[i] = base + damping * sum;
            change += std::abs(next[i] - rank[i]);
        }
        rank.swap(next);
        if (change < nd * tolerance) break;
    }
    for (std::size_t i = 0; i < n; ++i) result[local.vertex(i)] = rank[i];
    return result;
}

}  // namespace kakehashi::graph
