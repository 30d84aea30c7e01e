/// Splits a run of capitalised words into names: "Dwyane Wade Gabrielle Union" is two people,
/// "Michaela Jaé Rodriguez" one.
///
/// Dynamic programming over the split points: each piece is scored by how name-like it is (a known name from the
/// corpus; a first name from the lexicon at its head; a surname at its end; no common English words inside), and
/// every extra piece costs a fixed penalty, so a run is split only where the evidence for two names beats one.
enum NameSegmenter {
    /// Cost of starting another name.
    static let piecePenalty = 2.0

    /// Score of a learned single-word name.
    static let mononymScore = 1.5

    /// Score of a learned full name of `count` words.
    static func fullNameScore(_ count: Int) -> Double { 3 + Double(count) }

    /// A piece that is no name whatever is known: it starts with a suffix or a lowercase particle, or ends with a
    /// lowercase particle.
    static func isBarred(_ t: some RandomAccessCollection<Token>) -> Bool {
        guard let first = t.first, let last = t.last else { return true }
        return first.has(.suffix) || (first.has(.particle) && !first.capitalized) || (last.has(.particle) && !last.capitalized)
    }

    /// How name-like the tokens are as one name (higher is better).
    static func score(_ t: some RandomAccessCollection<Token>, _ k: NameKnowledge) -> Double {
        isBarred(t) ? -.infinity : score(unbarred: t, k)
    }

    /// ``score(_:_:)`` of tokens already known not to be barred (at least one).
    static func score(unbarred t: some RandomAccessCollection<Token>, _ k: NameKnowledge) -> Double {
        guard let first = t.first, let last = t.last else { return -.infinity }
        if t.count == 1 {
            if k.isMononym(first) { return mononymScore }
            if k.isCommon(first) { return -4 }   // a lone common word is almost never a name
            if k.isFirstName(first) { return 0 }
            return 0.5
        }
        if k.isFullName(t) { return fullNameScore(t.count) }
        if t.count > 4 { return -.infinity }
        var s = 2.0
        if k.isFirstName(first) { s += 1 }
        if k.isSurname(last) || last.has(.suffix) { s += 0.5 }
        for tok in t where !tok.has([.particle, .suffix]) {
            if k.isCommon(tok) && !k.isFirstName(tok) { s -= 2 }
        }
        if t.count == 4 { s -= 1.5 }
        return s
    }

    /// The best split of `tokens` into names, as ranges of indices into `tokens`, and its total score. With a
    /// `log`, the score of every piece weighed is noted (see ``ReadingLog``).
    static func split(_ tokens: ArraySlice<Token>, _ k: NameKnowledge, log: ReadingLog? = nil) -> (pieces: Pieces, score: Double) {
        let lo = tokens.startIndex, n = tokens.count
        guard n > 0 else { return (Pieces(whole: 0..<0), 0) }
        // A lone token is one piece whatever its score.
        if n == 1 { return (Pieces(whole: lo..<(lo + 1)), score(tokens, k)) }
        return withTable(tokens, k, log: log, as: .split) { steps in
            log?.noteTable(steps)
            return (Pieces(steps, at: lo), steps[n].best)
        }
    }

    /// Calls `body` with the best split of every prefix of `tokens`: element `k` holds the score of the first `k`
    /// tokens, as ``split(_:_:log:)`` would give it (one pass of the dynamic programme serves every prefix). With a
    /// `log`, the scores weighed are noted for the lead list's cut, which the caller notes next.
    static func withPrefixSplits<R>(_ tokens: ArraySlice<Token>, _ k: NameKnowledge, log: ReadingLog? = nil,
                                    _ body: (UnsafeBufferPointer<Step>) -> R) -> R {
        withTable(tokens, k, log: log, as: .cut, body)
    }

