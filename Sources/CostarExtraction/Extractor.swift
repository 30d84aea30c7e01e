import CostarCorpus

/// Finds the people of every caption unit of a corpus and resolves them to one identity each.
///
/// Two readings: the first learns names from unambiguous places (comma-separated list items, first name +
/// surname, headings), the second reads every unit again knowing them, so a description that starts with a
/// known name's first name ("Kerry and her husband …") ends the name list where it should. Then the
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

    /// Extracts the people of every unit of the documents.
    public func extract(_ documents: [SourceDocument]) -> Result {
        let units = documents.flatMap(\.units)
        // Both readings are cut into consecutive parts, one a core (a small corpus is one part); the result does not
        // depend on the number of parts.
        let parts = Parallel.ranges(units.count, parts: self.parts ?? (units.count < 4_000 ? 1 : Parallel.cores))
        // First reading: every unit's candidates, knowing no learned name, and the names to learn from safe places;
        // each part with its own word table.
        let lexicon = self.lexicon
        var firstReadings = Parallel.map(parts.count) { p in
            var parser = UnitParser(knowledge: NameKnowledge(words: WordTable(lexicon: lexicon)))
            var reading = FirstReading(words: parser.knowledge.words, log: ReadingLog())
            parser.log = reading.log
            for i in parts[p] {
                let start = reading.candidates.count
                parser.parse(units[i], index: i, into: &reading.candidates)
                reading.log.endUnit()
                reading.unitEnds.append(reading.candidates.count)
                for c in reading.candidates[start...] where c.handle == nil && c.familySurname == nil && c.role != .credit {
                    if c.wordCount >= 2 && (c.bounded || c.evidence >= .strong) && !c.endsLeadList { reading.learned.append(c.pieces) }
                    if c.wordCount == 1 && c.bounded && c.evidence == .position { reading.mononyms.append(c.firstWord) }
                }
            }
            return reading
        }
        // One table for all: the first part's, with the others' words added and their names renumbered.
        let words = firstReadings[0].words
        var learned: [[Int32]] = []
        var mononyms: [Int32] = []
        var renumbering: [[Int32]] = []
        for (p, reading) in firstReadings.enumerated() {
            let renumber = p == 0 ? [] : words.absorb(reading.words)
            renumbering.append(renumber)
            learned += p == 0 ? reading.learned : reading.learned.map { $0.map { renumber[Int($0)] } }
            mononyms += p == 0 ? reading.mononyms : reading.mononyms.map { renumber[Int($0)] }
            firstReadings[p].learned = []
            firstReadings[p].mononyms = []
        }
        var knowledge = NameKnowledge(words: words)
        knowledge.learn(fullNames: learned, mononyms: mononyms)
        // Second reading, with the table frozen and shared (every word of the text was added in the first), of the
        // units whose first reading the learned names change; each part's are found with the learned names
        // numbered as in its own table.
        words.freeze()
        let parser = UnitParser(knowledge: knowledge)
        let (allLearned, allMononyms, firsts, renumbers) = (learned, mononyms, firstReadings, renumbering)
        let rereadsEverything = self.rereadsEverything
        let rereadings = Parallel.map(parts.count) { p in
            var local = parser.knowledge
            if p > 0 {
                var inverse = [Int32](repeating: -1, count: words.count)
                for (w, merged) in renumbers[p].enumerated() { inverse[Int(merged)] = Int32(w) }
                local = NameKnowledge(words: firsts[p].words)
                local.learn(fullNames: allLearned.map { $0.map { inverse[Int($0)] } }, mononyms: allMononyms.map { inverse[Int($0)] })
            }
            var again = Rereading(units: rereadsEverything ? Array(0..<parts[p].count) : firsts[p].log.unitsToReread(with: local))
            for u in again.units {
                parser.parse(units[parts[p].lowerBound + u], index: parts[p].lowerBound + u, into: &again.candidates)
                again.unitEnds.append(again.candidates.count)
            }
            return again
        }
        learned = []
        words.thaw()
        // Each part's candidates from the first reading (renumbered), those of the units read again replaced.
        var candidates: [Candidate] = []
        for p in parts.indices {
            var part: [Candidate] = []
            swap(&part, &firstReadings[p].candidates)
            if p > 0 { for k in part.indices { part[k].renumber(renumbering[p]) } }
            let again = rereadings[p]
            if !again.units.isEmpty {
                let ends = firstReadings[p].unitEnds
                var spliced: [Candidate] = []
                spliced.reserveCapacity(part.count)
                var kept = 0
                for (j, u) in again.units.enumerated() {
                    spliced += part[kept..<(u == 0 ? 0 : ends[u - 1])]
                    spliced += again.candidates[(j == 0 ? 0 : again.unitEnds[j - 1])..<again.unitEnds[j]]
                    kept = ends[u]
                }
                spliced += part[kept...]
                part = spliced
            }
            // The first part's array is moved, not copied.
            if p == 0 { candidates = part } else { candidates += part }
        }
        firstReadings = []
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
        var resolver = Resolver(words: words, unitDocument: unitDocument, documentName: documentName, unitID: units.map(\.id))
        resolver.audits = audits
        let (mentions, people, names) = resolver.resolve(candidates)
        candidates = []
        var perUnit = [[PersonMention]](repeating: [], count: units.count)
        var records = people
        for m in mentions {
            var name = aliases.canonical(names[m.identity]!)
            if aliases.keepsApart(m.spelling ?? m.mention, from: name) {
                let own = aliases.canonical(m.spelling ?? m.mention)
                if audits { Self.moveSpelling(m.spelling ?? m.mention, unit: units[m.unit].id, from: names[m.identity]!, to: own, in: &records) }
                name = own
            }
            if let k = perUnit[m.unit].firstIndex(where: { $0.name == name }) {
                perUnit[m.unit][k].role = min(perUnit[m.unit][k].role, m.role)
            } else {
                perUnit[m.unit].append(PersonMention(name: name, mention: m.mention, role: m.role))
            }
        }
        let extracted = zip(units, perUnit).map { ExtractedUnit(unit: $0, people: $1) }
        return Result(units: extracted, people: aliases.apply(to: records))
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

/// One part's first reading: its word table, every unit's candidates, the names it learned and its questions.
private struct FirstReading: Sendable {
    let words: WordTable
    let log: ReadingLog
    var candidates: [Candidate] = []
    /// Where each unit's candidates end in ``candidates``.
    var unitEnds: [Int] = []
    var learned: [[Int32]] = []
    var mononyms: [Int32] = []
}

/// The units of one part read again (offsets in the part, increasing), with their new candidates.
private struct Rereading: Sendable {
    var units: [Int]
    var candidates: [Candidate] = []
    /// Where each unit's candidates end in ``candidates``.
    var unitEnds: [Int] = []
}
