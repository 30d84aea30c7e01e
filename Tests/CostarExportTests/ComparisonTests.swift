import XCTest
@testable import CostarExport

final class ComparisonTests: XCTestCase {
    let comparison = Comparison(before: TestNetworks.report2022(), after: TestNetworks.report2023())

    func testPeople() {
        XCTAssertEqual(comparison.returning, [
            .init(name: "Tom Holland", rankBefore: 2, rankAfter: 1,
                  neighboursBefore: ["Zendaya", "Anna Wintour"], neighboursAfter: ["Zendaya"]),
            .init(name: "Zendaya", rankBefore: 1, rankAfter: 2,
                  neighboursBefore: ["Tom Holland", "Anna Wintour", "Rihanna"], neighboursAfter: ["Tom Holland"]),
            .init(name: "Rihanna", rankBefore: 4, rankAfter: 3,
                  neighboursBefore: ["A$AP Rocky", "Zendaya"], neighboursAfter: ["Blake Lively", "Ryan Reynolds"]),
        ])
        XCTAssertEqual(comparison.new, [.init(name: "Blake Lively", rank: 4), .init(name: "Ryan Reynolds", rank: 5)])
        XCTAssertEqual(comparison.gone, [.init(name: "Anna Wintour", rank: 3), .init(name: "A$AP Rocky", rank: 5),
                                         .init(name: "Harry Connick, Jr.", rank: 6)])
    }

    func testTies() {
        XCTAssertEqual(comparison.tiesKept, [.init(source: "Tom Holland", target: "Zendaya", weightBefore: 2, weightAfter: 2)])
        XCTAssertEqual(comparison.tiesNew.map { "\($0.source)|\($0.target)|\($0.weight)" },
                       ["Blake Lively|Rihanna|1.0", "Blake Lively|Ryan Reynolds|1.0", "Rihanna|Ryan Reynolds|1.0"])
        XCTAssertEqual(comparison.tiesLost.map { "\($0.source)|\($0.target)" },
                       ["A$AP Rocky|Rihanna", "Anna Wintour|Tom Holland", "Anna Wintour|Zendaya", "Rihanna|Zendaya"])
        XCTAssertEqual(comparison.summary, "3 returning, 2 new, 3 gone; 1 ties kept, 3 new, 4 lost")
    }

    func testMarkdown() {
        let md = ComparisonMarkdown.render(comparison)
        XCTAssertTrue(md.hasPrefix("# Who came back: 2022 and 2023\n"))
        XCTAssertTrue(md.contains("**3 returning** · **2 new** · **3 gone** · **1 ties kept** · **3 new ties** · **4 ties lost**"), md)
        XCTAssertTrue(md.contains("| Tom Holland | 2 | 1 | ▲ 1 | Zendaya, Anna Wintour | Zendaya |"), md)
        XCTAssertTrue(md.contains("| Zendaya | 1 | 2 | ▼ 1 | Tom Holland, Anna Wintour, Rihanna | Tom Holland |"))
        XCTAssertTrue(md.contains("## New in 2023\n\n2 guests, by rank: Blake Lively (4), Ryan Reynolds (5)."))
        XCTAssertTrue(md.contains("## Gone since 2022\n\n3 guests, by rank: Anna Wintour (3), A\\$AP Rocky (5), Harry Connick, Jr. (6)."))
        XCTAssertTrue(md.contains("| Tom Holland & Zendaya | 2 | 2 |"))
        XCTAssertTrue(md.contains("## Ties lost since 2022\n\n| Pair | Weight |\n|---|---:|\n| A\\$AP Rocky & Rihanna | 1 |"))
        let limited = ComparisonMarkdown.render(comparison, options: .init(neighbours: 1, people: 1, ties: 1))
        XCTAssertTrue(limited.contains("| Tom Holland | 2 | 1 | ▲ 1 | Zendaya and 1 more | Zendaya |\n\n… and 2 more returning guests (the comparison's CSV lists every guest)."), limited)
        XCTAssertTrue(limited.contains("| Blake Lively & Rihanna | 1 |\n\n… and 2 more ties."))
        XCTAssertTrue(limited.contains("3 guests, by rank: Anna Wintour (3) and 2 more."))
    }
}
