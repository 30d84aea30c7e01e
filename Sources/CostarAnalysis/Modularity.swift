import CostarGraph

/// Weighted modularity of a partition into communities, as networkx `modularity(G, communities, weight="weight",
/// resolution=resolution)`.
///
/// `Q = Σ_c [ L_c / m − γ (D_c / 2m)² ]`, where `m` is the graph's total tie weight, `L_c` the weight of the ties
/// inside community `c` and `D_c` the sum of its members' weighted degrees. A graph without tie weight has
/// modularity 0 (networkx divides by zero).
///
/// Reference: Newman, M. E. J. & Girvan, M. (2004). Finding and evaluating community structure in networks.
/// Physical Review E 69(2), 026113; Newman, M. E. J. (2004). Analysis of weighted networks. Physical Review E 70(5),
/// 056131; Reichardt, J. & Bornholdt, S. (2006). Statistical mechanics of community detection. Physical Review E
/// 74(1), 016110 (resolution γ).
///
/// - Parameters:
///   - communities: the community label of each node id; any non-negative integers.
///   - graph: the graph, read only.
///   - resolution: γ; 1 is classic modularity, larger favours smaller communities.
/// - Returns: the modularity, in [−1/2, 1).
public func modularity(of communities: [Int], in graph: CoappearanceGraph, resolution: Double = 1) -> Double {
    precondition(communities.count == graph.nodeCount, "one community label per node")
    precondition(communities.allSatisfy { $0 >= 0 }, "community labels must be non-negative")
    let total = graph.totalWeight
    guard total != 0 else { return 0 }
    let groups = (communities.max() ?? -1) + 1
    var inside = [Double](repeating: 0, count: groups)
    var degreeSum = [Double](repeating: 0, count: groups)
    for e in graph.edges {
        let a = communities[Int(e.source)], b = communities[Int(e.target)]
        if a == b { inside[a] += e.weight }
        degreeSum[a] += e.weight
        degreeSum[b] += e.weight
    }
    let norm = 1 / ((2 * total) * (2 * total))
    var q = 0.0
    for c in 0..<groups where degreeSum[c] != 0 || inside[c] != 0 {
        q += inside[c] / total - resolution * degreeSum[c] * degreeSum[c] * norm
    }
    return q
}
