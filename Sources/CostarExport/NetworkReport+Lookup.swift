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
///
/// Neighbours are kept as one array of tie indexes grouped by person (compressed rows), filled in the report's tie
/// order: heaviest first, then by source, then by target name. That order already lists each person's neighbours
/// heaviest first, then by name (for equal weights, the partners named before the person are the sources of its
/// ties, those after it the targets), so no list is sorted.
public struct ReportIndex: Sendable {
    /// People by name: `index.person[name]`.
    public var person: People { People(people: people, position: position) }
    /// Captions by id.
    public let caption: [String: NetworkReport.Caption]
    private let people: [NetworkReport.Person]
    private let position: [String: Int]
    private let ties: [NetworkReport.Tie]
    private let row: [String: Int]
    private let start: [Int]
    private let entries: [Int32]
    private let neighbourCaptions: Bool

    /// Indexes a report; `captions: false` leaves ``caption`` empty (for comparisons, which quote no caption),
    /// `neighbourCaptions: false` leaves each ``Neighbour/captions`` empty (for comparisons, which only name
    /// neighbours), and `only` limits ``person`` and ``neighbours(of:)`` to those names (for reports that list a few
    /// people).
    public init(_ report: NetworkReport, captions: Bool = true, neighbourCaptions: Bool = true, only: Set<String>? = nil) {
        var position: [String: Int] = [:]
        position.reserveCapacity(only?.count ?? report.people.count)
        for (i, p) in report.people.enumerated() where only?.contains(p.name) ?? true { position[p.name] = i }
        var caption: [String: NetworkReport.Caption] = [:]
        if captions {
            caption.reserveCapacity(report.captions.count)
            for c in report.captions { caption[c.id] = c }
        }
        let inOrder = zip(report.ties, report.ties.dropFirst()).allSatisfy { !NetworkReport.isStronger($1, $0) }
        let ties = inOrder ? report.ties : report.ties.sorted(by: NetworkReport.isStronger)
        // A row for each indexed name that has a tie.
        var row: [String: Int] = [:]
        var ends: [(Int, Int)] = []
        ends.reserveCapacity(ties.count)
        func rowOf(_ name: String) -> Int {
            guard only?.contains(name) ?? true else { return -1 }
            if let r = row[name] { return r }
            row[name] = row.count
            return row.count - 1
        }
        for t in ties { ends.append((rowOf(t.source), rowOf(t.target))) }
        var start = [Int](repeating: 0, count: row.count + 1)
        for (a, b) in ends {
            if a >= 0 { start[a + 1] += 1 }
            if b >= 0 { start[b + 1] += 1 }
        }
        for r in 0..<row.count { start[r + 1] += start[r] }
        var fill = start
        var entries = [Int32](repeating: 0, count: start[row.count])
        for (i, (a, b)) in ends.enumerated() {
            if a >= 0 { entries[fill[a]] = Int32(i); fill[a] += 1 }
            if b >= 0 { entries[fill[b]] = Int32(i); fill[b] += 1 }
        }
        self.people = report.people
        self.position = position
        self.caption = caption
        self.ties = ties
        self.row = row
        self.start = start
        self.entries = entries
        self.neighbourCaptions = neighbourCaptions
    }

    /// The rank of `name`, or nil when the person is not indexed.
    public func rank(of name: String) -> Int? { position[name].map { people[$0].rank } }

    /// Whether `name` is indexed.
    public func contains(_ name: String) -> Bool { position[name] != nil }

    /// People by name, read from the report's list without copying it.
    public struct People: Sendable {
        let people: [NetworkReport.Person]
        let position: [String: Int]

        /// The person called `name`, or nil when not indexed.
        public subscript(name: String) -> NetworkReport.Person? { position[name].map { people[$0] } }
    }

    /// The neighbours of `name` (empty for an isolated or unknown person), heaviest first, then by name.
    public func neighbours(of name: String) -> [Neighbour] {
        tieIndexes(of: name).map { i in
            let t = ties[Int(i)]
            return Neighbour(name: t.source == name ? t.target : t.source, weight: t.weight,
                             captions: neighbourCaptions ? t.captions : [])
        }
    }

    /// The names of the neighbours of `name`, in the order of ``neighbours(of:)``.
    public func neighbourNames(of name: String) -> [String] {
        tieIndexes(of: name).map { i in
            let t = ties[Int(i)]
            return t.source == name ? t.target : t.source
        }
    }

    /// The indexes into the tie list of the ties of `name`, heaviest first, then by the other's name.
    private func tieIndexes(of name: String) -> ArraySlice<Int32> {
        guard let r = row[name] else { return [] }
        return entries[start[r]..<start[r + 1]]
    }
}
