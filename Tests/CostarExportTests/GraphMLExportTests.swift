import Foundation
import XCTest
@testable import CostarExport

final class GraphMLExportTests: XCTestCase {
    /// Data values of an element, by attribute name.
    private func values(_ element: XMLTree, keys: [String: String]) -> [String: String] {
        var out: [String: String] = [:]
        for data in element.all("data") where data !== element { out[keys[data.attributes["key"]!]!] = data.text }
        return out
    }

    func testLoadsBackWithEveryMeasureTyped() throws {
        let report = TestNetworks.report2022()
        let root = try XMLTree.parse(GraphMLExport.render(report))
        XCTAssertEqual(root.name, "graphml")
        XCTAssertEqual(root.attributes["xmlns"], "http://graphml.graphdrawing.org/xmlns")

        var types: [String: String] = [:], names: [String: String] = [:]
        for key in root.all("key") {
            types[key.attributes["for"]! + ":" + key.attributes["attr.name"]!] = key.attributes["attr.type"]
            names[key.attributes["id"]!] = key.attributes["attr.name"]
        }
        XCTAssertEqual(names.count, root.all("key").count, "key ids are unique")
        let expected = [
            "node:degree": "int", "node:weighted_degree": "double", "node:pagerank": "double",
            "node:betweenness": "double", "node:closeness": "double", "node:harmonic": "double",
            "node:eigenvector": "double", "node:clustering": "double", "node:weighted_clustering": "double",
            "node:core_number": "int", "node:community": "int", "node:component": "int", "node:captions": "int",
            "node:rank": "int", "node:label": "string", "edge:weight": "double", "edge:captions": "string",
        ]
        for (key, type) in expected { XCTAssertEqual(types[key], type, key) }

        let graph = try XCTUnwrap(root.child("graph"))
        XCTAssertEqual(graph.attributes["edgedefault"], "undirected")
        let nodes = graph.all("node"), edges = graph.all("edge")
        XCTAssertEqual(nodes.count, 6)
        XCTAssertEqual(edges.count, 5)
        XCTAssertEqual(nodes.map { $0.attributes["id"]! }, report.people.map(\.name), "most connected first")

        let zendaya = values(try XCTUnwrap(nodes.first { $0.attributes["id"] == "Zendaya" }), keys: names)
        XCTAssertEqual(zendaya["degree"], "3")
        XCTAssertEqual(zendaya["pagerank"].flatMap(Double.init), 0.28)
        XCTAssertEqual(zendaya["clustering"].flatMap(Double.init), 1.0 / 3.0, "full precision")
        XCTAssertEqual(zendaya["captions"], "3")
        XCTAssertEqual(zendaya["label"], "Zendaya")
        let harry = values(try XCTUnwrap(nodes.first { $0.attributes["id"] == "Harry Connick, Jr." }), keys: names)
        XCTAssertEqual(harry["component"], "1")
        XCTAssertEqual(harry["community"], "2")

        let first = edges[0]
        XCTAssertEqual(first.attributes["source"], "Tom Holland")
        XCTAssertEqual(first.attributes["target"], "Zendaya")
        let tie = values(first, keys: names)
        XCTAssertEqual(tie["weight"].flatMap(Double.init), 2)
        XCTAssertEqual(tie["captions"], "d1.txt#01;d1.txt#02")
    }

    func testEscapesNamesAndIsDeterministic() throws {
        let report = OddNetwork.report()
        let text = GraphMLExport.render(report)
        XCTAssertEqual(text, GraphMLExport.render(report))
        XCTAssertTrue(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
        let root = try XMLTree.parse(text)
        let graph = try XCTUnwrap(root.child("graph"))
        XCTAssertEqual(graph.attributes["id"], "odd & <2024>")
        XCTAssertEqual(Set(graph.all("node").map { $0.attributes["id"]! }),
                       [OddNetwork.rock, OddNetwork.jerry, OddNetwork.zoe])
        let labels = graph.all("node").compactMap { $0.all("data").first?.text }
        XCTAssertTrue(labels.contains(OddNetwork.jerry))
        XCTAssertTrue(graph.all("edge").contains { $0.attributes["source"] == OddNetwork.rock && $0.attributes["target"] == OddNetwork.jerry })
    }

    func testXMLTextEscapingAndNumbers() {
        XCTAssertEqual(XMLText.escape("a & b < c > \"d\" 'e'"), "a &amp; b &lt; c &gt; &quot;d&quot; &#39;e&#39;")
        XCTAssertEqual(XMLText.escape("tab\there\nnew\u{1}"), "tab&#9;here&#10;new")
        XCTAssertEqual(XMLText.double(0.28), "0.28")
        XCTAssertEqual(XMLText.double(2), "2.0")
        XCTAssertEqual(XMLText.double(0), "0.0")
        XCTAssertEqual(XMLText.double(.nan), "NaN")
        XCTAssertEqual(XMLText.double(-.infinity), "-INF")
        XCTAssertEqual(Double(XMLText.double(1.0 / 3.0)), 1.0 / 3.0)
    }
}
