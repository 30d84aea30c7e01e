import Foundation
import XCTest
import CostarGraph
@testable import CostarExport

/// Which people and ties a capped diagram keeps, what its caption says, and how circles are sized.
final class DiagramSelectionTests: XCTestCase {
    /// Three communities of five (each one caption, so a clique; a1 and a2 twice more), and four low-PageRank
    /// outsiders: x joins A and B, y joins B and C (both with betweenness); z has betweenness but ties only inside
    /// its own community; w crosses communities with betweenness 0.
    static func bridgedReport() -> NetworkReport {
        let a = (1...5).map { "a\($0)" }, b = (1...5).map { "b\($0)" }, c = (1...5).map { "c\($0)" }
        let u = { (id: String, people: [String]) in TestNetworks.unit("net.txt#\(id)", "2024-05-06", people.joined(separator: " and "), present: people) }
        let network = CoappearanceNetwork(units: [
            u("01", a), u("02", b), u("03", c), u("04", ["a1", "a2"]), u("05", ["a1", "a2"]),
            u("06", ["a5", "x"]), u("07", ["x", "b5"]), u("08", ["b1", "y"]), u("09", ["y", "c1"]),
            u("10", ["z", "a1"]), u("11", ["w", "a2"]), u("12", ["w", "c2"]),
        ])
        var measures: [String: TestNetworks.Measures] = [:]
        for (i, name) in (a + b + c).enumerated() {
            measures[name] = .init(degree: 4, weightedDegree: 4, pagerank: 0.1 - Double(i) * 0.004,
                                   community: i / 5)
        }
        measures["x"] = .init(degree: 2, weightedDegree: 2, pagerank: 0.01, betweenness: 0.3, community: 3)
        measures["y"] = .init(degree: 2, weightedDegree: 2, pagerank: 0.011, betweenness: 0.2, community: 2)
        measures["z"] = .init(degree: 1, weightedDegree: 1, pagerank: 0.012, betweenness: 0.5, community: 0)
        measures["w"] = .init(degree: 2, weightedDegree: 2, pagerank: 0.013, betweenness: 0, community: 4)
        return NetworkReport(label: "2024", network: network, analysis: TestNetworks.analysis(network, measures, modularity: 0.5))
    }

    func testCapKeepsTopByPageRankPlusBridges() {
        let report = Self.bridgedReport()
        XCTAssertEqual(report.people.count, 19)
        let selection = DiagramSelection(report: report, options: .init(maxPeople: 10))
        // 10 places, 2 for bridges: the top 8 by PageRank, then x and y (z does not cross, w has no betweenness).
        XCTAssertEqual(selection.bridges, ["x", "y"])
        XCTAssertEqual(Set(selection.people.map(\.name)), Set(["a1", "a2", "a3", "a4", "a5", "b1", "b2", "b3", "x", "y"]))
        XCTAssertEqual(selection.people.map(\.name).suffix(2), ["y", "x"], "people stay in PageRank order")
        XCTAssertTrue(selection.ties.allSatisfy { t in selection.people.contains { $0.name == t.source } && selection.people.contains { $0.name == t.target } })

        // More places than bridges: the rest go to the next people by PageRank.
        let wide = DiagramSelection(report: report, options: .init(maxPeople: 15))
        XCTAssertEqual(wide.bridges, ["x", "y"])
        XCTAssertEqual(wide.people.count, 15)
        XCTAssertEqual(Set(wide.people.map(\.name)), Set(report.people.prefix(13).map(\.name)).union(["x", "y"]))

        // No share for bridges: exactly the top by PageRank.
        let plain = DiagramSelection(report: report, options: .init(maxPeople: 10, bridgeShare: 0))
        XCTAssertEqual(plain.bridges, [])
        XCTAssertEqual(plain.people.map(\.name), report.people.prefix(10).map(\.name))

        // Under the cap everyone is drawn, with no caption.
        let all = DiagramSelection(report: report, options: .init(maxPeople: 19))
        XCTAssertEqual(all.people.count, 19)
        XCTAssertEqual(all.ties.count, report.ties.count)
        XCTAssertNil(all.caption)
    }

    func testCaptionSaysWhatWasLeftOut() {
        let report = Self.bridgedReport()
        let plan = DiagramPlan(report: report, options: .init(maxPeople: 10))
        XCTAssertEqual(plan.caption, "Showing 10 of 19 people: the top by PageRank and 2 bridges between communities; "
            + "each one's 6 strongest ties of weight ≥ 1 (\(plan.edges.count) of \(report.ties.count))")
        XCTAssertEqual(plan.titleLines[1], plan.caption)
        XCTAssertEqual(plan.bridges, ["x", "y"])
        XCTAssertTrue(plan.graphAttributes["label"]!.contains("Showing 10 of 19 people"))

        // Bridges are found along the ties drawn: x's and y's weigh 1, so with ties of weight ≥ 2 there are none.
        let heavy = DiagramPlan(report: report, options: .init(maxPeople: 10, minWeight: 2))
        XCTAssertEqual(heavy.caption, "Showing 10 of 19 people: the top by PageRank; "
            + "each one's 6 strongest ties of weight ≥ 2 (1 of \(report.ties.count))")
        XCTAssertEqual(heavy.bridges, [])
        XCTAssertEqual(DiagramPlan.grouped(12638), "12,638")
        XCTAssertEqual(DiagramPlan.grouped(999), "999")
        XCTAssertEqual(DiagramPlan.grouped(1_000_000), "1,000,000")
    }

