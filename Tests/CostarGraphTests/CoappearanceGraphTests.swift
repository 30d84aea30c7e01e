import XCTest
@testable import CostarGraph

final class CoappearanceGraphTests: XCTestCase {
    func testCSRRowsAreSortedAndSymmetric() {
        // Ties given in any order and direction, one repeated and one self-loop.
        let g = CoappearanceGraph(names: ["a", "b", "c", "d"], edges: [
            .init(source: 2, target: 0, weight: 1), .init(source: 0, target: 1, weight: 2),
            .init(source: 1, target: 0, weight: 0.5), .init(source: 3, target: 3, weight: 9), .init(source: 1, target: 2, weight: 4),
        ])
        XCTAssertEqual(g.edgeCount, 3)
        XCTAssertEqual(g.edges, [.init(source: 0, target: 1, weight: 2.5), .init(source: 0, target: 2, weight: 1), .init(source: 1, target: 2, weight: 4)])
        XCTAssertEqual(g.rowStart, [0, 2, 4, 6, 6])
        XCTAssertEqual(g.adjacency, [1, 2, 0, 2, 0, 1])
        XCTAssertEqual(g.adjacencyWeight, [2.5, 1, 2.5, 4, 1, 4])
        XCTAssertEqual(g.adjacencyEdge, [0, 1, 0, 2, 1, 2])
        XCTAssertEqual((0..<4).map(g.degree(of:)), [2, 2, 2, 0])
        XCTAssertEqual(g.totalWeight, 7.5)
    }

    func testEmptyGraph() {
        let g = CoappearanceGraph(names: [], edges: [])
        XCTAssertEqual(g.nodeCount, 0)
        XCTAssertEqual(g.rowStart, [0])
    }

    func testTiesInStoredFormGiveTheSameGraph() {
        let stored: [CoappearanceGraph.Edge] = [
            .init(source: 0, target: 1, weight: 2.5), .init(source: 0, target: 2, weight: 1), .init(source: 1, target: 2, weight: 4),
        ]
        let direct = CoappearanceGraph(names: ["a", "b", "c", "d"], edges: stored)
        let shuffled = CoappearanceGraph(names: ["a", "b", "c", "d"], edges: [stored[2], stored[0], stored[1]])
        XCTAssertEqual(direct.edges, shuffled.edges)
        XCTAssertEqual(direct.rowStart, shuffled.rowStart)
        XCTAssertEqual(direct.adjacency, shuffled.adjacency)
        XCTAssertEqual(direct.adjacencyWeight, shuffled.adjacencyWeight)
        XCTAssertEqual(direct.adjacencyEdge, shuffled.adjacencyEdge)
    }
}
