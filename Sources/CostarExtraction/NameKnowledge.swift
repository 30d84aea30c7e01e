/// What the extractor knows while it reads: the words of the corpus with their lexicon flags (``WordTable``), and
/// the names learned from the corpus itself (full names and mononyms seen in unambiguous places, such as
/// comma-separated list items).
struct NameKnowledge: Sendable {
    /// The corpus's words and what the lexicon says about them.
    let words: WordTable
    /// Fingerprints of multi-word names learned from the corpus ("megan thee stallion").
    private(set) var fullNames = FingerprintMap()
    /// Words that open a known full name, by word number.
    private var fullNameHeads: [Bool] = []
    /// Single-word names learned from list positions and headings ("lizzo", "anitta"), by word number.
    private var mononyms: [Bool] = []

    /// Knowledge of the words only, with no names learned yet.
    init(words: WordTable) { self.words = words }

    /// Knowledge of the words with full names learned (each the pieces of its tokens, as word numbers) and
    /// mononyms (word numbers). A word number of -1 stands for a word the table lacks (names learned from a
    /// reading with another table): a name with one cannot occur in this table's text, though its first piece
    /// may still open names there.
    init(words table: WordTable, fullNames names: [NamePieces], mononyms words: [Int32]) {
        self.words = table
        var known = FingerprintMap(capacity: names.count)
        for k in names.indices where !names[k].contains(-1) { known[WordTable.fingerprint(pieces: names[k])] = 0 }
        fullNames = known
        fullNameHeads = [Bool](repeating: false, count: self.words.count)
        for name in names { if let head = name.first, head >= 0 { fullNameHeads[Int(head)] = true } }
        mononyms = [Bool](repeating: false, count: self.words.count)
        for w in words where w >= 0 && !self.words.flags(of: w).contains(.common) { mononyms[Int(w)] = true }
    }

    /// True when the token's word is a learned mononym.
    @inline(__always) func isMononym(_ t: Token) -> Bool { isMononym(t.word) }

    /// True when the word (a word number) is a learned mononym.
    @inline(__always) func isMononym(_ w: Int32) -> Bool { w >= 0 && Int(w) < mononyms.count && mononyms[Int(w)] }

    /// True when a learned full name starts with this token's first piece.
    @inline(__always) func opensFullName(_ t: Token) -> Bool {
        guard t.word >= 0, let head = words.head(t.word) else { return false }
        return opensFullName(head: head)
    }

    /// True when a learned full name starts with this piece (a word number).
    @inline(__always) func opensFullName(head: Int32) -> Bool { Int(head) < fullNameHeads.count && fullNameHeads[Int(head)] }

    /// True when the tokens are a learned full name.
    func isFullName(_ t: some RandomAccessCollection<Token>) -> Bool {
        guard let first = t.first, opensFullName(first) else { return false }
        return fullNames.contains(words.fingerprint(t))
    }

    /// True when a name whose first piece is `head` and whose pieces have this fingerprint is a learned full name.
    func isFullName(head: Int32, fingerprint: UInt64) -> Bool { opensFullName(head: head) && fullNames.contains(fingerprint) }

    /// True when the tokens are a known full name, or their first word opens one ("La" of "La La Anthony", "Bad" of
    /// "Bad Bunny"): such a word is a name even where a common word would be dropped.
    func startsKnownName(_ t: ArraySlice<Token>) -> Bool {
        guard let first = t.first else { return false }
        return opensFullName(first)
    }

    /// A common word (never a learned mononym: ``learn(fullNames:mononyms:)`` learns no common word as one).
    @inline(__always) func isCommon(_ t: Token) -> Bool { t.has(.common) }

    /// A first name or nickname from the lexicon; a common English word counts only when it is a frequent first
    /// name ("Will", "Grace"), not a rare one ("In", "Precious").
    @inline(__always) func isFirstName(_ t: Token) -> Bool { t.has(.firstName) }

    /// A surname from the lexicon.
    @inline(__always) func isSurname(_ t: Token) -> Bool { t.has(.surname) }

    /// The folded form of a token's word.
    func folded(_ t: Token) -> String { t.word >= 0 ? words.folded(t.word) : String(Unicode.Scalar(UInt32(-1 - t.word)) ?? " ") }
}
