import CostarGraph

/// Louvain communities of a weighted graph, following networkx `louvain_communities(G, weight="weight",
/// resolution=resolution, threshold=threshold, seed=…)`.
///
/// Each level visits the nodes in a shuffled order, moving every node to the neighbouring community with the
/// largest positive modularity gain, until a full pass moves nothing; the communities then become the nodes of a
/// new, aggregated graph (ties between communities summed, ties inside a community becoming a self-loop) and the
/// next level starts. It stops when a level raises modularity by no more than `threshold`, or moves nothing. Gains
/// are computed exactly as networkx does.
///
/// The visiting order comes from a SplitMix64 generator seeded with `seed` (not Python's generator, so the
/// partition is not networkx's for the same seed, but it is the same on every run and platform). Communities are
/// numbered 0, 1, … by decreasing size, ties by smallest node id. Isolated nodes are communities of their own; a
/// graph without tie weight gives every node its own community.
///
/// Reference: Blondel, V. D., Guillaume, J.-L., Lambiotte, R. & Lefebvre, E. (2008). Fast unfolding of communities
/// in large networks. J. Stat. Mech. P10008; resolution: Reichardt, J. & Bornholdt, S. (2006). Physical Review E
/// 74(1), 016110.
///
/// - Parameters:
///   - graph: the graph, read only.
///   - resolution: γ of the modularity; 1 by default.
///   - seed: seed of the node visiting order; 42 by default.
///   - threshold: smallest modularity gain for which another level is run (networkx's default 1e-7).
/// - Returns: one community number per node id; see ``modularity(of:in:resolution:)`` for its quality.
public func louvainCommunities(of graph: CoappearanceGraph, resolution: Double = 1, seed: UInt64 = 42,
                               threshold: Double = 1e-7) -> [Int] {
    let n = graph.nodeCount
    let m = graph.totalWeight
    guard n > 0, m > 0 else { return Array(0..<n) }
    var rng = SplitMix64(seed: seed)
    var level = LouvainLevel(graph)
    // Community of each original node at the last accepted level.
    var membership = Array(0..<n)
    var modularity = level.modularity(of: Array(0..<n), m: m, resolution: resolution)
    var (labels, _) = level.moveNodes(m: m, resolution: resolution, rng: &rng)
    membership = labels
    while true {
        let newModularity = level.modularity(of: labels, m: m, resolution: resolution)
        if newModularity - modularity <= threshold { break }
        modularity = newModularity
        level = level.aggregated(by: labels)
        let (next, improved) = level.moveNodes(m: m, resolution: resolution, rng: &rng)
        if !improved { break }
        labels = next
        membership = membership.map { next[$0] }
    }
    return renumberBySize(membership)
}

/// One level of the Louvain hierarchy: a weighted graph in CSR form without self-loops in its rows, each node's
/// self-loop weight kept apart.
private struct LouvainLevel {
    var rowStart: [Int]
    var adjacency: [Int32]
    var weight: [Double]
    var selfLoop: [Double]
    /// Weighted degree, a self-loop counting twice (networkx `G.degree(weight="weight")`).
    var degree: [Double]

    var nodeCount: Int { selfLoop.count }

    init(rowStart: [Int], adjacency: [Int32], weight: [Double], selfLoop: [Double]) {
        self.rowStart = rowStart
        self.adjacency = adjacency
        self.weight = weight
        self.selfLoop = selfLoop
        degree = (0..<selfLoop.count).map { v in
            var sum = 2 * selfLoop[v]
            for e in rowStart[v]..<rowStart[v + 1] { sum += weight[e] }
            return sum
        }
    }

    init(_ graph: CoappearanceGraph) {
        self.init(rowStart: graph.rowStart, adjacency: graph.adjacency, weight: graph.adjacencyWeight,
                  selfLoop: [Double](repeating: 0, count: graph.nodeCount))
    }

