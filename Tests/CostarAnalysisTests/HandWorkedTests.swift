@testable import CostarAnalysis
import CostarGraph
import XCTest

/// Small graphs whose measures are worked out by hand in the comments.
final class HandWorkedTests: XCTestCase {
    let tol = 1e-12

    /// Path a – b – c with weights a–b = 1, b–c = 2.
    func testPathOfThree() {
        let g = makeGraph(3, [(0, 1, 1), (1, 2, 2)])
        XCTAssertEqual(degrees(of: g), [1, 2, 1])
        XCTAssertEqual(weightedDegrees(of: g), [1, 3, 2])
        // Only b is between a and c: 2 ordered pairs / ((n-1)(n-2) = 2) = 1.
        assertClose(betweennessCentrality(of: g), [0, 1, 0], tolerance: tol, "betweenness")
        assertClose(betweennessCentrality(of: g, metric: .inverseWeight), [0, 1, 0], tolerance: tol, "betweenness 1/w")
        // Hops: a reaches b at 1, c at 2: 2/3. b: 2/2 = 1.
        assertClose(closenessCentrality(of: g), [2.0 / 3, 1, 2.0 / 3], tolerance: tol, "closeness")
        // 1/w: a–b = 1, b–c = 0.5. a: 2/(1 + 1.5) = 0.8; b: 2/(1 + 0.5) = 4/3; c: 2/(0.5 + 1.5) = 1.
        assertClose(closenessCentrality(of: g, metric: .inverseWeight), [0.8, 4.0 / 3, 1], tolerance: tol,
                    "closeness 1/w")
        // Hops: a: 1 + 1/2; b: 1 + 1; c: 1/2 + 1.
        assertClose(harmonicCentrality(of: g), [1.5, 2, 1.5], tolerance: tol, "harmonic")
        // 1/w: a: 1/1 + 1/1.5; b: 1/1 + 1/0.5 = 3; c: 1/0.5 + 1/1.5.
        assertClose(harmonicCentrality(of: g, metric: .inverseWeight), [1 + 2.0 / 3, 3, 2 + 2.0 / 3], tolerance: tol,
                    "harmonic 1/w")
        // PageRank: a → b (1); b → a (1/3), c (2/3); c → b (1); teleport 0.15/3 = 0.05.
        // x_a = 0.05 + 0.85 x_b/3, x_c = 0.05 + 0.85 · 2x_b/3, x_b = 0.05 + 0.85 (x_a + x_c)
        // ⇒ x_b = 0.135 / 0.2775 = 18/37, x_a = 6.95/37, x_c = 12.05/37.
        assertClose(pagerank(of: g, tolerance: 1e-15), [6.95 / 37, 18.0 / 37, 12.05 / 37], tolerance: 1e-12, "pagerank")
        // A = [[0,1,0],[1,0,2],[0,2,0]]: λ = √5, v = (1, √5, 2) / √10.
        assertClose(eigenvectorCentrality(of: g), [1 / Double(10.0).squareRoot(), Double(0.5).squareRoot(), 2 / Double(10.0).squareRoot()],
                    tolerance: 1e-10, "eigenvector")
        assertClose(clusteringCoefficients(of: g), [0, 0, 0], tolerance: 0, "clustering")
        XCTAssertEqual(coreNumbers(of: g), [1, 1, 1])
        XCTAssertEqual(connectedComponents(of: g), [0, 0, 0])
        // One community has Q = 3/3 − (6/6)² = 0, the best split: {a,b},{c} gives −2/9 and {a},{b,c} −1/18.
        XCTAssertEqual(louvainCommunities(of: g), [0, 0, 0])
        XCTAssertEqual(modularity(of: [0, 0, 0], in: g), 0, accuracy: tol)
        XCTAssertEqual(modularity(of: [0, 0, 1], in: g), -2.0 / 9, accuracy: tol)
    }

