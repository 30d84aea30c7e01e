import CostarGraph
import Dispatch

/// How the path-based measures (betweenness, closeness, harmonic centrality) measure the length of a path.
public enum PathMetric: String, Sendable, CaseIterable {
    /// Every tie has length 1: paths are counted in hops (breadth-first search; networkx `weight=None`).
    case hops
    /// A tie of weight `w` has length `1 / w`, so strong ties are short (Dijkstra; networkx with a `distance`
    /// attribute of `1 / weight`). Ties of weight 0 or less are not traversed. Path lengths that agree to a relative
    /// tolerance of 1e-10 count as equal, as in igraph, so paths that are equally short in exact arithmetic
    /// (`1/5 + 1/5 + 1/5` and `1/2 + 1/10`) are both shortest despite floating-point rounding.
    case inverseWeight
}

/// Relative tolerance under which two weighted path lengths are equal (igraph's `IGRAPH_SHORTEST_PATH_EPSILON`).
let pathLengthTolerance = 1e-10

/// Number of chunks the sources are dealt into. It is fixed (not the core count) so that the chunk partial sums,
/// added in chunk order, give byte-identical results on every run and every machine.
let sourceChunkCount = 16

/// What one all-pairs pass computes.
struct AllPairsSums {
    /// Brandes dependency sums over all ordered (source, target) pairs, unnormalised; empty unless requested.
    var betweenness: [Double]
    /// networkx closeness (Wasserman–Faust) of each source; empty unless requested.
    var closeness: [Double]
    /// Harmonic centrality of each source; empty unless requested.
    var harmonic: [Double]
}

/// Runs one single-source shortest-path search from every node, in parallel over ``sourceChunkCount`` chunks
/// (chunk `c` takes sources `c, c + C, c + 2C, …`), and gathers betweenness dependencies (Brandes 2001) and/or
/// distance sums for closeness and harmonic centrality in the same pass.
///
/// Each chunk owns its work buffers and its own betweenness accumulator; closeness and harmonic values are written
/// at the source's index, which only that source's chunk touches. The accumulators are summed in chunk order.
/// Distances alone with hops run as the bit-parallel search on `renumbering` (the graph's
/// ``BreadthFirstRenumbering``, made here when the caller has none).
func allPairsShortestPathSums(_ graph: CoappearanceGraph, metric: PathMetric, betweenness wantBetweenness: Bool,
                              distances wantDistances: Bool, renumbering: BreadthFirstRenumbering? = nil) -> AllPairsSums {
    let n = graph.nodeCount
    guard n > 0 else { return AllPairsSums(betweenness: [], closeness: [], harmonic: []) }
    if metric == .hops && !wantBetweenness && wantDistances {
        // Distances alone: the bit-parallel search from every node gives the same sums, 64 sources at a time.
        let sums = multiSourceHopSums(renumbering ?? BreadthFirstRenumbering(graph), sources: (0..<Int32(n)).map { $0 })
        let closeness = (0..<n).map {
            wassermanFaustCloseness(reached: sums.sourceReached[$0], totalDistance: sums.sourceTotal[$0], nodeCount: n)
        }
        return AllPairsSums(betweenness: [], closeness: closeness, harmonic: sums.sourceInverse)
    }
    let chunks = min(n, sourceChunkCount)
    let lengths: [Double] = metric == .inverseWeight
        ? graph.adjacencyWeight.map { $0 > 0 ? 1 / $0 : .infinity } : []
    var partial = [Double](repeating: 0, count: wantBetweenness ? chunks * n : 0)
    var closeness = [Double](repeating: 0, count: wantDistances ? n : 0)
    var harmonic = [Double](repeating: 0, count: wantDistances ? n : 0)
    graph.rowStart.withUnsafeBufferPointer { rowStart in
        graph.adjacency.withUnsafeBufferPointer { adjacency in
            lengths.withUnsafeBufferPointer { lengths in
                partial.withUnsafeMutableBufferPointer { partial in
                    closeness.withUnsafeMutableBufferPointer { closeness in
                        harmonic.withUnsafeMutableBufferPointer { harmonic in
                            let kernel = SourceKernel(
                                nodeCount: n, chunks: chunks, rowStart: rowStart.baseAddress!,
                                adjacency: adjacency.baseAddress,
                                lengths: metric == .inverseWeight ? lengths.baseAddress : nil,
                                // An empty array's base address may be the shared empty storage, not nil: pass nil
                                // for what is not computed so that nothing is ever written there.
                                partial: wantBetweenness ? partial.baseAddress : nil,
                                closeness: wantDistances ? closeness.baseAddress : nil,
                                harmonic: wantDistances ? harmonic.baseAddress : nil)
                            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                                if metric == .hops { kernel.hopsChunk(chunk) } else { kernel.weightedChunk(chunk) }
                            }
                        }
                    }
                }
            }
        }
    }
    var betweenness: [Double] = []
    if wantBetweenness {
        betweenness = [Double](repeating: 0, count: n)
        for chunk in 0..<chunks {
            for v in 0..<n { betweenness[v] += partial[chunk * n + v] }
        }
    }
    return AllPairsSums(betweenness: betweenness, closeness: closeness, harmonic: harmonic)
}

