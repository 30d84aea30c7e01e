import CostarCorpus

/// Finds the names in one caption unit and decides, from the words around each, whether the person is in the
/// picture (`present`), only mentioned (`named`) or credited (`credit`).
///
/// The steps: tokenise; skip an agency dateline and a leading "(Exclusive Coverage)"; collect runs of capitalised
/// words; strip sentence-initial common words, determiners and titles; group runs joined by commas, "and" and "&";
/// in a caption, read the leading group as its name list and find where the list ends and the description starts;
/// split each run into names (``NameSegmenter``); then read each name's context: "the late", possessives, relatives,
/// quotation marks, brands ("Jimmy Choo gold boots"), titles of works ("Emily in Paris star").
struct UnitParser: Sendable {
    let knowledge: NameKnowledge
    /// Where the first reading notes its questions about names it has not learned yet.
    var log: ReadingLog? = nil
    /// The arrays of the unit being read, kept for the next unit's (so a parser belongs to one thread).
    private let buffers = Buffers()

    /// A unit's tokens, runs and groups, kept between units so that reading one allocates none of them.
    private final class Buffers: @unchecked Sendable {
        private var tokens: [Token] = []
        private var runs: [Run] = []
        private var groupEnds: [Int] = []

        /// Calls `body` with the arrays (whatever they held; their room is what is kept).
        func lend(_ body: (inout [Token], inout [Run], inout [Int]) -> Void) { body(&tokens, &runs, &groupEnds) }
    }

    /// A run of capitalised words, after stripping.
    struct Run {
        var range: Range<Int>
        /// Where the run started before stripping.
        var start: Int = 0
        var afterDeterminer = false
        var afterLate = false
    }

    /// Appends the candidates of one unit to `out`.
    func parse(_ unit: CaptionUnit, index: Int, into out: inout [Candidate]) {
        buffers.lend { tokens, runs, groupEnds in parse(unit, index: index, into: &out, &tokens, &runs, &groupEnds) }
    }

    /// ``parse(_:index:into:)`` with the unit's arrays: its tokens, its runs (those of all groups in one array, group
    /// after group) and where each group ends among them.
    private func parse(_ unit: CaptionUnit, index: Int, into out: inout [Candidate],
                       _ tokens: inout [Token], _ runs: inout [Run], _ groupEnds: inout [Int]) {
        Tokenizer.tokenize(unit.text, knowledge.words, into: &tokens)
        let start = prefixEnd(tokens)
        recaseIfAllCaps(&tokens, from: start)
        findRuns(tokens, from: start, into: &runs)
        group(runs, tokens, ends: &groupEnds)
        var leadGroup: Int? = nil
        if unit.kind == .caption, let r = runs.first, r.start == start, !r.afterDeterminer {
            leadGroup = 0
            splitLeadList(&runs, &groupEnds, tokens, numbered: unit.numbered)
        }
        let headingEnd = headingLength(unit, tokens)
        var firstRun = 0
        for (gi, end) in groupEnds.enumerated() {
            let g = runs[firstRun..<end]
            firstRun = end
            let isLead = gi == leadGroup && gi == 0
            let subject = isSubjectGroup(g, tokens)
            let groupStart = out.count
            // Where each run's candidates end in `out` (a buffer of the stack's: most units have a list).
            withUnsafeTemporaryAllocation(of: Int.self, capacity: g.count) { runEnds in
                runEnds.initialize(repeating: 0)
                for (ri, run) in g.enumerated() {
                    let before = out.count
                    candidates(for: run, next: ri + 1 < g.count ? g[g.startIndex + ri + 1] : nil, in: tokens, unit: unit, index: index,
                               isLead: isLead, isHeading: run.range.upperBound <= headingEnd, subject: subject,
                               bounded: (isLead && ri < g.count - 1) || (ri < g.count - 1 && isListBoundary(tokens, after: run.range)),
                               into: &out)
                    if isLead && ri == g.count - 1, out.count > before { out[out.count - 1].endsLeadList = true }
                    runEnds[ri] = out.count
                }
                if g.count > 1 { spreadEvidence(&out, groupStart..<out.count, runEnds: UnsafeBufferPointer(runEnds), subject: subject) }
            }
            let group = groupStart..<out.count
            // "Diddy and Doja Cat's after-party": a possessive on the last of an "and" list names them all.
            if let last = g.last, tokens[last.range.upperBound - 1].possessive, joinedByAnd(g, tokens) {
                for i in group where out[i].role == .present { out[i].role = .named }
            }
            // In prose only people who do something together are present.
            if unit.kind == .prose {
                let together = subject && group.count > 1
                for i in group where out[i].role == .present && !together && !out[i].heading {
                    out[i].role = .named
                }
            }
        }
        if let credit = unit.credit { creditCandidates(credit, index: index, into: &out) }
    }

