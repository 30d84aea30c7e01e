import Foundation

/// One picture of two networks together (e.g. 2022 and 2023): everyone and every tie of either, coloured by when
/// they appear: only in the earlier network, only in the later one, or in both.
public enum ComparisonDiagram {
    /// When a person or tie appears.
    public enum Presence: Sendable, Equatable, CaseIterable {
        /// Only in the earlier network (gone).
        case onlyBefore
        /// Only in the later network (new).
        case onlyAfter
        /// In both (returning guest, kept tie).
        case both

        /// Fill of a person's circle: Paul Tol's light orange, light blue and mint (colour-blind safe).
        public var fill: String {
            switch self {
            case .onlyBefore: return "#EE8866"
            case .onlyAfter: return "#77AADD"
            case .both: return "#44BB99"
            }
        }

        /// Colour of a tie and of a circle's outline: Paul Tol's vibrant orange, blue and teal.
        public var line: String {
            switch self {
            case .onlyBefore: return "#EE7733"
            case .onlyAfter: return "#0077BB"
            case .both: return "#009988"
            }
        }

        init(before: Bool, after: Bool) {
            self = before && after ? .both : before ? .onlyBefore : .onlyAfter
        }
    }

    /// Plans the picture: up to `options.maxPeople` people, the most connected of either network first (the measure
    /// as a share of its network's largest, the larger of the two years); circle area by `options.sizeBy` the same
    /// way; each person and tie coloured by ``Presence``; line width and opacity by weight (the larger of the two).
    public static func plan(before: NetworkReport, after: NetworkReport, options: DiagramOptions = DiagramOptions()) -> DiagramPlan {
        let b = ReportIndex(before, captions: false, neighbourCaptions: false), a = ReportIndex(after, captions: false, neighbourCaptions: false)
        return plan(before: before, after: after, comparison: Comparison(before: before, after: after, indexes: (b, a)),
                    indexes: (b, a), options: options)
    }

