/// A fast reader for the one shape of JSON a caption record has: a flat object whose values are strings, numbers,
/// booleans or null (`{"date": "2022-05-02", "caption": "…", "source": "vogue"}`).
///
/// It works on the line's UTF-8 bytes and makes a `String` only for string values. Anything else (nested arrays or
/// objects, malformed text) answers `nil`, and the caller falls back to Foundation's `JSONSerialization`, which
/// decides whether the line is valid JSON at all.
enum FlatJSON {
    /// The string fields of a flat object (other scalar values are skipped), or nil when the line is not one.
    static func stringFields<Fields: StringFields>(_ line: UnsafeBufferPointer<UInt8>) -> Fields? {
        var p = Parser(bytes: line)
        return p.object()
    }

    private struct Parser {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0
        var scratch: [UInt8] = []

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func skipSpace() {
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
        }

        mutating func object<Fields: StringFields>() -> Fields? {
            var out = Fields()
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { return nil }
            i += 1
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") { i += 1; return end(out) }
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: "\"") {
                    guard let value = string() else { return nil }
                    out.set(key, value)
                } else {
                    guard scalarLiteral() else { return nil }
                    out.set(key, nil)
                }
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return end(out) }
                return nil
            }
        }

        mutating func end<Fields: StringFields>(_ out: Fields) -> Fields? {
            skipSpace()
            return i == bytes.count ? out : nil
        }

        /// A number, `true`, `false` or `null`: skipped (the reader wants strings only). Anything else fails.
        mutating func scalarLiteral() -> Bool {
            let start = i
            while i < bytes.count {
                let b = bytes[i]
                let numberOrWord = (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) || b == 0x2B || b == 0x2D || b == 0x2E || b == 0x45
                guard numberOrWord else { break }
                i += 1
            }
            guard i > start else { return false }
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            return word == "true" || word == "false" || word == "null" || Double(word) != nil
        }

        /// A string with its escapes decoded; nil on a broken string.
        mutating func string() -> String? {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
            i += 1
            let start = i
            // Fast path: no escapes.
            skipPlainBytes()
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "\"") {
                defer { i += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            }
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: "\"") {
                    i += 1
                    return String(decoding: scratch, as: UTF8.self)
                }
                if b < 0x20 { return nil }
                if b != UInt8(ascii: "\\") { scratch.append(b); i += 1; continue }
                guard i + 1 < bytes.count else { return nil }
                let e = bytes[i + 1]
                i += 2
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(e)
                case UInt8(ascii: "b"): scratch.append(0x08)
                case UInt8(ascii: "f"): scratch.append(0x0C)
                case UInt8(ascii: "n"): scratch.append(0x0A)
                case UInt8(ascii: "r"): scratch.append(0x0D)
                case UInt8(ascii: "t"): scratch.append(0x09)
                case UInt8(ascii: "u"):
                    guard var unit = hex4() else { return nil }
                    var value = UInt32(unit)
                    if (0xD800..<0xDC00).contains(unit), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                        i += 2
                        guard let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                        value = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                        unit = 0
                    }
                    let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                    Unicode.UTF8.encode(scalar) { scratch.append($0) }
                default:
                    return nil
                }
            }
            return nil
        }

        /// Moves past bytes that go into a string as they are: up to a quote, a backslash, a control character or
        /// the end.
        mutating func skipPlainBytes() {
            i = ByteSet.jsonSpecial.firstIndex(in: bytes, from: i)
        }

        mutating func hex4() -> UInt16? {
            guard i + 4 <= bytes.count else { return nil }
            var v: UInt16 = 0
            for k in 0..<4 {
                let b = bytes[i + k]
                let d: UInt16
                switch b {
                case 0x30...0x39: d = UInt16(b - 0x30)
                case 0x41...0x46: d = UInt16(b - 0x41 + 10)
                case 0x61...0x66: d = UInt16(b - 0x61 + 10)
                default: return nil
                }
                v = v << 4 | d
            }
            i += 4
            return v
        }
    }
}

/// Where ``FlatJSON`` puts the string fields of an object, by key: a dictionary of them all, or a record that keeps
/// only the fields it reads.
protocol StringFields {
    /// No fields.
    init()
    /// Sets the string value of a field; nil forgets it (a later non-string value of the same key).
    mutating func set(_ key: String, _ value: String?)
}

extension Dictionary: StringFields where Key == String, Value == String {
    mutating func set(_ key: String, _ value: String?) { self[key] = value }
}
