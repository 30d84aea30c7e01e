import Foundation
import XCTest
@testable import CostarExport

/// What the rendered files hold: tooltips in the SVG, a real PDF, the legend and HTML-like labels.
final class DiagramRenderingTests: XCTestCase {
    /// The `<g class="node|edge">` groups of an SVG, each as its text.
    private func groups(_ svg: String, _ kind: String) -> [String] {
        svg.components(separatedBy: "class=\"\(kind)\"").dropFirst().map { $0.components(separatedBy: "</g>\n</g>")[0] }
    }

    func testSVGHasATooltipOnEveryPersonAndTie() throws {
        let report = TestNetworks.report2022()
        let svg = String(decoding: try GraphvizRenderer().render(DiagramPlan(report: report), formats: [.svg])[.svg]!, as: UTF8.self)
        let nodes = groups(svg, "node"), edges = groups(svg, "edge")
        XCTAssertEqual(nodes.count, report.people.count)
        XCTAssertEqual(edges.count, report.ties.count)
        for p in report.people {
            let group = nodes.first { $0.contains("<title>\(p.name)</title>") }
            XCTAssertNotNil(group, p.name)
            XCTAssertTrue(group?.contains("xlink:title=\"\(p.name)&#10;rank \(p.rank) · degree \(p.degree) · PageRank ") == true, group ?? "")
            XCTAssertTrue(group?.contains("\(p.captions.count) caption") == true, p.name)
        }
        let zendaya = nodes.first { $0.contains("<title>Zendaya</title>") }!
        XCTAssertTrue(zendaya.contains("PageRank 0.28 · betweenness 0.4&#10;community 0 · 3 captions"), zendaya)
        for edge in edges {
            XCTAssertTrue(edge.contains("xlink:title=\""), edge)
            XCTAssertTrue(edge.contains("&#10;weight "), edge)
        }
        let kept = edges.first { $0.contains("<title>Tom Holland&#45;&#45;Zendaya</title>") }
        XCTAssertTrue(kept?.contains("Tom Holland &amp; Zendaya&#10;weight 2 · 2 captions&#10;d1.txt#01, d1.txt#02") == true, kept ?? "")
    }

    func testTieTooltipsCutLongCaptionLists() {
        let ids = (1...20).map { "doc.txt#\($0)" }
        let tooltip = DiagramPlan.tooltip(NetworkReport.Tie(source: "A", target: "B", weight: 20, captions: ids))
        XCTAssertTrue(tooltip.hasPrefix("A & B\\nweight 20 · 20 captions\\ndoc.txt#1, doc.txt#2,"), tooltip)
        XCTAssertTrue(tooltip.hasSuffix("doc.txt#12 … and 8 more"), tooltip)
    }

    func testPDFAndAllFormatsFromOneCall() throws {
        let renderer = try GraphvizRenderer()
        let diagrams = try renderer.diagrams(for: TestNetworks.report2022())
        XCTAssertEqual(String(decoding: diagrams.pdf.prefix(5), as: UTF8.self), "%PDF-")
        XCTAssertTrue(String(decoding: diagrams.pdf.suffix(8), as: UTF8.self).contains("%%EOF"))
        XCTAssertGreaterThan(diagrams.pdf.count, 1000)
        XCTAssertEqual(diagrams.files(named: "graph").map(\.name), ["graph.dot", "graph.svg", "graph.png", "graph.pdf"])
        let pdfOnly = try renderer.render(DiagramPlan(report: TestNetworks.report2023()), formats: [.pdf])
        XCTAssertEqual(Array(pdfOnly.keys), [.pdf])
        XCTAssertEqual(String(decoding: pdfOnly[.pdf]!.prefix(4), as: UTF8.self), "%PDF")
        XCTAssertEqual(Diagrams(dot: Data("x".utf8), svg: Data(), png: Data()).files(named: "g").map(\.name), ["g.dot"])
    }

    func testLegendAndTitleInTheDrawing() throws {
        let diagrams = try GraphvizRenderer().diagrams(for: TestNetworks.report2022())
        let svg = String(decoding: diagrams.svg, as: UTF8.self)
        XCTAssertTrue(svg.contains("Community 0 — Zendaya, Tom Holland, Anna Wintour (3 people)"), "legend")
        XCTAssertTrue(svg.contains("Community 2 — Harry Connick, Jr. (1 person)"))
        XCTAssertTrue(svg.contains("Circle area: PageRank"))
        XCTAssertTrue(svg.contains("fill=\"#77aadd\"") || svg.contains("fill=\"#77AADD\""))
        let dot = String(decoding: diagrams.dot, as: UTF8.self)
        XCTAssertTrue(dot.contains("label=<<TABLE"), "the graph label is HTML-like in the DOT source")
        XCTAssertTrue(dot.contains("A$AP Rocky</TD>"), "names are HTML-like labels")
    }

    func testHTMLValuesAndEscaping() {
        XCTAssertEqual(GraphvizRenderer.html("<b>x</b>"), "b>x</b")
        XCTAssertEqual(GraphvizRenderer.html("<<TABLE></TABLE>>"), "<TABLE></TABLE>")
        XCTAssertNil(GraphvizRenderer.html("Zendaya"))
        XCTAssertNil(GraphvizRenderer.html("<"))
        XCTAssertEqual(DiagramPlan.escapeHTML("Tom & \"Jerry\" <3>"), "Tom &amp; &quot;Jerry&quot; &lt;3&gt;")
        XCTAssertTrue(DiagramPlan.nameHTML("Simon & Garfunkel").contains(">Simon &amp; Garfunkel</TD>"))
    }
}
