import Foundation
import XCTest
@testable import CostarExport

final class GEXFExportTests: XCTestCase {
    func testLoadsBackWithEveryMeasureTyped() throws {
        let report = TestNetworks.report2022()
        let root = try XMLTree.parse(GEXFExport.render(report))
        XCTAssertEqual(root.name, "gexf")
        XCTAssertEqual(root.attributes["xmlns"], "http://www.gexf.net/1.2draft")
        XCTAssertEqual(root.attributes["version"], "1.2")
        let graph = try XCTUnwrap(root.child("graph"))
        XCTAssertEqual(graph.attributes["defaultedgetype"], "undirected")

        let classes = graph.all("attributes")
        let nodeAttributes = try XCTUnwrap(classes.first { $0.attributes["class"] == "node" }).all("attribute")
        var title: [String: String] = [:], type: [String: String] = [:]
        for a in nodeAttributes {
            title[a.attributes["id"]!] = a.attributes["title"]
            type[a.attributes["title"]!] = a.attributes["type"]
        }
        XCTAssertEqual(type["degree"], "integer")
        XCTAssertEqual(type["pagerank"], "double")
        XCTAssertEqual(type["harmonic"], "double")
        XCTAssertEqual(type["core_number"], "integer")
        XCTAssertEqual(type["community"], "integer")
        XCTAssertEqual(type["captions"], "integer")
        let edgeAttributes = try XCTUnwrap(classes.first { $0.attributes["class"] == "edge" }).all("attribute")
        XCTAssertEqual(edgeAttributes.map { $0.attributes["title"]! }, ["captions"])

        let nodes = graph.all("node"), edges = graph.all("edge")
        XCTAssertEqual(nodes.count, 6)
        XCTAssertEqual(edges.count, 5)
        let zendaya = try XCTUnwrap(nodes.first { $0.attributes["id"] == "Zendaya" })
        XCTAssertEqual(zendaya.attributes["label"], "Zendaya")
        var values: [String: String] = [:]
        for v in zendaya.all("attvalue") { values[title[v.attributes["for"]!]!] = v.attributes["value"] }
        XCTAssertEqual(values["degree"], "3")
        XCTAssertEqual(values["pagerank"].flatMap(Double.init), 0.28)
        XCTAssertEqual(values["community"], "0")
        let colour = try XCTUnwrap(zendaya.all("viz:color").first ?? zendaya.all("color").first)
        XCTAssertEqual([colour.attributes["r"], colour.attributes["g"], colour.attributes["b"]], ["119", "170", "221"],
                       "community 0 in the diagrams' #77AADD")

        let first = edges[0]
        XCTAssertEqual(first.attributes["source"], "Tom Holland")
        XCTAssertEqual(first.attributes["target"], "Zendaya")
        XCTAssertEqual(first.attributes["weight"].flatMap(Double.init), 2)
        XCTAssertEqual(first.all("attvalue").first?.attributes["value"], "d1.txt#01;d1.txt#02")
        XCTAssertEqual(Set(edges.map { $0.attributes["id"]! }).count, 5, "edge ids are unique")
    }

    func testEscapesNamesAndIsDeterministic() throws {
        let report = OddNetwork.report()
        let text = GEXFExport.render(report)
        XCTAssertEqual(text, GEXFExport.render(report))
        let root = try XMLTree.parse(text)
        XCTAssertEqual(root.all("description").first?.text, "Co-appearance network: odd & <2024>")
        let nodes = root.all("node")
        XCTAssertEqual(Set(nodes.map { $0.attributes["label"]! }), [OddNetwork.rock, OddNetwork.jerry, OddNetwork.zoe])
        XCTAssertEqual(root.all("edge").count, 3)
    }
}
