import CostarCorpus
import CostarExtraction

/// How a caption adds weight to the ties among its people.
public enum EdgeWeighting: String, Sendable, CaseIterable {
    /// Each shared caption adds 1: the weight is the number of captions two people share.
    case count
    /// Each caption with n people adds 1/(n-1) to each of its pairs (Newman 2001, "Scientific collaboration
    /// networks. II"), so a group photo counts less than a two-person one.
    case newman
}

/// Which mentions and which units make ties.
public struct EdgePolicy: Sendable, Hashable {
    /// Roles whose people are joined (default: only `present`).
    public var roles: Set<Role>
    /// Unit kinds that make ties (default: captions and prose; prose units join only the people present together).
    public var kinds: Set<UnitKind>
    /// How a caption adds weight.
    public var weighting: EdgeWeighting

    /// Creates a policy.
    public init(roles: Set<Role> = [.present], kinds: Set<UnitKind> = Set(UnitKind.allCases), weighting: EdgeWeighting = .count) {
        self.roles = roles
        self.kinds = kinds
        self.weighting = weighting
    }
}

/// A co-appearance graph with its evidence: which caption units each tie and each person come from.
public struct CoappearanceNetwork: Sendable {
    /// The graph.
    public let graph: CoappearanceGraph
    /// The units the network was built from (every unit of the selected kinds, with or without people).
    public let units: [ExtractedUnit]
    /// For each tie (index into `graph.edges`), the indices into `units` of the captions that make it, in order.
    public let edgeUnits: UnitLists
    /// For each person, the indices into `units` of the captions where the person appears with one of the policy's
    /// roles, in order.
    public let nodeUnits: UnitLists
    /// The policy that built it.
    public let policy: EdgePolicy

    /// Builds the network of the given units. People are the names with one of the policy's roles in a unit of one
    /// of its kinds; node ids follow the sorted names.
    ///
    /// Each name is looked up once per mention in one dictionary that numbers names as they first appear; the
    /// numbers are then renumbered by sorted name. A tie's evidence and a person's units are counting-sorted into
    /// flat arrays (``UnitLists``).
    public init(units allUnits: [ExtractedUnit], policy: EdgePolicy = EdgePolicy()) {
        let caption = policy.kinds.contains(.caption), prose = policy.kinds.contains(.prose)
        func takes(_ kind: UnitKind) -> Bool {
            switch kind {
            case .caption: return caption
            case .prose: return prose
            }
        }
        // All units usually pass, and then the array is shared rather than copied.
        let units = allUnits.indices.allSatisfy { takes(allUnits[$0].unit.kind) }
            ? allUnits : allUnits.filter { takes($0.unit.kind) }
        let people = UnitPeople(units, roles: policy.roles)
        let n = people.names.count
        let unitCount = units.count

        // Each person's units: a counting sort of the (person, unit) pairs, units in order.
        var nodeStart = [Int](repeating: 0, count: n + 1)
        for v in people.members { nodeStart[Int(v) + 1] += 1 }
        for v in 0..<n { nodeStart[v + 1] += nodeStart[v] }
        var nodeFill = nodeStart
        var nodeValues = [Int32](repeating: 0, count: people.members.count)
        // Pairs are bucketed by their smaller id (a counting sort, units in order within each bucket), then each
        // bucket sorted as (larger id << 32 | unit): ties in (source, target) order, each with its units in order,
        // from sorts of plain integers.
        var bucketStart = [Int](repeating: 0, count: n + 1)
        for u in 0..<unitCount {
            let start = people.start[u], end = people.start[u + 1]
            for i in start..<end {
                let v = Int(people.members[i])
                nodeValues[nodeFill[v]] = Int32(u)
                nodeFill[v] += 1
                bucketStart[v + 1] += end - 1 - i
            }
        }
        for v in 0..<n { bucketStart[v + 1] += bucketStart[v] }
        var pairs = [UInt64](repeating: 0, count: bucketStart[n])
        var pairFill = bucketStart
        for u in 0..<unitCount {
            let start = people.start[u], end = people.start[u + 1]
            guard end - start > 1 else { continue }
            for i in start..<(end - 1) {
                let source = Int(people.members[i])
                for j in (i + 1)..<end {
                    pairs[pairFill[source]] = UInt64(UInt32(people.members[j])) << 32 | UInt64(UInt32(u))
                    pairFill[source] += 1
                }
            }
        }
        nodeFill = []
        pairFill = []

        // One tie per distinct (source, target); its evidence is the units of its pairs, already in order.
        let newman = policy.weighting == .newman
        var edges: [CoappearanceGraph.Edge] = []
        var edgeStart: [Int] = []
        var edgeValues = [Int32](repeating: 0, count: pairs.count)
        let buckets = bucketStart
        pairs.withUnsafeMutableBufferPointer { pairs in
            // The buckets are sorted first, in runs of sources holding about as many pairs each, the runs at once.
            let shares = Parallel.ranges(pairs.count, parts: pairs.count < 100_000 ? 1 : Parallel.cores)
            let starts = shares.map { share in
                // The first source whose bucket starts at or after the share's first pair.
                var low = 0, high = n
                while low < high {
                    let mid = (low + high) / 2
                    if buckets[mid] < share.lowerBound { low = mid + 1 } else { high = mid }
                }
                return low
            }
            let runs = starts.indices.map { r in starts[r]..<(r + 1 < starts.count ? starts[r + 1] : n) }
            Parallel.forEach(runs.count, sharing: pairs) { r, pairs in
                for source in runs[r] where buckets[source] < buckets[source + 1] {
                    pairs[buckets[source]..<buckets[source + 1]].sort()
                }
            }
            for source in 0..<n where buckets[source] < buckets[source + 1] {
                let bucket = buckets[source]..<buckets[source + 1]
                var last: UInt32 = .max
                for p in bucket {
                    let target = UInt32(truncatingIfNeeded: pairs[p] >> 32)
                    let unit = Int(UInt32(truncatingIfNeeded: pairs[p]))
                    edgeValues[p] = Int32(unit)
                    let weight = newman ? 1.0 / Double(people.start[unit + 1] - people.start[unit] - 1) : 1.0
                    if target == last {
                        edges[edges.count - 1].weight += weight
                    } else {
                        edgeStart.append(p)
                        edges.append(.init(source: Int32(source), target: Int32(bitPattern: target), weight: weight))
                        last = target
                    }
                }
            }
        }
        edgeStart.append(pairs.count)
        self.graph = CoappearanceGraph(names: people.names, edges: edges)
        self.units = units
        self.edgeUnits = UnitLists(offsets: edgeStart, values: edgeValues)
        self.nodeUnits = UnitLists(offsets: nodeStart, values: nodeValues)
        self.policy = policy
    }

