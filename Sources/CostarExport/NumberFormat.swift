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
        let magnitude = Int(floor(log10(abs(value))))
        let decimals = min(max(0, significant - 1 - magnitude), maxDecimals)
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        return text
    }
}
