/// One word or punctuation mark of a caption unit: a plain value of a few integers, pointing into the unit's
/// UTF-8 bytes and the ``WordTable``.
struct Token: Sendable {
    /// What a token is.
    enum Kind: UInt8, Sendable, Equatable {
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
    /// Where the text as written starts and ends, in UTF-8 bytes of the unit (a possessive 's is not part of it).
    var start: Int32
    var end: Int32
    /// The word's number in the ``WordTable`` (its folded form: lowercase, no diacritics); for punctuation,
    /// `-1 - scalar`, so that equal marks are equal too.
    var word: Int32
    /// What the lexicon and the word classes say about the word.
    var flags: WordTable.Flags = []
    /// Unicode scalars in the text as written.
    var length: Int32 = 0
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
    /// The word holds at least one letter.
    var hasLetter = false

    /// The ``word`` of a punctuation mark.
    @inline(__always) static func punctuation(_ c: Unicode.Scalar) -> Int32 { -1 - Int32(bitPattern: c.value) }

    /// True when this is the punctuation mark `c`.
    @inline(__always) func isPunct(_ c: Unicode.Scalar) -> Bool { kind == .punctuation && word == Token.punctuation(c) }
    /// True for a word with any of these flags.
    @inline(__always) func isWord(_ f: WordTable.Flags) -> Bool { kind == .word && !flags.isDisjoint(with: f) }
    /// True for any token with any of these flags.
    @inline(__always) func has(_ f: WordTable.Flags) -> Bool { !flags.isDisjoint(with: f) }
    /// True for a lowercase word.
    var isLowercaseWord: Bool { kind == .word && !capitalized }
    /// True when both tokens read the same (same folded word, or the same mark).
    @inline(__always) func sameWord(as other: Token) -> Bool { word == other.word }
}

extension String {
    /// The text between two UTF-8 offsets of this string.
    func utf8Slice(_ start: Int32, _ end: Int32) -> String {
        // Native strings (all the parser reads) give their bytes in place; the offsets are a token's, so the bytes
        // between them are whole characters.
        let slice = utf8.withContiguousStorageIfAvailable { String(decoding: UnsafeBufferPointer(rebasing: $0[Int(start)..<Int(end)]), as: UTF8.self) }
        if let slice { return slice }
        let u = utf8
        let a = u.index(u.startIndex, offsetBy: Int(start)), b = u.index(u.startIndex, offsetBy: Int(end))
        return String(decoding: u[a..<b], as: UTF8.self)
    }

    /// The text of tokens `first` through `last` as written.
    func text(from first: Token, to last: Token) -> String { utf8Slice(first.start, last.end) }
}
