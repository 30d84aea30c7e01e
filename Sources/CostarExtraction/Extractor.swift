import CostarCorpus

/// Finds the people of every caption unit of a corpus and resolves them to one identity each.
///
/// Two readings: the first learns names from unambiguous places (comma-separated list items, first name +
/// surname, headings), the second reads again, knowing them, the units they change, so a description that starts
/// with a known name's first name ("Kerry and her husband …") ends the name list where it should. Then the
/// ``Resolver`` joins spellings and resolves first names, surnames and handles inside each document.
public struct Extractor: Sendable {
    /// The name lexicon.
    public var lexicon: NameLexicon
    /// User aliases (spelling → canonical name), applied after the rules.
    public var aliases: Aliases
    /// Whether the result lists every person with their spellings, documents, units and merge reasons (for
    /// `costar people`); a network needs only the people of each unit.
    public var audits = true
    /// How many parts the readings are cut into; nil: one a core (one for a corpus under 4,000 units).
    var parts: Int? = nil
    /// Whether the second reading reads every unit again, not only those the learned names change (for tests:
    /// the result is the same).
    var rereadsEverything = false

    /// Creates an extractor with the packed lexicon.
    public init(lexicon: NameLexicon = .shared, aliases: Aliases = Aliases()) {
        self.lexicon = lexicon
        self.aliases = aliases
    }

    /// The result of extraction: every unit with its people, and every identity for auditing.
    public struct Result: Sendable {
        /// Units in corpus order.
        public var units: [ExtractedUnit]
        /// Every person found, sorted by name (empty when ``Extractor/audits`` is false).
        public var people: [PersonRecord]
    }

    /// Extracts the people of every unit of the documents. A caller that hands the documents over (`consume`)
    /// lets their arrays go before the readings: only the units, in one array, are kept.
    public func extract(_ documents: consuming [SourceDocument]) -> Result {
        let units = documents.flatMap { $0.units }
        documents = []
        // Both readings are cut into consecutive parts, one a core (a small corpus is one part); the result does not
        // depend on the number of parts.
        let parts = Parallel.ranges(units.count, parts: self.parts ?? (units.count < 4_000 ? 1 : Parallel.cores))
        let (words, candidates) = read(units, in: parts)
        // Documents by number (units of a document are consecutive, so most lookups are the previous one's).
        var documentNumber: [String: Int] = [:]
        var documentName: [String] = []
        var unitDocument: [Int] = []
        unitDocument.reserveCapacity(units.count)
        for u in units {
            if let last = documentName.last, last == u.document { unitDocument.append(documentName.count - 1); continue }
            if let d = documentNumber[u.document] { unitDocument.append(d); continue }
            documentNumber[u.document] = documentName.count
            documentName.append(u.document)
            unitDocument.append(documentName.count - 1)
        }
        // Unit ids are only read for the audit records.
        var resolver = Resolver(words: words, unitDocument: unitDocument, documentName: documentName,
                                unitID: audits ? units.map { $0.id } : [])
        resolver.audits = audits
        resolver.parts = parts.count
        let (mentions, people, names) = resolver.resolve(candidates)
        var records = people
        // Each unit with its people, the parts at once; a spelling the alias file keeps apart moves between the
        // audit records afterwards, in text order.
        var assembled = Parallel.map(parts.count) { p in self.assemble(units, parts[p], mentions, candidates, names) }
        var extracted: [ExtractedUnit] = []
        swap(&extracted, &assembled[0].units)
        extracted.reserveCapacity(units.count)
        for p in assembled.indices {
            if p > 0 { extracted += assembled[p].units }
            if audits {
                for m in assembled[p].moves { Self.moveSpelling(m.spelling, unit: m.unit, from: m.from, to: m.to, in: &records) }
            }
        }
        precondition(assembled.last?.end ?? 0 == mentions.count, "mentions out of text order")
        return Result(units: extracted, people: aliases.apply(to: records))
    }

    /// A spelling the alias file keeps apart from the person it was resolved to, in one unit.
    private typealias KeptApart = (spelling: String, unit: String, from: String, to: String)

    /// The units of `range` with their people, from their run of `mentions` (which come in text order, so unit by
    /// unit, each the resolution of one of `candidates`), and the spellings the alias file keeps apart from the
    /// person they were resolved to.
    private func assemble(_ units: [CaptionUnit], _ range: Range<Int>, _ mentions: [Resolver.Resolved], _ candidates: [Candidate],
                          _ names: [String?]) -> (units: [ExtractedUnit], moves: [KeptApart], end: Int) {
        // Candidates are read in place (a copy of one costs a retain of each of its strings and arrays).
        candidates.withUnsafeBufferPointer { all in
            func unitOf(_ k: Int) -> Int { all[mentions[k].order].unit }
            var extracted: [ExtractedUnit] = []
            extracted.reserveCapacity(range.count)
            var moves: [KeptApart] = []
            // The part's first mention: the first of a unit at or after the range's start.
            var low = 0, high = mentions.count
            while low < high {
                let mid = (low + high) / 2
                if unitOf(mid) < range.lowerBound { low = mid + 1 } else { high = mid }
            }
            var next = low
            for u in range {
                let unit = units[u]
                var found: [PersonMention] = []
                // Room for every mention of the unit (one allocation; repeated people make it a little larger than needed).
                var end = next
                while end < mentions.count, unitOf(end) == u { end += 1 }
                if end > next { found.reserveCapacity(end - next) }
                while next < end {
                    let m = all.baseAddress! + mentions[next].order, identity = mentions[next].identity
                    next += 1
                    var name = aliases.canonical(names[identity]!)
                    if aliases.keepsApart(m.pointee.spelling ?? m.pointee.mention, from: name) {
                        let own = aliases.canonical(m.pointee.spelling ?? m.pointee.mention)
                        moves.append((m.pointee.spelling ?? m.pointee.mention, unit.id, names[identity]!, own))
                        name = own
                    }
                    if let k = found.firstIndex(where: { $0.name == name }) {
                        found[k].role = min(found[k].role, m.pointee.role)
                    } else {
                        found.append(PersonMention(name: name, mention: m.pointee.mention, role: m.pointee.role))
                    }
                }
                extracted.append(ExtractedUnit(unit: unit, people: found))
            }
            return (extracted, moves, next)
        }
    }

    /// Moves one spelling's mention from a person's record to its own ("kept apart by the alias file").
    static func moveSpelling(_ spelling: String, unit: String, from: String, to: String, in records: inout [PersonRecord]) {
        if let i = records.firstIndex(where: { $0.name == from }) {
            records[i].spellings[spelling, default: 1] -= 1
            if records[i].spellings[spelling] == 0 { records[i].spellings[spelling] = nil }
        }
        if let j = records.firstIndex(where: { $0.name == to }) {
            records[j].spellings[spelling, default: 0] += 1
            if !records[j].units.contains(unit) { records[j].units.append(unit) }
        } else {
            records.append(PersonRecord(name: to, spellings: [spelling: 1], documents: [String(unit.split(separator: "#").first ?? "")],
                                        units: [unit], reasons: ["kept apart from '\(from)' by the alias file"]))
        }
        records.sort { $0.name < $1.name }
    }
}

