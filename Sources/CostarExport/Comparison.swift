/// What changed between two networks (e.g. 2022 and 2023): who came back, who is new, who is gone, and which ties
/// were kept, made or lost. People are matched by exact canonical name; ties by their unordered pair of names.
public struct Comparison: Sendable, Equatable {
    /// A guest in both networks.
    public struct ReturningGuest: Sendable, Equatable {
        /// The guest's name.
        public var name: String
        /// Rank in the earlier network.
        public var rankBefore: Int
        /// Rank in the later network.
        public var rankAfter: Int
        /// Neighbours in the earlier network, heaviest tie first.
        public var neighboursBefore: [String]
        /// Neighbours in the later network, heaviest tie first.
        public var neighboursAfter: [String]

        /// Creates a returning guest.
        public init(name: String, rankBefore: Int, rankAfter: Int, neighboursBefore: [String], neighboursAfter: [String]) {
            self.name = name
            self.rankBefore = rankBefore
            self.rankAfter = rankAfter
            self.neighboursBefore = neighboursBefore
            self.neighboursAfter = neighboursAfter
        }
    }

    /// A guest in only one of the networks.
    public struct RankedGuest: Sendable, Equatable {
        /// The guest's name.
        public var name: String
        /// Rank in the network the guest is in.
        public var rank: Int

        /// Creates a ranked guest.
        public init(name: String, rank: Int) {
            self.name = name
            self.rank = rank
        }
    }

    /// A tie in both networks.
    public struct KeptTie: Sendable, Equatable {
        /// The alphabetically smaller name.
        public var source: String
        /// The alphabetically larger name.
        public var target: String
        /// Weight in the earlier network.
        public var weightBefore: Double
        /// Weight in the later network.
        public var weightAfter: Double

        /// Creates a kept tie.
        public init(source: String, target: String, weightBefore: Double, weightAfter: Double) {
            self.source = source
            self.target = target
            self.weightBefore = weightBefore
            self.weightAfter = weightAfter
        }
    }

    /// A tie in only one of the networks.
    public struct SingleTie: Sendable, Equatable {
        /// The alphabetically smaller name.
        public var source: String
        /// The alphabetically larger name.
        public var target: String
        /// Weight in the network the tie is in.
        public var weight: Double

        /// Creates a tie.
        public init(source: String, target: String, weight: Double) {
            self.source = source
            self.target = target
            self.weight = weight
        }
    }

    /// Label of the earlier network.
    public var beforeLabel: String
    /// Label of the later network.
    public var afterLabel: String
    /// People and ties in the earlier network.
    public var beforeCounts: NetworkReport.Counts
    /// People and ties in the later network.
    public var afterCounts: NetworkReport.Counts
    /// Guests in both, by their later rank.
    public var returning: [ReturningGuest]
    /// Guests only in the later network, by rank.
    public var new: [RankedGuest]
    /// Guests only in the earlier network, by their earlier rank.
    public var gone: [RankedGuest]
    /// Ties in both, heaviest (later weight) first, then by names.
    public var tiesKept: [KeptTie]
    /// Ties only in the later network, heaviest first, then by names.
    public var tiesNew: [SingleTie]
    /// Ties only in the earlier network, heaviest first, then by names.
    public var tiesLost: [SingleTie]

    /// How long each list of a comparison is.
    public struct Sizes: Sendable, Equatable {
        /// Returning guests.
        public var returning: Int
        /// New guests.
        public var new: Int
        /// Guests gone.
        public var gone: Int
        /// Ties kept.
        public var tiesKept: Int
        /// New ties.
        public var tiesNew: Int
        /// Ties lost.
        public var tiesLost: Int
    }

    /// The full lists' lengths, kept by ``keptForPage(people:ties:)`` when it shortens the lists.
    private var fullSizes: Sizes?

    /// How many guests and ties each list has, or had before ``keptForPage(people:ties:)`` shortened it.
    public var sizes: Sizes {
        fullSizes ?? Sizes(returning: returning.count, new: new.count, gone: gone.count,
                           tiesKept: tiesKept.count, tiesNew: tiesNew.count, tiesLost: tiesLost.count)
    }

    /// The comparison as a page lists it: the first `people` of each guest list and the first `ties` of each tie
    /// list, with their full lengths in ``sizes``.
    public func keptForPage(people: Int, ties: Int) -> Comparison {
        var kept = self
        kept.fullSizes = sizes
        kept.returning = Array(returning.prefix(people))
        kept.new = Array(new.prefix(people))
        kept.gone = Array(gone.prefix(people))
        kept.tiesKept = Array(tiesKept.prefix(ties))
        kept.tiesNew = Array(tiesNew.prefix(ties))
        kept.tiesLost = Array(tiesLost.prefix(ties))
        return kept
    }

    /// Compares two networks.
    public init(before: NetworkReport, after: NetworkReport) {
        self.init(before: before, after: after, indexes: (ReportIndex(before, captions: false, neighbourCaptions: false), ReportIndex(after, captions: false, neighbourCaptions: false)))
    }

