import CostarGraph
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Betweenness centrality estimated from a random sample of shortest paths, with its error bound (see
/// ``approximateBetweennessCentrality(of:metric:epsilon:delta:seed:)``).
public struct ApproximateBetweenness: Sendable {
    /// Estimated normalised betweenness of each node, on the same scale as ``betweennessCentrality(of:metric:)``
    /// (networkx `betweenness_centrality(G, normalized=True)`).
    public var values: [Double]
    /// Largest error allowed for any node, on that scale.
    public var epsilon: Double
    /// Probability allowed that some node's error exceeds `epsilon`.
    public var delta: Double
    /// Number of node pairs sampled, `r`; 0 when the values are exact without sampling (no shortest path has an
    /// interior node, so every value is 0).
    public var samples: Int
    /// The upper bound of the vertex diameter (the most nodes on one shortest path) that `r` was computed from.
    public var vertexDiameterBound: Int

    /// Riondato and Kornaropoulos's sample size `r = ⌈(c / ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1 / δ))⌉` for an error of at
    /// most `ε` on every node's fraction of ordered pairs, with probability at least `1 − δ`, in a graph whose
    /// shortest paths have at most `VD` nodes (`VD` is taken as at least 3). `c = 0.5` is the constant of Löffler
    /// and Phillips (2009) that the paper uses.
    ///
    /// - Parameters:
    ///   - epsilon: additive error, in (0, 1).
    ///   - delta: failure probability, in (0, 1).
    ///   - vertexDiameter: an upper bound of the vertex diameter.
    ///   - c: the universal constant of the ε-sample bound.
    /// - Returns: the number of node pairs to sample.
    public static func sampleSize(epsilon: Double, delta: Double, vertexDiameter: Int, c: Double = 0.5) -> Int {
        let interior = max(vertexDiameter, 3) - 2
        let floorLog2 = Int.bitWidth - interior.leadingZeroBitCount - 1
        return Int((c / (epsilon * epsilon) * (Double(floorLog2 + 1) + log(1 / delta))).rounded(.up))
    }
}

/// Normalised betweenness centrality estimated by sampling shortest paths, with an error bound that holds for every
/// node at once: Riondato and Kornaropoulos's algorithm.
///
/// It samples `r` ordered node pairs `(u, v)`, `u ≠ v`, uniformly at random; for each pair joined by a path it
/// picks one shortest `u`–`v` path uniformly at random among all of them and credits each node strictly inside it
/// with `1 / r`. With hops the path is found by a balanced bidirectional breadth-first search that counts the shortest
/// paths `σ` from both ends level by level (expanding the side whose frontier has the smaller total degree) until
/// the two meet; a meeting node `m` is picked with probability `σ_u(m)·σ_v(m) / σ_uv` and the path is walked back to
/// each end choosing each predecessor `p` with probability `σ(p) / σ(current)`. With 1/weight lengths a balanced
/// bidirectional Dijkstra search finds the distance, the ties where the two searches' shortest paths join are
/// picked from in proportion to `σ_u(x)·σ_v(y)`, and the path is walked back the same way; lengths equal to a
/// relative 1e-10 count as equal, as in the exact measure. Both give every shortest path the probability
/// `1 / σ_uv`, which is what the bound needs.
///
/// **Sample size.** `r = ⌈(c / ε'²)(⌊log₂(VD − 2)⌋ + 1 + ln(1 / δ))⌉` with `c = 0.5` (see
/// ``ApproximateBetweenness/sampleSize(epsilon:delta:vertexDiameter:c:)``), where `VD` bounds the vertex diameter,
/// the most nodes on one shortest path: in each component one search from its smallest node `x` gives its
/// eccentricity `e`, every shortest path of the component is at most `2e` long (`d(a, b) ≤ d(a, x) + d(x, b)`), so
/// it has at most `2e + 1` nodes with hops, or `⌊2e · w_max⌋ + 1` with 1/weight lengths (no tie is shorter than
/// `1 / w_max`), and never more than the component's size; `VD` is the largest over the components, at least 3.
///
/// **Scale.** The sampled fraction estimates Riondato and Kornaropoulos's `b(w) = S(w) / (n(n − 1))`, where `S(w)`
/// is the sum over ordered pairs `u ≠ w ≠ v` of the fraction of shortest `u`–`v` paths through `w` (pairs without a
/// path add 0). networkx's normalised betweenness of an undirected graph is `S(w) / ((n − 1)(n − 2))` (Brandes's
/// ordered-pair sum, not halved, divided by `(n − 1)(n − 2)`), which is `b(w) · n / (n − 2)`. The estimate is
/// therefore multiplied by `n / (n − 2)`, and the sample is sized for `ε' = ε (n − 2) / n`, so that:
///
/// **Bound.** With probability at least `1 − δ`, every node's returned value is within `ε` of its exact normalised
/// betweenness as ``betweennessCentrality(of:metric:)`` and networkx compute it (Riondato & Kornaropoulos 2016:
/// the ε-sample bound of Löffler & Phillips 2009 with their VC-dimension bound `⌊log₂(VD − 2)⌋ + 1`).
/// Graphs of at most two nodes, or whose shortest paths have no interior node, get exact zeros without sampling.
///
/// **Determinism.** The `r` samples are cut into 16 fixed ranges (fewer if `r < 16`) that run in parallel, chunk `c`
/// with its own SplitMix64 generator seeded from `seed`; every chunk counts how often each node was credited, and
/// the counts are integers, so the result is byte-identical on every run and machine for a given seed.
///
/// Reference: Riondato, M. & Kornaropoulos, E. M. (2016). Fast approximation of betweenness centrality through
/// sampling. Data Mining and Knowledge Discovery 30(2), 438–475; Löffler, M. & Phillips, J. M. (2009). Shape
/// fitting on point sets with probability distributions. ESA 2009, 313–324; Borassi, M. & Natale, E. (2016).
/// KADABRA is an ADaptive Algorithm for Betweenness via Random Approximation. ESA 2016 (balanced bidirectional BFS).
///
/// - Parameters:
///   - graph: the graph, read only.
///   - metric: how a path's length is measured; hops by default.
///   - epsilon: largest error allowed for any node, in (0, 1).
///   - delta: probability allowed that some node's error exceeds `epsilon`, in (0, 1); 0.1 by default.
///   - seed: seed of the sampling; the same seed gives the same values.
/// - Returns: the estimates with the sample size and the bound they satisfy.
public func approximateBetweennessCentrality(of graph: CoappearanceGraph, metric: PathMetric = .hops,
                                             epsilon: Double, delta: Double = 0.1,
                                             seed: UInt64 = 42) -> ApproximateBetweenness {
    approximateBetweennessCentrality(of: graph, metric: metric, epsilon: epsilon, delta: delta, seed: seed,
                                     renumbering: nil)
}

/// ``approximateBetweennessCentrality(of:metric:epsilon:delta:seed:)`` with the graph's ``BreadthFirstRenumbering``
/// for the searches with hops, or nil to make it when needed. The hops sampler runs on the renumbered graph (rows
/// in their original order, so it takes the same steps and draws the same paths) and its hits are mapped back.
func approximateBetweennessCentrality(of graph: CoappearanceGraph, metric: PathMetric, epsilon: Double,
                                      delta: Double, seed: UInt64,
                                      renumbering: BreadthFirstRenumbering?) -> ApproximateBetweenness {
    precondition(epsilon > 0 && epsilon < 1, "epsilon must be in (0, 1)")
    precondition(delta > 0 && delta < 1, "delta must be in (0, 1)")
    let n = graph.nodeCount
    var result = ApproximateBetweenness(values: [Double](repeating: 0, count: n), epsilon: epsilon, delta: delta,
                                        samples: 0, vertexDiameterBound: min(n, 2))
    guard n > 2 else { return result }
    let components = pathComponents(of: graph, metric: metric)
    let diameter = (0..<components.count).map { components.vertexDiameterBound($0, metric: metric) }.max() ?? 0
    result.vertexDiameterBound = diameter
    guard diameter >= 3 else { return result }  // every shortest path is a single tie: all zeros, exactly
    let scale = Double(n) / Double(n - 2)
    let r = ApproximateBetweenness.sampleSize(epsilon: epsilon / scale, delta: delta, vertexDiameter: diameter)
    result.samples = r

    let chunks = min(sourceChunkCount, r)
    let seeds = SplitMix64.chunkSeeds(seed, count: chunks)
    let label = components.label
    var hitLists = [[Int32]](repeating: [], count: chunks)
    let local = metric == .hops ? renumbering ?? BreadthFirstRenumbering(graph) : nil
    let renumbered = local?.renumbered
    func withSearchView(_ body: (GraphView) -> Void) { local?.withView(body) ?? graph.withView(body) }
    withSearchView { view in
        hitLists.withUnsafeMutableBufferPointer { slots in
            let out = SharedPointers(base: slots.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                var rng = SplitMix64(seed: seeds[chunk])
                var hits: [Int32] = []
                let range = (chunk * r / chunks)..<((chunk + 1) * r / chunks)
                // Pairs in different components have no path and add nothing.
                func draw<S: PathSampler>(_ sampler: inout S) {
                    for _ in range {
                        let (u, v) = randomPair(n, &rng)
                        guard label[u] == label[v] else { continue }
                        if let renumbered {
                            sampler.sample(Int(renumbered[u]), Int(renumbered[v]), &rng, &hits)
                        } else {
                            sampler.sample(u, v, &rng, &hits)
                        }
                    }
                    sampler.deallocate()
                }
                switch metric {
                case .hops:
                    var sampler = HopsPathSampler(view)
                    draw(&sampler)
                case .inverseWeight:
                    var sampler = WeightedPathSampler(view)
                    draw(&sampler)
                }
                out.base[chunk] = hits
            }
        }
    }
    // Counted by the ids the samplers used, then put back in the graph's order.
    var counts = [Int](repeating: 0, count: n)
    for hits in hitLists {
        for v in hits { counts[Int(v)] += 1 }
    }
    if let renumbered = local?.renumbered { counts = (0..<n).map { counts[Int(renumbered[$0])] } }
    let perSample = scale / Double(r)
    result.values = counts.map { Double($0) * perSample }
    return result
}

/// An ordered pair of distinct nodes, uniformly at random.
@inline(__always)
private func randomPair(_ n: Int, _ rng: inout SplitMix64) -> (Int, Int) {
    let u = rng.next(below: n)
    var v = rng.next(below: n - 1)
    if v >= u { v += 1 }
    return (u, v)
}

/// Picks one shortest path between two nodes uniformly at random with a balanced bidirectional breadth-first search
/// (hops). Work arrays for one thread; only the nodes a search reached are reset after it.
/// Draws one shortest path between two nodes uniformly at random and records its inner nodes.
private protocol PathSampler {
    /// Appends the inner nodes of one random shortest `u`–`v` path to `hits`.
    mutating func sample(_ u: Int, _ v: Int, _ rng: inout SplitMix64, _ hits: inout [Int32])
    /// Frees the sampler's buffers.
    func deallocate()
}

private struct HopsPathSampler: PathSampler {
    let view: GraphView
    let distU: UnsafeMutablePointer<Int32>
    let distV: UnsafeMutablePointer<Int32>
    let sigmaU: UnsafeMutablePointer<Double>
    let sigmaV: UnsafeMutablePointer<Double>
    let queueU: UnsafeMutablePointer<Int32>
    let queueV: UnsafeMutablePointer<Int32>

    init(_ view: GraphView) {
        self.view = view
        let n = view.nodeCount
        distU = .allocate(capacity: n)
        distU.initialize(repeating: -1, count: n)
        distV = .allocate(capacity: n)
        distV.initialize(repeating: -1, count: n)
        sigmaU = .allocate(capacity: n)
        sigmaU.initialize(repeating: 0, count: n)
        sigmaV = .allocate(capacity: n)
        sigmaV.initialize(repeating: 0, count: n)
        queueU = .allocate(capacity: n)
        queueV = .allocate(capacity: n)
    }

    func deallocate() {
        distU.deallocate(); distV.deallocate(); sigmaU.deallocate(); sigmaV.deallocate()
        queueU.deallocate(); queueV.deallocate()
    }

    @inline(__always) private func degree(_ v: Int) -> Int { view.rowStart[v + 1] - view.rowStart[v] }

    /// Appends the interior nodes of one uniformly chosen shortest `u`–`v` path to `hits` (nothing if there is no
    /// path or the path is a single tie).
    func sample(_ u: Int, _ v: Int, _ rng: inout SplitMix64, _ hits: inout [Int32]) {
        distU[u] = 0
        sigmaU[u] = 1
        queueU[0] = Int32(u)
        distV[v] = 0
        sigmaV[v] = 1
        queueV[0] = Int32(v)
        // Each side's queue holds everything it reached, level after level; [start, end) is its last level.
        var uStart = 0, uEnd = 1, uWork = degree(u)
        var vStart = 0, vEnd = 1, vWork = degree(v)
        while uStart < uEnd && vStart < vEnd {
            if uWork <= vWork {
                let level = expand(queueU, distU, sigmaU, other: distV, uStart, uEnd)
                uStart = uEnd
                uEnd = level.end
                uWork = level.work
                if level.met {
                    pick(queueU, uStart, uEnd, distU, sigmaU, distV, sigmaV, &rng, &hits)
                    break
                }
            } else {
                let level = expand(queueV, distV, sigmaV, other: distU, vStart, vEnd)
                vStart = vEnd
                vEnd = level.end
                vWork = level.work
                if level.met {
                    pick(queueV, vStart, vEnd, distV, sigmaV, distU, sigmaU, &rng, &hits)
                    break
                }
            }
        }
        for i in 0..<uEnd {
            let w = Int(queueU[i])
            distU[w] = -1
            sigmaU[w] = 0
        }
        for i in 0..<vEnd {
            let w = Int(queueV[i])
            distV[w] = -1
            sigmaV[w] = 0
        }
    }

    /// Expands one side by a level: the nodes of `queue[start..<end]` (one level) pass their path counts to their
    /// neighbours one step farther, which are appended to the queue. Returns the queue's new end, the total degree of
    /// the new level, and whether the new level holds a node the other side has reached.
    @inline(__always)
    private func expand(_ queue: UnsafeMutablePointer<Int32>, _ dist: UnsafeMutablePointer<Int32>,
                        _ sigma: UnsafeMutablePointer<Double>, other: UnsafeMutablePointer<Int32>,
                        _ start: Int, _ end: Int) -> (end: Int, work: Int, met: Bool) {
        let rowStart = view.rowStart, adjacency = view.adjacency
        let next = dist[Int(queue[start])] + 1
        var tail = end
        var work = 0
        var met = false
        for i in start..<end {
            let x = Int(queue[i])
            let sx = sigma[x]
            var e = rowStart[x]
            let last = rowStart[x + 1]
            while e < last {
                let y = Int(adjacency[e])
                e += 1
                var dy = dist[y]
                if dy < 0 {
                    dy = next
                    dist[y] = next
                    queue[tail] = Int32(y)
                    tail += 1
                    work += rowStart[y + 1] - rowStart[y]
                    if other[y] >= 0 { met = true }
                }
                if dy == next { sigma[y] += sx }
            }
        }
        return (tail, work, met)
    }

    /// The searches met in side X's newest level `queue[start..<end]`: every shortest path crosses it at exactly one
    /// node `m` also reached by side Y, in `σ_X(m)·σ_Y(m)` ways. Picks `m` in proportion, then walks to both ends.
    private func pick(_ queue: UnsafeMutablePointer<Int32>, _ start: Int, _ end: Int,
                      _ distX: UnsafeMutablePointer<Int32>, _ sigmaX: UnsafeMutablePointer<Double>,
                      _ distY: UnsafeMutablePointer<Int32>, _ sigmaY: UnsafeMutablePointer<Double>,
                      _ rng: inout SplitMix64, _ hits: inout [Int32]) {
        var total = 0.0
        for i in start..<end {
            let m = Int(queue[i])
            if distY[m] >= 0 { total += sigmaX[m] * sigmaY[m] }
        }
        let threshold = rng.nextUnit() * total
        var chosen = -1
        var cumulative = 0.0
        for i in start..<end {
            let m = Int(queue[i])
            if distY[m] >= 0 {
                chosen = m
                cumulative += sigmaX[m] * sigmaY[m]
                if cumulative > threshold { break }
            }
        }
        if distX[chosen] > 0 && distY[chosen] > 0 { hits.append(Int32(chosen)) }
        walk(from: chosen, distX, sigmaX, &rng, &hits)
        walk(from: chosen, distY, sigmaY, &rng, &hits)
    }

    /// Walks from `start` back to the side's root, choosing each predecessor `p` (a neighbour one step closer) with
    /// probability `σ(p) / σ(current)`, and appends the nodes passed, the root excluded.
    private func walk(from start: Int, _ dist: UnsafeMutablePointer<Int32>, _ sigma: UnsafeMutablePointer<Double>,
                      _ rng: inout SplitMix64, _ hits: inout [Int32]) {
        var w = start
        while dist[w] > 1 {
            let target = dist[w] - 1
            let threshold = rng.nextUnit() * sigma[w]
            var chosen = -1
            var cumulative = 0.0
            for e in view.rowStart[w]..<view.rowStart[w + 1] {
                let p = Int(view.adjacency[e])
                if dist[p] == target {
                    chosen = p
                    cumulative += sigma[p]
                    if cumulative > threshold { break }
                }
            }
            hits.append(Int32(chosen))
            w = chosen
        }
    }
}

/// Picks one shortest path between two nodes uniformly at random with a balanced bidirectional Dijkstra search (tie
/// length 1/weight). Work arrays for one thread; only the nodes a search touched are reset after it.
///
/// The two searches settle nodes alternately (the side with less work so far goes next), each counting shortest
/// paths and keeping predecessors as the exact kernel does, and `μ`, the shortest `u`–`v` length seen through a tie
/// between the two, is kept up to date. When the next keys add up to more than `μ`, `μ` is the distance; with `θ` the
/// forward search's next key, every node at forward distance below `θ` is settled forward and every node of a
/// shortest path at backward distance at most `μ − θ` is settled backward. Each shortest path then crosses exactly
/// one tie `(x, y)` with `d_u(x) < θ ≤ μ − d_v(y)`, so there are `σ_u(x)·σ_v(y)` shortest paths through that tie: one
/// is picked in proportion and walked back to both ends.
private struct WeightedPathSampler: PathSampler {
    let view: GraphView
    var forward: DijkstraSide
    var backward: DijkstraSide
    /// Ties crossing the cut: the forward end, the backward end and the running total of path counts.
    var crossing: [(x: Int32, y: Int32, cumulative: Double)] = []

    init(_ view: GraphView) {
        self.view = view
        forward = DijkstraSide(view)
        backward = DijkstraSide(view)
    }

    func deallocate() {
        forward.deallocate()
        backward.deallocate()
    }

    /// Appends the interior nodes of one uniformly chosen shortest `u`–`v` path to `hits` (nothing if there is no
    /// path or the path is a single tie).
    mutating func sample(_ u: Int, _ v: Int, _ rng: inout SplitMix64, _ hits: inout [Int32]) {
        defer {
            forward.reset()
            backward.reset()
        }
        var mu = Double.infinity
        forward.start(u)
        backward.start(v)
        forward.settleNext(other: backward, mu: &mu)
        backward.settleNext(other: forward, mu: &mu)
        while true {
            let nextForward = forward.top, nextBackward = backward.top
            if nextForward == .infinity && nextBackward == .infinity { break }
            // The slack keeps every path within the length tolerance of μ inside the two settled sets.
            if nextForward + nextBackward > mu * (1 + 4 * pathLengthTolerance) { break }
            if nextBackward == .infinity || (nextForward < .infinity && forward.work <= backward.work) {
                forward.settleNext(other: backward, mu: &mu)
            } else {
                backward.settleNext(other: forward, mu: &mu)
            }
        }
        guard mu < .infinity else { return }
        let theta = min(forward.top, mu)
        crossing.removeAll(keepingCapacity: true)
        var total = 0.0
        let rowStart = view.rowStart, adjacency = view.adjacency, weight = view.weight
        for i in 0..<forward.settledCount {
            let x = Int(forward.settled[i])
            let dx = forward.dist[x]
            guard dx < theta else { continue }
            for e in rowStart[x]..<rowStart[x + 1] {
                let w = weight[e]
                guard w > 0 else { continue }
                let y = Int(adjacency[e])
                guard backward.isSettled(y) else { continue }
                // y must lie past the cut: not settled forward below θ. (Testing μ − d_v(y) ≥ θ instead would
                // drop paths to rounding.)
                guard !(forward.isSettled(y) && forward.dist[y] < theta) else { continue }
                let dy = backward.dist[y]
                let length = dx + 1 / w + dy
                guard length == mu || abs(length - mu) < pathLengthTolerance * (length + mu) else { continue }
                total += forward.sigma[x] * backward.sigma[y]
                crossing.append((Int32(x), Int32(y), total))
            }
        }
        guard !crossing.isEmpty else { return }
        let threshold = rng.nextUnit() * total
        var lo = 0, hi = crossing.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if crossing[mid].cumulative > threshold { hi = mid } else { lo = mid + 1 }
        }
        let x = Int(crossing[lo].x), y = Int(crossing[lo].y)
        if x != u { hits.append(Int32(x)) }
        forward.walk(from: x, to: u, &rng, &hits)
        if y != v { hits.append(Int32(y)) }
        backward.walk(from: y, to: v, &rng, &hits)
    }
}

