import CostarGraph

/// Every measure of one graph, one array entry per node id (see ``analyze(_:options:)``).
public struct NetworkAnalysis: Sendable {
    /// Number of ties of each person.
    public var degree: [Int]
    /// Sum of the weights of each person's ties (networkx `G.degree(weight="weight")`).
    public var weightedDegree: [Double]
    /// Weighted PageRank, damping 0.85 (networkx `pagerank`).
    public var pagerank: [Double]
    /// Normalised betweenness centrality (networkx `betweenness_centrality`); path lengths per
    /// ``AnalysisOptions/betweennessMetric``.
    public var betweenness: [Double]
    /// Closeness centrality, Wasserman–Faust variant for disconnected graphs (networkx `closeness_centrality`);
    /// path lengths per ``AnalysisOptions/closenessMetric``.
    public var closeness: [Double]
    /// Harmonic centrality (networkx `harmonic_centrality`); path lengths per ``AnalysisOptions/closenessMetric``.
    public var harmonic: [Double]
    /// Weighted eigenvector centrality, unit Euclidean norm (networkx `eigenvector_centrality`).
    public var eigenvector: [Double]
    /// Local clustering coefficient, unweighted (networkx `clustering`).
    public var clustering: [Double]
    /// Local clustering coefficient, weighted: geometric mean of the normalised tie weights of each triangle
    /// (Onnela et al. 2005; networkx `clustering(G, weight="weight")`). Empty if the analysis was built without it.
    public var weightedClustering: [Double]
    /// k-core number (networkx `core_number`).
    public var coreNumber: [Int]
    /// Connected component of each person; components are numbered 0, 1, … by decreasing size, ties by smallest node id.
    public var component: [Int]
    /// Louvain community of each person; numbered 0, 1, … by decreasing size, ties by smallest node id.
    public var community: [Int]
    /// Modularity of the community partition (weighted, resolution 1).
    public var modularity: Double

    /// Creates an analysis from its arrays.
    public init(degree: [Int], weightedDegree: [Double], pagerank: [Double], betweenness: [Double],
                closeness: [Double], harmonic: [Double], eigenvector: [Double], clustering: [Double],
                coreNumber: [Int], component: [Int], community: [Int], modularity: Double,
                weightedClustering: [Double] = []) {
        self.degree = degree
        self.weightedDegree = weightedDegree
        self.pagerank = pagerank
        self.betweenness = betweenness
        self.closeness = closeness
        self.harmonic = harmonic
        self.eigenvector = eigenvector
        self.clustering = clustering
        self.weightedClustering = weightedClustering
        self.coreNumber = coreNumber
        self.component = component
        self.community = community
        self.modularity = modularity
    }
}
