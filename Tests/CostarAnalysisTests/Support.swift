import CostarGraph
import Foundation
import XCTest

/// A networkx reference fixture written by `scripts/reference.py`.
struct Fixture: Decodable {
    let name: String
    let nodes: [String]
    let edges: [[Double]]
    let degree: [Int]
    let weightedDegree: [Double]
    let pagerank: [Double]
    let betweenness: [Double]
    let betweennessWeighted: [Double]
    let closeness: [Double]
    let closenessWeighted: [Double]
    let harmonic: [Double]
    let harmonicWeighted: [Double]
    let eigenvector: [Double]
    let clustering: [Double]
    let clusteringWeighted: [Double]
    let coreNumber: [Int]
    let componentCount: Int
    let louvainModularity: Double
    let louvainCommunityCount: Int
    let moduloModularity: Double

    /// The fixture's graph.
    var graph: CoappearanceGraph {
        CoappearanceGraph(names: nodes, edges: edges.map {
            CoappearanceGraph.Edge(source: Int32($0[0]), target: Int32($0[1]), weight: $0[2])
        })
    }

    static let names = ["karate", "lesmis", "disconnected", "circles2000"]

    static func load(_ name: String) throws -> Fixture {
        let url = try XCTUnwrap(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures"),
                                "missing fixture \(name).json")
        return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
    }

    static func all() throws -> [Fixture] { try names.map(load) }
}

/// Asserts `actual` and `expected` agree entry by entry within `tolerance`, and returns the largest deviation.
@discardableResult
func assertClose(_ actual: [Double], _ expected: [Double], tolerance: Double, _ label: String,
                 file: StaticString = #filePath, line: UInt = #line) -> Double {
    XCTAssertEqual(actual.count, expected.count, "\(label): length", file: file, line: line)
    var worst = 0.0
    for (i, (a, e)) in zip(actual, expected).enumerated() {
        XCTAssertTrue(a.isFinite, "\(label)[\(i)] is \(a)", file: file, line: line)
        let deviation = abs(a - e)
        if !(deviation <= tolerance) {
            XCTFail("\(label)[\(i)]: \(a) vs expected \(e) (|Δ| = \(deviation))", file: file, line: line)
        }
        worst = max(worst, deviation.isNaN ? .infinity : deviation)
    }
    return worst
}

/// A graph from (source, target, weight) triples with names n0, n1, ….
func makeGraph(_ nodeCount: Int, _ ties: [(Int, Int, Double)]) -> CoappearanceGraph {
    CoappearanceGraph(names: (0..<nodeCount).map { "n\($0)" },
                      edges: ties.map { .init(source: Int32($0.0), target: Int32($0.1), weight: $0.2) })
}
