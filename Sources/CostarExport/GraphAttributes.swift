/// The node and edge attributes that ``GraphMLExport`` and ``GEXFExport`` write, in one place so both formats carry
/// the same columns, in the same order, with the same types.
enum GraphAttributes {
    /// The value type of an attribute column.
    enum Kind {
        case int, double, string

        /// The GraphML `attr.type`.
        var graphML: String {
            switch self {
            case .int: "int"
            case .double: "double"
            case .string: "string"
            }
        }

        /// The GEXF attribute `type`.
        var gexf: String {
            switch self {
            case .int: "integer"
            case .double: "double"
            case .string: "string"
            }
        }
    }

    /// One attribute column: its name, type and how to write a value (XML-escaped).
    struct Column<Item> {
        var name: String
        var kind: Kind
        var write: (Item, ByteWriter) -> Void
    }

    /// Every measure of a person, as `nodes.csv` names them, plus harmonic centrality, k-core, component, rank and
    /// the number of captions. `weighted_clustering` is added when every person has it.
    static func nodeColumns(_ report: NetworkReport) -> [Column<NetworkReport.Person>] {
        typealias P = NetworkReport.Person
        func int(_ name: String, _ get: @escaping (P) -> Int) -> Column<P> {
            Column(name: name, kind: .int) { $1.append(get($0)) }
        }
        func double(_ name: String, _ get: @escaping (P) -> Double) -> Column<P> {
            Column(name: name, kind: .double) { $1.append(XMLText.double(get($0))) }
        }
        var columns: [Column<P>] = [
            Column(name: "label", kind: .string) { XMLText.escape($0.name, to: $1) },
            int("rank") { $0.rank },
            int("degree") { $0.degree },
            double("weighted_degree") { $0.weightedDegree },
            double("pagerank") { $0.pagerank },
            double("betweenness") { $0.betweenness },
            double("closeness") { $0.closeness },
            double("harmonic") { $0.harmonic },
            double("eigenvector") { $0.eigenvector },
            double("clustering") { $0.clustering },
        ]
        if !report.people.isEmpty, report.people.allSatisfy({ $0.weightedClustering != nil }) {
            columns.append(double("weighted_clustering") { $0.weightedClustering ?? 0 })
        }
        columns += [
            int("core_number") { $0.coreNumber },
            int("community") { $0.community },
            int("component") { $0.component },
            int("captions") { $0.captions.count },
        ]
        return columns
    }

    /// Writes every column's value of `person`, each after its `opening` and before `closing`.
    static func writeValues(of person: NetworkReport.Person, _ columns: [Column<NetworkReport.Person>],
                            openings: [String], closing: StaticString, to w: ByteWriter) {
        for (opening, column) in zip(openings, columns) {
            w.append(opening)
            column.write(person, w)
            w.append(closing)
        }
    }

    /// Writes `source="…" target="…"` for a tie, XML-escaped.
    static func writeEnds(_ tie: NetworkReport.Tie, to w: ByteWriter) {
        w.append("source=\"")
        XMLText.escape(tie.source, to: w)
        w.append("\" target=\"")
        XMLText.escape(tie.target, to: w)
        w.byte(0x22)
    }

    /// Writes the shared caption ids of a tie, joined by `;` as in `edges.csv`, XML-escaped.
    static func writeCaptionList(_ tie: NetworkReport.Tie, to w: ByteWriter) {
        w.join(tie.captions, separator: 0x3B) { XMLText.escape($0, to: $1) }
    }
}
