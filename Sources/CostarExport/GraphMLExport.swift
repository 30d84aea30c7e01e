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
        let nodeColumns = GraphAttributes.nodeColumns(report)
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        out += "  <key id=\"g0\" for=\"graph\" attr.name=\"network\" attr.type=\"string\"/>\n"
        out += "  <key id=\"g1\" for=\"graph\" attr.name=\"modularity\" attr.type=\"double\"/>\n"
        for (i, column) in nodeColumns.enumerated() {
            out += "  <key id=\"d\(i)\" for=\"node\" attr.name=\"\(column.name)\" attr.type=\"\(column.kind.graphML)\"/>\n"
        }
        out += "  <key id=\"e0\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
        out += "  <key id=\"e1\" for=\"edge\" attr.name=\"captions\" attr.type=\"string\"/>\n"
        out += "  <graph id=\"\(XMLText.escape(report.label))\" edgedefault=\"undirected\">\n"
        out += "    <data key=\"g0\">\(XMLText.escape(report.label))</data>\n"
        out += "    <data key=\"g1\">\(XMLText.double(report.modularity))</data>\n"
        for person in report.people {
            out += "    <node id=\"\(XMLText.escape(person.name))\">\n"
            for (i, column) in nodeColumns.enumerated() {
                out += "      <data key=\"d\(i)\">\(XMLText.escape(column.value(person)))</data>\n"
            }
            out += "    </node>\n"
            if out.utf8.count > 65536 { stream.write(out); out.removeAll(keepingCapacity: true) }
        }
        for tie in report.ties {
            out += "    <edge source=\"\(XMLText.escape(tie.source))\" target=\"\(XMLText.escape(tie.target))\">\n"
            out += "      <data key=\"e0\">\(XMLText.double(tie.weight))</data>\n"
            out += "      <data key=\"e1\">\(XMLText.escape(GraphAttributes.captionList(tie)))</data>\n"
            out += "    </edge>\n"
            if out.utf8.count > 65536 { stream.write(out); out.removeAll(keepingCapacity: true) }
        }
        out += "  </graph>\n</graphml>\n"
        stream.write(out)
    }
}
