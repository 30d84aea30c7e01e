import CostarAnalysis
import CostarGraph
import XCTest

/// Sampled betweenness (Riondato–Kornaropoulos) and sampled closeness and harmonic centrality (Eppstein–Wang)
/// against the exact networkx values of the fixtures, within their stated bounds.
final class ApproximateTests: XCTestCase {
    // MARK: Betweenness

    /// The sample size formula: r = ⌈(0.5/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉.
    func testSampleSize() {
        // ε = 0.02, δ = 0.1, VD = 11: 1250 × (3 + 1 + ln 10) = 7878.2…
        XCTAssertEqual(ApproximateBetweenness.sampleSize(epsilon: 0.02, delta: 0.1, vertexDiameter: 11), 7879)
        // VD = 3 (one interior node): 1250 × (0 + 1 + ln 10) = 4128.2…
        XCTAssertEqual(ApproximateBetweenness.sampleSize(epsilon: 0.02, delta: 0.1, vertexDiameter: 3), 4129)
        XCTAssertEqual(ApproximateBetweenness.sampleSize(epsilon: 0.02, delta: 0.1, vertexDiameter: 2), 4129)
        // VD − 2 = 8 → ⌊log₂ 8⌋ = 3; VD − 2 = 7 → 2.
        XCTAssertEqual(ApproximateBetweenness.sampleSize(epsilon: 0.1, delta: 0.5, vertexDiameter: 10),
                       Int((50 * (4 + log(2.0))).rounded(.up)))
        XCTAssertEqual(ApproximateBetweenness.sampleSize(epsilon: 0.1, delta: 0.5, vertexDiameter: 9),
                       Int((50 * (3 + log(2.0))).rounded(.up)))
    }

    /// With ε = 0.02 and δ = 0.1, every node of the 2,000-node fixture is within ε of networkx's normalised
    /// betweenness, for hops and for 1/weight lengths (the bound holds with probability ≥ 0.9; the seed is fixed).
    func testBetweennessWithinEpsilonOnCircles2000() throws {
        let fixture = try Fixture.load("circles2000")
        let graph = fixture.graph
        let epsilon = 0.02
        for (metric, exact) in [(PathMetric.hops, fixture.betweenness), (.inverseWeight, fixture.betweennessWeighted)] {
            let sampled = approximateBetweennessCentrality(of: graph, metric: metric, epsilon: epsilon, delta: 0.1,
                                                           seed: 42)
            XCTAssertGreaterThan(sampled.samples, 0)
            XCTAssertGreaterThanOrEqual(sampled.vertexDiameterBound, 3)
            let worst = assertClose(sampled.values, exact, tolerance: epsilon, "circles2000 sampled betweenness \(metric)")
            let mean = zip(sampled.values, exact).map { abs($0 - $1) }.reduce(0, +) / Double(exact.count)
            print("sampled betweenness \(metric), ε = \(epsilon): r = \(sampled.samples), VD ≤ " +
                  "\(sampled.vertexDiameterBound), max |Δ| = \(worst), mean |Δ| = \(mean), " +
                  "largest exact value \(exact.max()!)")
            // The estimate is on networkx's scale: no systematic factor between the totals.
            let ratio = sampled.values.reduce(0, +) / exact.reduce(0, +)
            XCTAssertEqual(ratio, 1, accuracy: 0.05, "\(metric) total ratio")
        }
    }

    /// The same on the small fixtures, which include a disconnected graph with isolated nodes.
    func testBetweennessWithinEpsilonOnSmallFixtures() throws {
        for name in ["karate", "lesmis", "disconnected"] {
            let fixture = try Fixture.load(name)
            for (metric, exact) in [(PathMetric.hops, fixture.betweenness),
                                    (.inverseWeight, fixture.betweennessWeighted)] {
                let sampled = approximateBetweennessCentrality(of: fixture.graph, metric: metric, epsilon: 0.05)
                assertClose(sampled.values, exact, tolerance: 0.05, "\(name) sampled betweenness \(metric)")
            }
        }
    }

