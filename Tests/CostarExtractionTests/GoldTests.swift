import Foundation
import XCTest
import CostarCorpus
import CostarExtraction

/// Measures the extractor against a hand-made gold file of the three seed articles
/// (`Gold/seeds-gold.json`: for every unit id, the canonical names of the people `present` and `named`).
///
/// Scores are over (unit id, canonical name) pairs. Identity errors are found by aligning, inside each unit,
/// the gold names with the extracted names (exact match first, then a shared word after folding case and
/// accents): a SPLIT is one gold person aligned to two or more extracted names, a MERGE is one extracted name
/// aligned to two or more gold people.
final class GoldTests: XCTestCase {
    // MARK: Fixtures

    static let testFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let goldURL = testFolder.appendingPathComponent("Gold/seeds-gold.json")
    static let seedsFolder = testFolder.appendingPathComponent("../../seeds").standardizedFileURL.path

    struct GoldUnit: Decodable {
        var present: [String]
        var named: [String]
    }

    struct GoldFile: Decodable {
        var units: [String: GoldUnit]
    }

    func loadGold() throws -> GoldFile {
        let data = try Data(contentsOf: Self.goldURL)
        return try JSONDecoder().decode(GoldFile.self, from: data)
    }

    func extract() throws -> Extractor.Result {
        let documents = try CorpusLoader.load(paths: [Self.seedsFolder])
        return Extractor().extract(documents)
    }

    // MARK: Scoring

    struct Pair: Hashable, Comparable {
        var unit: String
        var name: String
        static func < (a: Pair, b: Pair) -> Bool { (a.unit, a.name) < (b.unit, b.name) }
    }

