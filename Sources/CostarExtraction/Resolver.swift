import CostarCorpus

/// Resolves candidates to people: one identity per person across the corpus.
///
/// 1. Full names (two words or more) become identities, keyed by their folded words (case, diacritics, hyphens
///    and dots do not matter: "Janelle Monaé" = "Janelle Monáe", "Jodie Turner Smith" = "Jodie Turner-Smith").
/// 2. Identities merge when one is a spelling of the other: one letter apart in a word of five letters or more in
///    the same article ("Rodrigez"/"Rodriguez"); a word dropped in the same article ("La Anthony"/"La La Anthony");
///    a part of a longer name in the same article ("Michaela Jaé"); a nickname with a shortened surname that fits
///    one person only ("Em Rata"/"Emily Ratajkowski").
/// 3. A lone word or a partial name resolves inside its document only, when exactly one identity of that document
///    has it as first name (or nickname), as surname, or as a run of its words; otherwise a listed single word is
///    a mononym ("Lizzo"), and anything else is dropped.
/// 4. Handles in credits ("@ritaora") resolve to a person of the same document whose name they spell.
struct Resolver {
    /// The corpus's words; its lexicon answers name frequencies and nicknames.
    let words: WordTable
    var lexicon: NameLexicon { words.lexicon }
    /// Document number of each unit.
    let unitDocument: [Int]
    /// Name of each document, by number.
    let documentName: [String]
    /// Unit id of each unit (read only for the audit records: empty without ``audits``).
    let unitID: [String]
    /// Whether to build a ``PersonRecord`` of each person (otherwise only their names).
    var audits = true

    /// A candidate resolved to an identity. The mention, its spelling, role and unit are the candidate's: a
    /// resolved mention is two numbers, copied and sorted without touching a string.
    struct Resolved {
        var identity: Int
        /// Index of the candidate it comes from: mentions keep the order of the text.
        var order: Int

        init(_ identity: Int, _ order: Int) {
            self.identity = identity
            self.order = order
        }
    }

    func resolve(_ candidates: [Candidate]) -> (mentions: [Resolved], people: [PersonRecord], names: [String?]) {
        // Candidates by document, in corpus order.
        var byDocument = [[Int]](repeating: [], count: documentName.count)
        for k in candidates.indices { byDocument[unitDocument[candidates[k].unit]].append(k) }
        // 1. Full names.
        var (ids, fullNameOf) = fullNames(candidates)
        let documentMembers = members(candidates, byDocument, fullNameOf, &ids)
        // 2. Merges inside each document, then nicknames with a short surname across the corpus.
        mergeInDocuments(candidates, fullNameOf, documentMembers, &ids)
        mergeNicknames(&ids)
        // 3. Every candidate to an identity.
        var (resolved, pending) = resolveInDocuments(candidates, byDocument, fullNameOf, documentMembers, &ids)
        // Mononyms and other listed names that match no one in their document.
        func listed(_ c: Candidate) -> Bool { c.evidence >= .position || (c.evidence == .strong && c.wordCount == 1) }
        candidates.withUnsafeBufferPointer { all in
            for order in pending where listed(all[order]) {
                resolved.append(Resolved(ids.add(all[order].pieces), order))
            }
            for order in pending where !listed(all[order]) {
                if let i = ids.lookup(all[order].pieces), ids.names[i].count == 1 {
                    resolved.append(Resolved(ids.find(i), order))
                }
            }
        }
        return finish(&resolved, &ids, candidates)
    }

    /// How many parts the work of the steps is cut into (ranges of candidates, documents or identities, read
    /// concurrently and put together in order); the result does not depend on it.
    var parts = 1

    /// A name of two words or more, sure enough to be an identity of its own.
    static func isFull(_ c: Candidate) -> Bool {
        c.wordCount >= 2 && c.evidence >= .strong && c.handle == nil && c.familySurname == nil
    }

