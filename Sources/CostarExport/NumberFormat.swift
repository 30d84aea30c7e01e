import Foundation

/// How Costar prints numbers in CSV and Markdown: plain decimal notation (never an exponent), a fixed number of
/// significant digits, trailing zeros removed, so the same value always prints the same way.
public enum NumberFormat {
    /// Formats `value` with at most `significant` significant digits and at most `maxDecimals` decimals.
    ///
    /// `0.123456789` → `0.123457`, `12.5` → `12.5`, `3.0` → `3`, `0.000012345` → `0.0000123`, `-0.0` → `0`.
    /// Non-finite values print as `nan`, `inf` and `-inf`.
    public static func decimal(_ value: Double, significant: Int = 6, maxDecimals: Int = 10) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return "0" }
        // Whole numbers that print with no decimals anyway (tie weights, counts): no formatting needed.
        if value == value.rounded(), abs(value) < 1e15, abs(value) >= 1 || value == 0 {
            let digits = Int(floor(log10(abs(value)))) + 1
            if digits <= significant { return String(Int(value)) }
        }
        let magnitude = Int(floor(log10(abs(value))))
        let decimals = min(max(0, significant - 1 - magnitude), maxDecimals)
        var text = fixed(value, decimals: decimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        return text
    }

    /// `value` with `decimals` digits after the point, as C's `%.*f` prints it (rounding half to even on the binary
    /// value), without going through `String(format:)`.
    static func fixed(_ value: Double, decimals: Int) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 400) { buffer in
            let count = withVaList([Int32(decimals), value]) { vsnprintf(buffer.baseAddress!, 400, "%.*f", $0) }
            guard count > 0, count < 400 else { return String(format: "%.\(decimals)f", value) }
            return String(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress!, count: Int(count)), as: UTF8.self)
        }
    }
}
