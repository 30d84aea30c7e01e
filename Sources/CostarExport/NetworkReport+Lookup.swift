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

/// A value that travels with another without being part of it: always equal to another, never saved.
struct Unsaved<Value: Sendable>: Sendable, Equatable {
    var value: Value

    init(_ value: Value) { self.value = value }

    static func == (_: Self, _: Self) -> Bool { true }
}

extension NetworkReport {
    /// What ``init(label:network:analysis:)`` knows of its lists without looking at a name: where each tie's ends
    /// are in ``people`` and where each person's name falls in name order.
    struct Layout: Sendable {
        /// The two ends of a tie as positions in ``people``.
        struct Ends: Sendable, Equatable {
            var source: Int32
            var target: Int32
        }

        /// The names of ``people`` the layout was made for, in their order.
        let names: [String]
        /// Each tie's ends, in the tie order.
        let ends: [Ends]
        /// The place in name order of each person's name, by position in ``people``.
        let nameOrder: [Int32]
    }

    /// ``layout`` while the report still matches it: the same names in the same places, and ties that are (the first
    /// ones of) its ties, in the tie order (``isStronger(_:_:)``) with each source named before its target. Checking
    /// costs no hashing: a name made for the layout is the same string, compared by identity.
    var verifiedLayout: Layout? {
        layout.value.flatMap { matches($0, ties: ties.count) ? $0 : nil }
    }

    /// The ends of the first `count` ties as positions in ``people``, when the layout is known and matches the
    /// people and those ties (checking only them).
    func tieEnds(first count: Int) -> ArraySlice<Layout.Ends>? {
        guard let layout = layout.value, count <= ties.count, matches(layout, ties: count) else { return nil }
        return layout.ends.prefix(count)
    }

    /// Whether `layout` matches the people and the first `count` ties (see ``verifiedLayout``).
    private func matches(_ layout: Layout, ties count: Int) -> Bool {
        guard layout.names.count == people.count, count <= layout.ends.count else { return false }
        for i in people.indices where people[i].name != layout.names[i] { return false }
        let order = layout.nameOrder
        var previous: (weight: Double, source: Int32, target: Int32)?
        for i in 0..<count {
            let t = ties[i], e = layout.ends[i]
            guard layout.names[Int(e.source)] == t.source, layout.names[Int(e.target)] == t.target else { return false }
            let (s, g) = (order[Int(e.source)], order[Int(e.target)])
            guard s < g else { return false }
            if let p = previous {
                guard t.weight <= p.weight, t.weight < p.weight || (p.source, p.target) < (s, g) else { return false }
            }
            previous = (t.weight, s, g)
        }
        return true
    }
}

/// Name lookups over a report, built once: person by name, neighbours by name, caption by id.
///
/// Ties are kept in the report's tie order (heaviest first, then by source, then by target name) with their ends as
/// positions in the people list, and grouped by person (compressed rows). That order already lists each person's
/// neighbours heaviest first, then by name (for equal weights, the partners named before the person are the sources
/// of its ties, those after it the targets), so no list is sorted. A report built from a network knows its ties'
/// ends (``NetworkReport/verifiedLayout``); any other report's names are looked up once per tie.
public struct ReportIndex: Sendable {
    /// People by name: `index.person[name]`.
    public var person: People { People(people: people, position: position) }
    /// Captions by id.
    public let caption: [String: NetworkReport.Caption]
    /// The report's people.
    let people: [NetworkReport.Person]
    private let position: [String: Int]
    /// The report's ties, in the tie order.
    let ties: [NetworkReport.Tie]
    /// Each tie's ends as positions in ``people``, -1 for an end not indexed.
    private let ends: [NetworkReport.Layout.Ends]
    /// Whether each tie's source is named before its target and the ties are in the tie order, known without
    /// comparing names (so lists taken from ``ties`` in order need no sorting).
    let namesInOrder: Bool
    /// The people's names by position, in a list of their own (read without touching a person or a tie).
    private let names: [String]
    private let start: [Int]
    /// Each person's ties (indexes into ``ties``), person after person from ``start``.
    private let entries: [Int32]
    /// For each of ``entries``, the position of the tie's other end (-1 when not indexed).
    private let partners: [Int32]
    private let neighbourCaptions: Bool

    /// Indexes a report; `captions: false` leaves ``caption`` empty (for comparisons, which quote no caption),
    /// `neighbourCaptions: false` leaves each ``Neighbour/captions`` empty (for comparisons, which only name
    /// neighbours), and `only` limits ``person`` and ``neighbours(of:)`` to those names (for reports that list a few
    /// people).
    public init(_ report: NetworkReport, captions: Bool = true, neighbourCaptions: Bool = true, only: Set<String>? = nil) {
        self.init(report, captions: captions, neighbourCaptions: neighbourCaptions, only: only, byName: true)
    }

