#!/usr/bin/env python3
"""Write networkx reference values for the CostarAnalysis tests.

Run by hand from the package root:

    python3 scripts/reference.py

It writes one JSON fixture per graph into Tests/CostarAnalysisTests/Fixtures/. `swift test` only reads the
fixtures; it never runs this script. Requires networkx (3.6 was used) and scipy.

Each fixture holds the graph (node names, in node-id order, and a weighted edge list [source, target, weight]
with source < target) and networkx's value of every measure, one array entry per node id:

    degree, weightedDegree          G.degree(), G.degree(weight="weight")
    pagerank                        pagerank(G, alpha=0.85, weight="weight"), networkx's default tolerance (1e-6)
    betweenness                     betweenness_centrality(G, normalized=True)
    betweennessWeighted             same, with distance = 1/weight
    closeness, closenessWeighted    closeness_centrality(G) (wf_improved=True), hops / distance = 1/weight
    harmonic, harmonicWeighted      harmonic_centrality(G), hops / distance = 1/weight
    eigenvector                     eigenvector_centrality(G, weight="weight", tol=1e-12)
    clustering, clusteringWeighted  clustering(G), clustering(G, weight="weight")
    coreNumber                      core_number(G)
    componentCount                  number_connected_components(G)
    louvainModularity               modularity(G, louvain_communities(G, weight="weight", seed=42))
    louvainCommunityCount           number of those communities
    moduloModularity                modularity(G, [{v : v % 4 == r} for r in 0..3], weight="weight"), which checks
                                    the modularity formula on a fixed partition

Weighted path lengths. With float distances 1/w, mathematically equal paths can differ in the last bit
(1/5 + 1/5 + 1/5 != 1/2 + 1/10 in floating point), and networkx compares them exactly, so it would drop one of
two equally short paths. Costar compares path lengths with a relative tolerance (as igraph does) to count both.
To get the exact answer from networkx, every weight here is an integer and the distances handed to networkx are
the exact integers L / w, with L the least common multiple of the weights: the shortest paths are the same as
with 1/w, betweenness is unchanged by the scale, and closeness and harmonic centrality are multiplied back by L.
The script prints how far networkx's plain float 1/w results are from these exact ones.
"""

import json
import math
import os
import random

import networkx as nx

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "CostarAnalysisTests", "Fixtures")
SEED = 42


def relabel_sorted(G, name):
    """Return (H, names): H with nodes 0..n-1 in the order of the sorted names, as Costar numbers people."""
    names = sorted(name(v) for v in G.nodes)
    index = {n: i for i, n in enumerate(names)}
    H = nx.Graph()
    H.add_nodes_from(range(len(names)))
    for u, v, d in G.edges(data=True):
        H.add_edge(index[name(u)], index[name(v)], weight=d.get("weight", 1))
    return H, names


def karate():
    """Zachary's karate club (34 members, weights = number of shared contexts)."""
    return relabel_sorted(nx.karate_club_graph(), lambda v: f"member {v:02d}")


def les_miserables():
    """Les Misérables co-appearance network (77 characters, weights = shared chapters)."""
    return relabel_sorted(nx.les_miserables_graph(), str)


def disconnected():
    """A small hand-made graph: a weighted 7-node component with float-tie paths, a star, a pair, 3 isolated nodes."""
    G = nx.Graph()
    G.add_nodes_from(range(16))
    # Component A. From a to f: a-b-c-f costs 1/5+1/5+1/5, a-d-f costs 1/2+1/10 (equal, but not in floats);
    # a-e-f costs 1/3+1/3+1/3 via g as well: a-e (3), e-g (3), g-f (3); triangle b-c-d for clustering.
    a, b, c, d, e, f, g = range(7)
    for u, v, w in [(a, b, 5), (b, c, 5), (c, f, 5), (a, d, 2), (d, f, 10), (a, e, 3), (e, g, 3), (g, f, 3),
                    (b, d, 1), (c, d, 4), (a, f, 1)]:
        G.add_edge(u, v, weight=w)
    # Component B: a star with centre 7 and leaves 8..10, one leaf pair joined.
    for leaf, w in [(8, 1), (9, 2), (10, 3)]:
        G.add_edge(7, leaf, weight=w)
    G.add_edge(9, 10, weight=1)
    # Component C: a pair.
    G.add_edge(11, 12, weight=4)
    # 13, 14, 15 are isolated.
    letters = "abcdefghijklmnop"
    return relabel_sorted(G, lambda v: f"person {letters[v]}")


