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
    /// Unit id of each unit.
    let unitID: [String]
    /// Whether to build a ``PersonRecord`` of each person (otherwise only their names).
    var audits = true

    struct Resolved {
        var identity: Int
        var mention: String
        /// The spelling counted for the canonical name.
        var spelling: String? = nil
        var role: Role
        var unit: Int
        /// Index of the candidate it comes from: mentions keep the order of the text.
        var order: Int

        init(_ c: Candidate, _ identity: Int, _ order: Int) {
            self.identity = identity
            self.mention = c.mention
            self.spelling = c.spelling
            self.role = c.role
            self.unit = c.unit
            self.order = order
        }
    }

    func resolve(_ candidates: [Candidate]) -> (mentions: [Resolved], people: [PersonRecord], names: [String?]) {
        candidates.withUnsafeBufferPointer { resolve(all: $0) }
    }

    /// Candidates are read in place (a copy of one costs a retain of each of its strings and arrays).
    private func resolve(all candidates: UnsafeBufferPointer<Candidate>) -> (mentions: [Resolved], people: [PersonRecord], names: [String?]) {
        func at(_ k: Int) -> UnsafePointer<Candidate> { candidates.baseAddress! + k }
        var ids = Identities(words: words)
        // Candidates by document, in corpus order.
        var byDocument = [[Int]](repeating: [], count: documentName.count)
        for k in candidates.indices { byDocument[unitDocument[candidates[k].unit]].append(k) }
        // 1. Full names.
        func isFull(_ c: Candidate) -> Bool {
            c.wordCount >= 2 && c.evidence >= .strong && c.handle == nil && c.familySurname == nil
        }
        var fullNameUnits: [[Int]] = []   // units where each identity is written in full
        var fullNameOf = [Int](repeating: -1, count: candidates.count)
        for k in candidates.indices where isFull(candidates[k]) {
            let c = at(k)
            let i = ids.add(c.pointee.pieces)
            fullNameOf[k] = i
            if fullNameUnits.count <= i { fullNameUnits += Array(repeating: [], count: i + 1 - fullNameUnits.count) }
            if fullNameUnits[i].last != c.pointee.unit { fullNameUnits[i].append(c.pointee.unit) }
        }
        func neverListedTogether(_ a: Int, _ b: Int) -> Bool {
            let ua = a < fullNameUnits.count ? fullNameUnits[a] : [], ub = b < fullNameUnits.count ? fullNameUnits[b] : []
            return Set(ua).isDisjoint(with: ub)
        }
        // The identities written in full in each document, and lone first names that share the next name's surname
        // ("Paris and Nicky Hilton") when they name no one else there.
        var docs = DocumentNames()
        var documentMembers = [[Int]](repeating: [], count: documentName.count)
        for d in documentName.indices {
            docs.reset()
            for k in byDocument[d] where fullNameOf[k] >= 0 { docs.insert(fullNameOf[k], ids.tokens[fullNameOf[k]]) }
            for k in byDocument[d] {
                let c = at(k)
                guard let surname = c.pointee.sharedSurname, c.pointee.pieces.count == 1 else { continue }
                if unique(docs.byFirst(c.pointee.pieces[0]), ids, where: { _ in true }) == nil {
                    let i = ids.add(c.pointee.pieces + surname)
                    docs.insert(i, ids.tokens[i])
                }
            }
            documentMembers[d] = docs.members
        }
        func load(_ d: Int) {
            docs.reset()
            for i in documentMembers[d] { docs.insert(i, ids.tokens[i]) }
        }
        // 2. Merges inside each document, comparing only names that share a word.
        for d in documentName.indices.sorted(by: { documentName[$0] < documentName[$1] }) where documentMembers[d].count > 1 {
            load(d)
            for a in docs.members {
                let ta = ids.tokens[a]
                let sharing = docs.sharingAWord(with: ta)
                for b in sharing where b != a {
                    let tb = ids.tokens[b]
                    // Two spellings listed in the same caption are two people ("Mary Abbot, Mary Abbott").
                    if ta.count == tb.count, a < b, let reason = typo(ta, tb), neverListedTogether(a, b) {
                        ids.union(a, b, reason: "\(reason) in \(documentName[d])")
                    } else if ta.count < tb.count, isPart(ta, of: tb) {
                        let wholes = sharing.filter { ids.tokens[$0].count > ta.count && isPart(ta, of: ids.tokens[$0]) }
                        if Set(wholes.map { ids.find($0) }).count == 1 {
                            ids.union(a, b, reason: "'\(words.joined(ta))' is part of '\(words.joined(tb))' in \(documentName[d])")
                        }
                    }
                }
            }
        }
        // A nickname and a shortened surname ("Em Rata" for "Emily Ratajkowski"): the identities whose surname
        // starts with the short one are a run of the surnames in sorted order, found by binary search.
        let bySurname = ids.tokens.indices.filter { ids.tokens[$0].count >= 2 }
            .map { (words.folded(ids.tokens[$0].last!), $0) }.sorted { $0 < $1 }
        for a in ids.tokens.indices where ids.tokens[a].count == 2 {
            let first = words.folded(ids.tokens[a][0]), short = words.folded(ids.tokens[a][1])
            guard short.count >= 3 else { continue }
            var lo = 0, hi = bySurname.count
            while lo < hi { let mid = (lo + hi) / 2; if bySurname[mid].0 < short { lo = mid + 1 } else { hi = mid } }
            var matches: [Int] = []
            while lo < bySurname.count, bySurname[lo].0.hasPrefix(short) {
                let (surname, b) = bySurname[lo]
                lo += 1
                let other = words.folded(ids.tokens[b][0])
                guard surname != short, b != a, first != other, lexicon.areNicknameVariants(first, other) else { continue }
                matches.append(b)
            }
            if let m = matches.min(), Set(matches.map { ids.find($0) }).count == 1 {
                ids.union(a, m, reason: "'\(words.joined(ids.tokens[a]))' is a nickname and short surname of '\(words.joined(ids.tokens[m]))'")
            }
        }

        // 3. Every candidate to an identity.
        var resolved: [Resolved] = []
        resolved.reserveCapacity(candidates.count)
        var pending: [Int] = []
        var noted = Set<String>()
        for d in documentName.indices {
            // The document's names are indexed when a candidate first needs them (full names resolve without).
            var loaded = false
            func loadOnce() { if !loaded { load(d); loaded = true } }
            for order in byDocument[d] {
                let c = at(order)
                if let handle = c.pointee.handle {
                    loadOnce()
                    if let i = unique(docs.members, ids, where: { handleMatches(handle, $0.map { words.folded($0) }) }) {
                        resolved.append(Resolved(c.pointee, ids.find(i), order))
                    }
                    continue
                }
                if let family = c.pointee.familySurname, let last = family.last {
                    loadOnce()
                    let roots = Set(docs.byLast(last).filter { ids.tokens[$0].suffix(family.count).elementsEqual(family) }.map { ids.find($0) })
                    for r in roots.sorted() { resolved.append(Resolved(c.pointee, r, order)) }
                    continue
                }
                if let surname = c.pointee.sharedSurname, let i = ids.lookup(c.pointee.pieces + surname) {
                    resolved.append(Resolved(c.pointee, ids.find(i), order))
                    continue
                }
                if isFull(c.pointee), let i = ids.lookup(c.pointee.pieces) {
                    resolved.append(Resolved(c.pointee, ids.find(i), order))
                    continue
                }
                loadOnce()
                if let (i, how) = resolvePartial(c.pointee.pieces, docs, &ids) {
                    resolved.append(Resolved(c.pointee, i, order))
                    if audits {
                        let reason = "'\(c.pointee.mention)' is \(how) '\(ids.key(i))' in \(documentName[d])"
                        if noted.insert("\(i) \(reason)").inserted { ids.reasons[i, default: []].append(reason) }
                    }
                    continue
                }
                pending.append(order)
            }
        }
        // Mononyms and other listed names that match no one in their document.
        func listed(_ c: Candidate) -> Bool { c.evidence >= .position || (c.evidence == .strong && c.wordCount == 1) }
        for order in pending where listed(candidates[order]) {
            let c = at(order)
            resolved.append(Resolved(c.pointee, ids.add(c.pointee.pieces), order))
        }
        for order in pending where !listed(candidates[order]) {
            let c = at(order)
            if let i = ids.lookup(c.pointee.pieces), ids.tokens[i].count == 1 {
                resolved.append(Resolved(c.pointee, ids.find(i), order))
            }
        }
        return finish(&resolved, &ids)
    }

    /// A lone word or partial name: the one identity of the document it fits.
    func resolvePartial(_ name: [Int32], _ docs: DocumentNames, _ ids: inout Identities) -> (Int, String)? {
        guard let w = name.first else { return nil }
        if name.count == 1 {
            if let i = unique(docs.byFirst(w), ids, where: { _ in true }) { return (ids.find(i), "the first name of the only") }
            if let i = unique(docs.byLast(w), ids, where: { _ in true }) { return (ids.find(i), "the surname of the only") }
            let f = words.folded(w)
            let variants = Set(lexicon.formalNames(of: f) + lexicon.nicknames(of: f)).flatMap { v in lexicon.formalNames(of: v) + [v] }
            let byVariant = Set(variants).sorted().flatMap { v in words.existing(v).map { docs.byFirst($0) } ?? [] }
            if let i = unique(byVariant, ids, where: { lexicon.areNicknameVariants(f, words.folded($0[0])) }) {
                return (ids.find(i), "a nickname of the only")
            }
            return nil
        }
        return unique(docs.byWord(w), ids, where: { $0.count > name.count && isPart(name, of: $0) }).map { (ids.find($0), "part of the only") }
    }

    /// The one identity (after merges) among `members` whose words satisfy `test`, or nil if none or several.
    func unique(_ members: [Int], _ ids: Identities, where test: ([Int32]) -> Bool) -> Int? {
        var found: Int? = nil
        var root: Int? = nil
        for m in members where test(ids.tokens[m]) {
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
    func typo(_ a: [Int32], _ b: [Int32]) -> String? {
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
    func isPart(_ part: [Int32], of whole: [Int32]) -> Bool {
        guard part.count < whole.count, !part.isEmpty else { return false }
        for s in 0...(whole.count - part.count) where whole[s..<(s + part.count)].elementsEqual(part) { return true }
        guard part.first == whole.first, part.last == whole.last else { return false }
        var i = 0
        for w in whole where i < part.count && w == part[i] { i += 1 }
        return i == part.count
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
    func finish(_ resolved: inout [Resolved], _ ids: inout Identities) -> ([Resolved], [PersonRecord], [String?]) {
        var spellings = [SpellingTally](repeating: SpellingTally(), count: ids.tokens.count)
        var units = [[Int]](repeating: [], count: ids.tokens.count)
        // In text order (a family's members, found together, by identity).
        resolved.sort { ($0.order, $0.identity) < ($1.order, $1.identity) }
        for k in resolved.indices {
            let i = ids.find(resolved[k].identity)
            resolved[k].identity = i
            spellings[i].add(resolved[k].spelling ?? resolved[k].mention)
            if audits, units[i].last != resolved[k].unit { units[i].append(resolved[k].unit) }
        }
        let out = resolved
        resolved = []
        var names = [String?](repeating: nil, count: ids.tokens.count)
        var people: [PersonRecord] = []
        for i in ids.tokens.indices where !spellings[i].isEmpty {
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
                let full = spelt.filter { $0.words == ids.tokens[i].count }
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
    private var pieces: [[Int32]] = []
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
    /// Above this many names the document is hashed rather than scanned.
    static let scanLimit = 160

    /// Empties the index for the next document.
    mutating func reset() {
        members.removeAll(keepingCapacity: true)
        pieces.removeAll(keepingCapacity: true)
        stamp += 1
        holders.removeAll(keepingCapacity: true)
        if hashed {
            first.removeAll(keepingCapacity: true)
            last.removeAll(keepingCapacity: true)
            hashed = false
        }
    }

    /// Adds an identity with these pieces (once).
    mutating func insert(_ id: Int, _ words: [Int32]) {
        if id >= insertedFor.count { insertedFor += repeatElement(0, count: max(id + 1 - insertedFor.count, insertedFor.count)) }
        guard !words.isEmpty, insertedFor[id] != stamp else { return }
        insertedFor[id] = stamp
        members.append(id)
        pieces.append(words)
        for j in words.indices where Self.isFirst(j, in: words) {
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
        let id = members[k], words = pieces[k]
        first[words[0], default: []].append(id)
        last[words[words.count - 1], default: []].append(id)
    }

    /// True when `words[j]` is the word's first occurrence in `words` (read by index: a slice would retain the array).
    private static func isFirst(_ j: Int, in words: [Int32]) -> Bool {
        for i in 0..<j where words[i] == words[j] { return false }
        return true
    }

    private func scan(_ test: ([Int32]) -> Bool) -> [Int] {
        var out: [Int] = []
        for k in members.indices where test(pieces[k]) { out.append(members[k]) }
        return out
    }

    /// The identities whose first word is `w`.
    func byFirst(_ w: Int32) -> [Int] { hashed ? first[w] ?? [] : scan { $0[0] == w } }
    /// The identities whose last word is `w`.
    func byLast(_ w: Int32) -> [Int] { hashed ? last[w] ?? [] : scan { $0[$0.count - 1] == w } }
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

    /// Identities that share at least one word with `words`, each once, in increasing order.
    func sharingAWord(with words: [Int32]) -> [Int] {
        var out: [Int] = []
        // Room for a few holders of each word: one allocation for most names.
        out.reserveCapacity(8 * words.count)
        for k in words.indices where Self.isFirst(k, in: words) { appendHolders(of: words[k], to: &out) }
        out.sort()
        // Each id once, kept in place.
        var kept = 0
        for i in out.indices where kept == 0 || out[kept - 1] != out[i] {
            out[kept] = out[i]
            kept += 1
        }
        while out.count > kept { out.removeLast() }
        return out
    }
}

extension String {
    func replacingUnderscores() -> String { String(filter { $0 != "_" && $0 != "." }) }
}