    /// Evidence spreads through a list: one certain person, from another run of the list, makes its weak items
    /// people too (all of them when the list is the subject of its sentence). `runEnds[r]` is where the candidates of
    /// the list's run `r` end in `out`.
    private func spreadEvidence(_ out: inout [Candidate], _ group: Range<Int>, runEnds: UnsafeBufferPointer<Int>, subject: Bool) {
        guard subject || out[group].contains(where: { $0.evidence >= .strong }) else { return }
        // The run candidate `c` comes from: the first whose candidates end after it.
        func runOf(_ c: Int) -> Int {
            var low = 0, high = runEnds.count - 1
            while low < high {
                let mid = (low + high) / 2
                if runEnds[mid] > c { high = mid } else { low = mid + 1 }
            }
            return low
        }
        for i in group where out[i].evidence == .weak
            && (subject || group.contains { out[$0].evidence >= .strong && runOf($0) != runOf(i) }) {
            out[i].evidence = .position
        }
    }

    // MARK: Runs

    /// Where the caption proper starts: after an all-caps dateline ending in ":" and a leading parenthesis.
    func prefixEnd(_ t: [Token]) -> Int {
        var i = 0
        if let colon = t.prefix(16).firstIndex(where: { $0.isPunct(":") }), colon > 1,
           t[..<colon].allSatisfy({ $0.kind != .word || $0.allCaps || $0.length == 1 }),
           t[..<colon].contains(where: { $0.kind == .number }) {
            i = colon + 1
        }
        // A caption number left in the text ("02 Else Chilton, …" in a caption file).
        if i + 1 < t.count, t[i].kind == .number, t[i].length <= 5, t[i + 1].kind == .word, t[i + 1].capitalized { i += 1 }
        if i < t.count, t[i].isPunct("("), let close = t[i...].firstIndex(where: { $0.isPunct(")") }), close - i < 8 {
            i = close + 1
        }
        return i
    }

    /// In a caption written in capitals ("KERRY WASHINGTON AND JON BATISTE ATTEND THE GALA"), common words are read
    /// as lowercase and the other words as capitalised names.
    func recaseIfAllCaps(_ t: inout [Token], from start: Int) {
        // Counted first, without gathering the words: few captions are in capitals.
        var count = 0, capitals = 0
        forEachCaptionWord(t, from: start) { i in
            count += 1
            if t[i].allCaps || t[i].length == 1 { capitals += 1 }
        }
        guard count >= 4, capitals * 10 >= count * 8 else { return }
        var words: [Int] = []
        forEachCaptionWord(t, from: start) { words.append($0) }
        for i in words where t[i].allCaps {
            let word = knowledge.isCommon(t[i]) && !knowledge.isFirstName(t[i]) && !knowledge.isSurname(t[i])
                || t[i].has(.functionWord)
            t[i].capitalized = !word
            t[i].allCaps = false
        }
    }

    /// Calls `body` with the index of each word of the caption proper: after the dateline, outside parentheses (an
    /// agency credit may be in mixed case).
    func forEachCaptionWord(_ t: [Token], from start: Int, _ body: (Int) -> Void) {
        var depth = 0
        for i in t.indices.dropFirst(start) {
            if t[i].isPunct("(") { depth += 1 } else if t[i].isPunct(")") { depth = max(0, depth - 1) }
            else if depth == 0, t[i].kind == .word, t[i].hasLetter { body(i) }
        }
    }

    func isNamePart(_ t: Token) -> Bool { t.kind == .word && t.capitalized && !t.descriptor }

    /// The runs of capitalised words of `t` from `start`.
    func findRuns(_ t: [Token], from start: Int) -> [Run] {
        var runs: [Run] = []
        findRuns(t, from: start, into: &runs)
        return runs
    }