    /// Step 1: the identities of the full names, numbered in corpus order, and each candidate's (-1 when it is not
    /// a full name). Each part numbers its own names; the later parts' are then added in order, so the numbers are
    /// those of one reading from the start. Candidates are read in place (a copy of one costs a retain of each of
    /// its strings and arrays).
    private func fullNames(_ candidates: [Candidate]) -> (Identities, [Int]) {
        let ranges = Parallel.ranges(candidates.count, parts: parts), words = self.words
        var found = Parallel.map(ranges.count) { p in
            candidates.withUnsafeBufferPointer { all in
                var ids = Identities(words: words)
                var of = [Int](repeating: -1, count: ranges[p].count)
                for k in ranges[p] where Self.isFull(all[k]) { of[k - ranges[p].lowerBound] = ids.add(all[k].pieces) }
                return (ids: ids, of: of)
            }
        }
        // The first part's numbers are the corpus's: its arrays are moved, not copied.
        var ids = Identities(words: words), fullNameOf: [Int] = []
        swap(&ids, &found[0].ids)
        swap(&fullNameOf, &found[0].of)
        for p in found.indices.dropFirst() {
            let renumber = found[p].ids.names.map { ids.add(Array($0)) }
            fullNameOf += found[p].of.map { $0 < 0 ? -1 : renumber[$0] }
        }
        return (ids, fullNameOf)
    }

    /// The identities written in full in each document, and lone first names that share the next name's surname
    /// ("Paris and Nicky Hilton") when they name no one else there. Parts are ranges of documents: a part numbers
    /// the names new to `ids` after those of `ids`, and they are added afterwards, part after part.
    private func members(_ candidates: [Candidate], _ byDocument: [[Int]], _ fullNameOf: [Int], _ ids: inout Identities) -> [[Int]] {
        let ranges = Parallel.ranges(documentName.count, parts: parts), known = ids, base = ids.names.count
        let table = ids.names
        let found = Parallel.map(ranges.count) { p in
            table.read { names in candidates.withUnsafeBufferPointer { all in
                var docs = DocumentNames(listingHolders: false)
                var new = Identities(words: known.words)
                var members: [[Int]] = []
                for d in ranges[p] {
                    docs.reset()
                    for k in byDocument[d] where fullNameOf[k] >= 0 && !docs.contains(fullNameOf[k]) {
                        docs.insert(fullNameOf[k], names[fullNameOf[k]])
                    }
                    for k in byDocument[d] {
                        let c = all.baseAddress! + k
                        guard let surname = c.pointee.sharedSurname, c.pointee.pieces.count == 1 else { continue }
                        // No identity is merged yet, so a first name names no one else when it is not exactly one's.
                        if docs.byFirst(c.pointee.pieces[0]).count != 1 {
                            let name = Array(c.pointee.pieces) + surname
                            docs.insert(known.lookup(name) ?? base + new.add(name), name)
                        }
                    }
                    members.append(docs.members)
                }
                return (members: members, new: new.names)
            } }
        }
        var documentMembers: [[Int]] = []
        documentMembers.reserveCapacity(documentName.count)
        for part in found {
            let renumber = part.new.map { ids.add(Array($0)) }
            for var m in part.members {
                for j in m.indices where m[j] >= base { m[j] = renumber[m[j] - base] }
                documentMembers.append(m)
            }
        }
        return documentMembers
    }

    /// A merge that step 2 may make inside a document: `a` and `b` a letter apart (merged when never listed
    /// together), or `a` part of `b` (merged when every name of the document it is part of, `wholes`, is one person).
    private enum Merge {
        case typo(Int, Int, reason: String, document: Int)
        case part(Int, Int, wholes: [Int], document: Int)
    }

