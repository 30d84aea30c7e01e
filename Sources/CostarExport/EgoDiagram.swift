import Foundation

/// One person's circle: the person, their companions (and at depth 2 the companions' companions), and every tie
/// among them, drawn radially with the person in the middle.
public enum EgoDiagram {
    /// The person asked for is not in the network.
    public struct UnknownPerson: Error, Sendable, Equatable, CustomStringConvertible {
        /// The name asked for.
        public var name: String
        /// The closest names in the network, closest first.
        public var suggestions: [String]

        /// Creates the error.
        public init(name: String, suggestions: [String]) {
            self.name = name
            self.suggestions = suggestions
        }

        /// One line: "“Kery Washington” is not in the network; closest names: Kerry Washington, …".
        public var description: String {
            "“\(name)” is not in the network" + (suggestions.isEmpty ? "" : "; closest names: " + suggestions.joined(separator: ", "))
        }
    }

    /// Up to this many people drawn the automatic layout is radial (twopi); above it rings get too long to read, and
    /// the layout is chosen by size as for a network.
    public static let radialLimit = 60

    /// Names suggested when a person is not found.
    public static let suggestionCount = 3

    /// The person named `name`: the exact name, else the only name equal to it ignoring case, accents and extra
    /// spaces. Throws ``UnknownPerson`` with the closest names otherwise.
    public static func resolve(_ name: String, in report: NetworkReport) throws -> NetworkReport.Person {
        if let p = report.people.first(where: { $0.name == name }) { return p }
        let key = fold(name)
        let loose = report.people.filter { fold($0.name) == key }
        if loose.count == 1 { return loose[0] }
        throw UnknownPerson(name: name, suggestions: closestNames(to: name, in: report.people.map(\.name)))
    }

    /// Everyone within `depth` ties of weight at least `minWeight` from `name`, with their distance (0 for the
    /// person). Empty when `name` is not in the report.
    public static func members(of name: String, in report: NetworkReport, depth: Int, minWeight: Double = 0) -> [String: Int] {
        guard report.people.contains(where: { $0.name == name }) else { return [:] }
        var neighbours: [String: [String]] = [:]
        for t in report.ties where t.weight >= minWeight {
            neighbours[t.source, default: []].append(t.target)
            neighbours[t.target, default: []].append(t.source)
        }
        var distance = [name: 0]
        var frontier = [name]
        for step in 1...max(1, depth) {
            var next: [String] = []
            for v in frontier {
                for w in neighbours[v] ?? [] where distance[w] == nil {
                    distance[w] = step
                    next.append(w)
                }
            }
            frontier = next
        }
        return distance
    }

