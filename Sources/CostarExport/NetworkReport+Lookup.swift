/// One neighbour of a person: who, how heavy the tie is, and the captions behind it.
public struct Neighbour: Sendable, Equatable {
    /// The neighbour's name.
    public var name: String
    /// The tie's weight.
    public var weight: Double
    /// Ids of the captions the two share.
    public var captions: [String]

    /// Creates a neighbour.
    public init(name: String, weight: Double, captions: [String]) {
        self.name = name
        self.weight = weight
        self.captions = captions
    }
}

/// Name lookups over a report, built once: person by name, neighbours by name, caption by id.
public struct ReportIndex: Sendable {
    /// People by name.
    public let person: [String: NetworkReport.Person]
    /// Captions by id.
    public let caption: [String: NetworkReport.Caption]
    /// Each person's neighbours, heaviest tie first, then by name.
    public let neighbours: [String: [Neighbour]]

    /// Indexes a report; `captions: false` leaves ``caption`` empty (for comparisons, which quote no caption).
    public init(_ report: NetworkReport, captions: Bool = true) {
        var person: [String: NetworkReport.Person] = [:]
        person.reserveCapacity(report.people.count)
        for p in report.people { person[p.name] = p }
        var caption: [String: NetworkReport.Caption] = [:]
        if captions {
            caption.reserveCapacity(report.captions.count)
            for c in report.captions { caption[c.id] = c }
        }
        var neighbours: [String: [Neighbour]] = [:]
        for t in report.ties {
            neighbours[t.source, default: []].append(Neighbour(name: t.target, weight: t.weight, captions: t.captions))
            neighbours[t.target, default: []].append(Neighbour(name: t.source, weight: t.weight, captions: t.captions))
        }
        for key in neighbours.keys {
            neighbours[key]!.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.name < $1.name }
        }
        self.person = person
        self.caption = caption
        self.neighbours = neighbours
    }

    /// The neighbours of `name` (empty for an isolated or unknown person), heaviest first.
    public func neighbours(of name: String) -> [Neighbour] { neighbours[name] ?? [] }
}