    /// Step 2: merges inside each document, comparing only names that share a word. Finding the pairs depends only
    /// on the names, so ranges of the documents (in name order) are searched concurrently; the merges are then made
    /// in that order, each tested against the merges before it.
    private func mergeInDocuments(_ candidates: [Candidate], _ fullNameOf: [Int], _ documentMembers: [[Int]], _ ids: inout Identities) {
        let order = documentName.indices.filter { documentMembers[$0].count > 1 }.sorted { documentName[$0] < documentName[$1] }
        let ranges = Parallel.ranges(order.count, parts: parts), table = ids.names
        let found = Parallel.map(ranges.count) { p in table.read { names in
            var docs = DocumentNames()
            var merges: [Merge] = []
            var sharing: [Int] = []
            for d in order[ranges[p]] {
                docs.reset()
                for i in documentMembers[d] { docs.insert(i, names[i]) }
                for a in docs.members {
                    let ta = names[a]
                    docs.sharingAWord(with: ta, into: &sharing)
                    var wholes: [Int]? = nil
                    for b in sharing where b != a {
                        let tb = names[b]
                        if ta.count == tb.count, a < b, let reason = typo(ta, tb) {
                            merges.append(.typo(a, b, reason: reason, document: d))
                        } else if ta.count < tb.count, isPart(ta, of: tb) {
                            if wholes == nil { wholes = sharing.filter { names[$0].count > ta.count && isPart(ta, of: names[$0]) } }
                            merges.append(.part(a, b, wholes: wholes!, document: d))
                        }
                    }
                }
            }
            return merges
        } }
        // Two spellings listed in the same caption are two people ("Mary Abbot, Mary Abbott").
        var typos = Set<Int>()
        for case let .typo(a, b, _, _) in found.joined() { typos.formUnion([a, b]) }
        let fullNameUnits = units(writingInFull: typos, candidates, fullNameOf)
        func neverListedTogether(_ a: Int, _ b: Int) -> Bool { Set(fullNameUnits[a] ?? []).isDisjoint(with: fullNameUnits[b] ?? []) }
        for merge in found.joined() {
            switch merge {
            case let .typo(a, b, reason, d):
                if neverListedTogether(a, b) { ids.union(a, b, reason: "\(reason) in \(documentName[d])") }
            case let .part(a, b, wholes, d):
                if ids.areOne(wholes) {
                    ids.union(a, b, reason: "'\(words.joined(ids.names[a]))' is part of '\(words.joined(ids.names[b]))' in \(documentName[d])")
                }
            }
        }
    }

    /// The units where each of `identities` is written in full.
    private func units(writingInFull identities: Set<Int>, _ candidates: [Candidate], _ fullNameOf: [Int]) -> [Int: [Int]] {
        var units: [Int: [Int]] = [:]
        guard let highest = identities.max() else { return units }
        var wanted = [Bool](repeating: false, count: highest + 1)
        for i in identities { wanted[i] = true }
        for k in candidates.indices where fullNameOf[k] >= 0 && fullNameOf[k] <= highest && wanted[fullNameOf[k]] {
            units[fullNameOf[k], default: []].append(candidates[k].unit)
        }
        return units
    }

    /// A nickname and a shortened surname ("Em Rata" for "Emily Ratajkowski"): the identities whose surname
    /// starts with the short one are a run of the surnames in sorted order, found by binary search. The identities
    /// are searched in parts, and merged in order afterwards.
    private func mergeNicknames(_ ids: inout Identities) {
        let known = ids, bySurname = SurnameIndex(known.names, words)
        let ranges = Parallel.ranges(known.names.count, parts: parts)
        let found = Parallel.map(ranges.count) { p in
            var out: [(a: Int, matches: [Int])] = []
            for a in ranges[p] where known.names[a].count == 2 {
                let first = words.folded(known.names[a].first!), short = words.folded(known.names[a].last!)
                guard short.count >= 3 else { continue }
                var matches: [Int] = []
                for s in bySurname.run(startingWith: short) where bySurname.surnames[s] != short {
                    for (b, otherFirst) in bySurname.names(s) {
                        let other = words.folded(otherFirst)
                        guard b != a, first != other, lexicon.areNicknameVariants(first, other) else { continue }
                        matches.append(b)
                    }
                }
                if !matches.isEmpty { out.append((a, matches)) }
            }
            return out
        }
        for (a, matches) in found.joined() where ids.areOne(matches) {
            let m = matches.min()!
            ids.union(a, m, reason: "'\(words.joined(ids.names[a]))' is a nickname and short surname of '\(words.joined(ids.names[m]))'")
        }
    }

    /// What step 3 makes of a range of documents: the resolved candidates, the merge reasons to note (audits only)
    /// and the candidates left for the mononym step, each in corpus order.
    private struct Resolution: Sendable {
        var resolved: [Resolved] = []
        var notes: [(identity: Int, reason: String)] = []
        var pending: [Int] = []
    }

