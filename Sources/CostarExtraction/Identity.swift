/// One person as the extractor knows them: every spelling seen, where, and why spellings were merged.
public struct PersonRecord: Sendable, Hashable, Codable {
    /// The canonical name.
    public var name: String
    /// Each spelling as written, with how often it was seen.
    public var spellings: [String: Int]
    /// The documents the person is mentioned in.
    public var documents: [String]
    /// The caption units the person is mentioned in.
    public var units: [String]
    /// Why other spellings were taken as this person ("one letter apart in the same article: …").
    public var reasons: [String]

    /// Creates a record.
    public init(name: String, spellings: [String: Int], documents: [String], units: [String], reasons: [String]) {
        self.name = name
        self.spellings = spellings
        self.documents = documents
        self.units = units
        self.reasons = reasons
    }
}

/// Union–find over identity indices, with the reason of each union kept for the audit. An identity is a sequence
/// of name pieces (word numbers of the ``WordTable``); its key is their folded text.
struct Identities {
    let words: WordTable
    var parent: [Int] = []
    /// Each identity's name pieces, all in one array: names are compared with these, which lie together, rather than
    /// with arrays scattered over the heap, and the steps read the names of documents from it.
    private(set) var names = NameTable()
    /// Identities by their pieces' fingerprint; a (vanishingly rare) collision chains to the next slot number.
    private var index = FingerprintMap()
    var reasons: [Int: [String]] = [:]

    init(words: WordTable) { self.words = words }

    /// The identity of these pieces, added when new (the representative when it exists).
    mutating func add<Pieces: RandomAccessCollection<Int32>>(_ pieces: Pieces) -> Int where Pieces.Index == Int {
        var h = WordTable.fingerprint(pieces: pieces)
        while let i = index[h].map(Int.init) {
            if names.holds(i, pieces) { return find(i) }
            h &+= 1
        }
        let i = parent.count
        parent.append(i)
        names.append(pieces)
        index[h] = Int32(i)
        return i
    }

    /// An identity's key ("megan thee stallion").
    func key(_ i: Int) -> String { words.joined(names[i]) }

    /// The identity with exactly these pieces, if any (not its representative).
    func lookup<Pieces: RandomAccessCollection<Int32>>(_ pieces: Pieces) -> Int? where Pieces.Index == Int {
        var h = WordTable.fingerprint(pieces: pieces)
        while let i = index[h].map(Int.init) {
            if names.holds(i, pieces) { return i }
            h &+= 1
        }
        return nil
    }

    /// The representative of `i`, without path compression.
    func root(_ i: Int) -> Int {
        var r = i
        while parent[r] != r { r = parent[r] }
        return r
    }

    mutating func find(_ i: Int) -> Int {
        var r = i
        while parent[r] != r { r = parent[r] }
        var k = i
        while parent[k] != r { let next = parent[k]; parent[k] = r; k = next }
        return r
    }

    /// Points every identity straight at its representative, so that ``root(_:)`` is one step.
    mutating func flatten() {
        for i in parent.indices { _ = find(i) }
    }

    /// True when all of `members` (at least one) are one identity.
    mutating func areOne(_ members: [Int]) -> Bool {
        let r = find(members[0])
        return members.allSatisfy { find($0) == r }
    }

    /// Joins `a` into `b`'s identity (the longer key survives as representative).
    mutating func union(_ a: Int, _ b: Int, reason: String) {
        let ra = find(a), rb = find(b)
        guard ra != rb else { return }
        let (keep, drop) = names[ra].count > names[rb].count ? (ra, rb) : (rb, ra)
        parent[drop] = keep
        reasons[keep, default: []].append(reason)
        reasons[keep, default: []] += reasons[drop] ?? []
        reasons[drop] = nil
    }
}

/// Every identity's pieces in one array, read in place: a lookup, or a step that reads the names of many documents,
/// touches one block of memory rather than an array an identity (and their reference counts, which the parts would
/// share). Element `i` is identity `i`'s pieces, a slice of that array (its indices do not start at 0).
struct NameTable: RandomAccessCollection, Sendable {
    private var pieces: [Int32] = []
    /// The pieces of identity `i` are `pieces[start[i]..<start[i + 1]]`.
    private var start: [Int] = [0]

    var startIndex: Int { 0 }
    var endIndex: Int { start.count - 1 }
    subscript(_ i: Int) -> ArraySlice<Int32> { pieces[start[i]..<start[i + 1]] }

    /// Adds the next identity's pieces.
    mutating func append(_ name: some Sequence<Int32>) {
        pieces.append(contentsOf: name)
        start.append(pieces.count)
    }

    /// True when identity `i`'s pieces are `name`.
    func holds<Name: RandomAccessCollection<Int32>>(_ i: Int, _ name: Name) -> Bool where Name.Index == Int {
        guard start[i + 1] - start[i] == name.count else { return false }
        for k in name.indices where pieces[start[i] + k - name.startIndex] != name[k] { return false }
        return true
    }

    /// Calls `body` with the names, readable only inside it.
    func read<R>(_ body: (Names) -> R) -> R {
        pieces.withUnsafeBufferPointer { p in start.withUnsafeBufferPointer { s in body(Names(pieces: p, start: s)) } }
    }

    /// The names of a ``NameTable`` being read.
    struct Names {
        fileprivate let pieces: UnsafeBufferPointer<Int32>
        fileprivate let start: UnsafeBufferPointer<Int>

        /// The pieces of identity `i`.
        subscript(_ i: Int) -> UnsafeBufferPointer<Int32> { UnsafeBufferPointer(rebasing: pieces[start[i]..<start[i + 1]]) }
    }
}

/// Levenshtein distance, stopping early once it exceeds `limit`.
func editDistance(_ a: String, _ b: String, limit: Int = 2) -> Int {
    let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
    if abs(x.count - y.count) > limit { return limit + 1 }
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...max(x.count, 1) where !x.isEmpty {
        current[0] = i
        var rowMin = current[0]
        for j in 1...max(y.count, 1) where !y.isEmpty {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            rowMin = min(rowMin, current[j])
        }
        if rowMin > limit { return limit + 1 }
        swap(&previous, &current)
    }
    return x.isEmpty ? y.count : previous[y.count]
}
