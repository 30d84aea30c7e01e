/// One word or punctuation mark of a caption unit.
struct Token: Sendable {
    /// What a token is.
    enum Kind: Sendable, Equatable {
        /// A word: letters, digits and internal ' ’ - . $ * (A$AP, Anderson.Paak, Abdul-Mateen, O'Neal).
        case word
        /// A number.
        case number
        /// A social handle, `@name`.
        case handle
        /// Anything else, one character.
        case punctuation
    }

    var kind: Kind
    /// The text as written (a possessive 's is not part of it).
    var text: Substring
    /// The text folded (lowercase, no diacritics), for lookups.
    var folded: String
    /// The word was followed by 's or ’s (or a bare ' after s).
    var possessive = false
    /// The first letter is a capital, or the word is an initial or a name piece like ".Paak".
    var capitalized = false
    /// Every letter is a capital (and there are at least two).
    var allCaps = false
    /// A hyphenated word with a lowercase part ("Oscar-winner", "Grammy-winning"): a descriptor, not a name.
    var descriptor = false
    /// The token opens a sentence.
    var sentenceStart = false
    /// The token sits inside quotation marks.
    var quoted = false

    /// True when this is the punctuation mark `c`.
    func isPunct(_ c: Character) -> Bool { kind == .punctuation && text.first == c }
    /// True for a word whose folded form is `w`.
    func isWord(_ w: String) -> Bool { kind == .word && folded == w }
    /// True for a lowercase word.
    var isLowercaseWord: Bool { kind == .word && !capitalized }
}
