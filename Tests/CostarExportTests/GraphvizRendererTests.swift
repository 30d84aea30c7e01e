import Foundation
import XCTest
@testable import CostarExport

final class GraphvizRendererTests: XCTestCase {
    /// Width and height from a PNG's IHDR chunk.
    private func pngSize(_ data: Data) throws -> (width: Int, height: Int) {
        let bytes = [UInt8](data.prefix(24))
        XCTAssertEqual(bytes.count, 24)
        XCTAssertEqual(Array(bytes[0..<8]), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG signature")
        XCTAssertEqual(String(decoding: bytes[12..<16], as: UTF8.self), "IHDR")
        func int(_ at: Int) -> Int { bytes[at..<(at + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    func testSVGPNGAndDOTOfTheTestNetwork() throws {
        let report = TestNetworks.report2022()
        let renderer = try GraphvizRenderer()
        let diagrams = try renderer.diagrams(for: report)

        let svg = String(decoding: diagrams.svg, as: UTF8.self)
        XCTAssertTrue(svg.hasPrefix("<?xml") || svg.hasPrefix("<svg"))
        for name in report.people.map(\.name) {
            XCTAssertTrue(svg.contains(">\(name)</text>"), "SVG lacks \(name)")
        }
        XCTAssertTrue(svg.contains("font-family=\"Liberation Sans"), "named font")
        XCTAssertTrue(svg.contains("Co&#45;appearance network: 2022") || svg.contains("Co-appearance network: 2022"))
        XCTAssertEqual(svg.components(separatedBy: "class=\"node\"").count - 1, 6)
        XCTAssertEqual(svg.components(separatedBy: "class=\"edge\"").count - 1, 5)
        XCTAssertTrue(svg.contains("fill=\"#77aadd\"") || svg.contains("fill=\"#77AADD\""), "community 0 colour")

        let size = try pngSize(diagrams.png)
        XCTAssertTrue((300...4000).contains(size.width) && (200...4000).contains(size.height), "\(size)")
        try diagrams.png.write(to: URL(fileURLWithPath: "/tmp/export-sample.png"))

        let dot = String(decoding: diagrams.dot, as: UTF8.self)
        XCTAssertTrue(dot.hasPrefix("graph costar {"), dot)
        XCTAssertTrue(dot.contains("\"Harry Connick, Jr.\""))
        XCTAssertTrue(dot.contains("\"Tom Holland\" -- Zendaya") || dot.contains("\"Tom Holland\" -- \"Zendaya\""), dot)
        XCTAssertTrue(dot.contains("overlap=prism"))
        XCTAssertTrue(dot.contains("splines=false"))
        XCTAssertFalse(dot.contains("pos="), "DOT is written before layout")
    }

    func testRenderingIsRepeatableAndNeatoWorks() throws {
        let renderer = try GraphvizRenderer()
        let plan = DiagramPlan(report: TestNetworks.report2022())
        let first = try renderer.render(plan, formats: [.svg])
        let second = try renderer.render(plan, formats: [.svg])
        XCTAssertEqual(first, second)
        let neato = try renderer.render(DiagramPlan(report: TestNetworks.report2022(), options: .init(engine: .neato)), formats: [.svg, .dot])
        XCTAssertEqual(Set(neato.keys), [.svg, .dot])
        XCTAssertTrue(String(decoding: neato[.dot]!, as: UTF8.self).contains("layout=neato"))
    }

    /// sfdp takes its start positions from the C library's rand(): without reseeding, the same graph laid out a
    /// second time in one process (after any other sfdp layout) comes out different.
    func testSFDPLayoutDoesNotDependOnTheLayoutsBeforeIt() throws {
        let renderer = try GraphvizRenderer()
        let chain = DiagramPlan(report: TestNetworks.chainReport(count: 60).report, options: .init(engine: .sfdp))
        let other = DiagramPlan(report: TestNetworks.report2022(), options: .init(engine: .sfdp))
        let first = try renderer.render(chain, formats: [.svg])
        _ = try renderer.render(other, formats: [.svg])
        let again = try renderer.render(chain, formats: [.svg])
        XCTAssertEqual(first, again)
    }

    /// cairo's creation date in a PDF becomes a fixed one of the same length, so the bytes repeat.
    func testPDFCreationDateIsFixed() {
        let pdf = Data("%PDF-1.5\n1 0 obj << /Producer (cairo) /CreationDate (D:20261123123015Z) >>\nendobj\n".utf8)
        let fixed = GraphvizRenderer.fixedCreationDate(pdf)
        XCTAssertEqual(fixed.count, pdf.count)
        XCTAssertEqual(String(decoding: fixed, as: UTF8.self),
                       "%PDF-1.5\n1 0 obj << /Producer (cairo) /CreationDate (D:19700101000000Z) >>\nendobj\n")
        let plain = Data("%PDF-1.5\nno date here\n".utf8)
        XCTAssertEqual(GraphvizRenderer.fixedCreationDate(plain), plain)
    }

    func testPlanStyle() {
        let plan = DiagramPlan(report: TestNetworks.report2022())
        XCTAssertEqual(plan.nodes.map(\.name), TestNetworks.report2022().people.map(\.name))
        let zendaya = plan.nodes[0].attributes, harry = plan.nodes[5].attributes
        XCTAssertEqual(zendaya["width"], "1.3")
        XCTAssertEqual(zendaya["fontsize"], "20")
        XCTAssertEqual(zendaya["fillcolor"], "#77AADD")
        XCTAssertEqual(harry["fillcolor"], "#EEDD88")
        XCTAssertEqual(harry["width"], NumberFormat.decimal(1.3 * (0.1 / 0.28).squareRoot(), significant: 4))
        XCTAssertEqual(plan.edges[0].attributes["penwidth"], "5")
        XCTAssertEqual(plan.edges[0].attributes["color"], "#404040")
        XCTAssertEqual(plan.edges[1].attributes["penwidth"], "1")
        XCTAssertEqual(plan.edges[1].attributes["color"], "#C0C0C0")
        XCTAssertEqual(plan.graphAttributes["size"], "41.667,41.667")
        XCTAssertEqual(plan.graphAttributes["splines"], "false")
        XCTAssertEqual(plan.graphAttributes["outputorder"], "edgesfirst")
        XCTAssertFalse(plan.isTruncated)
        XCTAssertEqual(DiagramPlan.colour(ofCommunity: 8), DiagramPlan.otherCommunityColour)
        XCTAssertEqual(DiagramPlan.escapeLabel("a\\nb"), "a\\\\nb")
    }

    func testCapKeepsTopPeopleByPageRankAndSaysSo() throws {
        let (report, pagerank) = TestNetworks.chainReport(count: 200)
        let plan = DiagramPlan(report: report, options: .init(maxPeople: 150))
        let expected = Set(pagerank.sorted { $0.value > $1.value }.prefix(150).map(\.key))
        XCTAssertEqual(plan.nodes.count, 150)
        XCTAssertEqual(Set(plan.nodes.map(\.name)), expected)
        XCTAssertTrue(plan.isTruncated)
        XCTAssertTrue(plan.edges.allSatisfy { expected.contains($0.source) && expected.contains($0.target) })
        XCTAssertEqual(plan.edges.count, report.ties.filter { expected.contains($0.source) && expected.contains($0.target) }.count)
        XCTAssertEqual(plan.titleLines[1], plan.caption)
        XCTAssertTrue(plan.titleLines[1].hasPrefix("Showing 150 of 200 people: the top by PageRank;"), plan.titleLines[1])
        XCTAssertEqual(plan.bridges, [], "no one has betweenness above 0, so no bridges")

        let svg = String(decoding: try GraphvizRenderer().render(plan, formats: [.svg])[.svg]!, as: UTF8.self)
        XCTAssertEqual(svg.components(separatedBy: "class=\"node\"").count - 1, 150)
        XCTAssertTrue(svg.contains("Showing 150 of 200 people: the top by PageRank"))
        let dropped = Set(report.people.map(\.name)).subtracting(expected)
        XCTAssertEqual(dropped.count, 50)
        for name in dropped { XCTAssertFalse(svg.contains(">\(name)</text>"), name) }

        let small = DiagramPlan(report: report, options: .init(maxPeople: 10))
        XCTAssertEqual(small.nodes.map(\.name), Array(report.people.prefix(10).map(\.name)))
    }

    func testSVGViewBoxCoversTheScaledDrawing() {
        let svg = Data("<?xml version=\"1.0\"?>\n<svg width=\"1618pt\" height=\"1620pt\"\n viewBox=\"0.00 0.00 1213.60 1215.13\" xmlns=\"http://www.w3.org/2000/svg\">\n<g transform=\"scale(1.33 1.33)\"></g></svg>".utf8)
        let fixed = String(decoding: SVGViewBox.corrected(svg), as: UTF8.self)
        XCTAssertTrue(fixed.contains("viewBox=\"0 0 1618 1620\""), fixed)
        XCTAssertEqual(SVGViewBox.corrected(Data("not svg".utf8)), Data("not svg".utf8))
    }
}
