import XCTest
final class PlaceholderAnalysisTests: XCTestCase { func testNothing() {} }
