/// Splits a run of capitalised words into names: "Dwyane Wade Gabrielle Union" is two people,
/// "Michaela Jaé Rodriguez" one.
///
/// Dynamic programming over the split points: each piece is scored by how name-like it is (a known name from the
/// corpus; a first name from the lexicon at its head; a surname at its end; no common English words inside), and
/// every extra piece costs a fixed penalty, so a run is split only where the evidence for two names beats one.
enum NameSegmenter {
    /// Cost of starting another name.
    static let piecePenalty = 2.0

    /// How name-like the tokens are as one name (higher is better).
    static func score(_ t: ArraySlice<Token>, _ k: NameKnowledge) -> Double {
        guard let first = t.first, let last = t.last else { return -.infinity }
        if first.has(.suffix) || (first.has(.particle) && !first.capitalized) { return -.infinity }
        if last.has(.particle) && !last.capitalized { return -.infinity }
        if t.count == 1 {
            if k.isMononym(first) { return 1.5 }
            if k.isCommon(first) { return -4 }   // a lone common word is almost never a name
            if k.isFirstName(first) { return 0 }
            return 0.5
        }
        if k.isFullName(t) { return 3 + Double(t.count) }
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

    /// The best split of `tokens` into names, as ranges of indices into `tokens`, and its total score.
    static func split(_ tokens: ArraySlice<Token>, _ k: NameKnowledge) -> (pieces: [Range<Int>], score: Double) {
        let lo = tokens.startIndex, n = tokens.count
        guard n > 0 else { return ([], 0) }
        let (best, from) = table(tokens, k)
        guard best[n] > -.infinity else { return ([lo..<(lo + n)], -.infinity) }
        var pieces: [Range<Int>] = []
        var end = n
        while end > 0 {
            let start = from[end]
            pieces.append((lo + start)..<(lo + end))
            end = start
        }
        return (pieces.reversed(), best[n])
    }

    /// The best split score of every prefix of `tokens`: element `k` is the score of the first `k` tokens, as
    /// ``split(_:_:)`` would give it (one pass of the dynamic programme serves every prefix).
    static func prefixScores(_ tokens: ArraySlice<Token>, _ k: NameKnowledge) -> [Double] {
        table(tokens, k).best
    }

    /// The dynamic programme: best score of each prefix, and where its last piece starts.
    private static func table(_ tokens: ArraySlice<Token>, _ k: NameKnowledge) -> (best: [Double], from: [Int]) {
        let lo = tokens.startIndex, n = tokens.count
        var best = [Double](repeating: -.infinity, count: n + 1)
        var from = [Int](repeating: -1, count: n + 1)
        best[0] = 0
        for end in stride(from: 1, through: n, by: 1) {
            for start in max(0, end - 5)..<end where best[start] > -.infinity {
                let s = best[start] + score(tokens[(lo + start)..<(lo + end)], k) - (start > 0 ? piecePenalty : 0)
                if s > best[end] { best[end] = s; from[end] = start }
            }
        }
        return (best, from)
    }
}
