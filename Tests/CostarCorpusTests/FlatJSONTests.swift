import XCTest
@testable import CostarCorpus

/// The byte-level reader of caption records, and its fall-back to Foundation for JSON it does not read.
final class FlatJSONTests: XCTestCase {
    func fields(_ line: String) -> [String: String]? {
        Array(line.utf8).withUnsafeBufferPointer { FlatJSON.stringFields($0) }
    }

    func testStringsWithEscapesAndUnicode() {
        let line = #"{"date": "2022-05-02", "caption": "Janelle Mon\u00e1e \"JM\" \\ Lizzo\n\ud83d\udc83 \/ Beyoncé", "n": 3, "ok": true, "x": null}"#
        let f = fields(line)
        XCTAssertEqual(f?["date"], "2022-05-02")
        XCTAssertEqual(f?["caption"], "Janelle Monáe \"JM\" \\ Lizzo\n💃 / Beyoncé")
        XCTAssertNil(f?["n"], "numbers, booleans and null are read but not kept")
        XCTAssertEqual(f?.count, 2)
    }

    func testAnswersNilForWhatItDoesNotRead() {
        XCTAssertNil(fields(#"{"caption": ["a", "b"]}"#), "nested values go to Foundation")
        XCTAssertNil(fields(#"{"caption": "unterminated}"#))
        XCTAssertNil(fields(#"{"caption": "a"} trailing"#))
        XCTAssertNil(fields(#"{"caption": "bad \x escape"}"#))
        XCTAssertNil(fields("{oops"))
        XCTAssertNil(fields(#"{"n": 12abc}"#))
        XCTAssertEqual(fields("  {}  "), [:])
    }

    func testReaderAgreesWithFoundationOnNestedRecords() throws {
        // A record with a nested field is read through JSONSerialization and gives the same caption.
        let data = Array(#"{"date": "2023-05-01", "caption": "Rihanna waved.", "tags": ["met", "gala"], "source": "s"}"#.utf8)
        let records = try RecordReader.jsonLines(data, path: "t.jsonl", defaultDate: nil)
        XCTAssertEqual(records.map(\.caption), ["Rihanna waved."])
        XCTAssertEqual(records.map(\.source), ["s"])
        XCTAssertThrowsError(try RecordReader.jsonLines(Array("[1, 2]\n".utf8), path: "t.jsonl", defaultDate: nil)) { error in
            XCTAssertEqual("\(error)", "t.jsonl:1: not a JSON object")
        }
    }
}
