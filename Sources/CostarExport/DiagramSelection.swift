/// Which people and ties of a report a diagram draws, and the caption that says what was left out.
///
/// Up to ``DiagramOptions/maxPeople`` people, everyone is drawn. Above it:
/// - the places are filled first with the top people by PageRank, leaving ``DiagramOptions/bridgeShare`` of them
///   for bridges;
/// - the bridges are the people of highest betweenness (above 0) with a tie into a community other than their
///   own, who are not already among the top; places the bridges do not fill go to the next people by PageRank;
/// - each person drawn keeps their ``DiagramOptions/tiesPerPerson`` strongest ties to other people drawn (a tie
///   stays when it is among the strongest of either end).
///
/// Ties lighter than ``DiagramOptions/minWeight`` are never drawn.
public struct DiagramSelection: Sendable, Equatable {
    /// The people drawn, most connected first (bridges in their place in that order).
    public var people: [NetworkReport.Person]
    /// The ties drawn, heaviest first.
    public var ties: [NetworkReport.Tie]
    /// The people drawn as bridges, highest betweenness first.
    public var bridges: [String]
    /// What was left out, in one line, or `nil` when every person is drawn.
    public var caption: String?

    /// Selects from a report. People and ties are looked at by position (the ends of the report's ties, from
    /// ``ReportIndex``), so no name is hashed per tie.
    public init(report: NetworkReport, options: DiagramOptions) {
        // A report lists people most connected first and ties heaviest first already; copies only when it does not.
        let inOrder = NetworkReport.isRanked(report.people)
        let ranked = inOrder ? report.people : report.people.sorted { $0.isMoreConnected(than: $1) }
        let limit = max(0, options.maxPeople)
        let allHeavy = report.ties.allSatisfy { $0.weight >= options.minWeight }
        guard ranked.count > limit else {
            people = ranked
            ties = allHeavy ? report.ties : report.ties.filter { $0.weight >= options.minWeight }
            bridges = []
            caption = nil
            return
        }

        // The heavy ties (as indexes into the index's ties) and their ends as positions in `ranked`.
        var ordered = report
        ordered.people = ranked
        let index = ReportIndex(ordered, captions: false, neighbourCaptions: false, only: nil, byName: false)
        let heavy = index.ties.indices.filter { allHeavy || index.ties[$0].weight >= options.minWeight }
        var crosses = [Bool](repeating: false, count: ranked.count)
        for t in heavy {
            let (a, b) = index.ends(ofTie: t)
            if a >= 0, b >= 0, ranked[a].community != ranked[b].community {
                crosses[a] = true
                crosses[b] = true
            }
        }
        let slots = min(limit, max(0, Int((Double(limit) * options.bridgeShare).rounded(.down))))
        var kept = [Bool](repeating: false, count: ranked.count)
        for i in 0..<(limit - slots) { kept[i] = true }
        // Candidates by position in `ranked` (so ties in betweenness keep the "most connected" order).
        let candidates = ranked.indices.filter { ranked[$0].betweenness > 0 && crosses[$0] && !kept[$0] }
            .sorted { ranked[$0].betweenness != ranked[$1].betweenness ? ranked[$0].betweenness > ranked[$1].betweenness : $0 < $1 }
        let bridges = candidates.prefix(slots)
        for i in bridges { kept[i] = true }
        var count = limit - slots + bridges.count
        for i in ranked.indices where count < limit && !kept[i] {
            kept[i] = true
            count += 1
        }
        let drawn = ranked.indices.filter { kept[$0] }
        people = drawn.map { ranked[$0] }
        self.bridges = bridges.map { ranked[$0].name }

        let among = heavy.filter { t in
            let (a, b) = index.ends(ofTie: t)
            return a >= 0 && b >= 0 && kept[a] && kept[b]
        }.map { index.ties[$0] }
        if options.tiesPerPerson > 0 {
            // Every tie among the people drawn is between two of them: only their ranks are needed.
            var rank: [String: Int] = [:]
            for i in drawn { rank[ranked[i].name] = ranked[i].rank }
            let keep = Self.strongest(among.map { ($0.source, $0.target, $0.weight) }, perPerson: options.tiesPerPerson, rank: rank)
            ties = among.indices.filter { keep[$0] }.map { among[$0] }
        } else {
            ties = among
        }

        // The weight asked for, or without one the lightest tie drawn.
        let w = NumberFormat.decimal(options.minWeight > 0 ? options.minWeight : ties.map(\.weight).min() ?? 0, significant: 4)
        let who = bridges.isEmpty ? "the top by PageRank"
            : "the top by PageRank and \(bridges.count == 1 ? "1 bridge" : "\(bridges.count) bridges") between communities"
        let which = options.tiesPerPerson > 0 ? "each one's \(options.tiesPerPerson) strongest ties" : "the ties among them"
        caption = "Showing \(DiagramPlan.grouped(people.count)) of \(DiagramPlan.grouped(ranked.count)) people: \(who); "
            + "\(which) of weight ≥ \(w) (\(DiagramPlan.grouped(ties.count)) of \(DiagramPlan.grouped(report.ties.count)))"
    }

    /// Which ties stay when each person keeps only their `k` strongest: a tie stays when it is among the strongest of
    /// either end. Among equal weights, ties to the better-ranked person (lower `rank`) come first, then earlier ties.
    static func strongest(_ ties: [(source: String, target: String, weight: Double)], perPerson k: Int,
                          rank: [String: Int]) -> [Bool] {
        var byPerson: [String: [Int]] = [:]
        for (i, t) in ties.enumerated() {
            byPerson[t.source, default: []].append(i)
            byPerson[t.target, default: []].append(i)
        }
        var keep = [Bool](repeating: false, count: ties.count)
        for (name, list) in byPerson {
            func other(_ i: Int) -> Int { rank[ties[i].source == name ? ties[i].target : ties[i].source] ?? .max }
            let strongest = list.sorted { a, b in
                if ties[a].weight != ties[b].weight { return ties[a].weight > ties[b].weight }
                let ra = other(a), rb = other(b)
                return ra != rb ? ra < rb : a < b
            }.prefix(k)
            for i in strongest { keep[i] = true }
        }
        return keep
    }
}
