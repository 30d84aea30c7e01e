import XCTest
@testable import CostarCorpus

final class ByteSetTests: XCTestCase {
    func testJSONSpecialBytesAreTheQuoteTheBackslashAndTheControls() {
        for b in 0...255 {
            XCTAssertEqual(ByteSet.jsonSpecial.contains(UInt8(b)), b < 0x20 || b == 0x22 || b == 0x5C, "byte \(b)")
        }
    }

    /// The eight-bytes-at-a-time search agrees with testing the bytes one by one: every byte value at every position
    /// of a word of plain bytes, and random words (a fixed seed, so any failure repeats).
    func testTheWordSearchAgreesWithTheByteTest() {
        func check(_ bytes: [UInt8]) {
            bytes.withUnsafeBufferPointer { b in
                let expected = b.firstIndex(where: ByteSet.jsonSpecial.contains) ?? b.count
                XCTAssertEqual(ByteSet.jsonSpecial.firstIndex(in: b, from: 0), expected, "\(bytes)")
            }
        }
        let plain = Array("Zendaya ".utf8)
        for position in 0..<8 {
            for b in 0...255 {
                var bytes = plain
                bytes[position] = UInt8(b)
                check(bytes)
            }
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<200_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            check((0..<8).map { UInt8(truncatingIfNeeded: (state >> (8 * UInt64($0))) ^ (state >> 29)) })
        }
    }
}
