import CostarGraph
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Shared pieces of the sampled path measures (ApproximateBetweenness.swift, ApproximateCloseness.swift):
// components under a path metric with a cheap diameter bound, an indexed 4-ary heap for Dijkstra, and a
// sendable box for the raw pointers handed to the parallel chunks.

/// The components of a graph as the path searches see them (for ``PathMetric/inverseWeight``, ties of weight 0 or
/// less are not traversed, so they join nothing), each with the eccentricity of its first node.
struct PathComponents {
    /// Component of each node; components are numbered 0, 1, … in order of their smallest node id.
    var label: [Int32]
    /// The nodes of every component, ascending by id, one component after another.
    var members: [Int32]
    /// Component `c` is `members[start[c]..<start[c + 1]]`.
    var start: [Int]
    /// Distance from the component's smallest node to the farthest node of the component (hops, or length with
    /// tie length 1/weight). The component's diameter lies between this and twice this.
    var eccentricity: [Double]
    /// Largest weight of a traversable tie inside the component; 0 if it has none.
    var maxWeight: [Double]

    /// Number of components.
    var count: Int { start.count - 1 }
    /// Number of nodes of component `c`.
    func size(_ c: Int) -> Int { start[c + 1] - start[c] }
    /// The nodes of component `c`.
    func nodes(_ c: Int) -> ArraySlice<Int32> { members[start[c]..<start[c + 1]] }

    /// An upper bound of the vertex diameter of component `c`, the largest number of nodes on one of its shortest
    /// paths: with hops a shortest path has at most `2·ecc` ties (it runs no longer than through the first node);
    /// with tie length 1/w its length is at most `2·ecc` and each tie is at least `1/maxWeight` long. Never more
    /// than the component's size.
    func vertexDiameterBound(_ c: Int, metric: PathMetric) -> Int {
        let size = self.size(c)
        guard size > 1 else { return size }
        let ties: Double
        switch metric {
        case .hops:
            ties = 2 * eccentricity[c]
        case .inverseWeight:
            // A little slack for the tolerance under which near-equal lengths count as shortest.
            ties = (2 * eccentricity[c] * maxWeight[c] * (1 + 1e-9)).rounded(.down)
        }
        guard ties.isFinite, ties < Double(size) else { return size }
        return min(size, Int(ties) + 1)
    }
}

/// Finds the components of `graph` under `metric` with one breadth-first or Dijkstra search per component, started
/// from its smallest node.
func pathComponents(of graph: CoappearanceGraph, metric: PathMetric) -> PathComponents {
    let n = graph.nodeCount
    var label = [Int32](repeating: -1, count: n)
    var eccentricity: [Double] = []
    var maxWeight: [Double] = []
    var sizes: [Int] = []
    let workspace = SearchWorkspace(nodeCount: n)
    defer { workspace.deallocate() }
    graph.rowStart.withUnsafeBufferPointer { rowStart in
        graph.adjacency.withUnsafeBufferPointer { adjacency in
            graph.adjacencyWeight.withUnsafeBufferPointer { weight in
                for first in 0..<n where label[first] < 0 {
                    let id = Int32(sizes.count)
                    let reached: Int
                    var farthest = 0.0
                    switch metric {
                    case .hops:
                        reached = workspace.breadthFirst(from: first, rowStart: rowStart, adjacency: adjacency)
                        farthest = Double(workspace.hop[Int(workspace.order[reached - 1])])
                    case .inverseWeight:
                        reached = workspace.dijkstra(from: first, rowStart: rowStart, adjacency: adjacency,
                                                     weight: weight)
                        farthest = workspace.length[Int(workspace.order[reached - 1])]
                    }
                    var heaviest = 0.0
                    for i in 0..<reached {
                        let v = Int(workspace.order[i])
                        label[v] = id
                        for e in rowStart[v]..<rowStart[v + 1] where weight[e] > heaviest { heaviest = weight[e] }
                    }
                    workspace.reset(reached)
                    sizes.append(reached)
                    eccentricity.append(farthest)
                    maxWeight.append(heaviest)
                }
            }
        }
    }
    var start = [Int](repeating: 0, count: sizes.count + 1)
    for c in sizes.indices { start[c + 1] = start[c] + sizes[c] }
    var fill = start
    var members = [Int32](repeating: 0, count: n)
    for v in 0..<n {
        let c = Int(label[v])
        members[fill[c]] = Int32(v)
        fill[c] += 1
    }
    return PathComponents(label: label, members: members, start: start, eccentricity: eccentricity,
                          maxWeight: maxWeight)
}

