import CostarGraph

/// Normalised betweenness centrality of every node, as networkx
/// `betweenness_centrality(G, normalized=True, weight=None)` (``PathMetric/hops``) or with `weight="distance"`,
/// `distance = 1 / weight` (``PathMetric/inverseWeight``).
///
/// The betweenness of `v` is the sum over node pairs `s ≠ v ≠ t` of the fraction of shortest `s`–`t` paths that
/// pass through `v`. It is computed with Brandes' algorithm: one breadth-first (or Dijkstra) search per source
/// counting shortest paths, then dependencies accumulated in reverse order of distance. Sources run in parallel
/// (see ``PathMetric``); the result is the same on every run. For `n > 2` nodes the sum over ordered pairs is
/// divided by `(n - 1)(n - 2)`, which is networkx's normalisation for undirected graphs; with two nodes or fewer
/// every value is 0.
///
/// Reference: Brandes, U. (2001). A faster algorithm for betweenness centrality. J. Math. Sociol. 25(2), 163–177;
/// Brandes, U. (2008). On variants of shortest-path betweenness centrality and their generic computation.
/// Social Networks 30(2), 136–145.
///
/// - Parameters:
///   - graph: the graph, read only.
///   - metric: how a path's length is measured; hops by default.
/// - Returns: one value in [0, 1] per node id.
public func betweennessCentrality(of graph: CoappearanceGraph, metric: PathMetric = .hops) -> [Double] {
    let sums = allPairsShortestPathSums(graph, metric: metric, betweenness: true, distances: false)
    return normalizedBetweenness(sums.betweenness)
}

/// networkx's rescaling of ordered-pair betweenness sums for an undirected graph with `normalized=True`.
func normalizedBetweenness(_ sums: [Double]) -> [Double] {
    let n = sums.count
    guard n > 2 else { return sums }
    let scale = 1 / (Double(n - 1) * Double(n - 2))
    return sums.map { $0 * scale }
}
