import CostarGraph
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Local clustering coefficient of every node, as networkx `clustering(G)` or, weighted,
/// `clustering(G, weight="weight")`.
///
/// Unweighted (Watts & Strogatz 1998): the fraction of pairs of a node's neighbours that are tied to each other,
/// `2 T(v) / (d (d - 1))` with `T(v)` the triangles through `v` and `d` its degree.
///
/// Weighted (Onnela, Saramäki, Kertész & Kaski 2005): each triangle counts the geometric mean of its three tie
/// weights, each divided by the largest tie weight in the graph, `Σ (ŵ_vu ŵ_ux ŵ_xv)^(1/3) / (d (d - 1))` over
/// ordered neighbour pairs `(u, x)`. Nodes with fewer than two ties get 0.
///
/// Reference: Watts, D. J. & Strogatz, S. H. (1998). Collective dynamics of 'small-world' networks. Nature 393,
/// 440–442; Onnela, J.-P., Saramäki, J., Kertész, J. & Kaski, K. (2005). Intensity and coherence of motifs in
/// weighted complex networks. Physical Review E 71(6), 065103; Saramäki, J. et al. (2007). Generalizations of the
/// clustering coefficient to weighted complex networks. Physical Review E 75(2), 027105.
///
/// - Parameters:
///   - graph: the graph, read only.
///   - weighted: use the weighted (Onnela) coefficient; default false.
/// - Returns: one value in [0, 1] per node id.
public func clusteringCoefficients(of graph: CoappearanceGraph, weighted: Bool = false) -> [Double] {
    let both = bothClusteringCoefficients(of: graph, renumbering: BreadthFirstRenumbering(graph))
    return weighted ? both.weighted : both.unweighted
}

/// Both clustering coefficients of ``clusteringCoefficients(of:weighted:)`` in one pass over the triangles, on the
/// graph renumbered in breadth-first order (rows keep their ties' order). The nodes are cut into
/// ``sourceChunkCount`` consecutive ranges of about equal work (the lengths of their neighbours' rows), run in
/// parallel: consecutive nodes share neighbours, whose rows then stay in cache. Each node's sums are added in the
/// order of its neighbours, as on the original graph, so the values depend neither on the numbering nor on the
/// ranges.
///
/// - Parameters:
///   - graph: the graph, read only.
///   - local: the graph's ``BreadthFirstRenumbering``.
/// - Returns: the unweighted and the weighted (Onnela) coefficient of every node.
func bothClusteringCoefficients(of graph: CoappearanceGraph,
                                renumbering local: BreadthFirstRenumbering) -> (unweighted: [Double], weighted: [Double]) {
    let n = graph.nodeCount
    var plain = [Double](repeating: 0, count: n)
    var onnela = [Double](repeating: 0, count: n)
    guard n > 0 else { return (plain, onnela) }
    var largest = graph.edges.reduce(-Double.infinity) { max($0, $1.weight) }
    if !(largest > 0 && largest.isFinite) { largest = 1 }
    let chunks = min(n, sourceChunkCount)
    // Each tie's weight divided by the largest, once, rather than at every triangle: the same quotients.
    let normalised = local.weight.map { $0 / largest }
    plain.withUnsafeMutableBufferPointer { plain in
        onnela.withUnsafeMutableBufferPointer { onnela in
            let out = (SharedPointers(base: plain.baseAddress!), SharedPointers(base: onnela.baseAddress!))
            local.withView(weights: normalised) { view in
                let bounds = balancedBounds(nodes: n, count: chunks) { v in
                    var work = 0
                    for e in view.rowStart[v]..<view.rowStart[v + 1] {
                        let u = Int(view.adjacency[e])
                        work += view.rowStart[u + 1] - view.rowStart[u]
                    }
                    return work
                }
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let rowStart = view.rowStart, adjacency = view.adjacency, weight = view.weight
                    // mark[u] == v + 1 when u is a neighbour of v; markWeight[u] is then the normalised weight of v–u.
                    let mark = UnsafeMutablePointer<Int>.allocate(capacity: n)
                    let markWeight = UnsafeMutablePointer<Double>.allocate(capacity: n)
                    mark.initialize(repeating: 0, count: n)
                    markWeight.initialize(repeating: 0, count: n)
                    let roots = CubeRoots()
                    defer { mark.deallocate(); markWeight.deallocate(); roots.deallocate() }
                    for v in bounds[chunk]..<bounds[chunk + 1] {
                        let first = rowStart[v], end = rowStart[v + 1]
                        let d = end - first
                        if d < 2 { continue }
                        for e in first..<end {
                            let u = Int(adjacency[e])
                            mark[u] = v + 1
                            markWeight[u] = weight[e]
                        }
                        var sum = 0.0
                        var closed = 0
                        for e in first..<end {
                            let u = Int(adjacency[e])
                            let wvu = markWeight[u]
                            for f in rowStart[u]..<rowStart[u + 1] {
                                let x = Int(adjacency[f])
                                if mark[x] == v + 1 {
                                    closed += 1
                                    sum += roots.cubeRoot(of: wvu * weight[f] * markWeight[x])
                                }
                            }
                        }
                        let node = Int(local.original[v])
                        out.0.base[node] = closed == 0 ? 0 : Double(closed) / Double(d * (d - 1))
                        out.1.base[node] = sum == 0 ? 0 : sum / Double(d * (d - 1))
                    }
                }
            }
        }
    }
    return (plain, onnela)
}

/// `cbrt` with a direct-mapped memo of its last values: tie weights take few distinct values (caption counts), so the
/// products of three normalised weights repeat, and a hit costs far less than a cube root. A hit returns the value
/// `cbrt` returned for the same bit pattern, so the sums are unchanged.
private struct CubeRoots {
    /// log₂ of the number of slots.
    private static let bits = 12
    private let key: UnsafeMutablePointer<UInt64>
    private let value: UnsafeMutablePointer<Double>

    init() {
        let slots = 1 << Self.bits
        key = .allocate(capacity: slots)
        value = .allocate(capacity: slots)
        // Every slot starts as the entry of one NaN pattern, holding its true cube root.
        key.initialize(repeating: UInt64.max, count: slots)
        value.initialize(repeating: cbrt(Double(bitPattern: UInt64.max)), count: slots)
    }

    /// `cbrt(x)`.
    @inline(__always) func cubeRoot(of x: Double) -> Double {
        let bits = x.bitPattern
        let slot = Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - Self.bits))
        if key[slot] == bits { return value[slot] }
        let root = cbrt(x)
        key[slot] = bits
        value[slot] = root
        return root
    }

    func deallocate() {
        key.deallocate()
        value.deallocate()
    }
}
