import CostarExtraction
import Foundation
import XCTest

final class NameLexiconTests: XCTestCase {
    private let lexicon = NameLexicon.shared

    // MARK: Loading

    func testSharedLexiconLoadsTheBundledResources() {
        XCTAssertFalse(lexicon.isEmpty, "the bundled name data should load")
        XCTAssertGreaterThan(lexicon.surnameCount, 80_000)
        XCTAssertGreaterThan(lexicon.firstNameCount, 5_000)
        XCTAssertGreaterThan(lexicon.commonWordCount, 50_000)
        XCTAssertGreaterThan(lexicon.formalNameCount, 1_000)
    }

    func testLoadTime() throws {
        let directory = try XCTUnwrap(NameLexicon.resourceDirectory)
        let start = Date()
        let fresh = try NameLexicon(contentsOf: directory)
        let elapsed = Date().timeIntervalSince(start)
        print("NameLexicon load: \(Int(elapsed * 1000)) ms for \(fresh.firstNameCount) first names, "
            + "\(fresh.surnameCount) surnames, \(fresh.commonWordCount) words, "
            + "\(fresh.formalNameCount) formal names with nicknames")
        XCTAssertEqual(fresh.surnameCount, lexicon.surnameCount)
        XCTAssertLessThan(elapsed, 10, "loading should take well under a second in release builds")
    }

    func testMissingDirectoryThrowsAndEmptyLexiconAnswersNothing() {
        XCTAssertThrowsError(try NameLexicon(contentsOf: URL(fileURLWithPath: "/nonexistent/costar")))
        let empty = NameLexicon()
        XCTAssertTrue(empty.isEmpty)
        XCTAssertNil(empty.surnameFrequency("smith"))
        XCTAssertFalse(empty.isFirstName("mary"))
        XCTAssertFalse(empty.isCommonWord("table"))
        XCTAssertEqual(empty.nicknames(of: "william"), [])
        XCTAssertTrue(empty.areNicknameVariants("anna", "anna"))
        XCTAssertFalse(empty.areNicknameVariants("william", "bill"))
    }

    // MARK: Names and words

    func testFirstNames() throws {
        XCTAssertTrue(lexicon.isFirstName("mary"))
        XCTAssertEqual(try XCTUnwrap(lexicon.firstNameFrequency("mary")), 2.629, accuracy: 1e-9)
        XCTAssertTrue(lexicon.isFirstName("kerry"))
        // Male and female lists merge by the larger frequency: JAMES is 3.318 % of males.
        XCTAssertEqual(try XCTUnwrap(lexicon.firstNameFrequency("james")), 3.318, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(lexicon.firstNameFrequency("william")), 2.451, accuracy: 1e-9)
        XCTAssertFalse(lexicon.isFirstName("table"))
        XCTAssertFalse(lexicon.isFirstName(""))
        XCTAssertFalse(lexicon.isFirstName("Mary"), "lookups take folded keys")
    }

    func testSurnames() throws {
        XCTAssertEqual(try XCTUnwrap(lexicon.surnameFrequency("smith")), 1.006, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(lexicon.surnameFrequency("johnson")), 0.81, accuracy: 1e-9)
        XCTAssertTrue(lexicon.isSurname("washington"))
        XCTAssertEqual(try XCTUnwrap(lexicon.surnameFrequency("washington")), 0.092, accuracy: 1e-9)
        // The rarest listed surnames are known with frequency 0.
        XCTAssertEqual(lexicon.surnameFrequency("aalderink"), 0)
        XCTAssertNil(lexicon.surnameFrequency("xyzzyq"))
        // Apostrophes are not in the census spelling.
        XCTAssertTrue(lexicon.isSurname("o'neil"))
        XCTAssertEqual(lexicon.surnameFrequency("o'neil"), lexicon.surnameFrequency("oneil"))
        XCTAssertTrue(lexicon.isSurname(NameLexicon.fold("O’Brien")))
    }

    func testCommonWords() {
        XCTAssertTrue(lexicon.isCommonWord("table"))
        XCTAssertTrue(lexicon.isCommonWord("love"))
        XCTAssertTrue(lexicon.isCommonWord("a"))
        XCTAssertFalse(lexicon.isCommonWord("j"), "single letters are initials, not words")
        XCTAssertFalse(lexicon.isCommonWord("mary"), "capitalised dictionary entries are proper nouns")
        XCTAssertFalse(lexicon.isCommonWord("washington"))
        XCTAssertFalse(lexicon.isCommonWord("Table"))
        // A word can also be a (rare) surname: the caller weighs the frequencies.
        XCTAssertTrue(lexicon.isSurname("love"))
    }

    // MARK: Nicknames

