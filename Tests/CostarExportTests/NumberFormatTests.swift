import XCTest
@testable import CostarExport

/// The number spelling of the CSV and Markdown files: the fast path through Swift's shortest digits must print
/// exactly what C's `%.*f` prints, trimmed.
final class NumberFormatTests: XCTestCase {
    /// `%.*f`, trimmed as `decimal` trims it.
    private func reference(_ value: Double, significant: Int = 6, maxDecimals: Int = 10) -> String {
        if value == value.rounded(), abs(value) < 1e15, abs(value) >= 1 {
            let digits = Int(floor(log10(abs(value)))) + 1
            if digits <= significant { return String(Int(value)) }
        }
        let magnitude = Int(floor(log10(abs(value))))
        let decimals = min(max(0, significant - 1 - magnitude), maxDecimals)
        var text = NumberFormat.fixed(value, decimals: decimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    func testExamplesFromTheDocumentation() {
        XCTAssertEqual(NumberFormat.decimal(0.123456789), "0.123457")
        XCTAssertEqual(NumberFormat.decimal(12.5), "12.5")
        XCTAssertEqual(NumberFormat.decimal(3.0), "3")
        XCTAssertEqual(NumberFormat.decimal(0.0000123456789), "0.0000123457")
        XCTAssertEqual(NumberFormat.decimal(0.000012345, maxDecimals: 7), "0.0000123")
        XCTAssertEqual(NumberFormat.decimal(-0.0), "0")
        XCTAssertEqual(NumberFormat.decimal(0.0019893333156609286), "0.00198933")
        XCTAssertEqual(NumberFormat.decimal(9.9999996), "10")
        XCTAssertEqual(NumberFormat.decimal(1e-12), "0")
        XCTAssertEqual(NumberFormat.decimal(6e-11), "0.0000000001")
        XCTAssertEqual(NumberFormat.decimal(1e23), reference(1e23))
        XCTAssertEqual(NumberFormat.decimal(.nan), "nan")
        XCTAssertEqual(NumberFormat.decimal(-.infinity), "-inf")
    }

    /// Values whose cut-off digits are exactly one 5 are where shortest digits and the binary value part: they
    /// must round as `%.*f` does (the binary value of 0.1234565 is below the midpoint).
    func testHalfwayDigitsRoundAsTheBinaryValue() {
        for value in [0.1234565, 2.5e-7, 0.0000012345675, 1.0000005, 123456.5, 1234.5665] {
            XCTAssertEqual(NumberFormat.decimal(value), reference(value), "\(value)")
        }
    }

    func testRandomValuesOfEveryMagnitudeMatchPrintf() {
        var seed: UInt64 = 0x9E3779B97F4A7C15
        func next() -> UInt64 {
            seed &+= 0x9E3779B97F4A7C15
            var z = seed
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        for _ in 0..<200_000 {
            let mantissa = Double(next() >> 11) / Double(1 << 53)
            let exponent = Int(next() % 40) - 20
            let value = (next() & 1 == 0 ? 1 : -1) * mantissa * pow(10, Double(exponent))
            guard value != 0 else { continue }
            for (significant, maxDecimals) in [(6, 10), (4, 3), (3, 2)] {
                XCTAssertEqual(NumberFormat.decimal(value, significant: significant, maxDecimals: maxDecimals),
                               reference(value, significant: significant, maxDecimals: maxDecimals), "\(value)")
            }
        }
    }
}