    /// Step 3: every candidate to an identity, in ranges of documents read concurrently (no identity merges
    /// any more); the candidates that resolve to no one are returned for the mononym step.
    private func resolveInDocuments(_ candidates: [Candidate], _ byDocument: [[Int]], _ fullNameOf: [Int], _ documentMembers: [[Int]],
                                    _ ids: inout Identities)
        -> (resolved: [Resolved], pending: [Int]) {
        ids.flatten()
        let ranges = Parallel.ranges(documentName.count, parts: parts), known = ids, table = ids.names
        var found = Parallel.map(ranges.count) { p in
            table.read { names in candidates.withUnsafeBufferPointer { all in
                // The first part's array takes the others' afterwards: it has room for every candidate.
                resolve(all, byDocument, fullNameOf, documentMembers, known, names, in: ranges[p], room: p == 0 ? all.count : nil)
            } }
        }
        var noted = Set<String>()
        var resolved: [Resolved] = [], pending: [Int] = []
        swap(&resolved, &found[0].resolved)
        for p in found.indices {
            if p > 0 { resolved += found[p].resolved }
            pending += found[p].pending
            for (i, reason) in found[p].notes where noted.insert("\(i) \(reason)").inserted { ids.reasons[i, default: []].append(reason) }
        }
        return (resolved, pending)
    }

    /// Step 3 for the documents of `range`, with room for `room` resolved candidates (by default, for those of the range).
    private func resolve(_ all: UnsafeBufferPointer<Candidate>, _ byDocument: [[Int]], _ fullNameOf: [Int], _ documentMembers: [[Int]],
                         _ ids: Identities, _ names: NameTable.Names, in range: Range<Int>, room: Int?) -> Resolution {
        var out = Resolution()
        out.resolved.reserveCapacity(room ?? byDocument[range].reduce(0) { $0 + $1.count })
        var docs = DocumentNames()
        for d in range {
            // The document's names are indexed when a candidate first needs them (full names resolve without).
            var loaded = false
            func loadOnce() {
                guard !loaded else { return }
                docs.reset()
                for i in documentMembers[d] { docs.insert(i, names[i]) }
                loaded = true
            }
            for order in byDocument[d] {
                let c = all.baseAddress! + order
                if let handle = c.pointee.handle {
                    loadOnce()
                    if let i = unique(docs.members, ids, where: { handleMatches(handle, $0.map { words.folded($0) }) }) {
                        out.resolved.append(Resolved(ids.root(i), order))
                    }
                    continue
                }
                if let family = c.pointee.familySurname, let last = family.last {
                    loadOnce()
                    let roots = Set(docs.byLast(last).filter { ids.names[$0].suffix(family.count).elementsEqual(family) }.map { ids.root($0) })
                    for r in roots.sorted() { out.resolved.append(Resolved(r, order)) }
                    continue
                }
                if let surname = c.pointee.sharedSurname, let i = ids.lookup(Array(c.pointee.pieces) + surname) {
                    out.resolved.append(Resolved(ids.root(i), order))
                    continue
                }
                // A full name is the identity step 1 found for it.
                if fullNameOf[order] >= 0 {
                    out.resolved.append(Resolved(ids.root(fullNameOf[order]), order))
                    continue
                }
                loadOnce()
                if let (i, how) = resolvePartial(c.pointee.pieces, docs, ids) {
                    out.resolved.append(Resolved(i, order))
                    if audits { out.notes.append((i, "'\(c.pointee.mention)' is \(how) '\(ids.key(i))' in \(documentName[d])")) }
                    continue
                }
                out.pending.append(order)
            }
        }
        return out
    }

    /// A lone word or partial name: the one identity of the document it fits.
    func resolvePartial(_ name: NamePieces, _ docs: DocumentNames, _ ids: Identities) -> (Int, String)? {
        guard let w = name.first else { return nil }
        if name.count == 1 {
            if let i = unique(docs.byFirst(w), ids, where: { _ in true }) { return (ids.root(i), "the first name of the only") }
            if let i = unique(docs.byLast(w), ids, where: { _ in true }) { return (ids.root(i), "the surname of the only") }
            let f = words.folded(w)
            let variants = Set(lexicon.formalNames(of: f) + lexicon.nicknames(of: f)).flatMap { v in lexicon.formalNames(of: v) + [v] }
            let byVariant = Set(variants).sorted().flatMap { v in words.existing(v).map { docs.byFirst($0) } ?? [] }
            if let i = unique(byVariant, ids, where: { lexicon.areNicknameVariants(f, words.folded($0.first!)) }) {
                return (ids.root(i), "a nickname of the only")
            }
            return nil
        }
        return unique(docs.byWord(w), ids, where: { $0.count > name.count && isPart(name, of: $0) }).map { (ids.root($0), "part of the only") }
    }

