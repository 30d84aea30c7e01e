import Foundation
import XCTest
@testable import CostarExport

/// Two years in one picture, coloured by when each person and tie appears, and the returning guests' CSV.
final class ComparisonDiagramTests: XCTestCase {
    let before = TestNetworks.report2022(), after = TestNetworks.report2023()
    typealias Presence = ComparisonDiagram.Presence

    func testEveryoneColouredByWhenTheyAppear() {
        let plan = ComparisonDiagram.plan(before: before, after: after)
        let fill = Dictionary(uniqueKeysWithValues: plan.nodes.map { ($0.name, $0.attributes["fillcolor"]!) })
        XCTAssertEqual(fill.count, 8, "everyone of either year, once")
        for name in ["Anna Wintour", "A$AP Rocky", "Harry Connick, Jr."] { XCTAssertEqual(fill[name], Presence.onlyBefore.fill, name) }
        for name in ["Blake Lively", "Ryan Reynolds"] { XCTAssertEqual(fill[name], Presence.onlyAfter.fill, name) }
        for name in ["Tom Holland", "Zendaya", "Rihanna"] { XCTAssertEqual(fill[name], Presence.both.fill, name) }
        XCTAssertEqual(plan.nodes.first { $0.name == "Zendaya" }?.attributes["color"], Presence.both.line)
        XCTAssertEqual(Set(Presence.allCases.map(\.fill)).count, 3)

        func colour(_ a: String, _ b: String) -> String? {
            plan.edges.first { $0.source == a && $0.target == b }?.attributes["color"].map { String($0.prefix(7)) }
        }
        XCTAssertEqual(plan.edges.count, 8, "4 lost, 3 new, 1 kept")
        XCTAssertEqual(colour("Tom Holland", "Zendaya"), Presence.both.line)
        XCTAssertEqual(colour("A$AP Rocky", "Rihanna"), Presence.onlyBefore.line)
        XCTAssertEqual(colour("Rihanna", "Zendaya"), Presence.onlyBefore.line)
        XCTAssertEqual(colour("Blake Lively", "Ryan Reynolds"), Presence.onlyAfter.line)

        XCTAssertEqual(plan.legend.map(\.text), [
            "Only in 2022: 3 people, 4 ties", "Only in 2023: 2 people, 3 ties", "In both: 3 people, 1 tie",
        ])
        XCTAssertEqual(plan.legend.map(\.fill), [Presence.onlyBefore.fill, Presence.onlyAfter.fill, Presence.both.fill])
        XCTAssertEqual(plan.legend.map(\.line), [Presence.onlyBefore.line, Presence.onlyAfter.line, Presence.both.line])
        XCTAssertEqual(plan.titleLines[0], "Who came back: 2022 and 2023")
        XCTAssertEqual(plan.titleLines[1], "2022: 6 people, 5 ties · 2023: 5 people, 4 ties")
        XCTAssertNil(plan.caption)
        XCTAssertTrue(plan.nodes.first { $0.name == "Rihanna" }!.attributes["tooltip"]!
            .contains("2022: rank 4, degree 2, PageRank 0.16, 2 captions\\n2023: rank 3"))
        XCTAssertTrue(plan.nodes.first { $0.name == "Anna Wintour" }!.attributes["tooltip"]!.hasSuffix("2023: not there"))
    }

    func testCapKeepsTheMostConnectedOfEitherYear() {
        let plan = ComparisonDiagram.plan(before: before, after: after, options: .init(maxPeople: 3))
        // Shares of each year's top PageRank: Zendaya 1 (2022), Tom Holland 1 and Zendaya 1 (2023), Rihanna 0.91 (2023).
        XCTAssertEqual(plan.nodes.map(\.name), ["Tom Holland", "Zendaya", "Rihanna"])
        XCTAssertTrue(plan.caption!.hasPrefix("Showing 3 of 8 people: the top by PageRank in either year;"), plan.caption!)
        XCTAssertEqual(plan.totalPeople, 8)
        XCTAssertEqual(plan.totalTies, 8)
    }

    func testFilesAndCSV() throws {
        let files = try ComparisonDiagram.files(before: before, after: after, renderer: GraphvizRenderer())
        XCTAssertEqual(files.map(\.name), ["compare-2022-2023.svg", "compare-2022-2023.png", "compare-2022-2023.csv"])
        let svg = String(decoding: files[0].data, as: UTF8.self)
        XCTAssertEqual(svg.components(separatedBy: "class=\"node\"").count - 1, 8)
        XCTAssertTrue(svg.contains("Only in 2022: 3 people, 4 ties"))
        XCTAssertEqual(Array(files[1].data.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        XCTAssertEqual(String(decoding: files[2].data, as: UTF8.self), ComparisonCSV.render(Comparison(before: before, after: after)))
    }

    func testReturningGuestsCSV() {
        XCTAssertEqual(ComparisonCSV.render(Comparison(before: before, after: after)), """
            name,rank_2022,rank_2023,degree_2022,degree_2023
            Tom Holland,2,1,2,1
            Zendaya,1,2,3,1
            Rihanna,4,3,2,2

            """)
        XCTAssertEqual(ComparisonCSV.header(before: "a,b", after: "c"), "name,\"rank_a,b\",rank_c,\"degree_a,b\",degree_c")
    }
}
