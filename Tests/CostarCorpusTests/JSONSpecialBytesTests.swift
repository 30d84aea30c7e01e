import XCTest
@testable import CostarCorpus

final class JSONSpecialBytesTests: XCTestCase {
    func testEveryByteValueIsClassified() {
        for b in 0...255 {
            XCTAssertEqual(JSONSpecialBytes.contains(UInt8(b)), b < 0x20 || b == 0x22 || b == 0x5C, "byte \(b)")
        }
    }

    /// The eight-byte test agrees with testing the bytes one by one: every byte value at every position of a
    /// word of plain bytes, and random words (a fixed seed, so any failure repeats).
    func testTheWordTestAgreesWithTheByteTest() {
        func word(_ bytes: [UInt8]) -> UInt64 { bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) } }
        let plain = Array("Zendaya ".utf8)
        for position in 0..<8 {
            for b in 0...255 {
                var bytes = plain
                bytes[position] = UInt8(b)
                XCTAssertEqual(JSONSpecialBytes.occur(in: word(bytes)), bytes.contains(where: JSONSpecialBytes.contains),
                               "byte \(b) at \(position)")
            }
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<200_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let bytes = (0..<8).map { UInt8(truncatingIfNeeded: (state >> (8 * UInt64($0))) ^ (state >> 29)) }
            XCTAssertEqual(JSONSpecialBytes.occur(in: word(bytes)), bytes.contains(where: JSONSpecialBytes.contains))
        }
    }
}
