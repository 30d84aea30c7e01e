import CostarCorpus
import CostarGraph
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How ``analyze(_:options:)`` computes a path-based measure (betweenness, or closeness with harmonic centrality).
public enum ComputationMode: Sendable, Hashable {
    /// Exactly, from a shortest-path search from every node.
    case exact
    /// By sampling, with additive error `epsilon` as the measure's approximation states it: Riondato–Kornaropoulos
    /// for betweenness (``approximateBetweennessCentrality(of:metric:epsilon:delta:seed:)``, `epsilon` in (0, 1)),
    /// Eppstein–Wang for closeness and harmonic centrality (``approximateClosenessCentrality(of:metric:epsilon:seed:)``,
    /// `epsilon` positive).
    case approximate(epsilon: Double)
    /// Exactly when the graph is small enough (see ``AnalysisOptions/automaticExactWorkLimit``), otherwise by
    /// sampling with ``AnalysisOptions/automaticBetweennessEpsilon`` or ``AnalysisOptions/automaticClosenessEpsilon``.
    case automatic
}

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
    /// Exact or sampled betweenness (default ``ComputationMode/automatic``).
    public var betweennessMode: ComputationMode
    /// Exact or sampled closeness and harmonic centrality (default ``ComputationMode/automatic``).
    public var closenessMode: ComputationMode
    /// Seed of the samples of the approximate measures (default 42).
    public var samplingSeed: UInt64

    /// Largest exact work that ``ComputationMode/automatic`` accepts; above it the measure is sampled. The work is
    /// ``exactWork(of:metric:)``: the sum over connected components of `nodes × (nodes + 2 × ties)` (one search per
    /// node, each visiting the component's nodes and both ends of its ties), counted 2.5 times over for 1/weight
    /// lengths.
    ///
    /// The limit, 2 × 10⁸, is a connected graph of about 4,000 people with 23,000 ties with hops (about 2,500
    /// people with 15,000 ties with 1/weight lengths): exact results then take about half a second on 2 cores.
    /// Exact betweenness costs 1.4–1.7 ns per unit of work with hops and 3.1–4.3 ns with 1/weight on one core (hence
    /// the factor 2.5); measured inside `costar analyze` on two busy cores, a yearly graph of the 100,000-caption bench
    /// corpus (10,973 people, 31,759 ties, work 4.9 × 10⁸) took 1.2 s exact, against under 0.2 s sampled (betweenness
    /// with ε = 0.01, closeness with ε = 0.05 through bit-parallel breadth-first search). Sampling stops paying
    /// below about 10⁸: Riondato–Kornaropoulos needs some 30,000 sampled paths at ε = 0.01 whatever the graph's
    /// size, and Eppstein–Wang `⌈ln n / ε²⌉` sources, which is every node of a component of a few thousand. The
    /// earlier limit, 4 × 10⁹, let ten yearly graphs of 10,000 people each take 13 s exact in one run.
    public static let automaticExactWorkLimit: Double = 2e8

    /// The ε of betweenness sampled by ``ComputationMode/automatic``: 0.01 on the normalised value.
    public static let automaticBetweennessEpsilon = 0.01
    /// The ε of closeness sampled by ``ComputationMode/automatic``: 0.1 times the diameter on the average distance,
    /// NetworKit's default for its sampled closeness; halving it would take four times the sources.
    public static let automaticClosenessEpsilon = 0.1
    /// The failure probability δ of sampled betweenness: 0.1.
    public static let betweennessDelta = 0.1

    /// Creates options; the defaults measure paths in hops, seed Louvain and the samples with 42, use resolution 1,
    /// and choose exact or sampled path measures by the graph's size.
    public init(betweennessMetric: PathMetric = .hops, closenessMetric: PathMetric = .hops, louvainSeed: UInt64 = 42,
                resolution: Double = 1, betweennessMode: ComputationMode = .automatic,
                closenessMode: ComputationMode = .automatic, samplingSeed: UInt64 = 42) {
        self.betweennessMetric = betweennessMetric
        self.closenessMetric = closenessMetric
        self.louvainSeed = louvainSeed
        self.resolution = resolution
        self.betweennessMode = betweennessMode
        self.closenessMode = closenessMode
        self.samplingSeed = samplingSeed
    }

    /// The work of the exact path measures of `graph` under `metric`: the sum over its connected components of
    /// `nodes × (nodes + 2 × ties)`, times 2.5 for ``PathMetric/inverseWeight`` (see ``automaticExactWorkLimit``).
    public static func exactWork(of graph: CoappearanceGraph, metric: PathMetric) -> Double {
        let component = connectedComponents(of: graph)
        let count = (component.max() ?? -1) + 1
        var nodes = [Double](repeating: 0, count: count)
        var ties = [Double](repeating: 0, count: count)
        for c in component { nodes[c] += 1 }
        for e in graph.edges { ties[component[Int(e.source)]] += 1 }
        let work = zip(nodes, ties).reduce(0.0) { $0 + $1.0 * ($1.0 + 2 * $1.1) }
        return metric == .inverseWeight ? 2.5 * work : work
    }

    /// Whether ``ComputationMode/automatic`` computes a path measure of `graph` under `metric` exactly: its
    /// ``exactWork(of:metric:)`` is at most ``automaticExactWorkLimit``.
    public static func automaticIsExact(for graph: CoappearanceGraph, metric: PathMetric) -> Bool {
        exactWork(of: graph, metric: metric) <= automaticExactWorkLimit
    }

    /// The ε that `mode` samples `graph` with under `metric`, or nil for exact.
    static func samplingEpsilon(_ mode: ComputationMode, default epsilon: Double, graph: CoappearanceGraph,
                                metric: PathMetric) -> Double? {
        switch mode {
        case .exact: return nil
        case .approximate(let epsilon): return epsilon
        case .automatic: return automaticIsExact(for: graph, metric: metric) ? nil : epsilon
        }
    }
}

