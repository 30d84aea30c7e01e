import CZlib
import Foundation
import XCTest
@testable import CostarExport

final class PNGEncoderTests: XCTestCase {
    /// A 24-bit Windows bitmap of `rows` (top row first, pixels as (r, g, b)), stored bottom-up with each row
    /// padded to four bytes, as Graphviz's `bmp` device writes it.
    private func bitmap(_ rows: [[(UInt8, UInt8, UInt8)]]) -> Data {
        let width = rows[0].count, height = rows.count
        let stride = (width * 3 + 3) & ~3
        func le32(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)] }
        var bytes: [UInt8] = [0x42, 0x4D] + le32(54 + stride * height) + [0, 0, 0, 0] + le32(54)
        bytes += le32(40) + le32(width) + le32(height) + [1, 0, 24, 0] + le32(0) + le32(stride * height)
        bytes += le32(2835) + le32(2835) + le32(0) + le32(0)
        for row in rows.reversed() {
            var line: [UInt8] = row.flatMap { [$0.2, $0.1, $0.0] }
            line += [UInt8](repeating: 0, count: stride - line.count)
            bytes += line
        }
        return Data(bytes)
    }

    /// The chunks of a PNG, in order, as (type, body), after checking the signature and every CRC.
    private func chunks(_ png: Data) throws -> [(type: String, body: [UInt8])] {
        let bytes = [UInt8](png)
        XCTAssertEqual(Array(bytes[0..<8]), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var out: [(String, [UInt8])] = []
        var at = 8
        func be32(_ i: Int) -> Int { bytes[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
        while at < bytes.count {
            let length = be32(at)
            let typeAndBody = Array(bytes[(at + 4)..<(at + 8 + length)])
            let crc = typeAndBody.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
            XCTAssertEqual(Int(crc), be32(at + 8 + length), "CRC of chunk at \(at)")
            out.append((String(decoding: typeAndBody[0..<4], as: UTF8.self), Array(typeAndBody[4...])))
            at += 12 + length
        }
        return out
    }

    /// The inflated IDAT data of a PNG.
    private func scanlines(_ png: Data, expectedCount: Int) throws -> [UInt8] {
        let idat = try chunks(png).filter { $0.type == "IDAT" }.flatMap(\.body)
        var out = [UInt8](repeating: 0, count: expectedCount)
        var length = uLongf(expectedCount)
        let status = out.withUnsafeMutableBufferPointer { o in
            idat.withUnsafeBufferPointer { uncompress(o.baseAddress, &length, $0.baseAddress, uLong($0.count)) }
        }
        XCTAssertEqual(status, Z_OK)
        XCTAssertEqual(Int(length), expectedCount)
        return out
    }

    func testBitmapRowsBecomeUnfilteredRGBRowsTopFirst() throws {
        let red: (UInt8, UInt8, UInt8) = (255, 0, 0), green: (UInt8, UInt8, UInt8) = (0, 255, 0)
        let blue: (UInt8, UInt8, UInt8) = (0, 0, 255), grey: (UInt8, UInt8, UInt8) = (10, 20, 30)
        let bmp = bitmap([[red, green], [blue, grey]])
        let png = try XCTUnwrap(bmp.withUnsafeBytes { PNGEncoder.png(fromBMP: $0) })
        let parts = try chunks(png)
        XCTAssertEqual(parts.map(\.type), ["IHDR", "IDAT", "IEND"])
        XCTAssertEqual(parts[0].body, [0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0], "2 × 2, 8-bit truecolour")
        XCTAssertEqual(try scanlines(png, expectedCount: 14),
                       [0, 255, 0, 0, 0, 255, 0,
                        0, 0, 0, 255, 10, 20, 30])
    }

    func testPartlyCoveredLastColumnAndRowOfTheWhitePageComeOutWhite() throws {
        let white: (UInt8, UInt8, UInt8) = (255, 255, 255), edge: (UInt8, UInt8, UInt8) = (221, 221, 221)
        let ink: (UInt8, UInt8, UInt8) = (40, 40, 40)
        // The last column and row are the page's edge, 221/255 covered; the grey in the middle is drawing.
        let bmp = bitmap([[white, ink, white, edge],
                          [white, white, white, edge],
                          [edge, edge, edge, edge]])
        let png = try XCTUnwrap(bmp.withUnsafeBytes { PNGEncoder.png(fromBMP: $0) })
        let rows = try scanlines(png, expectedCount: 3 * 13)
        XCTAssertEqual(Array(rows[0..<13]), [0, 255, 255, 255, 40, 40, 40] + [UInt8](repeating: 255, count: 6))
        XCTAssertEqual(Array(rows[13..<26]), [0] + [UInt8](repeating: 255, count: 12))
        XCTAssertEqual(Array(rows[26..<39]), [0] + [UInt8](repeating: 255, count: 12))
    }

    func testAnEdgePixelNextToDrawingKeepsItsColour() throws {
        let white: (UInt8, UInt8, UInt8) = (255, 255, 255), ink: (UInt8, UInt8, UInt8) = (40, 40, 40)
        let bmp = bitmap([[white, ink, ink], [white, white, white]])
        let png = try XCTUnwrap(bmp.withUnsafeBytes { PNGEncoder.png(fromBMP: $0) })
        let rows = try scanlines(png, expectedCount: 2 * 10)
        XCTAssertEqual(Array(rows[0..<10]), [0, 255, 255, 255, 40, 40, 40, 40, 40, 40])
    }

    func testBytesThatAreNotAnUncompressedBitmapAreRefused() {
        XCTAssertNil(Data("not a bitmap at all, just text long enough to have a header of 54 bytes".utf8)
            .withUnsafeBytes { PNGEncoder.png(fromBMP: $0) })
        let truncated = bitmap([[(1, 2, 3), (4, 5, 6)], [(7, 8, 9), (1, 2, 3)]]).prefix(60)
        XCTAssertNil(truncated.withUnsafeBytes { PNGEncoder.png(fromBMP: $0) })
        XCTAssertNil(Data().withUnsafeBytes { PNGEncoder.png(fromBMP: $0) })
    }
}
