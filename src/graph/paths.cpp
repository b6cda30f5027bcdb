#include "kakehashi/graph/paths.h"

#include <algorithm>
#include <set>
#include <cstdint>
#include <unordered_set>

#include "kakehashi/graph/neighbourhood.h"
#include "walk.h"

namespace kakehashi::graph {
namespace {

// Unordered vertex pair, for banning a hop in either direction.
std::uint64_t pairKey(Vertex a, Vertex b) {
    if (a > b) std::swap(a, b);
    return (static_cast<std::uint64_t>(a) << 32) ^ static_cast<std::uint64_t>(b);
}

struct Bans {
    std::unordered_set<std::uint64_t> pairs;
    std::unordered_set<Vertex> vertices;
};

struct Step {
    Vertex previous;
    Edge edge;
};

// What one end of the search has reached and how. Marks are stamped by
// generation in per-thread arrays reused across searches, so a search costs
// what it visits: no hashing, no clearing of a graph-sized array.
struct Side {
    std::vector<std::uint32_t> mark;
    std::vector<Step> steps;
    std::uint32_t stamp = 0;

    bool count(Vertex v) const { return mark[v] == stamp; }
    const Step& at(Vertex v) const { return steps[v]; }
    void emplace(Vertex v, Step step) {
        mark[v] = stamp;
        steps[v] = step;
    }
};

struct Workspace {
    Side forward, backward;
    std::uint32_t generation = 0;

