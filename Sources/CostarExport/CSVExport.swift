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
        ByteWriter.writing(to: &out) { w in
            w.append(nodesHeader)
            w.byte(0x0A)
            for p in report.people {
                w.append(field(p.name)); w.byte(0x2C)
                w.append(p.degree); w.byte(0x2C)
                for value in [p.weightedDegree, p.pagerank, p.betweenness, p.closeness, p.eigenvector, p.clustering] {
                    w.append(number(value)); w.byte(0x2C)
                }
                w.append(p.community); w.byte(0x2C)
                w.append(p.captions.count); w.byte(0x0A)
            }
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
        ByteWriter.writing(to: &out) { w in
            w.append(edgesHeader)
            w.byte(0x0A)
            for t in report.ties {
                w.append(field(t.source)); w.byte(0x2C)
                w.append(field(t.target)); w.byte(0x2C)
                w.append(number(t.weight)); w.byte(0x2C)
                // Caption ids (`document#N`) are plain ASCII unless a document's name is not: then the joined list
                // goes through `field`.
                let plain = t.captions.allSatisfy(isPlainASCII)
                    && t.captions.first?.utf8.first != 0x20 && t.captions.last?.utf8.last != 0x20
                if plain {
                    w.join(t.captions, separator: 0x3B) { $1.append($0) }
                } else {
                    w.append(field(t.captions.joined(separator: ";")))
                }
                w.byte(0x0A)
            }
        }
    }

    /// A field quoted as RFC 4180 asks: in double quotes, with quotes doubled, when it holds a comma, a double
    /// quote, a line break, or leading or trailing spaces; otherwise unchanged.
    public static func field(_ text: String) -> String {
        if isPlainASCII(text) && text.utf8.first != 0x20 && text.utf8.last != 0x20 { return text }
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether `text` is ASCII without a comma, a double quote or a line break: ``field(_:)`` then quotes it only
    /// for a leading or trailing space.
    static func isPlainASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x2C && $0 != 0x22 && !(0x0A...0x0D).contains($0) }
    }

    /// A number in the CSV form.
    public static func number(_ value: Double) -> String { NumberFormat.decimal(value) }
}