    /// Triangle a, b, c with d hanging from c; weights a–b 1, a–c 2, b–c 4, c–d 4.
    func testTriangleWithPendant() {
        let g = makeGraph(4, [(0, 1, 1), (0, 2, 2), (1, 2, 4), (2, 3, 4)])
        XCTAssertEqual(degrees(of: g), [2, 2, 3, 1])
        // c lies on the paths d–a and d–b: 2 pairs, 4 ordered, / (3 · 2) = 2/3.
        assertClose(betweennessCentrality(of: g), [0, 0, 2.0 / 3, 0], tolerance: tol, "betweenness")
        // 1/w lengths: a–b 1, a–c 0.5, b–c 0.25, c–d 0.25. a–b is shorter via c (0.75 < 1): c is also between a and
        // b, 3 pairs, 6 ordered / 6 = 1.
        assertClose(betweennessCentrality(of: g, metric: .inverseWeight), [0, 0, 1, 0], tolerance: tol,
                    "betweenness 1/w")
        // a: 1 + 1 + 2 = 4 → 3/4; c: 3 → 1; d: 2 + 2 + 1 = 5 → 3/5.
        assertClose(closenessCentrality(of: g), [0.75, 0.75, 1, 0.6], tolerance: tol, "closeness")
        // a: 1 + 1 + 1/2; c: 3; d: 1 + 1/2 + 1/2.
        assertClose(harmonicCentrality(of: g), [2.5, 2.5, 3, 2], tolerance: tol, "harmonic")
        // One triangle: a, b: 2·1/(2·1) = 1; c: 2·1/(3·2) = 1/3; d has one tie.
        assertClose(clusteringCoefficients(of: g), [1, 1, 1.0 / 3, 0], tolerance: tol, "clustering")
        // Weights / max 4: 1/4, 1/2, 1; cube root of the product 1/8 is 1/2.
        // a, b: 2 · 0.5 / (2 · 1) = 0.5; c: 2 · 0.5 / (3 · 2) = 1/6.
        assertClose(clusteringCoefficients(of: g, weighted: true), [0.5, 0.5, 1.0 / 6, 0], tolerance: tol,
                    "weighted clustering")
        XCTAssertEqual(coreNumbers(of: g), [2, 2, 2, 1])
        // c's ties by weight: b (4) and d (4) tie, broken by name n1 < n3; then a (2).
        XCTAssertEqual(strongestTies(of: 2, in: g, limit: 5).map(\.neighbor), [1, 3, 0])
        XCTAssertEqual(strongestTies(of: 2, in: g, limit: 2).map(\.weight), [4, 4])
        XCTAssertEqual(strongestTies(of: 2, in: g, limit: 0).count, 0)
    }

    /// A star: centre 0 with leaves 1…4, weights 1.
    func testStar() {
        let g = makeGraph(5, (1...4).map { (0, $0, 1.0) })
        // The centre is on every leaf–leaf path: 6 pairs, 12 ordered / (4 · 3) = 1.
        assertClose(betweennessCentrality(of: g), [1, 0, 0, 0, 0], tolerance: tol, "betweenness")
        // Leaf: 1 + 2 + 2 + 2 = 7 → 4/7.
        assertClose(closenessCentrality(of: g), [1] + Array(repeating: 4.0 / 7, count: 4), tolerance: tol, "closeness")
        // Leaf: 1 + 3/2.
        assertClose(harmonicCentrality(of: g), [4] + Array(repeating: 2.5, count: 4), tolerance: tol, "harmonic")
        // x_c = 0.03 + 0.85 · 4 x_l, x_l = 0.03 + 0.85 x_c / 4 ⇒ x_c = 0.132 / 0.2775, x_l = (1 − x_c) / 4.
        let centre = 0.132 / 0.2775
        assertClose(pagerank(of: g, tolerance: 1e-15), [centre] + Array(repeating: (1 - centre) / 4, count: 4), tolerance: 1e-12,
                    "pagerank")
        // λ = 2, v = (2, 1, 1, 1, 1) / √8.
        assertClose(eigenvectorCentrality(of: g), [2 / Double(8.0).squareRoot()] + Array(repeating: 1 / Double(8.0).squareRoot(),
                                                                                   count: 4),
                    tolerance: 1e-10, "eigenvector")
        XCTAssertEqual(coreNumbers(of: g), [1, 1, 1, 1, 1])
        assertClose(clusteringCoefficients(of: g), [0, 0, 0, 0, 0], tolerance: 0, "clustering")
    }

