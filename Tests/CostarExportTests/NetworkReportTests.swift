import Foundation
import XCTest
@testable import CostarExport

final class NetworkReportTests: XCTestCase {
    func testCountsPolicyAndDocuments() {
        let r = TestNetworks.report2022()
        XCTAssertEqual(r.label, "2022")
        XCTAssertEqual(r.documents, ["d1.txt", "d2.txt"])
        XCTAssertEqual(r.counts, NetworkReport.Counts(captionUnits: 6, captionsWithPeople: 5, captionsWithTies: 4,
                                                      people: 6, ties: 5, components: 2, communities: 3))
        XCTAssertEqual(r.modularity, 0.2)
        XCTAssertEqual(r.policy, NetworkReport.Policy(roles: ["present"], kinds: ["caption", "prose"], weighting: "count"))
    }

    func testRankingByPageRankThenDegreeThenName() {
        let r = TestNetworks.report2022()
        XCTAssertEqual(r.people.map(\.name), ["Zendaya", "Tom Holland", "Anna Wintour", "Rihanna", "A$AP Rocky", "Harry Connick, Jr."])
        XCTAssertEqual(r.people.map(\.rank), [1, 2, 3, 4, 5, 6])
    }

    func testPeopleCarryMeasuresAndCaptions() {
        let r = TestNetworks.report2022()
        let anna = r.people[2]
        XCTAssertEqual(anna.name, "Anna Wintour")
        XCTAssertEqual(anna.captions, ["d1.txt#01"], "only named in d1.txt#03, so not counted there")
        XCTAssertEqual(anna.eigenvector, 0.45)
        XCTAssertEqual(anna.community, 0)
        XCTAssertEqual(anna.weightedClustering, 0.5)
        XCTAssertNil(TestNetworks.report2023().people[0].weightedClustering, "not computed")
        XCTAssertEqual(r.people[0].captions, ["d1.txt#01", "d1.txt#02", "d2.txt#01"])
        XCTAssertEqual(r.people[5].component, 1)
    }

    func testTiesHeaviestFirstWithEvidence() {
        let r = TestNetworks.report2022()
        XCTAssertEqual(r.ties, [
            .init(source: "Tom Holland", target: "Zendaya", weight: 2, captions: ["d1.txt#01", "d1.txt#02"]),
            .init(source: "A$AP Rocky", target: "Rihanna", weight: 1, captions: ["d1.txt#03"]),
            .init(source: "Anna Wintour", target: "Tom Holland", weight: 1, captions: ["d1.txt#01"]),
            .init(source: "Anna Wintour", target: "Zendaya", weight: 1, captions: ["d1.txt#01"]),
            .init(source: "Rihanna", target: "Zendaya", weight: 1, captions: ["d2.txt#01"]),
        ])
    }

    func testCommunitiesOrderedByPageRankAndCaptionsKept() {
        let r = TestNetworks.report2022()
        XCTAssertEqual(r.communities, [
            .init(id: 0, members: ["Zendaya", "Tom Holland", "Anna Wintour"]),
            .init(id: 1, members: ["Rihanna", "A$AP Rocky"]),
            .init(id: 2, members: ["Harry Connick, Jr."]),
        ])
        XCTAssertEqual(r.captions.map(\.id), ["d1.txt#01", "d1.txt#02", "d1.txt#03", "d2.txt#01", "d2.txt#02"])
        XCTAssertEqual(r.captions[2].people, ["Rihanna", "A$AP Rocky"], "only the present people")
        XCTAssertEqual(r.captions[4].kind, "prose")
        XCTAssertEqual(r.captions[3].date, "2022-05-03")
    }

