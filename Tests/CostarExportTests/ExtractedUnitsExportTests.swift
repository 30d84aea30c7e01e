import CostarCorpus
import CostarExtraction
import XCTest
@testable import CostarExport

/// `costar extract`'s lines, written into a file descriptor: JSON escapes spelled as graph.json spells them, the
/// table's tab-separated mentions, and a write larger than the buffer.
final class ExtractedUnitsExportTests: XCTestCase {
    private func written(_ units: [ExtractedUnit], _ format: ExtractedUnitsExport.Format) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("costar-extract-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        XCTAssertGreaterThanOrEqual(fd, 0)
        ExtractedUnitsExport.write(units, format: format, to: fd)
        close(fd)
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    private let unit = ExtractedUnit(
        unit: CaptionUnit(document: "a.txt", date: "2023-05-01", id: "a.txt#02", kind: .caption,
                          text: "02 Jodie Turner-Smith and \"Joshua\"\nJackson\u{1}\t\u{8}\u{c}\\ à /<"),
        people: [PersonMention(name: "Jodie Turner-Smith", mention: "Jodie Turner-Smith", role: .present),
                 PersonMention(name: "Joshua Jackson", mention: "\"Joshua\"\nJackson", role: .named)])

    func testJSONLinesEscapeAsGraphJSON() throws {
        XCTAssertEqual(try written([unit], .jsonl), """
            {"document":"a.txt","date":"2023-05-01","unit":"a.txt#02","kind":"caption",\
            "text":"02 Jodie Turner-Smith and \\"Joshua\\"\\nJackson\\u0001\\t\\b\\f\\\\ à /<",\
            "people":[{"name":"Jodie Turner-Smith","mention":"Jodie Turner-Smith","role":"present"},\
            {"name":"Joshua Jackson","mention":"\\"Joshua\\"\\nJackson","role":"named"}]}

            """)
        // Each line is JSON that reads back to the unit's text.
        let line = try written([unit], .jsonl).split(separator: "\n")[0]
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        XCTAssertEqual(object?["text"] as? String, unit.unit.text)
    }

    func testTableHasALineAMention() throws {
        let plain = ExtractedUnit(unit: CaptionUnit(document: "b", date: "2022-05-02", id: "b#1", kind: .prose, text: "x"),
                                  people: [PersonMention(name: "Lizzo", mention: "LIZZO", role: .present),
                                           PersonMention(name: "Getty Images", mention: "Getty", role: .credit)])
        XCTAssertEqual(try written([plain], .table), "b#1\tpresent\tLizzo\tLIZZO\nb#1\tcredit\tGetty Images\tGetty\n")
    }

    /// A text longer than the 1 MiB buffer goes out whole, between the pieces buffered before and after it.
    func testLineLongerThanTheBuffer() throws {
        var long = unit
        long.unit.text = String(repeating: "Zendaya, ", count: 300_000)
        let out = try written([unit, long, unit], .jsonl)
        let lines = out.split(separator: "\n")
        XCTAssertEqual(lines.count, 3)
        XCTAssertEqual(lines[0], lines[2])
        XCTAssertTrue(lines[1].contains("\"text\":\"\(long.unit.text)\""))
    }
}