    /// The one identity (after merges) among `members` whose words satisfy `test`, or nil if none or several.
    func unique(_ members: [Int], _ ids: Identities, where test: (ArraySlice<Int32>) -> Bool) -> Int? {
        var found: Int? = nil
        var root: Int? = nil
        for m in members where test(ids.names[m]) {
            let r = ids.root(m)
            if let root, root != r { return nil }
            root = r
            found = m
        }
        return found
    }

    /// One word differs by one letter (both at least five letters long), and the two spellings are not both
    /// established surnames: "Rodrigez" (0.001 % in the Census) is a slip for "Rodriguez" (0.229 %), but "Aadland"
    /// and "Aaland" are two families.
    func typo(_ a: some RandomAccessCollection<Int32>, _ b: some RandomAccessCollection<Int32>) -> String? {
        var diff: (Int32, Int32)? = nil
        for (x, y) in zip(a, b) where x != y {
            if diff != nil { return nil }
            diff = (x, y)
        }
        guard let (wx, wy) = diff else { return nil }
        let x = words.folded(wx), y = words.folded(wy)
        guard min(x.count, y.count) >= 5, editDistance(x, y, limit: 1) == 1 else { return nil }
        let fx = lexicon.surnameFrequency(x) ?? lexicon.firstNameFrequency(x)
        let fy = lexicon.surnameFrequency(y) ?? lexicon.firstNameFrequency(y)
        if let fx, let fy {
            let (rare, common) = (min(fx, fy), max(fx, fy))
            guard common >= 0.01, common >= 10 * rare else { return nil }
        }
        return "'\(x)' and '\(y)' are one letter apart"
    }

    /// `part` keeps the first word of `whole` and the rest in order ("la anthony" in "la la anthony"), or is a
    /// run of its words ("michaela jae" in "michaela jae rodriguez", "thee stallion" in "megan thee stallion").
    func isPart<Part: RandomAccessCollection<Int32>, Whole: RandomAccessCollection<Int32>>(_ part: Part, of whole: Whole) -> Bool
        where Part.Index == Int, Whole.Index == Int {
        guard part.count < whole.count, !part.isEmpty else { return false }
        for s in whole.startIndex...(whole.endIndex - part.count) where whole[s..<(s + part.count)].elementsEqual(part) { return true }
        guard part.first == whole.first, part.last == whole.last else { return false }
        var i = part.startIndex
        for w in whole where i < part.endIndex && w == part[i] { i += 1 }
        return i == part.endIndex
    }

    /// "ritaora" = Rita Ora, "lilyjcollins" ⊃ lily…collins, "emrata" = Em(ily) Rata(jkowski), "jvn_official" = J. V. N.
    func handleMatches(_ handle: String, _ name: [String]) -> Bool {
        guard name.count >= 2 else { return false }
        var h = handle.replacingUnderscores()
        for affix in ["official", "real", "the", "hq"] {
            if h.hasSuffix(affix) && h.count > affix.count + 2 { h.removeLast(affix.count) }
            if h.hasPrefix(affix) && h.count > affix.count + 2 { h.removeFirst(affix.count) }
        }
        let joined = name.joined()
        if h == joined { return true }
        let first = name[0], last = name.last!
        if h.hasPrefix(first) && h.hasSuffix(last) && h.count <= first.count + last.count + 2 { return true }
        if h == String(name.compactMap(\.first)) { return true }
        for cut in 2..<max(2, h.count - 2) {
            let a = String(h.prefix(cut)), b = String(h.dropFirst(cut))
            if b.count >= 3, last.hasPrefix(b), a != first, lexicon.areNicknameVariants(a, first) { return true }
        }
        return false
    }

