@testable import CostarAnalysis
import CostarGraph
import XCTest

/// Every measure against networkx 3.6 on the fixtures of `scripts/reference.py`: Zachary's karate club,
/// Les Misérables, a small disconnected graph with isolated nodes, and a generated 2,000-node weighted graph.
final class NetworkxReferenceTests: XCTestCase {
    static let tolerance = 1e-6

    /// Checks one measure on every fixture and prints the largest deviation from networkx.
    private func check(_ label: String, tolerance: Double = NetworkxReferenceTests.tolerance,
                       _ compute: (CoappearanceGraph) -> [Double], _ expected: (Fixture) -> [Double],
                       file: StaticString = #filePath, line: UInt = #line) throws {
        var worst = 0.0
        for fixture in try Fixture.all() {
            let deviation = assertClose(compute(fixture.graph), expected(fixture), tolerance: tolerance,
                                        "\(fixture.name) \(label)", file: file, line: line)
            worst = max(worst, deviation)
        }
        print("max |Δ| vs networkx, \(label): \(worst)")
    }

    func testFixturesLoad() throws {
        let fixtures = try Fixture.all()
        XCTAssertEqual(fixtures.map(\.nodes.count), [34, 77, 16, 2000])
        XCTAssertEqual(fixtures.map(\.graph.edgeCount), [78, 254, 16, 13196])
    }

    func testDegree() throws {
        for fixture in try Fixture.all() {
            XCTAssertEqual(degrees(of: fixture.graph), fixture.degree, fixture.name)
        }
        try check("weighted degree", weightedDegrees(of:), \.weightedDegree)
    }

    func testPageRank() throws {
        try check("pagerank", tolerance: 1e-9, { pagerank(of: $0) }, \.pagerank)
        // Iterated on to the fixed point, PageRank moves from networkx's default answer by less than 5e-5.
        try check("pagerank converged", tolerance: 5e-5, { pagerank(of: $0, tolerance: 1e-15) }, \.pagerank)
    }

    func testBetweenness() throws {
        try check("betweenness", { betweennessCentrality(of: $0) }, \.betweenness)
    }

    func testWeightedBetweenness() throws {
        try check("betweenness 1/w", { betweennessCentrality(of: $0, metric: .inverseWeight) }, \.betweennessWeighted)
    }

    func testCloseness() throws {
        try check("closeness", { closenessCentrality(of: $0) }, \.closeness)
    }

    func testWeightedCloseness() throws {
        try check("closeness 1/w", { closenessCentrality(of: $0, metric: .inverseWeight) }, \.closenessWeighted)
    }

    func testHarmonic() throws {
        try check("harmonic", { harmonicCentrality(of: $0) }, \.harmonic)
    }

    func testWeightedHarmonic() throws {
        try check("harmonic 1/w", { harmonicCentrality(of: $0, metric: .inverseWeight) }, \.harmonicWeighted)
    }

    func testEigenvector() throws {
        try check("eigenvector", { eigenvectorCentrality(of: $0) }, \.eigenvector)
    }

    func testClustering() throws {
        try check("clustering", { clusteringCoefficients(of: $0) }, \.clustering)
    }

    func testWeightedClustering() throws {
        try check("clustering weighted", { clusteringCoefficients(of: $0, weighted: true) }, \.clusteringWeighted)
    }

    func testCoreNumber() throws {
        for fixture in try Fixture.all() {
            XCTAssertEqual(coreNumbers(of: fixture.graph), fixture.coreNumber, fixture.name)
        }
    }

    func testComponents() throws {
        for fixture in try Fixture.all() {
            let component = connectedComponents(of: fixture.graph)
            XCTAssertEqual((component.max() ?? -1) + 1, fixture.componentCount, fixture.name)
            // Numbered by decreasing size.
            var sizes = [Int](repeating: 0, count: fixture.componentCount)
            for c in component { sizes[c] += 1 }
            XCTAssertEqual(sizes, sizes.sorted(by: >), fixture.name)
        }
    }

