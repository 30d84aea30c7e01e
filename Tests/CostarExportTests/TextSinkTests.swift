import Foundation
import XCTest
@testable import CostarExport

final class TextSinkTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("costar-sink-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Bytes 0, 1, …, 250, 0, 1, … (a period prime to every buffer and block size).
    private func pattern(_ count: Int, from start: Int = 0) -> [UInt8] {
        (start..<(start + count)).map { UInt8($0 % 251) }
    }

    /// Writes `pieces` through one sink and returns what the file holds.
    private func written(_ pieces: [[UInt8]], name: String) throws -> [UInt8] {
        let path = folder.appendingPathComponent(name).path
        let sink = try TextSink(path: path)
        for piece in pieces { sink.append(piece) }
        try sink.close()
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    func testFilesOfEverySizeAroundTheBufferAndBlockSizesAreWrittenWhole() throws {
        let mebibyte = 1 << 20
        for size in [0, 1, 4095, 4096, 4097, mebibyte - 1, mebibyte, mebibyte + 1, 3 * mebibyte + 12_345] {
            XCTAssertEqual(try written([pattern(size)], name: "one-\(size)"), pattern(size), "\(size) bytes in one piece")
        }
    }

    func testManySmallAndLargePiecesKeepTheirOrder() throws {
        // Small appends that straddle buffer boundaries, then one piece larger than the buffer, then a tail.
        var pieces: [[UInt8]] = []
        var offset = 0
        for size in [7, 4089, 1, 70_000, 1 << 20, 2 * (1 << 20) + 3, 5, 100_000] + Array(repeating: 333, count: 5000) {
            pieces.append(pattern(size, from: offset))
            offset += size
        }
        XCTAssertEqual(try written(pieces, name: "pieces"), pattern(offset))
    }

    func testTextAndBytesMixAsUTF8() throws {
        let path = folder.appendingPathComponent("text.md").path
        let sink = try TextSink(path: path)
        sink.write("Janelle Monáe, ")
        sink.append(Array("Jack Harlow".utf8))
        sink.write(" — 🎉\n")
        try sink.close()
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "Janelle Monáe, Jack Harlow — 🎉\n")
    }

    func testAFileThatCannotBeCreatedIsAnErrorNamingIt() {
        let path = folder.appendingPathComponent("missing/folder/graph.json").path
        XCTAssertThrowsError(try TextSink(path: path)) { error in
            XCTAssertTrue("\(error)".contains("graph.json"), "\(error)")
        }
    }
}
