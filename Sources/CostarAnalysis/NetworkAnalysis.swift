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
    /// How ``betweenness`` was computed: exactly, or sampled (Riondato–Kornaropoulos) with the error bound it meets.
    public var betweennessComputation: MeasureComputation
    /// How ``closeness`` and ``harmonic`` were computed: exactly, or from sampled sources (Eppstein–Wang) with the
    /// error bound they meet.
    public var closenessComputation: MeasureComputation

    /// Creates an analysis from its arrays.
    public init(degree: [Int], weightedDegree: [Double], pagerank: [Double], betweenness: [Double],
                closeness: [Double], harmonic: [Double], eigenvector: [Double], clustering: [Double],
                coreNumber: [Int], component: [Int], community: [Int], modularity: Double,
                weightedClustering: [Double] = [], betweennessComputation: MeasureComputation = .exact,
                closenessComputation: MeasureComputation = .exact) {
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
        self.betweennessComputation = betweennessComputation
        self.closenessComputation = closenessComputation
    }
}

/// How a path-based measure of a ``NetworkAnalysis`` was computed.
public enum MeasureComputation: Sendable, Hashable {
    /// Every value is exact (up to floating-point rounding).
    case exact
    /// Estimated from `samples` random samples: with probability at least `1 − failureProbability`, every node's
    /// error is within the measure's bound for `epsilon`. For betweenness (`samples` node pairs, see
    /// ``approximateBetweennessCentrality(of:metric:epsilon:delta:seed:)``) the bound is `epsilon` on the normalised
    /// value; for closeness and harmonic centrality (`samples` single-source searches, see
    /// ``approximateClosenessCentrality(of:metric:epsilon:seed:)``) it is `epsilon` times the component's diameter on
    /// each node's average distance, and `epsilon · h · (component size − 1)` on harmonic centrality.
    case sampled(epsilon: Double, failureProbability: Double, samples: Int)
}
