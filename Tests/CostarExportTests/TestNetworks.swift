import Foundation
import CostarAnalysis
import CostarCorpus
import CostarExtraction
import CostarGraph
@testable import CostarExport

/// Hand-made networks with hand-filled measures.
enum TestNetworks {
    static func unit(_ id: String, _ date: String, _ text: String, kind: UnitKind = .caption,
                     present: [String], named: [String] = []) -> ExtractedUnit {
        let document = String(id.split(separator: "#")[0])
        let people = present.map { PersonMention(name: $0, mention: $0, role: .present) }
            + named.map { PersonMention(name: $0, mention: $0, role: .named) }
        return ExtractedUnit(unit: CaptionUnit(document: document, date: date, id: id, kind: kind, text: text), people: people)
    }

    /// Measures given per name, laid out in the network's node order.
    struct Measures {
        var degree: Int
        var weightedDegree: Double
        var pagerank: Double
        var betweenness = 0.0
        var closeness = 0.0
        var eigenvector = 0.0
        var clustering = 0.0
        var community: Int
        var component = 0
    }

    static func analysis(_ network: CoappearanceNetwork, _ measures: [String: Measures], modularity: Double,
                         weightedClustering: Bool = false) -> NetworkAnalysis {
        let m = network.graph.names.map { measures[$0]! }
        return NetworkAnalysis(
            degree: m.map(\.degree), weightedDegree: m.map(\.weightedDegree), pagerank: m.map(\.pagerank),
            betweenness: m.map(\.betweenness), closeness: m.map(\.closeness), harmonic: m.map(\.closeness),
            eigenvector: m.map(\.eigenvector), clustering: m.map(\.clustering), coreNumber: m.map(\.degree),
            component: m.map(\.component), community: m.map(\.community), modularity: modularity,
            weightedClustering: weightedClustering ? m.map { $0.clustering / 2 } : [])
    }

    /// 2022: six captions (one without people), six people; Anna Wintour is only named in d1.txt#03.
    static let units2022: [ExtractedUnit] = [
        unit("d1.txt#01", "2022-05-02", "Anna Wintour, Zendaya and Tom Holland at the 2022 Met Gala.",
             present: ["Anna Wintour", "Zendaya", "Tom Holland"]),
        unit("d1.txt#02", "2022-05-02", "Zendaya and Tom Holland arrive together.", present: ["Zendaya", "Tom Holland"]),
        unit("d1.txt#03", "2022-05-02", "Rihanna and A$AP Rocky at Anna Wintour's after-party.",
             present: ["Rihanna", "A$AP Rocky"], named: ["Anna Wintour"]),
        unit("d2.txt#01", "2022-05-03", "Zendaya, with Rihanna, inside the museum.", present: ["Zendaya", "Rihanna"]),
        unit("d2.txt#02", "2022-05-03", "Harry Connick, Jr. performed.", kind: .prose, present: ["Harry Connick, Jr."]),
        unit("d2.txt#03", "2022-05-03", "The staircase before the doors opened.", present: []),
    ]

    static func network2022() -> CoappearanceNetwork { CoappearanceNetwork(units: units2022) }

    static func report2022() -> NetworkReport {
        let network = network2022()
        let analysis = analysis(network, [
            "A$AP Rocky": Measures(degree: 1, weightedDegree: 1, pagerank: 0.1, closeness: 0.4, eigenvector: 0.1, community: 1),
            "Anna Wintour": Measures(degree: 2, weightedDegree: 2, pagerank: 0.16, closeness: 0.5333333333333333,
                                     eigenvector: 0.45, clustering: 1, community: 0),
            "Harry Connick, Jr.": Measures(degree: 0, weightedDegree: 0, pagerank: 0.1, community: 2, component: 1),
            "Rihanna": Measures(degree: 2, weightedDegree: 2, pagerank: 0.16, betweenness: 0.3, closeness: 0.6666666666666666,
                                eigenvector: 0.3, community: 1),
            "Tom Holland": Measures(degree: 2, weightedDegree: 3, pagerank: 0.2, closeness: 0.5333333333333333,
                                    eigenvector: 0.5, clustering: 1, community: 0),
            "Zendaya": Measures(degree: 3, weightedDegree: 4, pagerank: 0.28, betweenness: 0.4, closeness: 0.8,
                                eigenvector: 0.65, clustering: 1.0 / 3.0, community: 0),
        ], modularity: 0.2, weightedClustering: true)
        return NetworkReport(label: "2022", network: network, analysis: analysis)
    }

    /// 2023: Tom Holland and Zendaya again (twice), and a new trio around Rihanna.
    static func report2023() -> NetworkReport {
        let network = CoappearanceNetwork(units: [
            unit("e1.txt#01", "2023-05-01", "Zendaya and Tom Holland.", present: ["Zendaya", "Tom Holland"]),
            unit("e1.txt#02", "2023-05-01", "Blake Lively, Ryan Reynolds and Rihanna.",
                 present: ["Blake Lively", "Ryan Reynolds", "Rihanna"]),
            unit("e1.txt#03", "2023-05-01", "Tom Holland and Zendaya leave.", present: ["Tom Holland", "Zendaya"]),
        ])
        let analysis = analysis(network, [
            "Blake Lively": Measures(degree: 2, weightedDegree: 2, pagerank: 0.18, community: 0),
            "Rihanna": Measures(degree: 2, weightedDegree: 2, pagerank: 0.2, community: 0),
            "Ryan Reynolds": Measures(degree: 2, weightedDegree: 2, pagerank: 0.18, community: 0),
            "Tom Holland": Measures(degree: 1, weightedDegree: 2, pagerank: 0.22, community: 1, component: 1),
            "Zendaya": Measures(degree: 1, weightedDegree: 2, pagerank: 0.22, community: 1, component: 1),
        ], modularity: 0.5)
        return NetworkReport(label: "2023", network: network, analysis: analysis)
    }

    /// A chain of `count` people P001–P200…, with PageRank scrambled so the top ones are spread along the chain.
    static func chainReport(count: Int) -> (report: NetworkReport, pagerank: [String: Double]) {
        let names = (1...count).map { "P" + String(format: "%03d", $0) }
        let units = (0..<(count - 1)).map { i in
            unit("chain.txt#\(i)", "2023-05-01", "\(names[i]) and \(names[i + 1]).", present: [names[i], names[i + 1]])
        }
        let network = CoappearanceNetwork(units: units)
        var pagerank: [String: Double] = [:]
        var measures: [String: Measures] = [:]
        for (i, name) in names.enumerated() {
            let value = Double((i * 37) % count + 1) / 1000
            pagerank[name] = value
            let degree = i == 0 || i == count - 1 ? 1 : 2
            measures[name] = Measures(degree: degree, weightedDegree: Double(degree), pagerank: value, community: i / 20)
        }
        return (NetworkReport(label: "chain", network: network, analysis: analysis(network, measures, modularity: 0.8)), pagerank)
    }
}
