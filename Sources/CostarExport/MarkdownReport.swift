/// `report.md`: a readable account of one network for a journalist — the most connected guests with what each
/// measure means, each top guest's strongest ties with the captions that show them, the communities, and the
/// strongest ties overall.
public enum MarkdownReport {
    /// How much the report lists.
    public struct Options: Sendable, Equatable {
        /// Guests in the "most connected" table and in "Best friends".
        public var topGuests: Int
        /// Ties listed per top guest in "Best friends".
        public var bestFriends: Int
        /// Captions quoted per best-friend tie.
        public var quotesPerTie: Int
        /// Ties in "Strongest ties".
        public var strongestTies: Int
        /// Members named per community.
        public var membersPerCommunity: Int

        /// Creates options; the defaults are 25 guests, 3 best friends with 3 quotes each, 15 ties, 40 members.
        public init(topGuests: Int = 25, bestFriends: Int = 3, quotesPerTie: Int = 3, strongestTies: Int = 15,
                    membersPerCommunity: Int = 40) {
            self.topGuests = topGuests
            self.bestFriends = bestFriends
            self.quotesPerTie = quotesPerTie
            self.strongestTies = strongestTies
            self.membersPerCommunity = membersPerCommunity
        }
    }

    /// What each column of the guest table means, in the table's order.
    public static let measureExplanations: [(measure: String, meaning: String)] = [
        ("Degree", "how many different people the guest was photographed with."),
        ("Weighted degree", "the guest's ties added up by weight, so repeated photos with the same person count again."),
        ("PageRank", "how likely a random walk along the ties is to land on the guest: high for people photographed often, and with others who are themselves central. The ranking uses it."),
        ("Betweenness", "how often the guest lies on the shortest path between two other guests: a bridge between groups (0 to 1)."),
        ("Closeness", "how few steps separate the guest from everyone they can reach (0 to 1; higher is closer)."),
        ("Eigenvector", "high when the guest's companions are themselves well connected (0 to 1)."),
        ("Clustering", "the share of the guest's companions who were also photographed with each other (0 to 1)."),
        ("Community", "the group of guests photographed mostly among themselves that the guest belongs to (Louvain method), numbered from 0, the largest."),
    ]

    /// Renders the report.
    public static func render(_ report: NetworkReport, options: Options = Options()) -> String {
        let index = ReportIndex(report, captions: false)
        // Only the captions the report quotes are looked up.
        var quoted = Set<String>()
        for p in report.people.prefix(options.topGuests) {
            for f in index.neighbours(of: p.name).prefix(options.bestFriends) { quoted.formUnion(f.captions.prefix(options.quotesPerTie)) }
        }
        var caption: [String: NetworkReport.Caption] = [:]
        for c in report.captions where quoted.contains(c.id) { caption[c.id] = c }
        var lines: [String] = []
        lines += header(report)
        lines += guestTable(report, options: options)
        lines += bestFriends(report, index: index, captions: caption, options: options)
        lines += communities(report, options: options)
        lines += strongestTies(report, options: options)
        return lines.joined(separator: "\n") + "\n"
    }

    /// How a tie's strength reads in prose: "2 shared captions", or "weight 1.5 (3 shared captions)".
    static func strength(weight: Double, captions: Int, weighting: String) -> String {
        let shared = MarkdownText.plural(captions, "shared caption")
        if weighting == "count", weight == Double(captions) { return shared }
        return "weight \(MarkdownText.number(weight)) (\(shared))"
    }

    static func header(_ r: NetworkReport) -> [String] {
        let c = r.counts
        let policy = r.policy
        let who = policy.roles == ["present"] ? "present together" : "together (roles: \(policy.roles.joined(separator: ", ")))"
        let kinds = policy.kinds.map { $0 == "caption" ? "photo captions" : "prose paragraphs" }.joined(separator: " and ")
        let weight = policy.weighting == "newman"
            ? "each caption adds 1/(n−1) to each pair of its n people (Newman's collaboration weight), so group photos count less than pairs"
            : "its weight is the number of captions they share"
        return [
            "# Co-appearance network: \(MarkdownText.escape(r.label))",
            "",
            "**\(MarkdownText.plural(c.captionUnits, "caption"))** · **\(MarkdownText.plural(c.people, "person", "people"))** · "
                + "**\(MarkdownText.plural(c.ties, "tie"))** · **\(MarkdownText.plural(c.components, "component"))** · "
                + "**\(MarkdownText.plural(c.communities, "community", "communities"))** · modularity **\(MarkdownText.number(r.modularity))**",
            "",
            "From \(MarkdownText.plural(r.documents.count, "document")): \(c.captionsWithPeople) of the \(c.captionUnits) caption units name someone, "
                + "and \(c.captionsWithTies) show two or more people. Two people are tied when they are \(who) in the same "
                + "caption unit (\(kinds)); \(weight).",
            "",
        ] + (r.estimates ?? []).flatMap { ["> \($0)", ""] }
    }

