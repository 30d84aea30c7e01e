import XCTest
import CostarCorpus
@testable import CostarExtraction

/// Without the audit, extraction finds the same people in every unit and lists no records.
final class AuditTests: XCTestCase {
    func testNetworkOnlyExtractionKeepsEveryUnitsPeople() throws {
        let documents = try CorpusLoader.load(paths: [GoldTests.seedsFolder])
        let full = Extractor().extract(documents)
        var light = Extractor()
        light.audits = false
        let lean = light.extract(documents)
        XCTAssertEqual(full.units.map(\.people), lean.units.map(\.people))
        XCTAssertTrue(lean.people.isEmpty)
        XCTAssertEqual(full.people.first { $0.name == "Michaela Jaé Rodriguez" }?.spellings.keys.sorted(),
                       ["Michaela Jaé", "Michaela Jaé Rodrigez", "Michaela Jaé Rodriguez"])
    }
}
