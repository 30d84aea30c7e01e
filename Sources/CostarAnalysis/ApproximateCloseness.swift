import CostarGraph
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Closeness and harmonic centrality estimated from a random sample of sources, with the bound they satisfy (see
/// ``approximateClosenessCentrality(of:metric:epsilon:seed:)``).
public struct ApproximateCloseness: Sendable {
    /// Estimated closeness of each node, on the scale of ``closenessCentrality(of:metric:)`` (networkx
    /// `closeness_centrality`, Wasserman–Faust).
    public var closeness: [Double]
    /// Estimated harmonic centrality of each node, on the scale of ``harmonicCentrality(of:metric:)``.
    public var harmonic: [Double]
    /// The ε of the bound.
    public var epsilon: Double
    /// Sources sampled in each component larger than this, `k = ⌈ln n / ε²⌉`; smaller components use all their nodes.
    public var sourcesPerComponent: Int
    /// Single-source searches run in all: `k` per large component plus every node of the smaller ones (isolated
    /// nodes need none).
    public var searches: Int
    /// Whether every value is exact: no component has more than `k` nodes, so every node was a source.
    public var isExact: Bool

    /// The number of sources per component, `k = ⌈ln n / ε²⌉` (at least 1), for `n` nodes.
    ///
    /// - Parameters:
    ///   - nodeCount: number of nodes of the graph.
    ///   - epsilon: the ε of the bound, positive.
    /// - Returns: `k`.
    public static func sourceCount(nodeCount: Int, epsilon: Double) -> Int {
        guard nodeCount > 1 else { return 1 }
        let k = (log(Double(nodeCount)) / (epsilon * epsilon)).rounded(.up)
        return k >= Double(Int.max / 2) ? Int.max / 2 : max(1, Int(k))
    }
}

/// Closeness and harmonic centrality estimated from shortest-path searches from a random sample of sources:
/// Eppstein and Wang's algorithm, per connected component.
///
/// **Method.** Let `k = ⌈ln n / ε²⌉` (``ApproximateCloseness/sourceCount(nodeCount:epsilon:)``). In a component `C`
/// of `n_C > k` nodes, `k` sources are drawn uniformly without replacement and one full breadth-first (hops) or
/// Dijkstra (1/weight) search runs from each; a component of at most `k` nodes uses all its nodes as sources, so its
/// values are exact. A sampled source's own values are exact (its search reached every node of `C`). For any other
/// node `v` of `C`, the sources form a uniform sample of the `n_C − 1` other nodes of `C`, and
///
/// - its average distance `a(v) = Σ_{u ∈ C, u ≠ v} d(u, v) / (n_C − 1)` is estimated by the mean `â(v)` of
///   `d(s, v)` over the sources `s`, and its closeness by networkx's Wasserman–Faust formula with the estimated
///   distance total: `ĉ(v) = (n_C − 1) / ((n − 1) · â(v))`;
/// - its harmonic centrality `H(v) = Σ_{u ∈ C, u ≠ v} 1 / d(u, v)` by `(n_C − 1)` times the mean of `1 / d(s, v)`.
///
/// Nodes that reach nobody get 0, as in the exact measures.
///
/// **Bound.** Let `Δ_C` be the diameter of `C` (in hops, or in length with tie length 1/weight), and `h_C` the
/// largest possible `1 / d(u, v)`: 1 with hops, the largest tie weight in `C` with 1/weight lengths. By Hoeffding's
/// inequality for sampling without replacement (Hoeffding 1963, §6), for each node `v`,
/// `P(|â(v) − a(v)| ≥ ε·Δ_C) ≤ 2·exp(−2kε²) ≤ 2/n²`, and the same for the harmonic mean with range `h_C`. With a
/// union bound over the `n` nodes:
///
/// - with probability at least `1 − 2/n`, every node's estimated average distance to the rest of its component is
///   within `ε·Δ_C` of the exact one (Eppstein & Wang 2004 state it as: additive error `εΔ` on the inverse
///   closeness `1/c(v)` with `k = Θ(log n / ε²)` samples); equivalently `ĉ(v)` lies between the closeness values of
///   average distances `a(v) + ε·Δ_C` and `a(v) − ε·Δ_C`;
/// - with probability at least `1 − 2/n`, every node's estimated harmonic centrality is within
///   `ε · h_C · (n_C − 1)` of the exact one;
/// - both hold together with probability at least `1 − 4/n`.
///
/// **Cost and determinism.** `min(k, n_C)` searches per component instead of `n_C`. The searches run in parallel
/// over 16 fixed chunks (chunk `c` takes sources `c, c + 16, …`), each with its own accumulators, added in chunk
/// order, and the sources are drawn from one SplitMix64 generator seeded with `seed`, so the result is
/// byte-identical on every run and machine for a given seed. Components too small to sample give exactly the values
/// of ``closenessCentrality(of:metric:)``.
///
/// Reference: Eppstein, D. & Wang, J. (2004). Fast approximation of centrality. Journal of Graph Algorithms and
/// Applications 8(1), 39–45; Hoeffding, W. (1963). Probability inequalities for sums of bounded random variables.
/// Journal of the American Statistical Association 58(301), 13–30; Wasserman, S. & Faust, K. (1994). Social Network
/// Analysis, §5.3 (closeness in disconnected graphs).
///
/// - Parameters:
///   - graph: the graph, read only.
///   - metric: how a path's length is measured; hops by default.
///   - epsilon: the ε of the bound, positive (`k` grows as `1/ε²`).
///   - seed: seed of the source sample; the same seed gives the same values.
/// - Returns: the estimates, with the sample size.
public func approximateClosenessCentrality(of graph: CoappearanceGraph, metric: PathMetric = .hops,
                                           epsilon: Double, seed: UInt64 = 42) -> ApproximateCloseness {
    approximateClosenessCentrality(of: graph, metric: metric, epsilon: epsilon, seed: seed, renumbering: nil)
}

/// ``approximateClosenessCentrality(of:metric:epsilon:seed:)`` with the graph's ``BreadthFirstRenumbering`` for
/// the bit-parallel searches (hops), or nil to make it when needed.
func approximateClosenessCentrality(of graph: CoappearanceGraph, metric: PathMetric, epsilon: Double, seed: UInt64,
                                    renumbering: BreadthFirstRenumbering?) -> ApproximateCloseness {
    precondition(epsilon > 0 && epsilon.isFinite, "epsilon must be positive")
    let n = graph.nodeCount
    let k = ApproximateCloseness.sourceCount(nodeCount: n, epsilon: epsilon)
    var result = ApproximateCloseness(closeness: [Double](repeating: 0, count: n),
                                      harmonic: [Double](repeating: 0, count: n), epsilon: epsilon,
                                      sourcesPerComponent: k, searches: 0, isExact: true)
    guard n > 1 else { return result }
    let components = pathComponents(of: graph, metric: metric)

    // Sources, component by component; `sampled` marks the components whose other nodes are estimated.
    var rng = SplitMix64(seed: seed)
    var sources: [Int32] = []
    var sampled = [Bool](repeating: false, count: components.count)
    var isSource = [Bool](repeating: false, count: n)
    for c in 0..<components.count {
        let size = components.size(c)
        guard size > 1 else { continue }
        var nodes = Array(components.nodes(c))
        if size > k {
            for i in 0..<k { nodes.swapAt(i, i + rng.next(below: size - i)) }
            nodes.removeLast(size - k)
            sampled[c] = true
            result.isExact = false
        }
        for s in nodes { isSource[Int(s)] = true }
        sources += nodes
    }
    result.searches = sources.count
    guard !sources.isEmpty else { return result }

    if metric == .hops {
        // Bit-parallel breadth-first search: the same distances, 64 sources per pass over the ties.
        let sums = multiSourceHopSums(renumbering ?? BreadthFirstRenumbering(graph), sources: sources)
        for (i, s) in sources.enumerated() {
            let c = Int(components.label[Int(s)])
            result.closeness[Int(s)] = wassermanFaustCloseness(reached: components.size(c), totalDistance: sums.sourceTotal[i],
                                                               nodeCount: n)
            result.harmonic[Int(s)] = sums.sourceInverse[i]
        }
        for v in 0..<n where !isSource[v] {
            let c = Int(components.label[v])
            let size = components.size(c)
            guard size > 1 else { continue }
            let others = Double(size - 1) / Double(k)
            result.closeness[v] = wassermanFaustCloseness(reached: size, totalDistance: sums.nodeTotal[v] * others,
                                                          nodeCount: n)
            result.harmonic[v] = sums.nodeInverse[v] * others
        }
        return result
    }

    let chunks = min(sourceChunkCount, sources.count)
    let accumulates = result.isExact ? 0 : 1
    var distanceSum = [Double](repeating: 0, count: accumulates * chunks * n)
    var inverseSum = [Double](repeating: 0, count: accumulates * chunks * n)
    var exactTotal = [Double](repeating: 0, count: n)
    var exactInverse = [Double](repeating: 0, count: n)
    let label = components.label
    graph.withView { view in
        distanceSum.withUnsafeMutableBufferPointer { distanceSum in
            inverseSum.withUnsafeMutableBufferPointer { inverseSum in
                exactTotal.withUnsafeMutableBufferPointer { exactTotal in
                    exactInverse.withUnsafeMutableBufferPointer { exactInverse in
                        let kernel = SampledSourceKernel(
                            view: view, metric: metric, sources: sources, chunks: chunks, sampled: sampled,
                            label: label,
                            distanceSum: accumulates > 0 ? SharedPointers(base: distanceSum.baseAddress!) : nil,
                            inverseSum: accumulates > 0 ? SharedPointers(base: inverseSum.baseAddress!) : nil,
                            exactTotal: SharedPointers(base: exactTotal.baseAddress!),
                            exactInverse: SharedPointers(base: exactInverse.baseAddress!))
                        DispatchQueue.concurrentPerform(iterations: chunks) { kernel.run(chunk: $0) }
                    }
                }
            }
        }
    }

    for v in 0..<n {
        let c = Int(label[v])
        let size = components.size(c)
        guard size > 1 else { continue }
        let total: Double
        let harmonic: Double
        if isSource[v] {
            total = exactTotal[v]
            harmonic = exactInverse[v]
        } else {
            var distances = 0.0
            var inverses = 0.0
            for chunk in 0..<chunks {
                distances += distanceSum[chunk * n + v]
                inverses += inverseSum[chunk * n + v]
            }
            let others = Double(size - 1) / Double(k)
            total = distances * others
            harmonic = inverses * others
        }
        result.closeness[v] = wassermanFaustCloseness(reached: size, totalDistance: total, nodeCount: n)
        result.harmonic[v] = harmonic
    }
    return result
}

/// The per-chunk searches of ``approximateClosenessCentrality(of:metric:epsilon:seed:)``. Chunk `c` runs the
/// sources `c, c + chunks, …`; it writes its own slice of the sums and the exact values at its own sources' indices,
/// so chunks never write to the same memory.
private struct SampledSourceKernel: Sendable {
    let view: GraphView
    let metric: PathMetric
    let sources: [Int32]
    let chunks: Int
    let sampled: [Bool]
    let label: [Int32]
    let distanceSum: SharedPointers<Double>?
    let inverseSum: SharedPointers<Double>?
    let exactTotal: SharedPointers<Double>
    let exactInverse: SharedPointers<Double>

    func run(chunk: Int) {
        let n = view.nodeCount
        let workspace = SearchWorkspace(nodeCount: n)
        let levelCount = UnsafeMutablePointer<Int>.allocate(capacity: n + 1)
        levelCount.initialize(repeating: 0, count: n + 1)
        defer { workspace.deallocate(); levelCount.deallocate() }
        let distanceSum = self.distanceSum.map { $0.base + chunk * n }
        let inverseSum = self.inverseSum.map { $0.base + chunk * n }
        var i = chunk
        while i < sources.count {
            let source = Int(sources[i])
            i += chunks
            let accumulate = sampled[Int(label[source])]
            var total = 0.0
            var inverse = 0.0
            switch metric {
            case .hops:
                let reached = workspace.breadthFirst(from: source, rowStart: view.rowStart, adjacency: view.adjacency)
                // Sums per level, in the same order as the exact kernel, so unsampled components match it exactly.
                let deepest = Int(workspace.hop[Int(workspace.order[reached - 1])])
                for j in 1..<reached {
                    let x = Int(workspace.order[j])
                    let d = Int(workspace.hop[x])
                    levelCount[d] += 1
                    if accumulate, let distanceSum, let inverseSum {
                        distanceSum[x] += Double(d)
                        inverseSum[x] += 1 / Double(d)
                    }
                }
                var hops = 0
                if deepest >= 1 {
                    for d in 1...deepest {
                        hops += d * levelCount[d]
                        inverse += Double(levelCount[d]) / Double(d)
                        levelCount[d] = 0
                    }
                }
                total = Double(hops)
                workspace.reset(reached)
            case .inverseWeight:
                let reached = workspace.dijkstra(from: source, rowStart: view.rowStart, adjacency: view.adjacency,
                                                 weight: view.weight)
                for j in 1..<reached {
                    let x = Int(workspace.order[j])
                    let d = workspace.length[x]
                    guard d > 0 else { continue }
                    total += d
                    inverse += 1 / d
                    if accumulate, let distanceSum, let inverseSum {
                        distanceSum[x] += d
                        inverseSum[x] += 1 / d
                    }
                }
                workspace.reset(reached)
            }
            exactTotal.base[source] = total
            exactInverse.base[source] = inverse
        }
    }
}
