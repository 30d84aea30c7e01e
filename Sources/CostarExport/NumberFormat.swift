import Foundation

/// How Costar prints numbers in CSV and Markdown: plain decimal notation (never an exponent), a fixed number of
/// significant digits, trailing zeros removed, so the same value always prints the same way.
public enum NumberFormat {
    /// Formats `value` with at most `significant` significant digits and at most `maxDecimals` decimals.
    ///
    /// `0.123456789` → `0.123457`, `12.5` → `12.5`, `3.0` → `3`, `0.0000123456789` → `0.0000123457`, `-0.0` → `0`.
    /// Non-finite values print as `nan`, `inf` and `-inf`.
    public static func decimal(_ value: Double, significant: Int = 6, maxDecimals: Int = 10) -> String {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        if value == 0 { return "0" }
        if let whole = whole(value, significant: significant) { return String(whole) }
        let magnitude = Int(floor(log10(abs(value))))
        let decimals = min(max(0, significant - 1 - magnitude), maxDecimals)
        if let text = rounded(value, decimals: decimals) { return text }
        var text = fixed(value, decimals: decimals)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        return text
    }

    /// `value` as an integer when it is a whole number that ``decimal(_:significant:maxDecimals:)`` prints with no
    /// decimals anyway (tie weights, counts), so it needs no formatting: nonzero, with at most `significant` digits.
    static func whole(_ value: Double, significant: Int = 6) -> Int? {
        guard value == value.rounded(), abs(value) < 1e15, abs(value) >= 1 else { return nil }
        let digits = Int(floor(log10(abs(value)))) + 1
        return digits <= significant ? Int(value) : nil
    }

    /// `value` rounded to `decimals` decimals and trimmed as ``decimal(_:significant:maxDecimals:)`` prints it,
    /// from Swift's shortest round-trip digits rather than C's `%.*f`; nil when the two could differ.
    ///
    /// Rounding the shortest digits gives what `%.*f` gives on the exact binary value unless the digits cut off
    /// are exactly one `5`: any decimal strictly between the shortest spelling and the binary value would be a
    /// shorter or closer spelling, so the two lie on the same side of every rounding midpoint but that one.
    static func rounded(_ value: Double, decimals: Int) -> String? {
        // Digits kept are at most 15, and the spelling at most 17 digits and 4 more bytes: one small stack buffer.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { buffer -> String? in
            let digits = buffer.baseAddress!, out = digits + 32
            // The digits and the exponent of `0.DIGITS × 10^exponent`, from "123.45", "0.00123" or "1.2e-05".
            var count = 0
            var exponent = 0
            var pointSeen = false
            var text = value.magnitude.description
            let parsed = text.withUTF8 { bytes -> Bool in
                for (i, b) in bytes.enumerated() {
                    switch b {
                    case 0x30...0x39:
                        if count == 0 && b == 0x30 {
                            if pointSeen { exponent -= 1 }
                        } else {
                            guard count < 32 else { return false }
                            digits[count] = b
                            count += 1
                            if !pointSeen { exponent += 1 }
                        }
                    case 0x2E:
                        pointSeen = true
                    case 0x65:
                        guard let e = Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)...]), as: UTF8.self)) else { return false }
                        exponent += e
                        return true
                    default:
                        return false
                    }
                }
                return true
            }
            guard parsed, count > 0 else { return nil }
            while count > 0 && digits[count - 1] == 0x30 { count -= 1 }
            // Keep `exponent + decimals` digits; past 15 the shortest spelling and the exact binary value part.
            let keep = exponent + decimals
            guard keep <= 15 else { return nil }
            if keep < count {
                if keep < 0 { return "0" }
                if digits[keep] == 0x35 && keep + 1 == count { return nil }
                let up = digits[keep] >= 0x35
                count = keep
                if up {
                    var i = count - 1
                    while i >= 0 && digits[i] == 0x39 { digits[i] = 0x30; i -= 1 }
                    if i >= 0 {
                        digits[i] += 1
                    } else {
                        // 9.99… rounds to 10: one digit more.
                        digits.update(repeating: 0x30, count: count + 1)
                        digits[0] = 0x31
                        count += 1
                        exponent += 1
                    }
                }
                while count > 0 && digits[count - 1] == 0x30 { count -= 1 }
                if count == 0 { return "0" }
            }
            var n = 0
            func put(_ b: UInt8) { out[n] = b; n += 1 }
            if value < 0 { put(0x2D) }
            if exponent <= 0 {
                put(0x30)
                put(0x2E)
                for _ in 0..<(-exponent) { put(0x30) }
                for i in 0..<count { put(digits[i]) }
            } else {
                for i in 0..<max(count, exponent) {
                    if i == exponent { put(0x2E) }
                    put(i < count ? digits[i] : 0x30)
                }
            }
            text = String(decoding: UnsafeBufferPointer(start: out, count: n), as: UTF8.self)
            return text
        }
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
