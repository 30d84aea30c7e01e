import Foundation

/// Recognises picture credits: "Image: Getty.", "Images: Instagram.", "Feature image: Getty/Instagram",
/// "(Photo by Kevin Mazur/Getty Images)".
public enum Credit {
    /// Words that open a credit line when followed by a colon.
    static let labels: Set<String> = [
        "image", "images", "photo", "photos", "photograph", "photographs", "picture", "pictures",
        "credit", "credits", "source", "via",
    ]
    /// Labels of an article's lead picture: they credit the article, not the paragraph above them.
    static let articleLabels: Set<String> = ["feature image", "main image", "top image", "lead image", "header image", "cover image"]

    /// True when the paragraph credits the article's lead picture ("Feature image: Getty/Instagram").
    public static func isArticleCredit(_ paragraph: Substring) -> Bool {
        guard let colon = paragraph.firstIndex(of: ":") else { return false }
        return articleLabels.contains(paragraph[..<colon].trimmingSpaces().lowercased())
    }

    /// If the whole paragraph is a credit line, its credit text (after the label); otherwise `nil`.
    public static func creditLine(_ paragraph: Substring) -> Substring? {
        guard let colon = paragraph.firstIndex(of: ":") else { return nil }
        let label = paragraph[..<colon].trimmingSpaces().lowercased()
        guard labels.contains(label) else { return nil }
        return paragraph[paragraph.index(after: colon)...].trimmingSpaces()
    }

    /// Splits a trailing credit off a paragraph of text ("Kendall and Bad Bunny inside … after-party. Image: Getty."):
    /// the text before the credit and the credit, or `nil` when the paragraph does not end with one.
    public static func splitTrailing(_ paragraph: Substring) -> (text: Substring, credit: Substring)? {
        guard paragraph.containsByte(UInt8(ascii: ":")) else { return nil }   // most captions: no colon, no credit
        var searchEnd = paragraph.endIndex
        while let colon = paragraph[..<searchEnd].lastIndex(of: ":") {
            // The label is the one or two words before the colon, after a sentence end.
            var labelStart = colon
            var words = 0
            var i = colon
            while i > paragraph.startIndex {
                let p = paragraph.index(before: i)
                let c = paragraph[p]
                if c == " " {
                    words += 1
                    if words == 2 { break }
                } else if !c.isLetter { break }
                labelStart = p
                i = p
            }
            let label = paragraph[labelStart..<colon].trimmingSpaces()
            let before = paragraph[..<labelStart].trimmingSpaces()
            if labels.contains(label.lowercased()), let last = before.last, ".!?)\"”’'".contains(last) {
                return (before, paragraph[paragraph.index(after: colon)...].trimmingSpaces())
            }
            searchEnd = colon
        }
        return nil
    }

    /// Splits an agency credit in parentheses off a caption ("… in New York City. (Photo by Kevin Mazur/…)"):
    /// the caption without it, and the credit text, or `nil` when there is none.
    public static func splitParenthesised(_ caption: Substring) -> (text: Substring, credit: Substring)? {
        guard caption.containsByte(UInt8(ascii: "(")) else { return nil }
        var searchEnd = caption.endIndex
        while let open = caption[..<searchEnd].lastIndex(of: "(") {
            let inside = caption[caption.index(after: open)...]
            let lower = inside.prefix(16).lowercased()
            if lower.hasPrefix("photo") || lower.hasPrefix("image") || lower.hasPrefix("credit") || lower.hasPrefix("picture") {
                let close = inside.firstIndex(of: ")") ?? caption.endIndex
                let credit = caption[caption.index(after: open)..<close].trimmingSpaces()
                var rest = String(caption[..<open])
                if close < caption.endIndex { rest += caption[caption.index(after: close)...] }
                return (Substring(rest).trimmingSpaces(), credit)
            }
            searchEnd = open
        }
        return nil
    }
}

extension StringProtocol {
    /// Whether the text's UTF-8 holds this byte (a scan of contiguous storage when there is one).
    @inlinable public func containsByte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        } ?? utf8.contains(byte)
    }

    /// The text without leading and trailing spaces, tabs and line breaks.
    func trimmingSpaces() -> Substring {
        let s = Substring(self)
        // Most text starts and ends with a visible ASCII character: nothing to trim.
        let clean = s.utf8.withContiguousStorageIfAvailable { bytes in
            guard let a = bytes.first, let b = bytes.last else { return false }
            return a > 0x20 && a < 0x80 && b > 0x20 && b < 0x80
        }
        if clean ?? false { return s }
        guard let first = s.firstIndex(where: { !$0.isWhitespace }) else { return s[s.endIndex...] }
        let last = s.lastIndex(where: { !$0.isWhitespace })!
        return s[first...last]
    }
}