    /// The pieces of a split, in order, as ranges of token indices. A split of fewer than 64 tokens is kept as the
    /// set of places where its pieces end (no array to allocate: a caption splits a few runs a name).
    struct Pieces: Sequence, Equatable {
        /// The index of the split's first token.
        private let lo: Int
        /// Bit `e`: a piece ends after `e` tokens (runs of fewer than 64 tokens).
        private let ends: UInt64
        /// The pieces of a longer run.
        private let long: [Range<Int>]?

        private init(lo: Int, ends: UInt64, long: [Range<Int>]?) {
            self.lo = lo
            self.ends = ends
            self.long = long
        }

        /// One piece: the whole of `range`.
        init(whole range: Range<Int>) {
            if range.count < 64 {
                self.init(lo: range.lowerBound, ends: range.isEmpty ? 0 : 1 << range.count, long: nil)
            } else {
                self.init(lo: range.lowerBound, ends: 0, long: [range])
            }
        }

        /// The best split's pieces, read back from the table of ``withTable(_:score:_:)`` (ranges of `0..<n` moved
        /// to start at `lo`); a table with no split of any score is one piece.
        init(_ steps: UnsafeBufferPointer<Step>, at lo: Int = 0) {
            let n = steps.count - 1
            guard steps[n].best > -.infinity else { self.init(whole: lo..<(lo + n)); return }
            var ends: UInt64 = 0
            var long: [Range<Int>] = []
            var end = n
            while end > 0 {
                let start = steps[end].from
                if n < 64 { ends |= 1 << end } else { long.append((lo + start)..<(lo + end)) }
                end = start
            }
            self.init(lo: lo, ends: ends, long: n < 64 ? nil : long.reversed())
        }

        /// How many pieces there are.
        var count: Int { long?.count ?? ends.nonzeroBitCount }

        /// Reads the pieces in order.
        struct Iterator: IteratorProtocol {
            let lo: Int
            var ends: UInt64
            var start = 0
            var long: IndexingIterator<[Range<Int>]>?

            mutating func next() -> Range<Int>? {
                if long != nil { return long!.next() }
                guard ends != 0 else { return nil }
                let end = ends.trailingZeroBitCount
                ends &= ends - 1
                defer { start = end }
                return (lo + start)..<(lo + end)
            }
        }

        func makeIterator() -> Iterator { Iterator(lo: lo, ends: ends, long: long?.makeIterator()) }
    }

    private static func withTable<R>(_ tokens: ArraySlice<Token>, _ k: NameKnowledge, log: ReadingLog?,
                                     as question: ReadingLog.Question.Kind, _ body: (UnsafeBufferPointer<Step>) -> R) -> R {
        let lo = tokens.startIndex
        guard let log else { return withTable(tokens.count, score: { score(tokens[(lo + $0)..<(lo + $1)], k) }, body) }
        let at = log.weigh(tokens, k, as: question)
        return withTable(tokens.count, score: { log.score(at, $0, $1) }, body)
    }

    /// One prefix in the dynamic programme: the best score of a split of its tokens, and where that split's last
    /// piece starts (-1 when it has none).
    struct Step {
        var best: Double
        var from: Int
    }

    /// Calls `body` with the dynamic programme over `n` tokens, given the score of the piece of tokens
    /// `start..<end`: the step of each prefix, in a buffer of the stack's (no allocation for the short runs of a
    /// caption).
    static func withTable<R>(_ n: Int, score: (_ start: Int, _ end: Int) -> Double, _ body: (UnsafeBufferPointer<Step>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: Step.self, capacity: n + 1) { steps in
            steps.initialize(repeating: Step(best: -.infinity, from: -1))
            steps[0].best = 0
            for end in stride(from: 1, through: n, by: 1) {
                for start in max(0, end - maxPiece)..<end where steps[start].best > -.infinity {
                    let s = steps[start].best + score(start, end) - (start > 0 ? piecePenalty : 0)
                    if s > steps[end].best { steps[end] = Step(best: s, from: start) }
                }
            }
            return body(UnsafeBufferPointer(steps))
        }
    }

    /// The most tokens a piece may have.
    static let maxPiece = 5
}
