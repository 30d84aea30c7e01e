"""Estimates how long networkx would take for exact betweenness and closeness on a graph too large to run whole.

Usage: python networkx_estimate.py EDGES.tsv [SOURCES]   (EDGES.tsv: name<TAB>name<TAB>weight, as make bench writes)

Times betweenness_centrality(G, k=SOURCES, seed=1) and closeness_centrality(G, u=...) of SOURCES random people,
then scales both by nodes / SOURCES: each source costs one search, so the exact run is about that many times longer.
Needs networkx (the bench venv has it); never needed by Costar.
"""
import random
import sys
import time

import networkx as nx


def main():
    G = nx.Graph()
    with open(sys.argv[1]) as f:
        for line in f:
            a, b, w = line.rstrip("\n").split("\t")
            G.add_edge(a, b, weight=float(w))
    n = G.number_of_nodes()
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    random.seed(1)
    t = time.perf_counter()
    nx.betweenness_centrality(G, k=k, seed=1)
    tb = time.perf_counter() - t
    t = time.perf_counter()
    for u in random.sample(list(G.nodes()), k):
        nx.closeness_centrality(G, u=u)
    tc = time.perf_counter() - t
    print(f"{n} nodes, {G.number_of_edges()} edges, {k} sources: betweenness {tb:.1f} s -> all {tb * n / k:.0f} s; "
          f"closeness {tc:.1f} s -> all {tc * n / k:.0f} s")


if __name__ == "__main__":
    main()