    /// ``findRuns(_:from:)`` into `runs` (emptied first).
    func findRuns(_ t: [Token], from start: Int, into runs: inout [Run]) {
        runs.removeAll(keepingCapacity: true)
        var i = start
        while i < t.count {
            guard isNamePart(t[i]) else { i += 1; continue }
            var j = i + 1
            if !t[i].possessive {
                while j < t.count {
                    if isNamePart(t[j]) && !t[j].sentenceStart {
                        j += 1
                        if t[j - 1].possessive { break }
                    } else if t[j].isWord(.particle), j + 1 < t.count, isNamePart(t[j + 1]) {
                        j += 1
                    } else { break }
                }
            }
            if let run = strip(Run(range: i..<j, start: i), t) { runs.append(run) }
            i = j
        }
    }

    /// Drops sentence-initial common words ("Model Karlie Kloss", "Hours earlier"), determiners ("The Wades") and
    /// titles ("Mrs."), and notes what stood before the run. `restarting`: the run starts a description, as if it
    /// opened a sentence, and what follows it is not read.
    func strip(_ run: Run, _ t: [Token], restarting: Bool = false) -> Run? {
        var r = run
        var lo = r.range.lowerBound
        let hi = r.range.upperBound
        while lo < hi {
            let tok = t[lo]
            if tok.has(.determiner) { r.afterDeterminer = true; lo += 1; continue }
            if tok.has(.title) && lo + 1 < hi { lo += 1; continue }
            if tok.has(.functionWord) && !knowledge.isFirstName(tok) { lo += 1; continue }
            let opensSentence = tok.sentenceStart || lo > r.range.lowerBound || restarting
            // "Lily Collins", "Will Smith": a common word that is also a first name stays when a surname follows.
            let firstNameBeforeSurname = lo + 1 < hi && tok.has(.listedFirstName)
                && !knowledge.isCommon(t[lo + 1]) && !t[lo].possessive
            // "John and Jane Smith …": a first name that is also a word, listed.
            let listedFirstName = lo + 1 == hi && knowledge.isFirstName(tok) && hi < t.count && !restarting
                && (t[hi].isWord(.and) || t[hi].isPunct("&") || t[hi].isPunct(","))
            if opensSentence, knowledge.isCommon(tok), !knowledge.isFirstName(tok) || lo + 1 == hi, !firstNameBeforeSurname, !listedFirstName,
               !startsKnownName(t[lo..<hi]) {
                lo += 1
                continue
            }
            break
        }
        guard lo < hi else { return nil }
        r.range = lo..<hi
        if lo > 0 {
            let before = t[lo - 1]
            if before.isLowercaseWord && before.has(.determiner) { r.afterDeterminer = true }
            if before.isWord(.late) { r.afterLate = true; r.afterDeterminer = false }
        }
        return r
    }

    // MARK: Groups and lists

    /// Groups runs joined by ",", "and", "&", ", and", ";" (and "and" + one or two descriptive words:
    /// "Kendall Jenner and musician Bad Bunny"): `ends` receives where each group's runs end in `runs` (emptied first).
    func group(_ runs: [Run], _ t: [Token], ends: inout [Int]) {
        ends.removeAll(keepingCapacity: true)
        for (i, run) in runs.enumerated() {
            let prev = i > 0 ? runs[i - 1] : nil   // the last run of the last group
            if let prev, joins(t[prev.range.upperBound..<max(prev.range.upperBound, run.start)]),
               !t[prev.range.upperBound - 1].possessive {
                ends[ends.count - 1] = i + 1
            } else {
                ends.append(i + 1)
            }
        }
    }

    func joins(_ between: ArraySlice<Token>) -> Bool {
        let words = between.lazy.filter { !$0.isPunct(",") && !$0.isPunct(";") }
        if words.isEmpty { return !between.isEmpty }
        guard let first = words.first, first.has(.listJoiner) || first.isPunct("&") else { return false }
        let rest = words.dropFirst()
        return rest.count <= 2 && rest.allSatisfy { $0.isLowercaseWord && !$0.has(.functionWord) }
            && between.firstIndex(where: { $0.isPunct(",") }).map { $0 < between.firstIndex(where: { $0.sameWord(as: first) })! } ?? true
    }

