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
        // Also with an alias file that renames one person and keeps a spelling apart from another (those spellings
        // move between the audit records after the parts are put together).
        let aliasFile = try Aliases(tsv: "Em Rata\tEmily Ratajkowski\n!Chlöe\tChloe Bailey\n")
        var withoutAliases: Extractor.Result?
        for (k, aliases) in [Aliases(), aliasFile].enumerated() {
            var one = Extractor()
            one.aliases = aliases
            one.parts = 1
            let single = one.extract(documents)
            for parts in [2, 3, 7] {
                var many = one
                many.parts = parts
                let b = many.extract(documents)
                XCTAssertEqual(single.units.map(\.people), b.units.map(\.people), "\(parts) parts")
                XCTAssertEqual(single.people, b.people, "\(parts) parts")
            }
            if k == 0 { withoutAliases = single } else {
                XCTAssertTrue(single.people.contains { $0.name == "Chlöe" && $0.reasons.contains { $0.contains("kept apart") } })
            }
        }
        let a = try XCTUnwrap(withoutAliases)
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