    func testMinWeightDropsLightTies() {
        let report = TestNetworks.report2022()
        let plan = DiagramPlan(report: report, options: .init(minWeight: 2))
        XCTAssertEqual(plan.nodes.count, 6, "people stay, only their light ties go")
        XCTAssertEqual(plan.edges.map { "\($0.source)|\($0.target)" }, ["Tom Holland|Zendaya"])
        XCTAssertEqual(plan.titleLines[1], "6 people, 1 of 5 ties (weight ≥ 2), 3 communities, from 6 captions")
        XCTAssertNil(plan.caption)

        let capped = DiagramSelection(report: Self.bridgedReport(), options: .init(maxPeople: 10, minWeight: 2))
        XCTAssertEqual(capped.ties.map { "\($0.source)|\($0.target)" }, ["a1|a2"])
    }

    func testEachPersonKeepsTheirStrongestTies() {
        let report = Self.bridgedReport()
        let one = DiagramSelection(report: report, options: .init(maxPeople: 10, tiesPerPerson: 1))
        // a1's strongest is a2 (weight 3); every drawn tie is the strongest of one of its ends.
        XCTAssertTrue(one.ties.contains { $0.source == "a1" && $0.target == "a2" })
        let names = Set(one.people.map(\.name))
        let among = report.ties.filter { names.contains($0.source) && names.contains($0.target) }
        XCTAssertLessThan(one.ties.count, among.count)
        XCTAssertLessThanOrEqual(one.ties.count, names.count)
        for p in names where among.contains(where: { $0.source == p || $0.target == p }) {
            XCTAssertTrue(one.ties.contains { $0.source == p || $0.target == p }, "\(p) keeps a tie")
        }
        let every = DiagramSelection(report: report, options: .init(maxPeople: 10, tiesPerPerson: 0))
        XCTAssertEqual(every.ties, among)
    }

    func testSizingByEachCentrality() {
        let report = TestNetworks.report2022()
        func widths(_ measure: NodeSizeMeasure) -> [String: String] {
            let plan = DiagramPlan(report: report, options: .init(sizeBy: measure))
            XCTAssertTrue(plan.titleLines.last!.hasPrefix("Circle area: \(measure.title) ·"), plan.titleLines.last!)
            return Dictionary(uniqueKeysWithValues: plan.nodes.map { ($0.name, $0.attributes["width"]!) })
        }
        let d = { (x: Double) in NumberFormat.decimal(x, significant: 4) }

        let pagerank = widths(.pagerank)
        XCTAssertEqual(pagerank["Zendaya"], "1.3")
        XCTAssertEqual(pagerank["Tom Holland"], d(1.3 * (0.2 / 0.28).squareRoot()))

        let degree = widths(.degree)
        XCTAssertEqual(degree["Zendaya"], "1.3")
        XCTAssertEqual(degree["Tom Holland"], d(1.3 * (2.0 / 3.0).squareRoot()))
        XCTAssertEqual(degree["A$AP Rocky"], d(1.3 * (1.0 / 3.0).squareRoot()))
        XCTAssertEqual(degree["Harry Connick, Jr."], "0.2", "degree 0: the smallest circle")

        let betweenness = widths(.betweenness)
        XCTAssertEqual(betweenness["Zendaya"], "1.3")
        XCTAssertEqual(betweenness["Rihanna"], d(1.3 * (0.3 / 0.4).squareRoot()))
        XCTAssertEqual(betweenness["Tom Holland"], "0.2")

        let font = DiagramPlan(report: report, options: .init(sizeBy: .betweenness)).nodes.first { $0.name == "Rihanna" }!
        XCTAssertEqual(font.attributes["fontsize"], d(12 + 8 * (0.3 / 0.4).squareRoot()))
    }

    func testLegendNamesEachCommunityByItsTopMembers() {
        let plan = DiagramPlan(report: TestNetworks.report2022())
        XCTAssertEqual(plan.legend.map(\.text), [
            "Community 0 — Zendaya, Tom Holland, Anna Wintour (3 people)",
            "Community 1 — Rihanna, A$AP Rocky (2 people)",
            "Community 2 — Harry Connick, Jr. (1 person)",
        ])
        XCTAssertEqual(plan.legend.map(\.fill), Array(DiagramPlan.communityPalette.prefix(3)))
        let label = plan.graphAttributes["label"]!
        XCTAssertTrue(label.hasPrefix("<<TABLE") && label.hasSuffix("</TABLE>>"), label)
        XCTAssertTrue(label.contains("Community 0 — Zendaya, Tom Holland, Anna Wintour (3 people)"))

        // Colours go to the communities with most people drawn, whatever their ids.
        let capped = DiagramPlan(report: Self.bridgedReport(), options: .init(maxPeople: 10))
        XCTAssertEqual(capped.legend.first?.text, "Community 0 — a1, a2, a3, … (6 people)")
        XCTAssertEqual(capped.nodes.first { $0.name == "a1" }?.attributes["fillcolor"], DiagramPlan.communityPalette[0])
        XCTAssertEqual(capped.nodes.first { $0.name == "b1" }?.attributes["fillcolor"], DiagramPlan.communityPalette[1])
    }

    func testLayoutChosenBySizeUnlessGiven() {
        let small = TestNetworks.report2022()
        XCTAssertEqual(DiagramPlan(report: small).engine, .neato)
        XCTAssertEqual(DiagramPlan(report: small).graphAttributes["layout"], "neato")
        XCTAssertEqual(DiagramPlan(report: small, options: .init(engine: .sfdp)).engine, .sfdp)
        let (chain, _) = TestNetworks.chainReport(count: 120)
        XCTAssertEqual(DiagramPlan(report: chain).engine, .sfdp)
        XCTAssertEqual(DiagramPlan(report: chain, options: .init(maxPeople: 99)).engine, .neato)
        XCTAssertEqual(LayoutEngine.automatic(people: 99), .neato)
        XCTAssertEqual(LayoutEngine.automatic(people: 100), .sfdp)
    }
}
