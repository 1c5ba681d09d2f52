"""Times networkx's counterpart of each Leadnet measure on an edge list, for `npm run bench`.

Usage: networkx-set.py EDGES N   (EDGES: "s t" per line, directed)
Prints one JSON line: {"networkx": version, "seconds": {measure: seconds}}, keyed by the
Leadnet measure id (network measures as "network:id").
Only measures networkx has are timed; each is what Leadnet's definition follows (DESIGN §4).
"""
import json
import sys
import time


def main(argv):
    import networkx as nx

    path, n = argv[1], int(argv[2])
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    with open(path) as f:
        g.add_edges_from(tuple(map(int, line.split())) for line in f if line.strip())
    u = g.to_undirected()
    seconds = {}

    def timed(name, fn):
        start = time.perf_counter()
        try:
            fn()
        except nx.PowerIterationFailedConvergence:
            pass  # Leadnet gives null then; the time spent still counts
        seconds[name] = time.perf_counter() - start

    timed("inDegree", lambda: dict(g.in_degree()))
    timed("outDegree", lambda: dict(g.out_degree()))
    timed("inStrength", lambda: dict(g.in_degree(weight="weight")))
    timed("outStrength", lambda: dict(g.out_degree(weight="weight")))
    timed("betweenness", lambda: nx.betweenness_centrality(g, normalized=True))
    timed("closeness", lambda: nx.closeness_centrality(g))
    timed("pagerank", lambda: nx.pagerank(g, alpha=0.85, weight=None))
    timed("eigenvector", lambda: nx.eigenvector_centrality(g))
    timed("constraint", lambda: nx.constraint(g))
    timed("coreNumber", lambda: nx.core_number(u))
    if hasattr(nx.community, "louvain_communities"):
        timed("community", lambda: nx.community.louvain_communities(u, seed=42))
    timed("network:density", lambda: nx.density(g))
    timed("network:reciprocity", lambda: nx.overall_reciprocity(g))
    timed("network:weakComponents", lambda: nx.number_weakly_connected_components(g))
    timed("network:strongComponents", lambda: nx.number_strongly_connected_components(g))
    timed("network:transitivity", lambda: nx.transitivity(u))
    print(json.dumps({"networkx": nx.__version__, "seconds": seconds}))


if __name__ == "__main__":
    main(sys.argv)
