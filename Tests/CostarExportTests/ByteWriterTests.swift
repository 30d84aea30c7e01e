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

    /// The eight-bytes-at-a-time search finds exactly the first byte a byte-by-byte search finds, from any start.
    func testByteSetSearchMatchesAByteLoop() {
        let set = ByteSet(controlsAnd: [0x22, 0x5C, 0x26, 0xEF])
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
