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