    /// Two triangles joined by one tie: Louvain finds the triangles. m = 7; each triangle has 3 inner ties and degree
    /// sum 7: Q = 2 (3/7 − (7/14)²) = 6/7 − 1/2 = 5/14.
    func testTwoTriangles() {
        let g = makeGraph(6, [(0, 1, 1), (1, 2, 1), (0, 2, 1), (3, 4, 1), (4, 5, 1), (3, 5, 1), (2, 3, 1)])
        for seed: UInt64 in [1, 2, 3, 42] {
            let community = louvainCommunities(of: g, seed: seed)
            // Equal sizes: the community holding node 0 is numbered first.
            XCTAssertEqual(community, [0, 0, 0, 1, 1, 1], "seed \(seed)")
            XCTAssertEqual(modularity(of: community, in: g), 5.0 / 14, accuracy: tol)
        }
        // Resolution 0 rewards only inner weight: one community, Q = 7/7.
        XCTAssertEqual(Set(louvainCommunities(of: g, resolution: 0)), [0])
        // Node 2 is on the only shortest path of each pair in {0,1} × {3,4,5} (6 pairs), node 3 of {0,1,2} × {4,5};
        // 12 ordered pairs / ((n−1)(n−2) = 20) = 0.6.
        assertClose(betweennessCentrality(of: g), [0, 0, 0.6, 0.6, 0, 0], tolerance: tol, "betweenness")
    }

    /// Ties broken by name, not id, when names are not in id order.
    func testStrongestTiesByName() {
        let g = CoappearanceGraph(names: ["zed", "bob", "amy", "cat"], edges: [
            .init(source: 0, target: 1, weight: 2), .init(source: 0, target: 2, weight: 2),
            .init(source: 0, target: 3, weight: 3),
        ])
        let ties = strongestTies(of: 0, in: g, limit: 10)
        XCTAssertEqual(ties.map(\.neighbor), [3, 2, 1])
        XCTAssertEqual(ties.map(\.weight), [3, 2, 2])
        XCTAssertEqual(strongestTies(of: 1, in: g, limit: 10).map(\.neighbor), [0])
    }

    func testEmptyGraph() {
        let g = makeGraph(0, [])
        let a = analyze(g)
        XCTAssertTrue(a.degree.isEmpty && a.pagerank.isEmpty && a.betweenness.isEmpty && a.closeness.isEmpty)
        XCTAssertTrue(a.harmonic.isEmpty && a.eigenvector.isEmpty && a.clustering.isEmpty && a.coreNumber.isEmpty)
        XCTAssertTrue(a.component.isEmpty && a.community.isEmpty && a.weightedClustering.isEmpty)
        XCTAssertEqual(a.modularity, 0)
        let w = analyze(g, options: .init(betweennessMetric: .inverseWeight, closenessMetric: .inverseWeight))
        XCTAssertTrue(w.betweenness.isEmpty && w.closeness.isEmpty)
    }

    func testSingleNode() {
        let a = analyze(makeGraph(1, []))
        XCTAssertEqual(a.degree, [0])
        XCTAssertEqual(a.weightedDegree, [0])
        XCTAssertEqual(a.pagerank, [1])
        XCTAssertEqual(a.betweenness, [0])
        XCTAssertEqual(a.closeness, [0])
        XCTAssertEqual(a.harmonic, [0])
        XCTAssertEqual(a.eigenvector, [1])
        XCTAssertEqual(a.clustering, [0])
        XCTAssertEqual(a.coreNumber, [0])
        XCTAssertEqual(a.component, [0])
        XCTAssertEqual(a.community, [0])
        XCTAssertEqual(a.modularity, 0)
    }

    /// No ties: PageRank and eigenvector centrality are uniform (1/n and 1/√n, as networkx), everything else 0,
    /// every node its own component and community.
    func testNodesWithoutTies() {
        let g = makeGraph(4, [])
        for options in [AnalysisOptions(), AnalysisOptions(betweennessMetric: .inverseWeight,
                                                           closenessMetric: .inverseWeight)] {
            let a = analyze(g, options: options)
            assertClose(a.pagerank, [0.25, 0.25, 0.25, 0.25], tolerance: tol, "pagerank")
            assertClose(a.eigenvector, [0.5, 0.5, 0.5, 0.5], tolerance: tol, "eigenvector")
            XCTAssertEqual(a.betweenness, [0, 0, 0, 0])
            XCTAssertEqual(a.closeness, [0, 0, 0, 0])
            XCTAssertEqual(a.harmonic, [0, 0, 0, 0])
            XCTAssertEqual(a.component, [0, 1, 2, 3])
            XCTAssertEqual(a.community, [0, 1, 2, 3])
            XCTAssertEqual(a.modularity, 0)
        }
    }

