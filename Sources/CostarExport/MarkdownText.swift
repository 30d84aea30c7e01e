import Foundation

/// Helpers for writing Markdown that renders the same in every viewer.
enum MarkdownText {
    /// Escapes the characters Markdown (including GitHub's table and math syntax) would interpret.
    static func escape(_ text: String) -> String {
        // Most names need nothing: one scan of the bytes for the characters below.
        if !text.utf8.contains(where: { b in
            switch b {
            case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x24, 0x23, 0x7E, 0x0A, 0x0D, 0x09: return true
            default: return false
            }
        }) {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "$", "#", "~":
                out.append("\\")
                out.append(c)
            case "\n", "\r", "\t":
                out.append(" ")
            default:
                out.append(c)
            }
        }
        return out
    }

    /// A short quote of caption text: whitespace collapsed, cut at a word boundary near `limit` characters with an
    /// ellipsis, escaped, in curly quotes.
    ///
    /// Reads the text only as far as the quote goes, a word at a time, and counts the quote's characters as words
    /// are added rather than recounting them for every word.
    static func quote(_ text: String, limit: Int = 160) -> String {
        var out = ""
        // Characters in `out`: never fewer than `out.count` (a word's first character can join the space before it),
        // so `out.count` is consulted only when this says the limit is reached.
        var length = 0
        var rest = text[...]
        while let word = nextWord(&rest) {
            if !out.isEmpty, length + 1 + word.count > limit {
                length = out.count
                if length + 1 + word.count > limit {
                    out += " …"
                    return "“" + escape(out) + "”"
                }
            }
            if !out.isEmpty { out += " "; length += 1 }
            if out.isEmpty, word.count > limit { out += word.prefix(limit) + "…"; break }
            out += word
            length += word.count
        }
        return "“" + escape(out) + "”"
    }

    /// The next run of non-whitespace characters in `text` (the words `split(whereSeparator: \.isWhitespace)`
    /// gives, one at a time), or nil when none is left; `text` keeps what follows the word.
    private static func nextWord(_ text: inout Substring) -> Substring? {
        guard let start = text.firstIndex(where: { !$0.isWhitespace }) else { return nil }
        let end = text[start...].firstIndex(where: { $0.isWhitespace }) ?? text.endIndex
        let word = text[start..<end]
        text = text[end...]
        return word
    }

    /// A caption id as inline code (ids contain `#`, which code spans keep literal).
    static func id(_ id: String) -> String {
        // A backtick would end the span: it becomes `'` (ids hardly ever hold one, so most skip the search).
        let text = id.utf8.contains(0x60) ? id.replacingOccurrences(of: "`", with: "'") : id
        return "`" + text + "`"
    }

    /// A number with three significant digits, for tables.
    static func number(_ value: Double) -> String { NumberFormat.decimal(value, significant: 3, maxDecimals: 6) }

    /// `1 caption`, `2 captions`.
    static func plural(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }

    /// A list of names, cut after `limit` with "and N more".
    static func names(_ names: [String], limit: Int) -> String {
        let shown = names.prefix(limit).map(escape).joined(separator: ", ")
        return names.count > limit ? shown + " and \(names.count - limit) more" : shown
    }
}
