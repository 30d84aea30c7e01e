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

    /// Compares two networks.
    public init(before: NetworkReport, after: NetworkReport) {
        self.init(before: before, after: after, indexes: (ReportIndex(before, captions: false), ReportIndex(after, captions: false)))
    }

    /// Compares two networks whose indexes (``ReportIndex``, captions not needed) are already built.
    public init(before: NetworkReport, after: NetworkReport, indexes: (before: ReportIndex, after: ReportIndex)) {
        let b = indexes.before, a = indexes.after
        beforeLabel = before.label
        afterLabel = after.label
        beforeCounts = before.counts
        afterCounts = after.counts
        returning = after.people.compactMap { p in
            guard let old = b.person[p.name] else { return nil }
            return ReturningGuest(name: p.name, rankBefore: old.rank, rankAfter: p.rank,
                                  neighboursBefore: b.neighbours(of: p.name).map(\.name),
                                  neighboursAfter: a.neighbours(of: p.name).map(\.name))
        }
        new = after.people.filter { b.person[$0.name] == nil }.map { RankedGuest(name: $0.name, rank: $0.rank) }
        gone = before.people.filter { a.person[$0.name] == nil }.map { RankedGuest(name: $0.name, rank: $0.rank) }

        struct Pair: Hashable { var source: String; var target: String }
        func pair(_ t: NetworkReport.Tie) -> Pair { Pair(source: min(t.source, t.target), target: max(t.source, t.target)) }
        var beforeWeight: [Pair: Double] = [:]
        for t in before.ties { beforeWeight[pair(t)] = t.weight }
        var afterWeight: [Pair: Double] = [:]
        for t in after.ties { afterWeight[pair(t)] = t.weight }

        func heavier(_ x: (Double, String, String), _ y: (Double, String, String)) -> Bool {
            x.0 != y.0 ? x.0 > y.0 : (x.1, x.2) < (y.1, y.2)
        }
        tiesKept = after.ties.compactMap { t in
            let p = pair(t)
            return beforeWeight[p].map { KeptTie(source: p.source, target: p.target, weightBefore: $0, weightAfter: t.weight) }
        }.sorted { heavier(($0.weightAfter, $0.source, $0.target), ($1.weightAfter, $1.source, $1.target)) }
        tiesNew = after.ties.map(pair).filter { beforeWeight[$0] == nil }
            .map { SingleTie(source: $0.source, target: $0.target, weight: afterWeight[$0]!) }
            .sorted { heavier(($0.weight, $0.source, $0.target), ($1.weight, $1.source, $1.target)) }
        tiesLost = before.ties.map(pair).filter { afterWeight[$0] == nil }
            .map { SingleTie(source: $0.source, target: $0.target, weight: beforeWeight[$0]!) }
            .sorted { heavier(($0.weight, $0.source, $0.target), ($1.weight, $1.source, $1.target)) }
    }

    /// One line of counts: "12 returning, 30 new, 25 gone; 8 ties kept, 40 new, 33 lost".
    public var summary: String {
        "\(returning.count) returning, \(new.count) new, \(gone.count) gone; "
            + "\(tiesKept.count) ties kept, \(tiesNew.count) new, \(tiesLost.count) lost"
    }
}
