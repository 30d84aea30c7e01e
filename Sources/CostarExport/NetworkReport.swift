import CostarAnalysis
import CostarCorpus
import CostarExtraction
import CostarGraph

/// The saved form of one analysed network (`graph.json`): its people with every measure, its ties with their
/// evidence, its communities, and the captions the evidence points to, so reports can be written and compared
/// without the corpus.
///
/// Ordering is stable: people by ``NetworkReport/isMoreConnected(_:than:)`` (most connected first), ties by
/// weight (heaviest first) then by names, communities by id, captions in corpus order.
public struct NetworkReport: Codable, Sendable, Equatable {
    /// The version of this format written by ``jsonData()``; ``load(from:)`` accepts only this version.
    public static let currentSchemaVersion = 1

    /// Format version (``currentSchemaVersion`` when written by this code).
    public var schemaVersion: Int
    /// Which network this is: a year ("2022"), or "all".
    public var label: String
    /// Names of the documents the caption units come from, sorted.
    public var documents: [String]
    /// Sizes of the network.
    public var counts: Counts
    /// Modularity of the community partition.
    public var modularity: Double
    /// Which measures were estimated by sampling on this (large) network, each with the error bound it meets; absent
    /// or empty when every measure is exact.
    public var estimates: [String]?
    /// Which mentions and units made ties.
    public var policy: Policy
    /// Everyone in the network, most connected first; `rank` is the position, from 1.
    public var people: [Person]
    /// Every tie once, heaviest first, then by source and target name.
    public var ties: [Tie]
    /// Every community, by id, with its members ordered by PageRank (most connected first).
    public var communities: [Community]
    /// The caption units in which at least one person appears, in corpus order.
    public var captions: [Caption]
    /// Where the ties' ends are in ``people`` and where each person's name falls in name order, when the report was
    /// built from a network (``init(label:network:analysis:)``); not saved, not compared. Read it through
    /// ``verifiedLayout``, which checks that the lists still match it.
    var layout = Unsaved<Layout?>(nil)

    /// The saved fields (everything but ``layout``).
    private enum CodingKeys: String, CodingKey {
        case schemaVersion, label, documents, counts, modularity, estimates, policy, people, ties, communities, captions
    }

    /// Sizes of a network.
    public struct Counts: Codable, Sendable, Equatable {
        /// Caption units of the selected kinds, with or without people.
        public var captionUnits: Int
        /// Caption units naming at least one person (with one of the policy's roles).
        public var captionsWithPeople: Int
        /// Caption units naming at least two people, i.e. making at least one tie.
        public var captionsWithTies: Int
        /// People (nodes).
        public var people: Int
        /// Ties (edges).
        public var ties: Int
        /// Connected components.
        public var components: Int
        /// Communities.
        public var communities: Int

        /// Creates counts.
        public init(captionUnits: Int, captionsWithPeople: Int, captionsWithTies: Int, people: Int, ties: Int,
                    components: Int, communities: Int) {
            self.captionUnits = captionUnits
            self.captionsWithPeople = captionsWithPeople
            self.captionsWithTies = captionsWithTies
            self.people = people
            self.ties = ties
            self.components = components
            self.communities = communities
        }
    }

    /// The edge policy, spelled as strings.
    public struct Policy: Codable, Sendable, Equatable {
        /// Roles whose people were joined (`present`, `named`, `credit`), in that order.
        public var roles: [String]
        /// Unit kinds that made ties (`caption`, `prose`), in that order.
        public var kinds: [String]
        /// How a caption added weight (`count` or `newman`).
        public var weighting: String

        /// Creates a policy description.
        public init(roles: [String], kinds: [String], weighting: String) {
            self.roles = roles
            self.kinds = kinds
            self.weighting = weighting
        }

        /// Describes an ``EdgePolicy``.
        public init(_ policy: EdgePolicy) {
            roles = Role.allCases.filter { policy.roles.contains($0) }.map(\.rawValue)
            kinds = UnitKind.allCases.filter { policy.kinds.contains($0) }.map(\.rawValue)
            weighting = policy.weighting.rawValue
        }
    }

    /// One person with every measure.
    public struct Person: Codable, Sendable, Equatable {
        /// Canonical name.
        public var name: String
        /// Position in the "most connected" ranking, from 1.
        public var rank: Int
        /// Number of ties.
        public var degree: Int
        /// Sum of tie weights.
        public var weightedDegree: Double
        /// Weighted PageRank.
        public var pagerank: Double
        /// Normalised betweenness centrality.
        public var betweenness: Double
        /// Closeness centrality (Wasserman–Faust).
        public var closeness: Double
        /// Harmonic centrality.
        public var harmonic: Double
        /// Weighted eigenvector centrality.
        public var eigenvector: Double
        /// Local clustering coefficient.
        public var clustering: Double
        /// Weighted local clustering coefficient (Onnela), or `nil` when the analysis did not compute it.
        public var weightedClustering: Double?
        /// k-core number.
        public var coreNumber: Int
        /// Louvain community id.
        public var community: Int
        /// Connected component id.
        public var component: Int
        /// Ids of the caption units the person appears in, in corpus order.
        public var captions: [String]

