import CostarGraph

/// A copy of a graph's ties with the nodes renumbered in breadth-first order, for kernels whose memory accesses
/// follow the ties: nodes tied to each other get nearby numbers, so the per-node state those kernels read and write
/// for a node's neighbours sits in nearby cache lines.
///
/// **Method.** A Cuthill–McKee numbering, with its degree rule turned round and without its sort of each node's
/// neighbours: each component is numbered by a breadth-first search from its node of highest degree (ties by
/// smallest id), neighbours in row order; components are taken in the order of those roots. Starting from the
/// hub measured faster than starting from the smallest id on the bench corpus's co-appearance graphs; sorting each
/// node's neighbours by degree, either way, changed nothing measurable. Each row keeps its ties in their original
/// order (with the neighbours renamed), so a kernel that adds up over a row's ties adds in the same order as on the
/// original graph.
///
/// Measured in CPU seconds on one core, 1M-caption bench corpus: on a yearly graph (80,873 people, 293,725 ties)
/// sampled closeness (ε = 0.1) 0.50 → 0.41 and sampled betweenness 0.61 → 0.49; on the all-years graph (126,031
/// people, 1,827,365 ties) clustering 1.7 → 1.1 and the path measures unchanged.
///
/// Reference: Cuthill, E. & McKee, J. (1969). Reducing the bandwidth of sparse symmetric matrices. Proceedings of
/// the 24th ACM National Conference, 157–172.
struct BreadthFirstRenumbering {
    /// For each new id, the node's original id.
    let original: [Int32]
    /// For each original id, the node's new id.
    let renumbered: [Int32]
    /// Row offsets over the new ids; `nodeCount + 1` entries.
    let rowStart: [Int]
    /// Neighbours as new ids, row by row, each row in the original row's order.
    let adjacency: [Int32]
    /// Weight of the tie at each position of ``adjacency``.
    let weight: [Double]

    /// Renumbers `graph`.
    init(_ graph: CoappearanceGraph) {
        let n = graph.nodeCount
        var original = [Int32](repeating: 0, count: n)
        var renumbered = [Int32](repeating: -1, count: n)
        var rowStart = [Int](repeating: 0, count: n + 1)
        var adjacency = [Int32](repeating: 0, count: graph.adjacency.count)
        var weight = [Double](repeating: 0, count: graph.adjacency.count)
        graph.withView { view in
            // Roots by decreasing degree, ties by id (a counting sort): each component is searched from its
            // best-connected node.
            var maxDegree = 0
            for v in 0..<n { maxDegree = max(maxDegree, graph.degree(of: v)) }
            var degreeStart = [Int](repeating: 0, count: maxDegree + 2)
            for v in 0..<n { degreeStart[maxDegree - graph.degree(of: v) + 1] += 1 }
            for d in 0...maxDegree { degreeStart[d + 1] += degreeStart[d] }
            var roots = [Int](repeating: 0, count: n)
            for v in 0..<n {
                let slot = maxDegree - graph.degree(of: v)
                roots[degreeStart[slot]] = v
                degreeStart[slot] += 1
            }
            var next = 0
            for root in roots where renumbered[root] < 0 {
                renumbered[root] = Int32(next)
                original[next] = Int32(root)
                var head = next
                next += 1
                while head < next {
                    let v = Int(original[head])
                    head += 1
                    for e in view.rowStart[v]..<view.rowStart[v + 1] {
                        let u = Int(view.adjacency[e])
                        if renumbered[u] < 0 {
                            renumbered[u] = Int32(next)
                            original[next] = Int32(u)
                            next += 1
                        }
                    }
                }
            }
            for v in 0..<n {
                let old = Int(original[v])
                let row = view.rowStart[old]..<view.rowStart[old + 1]
                rowStart[v + 1] = rowStart[v] + row.count
                var at = rowStart[v]
                for e in row {
                    adjacency[at] = renumbered[Int(view.adjacency[e])]
                    weight[at] = view.weight[e]
                    at += 1
                }
            }
        }
        self.original = original
        self.renumbered = renumbered
        self.rowStart = rowStart
        self.adjacency = adjacency
        self.weight = weight
    }

    /// Number of nodes.
    var nodeCount: Int { original.count }

    /// Runs `body` with read-only views of the renumbered arrays, with `weights` (one per position of ``adjacency``)
    /// in place of ``weight`` if given.
    func withView<R>(weights: [Double]? = nil, _ body: (GraphView) -> R) -> R {
        rowStart.withUnsafeBufferPointer { rowStart in
            adjacency.withUnsafeBufferPointer { adjacency in
                (weights ?? weight).withUnsafeBufferPointer { weight in
                    body(GraphView(nodeCount: nodeCount, rowStart: rowStart, adjacency: adjacency, weight: weight))
                }
            }
        }
    }
}
