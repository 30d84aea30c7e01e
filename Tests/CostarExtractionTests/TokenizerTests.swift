import XCTest
@testable import CostarExtraction

/// The byte-level tokenizer and the word table it fills.
final class TokenizerTests: XCTestCase {
    let table = WordTable(lexicon: .shared)

    func words(_ text: String) -> [String] {
        Tokenizer.tokens(text, table).map { text.utf8Slice($0.start, $0.end) }
    }

    func testWordsPossessivesInitialsAndJoiners() {
        XCTAssertEqual(words("Diddy and Doja Cat's after-party"), ["Diddy", "and", "Doja", "Cat", "after-party"])
        XCTAssertEqual(words("the Wades' table, J. Lo and Mrs. O'Neal-Smith"), ["the", "Wades", "table", ",", "J.", "Lo", "and", "Mrs.", "O'Neal-Smith"])
        XCTAssertEqual(words("A$AP Rocky with Anderson .Paak."), ["A$AP", "Rocky", "with", "Anderson", ".Paak", "."])
        let t = Tokenizer.tokens("Diddy and Doja Cat’s after-party", table)
        XCTAssertEqual(t.map(\.possessive), [false, false, false, true, false])
        XCTAssertTrue(t[4].descriptor == false && t[4].capitalized == false)
        XCTAssertEqual(table.folded(Tokenizer.tokens("A$AP", table)[0].word), "asap")
    }

    func testUnicodeFoldsLikeTheLexicon() {
        let a = Tokenizer.tokens("Beyoncé BEYONCE Beyonce\u{301}", table)
        XCTAssertEqual(Set(a.map(\.word)).count, 1, "precomposed, capitals and combining accent are one word")
        XCTAssertEqual(table.folded(a[0].word), "beyonce")
        XCTAssertTrue(a[1].allCaps && !a[0].allCaps)
        // Emoji, joiners and variation selectors read as space.
        XCTAssertEqual(words("👩🏽‍🎤 Lizzo ❤️ and Anitta"), ["Lizzo", "and", "Anitta"])
    }

    func testSentenceStartsAndQuotes() {
        let t = Tokenizer.tokens("Kerry danced. She left “Emily in Paris” early\nLizzo", table)
        let starts = t.filter(\.sentenceStart).map { "Kerry danced. She left “Emily in Paris” early\nLizzo".utf8Slice($0.start, $0.end) }
        XCTAssertEqual(starts, ["Kerry", "She", "Lizzo"])
        XCTAssertEqual(t.filter(\.quoted).filter { $0.kind == .word }.count, 3)
    }

    func testWordTableNumbersWordsOnceAndSplitsHyphenatedNames() {
        let x = table.id("turner-smith"), y = table.id("turner-smith")
        XCTAssertEqual(x, y)
        XCTAssertEqual(table.pieces(x).map { table.folded($0) }, ["turner", "smith"])
        XCTAssertEqual(table.key(of: "Jodie Turner-Smith"), "jodie turner smith")
        XCTAssertEqual(table.key(of: "Jodie Turner Smith"), table.key(of: "JODIE TURNER-SMITH"))
        XCTAssertEqual(table.existing("turner"), table.id("turner"))
        XCTAssertNil(table.existing("no-such-word-anywhere"))
        XCTAssertTrue(table.flags(of: table.id("and")).contains(.and))
        XCTAssertTrue(table.flags(of: table.id("will")).contains(.common))
        let a = Tokenizer.tokens("Megan Thee Stallion", table), b = Tokenizer.tokens("megan thee-stallion", table)
        XCTAssertEqual(table.fingerprint(a[...]), table.fingerprint(b[...]))
        XCTAssertNotEqual(table.fingerprint(a[...]), table.fingerprint(a[1...]))
    }

    func testTableGrowsPastItsFirstSize() {
        let small = WordTable(lexicon: NameLexicon())
        let ids = (0..<20_000).map { small.id("w\($0)") }
        XCTAssertEqual(Set(ids).count, 20_000)
        XCTAssertEqual((0..<20_000).map { small.id("w\($0)") }, ids)
        XCTAssertEqual(small.folded(ids[12_345]), "w12345")
    }
}
