import XCTest
import CostarCorpus
import CostarExtraction
@testable import CostarGraph

final class NetworkTests: XCTestCase {
    func unit(_ id: String, kind: UnitKind = .caption, _ people: [(String, Role)]) -> ExtractedUnit {
        ExtractedUnit(unit: CaptionUnit(document: "d", date: "2024-05-06", id: id, kind: kind, text: ""),
                      people: people.map { PersonMention(name: $0.0, mention: $0.0, role: $0.1) })
    }

    lazy var units = [
        unit("d#1", [("Ann", .present), ("Bo", .present), ("Cy", .present)]),
        unit("d#2", [("Ann", .present), ("Bo", .present), ("Di", .named)]),
        unit("d#3", kind: .prose, [("Cy", .present), ("Di", .present)]),
        unit("d#4", [("Eve", .present)]),
    ]

    func testCountWeightsAndEvidence() throws {
        let net = CoappearanceNetwork(units: units)
        XCTAssertEqual(net.graph.names, ["Ann", "Bo", "Cy", "Di", "Eve"])
        let ab = try XCTUnwrap(net.graph.edges.firstIndex { $0.source == 0 && $0.target == 1 })
        XCTAssertEqual(net.graph.edges[ab].weight, 2)
        XCTAssertEqual(net.captionIDs(ofEdge: ab), ["d#1", "d#2"])
        XCTAssertEqual(net.graph.edgeCount, 4, "Ann–Bo, Ann–Cy, Bo–Cy, Cy–Di; Di is only named in d#2")
        XCTAssertEqual(net.captionIDs(ofNode: 4), ["d#4"], "a person alone in a caption is a node without ties")
    }

    func testPolicyChoosesKindsAndRoles() {
        let captionsOnly = CoappearanceNetwork(units: units, policy: EdgePolicy(kinds: [.caption]))
        XCTAssertFalse(captionsOnly.graph.names.contains("Di"))
        XCTAssertEqual(captionsOnly.graph.edgeCount, 3)
        let coMentions = CoappearanceNetwork(units: units, policy: EdgePolicy(roles: [.present, .named]))
        XCTAssertEqual(coMentions.graph.edgeCount, 6, "Di joins Ann and Bo through d#2")
    }

    func testNewmanWeighting() throws {
        let net = CoappearanceNetwork(units: units, policy: EdgePolicy(weighting: .newman))
        let ab = try XCTUnwrap(net.graph.edges.first { $0.source == 0 && $0.target == 1 })
        XCTAssertEqual(ab.weight, 0.5 + 1, accuracy: 1e-12, "three people in d#1 add 1/2, two in d#2 add 1")
    }

    func testEvidenceListsInUnitOrder() {
        // A name repeated in one unit counts once; unit indices are into the units kept by the policy.
        let net = CoappearanceNetwork(units: [
            unit("d#1", kind: .prose, [("Ann", .present), ("Bo", .present)]),
            unit("d#2", [("Bo", .present), ("Ann", .present), ("Bo", .present)]),
            unit("d#3", [("Cy", .present)]),
            unit("d#4", [("Cy", .present), ("Ann", .present), ("Bo", .named)]),
        ], policy: EdgePolicy(kinds: [.caption]))
        XCTAssertEqual(net.units.map(\.unit.id), ["d#2", "d#3", "d#4"])
        XCTAssertEqual(net.graph.names, ["Ann", "Bo", "Cy"])
        XCTAssertEqual(net.graph.edges, [.init(source: 0, target: 1, weight: 1), .init(source: 0, target: 2, weight: 1)])
        XCTAssertEqual(net.edgeUnits.map(Array.init), [[0], [2]])
        XCTAssertEqual(net.nodeUnits.map(Array.init), [[0, 2], [0], [1, 2]])
        XCTAssertEqual(net.edgeUnits.offsets, [0, 1, 2])
        XCTAssertEqual(net.nodeUnits.values, [0, 2, 0, 1, 2])
        XCTAssertEqual(net.captionIDs(ofNode: 2), ["d#3", "d#4"])
    }

    func testEmptyNetwork() {
        let net = CoappearanceNetwork(units: [unit("d#1", [])])
        XCTAssertEqual(net.graph.nodeCount, 0)
        XCTAssertTrue(net.edgeUnits.isEmpty)
        XCTAssertTrue(net.nodeUnits.isEmpty)
    }
}
