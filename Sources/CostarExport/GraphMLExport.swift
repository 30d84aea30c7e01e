/// `graph.graphml`: the network in GraphML, which Gephi, Cytoscape, yEd, networkx (`nx.read_graphml`) and igraph
/// (`Graph.Read_GraphML`) open directly.
///
/// One undirected graph. Each person is a node whose id is the canonical name, with typed data for every measure
/// (`label` string; `rank`, `degree`, `core_number`, `community`, `component`, `captions` int; `weighted_degree`,
/// `pagerank`, `betweenness`, `closeness`, `harmonic`, `eigenvector`, `clustering` and, when computed,
/// `weighted_clustering` double). Each tie is an edge with `weight` (double) and `captions` (the shared caption ids
/// joined by `;`). The graph carries its `network` label and `modularity`.
///
/// Text is XML-escaped; doubles are written with full precision (the shortest spelling that reads back exactly).
/// Nodes come most connected first and edges heaviest first, as in the report, so the same report always gives the
/// same bytes.
public enum GraphMLExport {
    /// Renders the report as a GraphML document (UTF-8 text with an XML declaration).
    public static func render(_ report: NetworkReport) -> String {
        var out = ""
        write(report, to: &out)
        return out
    }

    /// Writes ``render(_:)`` to `out`, element by element.
    public static func write(_ report: NetworkReport, to stream: inout some TextOutputStream) {
        ByteWriter.writing(to: &stream) { write(report, to: $0) }
    }

    /// Writes the document into `w`. A function of its own rather than the body of a closure, so the loops read
    /// people and ties in place from the `report` parameter instead of copying each one.
    private static func write(_ report: NetworkReport, to w: ByteWriter) {
        let nodeColumns = GraphAttributes.nodeColumns(report)
        w.append("""
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="g0" for="graph" attr.name="network" attr.type="string"/>
              <key id="g1" for="graph" attr.name="modularity" attr.type="double"/>

            """)
        for (i, column) in nodeColumns.enumerated() {
            w.append("  <key id=\"d\(i)\" for=\"node\" attr.name=\"\(column.name)\" attr.type=\"\(column.kind.graphML)\"/>\n")
        }
        w.append("""
              <key id="e0" for="edge" attr.name="weight" attr.type="double"/>
              <key id="e1" for="edge" attr.name="captions" attr.type="string"/>

            """)
        w.append("  <graph id=\"\(XMLText.escape(report.label))\" edgedefault=\"undirected\">\n")
        w.append("    <data key=\"g0\">\(XMLText.escape(report.label))</data>\n")
        w.append("    <data key=\"g1\">\(XMLText.double(report.modularity))</data>\n")
        // The `<data key="dN">` openings, spelled once.
        let openings = nodeColumns.indices.map { "      <data key=\"d\($0)\">" }
        for i in report.people.indices {
            writeNode(report.people[i], nodeColumns, openings: openings, to: w)
        }
        for i in report.ties.indices {
            writeEdge(report.ties[i], to: w)
        }
        w.append("  </graph>\n</graphml>\n")
    }

    /// Writes a person's `<node>` element with its data; the person is read in place (`borrowing`), not copied.
    private static func writeNode(_ person: borrowing NetworkReport.Person, _ columns: [GraphAttributes.Column],
                                  openings: [String], to w: ByteWriter) {
        w.append("    <node id=\"")
        XMLText.escape(person.name, to: w)
        w.append("\">\n")
        GraphAttributes.writeValues(of: person, columns, openings: openings, closing: "</data>\n", to: w)
        w.append("    </node>\n")
    }

    /// Writes a tie's `<edge>` element with its weight and caption ids.
    private static func writeEdge(_ tie: borrowing NetworkReport.Tie, to w: ByteWriter) {
        w.append("    <edge ")
        GraphAttributes.writeEnds(tie, to: w)
        w.append(">\n      <data key=\"e0\">")
        XMLText.double(tie.weight, to: w)
        w.append("</data>\n      <data key=\"e1\">")
        GraphAttributes.writeCaptionList(tie, to: w)
        w.append("</data>\n    </edge>\n")
    }
}