/// One side of the bidirectional Dijkstra search of ``WeightedPathSampler``: distances, shortest-path counts and
/// predecessors from its root, relaxed exactly as in the exact kernel (lengths equal within the tolerance are equal).
private struct DijkstraSide {
    let view: GraphView
    let dist: UnsafeMutablePointer<Double>
    let sigma: UnsafeMutablePointer<Double>
    let predecessorCount: UnsafeMutablePointer<Int32>
    /// Predecessors on shortest paths, in each node's slice of the adjacency layout, as in the exact kernel.
    let predecessors: UnsafeMutablePointer<Int32>
    /// Nodes reached, in order.
    let touched: UnsafeMutablePointer<Int32>
    var touchedCount = 0
    /// Nodes settled, in order.
    let settled: UnsafeMutablePointer<Int32>
    var settledCount = 0
    var heap: IndexedHeap
    /// Total degree of the settled nodes: the work done so far.
    var work = 0

    init(_ view: GraphView) {
        self.view = view
        let n = view.nodeCount
        dist = .allocate(capacity: n)
        dist.initialize(repeating: .infinity, count: n)
        sigma = .allocate(capacity: n)
        sigma.initialize(repeating: 0, count: n)
        predecessorCount = .allocate(capacity: n)
        predecessorCount.initialize(repeating: 0, count: n)
        predecessors = .allocate(capacity: max(view.rowStart[n], 1))
        touched = .allocate(capacity: n)
        settled = .allocate(capacity: n)
        heap = IndexedHeap(capacity: n)
    }

