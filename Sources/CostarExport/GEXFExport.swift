/// `graph.gexf`: the network in GEXF 1.2, Gephi's own format, which networkx (`nx.read_gexf`) also reads.
///
/// One static undirected graph. Each person is a node whose id and label are the canonical name, with typed
/// attributes for every measure (`rank`, `degree`, `core_number`, `community`, `component`, `captions` integer;
/// `weighted_degree`, `pagerank`, `betweenness`, `closeness`, `harmonic`, `eigenvector`, `clustering` and, when
/// computed, `weighted_clustering` double), and a `viz:color` (the community's colour in the diagrams,
/// ``DiagramPlan/colour(ofCommunity:)``) and `viz:size` (the diagram's circle diameter, in tenths of an inch) so
/// Gephi shows it as Costar draws it. Each tie is an edge with its `weight` and a `captions` attribute (the shared
/// caption ids joined by `;`).
///
/// Text is XML-escaped; doubles are written with full precision. Nodes come most connected first and edges
/// heaviest first, so the same report always gives the same bytes.
public enum GEXFExport {
    /// Renders the report as a GEXF 1.2 document (UTF-8 text with an XML declaration).
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
        let columns = GraphAttributes.nodeColumns(report).filter { $0 != .label }
        let maxPagerank = report.people.map(\.pagerank).max() ?? 0
        let diagram = DiagramOptions()
        // The `<viz:color …/>` line of each community, spelled once rather than per person.
        let colourLines = report.communities.indices.map { colourLine(ofCommunity: $0) }
        w.append("""
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">
              <meta>
                <creator>Costar</creator>
                <description>\(XMLText.escape("Co-appearance network: \(report.label)"))</description>
              </meta>
              <graph mode="static" defaultedgetype="undirected">
                <attributes class="node" mode="static">

            """)
        for (i, column) in columns.enumerated() {
            w.append("      <attribute id=\"\(i)\" title=\"\(column.name)\" type=\"\(column.kind.gexf)\"/>\n")
        }
        w.append("""
                </attributes>
                <attributes class="edge" mode="static">
                  <attribute id="0" title="captions" type="string"/>
                </attributes>
                <nodes>

            """)
        // The `<attvalue for="N" value="` openings, spelled once.
        let openings = columns.indices.map { "          <attvalue for=\"\($0)\" value=\"" }
        for i in report.people.indices {
            writeNode(report.people[i], columns, openings: openings, colourLines: colourLines, maxPagerank: maxPagerank,
                      diagram: diagram, to: w)
        }
        w.append("    </nodes>\n    <edges>\n")
        for i in report.ties.indices {
            writeEdge(report.ties[i], id: i, to: w)
        }
        w.append("    </edges>\n  </graph>\n</gexf>\n")
    }

    /// Writes a person's `<node>` element: attribute values, colour and size. The person is read in place
    /// (`borrowing`), not copied.
    private static func writeNode(_ person: borrowing NetworkReport.Person, _ columns: [GraphAttributes.Column],
                                  openings: [String], colourLines: [String], maxPagerank: Double, diagram: DiagramOptions,
                                  to w: ByteWriter) {
        w.append("      <node id=\"")
        XMLText.escape(person.name, to: w)
        w.append("\" label=\"")
        XMLText.escape(person.name, to: w)
        w.append("\">\n        <attvalues>\n")
        GraphAttributes.writeValues(of: person, columns, openings: openings, closing: "\"/>\n", to: w)
        w.append("        </attvalues>\n")
        let community = person.community
        w.append(colourLines.indices.contains(community) ? colourLines[community] : colourLine(ofCommunity: community))
        let size = DiagramPlan.diameter(pagerank: person.pagerank, maxPagerank: maxPagerank, options: diagram) * 10
        w.append("        <viz:size value=\"")
        w.append(NumberFormat.decimal(size, significant: 4, maxDecimals: 3))
        w.append("\"/>\n      </node>\n")
    }

    /// Writes a tie's `<edge>` element, numbered `id`, with its weight and caption ids.
    private static func writeEdge(_ tie: borrowing NetworkReport.Tie, id: Int, to w: ByteWriter) {
        w.append("      <edge id=\"")
        w.append(id)
        w.append("\" ")
        GraphAttributes.writeEnds(tie, to: w)
        w.append(" weight=\"")
        XMLText.double(tie.weight, to: w)
        w.append("\">\n        <attvalues>\n          <attvalue for=\"0\" value=\"")
        GraphAttributes.writeCaptionList(tie, to: w)
        w.append("\"/>\n        </attvalues>\n      </edge>\n")
    }

    /// The `<viz:color r="…" g="…" b="…"/>` line (with its indent and line break) of a community's colour.
    static func colourLine(ofCommunity id: Int) -> String {
        let (r, g, b) = rgb(DiagramPlan.colour(ofCommunity: id))
        return "        <viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\"/>\n"
    }

    /// The red, green and blue components of a `#RRGGBB` colour (grey when it is not one).
    static func rgb(_ hex: String) -> (Int, Int, Int) {
        let digits = hex.hasPrefix("#") ? String(hex.dropFirst()) : hex
        guard digits.count == 6, let v = Int(digits, radix: 16) else { return (221, 221, 221) }
        return ((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF)
    }
}
