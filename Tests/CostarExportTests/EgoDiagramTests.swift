import Foundation
import XCTest
@testable import CostarExport

/// One person's circle: who is in it at depth 1 and 2, the ties among them, the look, and unknown names.
final class EgoDiagramTests: XCTestCase {
    // 2022 ties: Tom Holland–Zendaya (2), Anna Wintour–Tom Holland, Anna Wintour–Zendaya, Rihanna–Zendaya,
    // A$AP Rocky–Rihanna; Harry Connick, Jr. alone.
    let report = TestNetworks.report2022()

    func testMembersAtDepthOneAndTwo() {
        XCTAssertEqual(EgoDiagram.members(of: "Tom Holland", in: report, depth: 1),
                       ["Tom Holland": 0, "Zendaya": 1, "Anna Wintour": 1])
        XCTAssertEqual(EgoDiagram.members(of: "Tom Holland", in: report, depth: 2),
                       ["Tom Holland": 0, "Zendaya": 1, "Anna Wintour": 1, "Rihanna": 2])
        XCTAssertEqual(EgoDiagram.members(of: "Rihanna", in: report, depth: 2),
                       ["Rihanna": 0, "Zendaya": 1, "A$AP Rocky": 1, "Tom Holland": 2, "Anna Wintour": 2])
        XCTAssertEqual(EgoDiagram.members(of: "Harry Connick, Jr.", in: report, depth: 2), ["Harry Connick, Jr.": 0])
        XCTAssertEqual(EgoDiagram.members(of: "Tom Holland", in: report, depth: 2, minWeight: 2),
                       ["Tom Holland": 0, "Zendaya": 1], "only ties of weight ≥ 2 are followed")
        XCTAssertEqual(EgoDiagram.members(of: "Nobody", in: report, depth: 1), [:])
    }

    func testPlanDrawsThePersonTheirTiesAndTheTiesAmongThem() throws {
        let one = try EgoDiagram.plan(report: report, person: "Tom Holland", depth: 1)
        XCTAssertEqual(one.nodes.map(\.name), ["Tom Holland", "Zendaya", "Anna Wintour"],
                       "the person, then companions by tie weight")
        XCTAssertEqual(Set(one.edges.map { "\($0.source)|\($0.target)" }),
                       ["Tom Holland|Zendaya", "Anna Wintour|Tom Holland", "Anna Wintour|Zendaya"])
        XCTAssertEqual(one.engine, .twopi)
        XCTAssertEqual(one.graphAttributes["root"], "Tom Holland")
        XCTAssertEqual(one.nodes[0].attributes["penwidth"], "5", "the person has a thick outline")
        XCTAssertNil(one.nodes[1].attributes["penwidth"])
        XCTAssertEqual(one.titleLines[0], "Tom Holland’s circle: 2022")
        XCTAssertEqual(one.titleLines[1], "2 companions and 3 ties among them · rank 2 of 6 in the network")

        let two = try EgoDiagram.plan(report: report, person: "Tom Holland", depth: 2)
        XCTAssertEqual(two.nodes.map(\.name), ["Tom Holland", "Zendaya", "Anna Wintour", "Rihanna"])
        XCTAssertEqual(Set(two.edges.map { "\($0.source)|\($0.target)" }),
                       ["Tom Holland|Zendaya", "Anna Wintour|Tom Holland", "Anna Wintour|Zendaya", "Rihanna|Zendaya"])
        XCTAssertFalse(two.edges.contains { $0.source == "A$AP Rocky" || $0.target == "A$AP Rocky" })
        XCTAssertTrue(two.titleLines[1].hasPrefix("2 companions, 1 companion of companions and 4 ties among them"), two.titleLines[1])

        // A cap keeps the person and the closest first, and says so.
        let capped = try EgoDiagram.plan(report: report, person: "Rihanna", depth: 2, options: .init(maxPeople: 3))
        XCTAssertEqual(capped.nodes.map(\.name), ["Rihanna", "Zendaya", "A$AP Rocky"])
        XCTAssertEqual(capped.caption, "Showing 3 of 5 people: 2 of 2 companions by tie weight, 0 of 2 companions of companions by PageRank"
            + "; each one's 6 strongest ties and all of Rihanna’s")

        // Another layout when asked; then no root.
        let neato = try EgoDiagram.plan(report: report, person: "Zendaya", options: .init(engine: .neato))
        XCTAssertEqual(neato.engine, .neato)
        XCTAssertNil(neato.graphAttributes["root"])
    }

    func testUnknownPersonSuggestsTheClosestNames() throws {
        XCTAssertEqual(try EgoDiagram.plan(report: report, person: "tom  HOLLAND").nodes.first?.name, "Tom Holland",
                       "case and spacing do not matter when one name matches")
        XCTAssertThrowsError(try EgoDiagram.plan(report: report, person: "Zendya")) { error in
            let unknown = error as? EgoDiagram.UnknownPerson
            XCTAssertEqual(unknown?.suggestions.first, "Zendaya")
            XCTAssertEqual(unknown?.suggestions.count, 3)
            XCTAssertFalse(String(describing: error).contains("\n"))
            XCTAssertTrue(String(describing: error).hasPrefix("“Zendya” is not in the network; closest names: Zendaya, "))
        }
        XCTAssertEqual(EgoDiagram.closestNames(to: "Holland", in: report.people.map(\.name)).first, "Tom Holland")
        XCTAssertEqual(EgoDiagram.closestNames(to: "rihana", in: report.people.map(\.name), limit: 1), ["Rihanna"])
    }

    func testSlugs() {
        XCTAssertEqual(EgoDiagram.slug("Janelle Monáe"), "janelle-monae")
        XCTAssertEqual(EgoDiagram.slug("Harry Connick, Jr."), "harry-connick-jr")
        XCTAssertEqual(EgoDiagram.slug("A$AP Rocky"), "a-ap-rocky")
        XCTAssertEqual(EgoDiagram.slug("!!!"), "person")
    }

    func testRenderedEgoPicture() throws {
        let plan = try EgoDiagram.plan(report: report, person: "Zendaya", depth: 1)
        let diagrams = try GraphvizRenderer().diagrams(for: plan)
        let svg = String(decoding: diagrams.svg, as: UTF8.self)
        XCTAssertEqual(svg.components(separatedBy: "class=\"node\"").count - 1, 4)
        XCTAssertEqual(svg.components(separatedBy: "class=\"edge\"").count - 1, 4)
        XCTAssertTrue(svg.contains("Zendaya’s circle: 2022"))
        XCTAssertEqual(diagrams.files(named: "ego-zendaya").map(\.name),
                       ["ego-zendaya.dot", "ego-zendaya.svg", "ego-zendaya.png", "ego-zendaya.pdf"])
        XCTAssertTrue(String(decoding: diagrams.dot, as: UTF8.self).contains("root=Zendaya"))
    }
}