    /// ``plan(before:after:options:)`` with the comparison and the two indexes (captions not needed) already made.
    public static func plan(before: NetworkReport, after: NetworkReport, comparison: Comparison,
                            indexes: (before: ReportIndex, after: ReportIndex),
                            options: DiagramOptions = DiagramOptions()) -> DiagramPlan {
        let b = indexes.before, a = indexes.after
        let maxPagerank = (before.people.map(\.pagerank).max() ?? 0, after.people.map(\.pagerank).max() ?? 0)
        let maxSize = (before.people.map { options.sizeBy.value(of: $0) }.max() ?? 0,
                       after.people.map { options.sizeBy.value(of: $0) }.max() ?? 0)
        func share(_ value: Double?, _ max: Double) -> Double { max > 0 ? (value ?? 0) / max : 0 }

        struct Entry { var name: String; var score: Double; var size: Double; var presence: Presence }
        // Everyone of either year, read from the two lists (a name in both gets the larger share of each): the
        // earlier people by position, then the later ones not among them.
        let (_, beforeOf) = Comparison.match(b, a)
        var all: [Entry] = []
        all.reserveCapacity(b.people.count + a.people.count)
        for p in b.people.indices {
            let person = b.people[p]
            all.append(Entry(name: person.name, score: share(person.pagerank, maxPagerank.0),
                             size: share(options.sizeBy.value(of: person), maxSize.0), presence: .onlyBefore))
        }
        // The entry of each later person.
        var entryOf = beforeOf
        for p in a.people.indices {
            let person = a.people[p]
            let score = share(person.pagerank, maxPagerank.1), size = share(options.sizeBy.value(of: person), maxSize.1)
            if entryOf[p] >= 0 {
                let i = entryOf[p]
                all[i].score = Swift.max(all[i].score, score)
                all[i].size = Swift.max(all[i].size, size)
                all[i].presence = .both
            } else {
                entryOf[p] = all.count
                all.append(Entry(name: person.name, score: score, size: size, presence: .onlyAfter))
            }
        }
        // The top `maxPeople` by score, then name: only the entries scoring at least the one in that place need
        // sorting by name.
        let limit = max(0, options.maxPeople)
        let scores = all.map(\.score).sorted(by: >)
        let lowest = limit == 0 ? Double.infinity : scores.isEmpty ? 0 : scores[Swift.min(limit, scores.count) - 1]
        let top = all.indices.filter { all[$0].score >= lowest }
            .sorted { all[$0].score != all[$1].score ? all[$0].score > all[$1].score : all[$0].name < all[$1].name }
            .prefix(limit)
        let people = top.map { all[$0] }
        var kept = [Bool](repeating: false, count: all.count)
        for i in top { kept[i] = true }
        // Ranks of the people drawn (everyone above them is among `top`).
        var rank: [String: Int] = [:]
        for (i, e) in people.enumerated() { rank[e.name] = i + 1 }
        let totalPeople = all.count

        struct Pair: Hashable { var source: String; var target: String }
        // The ties among the people drawn, by pair; every pair of either year is counted by the comparison.
        /// The ties of `index` between two people drawn (`entry` gives the entry of a person's position), by pair.
        func drawnTies(_ index: ReportIndex, entry: (Int) -> Int) -> [(pair: Pair, tie: NetworkReport.Tie)] {
            index.ties.indices.compactMap { t in
                let (s, g) = index.ends(ofTie: t)
                guard s >= 0, g >= 0, kept[entry(s)], kept[entry(g)] else { return nil }
                let (source, target) = index.names(ofTie: t)
                return (Pair(source: source, target: target), index.ties[t])
            }
        }
        var weights: [Pair: (before: NetworkReport.Tie?, after: NetworkReport.Tie?)] = [:]
        for x in drawnTies(b, entry: { $0 }) { weights[x.pair, default: (nil, nil)].before = x.tie }
        for x in drawnTies(a, entry: { entryOf[$0] }) { weights[x.pair, default: (nil, nil)].after = x.tie }
        let pairs = comparison.tiesKept.count + comparison.tiesNew.count + comparison.tiesLost.count
        func weight(_ w: (before: NetworkReport.Tie?, after: NetworkReport.Tie?)) -> Double {
            Swift.max(w.before?.weight ?? 0, w.after?.weight ?? 0)
        }
        var among = weights.filter { weight($0.value) >= options.minWeight }.map { (pair: $0.key, ties: $0.value) }
        among.sort { x, y in
            let wx = weight(x.ties), wy = weight(y.ties)
            return wx != wy ? wx > wy : (x.pair.source, x.pair.target) < (y.pair.source, y.pair.target)
        }
        let truncated = people.count < totalPeople
        if truncated, options.tiesPerPerson > 0 {
            let keep = DiagramSelection.strongest(among.map { ($0.pair.source, $0.pair.target, weight($0.ties)) },
                                                  perPerson: options.tiesPerPerson, rank: rank)
            among = among.indices.filter { keep[$0] }.map { among[$0] }
        }

        let n = { (x: Double) in NumberFormat.decimal(x, significant: 3) }
        func describe(_ label: String, _ p: NetworkReport.Person?) -> String {
            guard let p else { return "\(label): not there" }
            return "\(label): rank \(p.rank), degree \(p.degree), PageRank \(n(p.pagerank)), \(DiagramPlan.count(p.captions.count, "caption"))"
        }
        func describe(_ label: String, _ t: NetworkReport.Tie?) -> String {
            guard let t else { return "\(label): no tie" }
            return "\(label): weight \(n(t.weight)) (\(DiagramPlan.captionList(t.captions)))"
        }
        let marks = people.map { e in
            DiagramPlan.Mark(name: e.name, size: e.size, fill: e.presence.fill,
                             tooltip: DiagramPlan.escapeLabel(e.name) + "\\n" + DiagramPlan.escapeLabel(describe(before.label, b.person[e.name]))
                                 + "\\n" + DiagramPlan.escapeLabel(describe(after.label, a.person[e.name])),
                             extra: ["color": e.presence.line, "penwidth": "1.6"])
        }
        let minW = among.map { weight($0.ties) }.min() ?? 0, maxW = among.map { weight($0.ties) }.max() ?? 0
        let lines = among.map { x -> DiagramPlan.Line in
            let presence = Presence(before: x.ties.before != nil, after: x.ties.after != nil)
            let s = DiagramPlan.strength(weight: weight(x.ties), minWeight: minW, maxWeight: maxW)
            let alpha = String(format: "%02X", Int((112 + 143 * s).rounded()))
            return DiagramPlan.Line(source: x.pair.source, target: x.pair.target, weight: weight(x.ties),
                                    colour: presence.line + alpha,
                                    tooltip: DiagramPlan.escapeLabel("\(x.pair.source) & \(x.pair.target)") + "\\n"
                                        + DiagramPlan.escapeLabel(describe(before.label, x.ties.before)) + "\\n"
                                        + DiagramPlan.escapeLabel(describe(after.label, x.ties.after)))
        }

        var title = [options.title ?? "Who came back: \(before.label) and \(after.label)"]
        title.append("\(before.label): \(DiagramPlan.count(before.people.count, "person", "people")), "
            + "\(DiagramPlan.count(before.ties.count, "tie")) · \(after.label): "
            + "\(DiagramPlan.count(after.people.count, "person", "people")), \(DiagramPlan.count(after.ties.count, "tie"))")
        var caption: String?
        if truncated || among.count < pairs {
            let lightest = NumberFormat.decimal(options.minWeight > 0 ? options.minWeight : minW, significant: 4)
            let which = truncated && options.tiesPerPerson > 0 ? "each one's \(options.tiesPerPerson) strongest ties" : "the ties among them"
            caption = "Showing \(DiagramPlan.grouped(people.count)) of \(DiagramPlan.grouped(totalPeople)) people: "
                + (truncated ? "the top by PageRank in either year" : "everyone")
                + "; \(which) of weight ≥ \(lightest) (\(DiagramPlan.grouped(among.count)) of \(DiagramPlan.grouped(pairs)))"
            title.append(caption!)
        }
        title.append("Circle area: \(options.sizeBy.title) (the larger share of either year’s top) · colour: when they appear"
            + " · line width and shade: tie weight")
        let legend = [
            DiagramPlan.LegendEntry(fill: Presence.onlyBefore.fill, line: Presence.onlyBefore.line,
                                    text: "Only in \(before.label): \(DiagramPlan.count(comparison.gone.count, "person", "people")), "
                                        + "\(DiagramPlan.count(comparison.tiesLost.count, "tie"))"),
            DiagramPlan.LegendEntry(fill: Presence.onlyAfter.fill, line: Presence.onlyAfter.line,
                                    text: "Only in \(after.label): \(DiagramPlan.count(comparison.new.count, "person", "people")), "
                                        + "\(DiagramPlan.count(comparison.tiesNew.count, "tie"))"),
            DiagramPlan.LegendEntry(fill: Presence.both.fill, line: Presence.both.line,
                                    text: "In both: \(DiagramPlan.count(comparison.returning.count, "person", "people")), "
                                        + "\(DiagramPlan.count(comparison.tiesKept.count, "tie"))"),
        ]
        return DiagramPlan(marks: marks, lines: lines, maxSize: people.map(\.size).max() ?? 0, titleLines: title,
                           caption: caption, legend: legend, totalPeople: totalPeople, totalTies: pairs,
                           options: options)
    }

