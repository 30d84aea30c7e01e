import CostarGraph

/// Choices for ``analyze(_:options:)``.
public struct AnalysisOptions: Sendable, Hashable {
    /// Path length for betweenness: hops (default) or 1/weight.
    public var betweennessMetric: PathMetric
    /// Path length for closeness and harmonic centrality: hops (default) or 1/weight.
    public var closenessMetric: PathMetric
    /// Seed of Louvain's node visiting order (default 42).
    public var louvainSeed: UInt64
    /// Modularity resolution γ for Louvain and the reported modularity (default 1).
    public var resolution: Double

    /// Creates options; the defaults measure paths in hops, seed Louvain with 42 and use resolution 1.
    public init(betweennessMetric: PathMetric = .hops, closenessMetric: PathMetric = .hops, louvainSeed: UInt64 = 42,
                resolution: Double = 1) {
        self.betweennessMetric = betweennessMetric
        self.closenessMetric = closenessMetric
        self.louvainSeed = louvainSeed
        self.resolution = resolution
    }
}

/// Computes every measure of ``NetworkAnalysis`` for a graph.
///
/// When betweenness and closeness use the same ``PathMetric``, one all-pairs pass computes betweenness, closeness
/// and harmonic centrality together. Works on any graph, including empty graphs, single nodes, isolated nodes and
/// disconnected graphs, without NaN; the result is the same on every run.
///
/// - Parameters:
///   - graph: the graph, read only.
///   - options: path metrics, Louvain seed and resolution.
/// - Returns: the analysis, one array entry per node id.
public func analyze(_ graph: CoappearanceGraph, options: AnalysisOptions = .init()) -> NetworkAnalysis {
    let betweenness: [Double]
    let paths: AllPairsSums
    if options.betweennessMetric == options.closenessMetric {
        paths = allPairsShortestPathSums(graph, metric: options.closenessMetric, betweenness: true, distances: true)
        betweenness = normalizedBetweenness(paths.betweenness)
    } else {
        betweenness = betweennessCentrality(of: graph, metric: options.betweennessMetric)
        paths = allPairsShortestPathSums(graph, metric: options.closenessMetric, betweenness: false, distances: true)
    }
    let community = louvainCommunities(of: graph, resolution: options.resolution, seed: options.louvainSeed)
    return NetworkAnalysis(
        degree: degrees(of: graph),
        weightedDegree: weightedDegrees(of: graph),
        pagerank: pagerank(of: graph),
        betweenness: betweenness,
        closeness: paths.closeness,
        harmonic: paths.harmonic,
        eigenvector: eigenvectorCentrality(of: graph),
        clustering: clusteringCoefficients(of: graph),
        coreNumber: coreNumbers(of: graph),
        component: connectedComponents(of: graph),
        community: community,
        modularity: modularity(of: community, in: graph, resolution: options.resolution),
        weightedClustering: clusteringCoefficients(of: graph, weighted: true))
}