    void begin(std::size_t n) {
        for (Side* side : {&forward, &backward}) {
            if (side->mark.size() < n) {
                side->mark.resize(n, 0);
                side->steps.resize(n, Step{0, Edge{}});
            }
        }
        if (++generation == 0) {  // wrapped: forget every old mark
            std::fill(forward.mark.begin(), forward.mark.end(), 0);
            std::fill(backward.mark.begin(), backward.mark.end(), 0);
            generation = 1;
        }
        forward.stamp = backward.stamp = generation;
    }
};

// Bidirectional breadth-first search, hand-written because Boost's BFS is
// single-ended: growing the smaller frontier from both ends visits a few
// hundred vertices where one-ended BFS from a hub would sweep the graph.
std::optional<Path> bidirectionalBfs(const Graph& g, Vertex from, Vertex to, const FilterPredicate& keep,
                                     const Bans* bans) {
    const auto banned = [&](Vertex v, Vertex w) {
        return bans && (bans->vertices.count(w) || bans->pairs.count(pairKey(v, w)));
    };
    thread_local Workspace workspace;
    workspace.begin(boost::num_vertices(g));
    Side& forward = workspace.forward;
    Side& backward = workspace.backward;
    forward.emplace(from, {from, Edge{}});
    backward.emplace(to, {to, Edge{}});
    std::vector<Vertex> frontF{from}, frontB{to}, next;
    std::optional<Vertex> meet;
    if (from == to) meet = from;
    while (!meet && !frontF.empty() && !frontB.empty()) {
        const bool growForward = frontF.size() <= frontB.size();
        auto& front = growForward ? frontF : frontB;
        auto& mine = growForward ? forward : backward;
        const auto& theirs = growForward ? backward : forward;
        next.clear();
        for (Vertex v : front) {
            detail::forEachNeighbour(g, keep, v, [&](Edge e, Vertex w) {
                if (meet || banned(v, w) || mine.count(w)) return;
                if (w != from && w != to && !detail::isPassThrough(g, w)) return;
                mine.emplace(w, Step{v, e});
                next.push_back(w);
                if (theirs.count(w)) meet = w;
            });
            if (meet) break;
        }
        front.swap(next);
    }
    if (!meet) return std::nullopt;

    Path path;
    for (Vertex v = *meet; v != from; v = forward.at(v).previous) path.nodes.push_back(v);
    path.nodes.push_back(from);
    std::reverse(path.nodes.begin(), path.nodes.end());
    for (Vertex v = *meet; v != to;) {
        v = backward.at(v).previous;
        path.nodes.push_back(v);
    }
    for (std::size_t i = 0; i + 1 < path.nodes.size(); ++i) {
        const Vertex a = path.nodes[i], b = path.nodes[i + 1];
        // The edge was recorded on whichever side discovered the later vertex.
        const bool onForwardSide = forward.count(b) && forward.at(b).previous == a && b != from;
        const Edge e = onForwardSide ? forward.at(b).edge : backward.at(a).edge;
        path.hops.push_back({a, b, e, boost::source(e, g) == a});
    }
    return path;
}

Path concatenate(const Path& root, const Path& spur) {
    Path out = root;
    out.nodes.insert(out.nodes.end(), spur.nodes.begin() + 1, spur.nodes.end());
    out.hops.insert(out.hops.end(), spur.hops.begin(), spur.hops.end());
    return out;
}

Path prefix(const Path& path, std::size_t lastNode) {
    Path out;
    out.nodes.assign(path.nodes.begin(), path.nodes.begin() + static_cast<std::ptrdiff_t>(lastNode) + 1);
    out.hops.assign(path.hops.begin(), path.hops.begin() + static_cast<std::ptrdiff_t>(lastNode));
    return out;
}

}  // namespace

std::optional<Path> shortestPath(const Graph& graph, Vertex from, Vertex to, const FilterPredicate& keep) {
    const std::size_t n = boost::num_vertices(graph);
    if (from >= n || to >= n || !keep(from) || !keep(to)) return std::nullopt;
    return bidirectionalBfs(graph, from, to, keep, nullptr);
}

std::vector<Path> kShortestPaths(const Graph& graph, Vertex from, Vertex to, std::size_t k,
                                 const FilterPredicate& keep) {
    std::vector<Path> accepted;
    if (k == 0) return accepted;
    auto first = shortestPath(graph, from, to, keep);
    if (!first) return accepted;
    accepted.push_back(std::move(*first));
    // Candidates ordered by length, then vertex sequence, so ties resolve the
    // same way on every run.
    auto shorter = [](const Path& a, const Path& b) {
        if (a.nodes.size() != b.nodes.size()) return a.nodes.size() < b.nodes.size();
        return a.nodes < b.nodes;
    };
    std::set<Path, decltype(shorter)> candidates(shorter);
    while (accepted.size() < k) {
        const Path& last = accepted.back();
        for (std::size_t i = 0; i + 1 < last.nodes.size(); ++i) {
            const Path root = prefix(last, i);
            Bans bans;
            for (const Path& p : accepted)
                if (p.nodes.size() > i + 1 && std::equal(root.nodes.begin(), root.nodes.end(), p.nodes.begin()))
                    bans.pairs.insert(pairKey(p.nodes[i], p.nodes[i + 1]));
            for (std::size_t j = 0; j < i; ++j) bans.vertices.insert(root.nodes[j]);
            auto spur = bidirectionalBfs(graph, root.nodes.back(), to, keep, &bans);
            if (spur) candidates.insert(concatenate(root, *spur));
        }
        // Drop candidates already accepted (Yen may regenerate them).
        while (!candidates.empty() && std::any_of(accepted.begin(), accepted.end(), [&](const Path& p) {
                   return p.nodes == candidates.begin()->nodes;
               }))
            candidates.erase(candidates.begin());
        if (candidates.empty()) break;
        accepted.push_back(*candidates.begin());
        candidates.erase(candidates.begin());
    }
    return accepted;
}

core::Result<Path> shortestPath(const KnowledgeGraph& graph, std::string_view from, std::string_view to,
                                const Filter& filter) {
    auto paths = kShortestPaths(graph, from, to, 1, filter);
    if (!paths) return core::Error{paths.error()};
    return std::move(paths->front());
}

core::Result<std::vector<Path>> kShortestPaths(const KnowledgeGraph& graph, std::string_view from,
                                               std::string_view to, std::size_t k, const Filter& filter) {
    auto a = resolveEntity(graph, from);
    if (!a) return core::Error{a.error()};
    auto b = resolveEntity(graph, to);
    if (!b) return core::Error{b.error()};
    const FilterPredicate keep(graph, filter);
    auto paths = kShortestPaths(graph.graph(), *a, *b, std::max<std::size_t>(k, 1), keep);
    if (paths.empty()) {
        const auto& g = graph.graph();
        return core::Error{"no path between '" + g[*a].name + "' and '" + g[*b].name + "'" +
                           (filter.isEmpty() ? "" : " with the current filters")};
    }
    return paths;
}

}  // namespace kakehashi::graph