    /// Role-resolved mentions in text order, merged records, and each identity's canonical name (nil for one
    /// without mentions).
    func finish(_ resolved: inout [Resolved], _ ids: inout Identities, _ candidates: [Candidate]) -> ([Resolved], [PersonRecord], [String?]) {
        // In text order (a family's members, found together, by identity).
        resolved.sort { ($0.order, $0.identity) < ($1.order, $1.identity) }
        for k in resolved.indices { resolved[k].identity = ids.find(resolved[k].identity) }
        // Each identity's spellings and units, in text order. Part p tallies identities p, p + parts, p + 2 × parts…
        // (the most frequent names come first: interleaving shares them out), reading every mention.
        let n = ids.names.count, shares = max(1, min(parts, n)), mentions = resolved, audits = self.audits
        let tallies = Parallel.map(shares) { p in
            candidates.withUnsafeBufferPointer { all in
                let count = (n - p + shares - 1) / shares
                var spellings = [SpellingTally](repeating: SpellingTally(), count: count)
                var units = [[Int]](repeating: [], count: audits ? count : 0)
                for m in mentions where m.identity % shares == p {
                    let c = all.baseAddress! + m.order, i = m.identity / shares
                    spellings[i].add(c.pointee.spelling ?? c.pointee.mention)
                    if audits, units[i].last != c.pointee.unit { units[i].append(c.pointee.unit) }
                }
                return (spellings: spellings, units: units)
            }
        }
        let spellings = (0..<n).map { tallies[$0 % shares].spellings[$0 / shares] }
        let units = audits ? (0..<n).map { tallies[$0 % shares].units[$0 / shares] } : []
        let out = resolved
        resolved = []
        var names = [String?](repeating: nil, count: ids.names.count)
        var people: [PersonRecord] = []
        for i in ids.names.indices where !spellings[i].isEmpty {
            let name: String
            if let only = spellings[i].only {
                name = isShouted(only) ? titleCased(only) : only
            } else {
                let s = spellings[i].counts
                // Each spelling's key is read once: its number of words, and its rank (not shouted, seen more often,
                // spelling the representative key, known to the lexicon).
                let representative = ids.key(i)
                let spelt = s.map { spelling, count in
                    let key = words.key(of: spelling)
                    return (spelling: spelling, words: key.split(separator: " ").count,
                            rank: (isShouted(spelling) ? 0 : 1, count, key == representative ? 1 : 0, plausibility(spelling)))
                }
                // Prefer spellings with every word of the name.
                let full = spelt.filter { $0.words == ids.names[i].count }
                let pool = full.isEmpty ? spelt : full
                let best = pool.max { a, b in a.rank != b.rank ? a.rank < b.rank : a.spelling > b.spelling }!.spelling
                name = isShouted(best) ? titleCased(best) : best
            }
            names[i] = name
            guard audits else { continue }
            // Mentions were read in text order, so each identity's units are already sorted and distinct.
            let us = units[i]
            people.append(PersonRecord(name: name, spellings: spellings[i].counts,
                                       documents: Array(Set(us.map { documentName[unitDocument[$0]] })).sorted(),
                                       units: us.map { unitID[$0] }, reasons: ids.reasons[i] ?? []))
        }
        people.sort { $0.name < $1.name }
        return (out, people, names)
    }

    /// A spelling in capitals throughout ("KERRY WASHINGTON").
    func isShouted(_ s: String) -> Bool {
        // ASCII, the usual case, is read byte by byte: there a letter is a character, and its case its byte's.
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            var letters = 0
            for b in s.utf8 {
                if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") { return false }
                if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { letters += 1 }
            }
            return letters > 1
        }
        let letters = s.filter(\.isLetter)
        return letters.count > 1 && letters.allSatisfy { !$0.isLowercase }
    }

    /// "KERRY WASHINGTON" → "Kerry Washington"; suffixes such as "II" stay.
    func titleCased(_ s: String) -> String {
        s.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            if ContextWords.suffixes.contains(word.lowercased()) && word.count <= 3 { return String(word) }
            var out = ""
            var startOfPart = true
            for c in word {
                out += startOfPart ? c.uppercased() : c.lowercased()
                startOfPart = c == "-" || c == "'" || c == "’" || c == "."
            }
            return out
        }.joined(separator: " ")
    }

    /// How well the lexicon knows a spelling's words (one point a known word, plus its frequency in percent):
    /// "Rodriguez" beats "Rodrigez".
    func plausibility(_ spelling: String) -> Double {
        Tokenizer.tokens(spelling, words).reduce(0) { total, t in
            guard t.word >= 0 else { return total }
            let folded = words.folded(t.word)
            let f = lexicon.firstNameFrequency(folded) ?? lexicon.surnameFrequency(folded)
            return total + (f.map { 1 + $0 } ?? 0)
        }
    }
}

