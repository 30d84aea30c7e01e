import XCTest
@testable import CostarExport

final class CSVExportTests: XCTestCase {
    func testNodesCSVExactLines() {
        let lines = CSVExport.nodes(TestNetworks.report2022()).split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines, [
            "name,degree,weighted_degree,pagerank,betweenness,closeness,eigenvector,clustering,community,captions",
            "Zendaya,3,4,0.28,0.4,0.8,0.65,0.333333,0,3",
            "Tom Holland,2,3,0.2,0,0.533333,0.5,1,0,2",
            "Anna Wintour,2,2,0.16,0,0.533333,0.45,1,0,1",
            "Rihanna,2,2,0.16,0.3,0.666667,0.3,0,1,2",
            "A$AP Rocky,1,1,0.1,0,0.4,0.1,0,1,1",
            "\"Harry Connick, Jr.\",0,0,0.1,0,0,0,0,2,1",
            "",
        ])
    }

    func testEdgesCSVJoinsCaptionsWithSemicolons() {
        XCTAssertEqual(CSVExport.edges(TestNetworks.report2022()), """
            source,target,weight,captions
            Tom Holland,Zendaya,2,d1.txt#01;d1.txt#02
            A$AP Rocky,Rihanna,1,d1.txt#03
            Anna Wintour,Tom Holland,1,d1.txt#01
            Anna Wintour,Zendaya,1,d1.txt#01
            Rihanna,Zendaya,1,d2.txt#01

            """)
    }

    func testRFC4180Quoting() {
        XCTAssertEqual(CSVExport.field("Zendaya"), "Zendaya")
        XCTAssertEqual(CSVExport.field("Connick, Jr."), "\"Connick, Jr.\"")
        XCTAssertEqual(CSVExport.field("Dwayne \"The Rock\" Johnson"), "\"Dwayne \"\"The Rock\"\" Johnson\"")
        XCTAssertEqual(CSVExport.field("two\nlines"), "\"two\nlines\"")
        XCTAssertEqual(CSVExport.field(" padded"), "\" padded\"")
    }
}
