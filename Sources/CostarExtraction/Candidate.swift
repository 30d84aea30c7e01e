/// A name found in one caption unit, before identities are resolved.
struct Candidate: Sendable {
    /// How sure the parser is that the words name a person.
    enum Evidence: Int, Comparable, Sendable {
        /// A lone word or partial name: a person only if it resolves to one.
        case weak
        /// A first name and a surname, or a known name.
        case strong
        /// A list item, a heading, a relative, "the late …", a "Photo by …" credit: a person by position.
        case position

        static func < (a: Evidence, b: Evidence) -> Bool { a.rawValue < b.rawValue }
    }

    /// The name's pieces as word numbers (the words of its key, "jodie turner smith").
    var pieces: NamePieces
    /// How many words (tokens) the name has, titles stripped.
    var wordCount: Int
    /// The word number of the name's first token.
    var firstWord: Int32
    /// The words as written.
    var mention: String
    /// The full name this mention spells, when it is more than the words ("Paris" in "Paris and Nicky Hilton"
    /// spells "Paris Hilton"); counted when choosing a person's canonical name.
    var spelling: String? = nil
    /// Present, named or credit.
    var role: Role
    /// How sure the parser is.
    var evidence: Evidence
    /// Index of the unit in the corpus.
    var unit: Int
    /// A lone first name that shares the surname of the next name ("Paris and Nicky Hilton"): that surname's
    /// pieces (word numbers).
    var sharedSurname: [Int32]? = nil
    /// "the Wades", "the Hilton sisters": everyone in the document with this surname (its pieces).
    var familySurname: [Int32]? = nil
    /// A social handle in a credit ("@ritaora"), folded.
    var handle: String? = nil
    /// A comma-bounded list item or a heading: its words are a whole name, safe to learn from.
    var bounded = false
    /// The last name of a caption's leading list: its end may still hold a word of the description.
    var endsLeadList = false
    /// The name is a heading above its section ("Elle Fanning"): the section's subject.
    var heading = false

    /// A candidate for the words of `tokens` (at least one), numbered in `words`.
    init(_ tokens: ArraySlice<Token>, _ words: WordTable, mention: String, role: Role, evidence: Evidence, unit: Int,
         familySurname: [Int32]? = nil, handle: String? = nil) {
        pieces = words.namePieces(tokens)
        wordCount = tokens.count
        firstWord = tokens[tokens.startIndex].word
        self.mention = mention
        self.role = role
        self.evidence = evidence
        self.unit = unit
        self.familySurname = familySurname
        self.handle = handle
    }

    /// Renumbers the candidate's words from the table of the reading that found it to another: `renumber[w]` is
    /// the new number of word `w`.
    mutating func renumber(_ renumber: [Int32]) {
        pieces.renumber(renumber)
        if firstWord >= 0 { firstWord = renumber[Int(firstWord)] }
        sharedSurname?.renumber(renumber)
        familySurname?.renumber(renumber)
    }
}

extension [Int32] {
    /// Renumbers word numbers in place: `renumber[w]` is the new number of word `w` (an array of its own is not
    /// copied).
    mutating func renumber(_ renumber: [Int32]) {
        for k in indices { self[k] = renumber[Int(self[k])] }
    }
}