    func joinedByAnd(_ g: ArraySlice<Run>, _ t: [Token]) -> Bool {
        guard g.count > 1 else { return true }
        for (a, b) in zip(g, g.dropFirst()) {
            let between = t[a.range.upperBound..<b.range.lowerBound]
            if between.contains(where: { $0.isPunct(",") || $0.isPunct(";") }) { return false }
        }
        return true
    }

    /// A comma or semicolon right after the run: the item is whole.
    func isListBoundary(_ t: [Token], after r: Range<Int>) -> Bool {
        r.upperBound < t.count && (t[r.upperBound].isPunct(",") || t[r.upperBound].isPunct(";"))
    }

    /// A group that opens its sentence and is followed by a lowercase word: the subject of the sentence.
    func isSubjectGroup(_ g: ArraySlice<Run>, _ t: [Token]) -> Bool {
        guard let first = g.first, let last = g.last else { return false }
        let lo = first.range.lowerBound
        var opens = t[lo].sentenceStart
        if !opens, lo > 0 {
            // "Model Karlie Kloss …": capitalised words stripped from the run opened the sentence.
            var k = lo - 1
            while k > 0, t[k].kind == .word, t[k].capitalized, !t[k].sentenceStart, lo - k < 3 { k -= 1 }
            opens = t[k].sentenceStart && t[k].kind == .word && t[k].capitalized && lo - k <= 3
                && !t[k..<lo].contains(where: { $0.kind != .word || !$0.capitalized })
        }
        if !opens, lo >= 4, t[lo - 1].isPunct(","), t[lo - 2].has(.familyNoun) {
            // "The Hilton sisters, Paris and Nicky, took turns": the family opens the sentence.
            var k = lo - 3
            while k > 0, t[k].kind == .word, t[k].capitalized, !t[k].sentenceStart { k -= 1 }
            opens = t[k].sentenceStart
        }
        guard opens, !first.afterDeterminer || g.count > 1 else { return false }
        var after = last.range.upperBound
        if after < t.count, t[after].isPunct(",") { after += 1 }
        return after < t.count && t[after].isLowercaseWord && !t[last.range.upperBound - 1].possessive
    }

    /// In a caption's leading name list, finds where the list ends and the description begins ("… Ariana DeBose,
    /// and Anitta Kerry and her husband hit the dancefloor"): the run that holds the end is cut, later runs of the
    /// group become a group of their own (the runs and the groups' ends, see ``group(_:_:ends:)``, are changed in
    /// place).
    func splitLeadList(_ runs: inout [Run], _ groupEnds: inout [Int], _ t: [Token], numbered: Bool) {
        let leadEnd = groupEnds[0]
        for i in 0..<leadEnd {
            let run = runs[i], isLast = i == leadEnd - 1
            if !isLast && isListBoundary(t, after: run.range) { continue }
            let cut = descriptionStart(run, itemsBefore: runs[..<i], t, isLast: isLast, numbered: numbered)
            guard let cut else { continue }
            runs[i] = Run(range: run.range.lowerBound..<cut, afterDeterminer: false, afterLate: false)
            if let rest = strip(Run(range: cut..<run.range.upperBound), t, restarting: true) {
                runs.insert(rest, at: i + 1)
                for k in groupEnds.indices { groupEnds[k] += 1 }
            }
            // The rest of the cut run and the runs after it, if any, are a group of their own.
            if groupEnds[0] > i + 1 { groupEnds.insert(i + 1, at: 0) }
            return
        }
    }

