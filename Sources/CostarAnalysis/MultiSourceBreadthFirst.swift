import CostarGraph
import Dispatch

/// Hop-distance sums from a set of sources, found by bit-parallel breadth-first search (see
/// ``multiSourceHopSums(_:sources:)``).
struct MultiSourceHopSums {
    /// For each source (same order as the sources given), the sum of its hop distances to every node it reaches.
    var sourceTotal: [Double]
    /// For each source, the sum of `1 / d` over every node it reaches at hop distance `d ≥ 1`, added level by level
    /// (`count_d / d` for d = 1, 2, …), in the same order as the exact single-source kernel, so the values are
    /// bit-identical to it.
    var sourceInverse: [Double]
    /// For each source, the number of nodes it reaches, itself included.
    var sourceReached: [Int]
    /// For each node, the sum of its hop distances from every source that reaches it (its own distance 0 included).
    var nodeTotal: [Double]
    /// For each node, the sum of `1 / d(s, v)` over the sources `s ≠ v` that reach it.
    var nodeInverse: [Double]
}

/// Hop distances from many sources at once: the multi-source breadth-first search of Then et al. (MS-BFS), which
/// runs up to 256 searches together, one bit per search in four 64-bit words per node (`seen`, `frontier`, `next`).
/// Each level, every node on some search's frontier pushes its frontier word to its neighbours with one OR per tie,
/// so a tie is read once per level for all 256 searches instead of once per search. Levels are sparse (only nodes
/// with a non-empty frontier are visited), so small components cost what their size says.
///
/// Each newly reached node `v` at level `d` with new-search mask `m` adds `d · popcount(m)` and `popcount(m) / d`
/// to its own sums. The per-search level counts, needed for each source's own total, are kept as 32 bit-sliced
/// counters (one word per bit of the count and per word of searches; adding a mask is a ripple-carry over the words, two steps on average)
/// and read out once per level.
///
/// The searches run on the graph renumbered in breadth-first order (``BreadthFirstRenumbering``), so a node's
/// neighbours' words sit in nearby cache lines; node sums do not depend on the numbering (each node's are
/// added batch by batch and level by level) and are mapped back to the original ids.
///
/// Batches of 256 sources are dealt into ``sourceChunkCount`` fixed chunks (batch `b` to chunk `b mod chunks`), run
/// in parallel, each chunk with its own node sums, added in chunk order: the result is byte-identical on every run
/// and machine.
///
/// Reference: Then, M., Kaufmann, M., Chirigati, F., Hoang-Vu, T.-A., Pham, K., Kemper, A., Neumann, T. & Vo, H. T.
/// (2014). The more the merrier: efficient multi-source graph traversal. PVLDB 8(4), 449–460.
///
/// - Parameters:
///   - local: the graph, renumbered.
///   - sources: distinct node ids of the original graph.
/// - Returns: the per-source and per-node sums, by original ids.
func multiSourceHopSums(_ local: BreadthFirstRenumbering, sources: [Int32]) -> MultiSourceHopSums {
    let n = local.nodeCount
    let batches = (sources.count + 64 * MultiSourceKernel.words - 1) / (64 * MultiSourceKernel.words)
    var result = MultiSourceHopSums(sourceTotal: [Double](repeating: 0, count: sources.count),
                                    sourceInverse: [Double](repeating: 0, count: sources.count),
                                    sourceReached: [Int](repeating: 1, count: sources.count),
                                    nodeTotal: [Double](repeating: 0, count: n),
                                    nodeInverse: [Double](repeating: 0, count: n))
    guard batches > 0, n > 0 else { return result }
    let chunks = min(sourceChunkCount, batches)
    var nodeTotal = [Double](repeating: 0, count: chunks * n)
    var nodeInverse = [Double](repeating: 0, count: chunks * n)
    // Node sums are mapped back to the original ids at the end.
    let localSources = sources.map { local.renumbered[Int($0)] }
    local.withView { view in
        localSources.withUnsafeBufferPointer { sources in
            result.sourceTotal.withUnsafeMutableBufferPointer { sourceTotal in
                result.sourceInverse.withUnsafeMutableBufferPointer { sourceInverse in
                  result.sourceReached.withUnsafeMutableBufferPointer { sourceReached in
                    nodeTotal.withUnsafeMutableBufferPointer { nodeTotal in
                        nodeInverse.withUnsafeMutableBufferPointer { nodeInverse in
                            let kernel = MultiSourceKernel(
                                view: view, sources: SharedPointers(base: UnsafeMutablePointer(mutating: sources.baseAddress!)),
                                sourceCount: sources.count, batches: batches, chunks: chunks,
                                sourceTotal: SharedPointers(base: sourceTotal.baseAddress!),
                                sourceInverse: SharedPointers(base: sourceInverse.baseAddress!),
                                sourceReached: SharedPointers(base: sourceReached.baseAddress!),
                                nodeTotal: SharedPointers(base: nodeTotal.baseAddress!),
                                nodeInverse: SharedPointers(base: nodeInverse.baseAddress!))
                            DispatchQueue.concurrentPerform(iterations: chunks) { kernel.run(chunk: $0) }
                        }
                    }
                  }
                }
            }
        }
    }
    for chunk in 0..<chunks {
        for v in 0..<n {
            let node = Int(local.original[v])
            result.nodeTotal[node] += nodeTotal[chunk * n + v]
            result.nodeInverse[node] += nodeInverse[chunk * n + v]
        }
    }
    return result
}

