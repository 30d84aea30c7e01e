import XCTest
import Foundation
import CostarCorpus
@testable import CostarExtraction

/// Random and hostile text: extraction must finish, never crash, and keep its invariants
/// (every mention is words of its unit, every name is non-empty).
final class HostileTextTests: XCTestCase {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    /// Runs extraction on another thread and fails (instead of hanging the suite) if it has not returned after
    /// `limit` seconds — a guard against runaway work, not a speed test.
    func extract(_ texts: [String], kind: UnitKind = .caption, limit: Double = 300,
                 file: StaticString = #filePath, line: UInt = #line) -> [ExtractedUnit] {
        let units = texts.enumerated().map { CaptionUnit(document: "fuzz", date: "2024-01-01", id: "fuzz#\($0.offset)", kind: kind, text: $0.element) }
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            box.value = Extractor().extract([SourceDocument(name: "fuzz", date: "2024-01-01", units: units)]).units
            done.signal()
        }
        XCTAssertEqual(done.wait(timeout: .now() + limit), .success, "extraction did not return", file: file, line: line)
        let result = box.value ?? []
        for u in result {
            for p in u.people {
                XCTAssertFalse(p.name.isEmpty, file: file, line: line)
                XCTAssertTrue(u.unit.text.contains(p.mention) || (u.unit.credit ?? "").contains(p.mention),
                              "'\(p.mention)' is not words of its unit", file: file, line: line)
            }
        }
        return result
    }

    final class ResultBox: @unchecked Sendable { var value: [ExtractedUnit]? }

    func testRandomBytesAsText() {
        var rng = Random(state: 1)
        var texts: [String] = []
        for _ in 0..<300 {
            let bytes = (0..<rng.int(400)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            texts.append(String(decoding: bytes, as: UTF8.self))
        }
        XCTAssertEqual(extract(texts).count, 300)
    }

    func testRandomWordSoup() {
        // Capitalised words, particles, punctuation, numbers and joiners in random order.
        let pieces = ["Ann", "Lee", "and", ",", "The", "de", "Van", "'s", "II", "Jr.", "the", "late", "daughter", "of", "Photo", "by",
                      "(", ")", "“", "”", "01", "02", "&", "Mr.", "Mrs.", "Image:", "@handle", "-", ".", "Zoë", "O'Neal", "A$AP", "\n"]
        var rng = Random(state: 2)
        let texts = (0..<500).map { _ in (0..<rng.int(60)).map { _ in pieces[rng.int(pieces.count)] }.joined(separator: " ") }
        XCTAssertEqual(extract(texts).count, 500)
        XCTAssertEqual(extract(texts, kind: .prose).count, 500)
    }

    func testControlCharactersRightToLeftAndEmoji() {
        let texts = [
            "Kerry\u{0}Washington\u{7} and \u{1B}[31mJon Batiste\u{1B}[0m danced.",
            "\u{202E}Kerry Washington\u{202C} and \u{200F}محمد صلاح\u{200F} posed with יעל שלום.",
            "👩🏽‍🎤 Lizzo 💃 and 🕺🏿 Anitta 🎉 The stars danced ✨.",
            "Ze\u{301}e Smith and Jose\u{301} Garci\u{301}a",
            String(repeating: "\u{FEFF}", count: 1000) + "Ann Lee",
            "", " ", "\n\n\n", "...,,,;;;", "'s 's 's", "((((((((((", "A", "B.",
        ]
        let result = extract(texts)
        XCTAssertEqual(result.count, texts.count)
        XCTAssertEqual(result[2].people.map(\.name), ["Lizzo", "Anitta"], "emoji around names do not hide them")
    }

    func testAMegabyteLine() {
        var rng = Random(state: 3)
        let words = ["Ann", "Lee", "danced", "with", "Bo", "Chan", "at", "the", "Met", "Gala", "and", "smiled", ","]
        var line = ""
        while line.utf8.count < 1_000_000 { line += words[rng.int(words.count)] + " " }
        let result = extract([line])
        XCTAssertEqual(result.count, 1)
        XCTAssertTrue(result[0].people.contains { $0.name == "Ann Lee" })
    }

    func testTenThousandNamesInOneCaption() {
        // Distinct names from the lexicon's own lists: first names × surnames.
        let firsts = ["Mary", "James", "Linda", "Robert", "Susan", "Michael", "Karen", "David", "Nancy", "Thomas",
                      "Laura", "Daniel", "Sarah", "Mark", "Helen", "Paul", "Ruth", "Steven", "Carol", "Kevin"]
        let lasts = (try? String(contentsOf: NameLexicon.resourceDirectory!.appendingPathComponent("surnames.tsv"), encoding: .utf8))?
            .split(separator: "\n").prefix(600).map { $0.split(separator: "\t")[0].capitalized } ?? []
        XCTAssertEqual(lasts.count, 600)
        var names: [String] = []
        outer: for last in lasts {
            for first in firsts {
                names.append("\(first) \(last)")
                if names.count == 10_000 { break outer }
            }
        }
        let caption = names.joined(separator: ", ") + " The guests posed together."
        let result = extract([caption])
        let found = Set(result[0].people.map(\.name))
        XCTAssertEqual(names.filter { !found.contains($0) }.prefix(20), [], "names not found")
        XCTAssertEqual(result[0].people.count, 10_000)
        XCTAssertEqual(Set(result[0].people.map(\.name)).count, 10_000)
        XCTAssertTrue(result[0].people.allSatisfy { $0.role == .present })
    }
}