    static func guestTable(_ r: NetworkReport, options: Options) -> [String] {
        let top = r.people.prefix(options.topGuests)
        var lines = [
            "## Most connected guests",
            "",
            top.count < r.people.count
                ? "The top \(top.count) of \(r.people.count) people, ranked by PageRank (then by degree, then by name)."
                : "All \(r.people.count) people, ranked by PageRank (then by degree, then by name).",
            "",
            "| Rank | Guest | Degree | Weighted degree | PageRank | Betweenness | Closeness | Eigenvector | Clustering | Community |",
            "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        let n = MarkdownText.number
        for p in top {
            lines.append("| \(p.rank) | \(MarkdownText.escape(p.name)) | \(p.degree) | \(n(p.weightedDegree)) | \(n(p.pagerank)) | "
                + "\(n(p.betweenness)) | \(n(p.closeness)) | \(n(p.eigenvector)) | \(n(p.clustering)) | \(p.community) |")
        }
        lines += ["", "What the columns mean:", ""]
        lines += measureExplanations.map { "- **\($0.measure)**: \($0.meaning)" }
        lines.append("")
        return lines
    }

    static func bestFriends(_ r: NetworkReport, index: ReportIndex, captions: [String: NetworkReport.Caption],
                            options: Options) -> [String] {
        var lines = [
            "## Best friends",
            "",
            "Each top guest's \(options.bestFriends) strongest ties, with the captions that show them together.",
            "",
        ]
        for p in r.people.prefix(options.topGuests) {
            lines.append("### \(p.rank). \(MarkdownText.escape(p.name))")
            lines.append("")
            let friends = index.neighbours(of: p.name).prefix(options.bestFriends)
            if friends.isEmpty {
                lines.append("Not photographed with anyone else (\(MarkdownText.plural(p.captions.count, "caption"))).")
            }
            for f in friends {
                lines.append("- **\(MarkdownText.escape(f.name))**: \(strength(weight: f.weight, captions: f.captions.count, weighting: r.policy.weighting))")
                for id in f.captions.prefix(options.quotesPerTie) {
                    if let caption = captions[id] {
                        lines.append("  - \(MarkdownText.id(id)) (\(caption.date)): \(MarkdownText.quote(caption.text))")
                    } else {
                        lines.append("  - \(MarkdownText.id(id))")
                    }
                }
                let rest = f.captions.dropFirst(options.quotesPerTie)
                if !rest.isEmpty {
                    lines.append("  - and \(rest.count) more: " + rest.map(MarkdownText.id).joined(separator: ", "))
                }
            }
            lines.append("")
        }
        return lines
    }

    static func communities(_ r: NetworkReport, options: Options) -> [String] {
        var lines = [
            "## Communities",
            "",
            "Groups of guests photographed mostly among themselves, largest first; members in order of PageRank.",
            "",
        ]
        let groups = r.communities.sorted { ($0.members.count, -$0.id) > ($1.members.count, -$1.id) }
        let alone = groups.filter { $0.members.count == 1 }.map { $0.members[0] }
        for g in groups where g.members.count > 1 {
            lines.append("### Community \(g.id): \(g.members.count) people, around \(MarkdownText.escape(g.members[0]))")
            lines.append("")
            lines.append(MarkdownText.names(g.members, limit: options.membersPerCommunity))
            lines.append("")
        }
        if !alone.isEmpty {
            lines.append("### On their own: \(MarkdownText.plural(alone.count, "person", "people"))")
            lines.append("")
            lines.append("Photographed with no one else in the network: " + MarkdownText.names(alone, limit: options.membersPerCommunity) + ".")
            lines.append("")
        }
        return lines
    }

    static func strongestTies(_ r: NetworkReport, options: Options) -> [String] {
        var lines = ["## Strongest ties", ""]
        if r.ties.isEmpty { return lines + ["No one was photographed with anyone else.", ""] }
        let top = r.ties.prefix(options.strongestTies)
        lines += [
            top.count < r.ties.count ? "The \(top.count) heaviest of \(r.ties.count) ties." : "All \(r.ties.count) ties, heaviest first.",
            "",
            "| # | Pair | Weight | Shared captions |",
            "|---:|---|---:|---|",
        ]
        for (i, t) in top.enumerated() {
            var ids = t.captions.prefix(5).map(MarkdownText.id).joined(separator: ", ")
            if t.captions.count > 5 { ids += " and \(t.captions.count - 5) more" }
            lines.append("| \(i + 1) | \(MarkdownText.escape(t.source)) & \(MarkdownText.escape(t.target)) | "
                + "\(MarkdownText.number(t.weight)) | \(t.captions.count): \(ids) |")
        }
        lines.append("")
        return lines
    }
}