/// networkx's closeness from one source: `(r - 1) / total * (r - 1) / (n - 1)`, with `r` the number of nodes
/// reached (the source included) and `total` the sum of their distances; 0 when nothing is reached.
@inline(__always)
func wassermanFaustCloseness(reached: Int, totalDistance: Double, nodeCount: Int) -> Double {
    guard totalDistance > 0, nodeCount > 1 else { return 0 }
    let others = Double(reached - 1)
    return others / totalDistance * (others / Double(nodeCount - 1))
}

/// The per-chunk search loops. It only holds pointers into arrays that outlive the parallel section: the graph is
/// read only, and each chunk writes to its own slice of `partial` and to the `closeness` / `harmonic` entries of its
/// own sources, so chunks never write to the same memory.
private struct SourceKernel: @unchecked Sendable {
    let nodeCount: Int
    let chunks: Int
    let rowStart: UnsafePointer<Int>
    let adjacency: UnsafePointer<Int32>?
    let lengths: UnsafePointer<Double>?
    let partial: UnsafeMutablePointer<Double>?
    let closeness: UnsafeMutablePointer<Double>?
    let harmonic: UnsafeMutablePointer<Double>?

    /// Brandes's dependency pass: walks the `reached` nodes in non-increasing distance (`order` backwards) and adds
    /// each node's dependency δ(w) = Σ σ(v)/σ(w)·(1 + δ(w)) over its shortest-path predecessors to `accumulator`.
    /// Shared by the breadth-first and the Dijkstra searches.
    @inline(__always)
    func accumulateDependencies(reached: Int, order: UnsafeMutablePointer<Int32>, sigma: UnsafeMutablePointer<Double>,
                                delta: UnsafeMutablePointer<Double>, predecessorCount: UnsafeMutablePointer<Int32>,
                                predecessors: UnsafeMutablePointer<Int32>, into accumulator: UnsafeMutablePointer<Double>) {
        var i = reached - 1
        while i > 0 {
            let w = Int(order[i])
            let coefficient = (1 + delta[w]) / sigma[w]
            let first = rowStart[w]
            for k in 0..<Int(predecessorCount[w]) {
                let v = Int(predecessors[first + k])
                delta[v] += sigma[v] * coefficient
            }
            accumulator[w] += delta[w]
            i -= 1
        }
    }

    /// Breadth-first search from each source of `chunk` (Brandes 2001, unweighted case), predecessors kept as in
    /// ``weightedChunk(_:)``.
    func hopsChunk(_ chunk: Int) {
        let n = nodeCount
        let dist = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        dist.initialize(repeating: -1, count: n)
        let sigma = UnsafeMutablePointer<Double>.allocate(capacity: n)
        sigma.initialize(repeating: 0, count: n)
        let delta = UnsafeMutablePointer<Double>.allocate(capacity: n)
        delta.initialize(repeating: 0, count: n)
        let order = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        let levelCount = UnsafeMutablePointer<Int>.allocate(capacity: n + 1)
        levelCount.initialize(repeating: 0, count: n + 1)
        // Predecessors on shortest paths, in each node's slice of the adjacency layout (they are among its
        // neighbours), so the dependency pass reads only them instead of testing every neighbour.
        let predecessorCount = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        predecessorCount.initialize(repeating: 0, count: n)
        let predecessors = UnsafeMutablePointer<Int32>.allocate(capacity: max(rowStart[n], 1))
        defer {
            dist.deallocate(); sigma.deallocate(); delta.deallocate(); order.deallocate(); levelCount.deallocate()
            predecessorCount.deallocate(); predecessors.deallocate()
        }
        let accumulator = partial.map { $0 + chunk * n }
        let wantBetweenness = accumulator != nil
        guard let adjacency else { return }  // no ties at all: nothing to traverse
        var source = chunk
        while source < n {
            dist[source] = 0
            sigma[source] = 1
            order[0] = Int32(source)
            var head = 0
            var tail = 1
            while head < tail {
                let v = Int(order[head])
                head += 1
                let next = dist[v] + 1
                let sv = sigma[v]
                var e = rowStart[v]
                let end = rowStart[v + 1]
                while e < end {
                    let w = Int(adjacency[e])
                    var dw = dist[w]
                    if dw < 0 {
                        dw = next
                        dist[w] = next
                        order[tail] = Int32(w)
                        tail += 1
                    }
                    if wantBetweenness && dw == next {
                        sigma[w] += sv
                        predecessors[rowStart[w] + Int(predecessorCount[w])] = Int32(v)
                        predecessorCount[w] += 1
                    }
                    e += 1
                }
            }
            if let closeness, let harmonic {
                // Nodes come off the queue in order of distance, so count them per level.
                let deepest = Int(dist[Int(order[tail - 1])])
                var total = 0
                for i in 1..<max(tail, 1) { levelCount[Int(dist[Int(order[i])])] += 1 }
                var inverseSum = 0.0
                if deepest >= 1 {
                    for d in 1...deepest {
                        total += d * levelCount[d]
                        inverseSum += Double(levelCount[d]) / Double(d)
                        levelCount[d] = 0
                    }
                }
                closeness[source] = wassermanFaustCloseness(reached: tail, totalDistance: Double(total), nodeCount: n)
                harmonic[source] = inverseSum
            }
            if let accumulator {
                accumulateDependencies(reached: tail, order: order, sigma: sigma, delta: delta,
                                       predecessorCount: predecessorCount, predecessors: predecessors, into: accumulator)
            }
            for i in 0..<tail {
                let v = Int(order[i])
                dist[v] = -1
                sigma[v] = 0
                delta[v] = 0
                predecessorCount[v] = 0
            }
            source += chunks
        }
    }