    func testModularityFormula() throws {
        var worst = 0.0
        for fixture in try Fixture.all() {
            let graph = fixture.graph
            let q = modularity(of: (0..<graph.nodeCount).map { $0 % 4 }, in: graph)
            XCTAssertEqual(q, fixture.moduloModularity, accuracy: 1e-12, fixture.name)
            worst = max(worst, abs(q - fixture.moduloModularity))
        }
        print("max |Δ| vs networkx, modularity of a fixed partition: \(worst)")
    }

    func testLouvainModularity() throws {
        for fixture in try Fixture.all() {
            let graph = fixture.graph
            let community = louvainCommunities(of: graph)
            let q = modularity(of: community, in: graph)
            print("louvain \(fixture.name): \((community.max() ?? -1) + 1) communities, modularity \(q), " +
                  "networkx \(fixture.louvainCommunityCount) communities, \(fixture.louvainModularity)")
            XCTAssertGreaterThanOrEqual(q, 0.99 * fixture.louvainModularity, fixture.name)
            // Numbered 0, 1, … by decreasing size.
            var sizes = [Int](repeating: 0, count: (community.max() ?? -1) + 1)
            for c in community { sizes[c] += 1 }
            XCTAssertTrue(sizes.allSatisfy { $0 > 0 }, fixture.name)
            XCTAssertEqual(sizes, sizes.sorted(by: >), fixture.name)
        }
    }

    /// analyze() fills every field with the same values as the separate functions.
    func testAnalyzeMatchesNetworkx() throws {
        for fixture in try Fixture.all() {
            let graph = fixture.graph
            let hops = analyze(graph)
            let tol = NetworkxReferenceTests.tolerance
            XCTAssertEqual(hops.degree, fixture.degree)
            assertClose(hops.weightedDegree, fixture.weightedDegree, tolerance: tol, "\(fixture.name) weightedDegree")
            assertClose(hops.pagerank, fixture.pagerank, tolerance: tol, "\(fixture.name) pagerank")
            assertClose(hops.betweenness, fixture.betweenness, tolerance: tol, "\(fixture.name) betweenness")
            assertClose(hops.closeness, fixture.closeness, tolerance: tol, "\(fixture.name) closeness")
            assertClose(hops.harmonic, fixture.harmonic, tolerance: tol, "\(fixture.name) harmonic")
            assertClose(hops.eigenvector, fixture.eigenvector, tolerance: tol, "\(fixture.name) eigenvector")
            assertClose(hops.clustering, fixture.clustering, tolerance: tol, "\(fixture.name) clustering")
            assertClose(hops.weightedClustering, fixture.clusteringWeighted, tolerance: tol,
                        "\(fixture.name) weightedClustering")
            XCTAssertEqual(hops.coreNumber, fixture.coreNumber)
            XCTAssertEqual((hops.component.max() ?? -1) + 1, fixture.componentCount)
            XCTAssertEqual(hops.community, louvainCommunities(of: graph))
            XCTAssertEqual(hops.modularity, modularity(of: hops.community, in: graph))

            let mixed = analyze(graph, options: .init(betweennessMetric: .inverseWeight, closenessMetric: .hops))
            assertClose(mixed.betweenness, fixture.betweennessWeighted, tolerance: tol, "\(fixture.name) mixed b")
            assertClose(mixed.closeness, fixture.closeness, tolerance: tol, "\(fixture.name) mixed c")
            let weighted = analyze(graph, options: .init(betweennessMetric: .inverseWeight,
                                                         closenessMetric: .inverseWeight))
            assertClose(weighted.betweenness, fixture.betweennessWeighted, tolerance: tol, "\(fixture.name) w b")
            assertClose(weighted.closeness, fixture.closenessWeighted, tolerance: tol, "\(fixture.name) w c")
            assertClose(weighted.harmonic, fixture.harmonicWeighted, tolerance: tol, "\(fixture.name) w h")
        }
    }
}
