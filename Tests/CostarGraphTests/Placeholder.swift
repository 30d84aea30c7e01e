import XCTest
final class PlaceholderGraphTests: XCTestCase { func testNothing() {} }
