import XCTest
final class PlaceholderExtractionTests: XCTestCase { func testNothing() {} }
