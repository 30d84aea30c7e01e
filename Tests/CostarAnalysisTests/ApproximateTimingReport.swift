import CostarAnalysis
import CostarGraph
import Dispatch
import XCTest

/// Times exact against sampled betweenness and closeness on generated co-appearance graphs of up to 12,000 people
/// and 300,000 ties, and prints the largest error of each estimate. Skipped unless `COSTAR_TIMINGS=1`; meant for
/// release builds:
/// `COSTAR_TIMINGS=1 swift test -c release -Xswiftc -enable-testing --filter ApproximateTimingReport`.
final class ApproximateTimingReport: XCTestCase {
    /// A co-appearance graph of circles of 20 people: first every person in one circle of a random partition (so
    /// nobody is isolated), then circles drawn by Zipf-like popularity (person `i` weighs `1/(i + 1)^0.5`) until the
    /// graph has `ties` ties. Repeated co-appearances add to a tie's weight.
    static func circles(people n: Int, ties: Int, seed: UInt64 = 1) -> CoappearanceGraph {
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        func unit() -> Double { Double(next() >> 11) * 0x1p-53 }
        var cumulative: [Double] = []
        var total = 0.0
        for i in 0..<n {
            total += 1 / Double(i + 1).squareRoot()
            cumulative.append(total)
        }
        func popular() -> Int {
            let x = unit() * total
            var lo = 0, hi = n - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if cumulative[mid] > x { hi = mid } else { lo = mid + 1 }
            }
            return lo
        }
        var weight: [Int: Double] = [:]
        func add(_ members: [Int]) {
            let sorted = members.sorted()
            for i in sorted.indices {
                for j in (i + 1)..<sorted.count { weight[sorted[i] * n + sorted[j], default: 0] += 1 }
            }
        }
        var everyone = Array(0..<n)
        for i in stride(from: n - 1, to: 0, by: -1) { everyone.swapAt(i, Int(next() % UInt64(i + 1))) }
        for start in stride(from: 0, to: n, by: 20) { add(Array(everyone[start..<min(start + 20, n)])) }
        while weight.count < ties {
            var members = Set<Int>()
            while members.count < 20 { members.insert(popular()) }
            add(Array(members))
        }
        let edges = weight.map { CoappearanceGraph.Edge(source: Int32($0.key / n), target: Int32($0.key % n),
                                                        weight: $0.value) }
        return CoappearanceGraph(names: (0..<n).map { "p\($0)" }, edges: edges)
    }

    private func time<T>(_ label: String, _ body: () -> T) -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print("timing \(label): \(String(format: "%.3f", seconds)) s")
        return (value, seconds)
    }

    private func maxError(_ a: [Double], _ b: [Double]) -> Double { zip(a, b).map { abs($0 - $1) }.max() ?? 0 }

    func testExactAgainstSampled() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["COSTAR_TIMINGS"] == "1", "set COSTAR_TIMINGS=1")
        let (graph, _) = time("generate 12,000 people / 300,000 ties") { Self.circles(people: 12_000, ties: 300_000) }
        let n = graph.nodeCount
        print("graph: \(n) people, \(graph.edgeCount) ties, work n(n + 2m) = " +
              "\(Double(n) * Double(n + 2 * graph.edgeCount))")
        for metric in PathMetric.allCases {
            let (exact, _) = time("exact betweenness \(metric)") { betweennessCentrality(of: graph, metric: metric) }
            print("largest exact betweenness \(metric): \(exact.max()!)")
            for epsilon in [0.02, 0.01, 0.005] {
                let (sampled, _) = time("sampled betweenness \(metric) ε=\(epsilon)") {
                    approximateBetweennessCentrality(of: graph, metric: metric, epsilon: epsilon)
                }
                print("  r = \(sampled.samples), VD ≤ \(sampled.vertexDiameterBound), max |Δ| = " +
                      "\(maxError(sampled.values, exact))")
            }
            let (closeness, _) = time("exact closeness+harmonic \(metric)") {
                (closenessCentrality(of: graph, metric: metric), harmonicCentrality(of: graph, metric: metric))
            }
            _ = time("exact closeness alone \(metric)") { closenessCentrality(of: graph, metric: metric) }
            for epsilon in [0.1, 0.05, 0.03] {
                let (sampled, _) = time("sampled closeness+harmonic \(metric) ε=\(epsilon)") {
                    approximateClosenessCentrality(of: graph, metric: metric, epsilon: epsilon)
                }
                let distanceError = maxError(sampled.closeness.map { 1 / $0 }, closeness.0.map { 1 / $0 })
                print("  k = \(sampled.sourcesPerComponent), max |Δ closeness| = " +
                      "\(maxError(sampled.closeness, closeness.0)), max |Δ average distance| = \(distanceError), " +
                      "max |Δ harmonic| / (n − 1) = \(maxError(sampled.harmonic, closeness.1) / Double(n - 1))")
            }
        }
        _ = time("analyze, automatic (sampled)") { analyze(graph) }
        _ = time("analyze, exact") { analyze(graph, options: .init(betweennessMode: .exact, closenessMode: .exact)) }
    }

    /// Exact betweenness (hops and 1/weight) on graphs around the automatic limit, to relate its work measure
    /// `n(n + 2m)` to time.
    func testExactScaling() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["COSTAR_TIMINGS"] == "1", "set COSTAR_TIMINGS=1")
        for (people, ties) in [(4_000, 80_000), (8_000, 160_000), (10_000, 200_000), (16_000, 250_000)] {
            let graph = Self.circles(people: people, ties: ties)
            let work = Double(people) * Double(people + 2 * graph.edgeCount)
            print("graph \(people) people, \(graph.edgeCount) ties, work \(work), automatic exact: " +
                  "\(AnalysisOptions.automaticIsExact(for: graph, metric: .hops)) with hops, " +
                  "\(AnalysisOptions.automaticIsExact(for: graph, metric: .inverseWeight)) with 1/weight")
            for metric in PathMetric.allCases {
                let (_, seconds) = time("  exact betweenness \(metric)") { betweennessCentrality(of: graph, metric: metric) }
                print("  ns per unit of work \(metric): \(seconds * 1e9 / work)")
                _ = time("  sampled betweenness \(metric) ε=0.01") {
                    approximateBetweennessCentrality(of: graph, metric: metric, epsilon: 0.01)
                }
                _ = time("  exact closeness \(metric)") { closenessCentrality(of: graph, metric: metric) }
                _ = time("  sampled closeness \(metric) ε=0.05") {
                    approximateClosenessCentrality(of: graph, metric: metric, epsilon: 0.05)
                }
            }
        }
    }
}
