/// What the first reading asked about names it had not learned yet, unit by unit, so that once they are learned
/// only the units whose reading they change are read again.
///
/// The first reading knows no learned name: every question about one ("is this a learned full name?", "does a
/// learned name start with this word?") is answered no. The parser notes each such question, and for each split
/// of a run into names (``NameSegmenter``) the score of every piece it weighed (a split, or a lead list's cut
/// with the bonus of each place it could fall, see ``UnitParser/cut(_:_:)``). After learning, a unit is read
/// again only when a noted answer is now yes, or when a split or cut decided again with the learned names comes
/// out differently; every other unit keeps its candidates from the first reading. The answers are the same
/// functions of the same words as in a second reading, so the result is the same.
///
/// Most splits need not be decided again: when every piece that a learned name changes is a piece of the split
/// chosen in the first reading (of the prefix chosen, for a cut), that split only gains and stays the first of the
/// best, so the decision stands. Only otherwise is the dynamic programme run again, from the noted scores.
///
/// A log belongs to one reading (one thread); its word numbers are those of that reading's ``WordTable``.
final class ReadingLog: @unchecked Sendable {
    /// One question of the parser.
    enum Question {
        /// Is this word a learned mononym?
        case mononym(Int32)
        /// Does a learned full name start with this piece?
        case opensName(Int32)
        /// Is the name with this first piece and this fingerprint of its pieces a learned full name?
        case fullName(head: Int32, fingerprint: UInt64)
        /// An answer that may differ in any later reading (a family's surname missing from the table so far).
        case unsettled
        /// The best split of `n` tokens, whose pieces' scores start at `at` in ``pieces``; `ends` marks where the
        /// chosen split's pieces end (bit `e` for a piece ending after `e` tokens; 0 when not noted).
        case split(n: Int32, at: Int32, ends: UInt32)
        /// A lead list's cut in a run of `n` tokens: pieces' scores at `at`, bonuses at `bonuses` in ``bonuses``;
        /// `ends` marks where the pieces of the chosen prefix's split end.
        case cut(n: Int32, at: Int32, bonuses: Int32, ends: UInt32)

        enum Kind { case split, cut }
    }

    /// A piece the split weighed: its score in the first reading, and what could change it.
    struct Piece {
        /// The piece's pieces' fingerprint, or for a single word its word number.
        var fingerprint: UInt64
        /// The piece's first name piece; ``single`` for a single word; ``fixed`` for a score no name can change.
        var head: Int32
        var score: Float

        static let single: Int32 = -1
        static let fixed: Int32 = -2
    }

    private(set) var questions: [Question] = []
    /// Where each unit's questions end in ``questions``.
    private(set) var unitEnds: [Int] = []
    private(set) var pieces: [Piece] = []
    /// The cuts' bonuses, NaN where no cut may fall: halves and whole numbers (``UnitParser``'s), exact in a `Float`,
    /// which takes a quarter of the room of a `Double?` (pages the kernel need not give out and zero).
    private(set) var bonuses: [Float] = []

    /// Notes a question.
    func ask(_ q: Question) { questions.append(q) }

    /// Makes room for the questions of `units` units of `bytes` bytes of text in all, so that the log's arrays are
    /// not copied as they grow (each copy touches fresh pages, which the kernel must zero). The figures are a little
    /// above those of generated captions (per text byte: 0.06 questions, 0.21 pieces, 0.08 bonuses); room never used
    /// costs address space only.
    func reserve(units: Int, bytes: Int) {
        questions.reserveCapacity(bytes / 14)
        unitEnds.reserveCapacity(units)
        pieces.reserveCapacity(bytes / 4)
        bonuses.reserveCapacity(bytes / 10)
    }

    /// Closes the current unit's questions.
    func endUnit() { unitEnds.append(questions.count) }

