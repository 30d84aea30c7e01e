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
        var out = ""
        writeNodes(report, to: &out)
        return out
    }

    /// Writes ``nodes(_:)`` to `out`, line by line.
    public static func writeNodes(_ report: NetworkReport, to out: inout some TextOutputStream) {
        out.write(nodesHeader + "\n")
        var line = ""
        for p in report.people {
            line.removeAll(keepingCapacity: true)
            line += field(p.name); line += ","
            line += String(p.degree); line += ","
            line += number(p.weightedDegree); line += ","
            line += number(p.pagerank); line += ","
            line += number(p.betweenness); line += ","
            line += number(p.closeness); line += ","
            line += number(p.eigenvector); line += ","
            line += number(p.clustering); line += ","
            line += String(p.community); line += ","
            line += String(p.captions.count); line += "\n"
            out.write(line)
        }
    }

    /// One line per tie, heaviest first; `captions` is the ids of the shared captions joined by `;`.
    public static func edges(_ report: NetworkReport) -> String {
        var out = ""
        writeEdges(report, to: &out)
        return out
    }

    /// Writes ``edges(_:)`` to `out`, line by line.
    public static func writeEdges(_ report: NetworkReport, to out: inout some TextOutputStream) {
        out.write(edgesHeader + "\n")
        var line = ""
        for t in report.ties {
            line.removeAll(keepingCapacity: true)
            line += field(t.source); line += ","
            line += field(t.target); line += ","
            line += number(t.weight); line += ","
            line += field(t.captions.joined(separator: ";")); line += "\n"
            out.write(line)
        }
    }

    /// A field quoted as RFC 4180 asks: in double quotes, with quotes doubled, when it holds a comma, a double
    /// quote, a line break, or leading or trailing spaces; otherwise unchanged.
    public static func field(_ text: String) -> String {
        var plain = true
        var ascii = true
        for b in text.utf8 {
            if b == 0x2C || b == 0x22 || (b >= 0x0A && b <= 0x0D) { plain = false; break }
            if b >= 0x80 { ascii = false }
        }
        if plain && ascii && text.utf8.first != 0x20 && text.utf8.last != 0x20 { return text }
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number in the CSV form.
    public static func number(_ value: Double) -> String { NumberFormat.decimal(value) }
}
