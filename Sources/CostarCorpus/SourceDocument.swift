/// A document split into caption units: what the rest of the pipeline reads.
public struct SourceDocument: Sendable, Hashable {
    /// The document's name (file name for articles, `source` for JSON Lines and CSV rows).
    public var name: String
    /// The document's date, `YYYY-MM-DD`.
    public var date: String
    /// The document's caption units, in reading order.
    public var units: [CaptionUnit]

    /// Creates a document.
    public init(name: String, date: String, units: [CaptionUnit]) {
        self.name = name
        self.date = date
        self.units = units
    }
}

/// Checks that `text` is a date written `YYYY-MM-DD` with a plausible month and day.
public func isISODate(_ text: some StringProtocol) -> Bool {
    // Read in place (it is asked of every record): the month and day as numbers, every other byte checked.
    var count = 0, month = 0, day = 0
    for b in text.utf8 {
        defer { count += 1 }
        if count == 4 || count == 7 {
            guard b == UInt8(ascii: "-") else { return false }
            continue
        }
        guard count < 10, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) else { return false }
        if count == 5 || count == 6 { month = month * 10 + Int(b - 48) }
        if count == 8 || count == 9 { day = day * 10 + Int(b - 48) }
    }
    return count == 10 && (1...12).contains(month) && (1...31).contains(day)
}
