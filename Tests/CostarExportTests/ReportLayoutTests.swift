import Foundation
import XCTest
@testable import CostarExport

/// A report built from a network reads its ties by position (``NetworkReport/Layout``); the same report without it
/// (as loaded from graph.json) is read by name. Both must give the same results.
final class ReportLayoutTests: XCTestCase {
    func withoutLayout(_ report: NetworkReport) -> NetworkReport {
        var r = report
        r.layout = Unsaved(nil)
        return r
    }

    func testLayoutIsUsedOnlyWhileTheListsMatchIt() {
        let r = TestNetworks.report2022()
        XCTAssertNotNil(r.verifiedLayout)
        XCTAssertNotNil(r.keptForPage(strongestTies: 2).verifiedLayout)
        XCTAssertEqual(r.tieEnds(first: 2)?.count, 2)
        XCTAssertNil(withoutLayout(r).verifiedLayout)
        var renamed = r
        renamed.people[0].name = "Someone Else"
        XCTAssertNil(renamed.verifiedLayout)
        var reweighted = r
        reweighted.ties[reweighted.ties.count - 1].weight = 99
        XCTAssertNil(reweighted.verifiedLayout)
        XCTAssertNotNil(reweighted.tieEnds(first: 1))
        var reordered = r
        reordered.ties.swapAt(0, 1)
        XCTAssertNil(reordered.verifiedLayout)
    }

    func testComparisonIsTheSameWithoutLayout() {
        let b = TestNetworks.report2022(), a = TestNetworks.report2023()
        XCTAssertEqual(Comparison(before: b, after: a), Comparison(before: withoutLayout(b), after: withoutLayout(a)))
        for people in [2, 4, 150] {
            let options = DiagramOptions(maxPeople: people)
            XCTAssertEqual(ComparisonDiagram.plan(before: b, after: a, options: options),
                           ComparisonDiagram.plan(before: withoutLayout(b), after: withoutLayout(a), options: options))
        }
    }

    func testIndexSelectionAndPageAreTheSameWithoutLayout() {
        let r = TestNetworks.chainReport(count: 40).report
        let plain = withoutLayout(r)
        let (index, plainIndex) = (ReportIndex(r), ReportIndex(plain))
        let only: Set<String> = [r.people[3].name, r.people[7].name]
        let (some, plainSome) = (ReportIndex(r, only: only), ReportIndex(plain, only: only))
        for p in r.people {
            XCTAssertEqual(index.neighbours(of: p.name), plainIndex.neighbours(of: p.name))
            XCTAssertEqual(some.neighbours(of: p.name), plainSome.neighbours(of: p.name))
        }
        for people in [5, 12, 100] {
            let options = DiagramOptions(maxPeople: people)
            XCTAssertEqual(DiagramSelection(report: r, options: options), DiagramSelection(report: plain, options: options))
        }
        let options = HTMLPage.Options(guestRows: 5, strongestTies: 4, searchablePeople: 10)
        XCTAssertEqual(HTMLPage.render(sections: [(r, Data())], comparisons: [], options: options),
                       HTMLPage.render(sections: [(plain, Data())], comparisons: [], options: options))
    }
}
