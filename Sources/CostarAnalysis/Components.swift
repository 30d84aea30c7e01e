import CostarGraph

/// Connected component of every node (networkx `connected_components`), found by breadth-first search.
///
/// Components are numbered 0, 1, … by decreasing size, ties by smallest node id, so component 0 is the largest and
/// the numbering does not depend on traversal order. The number of components is `(result.max() ?? -1) + 1`.
///
/// Reference: Hopcroft, J. & Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph manipulation.
/// Communications of the ACM 16(6), 372–378.
///
/// - Parameter graph: the graph, read only.
/// - Returns: one component number per node id.
public func connectedComponents(of graph: CoappearanceGraph) -> [Int] {
    let n = graph.nodeCount
    var label = [Int](repeating: -1, count: n)
    var queue = [Int32](repeating: 0, count: n)
    var sizes: [Int] = []
    graph.adjacency.withUnsafeBufferPointer { adjacency in
        for start in 0..<n where label[start] < 0 {
            // Components are discovered in order of their smallest node id.
            let id = sizes.count
            label[start] = id
            queue[0] = Int32(start)
            var head = 0, tail = 1
            while head < tail {
                let v = Int(queue[head])
                head += 1
                for e in graph.range(of: v) {
                    let w = Int(adjacency[e])
                    if label[w] < 0 {
                        label[w] = id
                        queue[tail] = Int32(w)
                        tail += 1
                    }
                }
            }
            sizes.append(tail)
        }
    }
    return renumberBySize(label, sizes: sizes)
}

/// Renumbers groups 0, 1, … by decreasing size, ties by smallest member. `labels` must number groups
/// `0..<sizes.count` in order of their smallest member.
func renumberBySize(_ labels: [Int], sizes: [Int]) -> [Int] {
    let ranked = sizes.indices.sorted { sizes[$0] != sizes[$1] ? sizes[$0] > sizes[$1] : $0 < $1 }
    var newLabel = [Int](repeating: 0, count: sizes.count)
    for (rank, old) in ranked.enumerated() { newLabel[old] = rank }
    return labels.map { newLabel[$0] }
}

/// Renumbers arbitrary non-negative group labels 0, 1, … by decreasing size, ties by smallest member.
func renumberBySize(_ labels: [Int]) -> [Int] {
    var first = [Int](repeating: -1, count: (labels.max() ?? -1) + 1)
    var compact = [Int](repeating: 0, count: labels.count)
    var sizes: [Int] = []
    for (v, l) in labels.enumerated() {
        if first[l] < 0 {
            first[l] = sizes.count
            sizes.append(0)
        }
        compact[v] = first[l]
        sizes[first[l]] += 1
    }
    return renumberBySize(compact, sizes: sizes)
}
