import XCTest
import CostarCorpus
@testable import CostarExtraction

/// Extraction cut into parts (one a core) gives what one part gives.
final class ParallelTests: XCTestCase {
    func testPartsDoNotChangeTheResult() throws {
        let seeds = try CorpusLoader.load(paths: [GoldTests.seedsFolder])
        // Forty copies of the seed articles under other names: 3,320 units, names shared across documents.
        let documents = (0..<40).flatMap { copy in
            seeds.map { d in
                SourceDocument(name: "\(copy)-\(d.name)", date: d.date, units: d.units.map {
                    var u = $0
                    u.document = "\(copy)-\(d.name)"
                    u.id = "\(copy)-\(u.id)"
                    return u
                })
            }
        }
        var one = Extractor()
        one.parts = 1
        let a = one.extract(documents)
        for parts in [2, 3, 7] {
            var many = Extractor()
            many.parts = parts
            let b = many.extract(documents)
            XCTAssertEqual(a.units.map(\.people), b.units.map(\.people), "\(parts) parts")
            XCTAssertEqual(a.people, b.people, "\(parts) parts")
        }
        XCTAssertEqual(a.units.count, 40 * seeds.reduce(0) { $0 + $1.units.count })
        let caption08 = a.units.first { $0.unit.id == "39-000_38553dad852f1b7e.txt#08" }
        XCTAssertEqual(caption08?.people.filter { $0.role == .present }.map(\.name),
                       ["Nnamdi Asomugha", "Kerry Washington", "Vanessa Hudgens", "Simone Ashley", "Ariana DeBose", "Anitta"])
    }

    /// Reading again only the units whose first reading the learned names change gives what reading all gives.
    func testSelectiveSecondReadingMatchesAFullOne() throws {
        let seeds = try CorpusLoader.load(paths: [GoldTests.seedsFolder])
        for parts in [1, 3] {
            var selective = Extractor()
            selective.parts = parts
            var full = selective
            full.rereadsEverything = true
            let a = selective.extract(seeds), b = full.extract(seeds)
            XCTAssertEqual(a.units.count, b.units.count)
            for (x, y) in zip(a.units, b.units) where x != y { XCTFail("\(parts) parts: \(x.unit.id): \(x.people) ≠ \(y.people)") }
            XCTAssertEqual(a.people == b.people, true, "\(parts) parts: the people differ")
        }
    }

    func testRangesCoverEveryIndexOnce() {
        XCTAssertEqual(Parallel.ranges(10, parts: 3), [0..<3, 3..<6, 6..<10])
        XCTAssertEqual(Parallel.ranges(2, parts: 5), [0..<1, 1..<2])
        XCTAssertEqual(Parallel.map(4) { $0 * $0 }, [0, 1, 4, 9])
        XCTAssertGreaterThanOrEqual(Parallel.cores, 1)
    }
}