    func testJSONRoundTripAndDeterminism() throws {
        let r = TestNetworks.report2022()
        let data = try r.jsonData()
        XCTAssertEqual(try NetworkReport.decode(data, name: "graph.json"), r)
        XCTAssertEqual(try TestNetworks.report2022().jsonData(), data, "same input, same bytes")
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains("\"weighted_degree\":4"), text)
        XCTAssertTrue(text.contains("\"captions_with_people\":5"))
        XCTAssertTrue(text.contains("\"weighted_clustering\":0.5"))
        XCTAssertFalse(String(decoding: try TestNetworks.report2023().jsonData(), as: UTF8.self).contains("weighted_clustering"))
        XCTAssertEqual(try NetworkReport.decode(TestNetworks.report2023().jsonData(), name: "b"), TestNetworks.report2023())
        XCTAssertTrue(text.contains("\"id\":\"d1.txt#01\""), "slashes and hashes unescaped")
        // Sorted keys: "captions" comes before "communities" before "counts" at the top level.
        XCTAssertTrue(text.hasPrefix("{\"captions\":[{"), "compact, sorted keys")
        let c1 = try XCTUnwrap(text.range(of: "{\"captions\""))
        let c2 = try XCTUnwrap(text.range(of: "],\"communities\""))
        let c3 = try XCTUnwrap(text.range(of: "],\"counts\""))
        XCTAssertTrue(c1.lowerBound < c2.lowerBound && c2.lowerBound < c3.lowerBound)
        XCTAssertTrue(text.hasSuffix("}\n"))
        XCTAssertEqual(text.filter { $0 == "\n" }.count, 1, "one line")
    }

    /// The streaming writer gives exactly JSONEncoder's bytes, on plain reports and on awkward strings and numbers.
    func testStreamedJSONMatchesJSONEncoder() throws {
        for r in [TestNetworks.report2022(), TestNetworks.report2023()] {
            XCTAssertEqual(String(decoding: try r.jsonData(), as: UTF8.self),
                           String(decoding: try r.foundationJSONData(), as: UTF8.self))
        }
        var r = TestNetworks.report2022()
        r.label = "q\"u/o\\te \u{1}\u{8}\u{C}\u{1F}\u{7F} é😀\n\t\r\u{2028}"
        r.estimates = ["a", ""]
        r.documents = []
        r.communities.append(.init(id: 99, members: []))
        let values: [Double] = [0, -0.0, 1, 3, 0.1, 1e-05, 1.5e-7, 123456789.123, 1e16, 1e15, 1.2345e20, 5e-324,
                                12345678901234567, -2.5, .nan, .infinity, -.infinity, 0.7915000000000001]
        for (i, v) in values.enumerated() {
            r.people[i % r.people.count].pagerank = v
            r.ties[i % r.ties.count].weight = v
            r.modularity = v
            XCTAssertEqual(String(decoding: try r.jsonData(), as: UTF8.self),
                           String(decoding: try r.foundationJSONData(), as: UTF8.self), "\(v)")
        }
        r.people[0].captions = []
        r.ties[0].captions = []
        XCTAssertEqual(try r.jsonData(), try r.foundationJSONData())
    }

    func testLoadFromFileAndOneLineErrors() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("costar-load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("graph.json")
        try TestNetworks.report2022().jsonData().write(to: file)
        XCTAssertEqual(try NetworkReport.load(from: file), TestNetworks.report2022())

        let missing = dir.appendingPathComponent("nothing.json")
        XCTAssertThrowsError(try NetworkReport.load(from: missing)) { error in
            XCTAssertEqual("\(error)", "\(missing.path): cannot read: No such file or directory")
        }
        let broken = dir.appendingPathComponent("broken.json")
        try Data("{\"label\": 3".utf8).write(to: broken)
        XCTAssertThrowsError(try NetworkReport.load(from: broken)) { error in
            XCTAssertEqual("\(error)", "\(broken.path): not a Costar graph.json: invalid JSON")
        }
        let partial = dir.appendingPathComponent("partial.json")
        try Data("{\"label\": \"2022\"}".utf8).write(to: partial)
        XCTAssertThrowsError(try NetworkReport.load(from: partial)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.hasPrefix("\(partial.path): not a Costar graph.json: missing key '"), text)
            XCTAssertFalse(text.contains("\n"))
        }
        XCTAssertThrowsError(try NetworkReport.load(from: dir)) { error in
            XCTAssertEqual("\(error)", "\(dir.path): is a folder, not a file")
        }
    }

    func testNeighboursIndex() {
        let index = ReportIndex(TestNetworks.report2022())
        XCTAssertEqual(index.neighbours(of: "Zendaya").map(\.name), ["Tom Holland", "Anna Wintour", "Rihanna"])
        XCTAssertEqual(index.neighbours(of: "Harry Connick, Jr."), [])
    }

    func testNumberFormat() {
        XCTAssertEqual(NumberFormat.decimal(0.123456789), "0.123457")
        XCTAssertEqual(NumberFormat.decimal(12.5), "12.5")
        XCTAssertEqual(NumberFormat.decimal(3), "3")
        XCTAssertEqual(NumberFormat.decimal(0.0000123456789), "0.0000123457")
        XCTAssertEqual(NumberFormat.decimal(-0.0), "0")
        XCTAssertEqual(NumberFormat.decimal(1234567.8), "1234568")
        XCTAssertEqual(NumberFormat.decimal(1.0 / 3.0), "0.333333")
        XCTAssertEqual(NumberFormat.decimal(2.0 / 3.0, significant: 3), "0.667")
    }
}