/// Computes every measure of ``NetworkAnalysis`` for a graph.
///
/// Betweenness, closeness and harmonic centrality are exact or sampled as ``AnalysisOptions/betweennessMode`` and
/// ``AnalysisOptions/closenessMode`` say (by default exact up to ``AnalysisOptions/automaticExactWorkLimit``), and
/// ``NetworkAnalysis/betweennessComputation`` and ``NetworkAnalysis/closenessComputation`` record which. When both
/// are exact with the same ``PathMetric``, one all-pairs pass computes all three together. Works on any graph,
/// including empty graphs, single nodes, isolated nodes and disconnected graphs, without NaN; the result is the same
/// on every run.
///
/// - Parameters:
///   - graph: the graph, read only.
///   - options: path metrics and modes, seeds and resolution.
///   - timing: called after each measure with its name (`renumbering` for the graph's
///     ``BreadthFirstRenumbering`` that several measures share, `degree`, `pagerank`, `eigenvector`, `louvain`,
///     `closeness`, `betweenness` or `closeness+betweenness` when one pass computes both, `clustering`, `core`,
///     `components`) and its wall time in seconds; `nil` (the default) times nothing. The measures that run on one
///     core (`louvain`, `degree`, `pagerank`, `core`, `components`) run on another thread beside the others, are
///     reported last and are timed by that thread's CPU time (their cost, whatever shares the cores meanwhile); so the
///     times add up to more than the analysis took.
/// - Returns: the analysis, one array entry per node id.
public func analyze(_ graph: CoappearanceGraph, options: AnalysisOptions = .init(),
                    timing: ((_ measure: String, _ seconds: Double) -> Void)? = nil) -> NetworkAnalysis {
    var laps = Laps(clock: Laps.wallSeconds)
    func lap(_ measure: String) {
        guard let timing else { return }
        timing(measure, laps.next())
    }
    // The measures that run on one core run on another thread meanwhile; their times are reported when they are done.
    let timed = timing != nil
    let serial = Pending { SerialMeasures(graph, options: options, timed: timed) }
    let local = BreadthFirstRenumbering(graph)
    lap("renumbering")
    let betweennessEpsilon = AnalysisOptions.samplingEpsilon(
        options.betweennessMode, default: AnalysisOptions.automaticBetweennessEpsilon, graph: graph,
        metric: options.betweennessMetric)
    let closenessEpsilon = AnalysisOptions.samplingEpsilon(
        options.closenessMode, default: AnalysisOptions.automaticClosenessEpsilon, graph: graph,
        metric: options.closenessMetric)
    var betweennessComputation = MeasureComputation.exact
    var closenessComputation = MeasureComputation.exact
    let betweenness: [Double]
    let closeness: [Double]
    let harmonic: [Double]
    if betweennessEpsilon == nil && closenessEpsilon == nil && options.betweennessMetric == options.closenessMetric {
        let paths = allPairsShortestPathSums(graph, metric: options.closenessMetric, betweenness: true, distances: true)
        betweenness = normalizedBetweenness(paths.betweenness)
        closeness = paths.closeness
        harmonic = paths.harmonic
        lap("closeness+betweenness")
    } else {
        if let epsilon = betweennessEpsilon {
            let sampled = approximateBetweennessCentrality(
                of: graph, metric: options.betweennessMetric, epsilon: epsilon, delta: AnalysisOptions.betweennessDelta,
                seed: options.samplingSeed, renumbering: local)
            betweenness = sampled.values
            if sampled.samples > 0 {
                betweennessComputation = .sampled(epsilon: epsilon, failureProbability: sampled.delta,
                                                  samples: sampled.samples)
            }
        } else {
            betweenness = betweennessCentrality(of: graph, metric: options.betweennessMetric)
        }
        lap("betweenness")
        if let epsilon = closenessEpsilon {
            let sampled = approximateClosenessCentrality(of: graph, metric: options.closenessMetric, epsilon: epsilon,
                                                         seed: options.samplingSeed, renumbering: local)
            closeness = sampled.closeness
            harmonic = sampled.harmonic
            if !sampled.isExact {
                closenessComputation = .sampled(epsilon: epsilon, failureProbability: min(1, 4 / Double(graph.nodeCount)),
                                                samples: sampled.searches)
            }
        } else {
            let paths = allPairsShortestPathSums(graph, metric: options.closenessMetric, betweenness: false,
                                                 distances: true, renumbering: local)
            closeness = paths.closeness
            harmonic = paths.harmonic
        }
        lap("closeness")
    }
    let eigenvector = eigenvectorCentrality(of: graph)
    lap("eigenvector")
    let (clustering, weightedClustering) = bothClusteringCoefficients(of: graph, renumbering: local)
    lap("clustering")
    let side = serial.wait()
    for (measure, seconds) in side.times { timing?(measure, seconds) }
    return NetworkAnalysis(
        degree: side.degree,
        weightedDegree: side.weightedDegree,
        pagerank: side.pagerank,
        betweenness: betweenness,
        closeness: closeness,
        harmonic: harmonic,
        eigenvector: eigenvector,
        clustering: clustering,
        coreNumber: side.core,
        component: side.component,
        community: side.community,
        modularity: side.modularity,
        weightedClustering: weightedClustering,
        betweennessComputation: betweennessComputation,
        closenessComputation: closenessComputation)
}