    func deallocate() {
        dist.deallocate(); sigma.deallocate(); predecessorCount.deallocate(); predecessors.deallocate()
        touched.deallocate(); settled.deallocate(); heap.deallocate()
    }

    /// The key of the next node to settle; +∞ when the search is over.
    var top: Double { heap.isEmpty ? .infinity : heap.key[0] }

    func isSettled(_ v: Int) -> Bool { heap.position[v] == IndexedHeap.settled }

    mutating func start(_ root: Int) {
        dist[root] = 0
        sigma[root] = 1
        heap.push(Int32(root), key: 0)
        touched[0] = Int32(root)
        touchedCount = 1
    }

    /// Settles the next node, relaxes its ties, and lowers `mu` to any shorter path through a tie to a node the
    /// other side has reached.
    mutating func settleNext(other: DijkstraSide, mu: inout Double) {
        guard !heap.isEmpty else { return }
        let rowStart = view.rowStart, adjacency = view.adjacency, weight = view.weight
        let x = heap.popMin()
        settled[settledCount] = Int32(x)
        settledCount += 1
        work += rowStart[x + 1] - rowStart[x]
        let dx = dist[x]
        let sx = sigma[x]
        for e in rowStart[x]..<rowStart[x + 1] {
            let w = weight[e]
            guard w > 0 else { continue }
            let y = Int(adjacency[e])
            let candidate = dx + 1 / w
            let through = candidate + other.dist[y]
            if through < mu { mu = through }
            let state = heap.position[y]
            if state == IndexedHeap.settled || candidate == .infinity { continue }
            if state == IndexedHeap.unseen {
                dist[y] = candidate
                heap.push(Int32(y), key: candidate)
                touched[touchedCount] = Int32(y)
                touchedCount += 1
                sigma[y] = sx
                predecessors[rowStart[y]] = Int32(x)
                predecessorCount[y] = 1
            } else {
                let current = dist[y]
                if candidate == current || abs(candidate - current) < pathLengthTolerance * (candidate + current) {
                    sigma[y] += sx
                    predecessors[rowStart[y] + Int(predecessorCount[y])] = Int32(x)
                    predecessorCount[y] += 1
                } else if candidate < current {
                    dist[y] = candidate
                    heap.decrease(Int32(y), key: candidate)
                    sigma[y] = sx
                    predecessors[rowStart[y]] = Int32(x)
                    predecessorCount[y] = 1
                }
            }
        }
    }

    /// Walks from the settled node `start` back to the root, choosing each predecessor `p` with probability
    /// `σ(p) / σ(current)`, and appends the nodes passed, the root excluded.
    func walk(from start: Int, to root: Int, _ rng: inout SplitMix64, _ hits: inout [Int32]) {
        var w = start
        while w != root {
            let threshold = rng.nextUnit() * sigma[w]
            let first = view.rowStart[w]
            var chosen = -1
            var cumulative = 0.0
            for k in 0..<Int(predecessorCount[w]) {
                chosen = Int(predecessors[first + k])
                cumulative += sigma[chosen]
                if cumulative > threshold { break }
            }
            if chosen != root { hits.append(Int32(chosen)) }
            w = chosen
        }
    }

    /// Clears what the last search wrote.
    mutating func reset() {
        for i in 0..<touchedCount {
            let x = Int(touched[i])
            dist[x] = .infinity
            sigma[x] = 0
            predecessorCount[x] = 0
            heap.position[x] = IndexedHeap.unseen
        }
        heap.count = 0
        touchedCount = 0
        settledCount = 0
        work = 0
    }
}
