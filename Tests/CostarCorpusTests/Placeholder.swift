import XCTest
final class PlaceholderCorpusTests: XCTestCase { func testNothing() {} }