    /// Scores every piece (at most ``NameSegmenter/maxPiece`` tokens) of `tokens` with `k` and notes the split
    /// or cut of them; returns where the scores start in ``pieces``.
    func weigh(_ tokens: ArraySlice<Token>, _ k: NameKnowledge, as kind: Question.Kind) -> Int {
        let at = pieces.count, n = tokens.count
        // The pieces are slices of the tokens' buffer: a slice of the array would retain it, piece after piece.
        tokens.withUnsafeBufferPointer { tokens in
            for end in stride(from: 1, through: n, by: 1) {
                for start in max(0, end - NameSegmenter.maxPiece)..<end { pieces.append(Self.piece(tokens[start..<end], k)) }
            }
        }
        switch kind {
        case .split: questions.append(.split(n: Int32(n), at: Int32(at), ends: 0))
        case .cut: questions.append(.cut(n: Int32(n), at: Int32(at), bonuses: Int32(bonuses.count), ends: 0))
        }
        return at
    }

    /// A piece of tokens as weighed: its score with `k`, and what could change it.
    private static func piece(_ t: Slice<UnsafeBufferPointer<Token>>, _ k: NameKnowledge) -> Piece {
        let barred = NameSegmenter.isBarred(t)
        var piece = Piece(fingerprint: 0, head: Piece.fixed, score: Float(barred ? -.infinity : NameSegmenter.score(unbarred: t, k)))
        if !barred, let first = t.first, first.word >= 0 {
            if t.count == 1 {
                piece.fingerprint = UInt64(UInt32(bitPattern: first.word))
                piece.head = Piece.single
            } else if let head = k.words.head(first.word) {
                piece.fingerprint = k.words.fingerprint(t)
                piece.head = head
            }
        }
        return piece
    }

    /// Notes the table of the split just weighed (a cut's table is noted with its choice, in
    /// ``noteCut(_:table:chosen:)``).
    func noteTable(_ steps: UnsafeBufferPointer<NameSegmenter.Step>) {
        guard case .split(let n, let at, _) = questions.last else { return }
        questions[questions.count - 1] = .split(n: n, at: at, ends: Self.ends(steps, upTo: Int(n)))
    }

    /// Notes the cut just weighed: its bonuses (element `k` for a cut after `k` tokens, nil where none may fall), its
    /// table of prefix splits, and the cut chosen (``UnitParser/cut(_:_:)``).
    func noteCut(_ bonus: UnsafeBufferPointer<Double?>, table steps: UnsafeBufferPointer<NameSegmenter.Step>, chosen k: Int) {
        guard case .cut(let n, let at, let b, _) = questions.last else { return }
        questions[questions.count - 1] = .cut(n: n, at: at, bonuses: b, ends: Self.ends(steps, upTo: k))
        bonuses.append(contentsOf: bonus.lazy.map { $0.map(Float.init) ?? .nan })
    }

    /// Where the pieces of the best split of the first `count` tokens end, as bits (0 when that split has no score or
    /// too many tokens to note).
    private static func ends(_ steps: UnsafeBufferPointer<NameSegmenter.Step>, upTo count: Int) -> UInt32 {
        guard count < 32, steps[count].best > -.infinity else { return 0 }
        var ends: UInt32 = 0
        var e = count
        while e > 0 { ends |= 1 << e; e = steps[e].from }
        return ends
    }

    /// True when tokens `start..<end` are a piece of the split whose pieces end at `ends`.
    private static func isPiece(_ start: Int, _ end: Int, of ends: UInt32) -> Bool {
        guard ends & (1 << end) != 0 else { return false }
        let before = ends & ((1 << end) - 1)
        return before == 0 ? start == 0 : 31 - before.leadingZeroBitCount == start
    }

    /// The first-reading score of the piece `start..<end` of the split whose scores start at `at`.
    func score(_ at: Int, _ start: Int, _ end: Int) -> Double {
        Double(pieces[at + Self.offset(start, end)].score)
    }

