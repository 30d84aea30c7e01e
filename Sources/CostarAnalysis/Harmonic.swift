import CostarGraph

/// Harmonic centrality of every node, as networkx `harmonic_centrality(G)` with hop distance
/// (``PathMetric/hops``) or with `distance = 1 / weight` (``PathMetric/inverseWeight``).
///
/// The harmonic centrality of `v` is the sum of `1 / d(v, u)` over every other node `u`, unreachable nodes adding 0,
/// so it is well defined on disconnected graphs. It is not normalised (networkx does not either): divide by
/// `n - 1` for a value in [0, 1] with hops. Sources run in parallel; the result is the same on every run.
///
/// Reference: Marchiori, M. & Latora, V. (2000). Harmony in the small-world. Physica A 285(3–4), 539–546;
/// Boldi, P. & Vigna, S. (2014). Axioms for centrality. Internet Mathematics 10(3–4), 222–262.
///
/// - Parameters:
///   - graph: the graph, read only.
///   - metric: how a path's length is measured; hops by default.
/// - Returns: one value per node id; 0 for isolated nodes.
public func harmonicCentrality(of graph: CoappearanceGraph, metric: PathMetric = .hops) -> [Double] {
    allPairsShortestPathSums(graph, metric: metric, betweenness: false, distances: true).harmonic
}
