/// What a caption unit is: a picture's caption, or a paragraph of prose used where nothing better exists.
public enum UnitKind: String, Sendable, Codable, CaseIterable {
    /// A photo caption: a numbered caption, an agency caption, or the text above an image credit.
    case caption
    /// A paragraph of running text that describes no particular picture.
    case prose
}

/// One piece of text that describes one moment: the unit in which people co-appear.
public struct CaptionUnit: Sendable, Hashable, Codable {
    /// The document the unit comes from (its file name, or the `source` of a JSON Lines or CSV row).
    public var document: String
    /// The date of the document, `YYYY-MM-DD`.
    public var date: String
    /// A stable identifier, `document#NN` (for example `000_38553dad852f1b7e.txt#08`).
    public var id: String
    /// Whether the unit is a caption or a paragraph of prose.
    public var kind: UnitKind
    /// The text of the unit, with the caption number and any credit line removed.
    public var text: String
    /// The credit line attached to the unit ("Image: Getty.", "(Photo by …)"), if any.
    public var credit: String?
    /// True for a numbered photo caption ("08 Nnamdi Asomugha, … Kerry and her husband …"), whose name list is
    /// always followed by a description that starts a new sentence.
    public var numbered: Bool

    /// Creates a caption unit.
    public init(document: String, date: String, id: String, kind: UnitKind, text: String, credit: String? = nil, numbered: Bool = false) {
        self.document = document
        self.date = date
        self.id = id
        self.kind = kind
        self.text = text
        self.credit = credit
        self.numbered = numbered
    }

    /// The year of the unit's date, or `nil` when the date does not start with four digits.
    public var year: Int? { Int(date.prefix(4)) }
}

/// One input document: an article, or the rows of a JSON Lines or CSV file that share a source.
public struct Document: Sendable, Hashable {
    /// The document's name (its file name, or the row's `source`).
    public var name: String
    /// The document's date, `YYYY-MM-DD`.
    public var date: String
    /// The document's text, without the date line.
    public var text: String

    /// Creates a document.
    public init(name: String, date: String, text: String) {
        self.name = name
        self.date = date
        self.text = text
    }
}
