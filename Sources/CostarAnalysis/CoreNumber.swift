import CostarGraph

/// k-core number of every node, as networkx `core_number(G)`: the largest `k` such that the node belongs to a
/// subgraph in which every node has at least `k` ties.
///
/// Computed with Batagelj and Zaversnik's O(m) algorithm: nodes are kept bucket-sorted by current degree and removed
/// in increasing order, each removal lowering its remaining neighbours' degrees. Isolated nodes get 0.
///
/// Reference: Batagelj, V. & Zaversnik, M. (2003). An O(m) algorithm for cores decomposition of networks.
/// arXiv:cs/0310049; Seidman, S. B. (1983). Network structure and minimum degree. Social Networks 5(3), 269–287.
///
/// - Parameter graph: the graph, read only.
/// - Returns: one core number per node id.
public func coreNumbers(of graph: CoappearanceGraph) -> [Int] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    var degree = degrees(of: graph)
    let maxDegree = degree.max() ?? 0
    // binStart[d] = index in `vertices` of the first node of current degree d.
    var binStart = [Int](repeating: 0, count: maxDegree + 2)
    for d in degree { binStart[d + 1] += 1 }
    for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
    var position = [Int](repeating: 0, count: n)
    var vertices = [Int](repeating: 0, count: n)
    var fill = binStart
    for v in 0..<n {
        position[v] = fill[degree[v]]
        vertices[position[v]] = v
        fill[degree[v]] += 1
    }
    graph.adjacency.withUnsafeBufferPointer { adjacency in
        for i in 0..<n {
            let v = vertices[i]
            for e in graph.range(of: v) {
                let u = Int(adjacency[e])
                let du = degree[u]
                if du > degree[v] {
                    // Move u to the front of its bin, then shrink the bin past it: u's degree drops by one.
                    let front = binStart[du]
                    let w = vertices[front]
                    if u != w {
                        vertices[position[u]] = w
                        position[w] = position[u]
                        vertices[front] = u
                        position[u] = front
                    }
                    binStart[du] += 1
                    degree[u] = du - 1
                }
            }
        }
    }
    return degree
}