    /// The files of a comparison: `compare-<A>-<B>.svg` and `.png` (the picture) and `.csv` (``ComparisonCSV``),
    /// named by the two labels.
    public static func files(before: NetworkReport, after: NetworkReport, options: DiagramOptions = DiagramOptions(),
                             renderer: GraphvizRenderer) throws -> [(name: String, data: Data)] {
        let b = ReportIndex(before, captions: false, neighbourCaptions: false), a = ReportIndex(after, captions: false, neighbourCaptions: false)
        return try files(before: before, after: after, comparison: Comparison(before: before, after: after, indexes: (b, a)),
                         indexes: (b, a), options: options, renderer: renderer)
    }

    /// ``files(before:after:options:renderer:)`` with the comparison and the two indexes (captions not needed)
    /// already made.
    public static func files(before: NetworkReport, after: NetworkReport, comparison: Comparison,
                             indexes: (before: ReportIndex, after: ReportIndex), options: DiagramOptions = DiagramOptions(),
                             renderer: GraphvizRenderer) throws -> [(name: String, data: Data)] {
        let base = "compare-\(before.label)-\(after.label)"
        let drawn = try renderer.render(plan(before: before, after: after, comparison: comparison, indexes: indexes,
                                             options: options), formats: [.svg, .png])
        return [
            (base + ".svg", drawn[.svg]!),
            (base + ".png", drawn[.png]!),
            (base + ".csv", Data(ComparisonCSV.render(comparison).utf8)),
        ]
    }
}