    /// networkx `_one_level`: local moves until a pass moves nothing. Returns the community of each node, numbered
    /// 0, 1, … in order of the community's original index (as networkx's `filter(len, partition)`), and whether any
    /// node moved.
    func moveNodes(m: Double, resolution: Double, rng: inout SplitMix64) -> (labels: [Int], improved: Bool) {
        let n = nodeCount
        var community = [Int32](unsafeUninitializedCapacity: n) { buffer, count in
            for v in 0..<n { buffer[v] = Int32(v) }
            count = n
        }
        var order = Array(0..<n)
        rng.shuffle(&order)
        var improved = false
        let twoMSquared = 2 * (m * m)
        // Work arrays as raw buffers: the pass below reads and writes them once per tie.
        let total = UnsafeMutablePointer<Double>.allocate(capacity: n)  // Stot: sum of degrees per community
        let neighbourWeight = UnsafeMutablePointer<Double>.allocate(capacity: n)
        let stamp = UnsafeMutablePointer<Int>.allocate(capacity: n)
        let touched = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        defer { total.deallocate(); neighbourWeight.deallocate(); stamp.deallocate(); touched.deallocate() }
        neighbourWeight.initialize(repeating: 0, count: n)
        stamp.initialize(repeating: -1, count: n)
        degree.withUnsafeBufferPointer { degree in
            total.initialize(from: degree.baseAddress!, count: n)
            rowStart.withUnsafeBufferPointer { rowStart in
                adjacency.withUnsafeBufferPointer { adjacency in
                    weight.withUnsafeBufferPointer { weight in
                        community.withUnsafeMutableBufferPointer { community in
                            var visit = 0
                            var moves = 1
                            while moves > 0 {
                                moves = 0
                                for u in order {
                                    visit += 1
                                    var touchedCount = 0
                                    for e in rowStart[u]..<rowStart[u + 1] {
                                        let c = Int(community[Int(adjacency[e])])
                                        if stamp[c] != visit {
                                            stamp[c] = visit
                                            neighbourWeight[c] = 0
                                            touched[touchedCount] = Int32(c)
                                            touchedCount += 1
                                        }
                                        neighbourWeight[c] += weight[e]
                                    }
                                    let own = Int(community[u])
                                    let k = degree[u]
                                    total[own] -= k
                                    let ownWeight = stamp[own] == visit ? neighbourWeight[own] : 0
                                    let removeCost = -ownWeight / m + resolution * (total[own] * k) / twoMSquared
                                    var best = own
                                    var bestGain = 0.0
                                    for i in 0..<touchedCount {
                                        let c = Int(touched[i])
                                        let gain = removeCost + neighbourWeight[c] / m - resolution * (total[c] * k) / twoMSquared
                                        if gain > bestGain {
                                            bestGain = gain
                                            best = c
                                        }
                                    }
                                    total[best] += k
                                    if best != own {
                                        community[u] = Int32(best)
                                        moves += 1
                                        improved = true
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        var compact = [Int](repeating: -1, count: n)
        for v in 0..<n { compact[Int(community[v])] = 0 }
        var next = 0
        for c in 0..<n where compact[c] == 0 {
            compact[c] = next
            next += 1
        }
        return (community.map { compact[Int($0)] }, improved)
    }

    /// Modularity of a partition of this level's nodes (networkx `modularity` on the aggregated graph).
    func modularity(of labels: [Int], m: Double, resolution: Double) -> Double {
        let groups = (labels.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: groups)
        var degreeSum = [Double](repeating: 0, count: groups)
        for v in 0..<nodeCount {
            let c = labels[v]
            inside[c] += selfLoop[v]
            degreeSum[c] += degree[v]
            for e in rowStart[v]..<rowStart[v + 1] where Int(adjacency[e]) > v && labels[Int(adjacency[e])] == c {
                inside[c] += weight[e]
            }
        }
        let norm = 1 / ((2 * m) * (2 * m))
        var q = 0.0
        for c in 0..<groups { q += inside[c] / m - resolution * degreeSum[c] * degreeSum[c] * norm }
        return q
    }

    /// networkx `_gen_graph`: one node per community (labels `0..<k`), ties between communities summed, ties inside
    /// a community added to its self-loop.
    func aggregated(by labels: [Int]) -> LouvainLevel {
        let n = nodeCount
        let k = (labels.max() ?? -1) + 1
        // Members of each community, grouped by a counting sort.
        var memberStart = [Int](repeating: 0, count: k + 1)
        for c in labels { memberStart[c + 1] += 1 }
        for c in 0..<k { memberStart[c + 1] += memberStart[c] }
        var fill = memberStart
        var members = [Int](repeating: 0, count: n)
        for v in 0..<n {
            members[fill[labels[v]]] = v
            fill[labels[v]] += 1
        }
        var newRowStart = [Int](repeating: 0, count: k + 1)
        var newAdjacency: [Int32] = []
        var newWeight: [Double] = []
        newAdjacency.reserveCapacity(adjacency.count)
        newWeight.reserveCapacity(adjacency.count)
        var newSelfLoop = [Double](repeating: 0, count: k)
        var sum = [Double](repeating: 0, count: k)
        var stamp = [Int](repeating: -1, count: k)
        var touched: [Int] = []
        for c in 0..<k {
            touched.removeAll(keepingCapacity: true)
            for i in memberStart[c]..<memberStart[c + 1] {
                let v = members[i]
                newSelfLoop[c] += selfLoop[v]
                for e in rowStart[v]..<rowStart[v + 1] {
                    let u = Int(adjacency[e])
                    let d = labels[u]
                    if d == c {
                        if u > v { newSelfLoop[c] += weight[e] }
                    } else {
                        if stamp[d] != c {
                            stamp[d] = c
                            sum[d] = 0
                            touched.append(d)
                        }
                        sum[d] += weight[e]
                    }
                }
            }
            for d in touched {
                newAdjacency.append(Int32(d))
                newWeight.append(sum[d])
            }
            newRowStart[c + 1] = newAdjacency.count
        }
        return LouvainLevel(rowStart: newRowStart, adjacency: newAdjacency, weight: newWeight, selfLoop: newSelfLoop)
    }
}