def circles(n=2000, seed=SEED):
    """A 2,000-person co-appearance graph made like a photo archive: people belong to one or two circles (families,
    clubs, offices); each photo shows 2-5 people of one circle, a few photos mix circles; a tie's weight is the
    number of photos a pair shares, capped at 5. Deterministic for a given seed."""
    rng = random.Random(seed)
    people = list(range(n))
    rng.shuffle(people)
    groups = []
    i = 0
    while i < n:
        size = rng.randint(8, 40)
        groups.append(people[i:i + size])
        i += size
    for p in range(n):  # a fifth of the people also belong to a second circle
        if rng.random() < 0.2:
            rng.choice(groups).append(p)
    weight = {}

    def photo(members):
        members = sorted(set(members))
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                key = (members[x], members[y])
                weight[key] = weight.get(key, 0) + 1

    for group in groups:
        for _ in range(2 * len(group)):
            photo(rng.sample(group, min(len(group), rng.randint(2, 4))))
    for _ in range(n // 4):  # photos across circles
        g1, g2 = rng.sample(groups, 2)
        photo([rng.choice(g1), rng.choice(g2)])
    G = nx.Graph()
    G.add_nodes_from(range(n))
    for (u, v), w in weight.items():
        G.add_edge(u, v, weight=min(w, 5))
    return relabel_sorted(G, lambda v: f"person {v:04d}")


def values(G, d):
    return [d[v] for v in range(G.number_of_nodes())]


def exact_distances(G):
    """Set the integer attribute "exact" = L / w on every edge; return L."""
    weights = {d["weight"] for _, _, d in G.edges(data=True)}
    assert all(isinstance(w, int) and w > 0 for w in weights), "reference weights must be positive integers"
    L = math.lcm(*weights) if weights else 1
    for _, _, d in G.edges(data=True):
        d["exact"] = L // d["weight"]
        d["distance"] = 1.0 / d["weight"]
    return L


def measures(G, compare_float=True):
    n = G.number_of_nodes()
    L = exact_distances(G)
    out = {}
    out["degree"] = values(G, dict(G.degree()))
    out["weightedDegree"] = [float(x) for x in values(G, dict(G.degree(weight="weight")))]
    out["pagerank"] = values(G, nx.pagerank(G, alpha=0.85, weight="weight")) if n else []
    out["betweenness"] = values(G, nx.betweenness_centrality(G, normalized=True))
    out["betweennessWeighted"] = values(G, nx.betweenness_centrality(G, normalized=True, weight="exact"))
    out["closeness"] = values(G, nx.closeness_centrality(G))
    out["closenessWeighted"] = [c * L for c in values(G, nx.closeness_centrality(G, distance="exact"))]
    out["harmonic"] = [float(h) for h in values(G, nx.harmonic_centrality(G))]
    out["harmonicWeighted"] = [float(h * L) for h in values(G, nx.harmonic_centrality(G, distance="exact"))]
    out["eigenvector"] = values(G, nx.eigenvector_centrality(G, weight="weight", tol=1e-12, max_iter=1000000))
    out["clustering"] = [float(c) for c in values(G, nx.clustering(G))]
    out["clusteringWeighted"] = [float(c) for c in values(G, nx.clustering(G, weight="weight"))]
    out["coreNumber"] = values(G, nx.core_number(G))
    if compare_float:
        floats = {
            "betweennessWeighted": values(G, nx.betweenness_centrality(G, normalized=True, weight="distance")),
            "closenessWeighted": values(G, nx.closeness_centrality(G, distance="distance")),
            "harmonicWeighted": values(G, nx.harmonic_centrality(G, distance="distance")),
        }
        for key, fl in floats.items():
            diff = max((abs(x - y) for x, y in zip(fl, out[key])), default=0.0)
            print(f"    networkx float 1/w vs exact, {key}: max |diff| = {diff:.3g}")
    return out


def write(name, G, names, compare_float=True):
    print(f"{name}: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
    result = {
        "name": name,
        "nodes": names,
        "edges": [[u, v, float(d["weight"])] for u, v, d in sorted((min(u, v), max(u, v), d)
                                                                   for u, v, d in G.edges(data=True))],
    }
    result.update(measures(G, compare_float))
    result["componentCount"] = nx.number_connected_components(G)
    communities = nx.community.louvain_communities(G, weight="weight", resolution=1, seed=SEED)
    result["louvainModularity"] = nx.community.modularity(G, communities, weight="weight")
    result["louvainCommunityCount"] = len(communities)
    modulo = [{v for v in G if v % 4 == r} for r in range(4)]
    result["moduloModularity"] = nx.community.modularity(G, [c for c in modulo if c], weight="weight")
    print(f"    louvain: {len(communities)} communities, modularity {result['louvainModularity']:.6f}")
    path = os.path.join(FIXTURES, f"{name}.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


def main():
    os.makedirs(FIXTURES, exist_ok=True)
    placeholder = os.path.join(FIXTURES, "placeholder.json")
    if os.path.exists(placeholder):
        os.remove(placeholder)
    for name, make, compare in [("karate", karate, True), ("lesmis", les_miserables, True),
                                ("disconnected", disconnected, True), ("circles2000", circles, False)]:
        G, names = make()
        write(name, G, names, compare)


if __name__ == "__main__":
    main()
