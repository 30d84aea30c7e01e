import CostarGraph

/// Degree of every node: its number of ties (networkx `G.degree()`).
///
/// Reference: Freeman, L. C. (1978). Centrality in social networks: conceptual clarification. Social Networks
/// 1(3), 215–239 (degree centrality, here left unnormalised).
///
/// - Parameter graph: the graph, read only.
/// - Returns: one count per node id; empty for an empty graph.
public func degrees(of graph: CoappearanceGraph) -> [Int] {
    (0..<graph.nodeCount).map { graph.degree(of: $0) }
}

/// Weighted degree ("strength") of every node: the sum of the weights of its ties (networkx
/// `G.degree(weight="weight")`).
///
/// Reference: Barrat, A., Barthélemy, M., Pastor-Satorras, R. & Vespignani, A. (2004). The architecture of complex
/// weighted networks. PNAS 101(11), 3747–3752 (node strength).
///
/// - Parameter graph: the graph, read only.
/// - Returns: one sum per node id; 0 for isolated nodes.
public func weightedDegrees(of graph: CoappearanceGraph) -> [Double] {
    graph.adjacencyWeight.withUnsafeBufferPointer { weight in
        (0..<graph.nodeCount).map { v in
            var sum = 0.0
            for e in graph.range(of: v) { sum += weight[e] }
            return sum
        }
    }
}
