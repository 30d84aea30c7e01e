/// `compare-<A>-<B>.csv`: the returning guests of a ``Comparison``, one line each, in the later network's rank
/// order, as CSV like ``CSVExport`` writes it (RFC 4180 fields, `\n` line ends, a header line).
///
/// Columns: `name,rank_<A>,rank_<B>,degree_<A>,degree_<B>`, with the two networks' labels for A and B
/// (`rank_2022`, …); degree is the number of companions in that network.
public enum ComparisonCSV {
    /// The header line for two labels.
    public static func header(before: String, after: String) -> String {
        ["name", "rank_" + before, "rank_" + after, "degree_" + before, "degree_" + after].map(CSVExport.field)
            .joined(separator: ",")
    }

    /// The CSV text, ending in a newline.
    public static func render(_ c: Comparison) -> String {
        var out = header(before: c.beforeLabel, after: c.afterLabel) + "\n"
        for g in c.returning {
            out += [CSVExport.field(g.name), String(g.rankBefore), String(g.rankAfter),
                    String(g.neighboursBefore.count), String(g.neighboursAfter.count)].joined(separator: ",") + "\n"
        }
        return out
    }
}
