#!/usr/bin/env python3
"""Times python-igraph's and networkx's betweenness and closeness on an edge list, for
bench/paths.bench.ts (`npm run bench`), and writes their values so the bench can check that
the numbers agree with Leadnet's.

    python3 bench/path-reference.py --probe
        prints {"igraph": version or null, "networkx": version or null}
    python3 bench/path-reference.py EDGES N OUT [--networkx] [--runs R]
        EDGES: one "source target" pair a line, nodes 0..N-1, directed (the source looks to
        the target). Writes OUT (JSON): per library the median seconds of R runs and values.

igraph: betweenness(directed=True) raw, normalised here by 1/((n-1)(n-2)) as networkx's
normalized=True; closeness(mode="in") as igraph gives it (normalized=True: the inverse mean
distance from the actors that reach the node, NaN when none does) — networkx's
closeness_centrality(G, wf_improved=False). On the networkx run (small graphs) the script also
checks igraph's closeness against networkx's with both wf_improved settings.
"""
import json
import math
import statistics
import sys
import time


def probe():
    found = {"igraph": None, "networkx": None}
    try:
        import igraph
        found["igraph"] = igraph.__version__
    except ImportError:
        pass
    try:
        import networkx
        found["networkx"] = networkx.__version__
    except ImportError:
        pass
    print(json.dumps(found))


def timed(fn, runs):
    times, value = [], None
    for _ in range(runs):
        start = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), value


def finite(values):
    return [None if v is None or math.isnan(v) else v for v in values]


def main(argv):
    if argv[:1] == ["--probe"]:
        return probe()
    edges_file, n, out = argv[0], int(argv[1]), argv[2]
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 1
    with open(edges_file, encoding="utf-8") as f:
        edges = [tuple(map(int, line.split())) for line in f if line.strip()]
    result = {}
    try:
        import igraph
    except ImportError:
        igraph = None
    if igraph is not None:
        g = igraph.Graph(n=n, edges=edges, directed=True)
        scale = 1 / ((n - 1) * (n - 2)) if n > 2 else 0
        b_s, b = timed(lambda: g.betweenness(directed=True), runs)
        c_s, c = timed(lambda: g.closeness(mode="in"), runs)
        result["igraph"] = {
            "version": igraph.__version__,
            "betweenness_s": b_s,
            "closeness_s": c_s,
            "betweenness": [x * scale for x in b],
            "closeness_raw": finite(c),
        }
    if "--networkx" in argv:
        import networkx as nx
        G = nx.DiGraph()
        G.add_nodes_from(range(n))
        G.add_edges_from(edges)
        b_s, b = timed(lambda: nx.betweenness_centrality(G, normalized=True), 1)
        c_s, c = timed(lambda: nx.closeness_centrality(G), 1)
        entry = {
            "version": nx.__version__,
            "betweenness_s": b_s,
            "closeness_s": c_s,
            "betweenness": [b[v] for v in range(n)],
            "closeness": [c[v] for v in range(n)],
        }
        if igraph is not None:
            # igraph's closeness is networkx's without the Wasserman-Faust factor r/(n-1).
            plain = nx.closeness_centrality(G, wf_improved=False)
            raw = result["igraph"]["closeness_raw"]
            reach = [len(nx.ancestors(G, v)) for v in range(n)]
            entry["igraph_closeness_vs_wf_false"] = max(
                abs((raw[v] or 0.0) - plain[v]) for v in range(n))
            entry["igraph_closeness_times_r_vs_wf_true"] = max(
                abs((raw[v] or 0.0) * reach[v] / (n - 1) - c[v]) for v in range(n))
            entry["igraph_closeness_nan"] = sum(1 for v in raw if v is None)
        result["networkx"] = entry
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f)


if __name__ == "__main__":
    main(sys.argv[1:])
