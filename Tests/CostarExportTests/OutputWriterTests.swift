import Foundation
import XCTest
@testable import CostarExport

final class OutputWriterTests: XCTestCase {
    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("costar-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func read(_ url: URL) -> String? {
        (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every path under `url`, relative, with file contents, to compare whole trees.
    private func snapshot(_ url: URL) -> [String: String] {
        var out: [String: String] = [:]
        let base = url.path
        let paths = FileManager.default.enumerator(atPath: base)?.allObjects.compactMap { $0 as? String } ?? []
        for path in paths {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: base + "/" + path, isDirectory: &isFolder)
            out[path] = isFolder.boolValue ? "<folder>" : read(url.appendingPathComponent(path))
        }
        return out
    }

    private func hiddenLeftovers() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".") }
    }

    func testCommitWritesNestedFilesAndReplacesOldOnes() throws {
        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("keep"), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: out.appendingPathComponent("report.md"))
        try Data("untouched".utf8).write(to: out.appendingPathComponent("keep/other.txt"))

        var writer = OutputWriter()
        writer.add("new report", at: "report.md")
        writer.add(Data([1, 2, 3]), at: "2022/diagrams/graph.png")
        writer.add("a,b\n", at: "2022/nodes.csv")
        try writer.commit(to: out)

        XCTAssertEqual(snapshot(out), [
            "report.md": "new report",
            "keep": "<folder>", "keep/other.txt": "untouched",
            "2022": "<folder>", "2022/nodes.csv": "a,b\n",
            "2022/diagrams": "<folder>", "2022/diagrams/graph.png": "\u{1}\u{2}\u{3}",
        ])
        XCTAssertEqual(try hiddenLeftovers(), [])
    }

    /// A staging writer writes files (added or streamed) beside the output folder at once, moves them in on commit,
    /// and leaves nothing behind, whether it commits or is dropped.
    func testStagingWriterStreamsBesideTheOutputFolder() throws {
        let out = root.appendingPathComponent("out")
        do {
            var writer = try OutputWriter(stagingFor: out)
            writer.add("a\n", at: "a.txt")
            try writer.stream(at: "sub/b.txt") { stream in
                for i in 0..<3 { stream.write("line \(i)\n") }
            }
            XCTAssertEqual(writer.fileCount, 2)
            XCTAssertTrue(writer.files.isEmpty, "nothing kept in memory")
            XCTAssertEqual(try hiddenLeftovers().count, 1, "the staging folder")
            XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "nothing in place before the commit")
            try writer.commit(to: out)
        }
        XCTAssertEqual(snapshot(out), ["a.txt": "a\n", "sub": "<folder>", "sub/b.txt": "line 0\nline 1\nline 2\n"])
        XCTAssertEqual(try hiddenLeftovers(), [])

        do {
            var dropped = try OutputWriter(stagingFor: root.appendingPathComponent("never"))
            try dropped.stream(at: "x.txt") { $0.write("x") }
        }
        XCTAssertEqual(try hiddenLeftovers(), [], "a dropped writer removes its staging folder")
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("never").path))

        // The in-memory writer streams into memory.
        var memory = OutputWriter()
        try memory.stream(at: "m.txt") { $0.write("m") }
        XCTAssertEqual(memory.files["m.txt"], Data("m".utf8))
    }

    func testCommitCreatesMissingOutputFolder() throws {
        let out = root.appendingPathComponent("a/b/out")
        var writer = OutputWriter()
        writer.add("x", at: "x.txt")
        try writer.commit(to: out)
        XCTAssertEqual(read(out.appendingPathComponent("x.txt")), "x")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("a/b").path), ["out"])
    }

    func testBlockedPathLeavesFolderUntouched() throws {
        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("old nodes".utf8).write(to: out.appendingPathComponent("nodes.csv"))
        try Data("I am a file".utf8).write(to: out.appendingPathComponent("diagrams"))
        let before = snapshot(out)

        var writer = OutputWriter()
        writer.add("new nodes", at: "nodes.csv")
        writer.add("<svg/>", at: "diagrams/graph.svg")
        writer.add("new", at: "zzz.txt")
        XCTAssertThrowsError(try writer.commit(to: out)) { error in
            let text = "\(error)"
            XCTAssertEqual(text, "\(out.path)/diagrams: is a file, but a folder is needed to write diagrams/graph.svg")
            XCTAssertFalse(text.contains("\n"))
        }
        XCTAssertEqual(snapshot(out), before)
        XCTAssertEqual(try hiddenLeftovers(), [])
    }

    func testFailureWhileMovingRestoresEverything() throws {
        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("old a".utf8).write(to: out.appendingPathComponent("a.txt"))
        let before = snapshot(out)

        var writer = OutputWriter()
        writer.add("new a", at: "a.txt")
        writer.add("new c", at: "b/c.txt")
        writer.add("new d", at: "d.txt")
        writer.failAfterMoving = 2
        XCTAssertThrowsError(try writer.commit(to: out)) { error in
            XCTAssertEqual("\(error)", "\(out.path)/d.txt: simulated failure")
        }
        XCTAssertEqual(snapshot(out), before)
        XCTAssertEqual(try hiddenLeftovers(), [])

        let fresh = root.appendingPathComponent("fresh")
        XCTAssertThrowsError(try writer.commit(to: fresh))
        XCTAssertFalse(FileManager.default.fileExists(atPath: fresh.path), "a folder it created is removed again")
    }

    func testRejectsBadTargets() throws {
        let file = root.appendingPathComponent("plain")
        try Data("x".utf8).write(to: file)
        var writer = OutputWriter()
        writer.add("x", at: "x.txt")
        XCTAssertThrowsError(try writer.commit(to: file)) { error in
            XCTAssertEqual("\(error)", "\(file.path): is a file, not a folder")
        }
        XCTAssertEqual(read(file), "x")

        var escaping = OutputWriter()
        escaping.add("x", at: "../x.txt")
        XCTAssertThrowsError(try escaping.commit(to: root.appendingPathComponent("out"))) { error in
            XCTAssertEqual("\(error)", "../x.txt: not a plain relative file path")
        }
        var clash = OutputWriter()
        clash.add("x", at: "a")
        clash.add("y", at: "a/b")
        XCTAssertThrowsError(try clash.commit(to: root.appendingPathComponent("out"))) { error in
            XCTAssertEqual("\(error)", "a: used both as a file and as a folder")
        }
        let folderInTheWay = root.appendingPathComponent("out2")
        try FileManager.default.createDirectory(at: folderInTheWay.appendingPathComponent("graph.svg"), withIntermediateDirectories: true)
        var writer2 = OutputWriter()
        writer2.add("x", at: "graph.svg")
        XCTAssertThrowsError(try writer2.commit(to: folderInTheWay)) { error in
            XCTAssertTrue("\(error)".hasPrefix("\(folderInTheWay.path)/graph.svg: is a folder"))
        }
        XCTAssertEqual(try hiddenLeftovers(), [])
    }
}

/// ``TextSink``, the file layer under the writer: buffered, with direct I/O where the file system allows it.
extension OutputWriterTests {
    /// Bytes 0, 1, …, 250, 0, 1, … (a period prime to every buffer and block size).
    private func pattern(_ count: Int, from start: Int = 0) -> [UInt8] {
        (start..<(start + count)).map { UInt8($0 % 251) }
    }

    /// Writes `pieces` through one sink and returns what the file holds.
    private func written(_ pieces: [[UInt8]], name: String) throws -> [UInt8] {
        let path = root.appendingPathComponent(name).path
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
        let path = root.appendingPathComponent("text.md").path
        let sink = try TextSink(path: path)
        sink.write("Janelle Monáe, ")
        sink.append(Array("Jack Harlow".utf8))
        sink.write(" — 🎉\n")
        try sink.close()
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "Janelle Monáe, Jack Harlow — 🎉\n")
    }

    func testAFileThatCannotBeCreatedIsAnErrorNamingIt() {
        let path = root.appendingPathComponent("missing/folder/graph.json").path
        XCTAssertThrowsError(try TextSink(path: path)) { error in
            XCTAssertTrue("\(error)".contains("graph.json"), "\(error)")
        }
    }
}