/// Work arrays of one full single-source search (hops or 1/weight), reused from source to source: only the nodes a
/// search reached are reset. Used one search at a time, by one thread.
struct SearchWorkspace {
    let nodeCount: Int
    /// Hop distance of each node from the source; -1 if not reached.
    let hop: UnsafeMutablePointer<Int32>
    /// Length of each node's shortest path from the source (1/weight ties); +∞ if not reached.
    let length: UnsafeMutablePointer<Double>
    /// Nodes in the order they were reached (breadth-first) or settled (Dijkstra).
    let order: UnsafeMutablePointer<Int32>
    let heap: IndexedHeap

    init(nodeCount n: Int) {
        nodeCount = n
        hop = .allocate(capacity: max(n, 1))
        hop.initialize(repeating: -1, count: max(n, 1))
        length = .allocate(capacity: max(n, 1))
        length.initialize(repeating: .infinity, count: max(n, 1))
        order = .allocate(capacity: max(n, 1))
        heap = IndexedHeap(capacity: n)
    }

    func deallocate() {
        hop.deallocate(); length.deallocate(); order.deallocate(); heap.deallocate()
    }

    /// Breadth-first search from `source`; returns the number of nodes reached (the source included), which are
    /// `order[0..<reached]` with their distances in `hop`.
    func breadthFirst(from source: Int, rowStart: UnsafeBufferPointer<Int>,
                      adjacency: UnsafeBufferPointer<Int32>) -> Int {
        hop[source] = 0
        order[0] = Int32(source)
        var head = 0
        var tail = 1
        while head < tail {
            let v = Int(order[head])
            head += 1
            let next = hop[v] + 1
            for e in rowStart[v]..<rowStart[v + 1] {
                let w = Int(adjacency[e])
                if hop[w] < 0 {
                    hop[w] = next
                    order[tail] = Int32(w)
                    tail += 1
                }
            }
        }
        return tail
    }

    /// Dijkstra search from `source` with tie length 1/weight (ties of weight 0 or less are not traversed), relaxing
    /// ties in the same order as the exact kernel; returns
    /// the number of nodes settled, which are `order[0..<settled]` in order of distance, with distances in `length`.
    func dijkstra(from source: Int, rowStart: UnsafeBufferPointer<Int>, adjacency: UnsafeBufferPointer<Int32>,
                  weight: UnsafeBufferPointer<Double>) -> Int {
        var heap = self.heap
        length[source] = 0
        heap.push(Int32(source), key: 0)
        var settled = 0
        while !heap.isEmpty {
            let v = heap.popMin()
            order[settled] = Int32(v)
            settled += 1
            let dv = length[v]
            for e in rowStart[v]..<rowStart[v + 1] {
                let w = weight[e]
                guard w > 0 else { continue }
                let target = Int(adjacency[e])
                let candidate = dv + 1 / w
                let state = heap.position[target]
                if state == IndexedHeap.settled || candidate == .infinity { continue }
                if state == IndexedHeap.unseen {
                    length[target] = candidate
                    heap.push(Int32(target), key: candidate)
                } else {
                    // Lengths equal within the tolerance count as equal (no update), as in the exact kernel, so
                    // both find bit-identical distances.
                    let current = length[target]
                    if candidate < current && !(abs(candidate - current) < pathLengthTolerance * (candidate + current)) {
                        length[target] = candidate
                        heap.decrease(Int32(target), key: candidate)
                    }
                }
            }
        }
        return settled
    }

    /// Clears what the last search wrote (it reached `order[0..<reached]`; a full search leaves its heap empty).
    func reset(_ reached: Int) {
        for i in 0..<reached {
            let v = Int(order[i])
            hop[v] = -1
            length[v] = .infinity
            heap.position[v] = IndexedHeap.unseen
        }
    }
}

/// An indexed 4-ary min-heap of node ids keyed by path length, as in the exact kernel (half the depth of a binary
/// heap, each entry's key stored next to it). `position` tells where each node is: ``unseen``, ``settled`` (popped)
/// or its index in the heap. A value type over raw storage: copies share the storage, and `count` must be carried
/// back (keep one copy per search).
struct IndexedHeap {
    static let unseen: Int32 = -1
    static let settled: Int32 = -2

    let node: UnsafeMutablePointer<Int32>
    let key: UnsafeMutablePointer<Double>
    let position: UnsafeMutablePointer<Int32>
    var count = 0

