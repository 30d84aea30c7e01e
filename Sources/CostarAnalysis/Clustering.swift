import CostarGraph
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
    let n = graph.nodeCount
    var result = [Double](repeating: 0, count: n)
    guard n > 0 else { return result }
    var largest = graph.edges.reduce(-Double.infinity) { max($0, $1.weight) }
    if !(largest > 0 && largest.isFinite) { largest = 1 }
    // mark[u] == v + 1 when u is a neighbour of v; markWeight[u] is then the normalised weight of the tie v–u.
    var mark = [Int](repeating: 0, count: n)
    var markWeight = [Double](repeating: 0, count: n)
    graph.rowStart.withUnsafeBufferPointer { rowStart in
        graph.adjacency.withUnsafeBufferPointer { adjacency in
            graph.adjacencyWeight.withUnsafeBufferPointer { weight in
                for v in 0..<n {
                    let first = rowStart[v], end = rowStart[v + 1]
                    let d = end - first
                    if d < 2 { continue }
                    for e in first..<end {
                        let u = Int(adjacency[e])
                        mark[u] = v + 1
                        markWeight[u] = weight[e] / largest
                    }
                    if weighted {
                        var sum = 0.0
                        for e in first..<end {
                            let u = Int(adjacency[e])
                            let wvu = markWeight[u]
                            for f in rowStart[u]..<rowStart[u + 1] {
                                let x = Int(adjacency[f])
                                if mark[x] == v + 1 { sum += cbrt(wvu * (weight[f] / largest) * markWeight[x]) }
                            }
                        }
                        result[v] = sum == 0 ? 0 : sum / Double(d * (d - 1))
                    } else {
                        var closed = 0
                        for e in first..<end {
                            let u = Int(adjacency[e])
                            for f in rowStart[u]..<rowStart[u + 1] where mark[Int(adjacency[f])] == v + 1 { closed += 1 }
                        }
                        result[v] = closed == 0 ? 0 : Double(closed) / Double(d * (d - 1))
                    }
                }
            }
        }
    }
    return result
}