    /// Plans the picture of `person`'s circle. At most `options.maxPeople` people: the person, then companions by
    /// the weight of their tie to the person, then companions' companions by PageRank; when some are left out, each
    /// one keeps their `options.tiesPerPerson` strongest ties (and every tie to the person). The layout is twopi
    /// (rings by distance) up to ``radialLimit`` people, unless `options.engine` is set.
    public static func plan(report: NetworkReport, person name: String, depth: Int = 1,
                            options: DiagramOptions = DiagramOptions()) throws -> DiagramPlan {
        let centre = try resolve(name, in: report)
        let distance = members(of: centre.name, in: report, depth: depth, minWeight: options.minWeight)
        var tieToCentre: [String: Double] = [:]
        for t in report.ties where t.weight >= options.minWeight {
            if let other = t.other(than: centre.name) { tieToCentre[other] = t.weight }
        }
        let ordered = report.people.filter { distance[$0.name] != nil }.sorted { a, b in
            let da = distance[a.name]!, db = distance[b.name]!
            if da != db { return da < db }
            if da == 1, tieToCentre[a.name] != tieToCentre[b.name] { return tieToCentre[a.name]! > tieToCentre[b.name]! }
            return a.isMoreConnected(than: b)
        }
        let people = Array(ordered.prefix(max(1, options.maxPeople)))
        let kept = Set(people.map(\.name))
        var ties = report.ties.filter { $0.weight >= options.minWeight && kept.contains($0.source) && kept.contains($0.target) }
        let truncated = people.count < ordered.count
        if truncated, options.tiesPerPerson > 0 {
            // As in a capped network: each one's strongest ties, and every tie of the person.
            var rank: [String: Int] = [:]
            for p in report.people { rank[p.name] = p.rank }
            let keep = DiagramSelection.strongest(ties.map { ($0.source, $0.target, $0.weight) }, perPerson: options.tiesPerPerson, rank: rank)
            ties = ties.indices.filter { keep[$0] || ties[$0].other(than: centre.name) != nil }.map { ties[$0] }
        }

        let first = people.filter { distance[$0.name] == 1 }.count
        let second = people.filter { distance[$0.name] == 2 }.count
        let allFirst = ordered.filter { distance[$0.name] == 1 }.count
        let allSecond = ordered.filter { distance[$0.name] == 2 }.count
        let heavy = options.minWeight > 0 ? " of weight ≥ \(NumberFormat.decimal(options.minWeight, significant: 4))" : ""
        var title = [options.title ?? "\(centre.name)’s circle: \(report.label)"]
        var line = DiagramPlan.count(allFirst, "companion")
        if depth >= 2 { line += ", \(DiagramPlan.count(allSecond, "companion of companions", "companions of companions"))" }
        line += " and \(DiagramPlan.count(ties.count, "tie"))\(heavy) among them"
        line += " · rank \(centre.rank) of \(DiagramPlan.grouped(report.people.count)) in the network"
        title.append(line)
        var caption: String?
        if truncated {
            caption = "Showing \(people.count) of \(DiagramPlan.grouped(ordered.count)) people: "
                + "\(first) of \(allFirst) companions by tie weight"
                + (depth >= 2 ? ", \(second) of \(allSecond) companions of companions by PageRank" : "")
                + (options.tiesPerPerson > 0 ? "; each one's \(options.tiesPerPerson) strongest ties and all of \(centre.name)’s" : "")
            title.append(caption!)
        }
        title.append("Circle area: \(options.sizeBy.title) · colour: community · line width and shade: tie weight"
            + " · thick outline: \(centre.name)")

        let maxValue = people.map { options.sizeBy.value(of: $0) }.max() ?? 0
        let colours = DiagramPlan.communityColours(people)
        let marks = people.map { p in
            DiagramPlan.Mark(name: p.name, size: options.sizeBy.value(of: p),
                             fill: colours[p.community] ?? DiagramPlan.otherCommunityColour,
                             tooltip: DiagramPlan.tooltip(p),
                             extra: p.name == centre.name ? ["penwidth": "5", "color": DiagramPlan.inkColour] : [:])
        }
        let lines = ties.map { t in
            DiagramPlan.Line(source: t.source, target: t.target, weight: t.weight, colour: nil, tooltip: DiagramPlan.tooltip(t))
        }
        let engine = options.engine ?? (people.count <= radialLimit ? .twopi : LayoutEngine.automatic(people: people.count))
        return DiagramPlan(marks: marks, lines: lines, maxSize: maxValue, titleLines: title, caption: caption,
                           legend: DiagramPlan.communityLegend(report: report, drawn: people, colours: colours),
                           totalPeople: ordered.count, totalTies: report.ties.filter {
                               distance[$0.source] != nil && distance[$0.target] != nil && $0.weight >= options.minWeight
                           }.count,
                           options: options, engine: engine,
                           extraGraphAttributes: engine == .twopi ? ["root": centre.name] : [:])
    }

    /// The names closest to `query`: by edit distance ignoring case and accents, with names sharing a word with
    /// the query first.
    public static func closestNames(to query: String, in names: [String], limit: Int = suggestionCount) -> [String] {
        let q = fold(query)
        let qWords = Set(q.split(separator: " "))
        let scored = names.map { name -> (score: Int, name: String) in
            let n = fold(name)
            let shared = !qWords.isDisjoint(with: n.split(separator: " "))
            let contains = !q.isEmpty && n.contains(q)
            return (editDistance(q, n) - (shared ? 100 : 0) - (contains ? 200 : 0), name)
        }
        return scored.sorted { $0.score != $1.score ? $0.score < $1.score : $0.name < $1.name }.prefix(limit).map(\.name)
    }

    /// A file-name form of a name: ASCII letters and digits, lower case, words joined by `-`
    /// ("Janelle Monáe" → `janelle-monae`).
    public static func slug(_ name: String) -> String {
        var out = ""
        for scalar in fold(name).unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "person" : out
    }

    /// Lower case, accents removed, runs of spaces made one.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