    /// Two runs give byte-identical values; another seed gives other values.
    func testBetweennessIsDeterministic() throws {
        let graph = try Fixture.load("circles2000").graph
        for metric in PathMetric.allCases {
            let first = approximateBetweennessCentrality(of: graph, metric: metric, epsilon: 0.05, seed: 7)
            let second = approximateBetweennessCentrality(of: graph, metric: metric, epsilon: 0.05, seed: 7)
            XCTAssertEqual(first.values.map(\.bitPattern), second.values.map(\.bitPattern), "\(metric)")
            let other = approximateBetweennessCentrality(of: graph, metric: metric, epsilon: 0.05, seed: 8)
            XCTAssertNotEqual(first.values, other.values, "\(metric)")
        }
    }

    /// Graphs without interior nodes on shortest paths get exact zeros without sampling; tiny graphs don't crash.
    func testBetweennessSmallGraphs() {
        for metric in PathMetric.allCases {
            XCTAssertEqual(approximateBetweennessCentrality(of: makeGraph(0, []), metric: metric, epsilon: 0.1).values, [])
            XCTAssertEqual(approximateBetweennessCentrality(of: makeGraph(1, []), metric: metric, epsilon: 0.1).values, [0])
            XCTAssertEqual(approximateBetweennessCentrality(of: makeGraph(2, [(0, 1, 1)]), metric: metric,
                                                            epsilon: 0.1).values, [0, 0])
            // Pairs only: no shortest path has an interior node, known without sampling.
            let pairs = approximateBetweennessCentrality(of: makeGraph(5, [(0, 1, 1), (2, 3, 2)]), metric: metric,
                                                         epsilon: 0.1)
            XCTAssertEqual(pairs.values, [0, 0, 0, 0, 0])
            XCTAssertEqual(pairs.samples, 0)
            // A triangle and a pair: every shortest path is one tie, but the diameter bound (3) asks for sampling.
            let cliques = approximateBetweennessCentrality(
                of: makeGraph(6, [(0, 1, 1), (1, 2, 1), (0, 2, 1), (3, 4, 2)]), metric: metric, epsilon: 0.1)
            XCTAssertEqual(cliques.values, [0, 0, 0, 0, 0, 0])
            // Paths 0–1–2 and 3–4–5: node 1 is inside the paths of (0, 2) and (2, 0), 2 of the (n − 1)(n − 2) = 20
            // ordered pairs of other nodes, so 0.1; likewise node 4.
            let paths = approximateBetweennessCentrality(
                of: makeGraph(6, [(0, 1, 1), (1, 2, 1), (3, 4, 1), (4, 5, 1)]), metric: metric, epsilon: 0.05)
            assertClose(paths.values, betweennessCentrality(of: makeGraph(6, [(0, 1, 1), (1, 2, 1), (3, 4, 1),
                                                                             (4, 5, 1)]), metric: metric),
                        tolerance: 0.05, "two paths \(metric)")
            // Ties of weight 0 are not traversed with 1/weight lengths.
            let zero = approximateBetweennessCentrality(of: makeGraph(3, [(0, 1, 1), (1, 2, 0)]), metric: metric,
                                                        epsilon: 0.1)
            XCTAssertTrue(zero.values.allSatisfy { $0.isFinite && $0 >= 0 })
        }
    }

    // MARK: Closeness and harmonic