    /// The unit ids (`document#NN`) of the captions behind tie `edge`.
    public func captionIDs(ofEdge edge: Int) -> [String] { edgeUnits[edge].map { units[Int($0)].unit.id } }
    /// The unit ids of the captions in which person `node` appears.
    public func captionIDs(ofNode node: Int) -> [String] { nodeUnits[node].map { units[Int($0)].unit.id } }
}

/// The people of each unit as node ids: the distinct names with one of the roles, numbered by sorted name.
private struct UnitPeople {
    /// Every name, sorted: node `v` is `names[v]`.
    var names: [String]
    /// Start of each unit's people in ``members``, plus the end of the last: `units.count + 1` entries.
    var start: [Int]
    /// Each unit's node ids, sorted, unit after unit.
    var members: [Int32]

    /// Numbers the names as they first appear (one dictionary probe per mention), then renumbers them by sorted name.
    /// Many units are numbered in consecutive parts at once, each part with its own dictionary; the parts' names are
    /// then numbered on from the parts before them, as one pass in unit order would have numbered them.
    init(_ units: [ExtractedUnit], roles: Set<Role>) {
        let parts = Parallel.ranges(units.count, parts: units.count < 50_000 ? 1 : Parallel.cores)
        var numbered = Parallel.map(parts.count) { p in FirstAppearances(units, parts[p], roles: roles) }
        var number = numbered[0].number
        var found = numbered[0].found
        for p in numbered.indices.dropFirst() {
            // The part's own numbers, renumbered in the whole's first-appearance order.
            let renumber = numbered[p].found.map { name in
                let next = Int32(found.count)
                let v = Self.insert(&number[name, default: -1], next)
                if v == next { found.append(name) }
                return v
            }
            numbered[p].members.withUnsafeMutableBufferPointer { members in
                for i in members.indices { members[i] = renumber[Int(members[i])] }
            }
        }
        number = [:]
        var order = [Int](0..<found.count)
        order.sort { found[$0] < found[$1] }
        var rank = [Int32](repeating: 0, count: found.count)
        for (i, v) in order.enumerated() { rank[v] = Int32(i) }
        names = order.map { found[$0] }
        // The parts' lists joined, each unit's people renumbered by rank and sorted, the parts at once.
        start = [0]
        start.reserveCapacity(units.count + 1)
        members = []
        members.reserveCapacity(numbered.reduce(0) { $0 + $1.members.count })
        for p in numbered.indices {
            let base = members.count
            start += numbered[p].ends.lazy.map { base + $0 }
            members += numbered[p].members
        }
        numbered = []
        let (start, ranks) = (self.start, rank)
        members.withUnsafeMutableBufferPointer { members in
            Parallel.forEach(parts.count, sharing: members) { p, members in
                for u in parts[p] {
                    let range = start[u]..<start[u + 1]
                    for i in range { members[i] = ranks[Int(members[i])] }
                    if range.count > 1 { members[range].sort() }
                }
            }
        }
    }

    /// The number in `slot`, set to `next` first if it is unset (-1): one probe of the dictionary for both.
    static func insert(_ slot: inout Int32, _ next: Int32) -> Int32 {
        if slot < 0 { slot = next }
        return slot
    }
}

/// The people of a run of units, numbered in the order they first appear there.
private struct FirstAppearances {
    /// Each name's number.
    var number: [String: Int32] = [:]
    /// The names by number.
    var found: [String] = []
    /// Each unit's people (numbers, each once, in the order mentioned), unit after unit.
    var members: [Int32] = []
    /// Where each unit's people end in ``members``.
    var ends: [Int] = []

    init(_ units: [ExtractedUnit], _ range: Range<Int>, roles: Set<Role>) {
        let present = roles.contains(.present), named = roles.contains(.named), credit = roles.contains(.credit)
        func takes(_ role: Role) -> Bool {
            switch role {
            case .present: return present
            case .named: return named
            case .credit: return credit
            }
        }
        ends.reserveCapacity(range.count)
        members.reserveCapacity(range.count)
        for u in range {
            let first = members.count
            for person in units[u].people where takes(person.role) {
                let next = Int32(found.count)
                let v = UnitPeople.insert(&number[person.name, default: -1], next)
                if v == next { found.append(person.name) }
                if !members[first...].contains(v) { members.append(v) }
            }
            ends.append(members.count)
        }
    }
}