        /// Creates a person.
        public init(name: String, rank: Int, degree: Int, weightedDegree: Double, pagerank: Double,
                    betweenness: Double, closeness: Double, harmonic: Double, eigenvector: Double,
                    clustering: Double, weightedClustering: Double? = nil, coreNumber: Int, community: Int,
                    component: Int, captions: [String]) {
            self.name = name
            self.rank = rank
            self.degree = degree
            self.weightedDegree = weightedDegree
            self.pagerank = pagerank
            self.betweenness = betweenness
            self.closeness = closeness
            self.harmonic = harmonic
            self.eigenvector = eigenvector
            self.clustering = clustering
            self.weightedClustering = weightedClustering
            self.coreNumber = coreNumber
            self.community = community
            self.component = component
            self.captions = captions
        }
    }

    /// One tie.
    public struct Tie: Codable, Sendable, Equatable {
        /// The alphabetically smaller name.
        public var source: String
        /// The alphabetically larger name.
        public var target: String
        /// The tie's weight.
        public var weight: Double
        /// Ids of the caption units that make the tie, in corpus order.
        public var captions: [String]

        /// Creates a tie.
        public init(source: String, target: String, weight: Double, captions: [String]) {
            self.source = source
            self.target = target
            self.weight = weight
            self.captions = captions
        }

        /// The other end of the tie, or `nil` when `name` is neither end.
        public func other(than name: String) -> String? {
            name == source ? target : name == target ? source : nil
        }
    }

    /// One community.
    public struct Community: Codable, Sendable, Equatable {
        /// Community id (0 is the largest).
        public var id: Int
        /// Member names, most connected first.
        public var members: [String]

        /// Creates a community.
        public init(id: Int, members: [String]) {
            self.id = id
            self.members = members
        }
    }

    /// One caption unit quoted as evidence.
    public struct Caption: Codable, Sendable, Equatable {
        /// Unit id, `document#NN`.
        public var id: String
        /// Document name.
        public var document: String
        /// Document date, `YYYY-MM-DD`.
        public var date: String
        /// `caption` or `prose`.
        public var kind: String
        /// The unit's text.
        public var text: String
        /// The people in it with one of the policy's roles, in order of appearance.
        public var people: [String]

        /// Creates a caption.
        public init(id: String, document: String, date: String, kind: String, text: String, people: [String]) {
            self.id = id
            self.document = document
            self.date = date
            self.kind = kind
            self.text = text
            self.people = people
        }
    }

    /// Creates a report from its parts (use ``init(label:network:analysis:)`` to build one from a network).
    public init(schemaVersion: Int = NetworkReport.currentSchemaVersion, label: String, documents: [String],
                counts: Counts, modularity: Double, policy: Policy, people: [Person], ties: [Tie],
                communities: [Community], captions: [Caption]) {
        self.schemaVersion = schemaVersion
        self.label = label
        self.documents = documents
        self.counts = counts
        self.modularity = modularity
        self.policy = policy
        self.people = people
        self.ties = ties
        self.communities = communities
        self.captions = captions
    }

