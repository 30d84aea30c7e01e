import CostarGraph

/// The strongest ties of one person: its neighbours sorted by tie weight, heaviest first, ties broken by name
/// (then by node id), at most `limit` of them.
///
/// - Parameters:
///   - node: the node id, in `0..<graph.nodeCount`.
///   - graph: the graph, read only.
///   - limit: the largest number of ties returned; 0 or less returns none.
/// - Returns: `(neighbor, weight)` pairs.
public func strongestTies(of node: Int, in graph: CoappearanceGraph, limit: Int) -> [(neighbor: Int, weight: Double)] {
    precondition(node >= 0 && node < graph.nodeCount, "node id out of range")
    guard limit > 0 else { return [] }
    var ties = graph.range(of: node).map { (neighbor: Int(graph.adjacency[$0]), weight: graph.adjacencyWeight[$0]) }
    ties.sort { a, b in
        if a.weight != b.weight { return a.weight > b.weight }
        let nameA = graph.names[a.neighbor], nameB = graph.names[b.neighbor]
        if nameA != nameB { return nameA < nameB }
        return a.neighbor < b.neighbor
    }
    return Array(ties.prefix(limit))
}
