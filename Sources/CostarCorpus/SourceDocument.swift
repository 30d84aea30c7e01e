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
    let b = Array(text.utf8)
    guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return false }
    for i in [0, 1, 2, 3, 5, 6, 8, 9] where !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b[i]) { return false }
    let month = Int(b[5] - 48) * 10 + Int(b[6] - 48)
    let day = Int(b[8] - 48) * 10 + Int(b[9] - 48)
    return (1...12).contains(month) && (1...31).contains(day)
}