/// The identities of two words or more by surname (their last word), the surnames in sorted order. The distinct
/// surnames are sorted once, as words, rather than once an identity.
struct SurnameIndex: Sendable {
    /// The distinct surnames, sorted; words whose folded forms compare equal are one surname.
    let surnames: [String]
    /// `byNumber[start[s]..<start[s + 1]]` are the identities with surname `s`, in increasing order, with their first
    /// words (read here rather than from each identity's array).
    private let start: [Int]
    private let byNumber: [(identity: Int, first: Int32)]

    /// Indexes the identities with these pieces.
    init(_ names: NameTable, _ words: WordTable) {
        var isSurname = [Bool](repeating: false, count: words.count)
        for t in names where t.count >= 2 { isSurname[Int(t.last!)] = true }
        let sorted = isSurname.indices.filter { isSurname[$0] }.map { (word: $0, text: words.folded(Int32($0))) }
            .sorted { $0.text < $1.text }
        var surnames: [String] = []
        var surnameOf = [Int32](repeating: -1, count: words.count)
        for w in sorted {
            if surnames.last != w.text { surnames.append(w.text) }
            surnameOf[w.word] = Int32(surnames.count - 1)
        }
        // Counted, then placed in increasing order of identity.
        var start = [Int](repeating: 0, count: surnames.count + 1)
        for t in names where t.count >= 2 { start[Int(surnameOf[Int(t.last!)]) + 1] += 1 }
        for s in surnames.indices { start[s + 1] += start[s] }
        var byNumber = [(identity: Int, first: Int32)](repeating: (0, 0), count: start[surnames.count])
        var next = start
        for i in names.indices where names[i].count >= 2 {
            let s = Int(surnameOf[Int(names[i].last!)])
            byNumber[next[s]] = (i, names[i].first!)
            next[s] += 1
        }
        (self.surnames, self.start, self.byNumber) = (surnames, start, byNumber)
    }

