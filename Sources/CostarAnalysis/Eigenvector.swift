import CostarGraph
import Dispatch

/// Weighted eigenvector centrality of every node, with unit Euclidean norm, as networkx
/// `eigenvector_centrality(G, weight="weight")` converged.
///
/// A node is central when its strong ties go to central nodes: the scores are the Perron eigenvector of the
/// weighted adjacency matrix `A`. As in networkx, the power iteration starts from the uniform vector and multiplies
/// by `A + I` (the shift keeps bipartite graphs from oscillating without changing the eigenvectors), normalising to
/// unit Euclidean norm each step, until the L1 change of one step is below `nodeCount * tolerance`.
///
/// Disconnected graphs: the iteration converges to the projection of the uniform start onto the dominant
/// eigenspace, which is what networkx's converged result approaches. Components whose largest eigenvalue is below
/// the graph's largest get (close to) 0, including isolated nodes; components sharing the largest eigenvalue keep
/// their share. A graph with no tie weight at all (no ties, or only zero-weight ties) gives every node
/// `1 / sqrt(n)`, as networkx does; an empty graph gives an empty array (networkx raises instead).
///
/// The convergence rate is `(λ₂ + 1) / (λ₁ + 1)`; on graphs where it is close to 1 (long chains) the cap
/// `maxIterations` may stop the iteration first, and the last iterate is returned.
///
/// Reference: Bonacich, P. (1972). Factoring and weighting approaches to status scores and clique identification.
/// J. Math. Sociol. 2(1), 113–120; Bonacich, P. (1987). Power and centrality: a family of measures. American
/// Journal of Sociology 92(5), 1170–1182.
///
/// - Parameters:
///   - graph: the graph, read only.
///   - tolerance: per-node L1 convergence tolerance (networkx `tol`), default 1e-14.
///   - maxIterations: cap on power iterations, default 100,000.
/// - Returns: one non-negative score per node id, unit Euclidean norm; empty for an empty graph.
public func eigenvectorCentrality(of graph: CoappearanceGraph, tolerance: Double = 1e-14,
                                  maxIterations: Int = 100_000) -> [Double] {
    let n = graph.nodeCount
    guard n > 0 else { return [] }
    var x = [Double](repeating: 1 / Double(n), count: n)
    var next = [Double](repeating: 0, count: n)
    // On large graphs the products run over node ranges in parallel; each node's sum is its own, so the split
    // changes nothing.
    let chunks = graph.adjacency.count >= parallelProductTies ? productChunkCount : 1
    let bounds = balancedBounds(nodes: n, count: chunks) { graph.degree(of: $0) }
    graph.withView { view in
        x.withUnsafeMutableBufferPointer { x in
            next.withUnsafeMutableBufferPointer { next in
                let shared = (x: SharedPointers(base: x.baseAddress!), next: SharedPointers(base: next.baseAddress!))
                for _ in 0..<max(maxIterations, 1) {
                    DispatchQueue.concurrentPerform(iterations: chunks) { c in
                        let x = shared.x.base, next = shared.next.base
                        let rowStart = view.rowStart, adjacency = view.adjacency, weight = view.weight
                        for v in bounds[c]..<bounds[c + 1] {
                            var sum = x[v]
                            for e in rowStart[v]..<rowStart[v + 1] { sum += x[Int(adjacency[e])] * weight[e] }
                            next[v] = sum
                        }
                    }
                    var squares = 0.0
                    for v in 0..<n { squares += next[v] * next[v] }
                    let norm = squares.squareRoot()
                    let scale = norm > 0 && norm.isFinite ? 1 / norm : 1
                    var change = 0.0
                    for v in 0..<n {
                        let value = next[v] * scale
                        change += abs(value - x[v])
                        x[v] = value
                    }
                    if change < Double(n) * tolerance { break }
                }
            }
        }
    }
    return x
}

/// Adjacency entries from which ``eigenvectorCentrality(of:tolerance:maxIterations:)`` splits its
/// products over threads. Every iteration waits for all its ranges, so below about a millisecond of work per product
/// (a million entries) a busy core's delay costs more than the split saves.
let parallelProductTies = 1_000_000

/// Number of node ranges the products are split into (more than two cores' worth; the values do not depend on it).
let productChunkCount = 4
