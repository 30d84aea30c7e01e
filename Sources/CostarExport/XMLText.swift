/// Helpers for writing XML 1.0 (GraphML, GEXF) and HTML text: escaping and number spelling.
enum XMLText {
    /// Escapes text for an element's content or a double-quoted attribute value: `&`, `<`, `>`, `"` and `'` as
    /// entities; tab, line feed and carriage return as character references (so attribute values keep them); other
    /// characters XML 1.0 does not allow (C0 controls, U+FFFE, U+FFFF) dropped.
    static func escape(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF }) {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t": out += "&#9;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A double as XML Schema spells it: the shortest decimal that reads back as the same value (`0.28`, `3.0`,
    /// `1e-05`), `NaN`, `INF` or `-INF`. The same value always prints the same way.
    static func double(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-INF" : "INF" }
        if value == 0 { return "0.0" }
        return "\(value)"
    }
}