    /// The index where the description starts inside `run`, or nil when the whole run is names.
    func descriptionStart(_ run: Run, itemsBefore: ArraySlice<Run>, _ t: [Token], isLast: Bool, numbered: Bool) -> Int? {
        let lo = run.range.lowerBound, hi = run.range.upperBound
        let m = hi - lo
        // A list that ends with its line ("Elle Fanning" above a caption) has no description inside it.
        guard m > 1, hi < t.count, !t[hi].sentenceStart || t[hi].kind == .punctuation else { return nil }
        return NameSegmenter.withPrefixSplits(t[lo..<hi], knowledge, log: log) { prefixes in
            withUnsafeTemporaryAllocation(of: Double?.self, capacity: m + 1) { bonus in
                // The bonus of a cut after k tokens, nil where none may fall; after all m tokens, of the whole run as names.
                bonus.initialize(repeating: nil)
                bonus[m] = 0
                if isLast {
                    let followedByWord = hi < t.count && t[hi].isLowercaseWord
                    bonus[m] = numbered && (followedByWord || hi == t.count) ? -1 : 1.5
                }
                for k in 1..<m {
                    let r = t[lo + k]
                    var start = 0.0
                    let next = lo + k + 1 < t.count ? t[lo + k + 1] : nil
                    let opensClause = next.map { $0.isLowercaseWord || $0.kind == .number || $0.possessive } ?? true
                    if itemsBefore.contains(where: { t[$0.range].contains { $0.sameWord(as: r) } }) || t[lo..<(lo + k)].contains(where: { $0.sameWord(as: r) }) {
                        start = 4.5   // a name of the list said again opens the description: "… Jack Harlow Janelle and Jack had"
                    } else if !isLast {
                        continue      // inside the list only such a repeated name ends it
                    } else if r.has(.determiner) {
                        start = 2.5   // "… Lena Waithe The host …", "… Cardi B Our May/June cover …"
                    } else if knowledge.isCommon(r) && !knowledge.isFirstName(r) {
                        // "… Damson Idris Melanated magic …", "… Rodriguez Table 18 was …"; but "Stallion The" is no sentence.
                        start = opensClause ? 2.5 : 0
                    } else if r.has(.common) {
                        start = opensClause ? 1 : 0
                    }
                    if next?.isLowercaseWord == true { start += 0.5 }
                    bonus[k] = start
                }
                let bestK = Self.cut(prefixes, UnsafeBufferPointer(bonus))
                log?.noteCut(UnsafeBufferPointer(bonus), table: prefixes, chosen: bestK)
                return bestK < m ? lo + bestK : nil
            }
        }
    }

    /// How many tokens of a lead list's last run are names, given the best split of each prefix (its score is
    /// ``NameSegmenter/Step/best``) and the bonus of a cut after each number of tokens (nil where none may fall; the
    /// last for no cut): the best total, the first of equals.
    static func cut(_ prefixes: UnsafeBufferPointer<NameSegmenter.Step>, _ bonus: UnsafeBufferPointer<Double?>) -> Int {
        let m = prefixes.count - 1
        var bestK = m
        var bestScore = prefixes[m].best + bonus[m]!
        for k in 1..<m {
            if let b = bonus[k], prefixes[k].best + b > bestScore { bestScore = prefixes[k].best + b; bestK = k }
        }
        return bestK
    }

    /// The number of tokens of a heading line that opens the unit ("Elle Fanning" above its caption), or 0.
    func headingLength(_ unit: CaptionUnit, _ t: [Token]) -> Int {
        if unit.kind == .caption && !unit.text.containsByte(UInt8(ascii: "\n")) { return 0 }
        let firstLine = unit.text.prefix { !$0.isNewline }
        guard Segmenter.isHeading(Substring(firstLine)), firstLine.count < unit.text.count || unit.kind == .prose else { return 0 }
        let lineEnd = Int32(firstLine.utf8.count)
        return t.prefix { $0.start < lineEnd }.count
    }

    // MARK: Candidates and their roles

