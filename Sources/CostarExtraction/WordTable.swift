/// Every distinct folded word of a corpus, numbered once, with what the lexicon and the closed word classes say
/// about it.
///
/// The tokenizer folds each word straight from its UTF-8 bytes and looks it up here by those bytes, without making
/// a `String`; a word seen before costs one hash of a few bytes. Everything the parser asks about a word (a common
/// word? a first name? a determiner?) is then a bit of ``Flags``, and a name's key is a sequence of word numbers
/// rather than a joined string. This is what lets extraction read an archive at the speed of its bytes.
///
/// A table is filled by one thread. Once ``freeze()`` is called it is only read, and may be shared: a lookup of a word
/// it does not hold then answers ``unknown`` instead of adding it.
final class WordTable: @unchecked Sendable {
    /// What is known about a word.
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt32

        /// A common English word (``NameLexicon/isCommonWord(_:)``).
        static let common = Flags(rawValue: 1 << 0)
        /// On the lexicon's first-name list.
        static let listedFirstName = Flags(rawValue: 1 << 1)
        /// Opens a name as a first name: a listed first name or nickname; a common word only when it is a frequent
        /// first name ("Will", "Grace") or a short nickname ("Em", "Al").
        static let firstName = Flags(rawValue: 1 << 2)
        /// On the lexicon's surname list.
        static let surname = Flags(rawValue: 1 << 3)
        /// ``ContextWords/determiners``.
        static let determiner = Flags(rawValue: 1 << 4)
        /// ``ContextWords/particles``.
        static let particle = Flags(rawValue: 1 << 5)
        /// ``ContextWords/titles``.
        static let title = Flags(rawValue: 1 << 6)
        /// ``ContextWords/suffixes``.
        static let suffix = Flags(rawValue: 1 << 7)
        /// ``ContextWords/relatives``.
        static let relative = Flags(rawValue: 1 << 8)
        /// ``ContextWords/familyNouns``.
        static let familyNoun = Flags(rawValue: 1 << 9)
        /// ``ContextWords/products``.
        static let product = Flags(rawValue: 1 << 10)
        /// ``ContextWords/workNouns``.
        static let workNoun = Flags(rawValue: 1 << 11)
        /// ``ContextWords/functionWords``.
        static let functionWord = Flags(rawValue: 1 << 12)
        /// ``ContextWords/listJoiners``.
        static let listJoiner = Flags(rawValue: 1 << 13)
        /// ``ContextWords/photoWords``: "Photo by …".
        static let photoWord = Flags(rawValue: 1 << 14)
        /// "in", "of", "on", "at": a connector inside a title ("Emily in Paris").
        static let titleConnector = Flags(rawValue: 1 << 15)
        /// "look", "looks": "a Harris Reed look".
        static let look = Flags(rawValue: 1 << 16)
        /// An abbreviation whose dot belongs to the word (``Tokenizer/abbreviations``).
        static let abbreviation = Flags(rawValue: 1 << 17)
        /// The word "and".
        static let and = Flags(rawValue: 1 << 18)
        /// The word "by".
        static let by = Flags(rawValue: 1 << 19)
        /// The word "late".
        static let late = Flags(rawValue: 1 << 20)
        /// The words "of" and "with" after a relative ("daughter of", "child with").
        static let ofOrWith = Flags(rawValue: 1 << 21)
    }

    /// The lexicon the flags come from.
    let lexicon: NameLexicon
    private var foldedForms: [String] = []
    private var wordFlags: [Flags] = []
    /// Each word's name pieces (its hyphen-separated parts), as word numbers: `parts[pieceSpan[w]]`.
    private var parts: [Int32] = []
    private var pieceSpan: [Range<Int>] = []

    // Open addressing over the folded bytes, which are kept in one arena. A slot holds the high half of its word's
    // hash above the word's number (``emptySlot`` when free): a probe compares bytes only when the halves agree, and
    // reads no other array on the way (the table outgrows the caches on an archive). The full hashes are kept for
    // growing.
    private var slots: [UInt64]
    private var hashes: [UInt64] = []
    private static let emptySlot = UInt64.max
    private var arena: [UInt8] = []
    private var arenaStart: [Int32] = [0]

    /// While frozen the table adds no words.
    private(set) var isFrozen = false

    /// The word a frozen table answers for a word it does not hold: it matches no name.
    let unknown: Int32 = 0

    /// Creates a table holding only ``unknown``.
    init(lexicon: NameLexicon) {
        self.lexicon = lexicon
        slots = [UInt64](repeating: Self.emptySlot, count: 1 << 12)
        _ = id("\u{0}")   // no folded word holds a NUL
    }

    /// Stops adding words: from now on the table may be read from several threads.
    func freeze() { isFrozen = true }

    /// Adds words again (one thread only).
    func thaw() { isFrozen = false }

    /// Adds every word of `other`; returns, for each of its word numbers, the number in this table.
    func absorb(_ other: WordTable) -> [Int32] {
        (0..<Int32(other.count)).map { id(other.folded($0)) }
    }

    /// How many distinct words the table holds.
    var count: Int { foldedForms.count }

    /// A word's folded form.
    @inline(__always) func folded(_ w: Int32) -> String { foldedForms[Int(w)] }

    /// What the lexicon and the word classes say about a word.
    @inline(__always) func flags(of w: Int32) -> Flags { wordFlags[Int(w)] }

    /// The number of the word whose folded UTF-8 bytes these are, adding it when new.
    func id(folded bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let h = Self.hash(bytes)
        let (slot, found) = probe(bytes, hash: h)
        if let found { return found }
        return isFrozen ? unknown : insert(bytes, hash: h, slot: slot)
    }

    /// The number of a folded word.
    func id(_ folded: String) -> Int32 {
        var copy = folded
        return copy.withUTF8 { id(folded: $0) }
    }

    /// The name pieces of a word: "turner-smith" → [turner, smith]; a word without a hyphen is its own piece.
    func pieces(_ word: Int32) -> ArraySlice<Int32> {
        parts[pieceSpan[Int(word)]]
    }

    /// The first name piece of a word, or nil for a word with no letters or digits.
    func head(_ word: Int32) -> Int32? {
        let span = pieceSpan[Int(word)]
        return span.isEmpty ? nil : parts[span.lowerBound]
    }

    /// The number of a folded word the table already holds, without adding it.
    func existing(_ folded: String) -> Int32? {
        var copy = folded
        return copy.withUTF8 { probe($0, hash: Self.hash($0)).word }
    }

    /// Calls `body` with the name pieces of a run of tokens, in order: a word's own number, or the parts of a
    /// hyphenated one. Read by index: a buffer or a slice of the arrays would retain them, name after name.
    @inline(__always) private func forEachPiece(_ tokens: some Sequence<Token>, _ body: (Int32) -> Void) {
        for t in tokens where t.word >= 0 {
            for k in pieceSpan[Int(t.word)] { body(parts[k]) }
        }
    }

    /// The name pieces of a run of tokens, in order: the words of its key.
    func pieces(_ tokens: some Collection<Token>) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(tokens.count)
        forEachPiece(tokens) { out.append($0) }
        return out
    }

    /// The name pieces of a run of tokens, in order, held in place (``NamePieces``).
    func namePieces(_ tokens: some Collection<Token>) -> NamePieces {
        var out = NamePieces()
        forEachPiece(tokens) { out.append($0) }
        return out
    }

    /// Folded words joined by single spaces.
    func joined(_ words: some Sequence<Int32>) -> String {
        words.map { foldedForms[Int($0)] }.joined(separator: " ")
    }

    /// The key of a name: the folded pieces of its words, joined by single spaces ("megan thee stallion").
    func key(_ tokens: some Collection<Token>) -> String { joined(pieces(tokens)) }

    /// The key of a spelling as written ("Jodie Turner-Smith" → "jodie turner smith").
    func key(of spelling: String) -> String {
        key(Tokenizer.tokens(spelling, self).filter { $0.kind != .punctuation })
    }

    /// A 64-bit fingerprint of a name's key, given as its pieces: two keys with the same pieces in the same order
    /// have the same fingerprint. It indexes the learned names and the identities.
    static func fingerprint(pieces: some Sequence<Int32>) -> UInt64 {
        var h = fingerprintSeed
        for p in pieces { h = fingerprintStep(h, p) }
        return h
    }

    /// The fingerprint of the pieces of a run of tokens, without gathering them in an array.
    func fingerprint(_ tokens: some Sequence<Token>) -> UInt64 {
        var h = Self.fingerprintSeed
        forEachPiece(tokens) { h = Self.fingerprintStep(h, $0) }
        return h
    }

    private static let fingerprintSeed: UInt64 = 0x243F_6A88_85A3_08D3

    @inline(__always) private static func fingerprintStep(_ h: UInt64, _ piece: Int32) -> UInt64 {
        mix(h ^ UInt64(UInt32(bitPattern: piece)))
    }

    // MARK: Internals

    /// Where the bytes are in the hash table: their word, or the empty slot where they would go.
    private func probe(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> (slot: Int, word: Int32?) {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1, tag = h >> 32
            var s = Int(truncatingIfNeeded: h) & mask
            while slots[s] != Self.emptySlot {
                let entry = slots[s]
                if entry >> 32 == tag, equals(Int(UInt32(truncatingIfNeeded: entry)), bytes) {
                    return (s, Int32(truncatingIfNeeded: entry))
                }
                s = (s + 1) & mask
            }
            return (s, nil)
        }
    }

    /// The slot entry of word `w` with hash `h`.
    @inline(__always) private static func entry(_ w: Int, hash h: UInt64) -> UInt64 { (h >> 32) << 32 | UInt64(w) }

    private func equals(_ w: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let a = Int(arenaStart[w]), b = Int(arenaStart[w + 1])
        guard b - a == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            for k in 0..<bytes.count where stored[a + k] != bytes[k] { return false }
            return true
        }
    }

    private func insert(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64, slot: Int) -> Int32 {
        let w = Int32(foldedForms.count)
        slots[slot] = Self.entry(Int(w), hash: h)
        hashes.append(h)
        arena.append(contentsOf: bytes)
        arenaStart.append(Int32(arena.count))
        let text = String(decoding: bytes, as: UTF8.self)
        foldedForms.append(text)
        wordFlags.append(Self.flags(of: text, lexicon))
        if foldedForms.count * 2 > slots.count { grow() }
        // Pieces: the word itself, or its hyphen-separated parts, each a word of its own (interned after this one).
        pieceSpan.append(0..<0)
        var found: [Int32] = bytes.isEmpty ? [] : [w]
        if bytes.contains(UInt8(ascii: "-")) {
            found = bytes.split(separator: UInt8(ascii: "-")).map { id(folded: UnsafeBufferPointer(rebasing: $0)) }
        }
        pieceSpan[Int(w)] = parts.count..<(parts.count + found.count)
        parts += found
        return w
    }

    private func grow() {
        var bigger = [UInt64](repeating: Self.emptySlot, count: slots.count * 2)
        let mask = bigger.count - 1
        for (w, h) in hashes.enumerated() {
            var s = Int(truncatingIfNeeded: h) & mask
            while bigger[s] != Self.emptySlot { s = (s + 1) & mask }
            bigger[s] = Self.entry(w, hash: h)
        }
        slots = bigger
    }

    @inline(__always) static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return mix(h)
    }

    /// The closed-class flags of every word that has some, built once: a new word costs one lookup, not one per class.
    private static let classFlags: [String: Flags] = {
        let classes: [(Set<String>, Flags)] = [
            (ContextWords.determiners, .determiner), (ContextWords.particles, .particle), (ContextWords.titles, .title),
            (ContextWords.suffixes, .suffix), (ContextWords.relatives, .relative), (ContextWords.familyNouns, .familyNoun),
            (ContextWords.products, .product), (ContextWords.workNouns, .workNoun), (ContextWords.functionWords, .functionWord),
            (ContextWords.listJoiners, .listJoiner), (ContextWords.photoWords, .photoWord), (ContextWords.titleConnectors, .titleConnector),
            (["look", "looks"], .look), (Tokenizer.abbreviations, .abbreviation), (["and"], .and), (["by"], .by), (["late"], .late),
            (["of", "with"], .ofOrWith),
        ]
        var table: [String: Flags] = [:]
        for (words, flag) in classes {
            for w in words { table[w, default: []].formUnion(flag) }
        }
        return table
    }()

    static func flags(of f: String, _ lexicon: NameLexicon) -> Flags {
        var out: Flags = []
        let common = lexicon.isCommonWord(f)
        let listed = lexicon.isFirstName(f)
        let hasFormal = !lexicon.formalNames(of: f).isEmpty
        if common { out.insert(.common) }
        if listed { out.insert(.listedFirstName) }
        if common {
            // A first name that is also a word counts when it is not rare as a name ("Will", "Lily", "Grace"; not "In").
            // Short nicknames that are also words ("Em", "Al", "Ed") still open a name.
            if (lexicon.firstNameFrequency(f) ?? 0) >= 0.01 || (f.count <= 3 && hasFormal) { out.insert(.firstName) }
        } else if listed || hasFormal {
            out.insert(.firstName)
        }
        if lexicon.isSurname(f) { out.insert(.surname) }
        if let word = classFlags[f] { out.formUnion(word) }
        return out
    }
}
