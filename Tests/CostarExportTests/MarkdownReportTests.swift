import XCTest
@testable import CostarExport

final class MarkdownReportTests: XCTestCase {
    let md = MarkdownReport.render(TestNetworks.report2022())

    private func position(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String.Index {
        guard let range = md.range(of: text) else {
            XCTFail("missing: \(text)\n\(md)", file: file, line: line)
            return md.endIndex
        }
        return range.lowerBound
    }

    func testTitleAndCounts() {
        XCTAssertTrue(md.hasPrefix("# Co-appearance network: 2022\n"))
        XCTAssertTrue(md.contains("**6 captions** · **6 people** · **5 ties** · **2 components** · **3 communities** · modularity **0.2**"), md)
        XCTAssertTrue(md.contains("From 2 documents: 5 of the 6 caption units name someone, and 4 show two or more people."))
    }

    func testRankingTableOrderAndEscaping() {
        let rows = [
            "| 1 | Zendaya | 3 | 4 | 0.28 | 0.4 | 0.8 | 0.65 | 0.333 | 0 |",
            "| 2 | Tom Holland | 2 | 3 | 0.2 | 0 | 0.533 | 0.5 | 1 | 0 |",
            "| 3 | Anna Wintour |",
            "| 4 | Rihanna |",
            "| 5 | A\\$AP Rocky |",
            "| 6 | Harry Connick, Jr. |",
        ].map { position($0) }
        XCTAssertEqual(rows, rows.sorted())
        XCTAssertTrue(md.contains("- **PageRank**: "))
        XCTAssertTrue(md.contains("- **Clustering**: "))
    }

    func testBestFriendsWithQuotes() {
        let zendaya = position("### 1. Zendaya\n")
        let tom = position("- **Tom Holland**: 2 shared captions\n  - `d1.txt#01` (2022-05-02): “Anna Wintour, Zendaya and Tom Holland at the 2022 Met Gala.”\n  - `d1.txt#02` (2022-05-02): “Zendaya and Tom Holland arrive together.”")
        let anna = position("- **Anna Wintour**: 1 shared caption\n")
        let rihanna = position("- **Rihanna**: 1 shared caption\n  - `d2.txt#01` (2022-05-03): “Zendaya, with Rihanna, inside the museum.”")
        let next = position("### 2. Tom Holland\n")
        XCTAssertTrue(zendaya < tom && tom < anna && anna < rihanna && rihanna < next)
        XCTAssertTrue(md.contains("### 6. Harry Connick, Jr.\n\nNot photographed with anyone else (1 caption)."))
    }

    func testCommunitiesAndStrongestTies() {
        XCTAssertTrue(md.contains("### Community 0: 3 people, around Zendaya\n\nZendaya, Tom Holland, Anna Wintour\n"))
        XCTAssertTrue(md.contains("### Community 1: 2 people, around Rihanna\n\nRihanna, A\\$AP Rocky\n"))
        XCTAssertTrue(md.contains("Photographed with no one else in the network: Harry Connick, Jr.."))
        let first = position("| 1 | Tom Holland & Zendaya | 2 | 2: `d1.txt#01`, `d1.txt#02` |")
        let second = position("| 2 | A\\$AP Rocky & Rihanna | 1 | 1: `d1.txt#03` |")
        XCTAssertTrue(first < second)
    }

    func testLimitsAndQuoteTruncation() {
        let short = MarkdownReport.render(TestNetworks.report2022(), options: .init(topGuests: 2, bestFriends: 1, strongestTies: 1))
        XCTAssertTrue(short.contains("The top 2 of 6 people"))
        XCTAssertFalse(short.contains("| 3 | Anna Wintour |"))
        XCTAssertFalse(short.contains("### 3. Anna Wintour"))
        XCTAssertFalse(short.contains("- **Anna Wintour**: 1 shared caption"))
        XCTAssertTrue(short.contains("The 1 heaviest of 5 ties."))
        let long = String(repeating: "word ", count: 100)
        let quoted = MarkdownText.quote(long, limit: 20)
        XCTAssertEqual(quoted, "“word word word word …”")
        XCTAssertEqual(MarkdownReport.strength(weight: 1.5, captions: 3, weighting: "newman"), "weight 1.5 (3 shared captions)")
    }

    /// The quote reads words one at a time and counts as it goes; it says what splitting the whole text and
    /// recounting every time said, with runs of spaces, line breaks, long words and combining marks after a break.
    func testQuoteMatchesSplittingTheWholeText() {
        func reference(_ text: String, limit: Int) -> String {
            var out = ""
            for word in text.split(whereSeparator: { $0.isWhitespace }) {
                if !out.isEmpty, out.count + 1 + word.count > limit {
                    out += " …"
                    return "“" + MarkdownText.escape(out) + "”"
                }
                if !out.isEmpty { out += " " }
                if out.isEmpty, word.count > limit { out += word.prefix(limit) + "…"; break }
                out += word
            }
            return "“" + MarkdownText.escape(out) + "”"
        }
        let pieces = ["a", "word", "Zoë", "e\u{301}", "\u{301}x", " ", "  ", "\n", "\r\n", "\t", "longerwordthanmost", "*", "🇫🇷", "·"]
        var state: UInt64 = 7
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(state % 40) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let limit = Int(state >> 60) + 1
            XCTAssertEqual(MarkdownText.quote(text, limit: limit), reference(text, limit: limit), text.debugDescription)
        }
    }
}
