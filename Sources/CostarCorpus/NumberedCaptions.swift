/// Finds numbered photo captions in a paragraph: "01 Questlove, Precious Lee, … 02 Naomi Campbell, …".
///
/// A caption number is a run of one to three digits that starts the paragraph or follows a space, and is followed
/// by one space and a capital letter. Numbers must run in sequence (1, 2, 3, …): after caption k the next caption
/// starts at the first k + 1 found, so "Table 18" inside caption 12 does not start caption 18.
public enum NumberedCaptions {
    /// One numbered caption: its number as written ("08") and its text.
    public struct Caption: Sendable, Equatable {
        /// The number as written.
        public var number: Substring
        /// The caption's text, without the number.
        public var text: Substring
    }

    /// The fewest numbers in sequence that make a run of numbered captions inside one paragraph.
    public static let minimumRun = 3

    /// The text before the first caption, and the captions, when the paragraph holds a run of numbered captions.
    public static func split(_ paragraph: Substring) -> (preface: Substring, captions: [Caption])? {
        let marks = candidates(paragraph)
        guard !marks.isEmpty else { return nil }
        // Start at the first mark numbered 0 or 1 and follow the sequence.
        guard let start = marks.firstIndex(where: { $0.value <= 1 }) else { return nil }
        var chain = [marks[start]]
        var i = start + 1
        while i < marks.count {
            if marks[i].value == chain.last!.value + 1 { chain.append(marks[i]) }
            i += 1
        }
        let zeroPadded = chain[0].digits.count > 1
        guard chain.count >= minimumRun || (zeroPadded && chain.count >= 2) else { return nil }
        var captions: [Caption] = []
        for (k, mark) in chain.enumerated() {
            let end = k + 1 < chain.count ? chain[k + 1].start : paragraph.endIndex
            let text = paragraph[mark.textStart..<end].trimmingSpaces()
            captions.append(Caption(number: mark.digits, text: text))
        }
        return (paragraph[..<chain[0].start].trimmingSpaces(), captions)
    }

    /// If the paragraph starts with a caption number ("07 Ciara The host …"), the number and the rest.
    public static func leadingNumber(_ paragraph: Substring) -> (value: Int, caption: Caption)? {
        guard let first = candidates(paragraph).first, first.start == paragraph.startIndex else { return nil }
        return (first.value, Caption(number: first.digits, text: paragraph[first.textStart...].trimmingSpaces()))
    }

    struct Mark {
        var start: String.Index
        var digits: Substring
        var value: Int
        var textStart: String.Index
    }

    static func candidates(_ s: Substring) -> [Mark] {
        var marks: [Mark] = []
        let u = s.utf8
        var i = u.startIndex
        var previous: UInt8 = UInt8(ascii: " ")
        while i < u.endIndex {
            let b = u[i]
            if isDigit(b) && (previous == UInt8(ascii: " ") || i == u.startIndex) {
                var j = u.index(after: i)
                var value = Int(b - 48)
                var count = 1
                while j < u.endIndex, isDigit(u[j]) {
                    value = value * 10 + Int(u[j] - 48)
                    count += 1
                    j = u.index(after: j)
                }
                if count <= 3, j < u.endIndex, u[j] == UInt8(ascii: " ") {
                    let k = u.index(after: j)
                    if k < u.endIndex, startsWithCapital(s[k...]) {
                        marks.append(Mark(start: i, digits: s[i..<j], value: value, textStart: k))
                    }
                }
                previous = u[u.index(before: j)]
                i = j
                continue
            }
            previous = b
            i = u.index(after: i)
        }
        return marks
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    static func startsWithCapital(_ s: Substring) -> Bool {
        guard let c = s.first else { return false }
        return c.isUppercase
    }
}
