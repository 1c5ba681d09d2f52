"""Times python-igraph's classic measure set on an edge list, for `npm run bench` (whole-set).

Usage: classic-set.py EDGES N   (EDGES: "s t" per line, directed)
Prints one JSON line: {"igraph": version, "seconds": total, "parts": {measure: seconds}}.
The set is the one the issue names: betweenness, closeness, pagerank, eigenvector, coreness,
Louvain (multilevel, on the undirected graph) and Burt's constraint, single-threaded.
"""
import json
import sys
import time


def main(argv):
    import igraph

    path, n = argv[1], int(argv[2])
    with open(path) as f:
        edges = [tuple(map(int, line.split())) for line in f if line.strip()]
    g = igraph.Graph(n=n, edges=edges, directed=True)
    parts = {}

    def timed(name, fn):
        start = time.perf_counter()
        fn()
        parts[name] = time.perf_counter() - start

    timed("betweenness", lambda: g.betweenness(directed=True))
    timed("closeness", lambda: g.closeness(mode="in"))
    timed("pagerank", lambda: g.pagerank(directed=True))
    timed("eigenvector", lambda: g.eigenvector_centrality(directed=True))
    timed("coreness", lambda: g.coreness(mode="all"))
    timed("louvain", lambda: g.as_undirected().community_multilevel())
    timed("constraint", lambda: g.constraint())
    print(json.dumps({"igraph": igraph.__version__, "seconds": sum(parts.values()), "parts": parts}))


if __name__ == "__main__":
    main(sys.argv)
