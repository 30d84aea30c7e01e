/// A weighted undirected co-appearance graph in compressed sparse row (CSR) form.
///
/// Nodes are people with integer ids `0..<nodeCount`, in the order of `names` (sorted by name, so output is
/// stable). Each undirected tie is stored once in `edges` (with `source < target`) and twice in the adjacency
/// arrays, once per endpoint. The neighbours of node `v` are `adjacency[rowStart[v]..<rowStart[v + 1]]`, sorted
/// by id, with their weights at the same positions in `adjacencyWeight` and the tie's index in `adjacencyEdge`.
/// The layout follows igraph's indexed edge list: contiguous arrays, no per-node allocations.
public struct CoappearanceGraph: Sendable {
    /// One undirected tie.
    public struct Edge: Sendable, Hashable {
        /// The smaller node id.
        public var source: Int32
        /// The larger node id.
        public var target: Int32
        /// The tie's weight (captions shared, or the Newman collaboration weight).
        public var weight: Double

        /// Creates a tie.
        public init(source: Int32, target: Int32, weight: Double) {
            self.source = source
            self.target = target
            self.weight = weight
        }
    }

    /// Display name of each node.
    public let names: [String]
    /// Row offsets into the adjacency arrays; `nodeCount + 1` entries.
    public let rowStart: [Int]
    /// Neighbour ids, row by row.
    public let adjacency: [Int32]
    /// Weight of the tie at each adjacency position.
    public let adjacencyWeight: [Double]
    /// Index into `edges` of the tie at each adjacency position.
    public let adjacencyEdge: [Int32]
    /// Every tie once, sorted by (source, target).
    public let edges: [Edge]

    /// Creates a graph from its CSR arrays. Use ``init(nodeCount:names:edges:)`` unless the arrays are already built.
    public init(names: [String], rowStart: [Int], adjacency: [Int32], adjacencyWeight: [Double],
                adjacencyEdge: [Int32], edges: [Edge]) {
        precondition(rowStart.count == names.count + 1, "rowStart needs nodeCount + 1 entries")
        precondition(adjacency.count == adjacencyWeight.count && adjacency.count == adjacencyEdge.count)
        self.names = names
        self.rowStart = rowStart
        self.adjacency = adjacency
        self.adjacencyWeight = adjacencyWeight
        self.adjacencyEdge = adjacencyEdge
        self.edges = edges
    }

    /// Creates a graph from a list of ties. Ties may come in any order and either direction; repeated ties add
    /// their weights; self-loops are dropped.
    public init(names: [String], edges input: [Edge]) {
        let n = names.count
        // Ties already in the stored form (as ``CoappearanceNetwork`` makes them) are taken as they are.
        let merged = Self.isStoredForm(input, nodeCount: n) ? input : Self.storedForm(input, nodeCount: n)
        var degree = [Int](repeating: 0, count: n)
        for e in merged {
            degree[Int(e.source)] += 1
            degree[Int(e.target)] += 1
        }
        var rowStart = [Int](repeating: 0, count: n + 1)
        for v in 0..<n { rowStart[v + 1] = rowStart[v] + degree[v] }
        var fill = rowStart
        var adjacency = [Int32](repeating: 0, count: rowStart[n])
        var weight = [Double](repeating: 0, count: rowStart[n])
        var edgeIndex = [Int32](repeating: 0, count: rowStart[n])
        // Ties are sorted by (source, target), so filling in this order keeps every row sorted by neighbour id:
        // a row first receives its smaller neighbours (as target), then its larger ones (as source).
        for pass in 0..<2 {
            for (i, e) in merged.enumerated() {
                let (from, to) = pass == 0 ? (Int(e.target), e.source) : (Int(e.source), e.target)
                adjacency[fill[from]] = to
                weight[fill[from]] = e.weight
                edgeIndex[fill[from]] = Int32(i)
                fill[from] += 1
            }
        }
        self.init(names: names, rowStart: rowStart, adjacency: adjacency, adjacencyWeight: weight,
                  adjacencyEdge: edgeIndex, edges: merged)
    }

    /// Whether `edges` are already as ``edges`` stores them: each with `source < target`, both in range, sorted by
    /// (source, target) without repeats.
    private static func isStoredForm(_ edges: [Edge], nodeCount n: Int) -> Bool {
        var previous: (Int32, Int32) = (-1, -1)
        for e in edges {
            guard e.source >= 0, e.source < e.target, Int(e.target) < n, (e.source, e.target) > previous else { return false }
            previous = (e.source, e.target)
        }
        return true
    }

    /// `edges` in stored form: self-loops dropped, each turned to `source < target`, sorted, repeats merged by adding
    /// their weights.
    private static func storedForm(_ edges: [Edge], nodeCount n: Int) -> [Edge] {
        var normalised = edges.compactMap { e -> Edge? in
            if e.source == e.target { return nil }
            precondition(Int(e.source) < n && Int(e.target) < n && e.source >= 0 && e.target >= 0, "node id out of range")
            return e.source < e.target ? e : Edge(source: e.target, target: e.source, weight: e.weight)
        }
        normalised.sort { ($0.source, $0.target) < ($1.source, $1.target) }
        var merged: [Edge] = []
        merged.reserveCapacity(normalised.count)
        for e in normalised {
            if let last = merged.last, last.source == e.source, last.target == e.target {
                merged[merged.count - 1].weight += e.weight
            } else {
                merged.append(e)
            }
        }
        return merged
    }

    /// Number of people.
    public var nodeCount: Int { names.count }
    /// Number of ties.
    public var edgeCount: Int { edges.count }
    /// The adjacency positions of node `v`'s ties.
    @inlinable public func range(of v: Int) -> Range<Int> { rowStart[v]..<rowStart[v + 1] }
    /// Number of ties of node `v`.
    @inlinable public func degree(of v: Int) -> Int { rowStart[v + 1] - rowStart[v] }
    /// Total weight of the graph's ties.
    public var totalWeight: Double { edges.reduce(0) { $0 + $1.weight } }
}
