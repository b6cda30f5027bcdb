#!/usr/bin/python3
"""Side-by-side comparison of Kakehashi's graph engine with its peers.

Runs bench_graph (Google Benchmark) and the same operations on the same
generated graphs with igraph, networkx and Graphviz sfdp, then prints each
timing and the ratio "fastest peer / ours" (above 1: we are faster).

    bench/peers/compare_graph.py --build build-release [--skip-sfdp] [--networkx-layout]

The graphs come from kakehashi-graphgen (bench/graph/synthetic_graph.cpp):
10,000 nodes / ~20,000 edges for layouts and 100,000 nodes / ~500,000 edges
for queries, preferential attachment (a few hubs, many leaves), with the
query vertices both sides use. Debian: python3-igraph, python3-networkx,
python3-scipy (layout quality), graphviz.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time

import igraph
import networkx as nx

SMALL = (10_000, 2)
LARGE = (100_000, 5)


def read_graph(path):
    with open(path) as f:
        n, m = map(int, f.readline().split())
        edges = [tuple(map(int, f.readline().split())) for _ in range(m)]
        starts, pairs = [], []
        for line in f:
            parts = line.split()
            if parts[0] == "q":
                starts.append(int(parts[1]))
            elif parts[0] == "p":
                pairs.append((int(parts[1]), int(parts[2])))
    return n, edges, starts, pairs


def timed(fn, repeat=1):
    best = math.inf
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def timed_build(fn, repeat=1):
    """Like timed, but the built object is freed after the clock stops, as
    bench_graph frees its graph outside the timing: both sides time the
    build alone."""
    best = math.inf
    for _ in range(repeat):
        start = time.perf_counter()
        built = fn()
        best = min(best, time.perf_counter() - start)
        del built
    return best


def per_query(fn, queries, repeat=3):
    best = math.inf
    for _ in range(repeat):
        start = time.perf_counter()
        for q in queries:
            fn(q)
        best = min(best, (time.perf_counter() - start) / len(queries))
    return best


def layout_quality(xy, edges):
    """Edge-length spread (coefficient of variation; lower is more even) and
    node overlap (share of nodes with another within 5% of the median edge
    length; lower is better). Both are scale-free, so layouts of different
    sizes compare."""
    import numpy as np
    xy = np.asarray(xy, dtype=float)
    e = np.asarray(edges)
    lengths = np.hypot(*(xy[e[:, 0]] - xy[e[:, 1]]).T)
    spread = float(lengths.std() / lengths.mean())
    try:
        from scipy.spatial import cKDTree
    except ImportError:
        return spread, float("nan")
    scaled = xy / np.median(lengths)
    distances, _ = cKDTree(scaled).query(scaled, k=2)
    return spread, float((distances[:, 1] < 0.05).mean())


def run_ours(build, workdir):
    bench = os.path.join(build, "bench", "graph", "bench_graph")
    # The SQLite load benchmark has no peer and a slow setup; run it alone.
    # Best of three repetitions, like the peers' best-of-three below: on a
    # shared machine the load changes between phases, and the minimum is the
    # least disturbed figure for both sides.
    out = subprocess.run([bench, "--benchmark_format=json", "--benchmark_filter=-LoadFromSqlite",
                          "--benchmark_repetitions=3"], check=True, capture_output=True, text=True).stdout
    results = {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("run_type", "iteration") != "iteration":
            continue
        scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b["time_unit"]]
        name = b.get("run_name", b["name"])
        results[name] = min(results.get(name, math.inf), b["real_time"] * scale)
    return results


def sfdp_layout(n, edges, workdir):
    dot = os.path.join(workdir, "g10k.gv")
    with open(dot, "w") as f:
        f.write("graph G {\n")
        for a, b in edges:
            f.write(f"{a} -- {b};\n")
        f.write("}\n")
    start = time.perf_counter()
    plain = subprocess.run(["sfdp", "-Tplain", dot], check=True, capture_output=True, text=True).stdout
    seconds = time.perf_counter() - start
    xy = [(0.0, 0.0)] * n
    for line in plain.splitlines():
        parts = line.split()
        if parts and parts[0] == "node":
            xy[int(parts[1])] = (float(parts[2]), float(parts[3]))
    return seconds, xy


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", required=True, help="a Release build with -DKAKEHASHI_BUILD_BENCH=ON")
    parser.add_argument("--skip-sfdp", action="store_true")
    parser.add_argument("--networkx-layout", action="store_true", help="also run networkx spring_layout (minutes)")
    args = parser.parse_args()

    graphgen = os.path.join(args.build, "bench", "graph", "kakehashi-graphgen")
    rows = []  # (operation, ours, igraph, networkx, other)
    with tempfile.TemporaryDirectory(prefix="kakehashi-peers-") as workdir:
        small_path = os.path.join(workdir, "g10k.txt")
        large_path = os.path.join(workdir, "g100k.txt")
        ours_layout = os.path.join(workdir, "ours10k.txt")
        made = subprocess.run([graphgen, "--nodes", str(SMALL[0]), "--per-node", str(SMALL[1]), "-o", small_path,
                               "--layout", ours_layout], check=True, capture_output=True, text=True).stdout
        subprocess.run([graphgen, "--nodes", str(LARGE[0]), "--per-node", str(LARGE[1]), "-o", large_path],
                       check=True)
        ours = run_ours(args.build, workdir)

        n, edges, starts, pairs = read_graph(large_path)
        print(f"large graph: {n} nodes, {len(edges)} edges; small graph: {SMALL[0]} nodes")

        ig_build = timed_build(lambda: igraph.Graph(n=n, edges=edges), 3)
        g = igraph.Graph(n=n, edges=edges)
        nx_build = timed_build(lambda: nx.Graph(edges), 3)
        G = nx.Graph(edges)
        G.add_nodes_from(range(n))
        rows.append(("build graph (100k/500k)", ours["BM_BuildGraph/1"], ig_build, nx_build, None))

        ig_hop = per_query(lambda v: g.neighborhood(v, order=2), starts)
        nx_hop = per_query(lambda v: nx.single_source_shortest_path_length(G, v, cutoff=2), starts)
        rows.append(("2-hop neighbourhood", ours["BM_TwoHopNeighbourhood/1"], ig_hop, nx_hop, None))

        ig_path = per_query(lambda p: g.get_shortest_paths(p[0], to=p[1], output="vpath"), pairs[:200])

        def nx_path(p):
            try:
                nx.bidirectional_shortest_path(G, p[0], p[1])
            except nx.NetworkXNoPath:
                pass
        nx_sp = per_query(nx_path, pairs)
        rows.append(("shortest path", ours["BM_ShortestPath/1"], ig_path, nx_sp, None))

        nx_k = per_query(lambda p: list(__import__("itertools").islice(nx.shortest_simple_paths(G, p[0], p[1]), 3)),
                         pairs[:20], 1)
        rows.append(("3 shortest simple paths", ours["BM_KShortestPaths/1"], None, nx_k, None))

        ig_pr = timed(lambda: g.pagerank(), 3)
        nx_pr = timed(lambda: nx.pagerank(G), 3)
        rows.append(("PageRank", ours["BM_PageRank/1"], ig_pr, nx_pr, None))

        ig_cc = timed(lambda: g.connected_components(), 3)
        nx_cc = timed(lambda: list(nx.connected_components(G)), 3)
        rows.append(("connected components", ours["BM_Components/1"], ig_cc, nx_cc, None))

        sn, sedges, _, _ = read_graph(small_path)
        sg = igraph.Graph(n=sn, edges=sedges)
        ig_bc = timed(lambda: sg.betweenness(), 3)
        rows.append(("betweenness (10k/20k)", ours["BM_Betweenness/0/iterations:1"], ig_bc, None, None))

        ig_fr_time = timed(lambda: sg.layout_fruchterman_reingold(grid="auto"), 3)
        ig_layout = sg.layout_fruchterman_reingold(grid="auto")
        sfdp_time, sfdp_xy = (None, None) if args.skip_sfdp else sfdp_layout(sn, sedges, workdir)
        nx_layout_time = None
        if args.networkx_layout:
            SG = nx.Graph(sedges)
            nx_layout_time = timed(lambda: nx.spring_layout(SG, seed=1), 1)
        rows.append(("force layout (10k/20k)", ours["BM_ForceLayout/0"], ig_fr_time, nx_layout_time, sfdp_time))

        with open(ours_layout) as f:
            ours_xy = [tuple(map(float, line.split())) for line in f if line.strip()]
        quality = [("ours", layout_quality(ours_xy, sedges)),
                   ("igraph FR (grid)", layout_quality(ig_layout.coords, sedges))]
        if sfdp_xy:
            quality.append(("Graphviz sfdp", layout_quality(sfdp_xy, sedges)))

    def fmt(seconds):
        if seconds is None:
            return "-"
        return f"{seconds * 1e3:.3f} ms" if seconds < 1 else f"{seconds:.2f} s"

    print(f"\n{'operation':28} {'ours':>12} {'igraph':>12} {'networkx':>12} {'sfdp':>10}  ratio (best peer / ours)")
    for name, mine, ig_t, nx_t, other in rows:
        peers = [t for t in (ig_t, nx_t, other) if t is not None]
        ratio = min(peers) / mine if peers and mine else float("nan")
        print(f"{name:28} {fmt(mine):>12} {fmt(ig_t):>12} {fmt(nx_t):>12} {fmt(other):>10}  {ratio:6.2f}x")
    print("\nlayout quality on 10k/20k (lower is better for both):")
    print(f"{'layout':20} {'edge-length CV':>15} {'node overlap':>13}")
    for name, (spread, overlap) in quality:
        print(f"{name:20} {spread:15.3f} {overlap:13.3f}")
    print("\n" + made.strip().replace("\n", ", "))


if __name__ == "__main__":
    sys.exit(main())