/// The measures of ``analyze(_:options:timing:)`` that run on one core: Louvain communities with their modularity,
/// degrees, PageRank, core numbers and components, with each one's time on its thread's core when asked.
private struct SerialMeasures: Sendable {
    var community: [Int] = []
    var modularity = 0.0
    var degree: [Int] = []
    var weightedDegree: [Double] = []
    var pagerank: [Double] = []
    var core: [Int] = []
    var component: [Int] = []
    /// Each measure's name (as ``analyze(_:options:timing:)`` reports it) and its thread's CPU time in seconds;
    /// empty when not timed.
    var times: [(String, Double)] = []

    init(_ graph: CoappearanceGraph, options: AnalysisOptions, timed: Bool) {
        // Timed by the thread's CPU time: the wall time of a thread that shares the cores with the other measures
        // would count their work too.
        var laps = Laps(clock: Laps.threadSeconds)
        func lap(_ measure: String) {
            guard timed else { return }
            times.append((measure, laps.next()))
        }
        community = louvainCommunities(of: graph, resolution: options.resolution, seed: options.louvainSeed)
        modularity = CostarAnalysis.modularity(of: community, in: graph, resolution: options.resolution)
        lap("louvain")
        degree = degrees(of: graph)
        weightedDegree = weightedDegrees(of: graph)
        lap("degree")
        pagerank = CostarAnalysis.pagerank(of: graph)
        lap("pagerank")
        core = coreNumbers(of: graph)
        lap("core")
        component = connectedComponents(of: graph)
        lap("components")
    }
}

/// Times steps run one after another: each ``next()`` is the seconds on `clock` since the previous one (or since
/// the start).
private struct Laps {
    let clock: () -> Double
    private var last: Double

    init(clock: @escaping () -> Double) {
        self.clock = clock
        last = clock()
    }

    /// The seconds since the previous lap.
    mutating func next() -> Double {
        let now = clock()
        defer { last = now }
        return now - last
    }

    /// Seconds of wall time.
    static func wallSeconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// Seconds of CPU time of the calling thread.
    static func threadSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