    /// Appends the candidates of one run to `out`.
    func candidates(for run: Run, next: Run?, in t: [Token], unit: CaptionUnit, index: Int, isLead: Bool, isHeading: Bool,
                    subject: Bool, bounded: Bool, into out: inout [Candidate]) {
        let r = run.range
        // Families: "the Wades", "the Hilton sisters".
        if run.afterDeterminer {
            if r.count == 1, let stem = pluralStem(t[r.lowerBound]) {
                let surname = knowledge.words.existing(stem)
                // The table may hold the stem by the next reading.
                if surname == nil { log?.ask(.unsettled) }
                out.append(Candidate(t[r.lowerBound...r.lowerBound], knowledge.words, mention: spell(unit.text, t[r.lowerBound]),
                                     role: baseRole(unit, subject: subject), evidence: .weak, unit: index,
                                     familySurname: [surname ?? knowledge.words.unknown]))
            } else if r.upperBound < t.count, t[r.upperBound].has(.familyNoun) {
                out.append(Candidate(t[r], knowledge.words, mention: spell(unit.text, t[r.lowerBound]), role: baseRole(unit, subject: subject),
                                     evidence: .weak, unit: index, familySurname: knowledge.words.pieces(t[r])))
            }
            return
        }
        if isBrand(r, t) || isWorkTitle(r, t) { return }
        let pieces = NameSegmenter.split(t[r], knowledge, log: log).pieces
        let first = out.count
        let relative = isRelative(before: r.lowerBound, t)
        for p in pieces {
            let tokens = t[p]
            if tokens.count == 1 && knowledge.isCommon(t[p.lowerBound]) && !isLead { continue }
            if !isLead && !isHeading && tokens.allSatisfy(\.allCaps) && !isFullName(t[p]) { continue }
            var evidence: Candidate.Evidence = .weak
            if isLead || isHeading || run.afterLate || relative {
                evidence = .position
            } else if tokens.count >= 2, (knowledge.isFirstName(t[p.lowerBound]) && !tokens.contains { knowledge.isCommon($0) && !knowledge.isFirstName($0) }) || isFullName(t[p]) {
                evidence = .strong
            } else if tokens.count == 1, isMononym(t[p.lowerBound].word) {
                evidence = .strong
            }
            var role = baseRole(unit, subject: subject)
            if isHeading { role = .present }
            if isPhotoCredit(before: r.lowerBound, t) { role = .credit; evidence = max(evidence, .strong) }
            if run.afterLate || relative || tokens.contains(where: \.quoted) || tokens.last!.possessive { role = .named }
            // Appended, then completed in place (a candidate copied costs a retain of each of its strings and arrays).
            out.append(Candidate(tokens, knowledge.words, mention: spell(unit.text, tokens.first!, tokens.last!), role: role, evidence: evidence, unit: index))
            out[out.count - 1].bounded = (bounded || isHeading) && p.upperBound == r.upperBound || (pieces.count > 1 && p.upperBound < r.upperBound)
            out[out.count - 1].heading = isHeading
        }
        // "Paris and Nicky Hilton": a lone first name before "and First Last" shares the surname.
        if out.count == first + 1, out[first].wordCount == 1, !isMononym(out[first].firstWord),
           r.upperBound + 2 < t.count, t[r.upperBound].isWord(.and) {
            let surname = next.map { t[$0.range.upperBound - 1] }
            if let next, let surname, next.range.lowerBound == r.upperBound + 1, next.range.count == 2, knowledge.isFirstName(t[next.range.lowerBound]),
               !surname.has(.determiner), !knowledge.isCommon(surname) || knowledge.isSurname(surname) {
                out[first].sharedSurname = knowledge.words.pieces(t[(next.range.upperBound - 1)..<next.range.upperBound])
                out[first].spelling = out[first].mention + " " + spell(unit.text, surname)
            }
        }
    }

    /// The text of tokens `first` through `last` as written.
    func spell(_ text: String, _ first: Token, _ last: Token? = nil) -> String {
        text.text(from: first, to: last ?? first)
    }

    // MARK: Questions about learned names, noted in the first reading

    /// ``NameKnowledge/isFullName(_:)``, noted.
    func isFullName(_ t: ArraySlice<Token>) -> Bool {
        if let log, let first = t.first, first.word >= 0, let head = knowledge.words.head(first.word) {
            log.ask(.fullName(head: head, fingerprint: knowledge.words.fingerprint(t)))
        }
        return knowledge.isFullName(t)
    }

    /// ``NameKnowledge/isMononym(_:)-(Int32)``, noted.
    func isMononym(_ w: Int32) -> Bool {
        if w >= 0 { log?.ask(.mononym(w)) }
        return knowledge.isMononym(w)
    }

    /// ``NameKnowledge/startsKnownName(_:)``, noted.
    func startsKnownName(_ t: ArraySlice<Token>) -> Bool {
        if let log, let first = t.first, first.word >= 0, let head = knowledge.words.head(first.word) { log.ask(.opensName(head)) }
        return knowledge.startsKnownName(t)
    }

    func baseRole(_ unit: CaptionUnit, subject: Bool) -> Role { unit.kind == .caption || subject ? .present : .named }

