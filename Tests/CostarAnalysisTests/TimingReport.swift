import CostarAnalysis
import CostarGraph
import Dispatch
import XCTest

/// Prints the time of each measure on the 2,000-node fixture. Skipped unless `COSTAR_TIMINGS=1`; meant for release
/// builds: `COSTAR_TIMINGS=1 swift test -c release --filter TimingReport`.
final class TimingReport: XCTestCase {
    func testTimings() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["COSTAR_TIMINGS"] == "1", "set COSTAR_TIMINGS=1")
        let graph = try Fixture.load("circles2000").graph
        func time(_ label: String, _ body: () -> Any) {
            var best = Double.infinity
            for _ in 0..<5 {
                let start = DispatchTime.now().uptimeNanoseconds
                _ = body()
                best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            print("timing \(label): \(best) ms")
        }
        time("degree") { degrees(of: graph) }
        time("weighted degree") { weightedDegrees(of: graph) }
        time("pagerank") { pagerank(of: graph) }
        time("betweenness") { betweennessCentrality(of: graph) }
        time("betweenness 1/w") { betweennessCentrality(of: graph, metric: .inverseWeight) }
        time("closeness") { closenessCentrality(of: graph) }
        time("closeness 1/w") { closenessCentrality(of: graph, metric: .inverseWeight) }
        time("harmonic") { harmonicCentrality(of: graph) }
        time("eigenvector") { eigenvectorCentrality(of: graph) }
        time("clustering") { clusteringCoefficients(of: graph) }
        time("clustering weighted") { clusteringCoefficients(of: graph, weighted: true) }
        time("core number") { coreNumbers(of: graph) }
        time("components") { connectedComponents(of: graph) }
        time("louvain") { louvainCommunities(of: graph) }
        time("analyze") { analyze(graph) }
    }
}