    /// A pair and an isolated node: n = 3, so betweenness is normalised but 0; closeness of the pair is
    /// 1/1 · 1/2 (Wasserman–Faust); the isolated node is dangling in PageRank.
    func testPairAndIsolatedNode() {
        let g = makeGraph(3, [(0, 1, 2)])
        assertClose(closenessCentrality(of: g), [0.5, 0.5, 0], tolerance: tol, "closeness")
        // 1/w: distance 0.5 → (1/0.5) · (1/2) = 1.
        assertClose(closenessCentrality(of: g, metric: .inverseWeight), [1, 1, 0], tolerance: tol, "closeness 1/w")
        assertClose(harmonicCentrality(of: g, metric: .inverseWeight), [2, 2, 0], tolerance: tol, "harmonic 1/w")
        // x_i = 0.05 + 0.85 · x_i / 3 (dangling share) ⇒ x_i = 0.05 / (1 − 0.85/3);
        // x_0 = x_1 = (1 − x_i) / 2.
        let isolated = 0.05 / (1 - 0.85 / 3)
        assertClose(pagerank(of: g, tolerance: 1e-15), [(1 - isolated) / 2, (1 - isolated) / 2, isolated], tolerance: 1e-12, "pagerank")
        // A + I has eigenvalue 3 on the pair, 1 on the isolated node, which vanishes: (1/√2, 1/√2, 0).
        assertClose(eigenvectorCentrality(of: g), [Double(0.5).squareRoot(), Double(0.5).squareRoot(), 0], tolerance: 1e-12,
                    "eigenvector")
        XCTAssertEqual(connectedComponents(of: g), [0, 0, 1])
        XCTAssertEqual(louvainCommunities(of: g), [0, 0, 1])
    }

    /// Equally short weighted paths that differ in floating point (1/5 + 1/5 + 1/5 vs 1/2 + 1/10) both count.
    ///
    /// The graph is a 5-cycle a–b–c–f–d–a with 1/w lengths .2, .2, .2, .1, .5 (ids a 0, b 1, c 2, f 3, d 4). Each
    /// pair's shortest path goes the short way round; a–f is .6 both ways. Intermediate nodes per pair:
    /// a–c: b; a–f: b, c on one path and d on the other (½ each); b–f: c; b–d (.5 vs .7): c, f; c–d: f; the others are
    /// adjacent or direct (a–d .5 vs .7). Sums: b 1 + ½, c ½ + 1 + 1, f 1 + 1, d ½, a 0; normalised by
    /// (n−1)(n−2)/2 = 6.
    func testWeightedFloatTies() {
        let g = makeGraph(5, [(0, 1, 5), (1, 2, 5), (2, 3, 5), (0, 4, 2), (4, 3, 10)])
        XCTAssertNotEqual(1.0 / 5 + 1.0 / 5 + 1.0 / 5, 1.0 / 2 + 1.0 / 10)
        assertClose(betweennessCentrality(of: g, metric: .inverseWeight), [0, 1.5 / 6, 2.5 / 6, 2.0 / 6, 0.5 / 6],
                    tolerance: tol, "betweenness 1/w")
        // a: distances b .2, c .4, f .6, d .5 → 4 / 1.7.
        XCTAssertEqual(closenessCentrality(of: g, metric: .inverseWeight)[0], 4 / 1.7, accuracy: tol)
        // a: 1/.2 + 1/.4 + 1/.6 + 1/.5 = 5 + 2.5 + 5/3 + 2.
        XCTAssertEqual(harmonicCentrality(of: g, metric: .inverseWeight)[0], 9.5 + 5.0 / 3, accuracy: tol)
    }
}