    /// Dijkstra search with tie length 1/weight from each source of `chunk` (Brandes 2001, weighted case), with an
    /// indexed 4-ary heap and predecessors stored in a flat array laid out like the adjacency (a node's
    /// predecessors are among its neighbours).
    func weightedChunk(_ chunk: Int) {
        let n = nodeCount
        let edgeSlots = rowStart[n]
        let dist = UnsafeMutablePointer<Double>.allocate(capacity: n)
        dist.initialize(repeating: .infinity, count: n)
        let sigma = UnsafeMutablePointer<Double>.allocate(capacity: n)
        sigma.initialize(repeating: 0, count: n)
        let delta = UnsafeMutablePointer<Double>.allocate(capacity: n)
        delta.initialize(repeating: 0, count: n)
        let order = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        var heap = IndexedHeap(capacity: n)
        let predecessorCount = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        predecessorCount.initialize(repeating: 0, count: n)
        let predecessors = UnsafeMutablePointer<Int32>.allocate(capacity: max(edgeSlots, 1))
        defer {
            dist.deallocate(); sigma.deallocate(); delta.deallocate(); order.deallocate(); heap.deallocate()
            predecessorCount.deallocate(); predecessors.deallocate()
        }
        let accumulator = partial.map { $0 + chunk * n }
        let wantBetweenness = accumulator != nil
        guard let adjacency, let lengths else { return }  // no ties at all: nothing to traverse

        var source = chunk
        while source < n {
            dist[source] = 0
            sigma[source] = 1
            heap.push(Int32(source), key: 0)
            var settled = 0
            var total = 0.0
            var inverseSum = 0.0
            while !heap.isEmpty {
                let v = heap.popMin()
                order[settled] = Int32(v)
                settled += 1
                let dv = dist[v]
                if dv > 0 {
                    total += dv
                    inverseSum += 1 / dv
                }
                let sv = sigma[v]
                var e = rowStart[v]
                let end = rowStart[v + 1]
                while e < end {
                    let w = Int(adjacency[e])
                    let candidate = dv + lengths[e]
                    e += 1
                    let state = heap.position[w]
                    if state == IndexedHeap.settled || candidate == .infinity { continue }
                    let current = dist[w]
                    if state == IndexedHeap.unseen {
                        dist[w] = candidate
                        heap.push(Int32(w), key: candidate)
                        if wantBetweenness {
                            sigma[w] = sv
                            predecessors[rowStart[w]] = Int32(v)
                            predecessorCount[w] = 1
                        }
                    } else if candidate == current
                                || abs(candidate - current) < pathLengthTolerance * (candidate + current) {
                        if wantBetweenness {
                            sigma[w] += sv
                            predecessors[rowStart[w] + Int(predecessorCount[w])] = Int32(v)
                            predecessorCount[w] += 1
                        }
                    } else if candidate < current {
                        dist[w] = candidate
                        heap.decrease(Int32(w), key: candidate)
                        if wantBetweenness {
                            sigma[w] = sv
                            predecessors[rowStart[w]] = Int32(v)
                            predecessorCount[w] = 1
                        }
                    }
                }
            }
            if let closeness, let harmonic {
                closeness[source] = wassermanFaustCloseness(reached: settled, totalDistance: total, nodeCount: n)
                harmonic[source] = inverseSum
            }
            if let accumulator {
                accumulateDependencies(reached: settled, order: order, sigma: sigma, delta: delta,
                                       predecessorCount: predecessorCount, predecessors: predecessors, into: accumulator)
            }
            for i in 0..<settled {
                let v = Int(order[i])
                dist[v] = .infinity
                sigma[v] = 0
                delta[v] = 0
                heap.position[v] = IndexedHeap.unseen
                predecessorCount[v] = 0
            }
            source += chunks
        }
    }
}