    /// With ε = 0.1 (k = ⌈ln 2000 / 0.01⌉ = 761 of 2,000 sources), every node's estimated average distance is within
    /// ε·Δ of the exact one and its harmonic centrality within ε·h·(n − 1), for hops and for 1/weight lengths.
    func testClosenessWithinBoundOnCircles2000() throws {
        let fixture = try Fixture.load("circles2000")
        let graph = fixture.graph
        let n = graph.nodeCount
        let epsilon = 0.1
        XCTAssertEqual(ApproximateCloseness.sourceCount(nodeCount: n, epsilon: epsilon), 761)
        let cases: [(PathMetric, [Double], [Double], Double, Double)] = [
            (.hops, fixture.closeness, fixture.harmonic, hopDiameter(graph), 1),
            // A lower bound of the weighted diameter (two sweeps) makes the check stricter, never looser.
            (.inverseWeight, fixture.closenessWeighted, fixture.harmonicWeighted, weightedDiameterLowerBound(graph),
             graph.edges.map(\.weight).max()!),
        ]
        for (metric, closeness, harmonic, diameter, h) in cases {
            let sampled = approximateClosenessCentrality(of: graph, metric: metric, epsilon: epsilon, seed: 42)
            XCTAssertEqual(sampled.sourcesPerComponent, 761)
            XCTAssertEqual(sampled.searches, 761)
            XCTAssertFalse(sampled.isExact)
            // The fixture is connected, so closeness = 1 / average distance.
            let averageDistance = closeness.map { 1 / $0 }
            let estimated = sampled.closeness.map { 1 / $0 }
            let worst = assertClose(estimated, averageDistance, tolerance: epsilon * diameter,
                                    "circles2000 average distance \(metric)")
            let worstCloseness = zip(sampled.closeness, closeness).map { abs($0 - $1) }.max()!
            let worstHarmonic = assertClose(sampled.harmonic, harmonic, tolerance: epsilon * h * Double(n - 1),
                                            "circles2000 harmonic \(metric)")
            print("sampled closeness \(metric), ε = \(epsilon): k = \(sampled.sourcesPerComponent), Δ = \(diameter), " +
                  "max |Δ avg distance| = \(worst) (bound \(epsilon * diameter)), max |Δ closeness| = " +
                  "\(worstCloseness), max |Δ harmonic| = \(worstHarmonic) (bound \(epsilon * h * Double(n - 1)))")
        }
    }

    /// When k is at least the size of every component, every node is a source and the values are exactly the exact
    /// ones, bit for bit (same searches, same summation order).
    func testClosenessExactWhenEveryNodeIsASource() throws {
        for fixture in try Fixture.all() where fixture.nodes.count < 100 {
            for metric in PathMetric.allCases {
                let sampled = approximateClosenessCentrality(of: fixture.graph, metric: metric, epsilon: 0.1)
                XCTAssertTrue(sampled.isExact, fixture.name)
                XCTAssertEqual(sampled.closeness.map(\.bitPattern),
                               closenessCentrality(of: fixture.graph, metric: metric).map(\.bitPattern), fixture.name)
                XCTAssertEqual(sampled.harmonic.map(\.bitPattern),
                               harmonicCentrality(of: fixture.graph, metric: metric).map(\.bitPattern), fixture.name)
            }
        }
    }

    /// A large component is sampled, a small one computed exactly, isolated nodes get 0.
    func testClosenessMixedComponents() throws {
        let big = try Fixture.load("circles2000").graph
        let offset = Int32(big.nodeCount)
        // circles2000 plus a triangle and an isolated node.
        let graph = CoappearanceGraph(names: big.names + ["t0", "t1", "t2", "alone"],
                                      edges: big.edges + [.init(source: offset, target: offset + 1, weight: 1),
                                                          .init(source: offset + 1, target: offset + 2, weight: 1),
                                                          .init(source: offset, target: offset + 2, weight: 2)])
        let exact = closenessCentrality(of: graph)
        let sampled = approximateClosenessCentrality(of: graph, epsilon: 0.2)
        XCTAssertFalse(sampled.isExact)
        XCTAssertEqual(sampled.searches, sampled.sourcesPerComponent + 3)
        XCTAssertEqual(Array(sampled.closeness.suffix(4)), Array(exact.suffix(4)))
        XCTAssertEqual(sampled.closeness.last, 0)
        XCTAssertEqual(sampled.harmonic.last, 0)
        XCTAssertTrue(sampled.closeness.allSatisfy(\.isFinite) && sampled.harmonic.allSatisfy(\.isFinite))
    }

    func testClosenessIsDeterministic() throws {
        let graph = try Fixture.load("circles2000").graph
        for metric in PathMetric.allCases {
            let first = approximateClosenessCentrality(of: graph, metric: metric, epsilon: 0.2, seed: 3)
            let second = approximateClosenessCentrality(of: graph, metric: metric, epsilon: 0.2, seed: 3)
            XCTAssertEqual(first.closeness.map(\.bitPattern), second.closeness.map(\.bitPattern), "\(metric)")
            XCTAssertEqual(first.harmonic.map(\.bitPattern), second.harmonic.map(\.bitPattern), "\(metric)")
            let other = approximateClosenessCentrality(of: graph, metric: metric, epsilon: 0.2, seed: 4)
            XCTAssertNotEqual(first.closeness, other.closeness, "\(metric)")
        }
    }