    /// Indexes a report; `byName: false` (for work by position only) leaves out the name lookups when the report
    /// knows its ties' ends (``NetworkReport/verifiedLayout``): then no one is found by name.
    init(_ report: NetworkReport, captions: Bool, neighbourCaptions: Bool, only: Set<String>?, byName: Bool) {
        let layout = report.verifiedLayout
        let named = byName || layout == nil
        var position: [String: Int] = [:]
        var indexed = [Bool](repeating: only == nil, count: report.people.count)
        if named || only != nil {
            if named { position.reserveCapacity(only?.count ?? report.people.count) }
            for i in report.people.indices {
                let name = report.people[i].name
                guard only?.contains(name) ?? true else { continue }
                if named { position[name] = i }
                indexed[i] = true
            }
        }
        var caption: [String: NetworkReport.Caption] = [:]
        if captions {
            caption.reserveCapacity(report.captions.count)
            for c in report.captions { caption[c.id] = c }
        }
        if let layout {
            ties = report.ties
            ends = layout.ends.prefix(ties.count).map { e in
                .init(source: indexed[Int(e.source)] ? e.source : -1, target: indexed[Int(e.target)] ? e.target : -1)
            }
            namesInOrder = true
        } else {
            let inOrder = report.ties.indices.dropFirst().allSatisfy { !NetworkReport.isStronger(report.ties[$0], report.ties[$0 - 1]) }
            ties = inOrder ? report.ties : report.ties.sorted(by: NetworkReport.isStronger)
            ends = ties.map { t in .init(source: Int32(position[t.source] ?? -1), target: Int32(position[t.target] ?? -1)) }
            namesInOrder = false
        }
        (start, entries, partners) = Self.rows(ends, people: report.people.count)
        self.names = layout?.names ?? report.people.map(\.name)
        self.people = report.people
        self.position = position
        self.caption = caption
        self.neighbourCaptions = neighbourCaptions
    }

    /// Each person's ties, person after person (compressed rows): tie `i` is filed under each indexed end, in tie
    /// order, with the position of its other end.
    private static func rows(_ ends: [NetworkReport.Layout.Ends], people: Int)
        -> (start: [Int], entries: [Int32], partners: [Int32]) {
        var start = [Int](repeating: 0, count: people + 1)
        for e in ends {
            if e.source >= 0 { start[Int(e.source) + 1] += 1 }
            if e.target >= 0 { start[Int(e.target) + 1] += 1 }
        }
        for r in 0..<people { start[r + 1] += start[r] }
        var fill = start
        var entries = [Int32](repeating: 0, count: start[people]), partners = entries
        func file(_ i: Int, under end: Int32, other: Int32) {
            guard end >= 0 else { return }
            entries[fill[Int(end)]] = Int32(i)
            partners[fill[Int(end)]] = other
            fill[Int(end)] += 1
        }
        for (i, e) in ends.enumerated() {
            file(i, under: e.source, other: e.target)
            file(i, under: e.target, other: e.source)
        }
        return (start, entries, partners)
    }

    /// The rank of `name`, or nil when the person is not indexed.
    public func rank(of name: String) -> Int? { position[name].map { people[$0].rank } }

    /// Whether `name` is indexed.
    public func contains(_ name: String) -> Bool { position[name] != nil }

    /// The position of `name` in the report's people, or nil when the person is not indexed.
    func position(of name: String) -> Int? { position[name] }

    /// People by name, read from the report's list without copying it.
    public struct People: Sendable {
        let people: [NetworkReport.Person]
        let position: [String: Int]

        /// The person called `name`, or nil when not indexed.
        public subscript(name: String) -> NetworkReport.Person? { position[name].map { people[$0] } }
    }

    /// The neighbours of `name` (empty for an isolated or unknown person), heaviest first, then by name.
    public func neighbours(of name: String) -> [Neighbour] { neighbours(of: name, first: .max) }

    /// The first `count` of ``neighbours(of:)`` (the others are not made).
    func neighbours(of name: String, first count: Int) -> [Neighbour] {
        guard let p = position[name] else { return [] }
        return tieIndexes(at: p).prefix(count).map { i in
            let t = ties[Int(i)]
            return Neighbour(name: otherName(ofTie: Int(i), than: p), weight: t.weight,
                             captions: neighbourCaptions ? t.captions : [])
        }
    }

    /// The names of the neighbours of `name`, in the order of ``neighbours(of:)``.
    public func neighbourNames(of name: String) -> [String] {
        position[name].map(neighbourNames(at:)) ?? []
    }

    /// The names of the neighbours of the person at `position`, in the order of ``neighbours(of:)``.
    func neighbourNames(at position: Int) -> [String] {
        ties(at: position).map { t, other in other >= 0 ? names[Int(other)] : otherName(ofTie: Int(t), than: position) }
    }

    /// The ties of the person at `position` (indexes into ``ties``), each with the position of its other end (-1
    /// when not indexed), heaviest first, then by the other's name.
    func ties(at position: Int) -> Zip2Sequence<ArraySlice<Int32>, ArraySlice<Int32>> {
        let range = start[position]..<start[position + 1]
        return zip(entries[range], partners[range])
    }

    /// The indexes into ``ties`` of the ties of the person at `position`, heaviest first, then by the other's name.
    func tieIndexes(at position: Int) -> ArraySlice<Int32> {
        entries[start[position]..<start[position + 1]]
    }

    /// The positions in ``people`` of the ends of tie `i` (-1 for an end not indexed).
    func ends(ofTie i: Int) -> (source: Int, target: Int) {
        (Int(ends[i].source), Int(ends[i].target))
    }

    /// The names of the ends of tie `i`, the alphabetically smaller first.
    func names(ofTie i: Int) -> (smaller: String, larger: String) {
        let t = ties[i]
        return namesInOrder ? (t.source, t.target) : (min(t.source, t.target), max(t.source, t.target))
    }

    /// The name of the end of tie `i` that is not the person at `position`.
    private func otherName(ofTie i: Int, than position: Int) -> String {
        Int(ends[i].source) == position ? ties[i].target : ties[i].source
    }
}
