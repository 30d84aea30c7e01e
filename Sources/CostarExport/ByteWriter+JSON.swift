import CostarCorpus

extension ByteWriter {
    /// Appends `value` as a JSON string literal, spelled as Foundation's `JSONEncoder` spells it: `"` and `\` and the
    /// control characters escaped, with the short forms where JSON has one (`\n`, `\t`, `\b`, …) and `\u00XX` for
    /// the rest. With `forScript`, `/` is written `\/` (as `JSONEncoder` does without `.withoutEscapingSlashes`) and
    /// `<` as `\u003c`, so no text can end an HTML script element.
    func jsonString(_ value: String, forScript: Bool = false) {
        byte(0x22)
        append(value, escaping: forScript ? Self.scriptEscapes : Self.jsonEscapes) { b, w in
            switch b {
            case 0x22: w.append("\\\"")
            case 0x5C: w.append("\\\\")
            case 0x2F: w.append("\\/")
            case 0x3C: w.append("\\u003c")
            case 0x08: w.append("\\b")
            case 0x0C: w.append("\\f")
            case 0x0A: w.append("\\n")
            case 0x0D: w.append("\\r")
            case 0x09: w.append("\\t")
            default:
                w.append("\\u00")
                w.byte(Self.hexDigit(b >> 4))
                w.byte(Self.hexDigit(b & 0xF))
            }
        }
        byte(0x22)
    }

    /// The bytes a JSON string escapes: controls, `"` and `\\`.
    private static let jsonEscapes = ByteSet.jsonSpecial
    /// The same, and `/` and `<` for a page's script block.
    private static let scriptEscapes = ByteSet(controlsAnd: [0x22, 0x5C, 0x2F, 0x3C])

    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? 0x30 + v : 0x61 + v - 10 }
}
