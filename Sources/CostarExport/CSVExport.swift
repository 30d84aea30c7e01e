import Foundation

/// `nodes.csv` and `edges.csv`: RFC 4180 fields (quoted only when needed), `\n` line ends, a header line, numbers
/// in ``NumberFormat/decimal(_:significant:maxDecimals:)`` form (six significant digits).
public enum CSVExport {
    /// The header of `nodes.csv`.
    public static let nodesHeader = "name,degree,weighted_degree,pagerank,betweenness,closeness,eigenvector,clustering,community,captions"
    /// The header of `edges.csv`.
    public static let edgesHeader = "source,target,weight,captions"

    /// One line per person, most connected first; `captions` is the number of captions the person appears in.
    public static func nodes(_ report: NetworkReport) -> String {
        var out = nodesHeader + "\n"
        for p in report.people {
            let fields = [
                field(p.name), String(p.degree), number(p.weightedDegree), number(p.pagerank),
                number(p.betweenness), number(p.closeness), number(p.eigenvector), number(p.clustering),
                String(p.community), String(p.captions.count),
            ]
            out += fields.joined(separator: ",") + "\n"
        }
        return out
    }

    /// One line per tie, heaviest first; `captions` is the ids of the shared captions joined by `;`.
    public static func edges(_ report: NetworkReport) -> String {
        var out = edgesHeader + "\n"
        for t in report.ties {
            out += [field(t.source), field(t.target), number(t.weight), field(t.captions.joined(separator: ";"))]
                .joined(separator: ",") + "\n"
        }
        return out
    }

    /// A field quoted as RFC 4180 asks: in double quotes, with quotes doubled, when it holds a comma, a double
    /// quote, a line break, or leading or trailing spaces; otherwise unchanged.
    public static func field(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number in the CSV form.
    public static func number(_ value: Double) -> String { NumberFormat.decimal(value) }
}
