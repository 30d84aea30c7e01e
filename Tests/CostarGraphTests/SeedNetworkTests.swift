import XCTest
import CostarCorpus
import CostarExtraction
import CostarGraph

/// The seeds, end to end through extraction and graph building.
final class SeedNetworkTests: XCTestCase {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds").path
    static let extracted: [ExtractedUnit] = {
        let docs = try! CorpusLoader.load(paths: [seeds])
        return Extractor().extract(docs).units
    }()

    func network(year: String?) -> CoappearanceNetwork {
        CoappearanceNetwork(units: Self.extracted.filter { year == nil || $0.unit.date.hasPrefix(year!) })
    }

    func neighbours(_ name: String, in net: CoappearanceNetwork) -> [String] {
        guard let v = net.graph.names.firstIndex(of: name) else { return [] }
        return net.graph.range(of: v).map { net.graph.names[Int(net.graph.adjacency[$0])] }.sorted()
    }

    func testKerryWashingtonIn2022() {
        let net = network(year: "2022")
        let kerry = neighbours("Kerry Washington", in: net)
        XCTAssertEqual(kerry.count, 19)
        XCTAssertEqual(kerry, ["Anitta", "Ariana DeBose", "Damson Idris", "Dwyane Wade", "Gabrielle Union", "Janelle Monáe",
                               "Jodie Turner-Smith", "Joshua Jackson", "Lena Waithe", "Naomi Campbell", "Ndey Buri",
                               "Nnamdi Asomugha", "Paapa Essiedu", "Precious Lee", "Quannah Chasinghorse", "Questlove",
                               "Simone Ashley", "Vanessa Hudgens", "Winnie Harlow"])
    }

    func testMeganTheeStallionAndNdeyBuriShareTwoCaptions() throws {
        let net = network(year: "2022")
        let m = try XCTUnwrap(net.graph.names.firstIndex(of: "Megan Thee Stallion"))
        let n = try XCTUnwrap(net.graph.names.firstIndex(of: "Ndey Buri"))
        let e = try XCTUnwrap(net.graph.edges.firstIndex { Int($0.source) == min(m, n) && Int($0.target) == max(m, n) })
        XCTAssertEqual(net.graph.edges[e].weight, 2)
        XCTAssertEqual(net.captionIDs(ofEdge: e), ["000_38553dad852f1b7e.txt#16", "000_38553dad852f1b7e.txt#23"])
    }

    func testGuestsPresentInBothYears() {
        let a = Set(network(year: "2022").graph.names), b = Set(network(year: "2023").graph.names)
        XCTAssertEqual(a.intersection(b).sorted(), ["Lizzo"])
    }

    func testYearGraphsAndAllYears() {
        let y2022 = network(year: "2022"), y2023 = network(year: "2023"), all = network(year: nil)
        XCTAssertEqual(all.graph.nodeCount, y2022.graph.nodeCount + y2023.graph.nodeCount - 1)
        XCTAssertEqual(all.graph.edgeCount, y2022.graph.edgeCount + y2023.graph.edgeCount)
        let pairs2023 = y2023.graph.edges.map { [y2023.graph.names[Int($0.source)], y2023.graph.names[Int($0.target)], "\($0.weight)"] }
        XCTAssertEqual(pairs2023, [["ASAP Rocky", "Rihanna", "1.0"], ["Bad Bunny", "Kendall Jenner", "3.0"],
                                   ["Gigi Hadid", "Leonardo DiCaprio", "1.0"], ["Nicky Hilton", "Paris Hilton", "2.0"]])
    }

    func testNoPhotographerOrPlaceBecomesANode() {
        let names = Set(network(year: nil).graph.names)
        for notAPerson in ["Kevin Mazur", "New York", "Getty", "Vogue", "Met Gala", "Jimmy Choo", "Emily", "TMZ"] {
            XCTAssertFalse(names.contains(notAPerson), notAPerson)
        }
    }
}
