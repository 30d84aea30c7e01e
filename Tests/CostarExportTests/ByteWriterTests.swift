import CostarCorpus
import XCTest
@testable import CostarExport

/// The exporters' byte writer: integers, runs of text, and the word-at-a-time search for bytes to escape.
final class ByteWriterTests: XCTestCase {
    func testIntegersAndTextGatherInMemory() {
        let w = ByteWriter(sink: nil, capacity: 40)
        for v in [0, 7, -1, 10, 99, 100, 1234567890, Int.max, Int.min + 1] {
            w.append(v)
            w.byte(0x20)
        }
        w.append("é😀 " + String(repeating: "x", count: 100))
        XCTAssertEqual(w.text, "0 7 -1 10 99 100 1234567890 \(Int.max) \(Int.min + 1) é😀 " + String(repeating: "x", count: 100))
    }

    /// Pieces of every short length (copied by word moves) and longer ones land intact, across buffer flushes.
    func testPiecesOfEveryLengthGatherInOrder() {
        let w = ByteWriter(sink: nil, capacity: 50)
        var expected: [UInt8] = []
        for length in 0...70 {
            let piece = (0..<length).map { UInt8(0x41 + ($0 * 7 + length) % 26) }
            piece.withUnsafeBufferPointer { w.append($0) }
            expected += piece
        }
        XCTAssertEqual(w.text, String(decoding: expected, as: UTF8.self))
    }

    /// The eight-bytes-at-a-time search finds exactly the first byte a byte-by-byte search finds, from any start.
    func testByteSetSearchMatchesAByteLoop() {
        checkSearch(ByteSet(controlsAnd: [0x22, 0x5C, 0x26, 0xEF]))
        checkSearch(ByteSet(controlsAnd: [0x2C, 0x22], nonASCII: true))
    }

    /// Doubles written into the buffer read as Swift's `description` spells them, and without a whole number's
    /// `.0` when trimmed.
    func testShortestDoublesMatchDescription() {
        var state: UInt64 = 99
        var values: [Double] = [1, -1, 3, 871, 1e-05, 0.1, 1.0 / 3.0, 123456.5, 1e14, 999_999_999_999_999, 1e15, 1e16, 2.5e-300,
                                -0.0, 0, .leastNonzeroMagnitude, .greatestFiniteMagnitude, -7]
        for _ in 0..<5_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            values.append(Double(bitPattern: state))
            values.append(Double(state >> 40))
        }
        for v in values where v.isFinite {
            let w = ByteWriter(sink: nil, capacity: 40)
            w.append(shortest: v)
            w.byte(0x20)
            w.append(shortest: v, trimmingPointZero: true)
            var trimmed = v.description
            if trimmed.hasSuffix(".0") { trimmed.removeLast(2) }
            XCTAssertEqual(w.text, v.description + " " + trimmed)
        }
    }

    private func checkSearch(_ set: ByteSet) {
        var state: UInt64 = 12345
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        let alphabet: [UInt8] = Array(0x20...0x7E) + [0x00, 0x1F, 0x22, 0x5C, 0x26, 0xEF, 0xBF, 0xC3, 0xA9, 0x80, 0xFF]
        for _ in 0..<3_000 {
            let count = Int(next() % 40)
            let bytes = (0..<count).map { _ in next() % 6 == 0 ? alphabet[Int(next()) % alphabet.count] : alphabet[Int(next() % 95)] }
            bytes.withUnsafeBufferPointer { b in
                for start in 0...count {
                    let expected = (start..<count).first { set.contains(b[$0]) } ?? count
                    XCTAssertEqual(set.firstIndex(in: b, from: start), expected, "\(bytes) from \(start)")
                }
            }
        }
    }

    func testXMLEscapingDropsWhatXMLDoesNotAllow() {
        XCTAssertEqual(XMLText.escape("plain name"), "plain name")
        XCTAssertEqual(XMLText.escape("A & B <c> \"d\" 'e'\t\n\r\u{1}x\u{FFFE}y\u{FFFF}z\u{FFFD}é"),
                       "A &amp; B &lt;c&gt; &quot;d&quot; &#39;e&#39;&#9;&#10;&#13;xyz\u{FFFD}é")
    }
}
