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

    /// One attribute column of a person: its name (`rawValue`, as `nodes.csv` names it), its type, and how a
    /// person's value is written.
    enum Column: String {
        case label, rank, degree
        case weightedDegree = "weighted_degree"
        case pagerank, betweenness, closeness, harmonic, eigenvector, clustering
        case weightedClustering = "weighted_clustering"
        case coreNumber = "core_number"
        case community, component, captions

        var name: String { rawValue }

        var kind: Kind {
            switch self {
            case .label: .string
            case .rank, .degree, .coreNumber, .community, .component, .captions: .int
            case .weightedDegree, .pagerank, .betweenness, .closeness, .harmonic, .eigenvector, .clustering,
                 .weightedClustering: .double
            }
        }

        /// Writes this column's value of `person`, XML-escaped (a switch rather than a closure per column, so the
        /// person is read in place, not copied).
        func write(of person: borrowing NetworkReport.Person, to w: ByteWriter) {
            switch self {
            case .label: XMLText.escape(person.name, to: w)
            case .rank: w.append(person.rank)
            case .degree: w.append(person.degree)
            case .weightedDegree: XMLText.double(person.weightedDegree, to: w)
            case .pagerank: XMLText.double(person.pagerank, to: w)
            case .betweenness: XMLText.double(person.betweenness, to: w)
            case .closeness: XMLText.double(person.closeness, to: w)
            case .harmonic: XMLText.double(person.harmonic, to: w)
            case .eigenvector: XMLText.double(person.eigenvector, to: w)
            case .clustering: XMLText.double(person.clustering, to: w)
            case .weightedClustering: XMLText.double(person.weightedClustering ?? 0, to: w)
            case .coreNumber: w.append(person.coreNumber)
            case .community: w.append(person.community)
            case .component: w.append(person.component)
            case .captions: w.append(person.captions.count)
            }
        }
    }

    /// Every measure of a person, as `nodes.csv` names them, plus harmonic centrality, k-core, component, rank and
    /// the number of captions. `weighted_clustering` is added when every person has it.
    static func nodeColumns(_ report: NetworkReport) -> [Column] {
        var columns: [Column] = [
            .label, .rank, .degree, .weightedDegree, .pagerank, .betweenness, .closeness, .harmonic, .eigenvector,
            .clustering,
        ]
        if !report.people.isEmpty, report.people.allSatisfy({ $0.weightedClustering != nil }) {
            columns.append(.weightedClustering)
        }
        columns += [.coreNumber, .community, .component, .captions]
        return columns
    }

    /// Writes every column's value of `person`, each after its `opening` and before `closing`.
    static func writeValues(of person: borrowing NetworkReport.Person, _ columns: [Column],
                            openings: [String], closing: StaticString, to w: ByteWriter) {
        for i in columns.indices {
            w.append(openings[i])
            columns[i].write(of: person, to: w)
            w.append(closing)
        }
    }

    /// Writes `source="…" target="…"` for a tie, XML-escaped.
    static func writeEnds(_ tie: borrowing NetworkReport.Tie, to w: ByteWriter) {
        w.append("source=\"")
        XMLText.escape(tie.source, to: w)
        w.append("\" target=\"")
        XMLText.escape(tie.target, to: w)
        w.byte(0x22)
    }

    /// Writes the shared caption ids of a tie, joined by `;` as in `edges.csv`, XML-escaped.
    static func writeCaptionList(_ tie: borrowing NetworkReport.Tie, to w: ByteWriter) {
        w.join(tie.captions, separator: 0x3B) { XMLText.escape($0, to: $1) }
    }
}