    /// Compares two networks whose indexes (``ReportIndex`` of these two reports, captions not needed) are already
    /// built. People are matched by one name lookup per earlier person, then everything else by position: ties by
    /// their ends, taking each earlier person's ties once, without hashing a name or a pair.
    public init(before: NetworkReport, after: NetworkReport, indexes: (before: ReportIndex, after: ReportIndex)) {
        let b = indexes.before, a = indexes.after
        beforeLabel = before.label
        afterLabel = after.label
        beforeCounts = before.counts
        afterCounts = after.counts
        let (afterOf, beforeOf) = Self.match(b, a)
        returning = a.people.indices.compactMap { j in
            let i = beforeOf[j]
            guard i >= 0 else { return nil }
            return ReturningGuest(name: a.people[j].name, rankBefore: b.people[i].rank, rankAfter: a.people[j].rank,
                                  neighboursBefore: b.neighbourNames(at: i), neighboursAfter: a.neighbourNames(at: j))
        }
        new = Self.ranked(a, where: { beforeOf[$0] < 0 })
        gone = Self.ranked(b, where: { afterOf[$0] < 0 })

        let earlier = Self.earlierTies(b, a, afterOf: afterOf)
        var kept: [KeptTie] = []
        var made: [SingleTie] = []
        var wasKept = [Bool](repeating: false, count: b.ties.count)
        for t in a.ties.indices {
            let (s, g) = a.names(ofTie: t), w = a.ties[t].weight
            if earlier[t] >= 0 {
                kept.append(KeptTie(source: s, target: g, weightBefore: b.ties[Int(earlier[t])].weight, weightAfter: w))
                wasKept[Int(earlier[t])] = true
            } else {
                made.append(SingleTie(source: s, target: g, weight: w))
            }
        }
        let lost = b.ties.indices.filter { !wasKept[$0] }.map { t in
            let (s, g) = b.names(ofTie: t)
            return SingleTie(source: s, target: g, weight: b.ties[t].weight)
        }

        func heavier(_ x: (Double, String, String), _ y: (Double, String, String)) -> Bool {
            x.0 != y.0 ? x.0 > y.0 : (x.1, x.2) < (y.1, y.2)
        }
        /// Sorts by `heavier` unless already in that order: a list taken in order from an index whose names are in
        /// order is; otherwise it is checked.
        func ordered<T>(_ list: [T], from index: ReportIndex, _ by: (T) -> (Double, String, String)) -> [T] {
            guard !index.namesInOrder else { return list }
            for i in list.indices.dropFirst() where heavier(by(list[i]), by(list[i - 1])) {
                return list.sorted { heavier(by($0), by($1)) }
            }
            return list
        }
        tiesKept = ordered(kept, from: a) { ($0.weightAfter, $0.source, $0.target) }
        tiesNew = ordered(made, from: a) { ($0.weight, $0.source, $0.target) }
        tiesLost = ordered(lost, from: b) { ($0.weight, $0.source, $0.target) }
    }

    /// Each earlier person's position among the later people and each later person's among the earlier ones (-1
    /// when not there): one name lookup per earlier person.
    static func match(_ b: ReportIndex, _ a: ReportIndex) -> (afterOf: [Int], beforeOf: [Int]) {
        var afterOf = [Int](repeating: -1, count: b.people.count)
        var beforeOf = [Int](repeating: -1, count: a.people.count)
        for i in b.people.indices {
            guard let j = a.position(of: b.people[i].name) else { continue }
            afterOf[i] = j
            beforeOf[j] = i
        }
        return (afterOf, beforeOf)
    }

    /// The people of `index` at the positions `included` accepts, in order, with their ranks.
    static func ranked(_ index: ReportIndex, where included: (Int) -> Bool) -> [RankedGuest] {
        index.people.indices.filter(included).map { RankedGuest(name: index.people[$0].name, rank: index.people[$0].rank) }
    }

    /// For each tie of `a`, the index of the tie of `b` between the same two people, or -1. Each person of `b` in
    /// `a` marks their later partners (by position), then looks up their earlier ties to partners placed after them
    /// (so each earlier tie is looked up once).
    static func earlierTies(_ b: ReportIndex, _ a: ReportIndex, afterOf: [Int]) -> [Int32] {
        var earlier = [Int32](repeating: -1, count: a.ties.count)
        // The later tie to each later person from the person being looked at (`marker`).
        var marker = [Int](repeating: -1, count: a.people.count), tie = [Int32](repeating: 0, count: a.people.count)
        for i in b.people.indices where afterOf[i] >= 0 {
            let j = afterOf[i]
            for (t, o) in a.ties(at: j) where o >= 0 {
                marker[Int(o)] = j
                tie[Int(o)] = t
            }
            for (t, o) in b.ties(at: i) where o > i {
                let later = afterOf[Int(o)]
                guard later >= 0, marker[later] == j else { continue }
                earlier[Int(tie[later])] = t
            }
        }
        return earlier
    }

    /// One line of counts: "12 returning, 30 new, 25 gone; 8 ties kept, 40 new, 33 lost".
    public var summary: String {
        "\(sizes.returning) returning, \(sizes.new) new, \(sizes.gone) gone; "
            + "\(sizes.tiesKept) ties kept, \(sizes.tiesNew) new, \(sizes.tiesLost) lost"
    }
}