    /// The surnames that start with `prefix` (a run of the sorted ones, found by binary search).
    func run(startingWith prefix: String) -> Range<Int> {
        var lo = 0, hi = surnames.count
        while lo < hi { let mid = (lo + hi) / 2; if surnames[mid] < prefix { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < surnames.count, surnames[end].hasPrefix(prefix) { end += 1 }
        return lo..<end
    }

    /// The identities with surname `s`, in increasing order, with their first words.
    func names(_ s: Int) -> ArraySlice<(identity: Int, first: Int32)> { byNumber[start[s]..<start[s + 1]] }
}

/// How often each spelling of one identity was seen. Most identities have a single spelling, counted by comparing
/// it with the next one; a second spelling moves the tally into a dictionary.
struct SpellingTally {
    /// The spelling, while there is only one.
    private(set) var only: String? = nil
    private var onlyCount = 0
    /// Every spelling with its count, once there are two or more.
    private var several: [String: Int]? = nil

    /// True before the first spelling.
    var isEmpty: Bool { only == nil && several == nil }

    /// Counts one more sighting of `spelling`.
    mutating func add(_ spelling: String) {
        if several != nil {
            several![spelling, default: 0] += 1
        } else if let only, only != spelling {
            several = [only: onlyCount, spelling: 1]
            self.only = nil
        } else {
            only = spelling
            onlyCount += 1
        }
    }

    /// Every spelling with how often it was seen.
    var counts: [String: Int] { several ?? only.map { [$0: onlyCount] } ?? [:] }
}

/// The full-name identities of one document, indexed by their words so that resolution and merges look only at
/// names that can match. One value is reused document after document: a small document's few names are scanned,
/// a large one's are hashed by first and last word; every word's holders are listed either way.
struct DocumentNames {
    /// The identities, in the order they were added.
    private(set) var members: [Int] = []
    /// The first and last word of each member (all the scans and hashes read).
    private var ends: [(first: Int32, last: Int32)] = []
    private var first: [Int32: [Int]] = [:]
    private var last: [Int32: [Int]] = [:]
    /// The document each identity was last inserted for (its ``stamp``): whether it is a member, in one look.
    private var insertedFor: [Int32] = []
    private var stamp: Int32 = 1
    /// The identities with each word, as lists threaded through ``holders``: the last holder of word `w` is
    /// `holders[lastHolder[w].holder]` when `lastHolder[w].stamp` is the current ``stamp``.
    private var lastHolder: [(holder: Int32, stamp: Int32)] = []
    private var holders: [(id: Int, previous: Int32)] = []
    private var hashed = false
    /// Whether every word's holders are listed (``byWord(_:)`` and ``sharingAWord(with:into:)`` need them).
    private let listsHolders: Bool
    /// Above this many names the document is hashed rather than scanned.
    static let scanLimit = 160

    /// An empty index; without `listingHolders`, names are found by their first and last words only.
    init(listingHolders: Bool = true) { listsHolders = listingHolders }

    /// Empties the index for the next document.
    mutating func reset() {
        members.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        stamp += 1
        holders.removeAll(keepingCapacity: true)
        if hashed {
            first.removeAll(keepingCapacity: true)
            last.removeAll(keepingCapacity: true)
            hashed = false
        }
    }

    /// True when the identity was inserted since the last ``reset()``.
    func contains(_ id: Int) -> Bool { id < insertedFor.count && insertedFor[id] == stamp }

    /// Adds an identity with these pieces (once).
    mutating func insert<Words: RandomAccessCollection<Int32>>(_ id: Int, _ words: Words) where Words.Index == Int {
        if id >= insertedFor.count { insertedFor += repeatElement(0, count: max(id + 1 - insertedFor.count, insertedFor.count)) }
        guard !words.isEmpty, !contains(id) else { return }
        insertedFor[id] = stamp
        members.append(id)
        ends.append((words.first!, words.last!))
        for j in words.indices where listsHolders && Self.isFirst(j, in: words) {
            let w = Int(words[j])
            if w >= lastHolder.count { lastHolder += repeatElement((holder: -1, stamp: 0), count: max(w + 1 - lastHolder.count, lastHolder.count)) }
            let previous = lastHolder[w].stamp == stamp ? lastHolder[w].holder : -1
            lastHolder[w] = (Int32(holders.count), stamp)
            holders.append((id, previous))
        }
        if hashed {
            index(members.count - 1)
        } else if members.count > Self.scanLimit {
            hashed = true
            for k in members.indices { index(k) }
        }
    }

    private mutating func index(_ k: Int) {
        let id = members[k]
        first[ends[k].first, default: []].append(id)
        last[ends[k].last, default: []].append(id)
    }

    /// True when `words[j]` is the word's first occurrence in `words` (read by index: a slice would retain the array).
    private static func isFirst<Words: RandomAccessCollection<Int32>>(_ j: Int, in words: Words) -> Bool where Words.Index == Int {
        for i in words.startIndex..<j where words[i] == words[j] { return false }
        return true
    }

    private func scan(_ test: ((first: Int32, last: Int32)) -> Bool) -> [Int] {
        var out: [Int] = []
        for k in members.indices where test(ends[k]) { out.append(members[k]) }
        return out
    }

    /// The identities whose first word is `w`.
    func byFirst(_ w: Int32) -> [Int] { hashed ? first[w] ?? [] : scan { $0.first == w } }
    /// The identities whose last word is `w`.
    func byLast(_ w: Int32) -> [Int] { hashed ? last[w] ?? [] : scan { $0.last == w } }
    /// The identities with `w` among their words, last added first.
    func byWord(_ w: Int32) -> [Int] {
        var out: [Int] = []
        appendHolders(of: w, to: &out)
        return out
    }

    /// Appends the identities with word `w`, last added first.
    private func appendHolders(of w: Int32, to out: inout [Int]) {
        let w = Int(w)
        guard w < lastHolder.count, lastHolder[w].stamp == stamp else { return }
        var h = lastHolder[w].holder
        while h >= 0 { out.append(holders[Int(h)].id); h = holders[Int(h)].previous }
    }

    /// Identities that share at least one word with `words`, each once, in increasing order, in `out` (emptied
    /// first; a caller asking for name after name reuses one array).
    func sharingAWord<Words: RandomAccessCollection<Int32>>(with words: Words, into out: inout [Int]) where Words.Index == Int {
        out.removeAll(keepingCapacity: true)
        for k in words.indices where Self.isFirst(k, in: words) { appendHolders(of: words[k], to: &out) }
        out.sort()
        // Each id once, kept in place.
        var kept = 0
        for i in out.indices where kept == 0 || out[kept - 1] != out[i] {
            out[kept] = out[i]
            kept += 1
        }
        out.removeLast(out.count - kept)
    }
}

extension String {
    func replacingUnderscores() -> String { String(filter { $0 != "_" && $0 != "." }) }
}