    func testClosenessSmallGraphs() {
        for metric in PathMetric.allCases {
            for graph in [makeGraph(0, []), makeGraph(1, []), makeGraph(2, [(0, 1, 1)]), makeGraph(3, []),
                          makeGraph(5, [(0, 1, 1), (1, 2, 0), (3, 4, 2)])] {
                let sampled = approximateClosenessCentrality(of: graph, metric: metric, epsilon: 0.5)
                XCTAssertEqual(sampled.closeness, closenessCentrality(of: graph, metric: metric))
                XCTAssertEqual(sampled.harmonic, harmonicCentrality(of: graph, metric: metric))
            }
        }
    }

    // MARK: analyze

    /// `.automatic` computes a small graph exactly: the same bits as `.exact`.
    func testAutomaticIsExactOnSmallGraphs() throws {
        for fixture in try Fixture.all() {
            let graph = fixture.graph
            for metric in PathMetric.allCases {
                XCTAssertTrue(AnalysisOptions.automaticIsExact(for: graph, metric: metric))
                let automatic = analyze(graph, options: .init(betweennessMetric: metric, closenessMetric: metric))
                let exact = analyze(graph, options: .init(betweennessMetric: metric, closenessMetric: metric,
                                                          betweennessMode: .exact, closenessMode: .exact))
                XCTAssertEqual(automatic.betweennessComputation, .exact)
                XCTAssertEqual(automatic.closenessComputation, .exact)
                for (a, e) in [(automatic.betweenness, exact.betweenness), (automatic.closeness, exact.closeness),
                               (automatic.harmonic, exact.harmonic)] {
                    XCTAssertEqual(a.map(\.bitPattern), e.map(\.bitPattern), fixture.name)
                }
            }
        }
        // The limit, on stars (work n(n + 2(n − 1)) ≈ 3n², 2.5 times that with 1/weight lengths): 5,000 people are
        // exact, 6,000 exact with hops and sampled with 1/weight, 9,000 sampled; isolated people cost next to nothing.
        func star(_ n: Int) -> CoappearanceGraph { makeGraph(n, (1..<n).map { (0, $0, 1) }) }
        XCTAssertEqual(AnalysisOptions.exactWork(of: star(4), metric: .hops), 4 * (4 + 6))
        XCTAssertEqual(AnalysisOptions.exactWork(of: makeGraph(5, [(0, 1, 1)]), metric: .inverseWeight),
                       2.5 * (2 * (2 + 2) + 3))
        XCTAssertTrue(AnalysisOptions.automaticIsExact(for: star(5_000), metric: .inverseWeight))
        XCTAssertTrue(AnalysisOptions.automaticIsExact(for: star(6_000), metric: .hops))
        XCTAssertFalse(AnalysisOptions.automaticIsExact(for: star(6_000), metric: .inverseWeight))
        XCTAssertFalse(AnalysisOptions.automaticIsExact(for: star(9_000), metric: .hops))
        XCTAssertTrue(AnalysisOptions.automaticIsExact(for: makeGraph(100_000, []), metric: .inverseWeight))
    }