    func testNicknames() {
        XCTAssertTrue(lexicon.nicknames(of: "william").contains("bill"))
        XCTAssertTrue(lexicon.nicknames(of: "robert").contains("bob"))
        XCTAssertTrue(lexicon.formalNames(of: "bill").contains("william"))
        XCTAssertTrue(lexicon.formalNames(of: "bob").contains("robert"))
        XCTAssertEqual(lexicon.nicknames(of: "william"), lexicon.nicknames(of: "william").sorted())
        XCTAssertEqual(lexicon.nicknames(of: "zzzz"), [])
        XCTAssertEqual(lexicon.formalNames(of: "zzzz"), [])
        XCTAssertTrue(lexicon.formalNames(of: "kc").contains("casey"), "k.c. is stored folded")
    }

    func testNicknameVariants() {
        XCTAssertTrue(lexicon.areNicknameVariants("william", "bill"))
        XCTAssertTrue(lexicon.areNicknameVariants("bill", "william"))
        XCTAssertTrue(lexicon.areNicknameVariants("robert", "bob"))
        XCTAssertTrue(lexicon.areNicknameVariants("bob", "robert"))
        XCTAssertTrue(lexicon.areNicknameVariants("bob", "bobby"), "two nicknames of robert")
        XCTAssertTrue(lexicon.areNicknameVariants("mary", "mary"))
        XCTAssertFalse(lexicon.areNicknameVariants("robert", "william"), "formal names sharing a nickname")
        XCTAssertFalse(lexicon.areNicknameVariants("mary", "john"))
    }

    // MARK: Folding

    func testFoldStripsDiacritics() {
        let cases: [(written: String, folded: String)] = [
            ("Monáe", "monae"),
            ("Chlöe", "chloe"),
            ("Beyoncé", "beyonce"),
            ("Peña", "pena"),
            ("Søren", "soren"),
            ("Strauß", "strauss"),
            ("Ærø", "aero"),
            ("Œuvre", "oeuvre"),
            ("Łukasz Żółć", "lukaszzolc"),
            ("Đorđević", "dordevic"),
            ("Þór", "thor"),
            ("Nguyễn", "nguyen"),
            ("Ștefan", "stefan"),
            ("İlkay", "ilkay"),
            ("Ǿrsted", "orsted"),
        ]
        for c in cases { XCTAssertEqual(NameLexicon.fold(c.written), c.folded, c.written) }
    }

    func testFoldPrecomposedAndDecomposedAgree() {
        let precomposed = "Zoë Saldaña Jiří Ёлка"
        let decomposed = precomposed.decomposedStringWithCanonicalMapping
        XCTAssertNotEqual(Array(precomposed.unicodeScalars), Array(decomposed.unicodeScalars))
        XCTAssertEqual(NameLexicon.fold(precomposed), NameLexicon.fold(decomposed))
        XCTAssertEqual(NameLexicon.fold(decomposed), "zoesaldanajiriелка")
    }

    func testFoldKeepsInternalApostrophesAndHyphens() {
        let cases: [(written: String, folded: String)] = [
            ("O'Neil", "o'neil"),
            ("O’Neil", "o'neil"),
            ("Jean-Paul", "jean-paul"),
            ("Jean‐Paul", "jean-paul"),
            ("-Jean--Paul'", "jean-paul"),
            ("'Bob'", "bob"),
            ("Smith,", "smith"),
            ("K.C.", "kc"),
            ("“Lizzo”", "lizzo"),
            ("Jay-Z", "jay-z"),
            ("50 Cent", "50cent"),
        ]
        for c in cases { XCTAssertEqual(NameLexicon.fold(c.written), c.folded, c.written) }
    }

    func testFoldEdgeCases() {
        XCTAssertEqual(NameLexicon.fold(""), "")
        XCTAssertEqual(NameLexicon.fold("..."), "")
        XCTAssertEqual(NameLexicon.fold("-'-"), "")
        XCTAssertEqual(NameLexicon.fold("smith"), "smith")
        XCTAssertEqual(NameLexicon.fold("SMITH"), "smith")
        let caption = "Photo of Renée Zellweger"
        XCTAssertEqual(NameLexicon.fold(caption.split(separator: " ")[2]), "renee", "works on substrings")
        XCTAssertEqual(NameLexicon.fold("Ἀθηνᾶ"), "αθηνα")
        XCTAssertEqual(NameLexicon.fold("東京"), "東京")
        XCTAssertEqual(NameLexicon.fold("Ｊｏｈｎ"), "john")
        XCTAssertEqual(NameLexicon.fold("Smith🙂"), "smith")
        let long = String(repeating: "Ä-", count: 200)
        XCTAssertEqual(NameLexicon.fold(long), String(repeating: "a-", count: 199) + "a")
    }

    func testFoldFeedsLookups() {
        XCTAssertTrue(lexicon.isFirstName(NameLexicon.fold("MARY")))
        XCTAssertTrue(lexicon.isSurname(NameLexicon.fold("Peña")))
        XCTAssertTrue(lexicon.areNicknameVariants(NameLexicon.fold("Bill"), NameLexicon.fold("William")))
    }
}