    /// Where the piece `start..<end` is among a split's scores: pieces are noted by end, then start.
    private static func offset(_ start: Int, _ end: Int) -> Int {
        let m = NameSegmenter.maxPiece
        let before = end - 1 <= m ? (end - 1) * end / 2 : m * (m + 1) / 2 + (end - 1 - m) * m
        return before + start - max(0, end - m)
    }

    /// True when a noted piece is a learned name in `k`.
    private func isLearned(_ p: Piece, _ k: NameKnowledge) -> Bool {
        switch p.head {
        case Piece.fixed: return false
        case Piece.single: return k.isMononym(Int32(truncatingIfNeeded: p.fingerprint))
        default: return k.isFullName(head: p.head, fingerprint: p.fingerprint)
        }
    }

    /// The score of a noted piece with the learned names of `k`.
    private func score(_ at: Int, _ start: Int, _ end: Int, _ k: NameKnowledge) -> Double {
        let p = pieces[at + Self.offset(start, end)]
        guard isLearned(p, k) else { return Double(p.score) }
        return p.head == Piece.single ? NameSegmenter.mononymScore : NameSegmenter.fullNameScore(end - start)
    }

    /// True when a piece of `n` tokens' split, other than the pieces ending at `ends`, is a learned name in `k`.
    private func learnsOutside(_ at: Int, _ n: Int, _ ends: UInt32, _ k: NameKnowledge) -> Bool {
        var i = at
        for end in stride(from: 1, through: n, by: 1) {
            for start in max(0, end - NameSegmenter.maxPiece)..<end {
                // The cheap test first: the chosen split's pieces, learned names nearly all, need no lookup.
                if !Self.isPiece(start, end, of: ends) && isLearned(pieces[i], k) { return true }
                i += 1
            }
        }
        return false
    }

    /// The units (as offsets in this reading) whose reading the learned names of `k` may change.
    func unitsToReread(with k: NameKnowledge) -> [Int] {
        var out: [Int] = []
        var q = 0
        for (u, end) in unitEnds.enumerated() {
            while q < end {
                if changes(questions[q], k) { out.append(u); q = end; break }
                q += 1
            }
        }
        return out
    }

    /// True when the answer or decision of a question differs with the learned names of `k`.
    private func changes(_ question: Question, _ k: NameKnowledge) -> Bool {
        switch question {
        case .mononym(let w): return k.isMononym(w)
        case .opensName(let head): return k.opensFullName(head: head)
        case .fullName(let head, let fingerprint): return k.isFullName(head: head, fingerprint: fingerprint)
        case .unsettled: return true
        case .split(let n, let at, let ends):
            let n = Int(n), at = Int(at)
            guard learnsOutside(at, n, ends, k) else { return false }
            return decisionChanges(n, at, k) { NameSegmenter.Pieces($0) }
        case .cut(let n, let at, let b, let ends):
            let n = Int(n), at = Int(at), b = Int(b)
            guard learnsOutside(at, n, ends, k) else { return false }
            return withUnsafeTemporaryAllocation(of: Double?.self, capacity: n + 1) { bonus in
                for j in 0...n { bonus[j] = bonuses[b + j].isNaN ? nil : Double(bonuses[b + j]) }
                return decisionChanges(n, at, k) { UnitParser.cut($0, UnsafeBufferPointer(bonus)) }
            }
        }
    }

    /// Whether the decision `decide` takes from the table of a split of `n` tokens (scores at `at`) differs between
    /// the first reading's scores and those with the learned names of `k`.
    private func decisionChanges<D: Equatable>(_ n: Int, _ at: Int, _ k: NameKnowledge,
                                               _ decide: (UnsafeBufferPointer<NameSegmenter.Step>) -> D) -> Bool {
        NameSegmenter.withTable(n, score: { score(at, $0, $1) }, decide) != NameSegmenter.withTable(n, score: { score(at, $0, $1, k) }, decide)
    }
}
