import CostarCorpus

extension Extractor {
    /// Both readings of the units, each cut into the parts (read concurrently): the shared word table and every
    /// unit's candidates in corpus order.
    ///
    /// The first reading keeps every unit's candidates, learns names from safe places and notes, in a
    /// ``ReadingLog``, what it asked about names it had not learned yet. The second reads again only the units
    /// whose first reading the learned names change (all of them with ``rereadsEverything``).
    func read(_ units: [CaptionUnit], in parts: [Range<Int>]) -> (words: WordTable, candidates: [Candidate]) {
        let lexicon = self.lexicon
        var firstReadings = Parallel.map(parts.count) { p in Self.firstReading(units, parts[p], WordTable(lexicon: lexicon)) }
        // One table for all: the first part's, with the others' words added and their names renumbered.
        let words = firstReadings[0].words
        var learned: [NamePieces] = []
        var mononyms: [Int32] = []
        var renumbering: [[Int32]] = []
        for p in firstReadings.indices {
            let renumber = p == 0 ? [] : words.absorb(firstReadings[p].words)
            renumbering.append(renumber)
            // The part's lists are renumbered in place, then moved.
            if p > 0 {
                for k in firstReadings[p].learned.indices { firstReadings[p].learned[k].renumber(renumber) }
                firstReadings[p].mononyms.renumber(renumber)
            }
            learned += firstReadings[p].learned
            mononyms += firstReadings[p].mononyms
            firstReadings[p].learned = []
            firstReadings[p].mononyms = []
        }
        let knowledge = NameKnowledge(words: words, fullNames: learned, mononyms: mononyms)
        // Second reading, with the table frozen and shared (every word of the text was added in the first). Each
        // part then holds its candidates in the shared numbering, those of the units read again replaced.
        words.freeze()
        let (learnedNames, learnedMononyms, renumbered, everything) = (learned, mononyms, renumbering, rereadsEverything)
        Parallel.forEach(&firstReadings) { p, reading in
            // A part's log is read with the learned names numbered as in its own table, then let go.
            var local = knowledge
            if p > 0 {
                var inverse = [Int32](repeating: -1, count: words.count)
                for (w, merged) in renumbered[p].enumerated() { inverse[Int(merged)] = Int32(w) }
                local = NameKnowledge(words: reading.words, fullNames: learnedNames.map { NamePieces($0.lazy.map { inverse[Int($0)] }) },
                                      mononyms: learnedMononyms.map { inverse[Int($0)] })
            }
            // A parser a part: it keeps its arrays between units.
            let parser = UnitParser(knowledge: knowledge)
            var again = Rereading(units: everything ? Array(0..<parts[p].count) : reading.log!.unitsToReread(with: local))
            reading.log = nil
            for u in again.units {
                parser.parse(units[parts[p].lowerBound + u], index: parts[p].lowerBound + u, into: &again.candidates)
                again.unitEnds.append(again.candidates.count)
            }
            if p > 0 { for k in reading.candidates.indices { reading.candidates[k].renumber(renumbered[p]) } }
            reading.replace(by: again)
        }
        words.thaw()
        // The parts' candidates in corpus order (the first part's array is moved, not copied).
        var candidates: [Candidate] = []
        for p in parts.indices {
            var part: [Candidate] = []
            swap(&part, &firstReadings[p].candidates)
            if p == 0 { candidates = part } else { candidates += part }
        }
        return (words, candidates)
    }

    /// The first reading of the units of `part`, with its own word table.
    private static func firstReading(_ units: [CaptionUnit], _ part: Range<Int>, _ table: WordTable) -> FirstReading {
        let log = ReadingLog()
        var parser = UnitParser(knowledge: NameKnowledge(words: table))
        parser.log = log
        var reading = FirstReading(words: table, log: log)
        // Room for the part's candidates and questions, so that the arrays are not copied as they grow (generated
        // captions have a candidate for every 29 bytes of text).
        let bytes = part.reduce(0) { $0 + units[$1].text.utf8.count }
        reading.candidates.reserveCapacity(bytes / 24 + 16)
        reading.unitEnds.reserveCapacity(part.count)
        log.reserve(units: part.count, bytes: bytes)
        for i in part {
            let start = reading.candidates.count
            parser.parse(units[i], index: i, into: &reading.candidates)
            log.endUnit()
            reading.unitEnds.append(reading.candidates.count)
            reading.learn(from: start)
        }
        return reading
    }
}

/// One part's first reading: its word table, every unit's candidates, the names it learned and its questions.
private struct FirstReading: Sendable {
    let words: WordTable
    var log: ReadingLog?
    var candidates: [Candidate] = []
    /// Where each unit's candidates end in ``candidates``.
    var unitEnds: [Int] = []
    var learned: [NamePieces] = []
    var mononyms: [Int32] = []

    /// Learns the names of the candidates from `start` on that stand in safe places. They are read in place (a
    /// copy of a candidate costs a retain of each of its strings and arrays).
    mutating func learn(from start: Int) {
        for k in start..<candidates.count where candidates[k].handle == nil && candidates[k].familySurname == nil && candidates[k].role != .credit {
            let (words, bounded, evidence) = (candidates[k].wordCount, candidates[k].bounded, candidates[k].evidence)
            if words >= 2 && (bounded || evidence >= .strong) && !candidates[k].endsLeadList { learned.append(candidates[k].pieces) }
            if words == 1 && bounded && evidence == .position { mononyms.append(candidates[k].firstWord) }
        }
    }

    /// Replaces the candidates of the units read again.
    mutating func replace(by again: Rereading) {
        func start(_ u: Int) -> Int { u == 0 ? 0 : unitEnds[u - 1] }
        func againStart(_ j: Int) -> Int { j == 0 ? 0 : again.unitEnds[j - 1] }
        // Most units read again find as many candidates as before: those are replaced in place.
        if again.units.indices.allSatisfy({ unitEnds[again.units[$0]] - start(again.units[$0]) == again.unitEnds[$0] - againStart($0) }) {
            for (j, u) in again.units.enumerated() {
                for k in 0..<(unitEnds[u] - start(u)) { candidates[start(u) + k] = again.candidates[againStart(j) + k] }
            }
            return
        }
        var spliced: [Candidate] = []
        spliced.reserveCapacity(candidates.count)
        var kept = 0
        for (j, u) in again.units.enumerated() {
            spliced += candidates[kept..<start(u)]
            spliced += again.candidates[againStart(j)..<again.unitEnds[j]]
            kept = unitEnds[u]
        }
        spliced += candidates[kept...]
        candidates = spliced
    }
}

/// The units of one part read again (offsets in the part, increasing), with their new candidates.
private struct Rereading: Sendable {
    var units: [Int]
    var candidates: [Candidate] = []
    /// Where each unit's candidates end in ``candidates``.
    var unitEnds: [Int] = []
}
