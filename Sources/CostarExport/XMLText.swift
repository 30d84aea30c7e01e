import CostarCorpus
/// Helpers for writing XML 1.0 (GraphML, GEXF) and HTML text: escaping and number spelling.
enum XMLText {
    /// Escapes text for an element's content or a double-quoted attribute value: `&`, `<`, `>`, `"` and `'` as
    /// entities; tab, line feed and carriage return as character references (so attribute values keep them); other
    /// characters XML 1.0 does not allow (C0 controls, U+FFFE, U+FFFF) dropped.
    static func escape(_ text: String) -> String {
        if !needsEscaping(text) { return text }
        let w = ByteWriter(sink: nil, capacity: text.utf8.count + 64)
        escape(text, to: w)
        return w.text
    }

    /// Writes `text` escaped as ``escape(_:)`` does.
    static func escape(_ text: String, to w: ByteWriter) {
        withUTF8Bytes(of: text) { b in
            var start = 0
            var i = escapes.firstIndex(in: b, from: 0)
            while i < b.count {
                let replacement: StaticString
                var length = 1
                switch b[i] {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x22: replacement = "&quot;"
                case 0x27: replacement = "&#39;"
                case 0x09: replacement = "&#9;"
                case 0x0A: replacement = "&#10;"
                case 0x0D: replacement = "&#13;"
                case ..<0x20: replacement = ""
                // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters.
                case 0xEF where i + 2 < b.count && b[i + 1] == 0xBF && b[i + 2] >= 0xBE:
                    replacement = ""
                    length = 3
                default:
                    i = escapes.firstIndex(in: b, from: i + 1)
                    continue
                }
                w.append(UnsafeBufferPointer(rebasing: b[start..<i]))
                w.append(replacement)
                i += length
                start = i
                i = escapes.firstIndex(in: b, from: i)
            }
            w.append(UnsafeBufferPointer(rebasing: b[start...]))
        }
    }

    /// The bytes ``escape(_:)`` looks at: controls, `&`, `<`, `>`, `"`, `'`, and 0xEF, which starts U+FFFE and U+FFFF.
    private static let escapes = ByteSet(controlsAnd: [0x26, 0x3C, 0x3E, 0x22, 0x27, 0xEF])

    private static func needsEscaping(_ text: String) -> Bool { escapes.occurs(in: text) }

    /// A double as XML Schema spells it: the shortest decimal that reads back as the same value (`0.28`, `3.0`,
    /// `1e-05`), `NaN`, `INF` or `-INF`. The same value always prints the same way.
    static func double(_ value: Double) -> String {
        if let text = special(value) { return "\(text)" }
        return "\(value)"
    }

    /// Writes ``double(_:)`` of `value`, the digits straight into the writer.
    static func double(_ value: Double, to w: ByteWriter) {
        if let text = special(value) { return w.append(text) }
        w.append(shortest: value)
    }

    /// The spellings ``double(_:)`` does not take from Swift: `NaN`, `INF`, `-INF`, and `0.0` for either zero.
    private static func special(_ value: Double) -> StaticString? {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-INF" : "INF" }
        if value == 0 { return "0.0" }
        return nil
    }
}