/// The per-chunk loop of ``multiSourceHopSums(_:sources:)``. Chunk `c` runs batches `c, c + chunks, …`; it writes
/// the sums of its own batches' sources and its own slice of the node sums, so chunks never write to the same memory.
private struct MultiSourceKernel: Sendable {
    let view: GraphView
    let sources: SharedPointers<Int32>
    let sourceCount: Int
    let batches: Int
    let chunks: Int
    let sourceTotal: SharedPointers<Double>
    let sourceInverse: SharedPointers<Double>
    let sourceReached: SharedPointers<Int>
    let nodeTotal: SharedPointers<Double>
    let nodeInverse: SharedPointers<Double>

    /// 64-bit words per node: each pass runs `64 · words` searches.
    static let words = 4

    func run(chunk: Int) {
        let n = view.nodeCount
        let W = MultiSourceKernel.words
        let seen = UnsafeMutablePointer<UInt64>.allocate(capacity: n * W)
        let frontier = UnsafeMutablePointer<UInt64>.allocate(capacity: n * W)
        let next = UnsafeMutablePointer<UInt64>.allocate(capacity: n * W)
        let active = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        let touched = UnsafeMutablePointer<Int32>.allocate(capacity: n)
        let planes = UnsafeMutablePointer<UInt64>.allocate(capacity: 32 * W)
        let hops = UnsafeMutablePointer<Int>.allocate(capacity: 64 * W)
        let harmonic = UnsafeMutablePointer<Double>.allocate(capacity: 64 * W)
        let reached = UnsafeMutablePointer<Int>.allocate(capacity: 64 * W)
        seen.initialize(repeating: 0, count: n * W)
        frontier.initialize(repeating: 0, count: n * W)
        next.initialize(repeating: 0, count: n * W)
        planes.initialize(repeating: 0, count: 32 * W)
        defer {
            seen.deallocate(); frontier.deallocate(); next.deallocate(); active.deallocate(); touched.deallocate()
            planes.deallocate(); hops.deallocate(); harmonic.deallocate(); reached.deallocate()
        }
        let rowStart = view.rowStart.baseAddress!
        let adjacency = view.adjacency.baseAddress!
        let total = nodeTotal.base + chunk * n
        let inverse = nodeInverse.base + chunk * n
        let perBatch = 64 * W

        var batch = chunk
        while batch < batches {
            let first = batch * perBatch
            let width = min(perBatch, sourceCount - first)
            batch += chunks
            var activeCount = 0
            for i in 0..<width {
                let s = Int(sources.base[first + i])
                let bit = UInt64(1) << UInt64(i & 63)
                if !(0..<W).contains(where: { frontier[s * W + $0] != 0 }) {
                    active[activeCount] = Int32(s)
                    activeCount += 1
                }
                seen[s * W + (i >> 6)] |= bit
                frontier[s * W + (i >> 6)] |= bit
            }
            for i in 0..<perBatch { hops[i] = 0; harmonic[i] = 0; reached[i] = 1 }
            var level = 0
            while activeCount > 0 {
                level += 1
                var touchedCount = 0
                for a in 0..<activeCount {
                    let v = Int(active[a])
                    let f = frontier + v * W
                    for e in rowStart[v]..<rowStart[v + 1] {
                        let u = Int(adjacency[e])
                        let su = seen + u * W, nu = next + u * W
                        var any: UInt64 = 0
                        var was: UInt64 = 0
                        for w in 0..<W {
                            let add = f[w] & ~su[w]
                            was |= nu[w]
                            nu[w] |= add
                            any |= add
                        }
                        if any != 0 && was == 0 {
                            touched[touchedCount] = Int32(u)
                            touchedCount += 1
                        }
                    }
                }
                for a in 0..<activeCount {
                    let v = Int(active[a])
                    for w in 0..<W { frontier[v * W + w] = 0 }
                }
                let d = Double(level)
                let perLevel = 1 / d
                var highest = 0
                for t in 0..<touchedCount {
                    let u = Int(touched[t])
                    active[t] = Int32(u)
                    var count = 0
                    for w in 0..<W {
                        let m = next[u * W + w]
                        next[u * W + w] = 0
                        seen[u * W + w] |= m
                        frontier[u * W + w] = m
                        count += m.nonzeroBitCount
                        // Bit-sliced counters: add one to the count of every search in m.
                        var carry = m
                        var p = 0
                        let plane = planes + w * 32
                        while carry != 0 {
                            let overflow = plane[p] & carry
                            plane[p] ^= carry
                            carry = overflow
                            p += 1
                        }
                        if p > highest { highest = p }
                    }
                    total[u] += d * Double(count)
                    inverse[u] += Double(count) * perLevel
                }
                activeCount = touchedCount
                if touchedCount > 0 {
                    for i in 0..<width {
                        let plane = planes + (i >> 6) * 32
                        let shift = UInt64(i & 63)
                        var count = 0
                        for p in 0..<highest { count |= Int((plane[p] >> shift) & 1) << p }
                        hops[i] += level * count
                        reached[i] += count
                        // Level by level, count / d, as the exact kernel adds them.
                        harmonic[i] += Double(count) / d
                    }
                    for p in 0..<(32 * W) { planes[p] = 0 }
                }
            }
            for i in 0..<width {
                sourceTotal.base[first + i] = Double(hops[i])
                sourceInverse.base[first + i] = harmonic[i]
                sourceReached.base[first + i] = reached[i]
            }
            // Clear `seen` for the next batch: only nodes reached by this batch are set, and they are exactly the
            // nodes of the sources' components.
            for i in 0..<width {
                clearComponent(from: Int(sources.base[first + i]), seen: seen, rowStart: rowStart, adjacency: adjacency,
                               stack: active)
            }
        }
    }

    /// Zeroes `seen` over the component of `start` (a depth-first walk over the set entries, using `stack`).
    private func clearComponent(from start: Int, seen: UnsafeMutablePointer<UInt64>, rowStart: UnsafePointer<Int>,
                                adjacency: UnsafePointer<Int32>, stack: UnsafeMutablePointer<Int32>) {
        let W = MultiSourceKernel.words
        func isSet(_ v: Int) -> Bool { (0..<W).contains { seen[v * W + $0] != 0 } }
        func clear(_ v: Int) { for w in 0..<W { seen[v * W + w] = 0 } }
        guard isSet(start) else { return }
        clear(start)
        stack[0] = Int32(start)
        var top = 1
        while top > 0 {
            top -= 1
            let v = Int(stack[top])
            for e in rowStart[v]..<rowStart[v + 1] {
                let u = Int(adjacency[e])
                if isSet(u) {
                    clear(u)
                    stack[top] = Int32(u)
                    top += 1
                }
            }
        }
    }
}
