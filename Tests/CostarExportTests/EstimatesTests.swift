import XCTest
import CostarAnalysis
import CostarGraph
@testable import CostarExport

/// A report says which measures were sampled on a large network, with their bounds.
final class EstimatesTests: XCTestCase {
    func testExactReportsSayNothing() throws {
        let report = TestNetworks.report2022()
        XCTAssertNil(report.estimates)
        XCTAssertFalse(MarkdownReport.render(report).contains("estimated"))
    }

    func testSampledMeasuresAreStatedWithTheirBounds() throws {
        let network = TestNetworks.network2022()
        var analysis = TestNetworks.report2022AnalysisForEstimates(network)
        analysis.betweennessComputation = .sampled(epsilon: 0.01, failureProbability: 0.1, samples: 23_456)
        analysis.closenessComputation = .sampled(epsilon: 0.05, failureProbability: 0.004, samples: 761)
        let report = NetworkReport(label: "2022", network: network, analysis: analysis)
        XCTAssertEqual(report.estimates, [
            "Betweenness is estimated from 23456 sampled shortest paths (Riondato–Kornaropoulos): with probability at least 0.9, every value is within 0.01 of the exact one.",
            "Closeness and harmonic centrality are estimated from 761 sampled sources (Eppstein–Wang): with probability at least 0.996, each person's average distance is within 0.05 times the diameter of their component.",
        ])
        XCTAssertTrue(MarkdownReport.render(report).contains("> Betweenness is estimated from 23456 sampled shortest paths"))
        let decoded = try NetworkReport.decode(try report.jsonData(), name: "graph.json")
        XCTAssertEqual(decoded.estimates, report.estimates)
    }
}

extension TestNetworks {
    /// The 2022 test network's hand-made measures, without building a report.
    static func report2022AnalysisForEstimates(_ network: CoappearanceNetwork) -> NetworkAnalysis {
        let names = network.graph.names
        let n = names.count
        return NetworkAnalysis(degree: (0..<n).map { network.graph.degree(of: $0) }, weightedDegree: Array(repeating: 1, count: n),
                               pagerank: Array(repeating: 1 / Double(n), count: n), betweenness: Array(repeating: 0, count: n),
                               closeness: Array(repeating: 0, count: n), harmonic: Array(repeating: 0, count: n),
                               eigenvector: Array(repeating: 0, count: n), clustering: Array(repeating: 0, count: n),
                               coreNumber: Array(repeating: 1, count: n), component: Array(repeating: 0, count: n),
                               community: Array(repeating: 0, count: n), modularity: 0)
    }
}