    /// `.approximate` modes go through the sampled measures and say so.
    func testAnalyzeApproximate() throws {
        let fixture = try Fixture.load("circles2000")
        let graph = fixture.graph
        let analysis = analyze(graph, options: .init(betweennessMode: .approximate(epsilon: 0.05),
                                                     closenessMode: .approximate(epsilon: 0.2)))
        guard case .sampled(let be, let bd, let br) = analysis.betweennessComputation,
              case .sampled(let ce, let cd, let ck) = analysis.closenessComputation else {
            return XCTFail("expected sampled measures")
        }
        XCTAssertEqual(be, 0.05)
        XCTAssertEqual(bd, 0.1)
        XCTAssertGreaterThan(br, 0)
        XCTAssertEqual(ce, 0.2)
        XCTAssertEqual(cd, 4.0 / 2000)
        XCTAssertEqual(ck, ApproximateCloseness.sourceCount(nodeCount: 2000, epsilon: 0.2))
        assertClose(analysis.betweenness, fixture.betweenness, tolerance: 0.05, "analyze sampled betweenness")
        XCTAssertEqual(analysis.betweenness,
                       approximateBetweennessCentrality(of: graph, epsilon: 0.05, delta: 0.1, seed: 42).values)
        XCTAssertEqual(analysis.closeness, approximateClosenessCentrality(of: graph, epsilon: 0.2, seed: 42).closeness)
        // Exact betweenness with sampled closeness, and the other way round.
        let mixed = analyze(graph, options: .init(betweennessMode: .exact, closenessMode: .approximate(epsilon: 0.2)))
        XCTAssertEqual(mixed.betweennessComputation, .exact)
        assertClose(mixed.betweenness, fixture.betweenness, tolerance: 1e-9, "exact betweenness")
        let other = analyze(graph, options: .init(betweennessMode: .approximate(epsilon: 0.05), closenessMode: .exact))
        XCTAssertEqual(other.closenessComputation, .exact)
        assertClose(other.closeness, fixture.closeness, tolerance: 1e-9, "exact closeness")
        // Tiny graphs in approximate mode don't crash and report exact when nothing was sampled.
        for graph in [makeGraph(0, []), makeGraph(1, []), makeGraph(2, [(0, 1, 1)])] {
            let tiny = analyze(graph, options: .init(betweennessMode: .approximate(epsilon: 0.1),
                                                     closenessMode: .approximate(epsilon: 0.1)))
            XCTAssertEqual(tiny.betweennessComputation, .exact)
            XCTAssertEqual(tiny.closenessComputation, .exact)
            XCTAssertEqual(tiny.betweenness.count, graph.nodeCount)
        }
    }

    // MARK: Helpers

    /// The exact hop diameter (largest finite distance) by a breadth-first search from every node.
    private func hopDiameter(_ graph: CoappearanceGraph) -> Double {
        var diameter = 0
        var dist = [Int](repeating: -1, count: graph.nodeCount)
        var queue = [Int](repeating: 0, count: graph.nodeCount)
        for s in 0..<graph.nodeCount {
            dist[s] = 0
            queue[0] = s
            var head = 0, tail = 1
            while head < tail {
                let v = queue[head]
                head += 1
                for e in graph.range(of: v) {
                    let w = Int(graph.adjacency[e])
                    if dist[w] < 0 {
                        dist[w] = dist[v] + 1
                        queue[tail] = w
                        tail += 1
                    }
                }
            }
            diameter = max(diameter, dist[queue[tail - 1]])
            for i in 0..<tail { dist[queue[i]] = -1 }
        }
        return Double(diameter)
    }

    /// A lower bound of the weighted diameter (tie length 1/weight): the eccentricity of the farthest node from the
    /// farthest node from node 0 (two Dijkstra sweeps).
    private func weightedDiameterLowerBound(_ graph: CoappearanceGraph) -> Double {
        func farthest(from source: Int) -> (Int, Double) {
            var dist = [Double](repeating: .infinity, count: graph.nodeCount)
            var done = [Bool](repeating: false, count: graph.nodeCount)
            dist[source] = 0
            var heap: [(Double, Int)] = [(0, source)]
            var last = (source, 0.0)
            while let top = heap.min(by: { $0.0 < $1.0 }) {
                heap.remove(at: heap.firstIndex { $0 == top }!)
                let (d, v) = top
                if done[v] { continue }
                done[v] = true
                last = (v, d)
                for e in graph.range(of: v) {
                    let w = Int(graph.adjacency[e])
                    let candidate = d + 1 / graph.adjacencyWeight[e]
                    if candidate < dist[w] {
                        dist[w] = candidate
                        heap.append((candidate, w))
                    }
                }
            }
            return last
        }
        let (far, _) = farthest(from: 0)
        return farthest(from: far).1
    }
}
