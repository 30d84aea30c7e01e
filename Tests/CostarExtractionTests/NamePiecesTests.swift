import XCTest
@testable import CostarExtraction

/// The in-place piece lists: a candidate's name (``NamePieces``) and a split's pieces (``NameSegmenter/Pieces``),
/// on both sides of where they stop being held in place.
final class NamePiecesTests: XCTestCase {
    func testNamePiecesMatchAnArrayInPlaceAndBeyond() {
        var pieces = NamePieces()
        var array: [Int32] = []
        for p: Int32 in [7, 3, 11, 3, 42, 5, 19] {
            pieces.append(p)
            array.append(p)
            XCTAssertEqual(Array(pieces), array, "after \(array.count) pieces")
            XCTAssertEqual(pieces.count, array.count)
        }
        XCTAssertEqual(NamePieces(array), pieces)
        XCTAssertNotEqual(NamePieces(array.dropLast()), pieces)
        XCTAssertNotEqual(NamePieces([7, 3, 11, 4]), NamePieces([7, 3, 11, 3]))
        pieces[1] = 8
        pieces[5] = 9
        XCTAssertEqual(Array(pieces), [7, 8, 11, 3, 42, 9, 19])
    }

    func testRenumberingRewritesEveryPiece() {
        let renumber: [Int32] = (0..<50).map { 100 + $0 }
        var short = NamePieces([1, 2])
        short.renumber(renumber)
        XCTAssertEqual(Array(short), [101, 102])
        var long = NamePieces([1, 2, 3, 4, 5, 6])
        long.renumber(renumber)
        XCTAssertEqual(Array(long), [101, 102, 103, 104, 105, 106])
        // A renumbered name equals the same name built from the new numbers.
        XCTAssertEqual(long, NamePieces([101, 102, 103, 104, 105, 106]))
    }

    func testSplitPiecesReadBackFromTheTable() {
        // Tokens 0 and 1...2 score as names, every other piece as none: two pieces.
        let two = NameSegmenter.withTable(3, score: { s, e in (s, e) == (0, 1) || (s, e) == (1, 3) ? 5 : -100 }) {
            Array(NameSegmenter.Pieces($0, at: 10))
        }
        XCTAssertEqual(two, [10..<11, 11..<13])
        // Seventy single-token names: beyond the 63 tokens a bit set holds.
        let many = NameSegmenter.withTable(70, score: { s, e in e - s == 1 ? 10 : -100 }) { NameSegmenter.Pieces($0) }
        XCTAssertEqual(many.count, 70)
        XCTAssertEqual(Array(many), (0..<70).map { $0..<($0 + 1) })
        // A table with no split of any score is one piece, short or long.
        let none = NameSegmenter.withTable(4, score: { _, _ in -.infinity }) { NameSegmenter.Pieces($0, at: 2) }
        XCTAssertEqual(Array(none), [2..<6])
        let noneLong = NameSegmenter.withTable(80, score: { _, _ in -.infinity }) { NameSegmenter.Pieces($0) }
        XCTAssertEqual(Array(noneLong), [0..<80])
        XCTAssertEqual(NameSegmenter.Pieces(whole: 0..<0).count, 0)
    }
}
