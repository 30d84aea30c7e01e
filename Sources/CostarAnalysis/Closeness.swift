import CostarGraph

/// Closeness centrality of every node, as networkx `closeness_centrality(G, wf_improved=True)` with hop distance
/// (``PathMetric/hops``) or with `distance = 1 / weight` (``PathMetric/inverseWeight``).
///
/// For a node that reaches `r - 1` other nodes at total distance `D`, closeness is `(r - 1) / D` scaled by the
/// fraction `(r - 1) / (n - 1)` of the other nodes it reaches (the Wasserman–Faust correction, so that people in
/// small components are not ranked above well-connected ones). Isolated nodes, and every node of a one-node graph,
/// get 0. Sources run in parallel; the result is the same on every run.
///
/// Reference: Freeman, L. C. (1979). Centrality in networks: I. Conceptual clarification. Social Networks 1(3),
/// 215–239; Wasserman, S. & Faust, K. (1994). Social Network Analysis: Methods and Applications. Cambridge
/// University Press, §5.3.
///
/// - Parameters:
///   - graph: the graph, read only.
///   - metric: how a path's length is measured; hops by default.
/// - Returns: one value per node id (in [0, 1] for hops).
public func closenessCentrality(of graph: CoappearanceGraph, metric: PathMetric = .hops) -> [Double] {
    allPairsShortestPathSums(graph, metric: metric, betweenness: false, distances: true).closeness
}