    struct Score {
        var truePositives: Int
        var falsePositives: [Pair]
        var falseNegatives: [Pair]
        var precision: Double {
            let d = truePositives + falsePositives.count
            return d == 0 ? 1 : Double(truePositives) / Double(d)
        }
        var recall: Double {
            let d = truePositives + falseNegatives.count
            return d == 0 ? 1 : Double(truePositives) / Double(d)
        }
        var f1: Double {
            let (p, r) = (precision, recall)
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    static func score(gold: Set<Pair>, extracted: Set<Pair>) -> Score {
        Score(truePositives: gold.intersection(extracted).count,
              falsePositives: extracted.subtracting(gold).sorted(),
              falseNegatives: gold.subtracting(extracted).sorted())
    }

    /// Lower-cased, accent-folded words of a name ("Anderson.Paak" → anderson, paak; "Turner-Smith" → turner, smith).
    static func words(_ name: String) -> Set<String> {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return Set(folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
    }

    struct Identity {
        /// Gold person → extracted names aligned to it.
        var goldToExtracted: [String: Set<String>] = [:]
        /// Extracted name → gold people aligned to it.
        var extractedToGold: [String: Set<String>] = [:]
        var splits: [(gold: String, extracted: [String])] {
            goldToExtracted.filter { $0.value.count > 1 }.map { ($0.key, $0.value.sorted()) }.sorted { $0.gold < $1.gold }
        }
        var merges: [(extracted: String, gold: [String])] {
            extractedToGold.filter { $0.value.count > 1 }.map { ($0.key, $0.value.sorted()) }.sorted { $0.extracted < $1.extracted }
        }
        mutating func link(_ g: String, _ x: String) {
            goldToExtracted[g, default: []].insert(x)
            extractedToGold[x, default: []].insert(g)
        }
    }

    /// Aligns gold and extracted names unit by unit (exact name first, then any shared word among the leftovers).
    static func identity(gold: [String: [String]], extracted: [String: [String]]) -> Identity {
        var id = Identity()
        for (unit, goldNames) in gold {
            let xs = extracted[unit] ?? []
            var leftGold: [String] = []
            let leftX = xs.filter { !goldNames.contains($0) }
            for g in goldNames {
                if xs.contains(g) { id.link(g, g) } else { leftGold.append(g) }
            }
            for g in leftGold {
                for x in leftX where !words(g).isDisjoint(with: words(x)) { id.link(g, x) }
            }
        }
        return id
    }

    static func format(_ x: Double) -> String { String(format: "%.3f", x) }

    // MARK: The measurement

    func testExtractorAgainstGold() throws {
        let gold = try loadGold()
        let result = try extract()
        let extractedIDs = result.units.map(\.unit.id)

        // Unit ids must agree both ways.
        let missing = Set(gold.units.keys).subtracting(extractedIDs).sorted()
        let unexpected = Set(extractedIDs).subtracting(gold.units.keys).sorted()
        XCTAssertEqual(missing, [], "gold unit ids the segmenter no longer produces")
        XCTAssertEqual(unexpected, [], "extracted unit ids missing from the gold file")
        XCTAssertEqual(extractedIDs.count, Set(extractedIDs).count, "duplicate unit ids")

        var goldPresent = Set<Pair>(), goldNamed = Set<Pair>()
        var exPresent = Set<Pair>(), exNamed = Set<Pair>()
        var goldPresentByUnit: [String: [String]] = [:], exPresentByUnit: [String: [String]] = [:]
        var goldNamedByUnit: [String: [String]] = [:], exNamedByUnit: [String: [String]] = [:]
        for (unit, g) in gold.units {
            goldPresent.formUnion(g.present.map { Pair(unit: unit, name: $0) })
            goldNamed.formUnion(g.named.map { Pair(unit: unit, name: $0) })
            goldPresentByUnit[unit] = g.present
            goldNamedByUnit[unit] = g.named
        }
        for u in result.units {
            let present = u.names(with: [.present]), named = u.names(with: [.named])
            exPresent.formUnion(present.map { Pair(unit: u.unit.id, name: $0) })
            exNamed.formUnion(named.map { Pair(unit: u.unit.id, name: $0) })
            exPresentByUnit[u.unit.id] = present
            exNamedByUnit[u.unit.id] = named
        }

        let presence = Self.score(gold: goldPresent, extracted: exPresent)
        let naming = Self.score(gold: goldNamed, extracted: exNamed)
        let identity = Self.identity(gold: goldPresentByUnit, extracted: exPresentByUnit)
        let namedIdentity = Self.identity(gold: goldNamedByUnit, extracted: exNamedByUnit)

        print("presence P=\(Self.format(presence.precision)) R=\(Self.format(presence.recall)) F1=\(Self.format(presence.f1)) split=\(identity.splits.count) merged=\(identity.merges.count)"
              + " (gold \(goldPresent.count), extracted \(exPresent.count), tp \(presence.truePositives))")
        print("named    P=\(Self.format(naming.precision)) R=\(Self.format(naming.recall)) F1=\(Self.format(naming.f1)) split=\(namedIdentity.splits.count) merged=\(namedIdentity.merges.count)"
              + " (gold \(goldNamed.count), extracted \(exNamed.count), tp \(naming.truePositives))")
        for p in presence.falsePositives { print("  present FP \(p.unit)  \(p.name)") }
        for p in presence.falseNegatives { print("  present FN \(p.unit)  \(p.name)") }
        for s in identity.splits { print("  SPLIT  \(s.gold) -> \(s.extracted.joined(separator: " | "))") }
        for m in identity.merges { print("  MERGE  \(m.extracted) <- \(m.gold.joined(separator: " | "))") }
        for p in naming.falsePositives { print("  named FP \(p.unit)  \(p.name)") }
        for p in naming.falseNegatives { print("  named FN \(p.unit)  \(p.name)") }
        for s in namedIdentity.splits { print("  (named) SPLIT  \(s.gold) -> \(s.extracted.joined(separator: " | "))") }
        for m in namedIdentity.merges { print("  (named) MERGE  \(m.extracted) <- \(m.gold.joined(separator: " | "))") }

        XCTAssertGreaterThanOrEqual(presence.f1, 0.97, "presence F1 below 0.97 — see the FP/FN lines above")
        XCTAssertEqual(identity.splits.count, 0, "split identities: \(identity.splits)")
        XCTAssertEqual(identity.merges.count, 0, "merged identities: \(identity.merges)")
        XCTAssertGreaterThanOrEqual(naming.f1, 0.75, "named F1 below 0.75 — see the FP/FN lines above")
    }

    /// The gold file itself: every unit once, no person both present and named, no duplicates.
    func testGoldFileIsWellFormed() throws {
        let gold = try loadGold()
        XCTAssertEqual(gold.units.count, 83)
        for (unit, g) in gold.units {
            XCTAssertEqual(g.present.count, Set(g.present).count, "duplicate present name in \(unit)")
            XCTAssertEqual(g.named.count, Set(g.named).count, "duplicate named name in \(unit)")
            XCTAssertTrue(Set(g.present).isDisjoint(with: g.named), "\(unit): a person both present and named")
        }
    }

    // MARK: Focused expectations from the seeds

    func unit(_ id: String, in result: Extractor.Result) throws -> ExtractedUnit {
        try XCTUnwrap(result.units.first { $0.unit.id == id }, "no unit \(id)")
    }

    func testCaption08PresentPeopleInOrder() throws {
        let u = try unit("000_38553dad852f1b7e.txt#08", in: try extract())
        XCTAssertEqual(u.names(with: [.present]),
                       ["Nnamdi Asomugha", "Kerry Washington", "Vanessa Hudgens", "Simone Ashley", "Ariana DeBose", "Anitta"])
    }

    func testAgencyCaptionPhotographerIsNotAPerson() throws {
        let u = try unit("000_38553dad852f1b7e.txt#photo1", in: try extract())
        let people = u.people.filter { $0.role != .credit }
        XCTAssertFalse(people.contains { $0.name.contains("Mazur") || $0.mention.contains("Mazur") },
                       "Kevin Mazur must be a credit or absent: \(u.people)")
        XCTAssertEqual(u.names(with: [.present]),
                       ["Kerry Washington", "Vanessa Hudgens", "Simone Ashley", "Ariana DeBose", "Anitta"])
    }

    func testAfterPartyCaptionHostsAreNotPresent() throws {
        let u = try unit("001_18b68c406d08b73a.txt#img1", in: try extract())
        let present = u.names(with: [.present])
        XCTAssertTrue(present.contains("Kendall Jenner"), "\(u.people)")
        XCTAssertTrue(present.contains("Bad Bunny"), "\(u.people)")
        XCTAssertFalse(present.contains("Diddy"), "\(u.people)")
        XCTAssertFalse(present.contains("Doja Cat"), "\(u.people)")
    }
}
