#!/usr/bin/env python3
"""Checks that networkx opens Costar's GraphML and GEXF exports and that they agree with nodes.csv and edges.csv.

    python3 scripts/check_exports.py [FOLDER]     # FOLDER defaults to output/all (run `make run` first)

Loads FOLDER/graph.graphml with nx.read_graphml and FOLDER/graph.gexf with nx.read_gexf, then checks for each:
the number of nodes and edges against nodes.csv and edges.csv, that every node carries every measure with its
type, that degree, weighted degree, PageRank, betweenness, closeness, eigenvector, clustering, community and the
caption count agree with nodes.csv (to its six significant digits), and that every edge's weight and captions
agree with edges.csv. Prints one line per format and exits non-zero on the first disagreement.
Not part of `make test`: it needs Python with networkx.
"""

import csv
import math
import os
import sys

import networkx as nx

INT_MEASURES = ["degree", "core_number", "community", "component", "captions", "rank"]
FLOAT_MEASURES = ["weighted_degree", "pagerank", "betweenness", "closeness", "harmonic", "eigenvector", "clustering"]
CSV_COLUMNS = ["degree", "weighted_degree", "pagerank", "betweenness", "closeness", "eigenvector", "clustering",
               "community", "captions"]


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def close(a, b):
    # nodes.csv holds six significant digits.
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-9)


def check(graph, kind, nodes, edges):
    if graph.is_directed():
        fail(f"{kind}: the graph is directed")
    if graph.number_of_nodes() != len(nodes):
        fail(f"{kind}: {graph.number_of_nodes()} nodes, nodes.csv has {len(nodes)}")
    if graph.number_of_edges() != len(edges):
        fail(f"{kind}: {graph.number_of_edges()} edges, edges.csv has {len(edges)}")
    for name, row in nodes.items():
        if name not in graph:
            fail(f"{kind}: no node {name!r}")
        data = graph.nodes[name]
        for key in INT_MEASURES:
            if not isinstance(data.get(key), int):
                fail(f"{kind}: {name!r} {key} is {data.get(key)!r}, not an int")
        for key in FLOAT_MEASURES:
            if not isinstance(data.get(key), float):
                fail(f"{kind}: {name!r} {key} is {data.get(key)!r}, not a float")
        for key in CSV_COLUMNS:
            expected = float(row[key])
            if not close(float(data[key]), expected):
                fail(f"{kind}: {name!r} {key} is {data[key]}, nodes.csv says {row[key]}")
        if graph.degree(name) != int(row["degree"]):
            fail(f"{kind}: {name!r} has {graph.degree(name)} edges, nodes.csv says degree {row['degree']}")
    for (source, target), row in edges.items():
        if not graph.has_edge(source, target):
            fail(f"{kind}: no edge {source!r} – {target!r}")
        data = graph.edges[source, target]
        if not close(float(data["weight"]), float(row["weight"])):
            fail(f"{kind}: {source!r} – {target!r} weight {data['weight']}, edges.csv says {row['weight']}")
        if data["captions"] != row["captions"]:
            fail(f"{kind}: {source!r} – {target!r} captions {data['captions']!r}, edges.csv says {row['captions']!r}")
    top = max(nodes, key=lambda n: float(nodes[n]["pagerank"]))
    print(f"{kind}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges, every measure typed and equal "
          f"to nodes.csv/edges.csv (e.g. {top}: pagerank {graph.nodes[top]['pagerank']:.6g}, "
          f"community {graph.nodes[top]['community']})")


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join("output", "all")
    with open(os.path.join(folder, "nodes.csv"), newline="", encoding="utf-8") as f:
        nodes = {row["name"]: row for row in csv.DictReader(f)}
    with open(os.path.join(folder, "edges.csv"), newline="", encoding="utf-8") as f:
        edges = {(row["source"], row["target"]): row for row in csv.DictReader(f)}
    check(nx.read_graphml(os.path.join(folder, "graph.graphml")), "graph.graphml", nodes, edges)
    check(nx.read_gexf(os.path.join(folder, "graph.gexf")), "graph.gexf", nodes, edges)
    print("ok")


if __name__ == "__main__":
    main()
