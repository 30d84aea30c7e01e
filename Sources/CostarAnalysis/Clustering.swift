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
    let both = bothClusteringCoefficients(of: graph)
    return weighted ? both.weighted : both.unweighted
}

/// Both clustering coefficients of ``clusteringCoefficients(of:weighted:)`` in one pass over the triangles, the
/// nodes dealt into ``sourceChunkCount`` chunks (node `v` to chunk `v mod chunks`) run in parallel; each node's sums
/// are added in the order of its neighbours, so the values do not depend on the number of chunks.
///
/// - Parameter graph: the graph, read only.
/// - Returns: the unweighted and the weighted (Onnela) coefficient of every node.
func bothClusteringCoefficients(of graph: CoappearanceGraph) -> (unweighted: [Double], weighted: [Double]) {
    let n = graph.nodeCount
    var plain = [Double](repeating: 0, count: n)
    var onnela = [Double](repeating: 0, count: n)
    guard n > 0 else { return (plain, onnela) }
    var largest = graph.edges.reduce(-Double.infinity) { max($0, $1.weight) }
    if !(largest > 0 && largest.isFinite) { largest = 1 }
    let chunks = min(n, sourceChunkCount)
    let scale = largest
    plain.withUnsafeMutableBufferPointer { plain in
        onnela.withUnsafeMutableBufferPointer { onnela in
            let out = (SharedPointers(base: plain.baseAddress!), SharedPointers(base: onnela.baseAddress!))
            graph.withView { view in
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let rowStart = view.rowStart, adjacency = view.adjacency, weight = view.weight
                    // mark[u] == v + 1 when u is a neighbour of v; markWeight[u] is then the normalised weight of v–u.
                    let mark = UnsafeMutablePointer<Int>.allocate(capacity: n)
                    let markWeight = UnsafeMutablePointer<Double>.allocate(capacity: n)
                    mark.initialize(repeating: 0, count: n)
                    markWeight.initialize(repeating: 0, count: n)
                    defer { mark.deallocate(); markWeight.deallocate() }
                    var v = chunk
                    while v < n {
                        defer { v += chunks }
                        let first = rowStart[v], end = rowStart[v + 1]
                        let d = end - first
                        if d < 2 { continue }
                        for e in first..<end {
                            let u = Int(adjacency[e])
                            mark[u] = v + 1
                            markWeight[u] = weight[e] / scale
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
                                    sum += cbrt(wvu * (weight[f] / scale) * markWeight[x])
                                }
                            }
                        }
                        out.0.base[v] = closed == 0 ? 0 : Double(closed) / Double(d * (d - 1))
                        out.1.base[v] = sum == 0 ? 0 : sum / Double(d * (d - 1))
                    }
                }
            }
        }
    }
    return (plain, onnela)
}