    /// Builds the report of an analysed network. `analysis` must hold one entry per node of `network.graph`.
    public init(label: String, network: CoappearanceNetwork, analysis: NetworkAnalysis) {
        let graph = network.graph
        let n = graph.nodeCount
        precondition(analysis.pagerank.count == n && analysis.degree.count == n && analysis.community.count == n,
                     "analysis does not match the network (\(analysis.pagerank.count) entries for \(n) people)")

        // Node ids follow the sorted names (``CoappearanceNetwork``), so ids break ties as names would, without
        // comparing strings.
        assert(zip(graph.names, graph.names.dropFirst()).allSatisfy { $0 < $1 }, "node ids must follow sorted names")
        let order = (0..<n).sorted { a, b in
            if analysis.pagerank[a] != analysis.pagerank[b] { return analysis.pagerank[a] > analysis.pagerank[b] }
            if analysis.degree[a] != analysis.degree[b] { return analysis.degree[a] > analysis.degree[b] }
            return a < b
        }
        var positionOfNode = [Int32](repeating: 0, count: n)
        for (position, v) in order.enumerated() { positionOfNode[v] = Int32(position) }
        // Caption ids read from one list rather than from each unit (spread over memory) again and again.
        let ids = network.units.map(\.unit.id)
        let captionIDs: @Sendable (ArraySlice<Int32>) -> [String] = { units in units.map { ids[Int($0)] } }
        // The ties, heaviest first, each with its captions' ids: made on another thread meanwhile.
        let pendingTies = Pending { () -> (order: [Int], ties: [Tie]) in
            let edges = graph.edges
            let tieOrder = Self.tieOrder(edges)
            var ties: [Tie] = []
            ties.reserveCapacity(tieOrder.count)
            for i in tieOrder {
                let e = edges[i]
                let a = graph.names[Int(min(e.source, e.target))], b = graph.names[Int(max(e.source, e.target))]
                ties.append(Tie(source: a, target: b, weight: e.weight, captions: captionIDs(network.edgeUnits[i])))
            }
            return (tieOrder, ties)
        }
        var people: [Person] = []
        people.reserveCapacity(n)
        for (position, v) in order.enumerated() {
            people.append(Person(
                name: graph.names[v], rank: position + 1, degree: analysis.degree[v],
                weightedDegree: analysis.weightedDegree[v], pagerank: analysis.pagerank[v],
                betweenness: analysis.betweenness[v], closeness: analysis.closeness[v],
                harmonic: analysis.harmonic[v], eigenvector: analysis.eigenvector[v],
                clustering: analysis.clustering[v],
                weightedClustering: analysis.weightedClustering.count == n ? analysis.weightedClustering[v] : nil,
                coreNumber: analysis.coreNumber[v],
                community: analysis.community[v], component: analysis.component[v],
                captions: captionIDs(network.nodeUnits[v])))
        }

        var members: [Int: [String]] = [:]
        for p in people.indices { members[people[p].community, default: []].append(people[p].name) }
        let communities = members.keys.sorted().map { Community(id: $0, members: members[$0]!) }

        var used = [Bool](repeating: false, count: network.units.count)
        for u in network.nodeUnits.values { used[Int(u)] = true }
        // The policy's roles as a short list: asking it is cheaper than hashing each mention's role.
        let roles = Role.allCases.filter { network.policy.roles.contains($0) }
        var captions: [Caption] = []
        var withTies = 0
        for i in network.units.indices where used[i] {
            var mentioned: [String] = []
            for person in network.units[i].people where roles.contains(person.role) { mentioned.append(person.name) }
            let names = Self.firstOccurrences(mentioned)
            if names.count > 1 { withTies += 1 }
            let unit = network.units[i].unit
            captions.append(Caption(id: unit.id, document: unit.document, date: unit.date, kind: unit.kind.rawValue,
                                    text: unit.text, people: names))
        }
        // A document's units are consecutive: a name is hashed only when it differs from the unit before's.
        var documents = Set<String>()
        var previous: String?
        for i in network.units.indices where network.units[i].unit.document != previous {
            previous = network.units[i].unit.document
            documents.insert(previous!)
        }

        let (tieOrder, ties) = pendingTies.wait()
        let edges = graph.edges
        self.init(
            label: label,
            documents: documents.sorted(),
            counts: Counts(captionUnits: network.units.count, captionsWithPeople: captions.count,
                           captionsWithTies: withTies, people: n, ties: graph.edgeCount,
                           components: Set(analysis.component).count, communities: communities.count),
            modularity: analysis.modularity,
            policy: Policy(network.policy),
            people: people, ties: ties, communities: communities, captions: captions)
        let estimates = NetworkReport.estimates(analysis)
        self.estimates = estimates.isEmpty ? nil : estimates
        // A tie's smaller end is its source; a node's id is its place in name order.
        layout = Unsaved(Layout(
            names: people.map(\.name),
            ends: tieOrder.map { i in
                let e = edges[i]
                return Layout.Ends(source: positionOfNode[Int(min(e.source, e.target))],
                                   target: positionOfNode[Int(max(e.source, e.target))])
            },
            nameOrder: order.map(Int32.init)))
    }

