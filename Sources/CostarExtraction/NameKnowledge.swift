/// What the extractor knows while it reads: the name lexicon, and the names learned from the corpus itself
/// (full names and mononyms seen in unambiguous places, such as comma-separated list items).
struct NameKnowledge: Sendable {
    /// The packed first-name, surname, nickname and word lists.
    var lexicon: NameLexicon
    /// Folded keys of multi-word names learned from the corpus ("megan thee stallion").
    var fullNames: Set<String> = [] {
        didSet { fullNameHeads = Set(fullNames.compactMap { $0.split(separator: " ").first.map(String.init) }) }
    }
    /// The first word of every known full name.
    private(set) var fullNameHeads: Set<String> = []
    /// Folded single-word names learned from list positions and headings ("lizzo", "anitta").
    var mononyms: Set<String> = []

    /// Folded name pieces of a token: "Turner-Smith" → ["turner", "smith"], "Anderson.Paak" → ["anderson", "paak"].
    static func keyParts(_ token: Token) -> [String] {
        token.folded.split(whereSeparator: { $0 == "-" || $0 == "." }).map(String.init)
    }

    /// The folded key of a name made of these tokens: pieces joined by single spaces.
    static func key(_ tokens: ArraySlice<Token>) -> String {
        tokens.flatMap(keyParts).joined(separator: " ")
    }

    /// True when the tokens are a known full name, or their first word opens one ("La" of "La La Anthony", "Bad" of
    /// "Bad Bunny"): such a word is a name even where a common word would be dropped.
    func startsKnownName(_ t: ArraySlice<Token>) -> Bool {
        let key = NameKnowledge.key(t)
        if fullNames.contains(key) { return true }
        guard let first = t.first, let head = NameKnowledge.keyParts(first).first else { return false }
        return fullNameHeads.contains(head)
    }

    func isCommon(_ t: Token) -> Bool {
        lexicon.isCommonWord(t.folded) && !mononyms.contains(t.folded)
    }

    /// A first name or nickname from the lexicon; a common English word counts only when it is a frequent first
    /// name ("Will", "Grace"), not a rare one ("In", "Precious").
    func isFirstName(_ t: Token) -> Bool {
        let f = t.folded
        if lexicon.isCommonWord(f) {
            // A first name that is also a word counts when it is not rare as a name ("Will", "Lily", "Grace"; not "In").
            // Short nicknames that are also words ("Em", "Al", "Ed") still open a name.
            return (lexicon.firstNameFrequency(f) ?? 0) >= 0.01 || (f.count <= 3 && !lexicon.formalNames(of: f).isEmpty)
        }
        return lexicon.isFirstName(f) || !lexicon.formalNames(of: f).isEmpty
    }

    func isSurname(_ t: Token) -> Bool { lexicon.isSurname(t.folded) }
}
