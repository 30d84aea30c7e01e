@testable import CostarAnalysis
import CostarGraph
import XCTest

/// The breadth-first renumbering the path, clustering and eigenvector kernels run on.
final class RenumberingTests: XCTestCase {
    func testHubRootedBreadthFirstOrderKeepingRows() {
        // Two components: a star around node 3 with a tail 0–4–1, and the tie 2–5; node 6 alone.
        let graph = makeGraph(7, [(3, 0, 1), (3, 4, 2), (3, 1, 3), (0, 4, 4), (4, 1, 5), (2, 5, 6)])
        let local = BreadthFirstRenumbering(graph)
        XCTAssertEqual(local.original, [3, 0, 1, 4, 2, 5, 6], "hub first, its row in order, then the next component")
        XCTAssertEqual((0..<7).map { local.original[Int(local.renumbered[$0])] }, (0..<7).map(Int32.init))
        for v in 0..<7 {
            let old = Int(local.original[v])
            XCTAssertEqual(local.adjacency[local.rowStart[v]..<local.rowStart[v + 1]].map { local.original[Int($0)] },
                           Array(graph.adjacency[graph.range(of: old)]), "row of \(old) keeps its order")
            XCTAssertEqual(Array(local.weight[local.rowStart[v]..<local.rowStart[v + 1]]),
                           Array(graph.adjacencyWeight[graph.range(of: old)]))
        }
    }

    func testBalancedBounds() {
        XCTAssertEqual(balancedBounds(nodes: 6, count: 3) { [5, 1, 1, 1, 1, 1][$0] }, [0, 1, 2, 6])
        XCTAssertEqual(balancedBounds(nodes: 0, count: 4) { _ in 1 }, [0, 0, 0, 0, 0])
        XCTAssertEqual(balancedBounds(nodes: 3, count: 1) { _ in 1 }, [0, 3])
    }

    func testEmptyGraph() {
        let local = BreadthFirstRenumbering(makeGraph(0, []))
        XCTAssertEqual(local.nodeCount, 0)
        XCTAssertEqual(local.rowStart, [0])
    }
}