    /// The tie order of a graph's edges, as indexes into `edges`: heaviest first, then by the smaller end's id, then
    /// the larger end's (the order of ``isStronger(_:_:)``, as node ids follow names). Edges listed by their ends
    /// already (as ``CoappearanceNetwork`` lists them) are only grouped by weight, keeping their order: a counting
    /// sort over the few distinct weights instead of comparing ties.
    static func tieOrder(_ edges: [CoappearanceGraph.Edge]) -> [Int] {
        func ends(_ e: CoappearanceGraph.Edge) -> UInt64 {
            UInt64(UInt32(bitPattern: min(e.source, e.target))) << 32 | UInt64(UInt32(bitPattern: max(e.source, e.target)))
        }
        let byEnds = edges.indices.dropFirst().allSatisfy { ends(edges[$0 - 1]) < ends(edges[$0]) }
        guard byEnds, !edges.contains(where: { $0.weight.isNaN }) else {
            return edges.indices.sorted { i, j in
                edges[i].weight != edges[j].weight ? edges[i].weight > edges[j].weight : ends(edges[i]) < ends(edges[j])
            }
        }
        // Each edge's weight group (the same as the edge before's, mostly), and how many edges each group has.
        var groupOf: [Double: Int] = [:]
        var weights: [Double] = [], sizes: [Int] = []
        var group = [Int32](repeating: 0, count: edges.count)
        var last: (weight: Double, group: Int)?
        for i in edges.indices {
            let w = edges[i].weight
            let g = last?.weight == w ? last!.group : groupOf[w] ?? {
                groupOf[w] = weights.count
                weights.append(w)
                sizes.append(0)
                return weights.count - 1
            }()
            group[i] = Int32(g)
            sizes[g] += 1
            last = (w, g)
        }
        // Where each group starts, heaviest first; then each edge into the next place of its group.
        var next = [Int](repeating: 0, count: weights.count)
        var place = 0
        for g in weights.indices.sorted(by: { weights[$0] > weights[$1] }) {
            next[g] = place
            place += sizes[g]
        }
        var order = [Int](repeating: 0, count: edges.count)
        for i in edges.indices {
            let g = Int(group[i])
            order[next[g]] = i
            next[g] += 1
        }
        return order
    }

    /// The report as the page shows a network once its files are written and its comparisons made: everyone with
    /// every measure and caption id, the communities and counts, but only the `strongestTies` heaviest ties and no
    /// captions (the all-years report, which holds every caption, gives the page their texts).
    public func keptForPage(strongestTies: Int) -> NetworkReport {
        var kept = self
        kept.ties = Array(ties.prefix(strongestTies))
        kept.captions = []
        return kept
    }

    /// `names` with each name once, at its first place; a short list without repeats (a caption's people, nearly
    /// always) is returned as it is, without hashing.
    static func firstOccurrences(_ names: [String]) -> [String] {
        if names.count <= 16 {
            let repeats = names.indices.contains { i in names[..<i].contains(names[i]) }
            if !repeats { return names }
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// One sentence for each sampled measure: the method, the sample and the bound.
    static func estimates(_ analysis: NetworkAnalysis) -> [String] {
        var out: [String] = []
        if case let .sampled(epsilon, delta, samples) = analysis.betweennessComputation {
            out.append("Betweenness is estimated from \(samples) sampled shortest paths (Riondato–Kornaropoulos): with probability "
                       + "at least \(NumberFormat.decimal(1 - delta)), every value is within \(NumberFormat.decimal(epsilon)) of the exact one.")
        }
        if case let .sampled(epsilon, delta, samples) = analysis.closenessComputation {
            out.append("Closeness and harmonic centrality are estimated from \(samples) sampled sources (Eppstein–Wang): with "
                       + "probability at least \(NumberFormat.decimal(1 - delta)), each person's average distance is within "
                       + "\(NumberFormat.decimal(epsilon)) times the diameter of their component.")
        }
        return out
    }

    /// The "most connected" order: PageRank descending, then degree descending, then name ascending.
    public static func isMoreConnected(_ a: (pagerank: Double, degree: Int, name: String),
                                       than b: (pagerank: Double, degree: Int, name: String)) -> Bool {
        if a.pagerank != b.pagerank { return a.pagerank > b.pagerank }
        if a.degree != b.degree { return a.degree > b.degree }
        return a.name < b.name
    }

    /// Whether `people` are in the "most connected" order (read in place, without copying a person).
    static func isRanked(_ people: [Person]) -> Bool {
        people.indices.dropFirst().allSatisfy { i in
            !isMoreConnected((people[i].pagerank, people[i].degree, people[i].name),
                             than: (people[i - 1].pagerank, people[i - 1].degree, people[i - 1].name))
        }
    }

    /// The tie order: weight descending, then source name, then target name.
    public static func isStronger(_ a: Tie, _ b: Tie) -> Bool {
        if a.weight != b.weight { return a.weight > b.weight }
        return (a.source, a.target) < (b.source, b.target)
    }
}

extension NetworkReport.Person {
    /// Whether this person ranks before `other` in the "most connected" order.
    public func isMoreConnected(than other: NetworkReport.Person) -> Bool {
        NetworkReport.isMoreConnected((pagerank, degree, name), than: (other.pagerank, other.degree, other.name))
    }
}
