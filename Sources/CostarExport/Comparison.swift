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

    /// Compares two networks whose indexes (``ReportIndex``, captions not needed) are already built.
    public init(before: NetworkReport, after: NetworkReport, indexes: (before: ReportIndex, after: ReportIndex)) {
        let b = indexes.before, a = indexes.after
        beforeLabel = before.label
        afterLabel = after.label
        beforeCounts = before.counts
        afterCounts = after.counts
        returning = after.people.compactMap { p in
            guard let rankBefore = b.rank(of: p.name) else { return nil }
            return ReturningGuest(name: p.name, rankBefore: rankBefore, rankAfter: p.rank,
                                  neighboursBefore: b.neighbourNames(of: p.name),
                                  neighboursAfter: a.neighbourNames(of: p.name))
        }
        new = after.people.filter { !b.contains($0.name) }.map { RankedGuest(name: $0.name, rank: $0.rank) }
        gone = before.people.filter { !a.contains($0.name) }.map { RankedGuest(name: $0.name, rank: $0.rank) }

        // Ties are matched by their pair of names, through integer ids (one hash of each name, not of each pair).
        var id: [String: UInt64] = [:]
        id.reserveCapacity(before.people.count + after.people.count)
        func key(_ t: NetworkReport.Tie) -> UInt64 {
            let s = min(t.source, t.target), g = max(t.source, t.target)
            let i = id[s] ?? { let n = UInt64(id.count); id[s] = n; return n }()
            let j = id[g] ?? { let n = UInt64(id.count); id[g] = n; return n }()
            return i << 32 | j
        }
        let beforeKeys = before.ties.map(key)
        let afterKeys = after.ties.map(key)
        var beforeWeight: [UInt64: Double] = [:]
        beforeWeight.reserveCapacity(before.ties.count)
        for (k, t) in zip(beforeKeys, before.ties) { beforeWeight[k] = t.weight }
        var afterWeight: [UInt64: Double] = [:]
        afterWeight.reserveCapacity(after.ties.count)
        for (k, t) in zip(afterKeys, after.ties) { afterWeight[k] = t.weight }

        func heavier(_ x: (Double, String, String), _ y: (Double, String, String)) -> Bool {
            x.0 != y.0 ? x.0 > y.0 : (x.1, x.2) < (y.1, y.2)
        }
        /// Sorts by `heavier` unless already in that order (a report's ties are: heaviest first, then by names).
        func ordered<T>(_ list: [T], _ by: (T) -> (Double, String, String)) -> [T] {
            for i in list.indices.dropFirst() where heavier(by(list[i]), by(list[i - 1])) {
                return list.sorted { heavier(by($0), by($1)) }
            }
            return list
        }
        var kept: [KeptTie] = []
        var made: [SingleTie] = []
        for (k, t) in zip(afterKeys, after.ties) {
            let s = min(t.source, t.target), g = max(t.source, t.target)
            if let w = beforeWeight[k] {
                kept.append(KeptTie(source: s, target: g, weightBefore: w, weightAfter: t.weight))
            } else {
                made.append(SingleTie(source: s, target: g, weight: t.weight))
            }
        }
        var lost: [SingleTie] = []
        for (k, t) in zip(beforeKeys, before.ties) where afterWeight[k] == nil {
            lost.append(SingleTie(source: min(t.source, t.target), target: max(t.source, t.target), weight: t.weight))
        }
        tiesKept = ordered(kept) { ($0.weightAfter, $0.source, $0.target) }
        tiesNew = ordered(made) { ($0.weight, $0.source, $0.target) }
        tiesLost = ordered(lost) { ($0.weight, $0.source, $0.target) }
    }

    /// One line of counts: "12 returning, 30 new, 25 gone; 8 ties kept, 40 new, 33 lost".
    public var summary: String {
        "\(sizes.returning) returning, \(sizes.new) new, \(sizes.gone) gone; "
            + "\(sizes.tiesKept) ties kept, \(sizes.tiesNew) new, \(sizes.tiesLost) lost"
    }
}