    init(capacity n: Int) {
        node = .allocate(capacity: max(n, 1))
        key = .allocate(capacity: max(n, 1))
        position = .allocate(capacity: max(n, 1))
        position.initialize(repeating: IndexedHeap.unseen, count: max(n, 1))
    }

    func deallocate() {
        node.deallocate(); key.deallocate(); position.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    /// Adds a node that is not in the heap.
    @inline(__always) mutating func push(_ v: Int32, key k: Double) {
        count += 1
        siftUp(count - 1, v, k)
    }

    /// Lowers the key of a node in the heap.
    @inline(__always) func decrease(_ v: Int32, key k: Double) {
        siftUp(Int(position[Int(v)]), v, k)
    }

    @inline(__always) private func siftUp(_ start: Int, _ v: Int32, _ k: Double) {
        var i = start
        while i > 0 {
            let parent = (i - 1) >> 2
            let parentKey = key[parent]
            if parentKey <= k { break }
            let p = node[parent]
            node[i] = p
            key[i] = parentKey
            position[Int(p)] = Int32(i)
            i = parent
        }
        node[i] = v
        key[i] = k
        position[Int(v)] = Int32(i)
    }

    /// Removes and returns the node of smallest key, marking it settled.
    @inline(__always) mutating func popMin() -> Int {
        let top = Int(node[0])
        count -= 1
        if count > 0 {
            let last = node[count]
            let lastKey = key[count]
            var i = 0
            while true {
                let first = 4 * i + 1
                if first >= count { break }
                var child = first
                var childKey = key[first]
                var j = first + 1
                let end = min(first + 4, count)
                while j < end {
                    if key[j] < childKey {
                        child = j
                        childKey = key[j]
                    }
                    j += 1
                }
                if lastKey <= childKey { break }
                let c = node[child]
                node[i] = c
                key[i] = childKey
                position[Int(c)] = Int32(i)
                i = child
            }
            node[i] = last
            key[i] = lastKey
            position[Int(last)] = Int32(i)
        }
        position[top] = IndexedHeap.settled
        return top
    }
}

/// Raw pointers handed to the parallel chunks. Every chunk only reads the shared inputs and writes to memory no
/// other chunk touches (its own slot or slice), which is what makes the unchecked conformance sound.
struct SharedPointers<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>
}

/// Read-only views of the graph's CSR arrays for the parallel chunks (the arrays outlive the parallel section).
struct GraphView: @unchecked Sendable {
    let nodeCount: Int
    let rowStart: UnsafeBufferPointer<Int>
    let adjacency: UnsafeBufferPointer<Int32>
    let weight: UnsafeBufferPointer<Double>
}

extension CoappearanceGraph {
    /// Calls `body` with read-only views of the CSR arrays.
    func withView<R>(_ body: (GraphView) -> R) -> R {
        rowStart.withUnsafeBufferPointer { rowStart in
            adjacency.withUnsafeBufferPointer { adjacency in
                adjacencyWeight.withUnsafeBufferPointer { weight in
                    body(GraphView(nodeCount: nodeCount, rowStart: rowStart, adjacency: adjacency, weight: weight))
                }
            }
        }
    }
}

/// Splits the nodes `0..<n` into `count` consecutive ranges of about equal total `work`, for parallel loops whose
/// results do not depend on the split.
///
/// - Parameters:
///   - n: number of nodes.
///   - count: number of ranges, at least 1.
///   - work: the work of one node, non-negative.
/// - Returns: `count + 1` bounds: range `c` is `bounds[c]..<bounds[c + 1]`.
func balancedBounds(nodes n: Int, count: Int, work: (Int) -> Int) -> [Int] {
    guard count > 1 else { return [0, n] }
    let cost = (0..<n).map(work)
    let total = cost.reduce(0, +)
    var bounds = [0]
    var done = 0
    var v = 0
    for c in 1..<max(count, 1) {
        while v < n && done < total * c / count {
            done += cost[v]
            v += 1
        }
        bounds.append(v)
    }
    bounds.append(n)
    return bounds
}

extension SplitMix64 {
    /// A uniform double in [0, 1) from the top 53 bits.
    mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// `count` seeds for independent per-chunk generators, drawn from a generator seeded with `seed`.
    static func chunkSeeds(_ seed: UInt64, count: Int) -> [UInt64] {
        var master = SplitMix64(seed: seed)
        return (0..<count).map { _ in master.next() }
    }
}