    /// "Wades" → "wade": the surname in a plural.
    /// A family is resolved only to people of the same article with that surname, so a plural that is also a
    /// word ("the Wades") is safe.
    func pluralStem(_ tok: Token) -> String? {
        let f = knowledge.folded(tok)
        guard f.count > 3, f.hasSuffix("s"), !f.hasSuffix("ss") else { return nil }
        if f.hasSuffix("ses") || f.hasSuffix("zes") || f.hasSuffix("xes") { return String(f.dropLast(2)) }   // the Joneses
        return String(f.dropLast())
    }

    /// "(Photo by X/Getty Images)", "photographed by X" left in a caption's text.
    func isPhotoCredit(before lo: Int, _ t: [Token]) -> Bool {
        guard lo >= 2, t[lo - 1].isWord(.by) else { return false }
        return t[lo - 2].has(.photoWord)
    }

    /// "daughter of X", "second child with X", "her husband, writer and director X".
    func isRelative(before lo: Int, _ t: [Token]) -> Bool {
        guard lo > 0 else { return false }
        if lo >= 2, t[lo - 1].isWord(.ofOrWith), t[lo - 2].has(.relative) { return true }
        var k = lo - 1
        var words = 0
        while k >= 0, t[k].isLowercaseWord, words < 4 { k -= 1; words += 1 }
        guard k >= 1, t[k].isPunct(",") else { return false }
        k -= 1
        // Skip a parenthesis: "her new (ish) husband, …".
        if t[k].isPunct(")") { while k > 0, !t[k].isPunct("(") { k -= 1 }; k -= 1 }
        // "the Hilton sisters, Paris and Nicky": a family's members, not their relatives.
        if k >= 1, t[k - 1].kind == .word, t[k - 1].capitalized { return false }
        return k >= 0 && t[k].has(.relative)
    }

    /// "Jimmy Choo gold boots", "a very pink Harris Reed look.".
    func isBrand(_ r: Range<Int>, _ t: [Token]) -> Bool {
        var k = r.upperBound
        var skipped = 0
        while k < t.count, t[k].isLowercaseWord, skipped < 3 {
            if t[k].has(.product) { return true }
            if t[k].has(.look), k + 1 == t.count || t[k + 1].kind == .punctuation, !t[r.lowerBound].sentenceStart { return true }
            if t[k].has(.functionWord) { return false }
            k += 1
            skipped += 1
        }
        return false
    }

    /// "Emily in Paris star", "The Moonlight co-stars": a title, possibly continued by a connector and more
    /// capitalised words, then a word for a work's people.
    func isWorkTitle(_ r: Range<Int>, _ t: [Token]) -> Bool {
        var k = r.upperBound
        var afterConnector = false
        while k < t.count, k - r.upperBound < 5 {
            let tok = t[k]
            if tok.isLowercaseWord && tok.has(.workNoun) { return true }
            if tok.isLowercaseWord && tok.has(.titleConnector) && !afterConnector {
                afterConnector = true
            } else if tok.kind == .word && tok.capitalized && afterConnector {
                afterConnector = false
            } else {
                return false
            }
            k += 1
        }
        return false
    }

    /// Names in a credit: "Photo by Kevin Mazur/…" is a credit; "@ritaora" is a handle for the resolver.
    func creditCandidates(_ credit: String, index: Int, into out: inout [Candidate]) {
        let t = Tokenizer.tokens(credit, knowledge.words)
        for k in t.indices where t[k].kind == .handle {
            out.append(Candidate(t[k...k], knowledge.words, mention: spell(credit, t[k]), role: .present, evidence: .weak, unit: index,
                                 handle: knowledge.folded(t[k])))
        }
        for run in findRuns(t, from: 0) {
            let afterBy = run.range.lowerBound > 0 && t[run.range.lowerBound - 1].isWord(.by)
            for p in NameSegmenter.split(t[run.range], knowledge, log: log).pieces where p.count >= 2 {
                let tokens = t[p]
                guard afterBy || knowledge.isFirstName(tokens.first!) else { continue }
                out.append(Candidate(tokens, knowledge.words, mention: spell(credit, tokens.first!, tokens.last!),
                                     role: .credit, evidence: .position, unit: index))
            }
        }
    }
}
