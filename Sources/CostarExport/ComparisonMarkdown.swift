/// `compare-2022-2023.md`: a comparison written out for a reader.
public enum ComparisonMarkdown {
    /// How much the comparison lists.
    public struct Options: Sendable, Equatable {
        /// Neighbours shown per returning guest, then and now.
        public var neighbours: Int
        /// Names listed in each of the returning, new and gone sections (`nil`: everyone).
        public var people: Int?
        /// Rows in each of the ties kept, new and lost tables (`nil`: every tie).
        public var ties: Int?

        /// Creates options; by default the first 100 names of each section are listed (the CSV has everyone), 5
        /// neighbours each, and 50 ties per table.
        public init(neighbours: Int = 5, people: Int? = 100, ties: Int? = 50) {
            self.neighbours = neighbours
            self.people = people
            self.ties = ties
        }
    }

    /// Renders the comparison.
    public static func render(_ c: Comparison, options: Options = Options()) -> String {
        let before = MarkdownText.escape(c.beforeLabel), after = MarkdownText.escape(c.afterLabel)
        let n = MarkdownText.number
        var lines = [
            "# Who came back: \(before) and \(after)",
            "",
            "**\(c.returning.count) returning** · **\(c.new.count) new** · **\(c.gone.count) gone** · "
                + "**\(c.tiesKept.count) ties kept** · **\(c.tiesNew.count) new ties** · **\(c.tiesLost.count) ties lost**",
            "",
            "\(before): \(MarkdownText.plural(c.beforeCounts.people, "person", "people")), \(MarkdownText.plural(c.beforeCounts.ties, "tie")). "
                + "\(after): \(MarkdownText.plural(c.afterCounts.people, "person", "people")), \(MarkdownText.plural(c.afterCounts.ties, "tie")). "
                + "People are matched by exact name; ranks are by PageRank in each network.",
            "",
            "## Returning guests",
            "",
        ]
        if c.returning.isEmpty {
            lines += ["No one appears in both.", ""]
        } else {
            let shown = c.returning.prefix(options.people ?? .max)
            lines += [
                "| Guest | Rank \(before) | Rank \(after) | Change | Photographed with in \(before) | Photographed with in \(after) |",
                "|---|---:|---:|---:|---|---|",
            ]
            for g in shown {
                let change = g.rankBefore - g.rankAfter
                let arrow = change > 0 ? "▲ \(change)" : change < 0 ? "▼ \(-change)" : "="
                lines.append("| \(MarkdownText.escape(g.name)) | \(g.rankBefore) | \(g.rankAfter) | \(arrow) | "
                    + "\(companions(g.neighboursBefore, limit: options.neighbours)) | \(companions(g.neighboursAfter, limit: options.neighbours)) |")
            }
            lines += more(c.returning.count - shown.count, "returning guests (the comparison's CSV lists every guest)")
            lines.append("")
        }
        lines += guests("New in \(after)", c.new, limit: options.people, empty: "No new guests.")
        lines += guests("Gone since \(before)", c.gone, limit: options.people, empty: "Everyone came back.")

        lines += ["## Ties kept", ""]
        if c.tiesKept.isEmpty {
            lines += ["No pair was photographed together in both.", ""]
        } else {
            let shown = c.tiesKept.prefix(options.ties ?? .max)
            lines += ["| Pair | Weight \(before) | Weight \(after) |", "|---|---:|---:|"]
            lines += shown.map { "| \(pair($0.source, $0.target)) | \(n($0.weightBefore)) | \(n($0.weightAfter)) |" }
            lines += more(c.tiesKept.count - shown.count, "ties kept")
            lines.append("")
        }
        lines += ties("New ties in \(after)", c.tiesNew, limit: options.ties, empty: "No new ties.")
        lines += ties("Ties lost since \(before)", c.tiesLost, limit: options.ties, empty: "No ties lost.")
        return lines.joined(separator: "\n") + "\n"
    }

    static func pair(_ a: String, _ b: String) -> String {
        MarkdownText.escape(a) + " & " + MarkdownText.escape(b)
    }

    static func companions(_ names: [String], limit: Int) -> String {
        names.isEmpty ? "no one" : MarkdownText.names(names, limit: limit)
    }

    static func more(_ count: Int, _ what: String) -> [String] {
        count > 0 ? ["", "… and \(count) more \(what)."] : []
    }

    static func guests(_ title: String, _ list: [Comparison.RankedGuest], limit: Int?, empty: String) -> [String] {
        var lines = ["## \(title)", ""]
        if list.isEmpty { return lines + [empty, ""] }
        let shown = list.prefix(limit ?? .max)
        lines.append("\(MarkdownText.plural(list.count, "guest")), by rank: "
            + shown.map { "\(MarkdownText.escape($0.name)) (\($0.rank))" }.joined(separator: ", ")
            + (shown.count < list.count ? " and \(list.count - shown.count) more." : "."))
        lines.append("")
        return lines
    }

    static func ties(_ title: String, _ list: [Comparison.SingleTie], limit: Int?, empty: String) -> [String] {
        var lines = ["## \(title)", ""]
        if list.isEmpty { return lines + [empty, ""] }
        let shown = list.prefix(limit ?? .max)
        lines += ["| Pair | Weight |", "|---|---:|"]
        lines += shown.map { "| \(pair($0.source, $0.target)) | \(MarkdownText.number($0.weight)) |" }
        lines += more(list.count - shown.count, "ties")
        lines.append("")
        return lines
    }
}
