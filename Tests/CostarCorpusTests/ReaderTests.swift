import XCTest
@testable import CostarCorpus

final class ReaderTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("costar-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func testJSONLinesGroupsRecordsBySource() throws {
        let path = try write("c.jsonl", """
        {"date": "2024-05-06", "caption": "Zendaya and Tom Holland arrived. (Photo by Jane Doe/Getty Images)", "source": "a"}

        {"date": "2024-05-06", "caption": "Zendaya posed.", "source": "a"}
        {"date": "2023-05-01", "caption": "Rihanna waved."}
        """)
        let docs = try CorpusLoader.load(paths: [path])
        XCTAssertEqual(docs.map(\.name), ["a", "c.jsonl"])
        XCTAssertEqual(docs[0].units.map(\.id), ["a#1", "a#2"])
        XCTAssertEqual(docs[0].units[0].text, "Zendaya and Tom Holland arrived.")
        XCTAssertEqual(docs[0].units[0].credit, "Photo by Jane Doe/Getty Images")
        XCTAssertEqual(docs[1].units[0].date, "2023-05-01")
    }

    func testLargeJSONLinesAreReadInPiecesInFileOrder() throws {
        // 30,000 lines, every seventh blank, two sources taking turns in runs: well over the 1 MiB read in pieces.
        var lines: [String] = []
        for n in 1...30_000 {
            lines.append(n % 7 == 0 ? "" : "{\"date\": \"2024-05-06\", \"caption\": \"Guest \(n) and a friend, "
                         + String(repeating: "here ", count: 8) + "\", \"source\": \"s\((n / 1000) % 2)\"}")
        }
        let text = lines.joined(separator: "\n")
        XCTAssertGreaterThan(text.utf8.count, 1 << 20)
        let bytes = Array(text.utf8)
        let records = try RecordReader.jsonLines(bytes, path: "big.jsonl", defaultDate: nil)
        let expected = (1...30_000).filter { $0 % 7 != 0 }
        XCTAssertEqual(records.map(\.line), expected)
        XCTAssertEqual(records.map(\.caption), expected.map { "Guest \($0) and a friend, " + String(repeating: "here ", count: 8) })
        XCTAssertEqual(records.map(\.source), expected.map { "s\(($0 / 1000) % 2)" })
        // Pieces cover every byte once and end at line feeds.
        bytes.withUnsafeBufferPointer { all in
            for count in 1...5 {
                let pieces = RecordReader.lineAlignedPieces(all, count: count)
                XCTAssertEqual(pieces.first?.lowerBound, 0)
                XCTAssertEqual(pieces.last?.upperBound, all.count)
                for (a, b) in zip(pieces, pieces.dropFirst()) {
                    XCTAssertEqual(a.upperBound, b.lowerBound)
                    XCTAssertEqual(all[a.upperBound - 1], UInt8(ascii: "\n"))
                }
            }
        }
        // An error late in the file names its own line, and the first of two errors is the one reported.
        var broken = lines
        broken[29_000] = "{oops"
        XCTAssertThrowsError(try RecordReader.jsonLines(Array(broken.joined(separator: "\n").utf8), path: "big.jsonl", defaultDate: nil)) { error in
            XCTAssertEqual("\(error)", "big.jsonl:29001: not a JSON object")
        }
        broken[10] = "{\"date\": \"2024-05-06\"}"
        XCTAssertThrowsError(try RecordReader.jsonLines(Array(broken.joined(separator: "\n").utf8), path: "big.jsonl", defaultDate: nil)) { error in
            XCTAssertEqual("\(error)", "big.jsonl:11: no \"caption\" string")
        }
    }

    func testCSVWithQuotedFields() throws {
        let path = try write("c.csv", "date,caption,source\n2024-05-06,\"Zendaya, Tom Holland and \"\"Bo\"\" Chan\nlaughed.\",s1\n2024-05-07,Rihanna waved.,\n")
        let docs = try CorpusLoader.load(paths: [path])
        XCTAssertEqual(docs.map(\.name), ["s1", "c.csv"])
        XCTAssertEqual(docs[0].units[0].text, "Zendaya, Tom Holland and \"Bo\" Chan\nlaughed.")
        XCTAssertEqual(docs[1].units[0].date, "2024-05-07")
    }

    func testErrorsNameTheFileAndTheProblem() throws {
        let undated = try write("undated.txt", "Kerry Washington danced.")
        XCTAssertThrowsError(try CorpusLoader.load(paths: [undated])) { error in
            XCTAssertEqual((error as? CorpusError)?.path, undated)
            XCTAssertTrue("\(error)".contains("no date"))
        }
        XCTAssertEqual(try CorpusLoader.load(paths: [undated], defaultDate: "2021-09-13")[0].date, "2021-09-13")
        XCTAssertThrowsError(try CorpusLoader.load(paths: [folder.path + "/missing.txt"])) { error in
            XCTAssertEqual("\(error)", folder.path + "/missing.txt: no such file or folder")
        }
        let badJSON = try write("bad.jsonl", "{\"date\": \"2024-01-01\", \"caption\": \"ok\"}\n{oops\n")
        XCTAssertThrowsError(try CorpusLoader.load(paths: [badJSON])) { error in
            XCTAssertEqual("\(error)", badJSON + ":2: not a JSON object")
        }
        let badDate = try write("bad-date.txt", "date 2024-13-45 text")
        XCTAssertThrowsError(try CorpusLoader.load(paths: [badDate]))
        let noCaption = try write("nocap.csv", "date,text\n2024-01-01,hello\n")
        XCTAssertThrowsError(try CorpusLoader.load(paths: [noCaption])) { error in
            XCTAssertTrue("\(error)".contains("no 'caption' column"))
        }
    }

    func testFolderReadsEveryKnownFileInOrder() throws {
        let docs = try CorpusLoader.load(paths: [Seeds.folder])
        XCTAssertEqual(docs.map(\.name), ["000_38553dad852f1b7e.txt", "001_18b68c406d08b73a.txt", "002_b92f183142939783.txt"])
        XCTAssertEqual(docs.map(\.date), ["2022-05-03", "2023-05-02", "2023-05-02"])
    }

    func testInvalidUTF8IsReadNotFatal() throws {
        let url = folder.appendingPathComponent("odd.txt")
        try Data([0x64, 0x61, 0x74, 0x65, 0x20] + Array("2024-01-01 Ann ".utf8) + [0xff, 0xfe] + Array(" Lee".utf8)).write(to: url)
        let docs = try CorpusLoader.load(paths: [url.path])
        XCTAssertEqual(docs[0].units.count, 1)
    }
}
