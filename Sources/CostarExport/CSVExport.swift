import CostarCorpus
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
        ByteWriter.writing(to: &out) { writeNodes(report, to: $0) }
    }

    /// Writes the file into `w`; a function of its own, not a closure body, so the loop reads each line's values
    /// in place from the `report` parameter.
    private static func writeNodes(_ report: NetworkReport, to w: ByteWriter) {
        w.append(nodesHeader)
        w.byte(0x0A)
        for i in report.people.indices { writeNodeLine(report.people[i], to: w) }
    }

    /// Writes a person's line of `nodes.csv`; the person is read in place (`borrowing`), not copied.
    private static func writeNodeLine(_ p: borrowing NetworkReport.Person, to w: ByteWriter) {
        writeField(p.name, to: w); w.byte(0x2C)
        w.append(p.degree); w.byte(0x2C)
        writeNumber(p.weightedDegree, to: w); w.byte(0x2C)
        writeNumber(p.pagerank, to: w); w.byte(0x2C)
        writeNumber(p.betweenness, to: w); w.byte(0x2C)
        writeNumber(p.closeness, to: w); w.byte(0x2C)
        writeNumber(p.eigenvector, to: w); w.byte(0x2C)
        writeNumber(p.clustering, to: w); w.byte(0x2C)
        w.append(p.community); w.byte(0x2C)
        w.append(p.captions.count); w.byte(0x0A)
    }

    /// One line per tie, heaviest first; `captions` is the ids of the shared captions joined by `;`.
    public static func edges(_ report: NetworkReport) -> String {
        var out = ""
        writeEdges(report, to: &out)
        return out
    }

    /// Writes ``edges(_:)`` to `out`, line by line.
    public static func writeEdges(_ report: NetworkReport, to out: inout some TextOutputStream) {
        ByteWriter.writing(to: &out) { writeEdges(report, to: $0) }
    }

    /// Writes the file into `w`; a function of its own, not a closure body, so the loop reads each line's values
    /// in place from the `report` parameter.
    private static func writeEdges(_ report: NetworkReport, to w: ByteWriter) {
        w.append(edgesHeader)
        w.byte(0x0A)
        for i in report.ties.indices { writeEdgeLine(report.ties[i], to: w) }
    }

    /// Writes a tie's line of `edges.csv`; the tie is read in place (`borrowing`), not copied.
    private static func writeEdgeLine(_ t: borrowing NetworkReport.Tie, to w: ByteWriter) {
        writeField(t.source, to: w); w.byte(0x2C)
        writeField(t.target, to: w); w.byte(0x2C)
        writeNumber(t.weight, to: w); w.byte(0x2C)
        writeCaptionList(t.captions, to: w)
        w.byte(0x0A)
    }

    /// Writes caption ids joined by `;` as one field. The ids (`document#N`) are plain ASCII unless a document's
    /// name is not: then the joined list goes through ``field(_:)``.
    static func writeCaptionList(_ ids: [String], to w: ByteWriter) {
        let plain = ids.allSatisfy(isPlainASCII) && ids.first?.utf8.first != 0x20 && ids.last?.utf8.last != 0x20
        if plain {
            w.join(ids, separator: 0x3B) { $1.append($0) }
        } else {
            w.append(field(ids.joined(separator: ";")))
        }
    }

    /// Writes ``field(_:)`` of `text`: the text as it is, without a copy, when it is plain.
    static func writeField(_ text: String, to w: ByteWriter) {
        w.append(isPlain(text) ? text : field(text))
    }

    /// Writes ``number(_:)`` of `value`; a whole number (a tie weight, nearly always) as an integer, straight.
    static func writeNumber(_ value: Double, to w: ByteWriter) {
        if let whole = NumberFormat.whole(value) { w.append(whole) } else { w.append(number(value)) }
    }

    /// A field quoted as RFC 4180 asks: in double quotes, with quotes doubled, when it holds a comma, a double
    /// quote, a line break, or leading or trailing spaces; otherwise unchanged.
    public static func field(_ text: String) -> String {
        if isPlain(text) { return text }
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            || text.first == " " || text.last == " "
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether `text` is a field as it is, known without looking at its characters one by one: plain ASCII
    /// (``isPlainASCII(_:)``) without a leading or trailing space.
    static func isPlain(_ text: String) -> Bool {
        isPlainASCII(text) && text.utf8.first != 0x20 && text.utf8.last != 0x20
    }

    /// Whether `text` is ASCII without a comma, a double quote or a line break: ``field(_:)`` then quotes it only
    /// for a leading or trailing space.
    static func isPlainASCII(_ text: String) -> Bool {
        withUTF8Bytes(of: text) { b in
            // The search also stops at the other controls, which are plain: look at each stop.
            var i = notPlain.firstIndex(in: b, from: 0)
            while i < b.count {
                if b[i] >= 0x80 || b[i] == 0x2C || b[i] == 0x22 || (0x0A...0x0D).contains(b[i]) { return false }
                i = notPlain.firstIndex(in: b, from: i + 1)
            }
            return true
        }
    }

    /// The bytes that can make a field not plain: controls, `,`, `"`, and non-ASCII bytes.
    private static let notPlain = ByteSet(controlsAnd: [0x2C, 0x22], nonASCII: true)

    /// A number in the CSV form.
    public static func number(_ value: Double) -> String { NumberFormat.decimal(value) }
}
