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
    /// For each tie (index into `graph.edges`), the indices into `units` of the captions that make it.
    public let edgeUnits: [[Int32]]
    /// For each person, the indices into `units` of the captions where the person appears with one of the policy's roles.
    public let nodeUnits: [[Int32]]
    /// The policy that built it.
    public let policy: EdgePolicy

    /// Builds the network of the given units. People are the names with one of the policy's roles in a unit of one
    /// of its kinds; node ids follow the sorted names.
    public init(units allUnits: [ExtractedUnit], policy: EdgePolicy = EdgePolicy()) {
        let units = allUnits.filter { policy.kinds.contains($0.unit.kind) }
        var peoplePerUnit: [[String]] = []
        peoplePerUnit.reserveCapacity(units.count)
        var nameSet = Set<String>()
        for u in units {
            var seen = Set<String>()
            let people = u.names(with: policy.roles).filter { seen.insert($0).inserted }
            peoplePerUnit.append(people)
            nameSet.formUnion(people)
        }
        let names = nameSet.sorted()
        var id: [String: Int32] = [:]
        id.reserveCapacity(names.count)
        for (i, n) in names.enumerated() { id[n] = Int32(i) }

        var nodeUnits = [[Int32]](repeating: [], count: names.count)
        // Pairs are bucketed by their smaller id (a counting sort, units in order within each bucket), then each
        // bucket sorted as (larger id << 32 | unit): ties in (source, target) order, each with its units in order,
        // from sorts of plain integers.
        var idsPerUnit: [[Int32]] = []
        idsPerUnit.reserveCapacity(units.count)
        var bucketSize = [Int](repeating: 0, count: names.count + 1)
        for (ui, people) in peoplePerUnit.enumerated() {
            let ids = people.map { id[$0]! }.sorted()
            for v in ids { nodeUnits[Int(v)].append(Int32(ui)) }
            idsPerUnit.append(ids)
            guard ids.count > 1 else { continue }
            for i in 0..<(ids.count - 1) { bucketSize[Int(ids[i])] += ids.count - 1 - i }
        }
        var bucketStart = [Int](repeating: 0, count: names.count + 1)
        for v in 0..<names.count { bucketStart[v + 1] = bucketStart[v] + bucketSize[v] }
        var fill = bucketStart
        var pairs = [UInt64](repeating: 0, count: bucketStart[names.count])
        for (ui, ids) in idsPerUnit.enumerated() where ids.count > 1 {
            for i in 0..<(ids.count - 1) {
                let source = Int(ids[i])
                for j in (i + 1)..<ids.count {
                    pairs[fill[source]] = UInt64(UInt32(ids[j])) << 32 | UInt64(UInt32(ui))
                    fill[source] += 1
                }
            }
        }
        let weightOf: (Int) -> Double = policy.weighting == .count
            ? { _ in 1.0 } : { 1.0 / Double(idsPerUnit[$0].count - 1) }
        var edges: [CoappearanceGraph.Edge] = []
        var edgeUnits: [[Int32]] = []
        for source in 0..<names.count where bucketStart[source] < bucketStart[source + 1] {
            pairs[bucketStart[source]..<bucketStart[source + 1]].sort()
            var last: UInt32 = .max
            for p in pairs[bucketStart[source]..<bucketStart[source + 1]] {
                let target = UInt32(truncatingIfNeeded: p >> 32), unit = Int(UInt32(truncatingIfNeeded: p))
                if target == last {
                    edges[edges.count - 1].weight += weightOf(unit)
                    edgeUnits[edgeUnits.count - 1].append(Int32(unit))
                } else {
                    edges.append(.init(source: Int32(source), target: Int32(bitPattern: target), weight: weightOf(unit)))
                    edgeUnits.append([Int32(unit)])
                    last = target
                }
            }
        }
        self.graph = CoappearanceGraph(names: names, edges: edges)
        self.units = units
        self.edgeUnits = edgeUnits
        self.nodeUnits = nodeUnits
        self.policy = policy
    }

    /// The unit ids (`document#NN`) of the captions behind tie `edge`.
    public func captionIDs(ofEdge edge: Int) -> [String] { edgeUnits[edge].map { units[Int($0)].unit.id } }
    /// The unit ids of the captions in which person `node` appears.
    public func captionIDs(ofNode node: Int) -> [String] { nodeUnits[node].map { units[Int($0)].unit.id } }
}
