import Foundation
import CostarExport

/// The files of one analysed network.
enum ReportFiles {
    /// Adds report.md, nodes.csv, edges.csv, graph.json, graph.graphml, graph.gexf and the diagrams of `report`
    /// under `folder`; returns the diagrams (the page inlines the SVG).
    @discardableResult
    static func add(_ report: NetworkReport, top: Int, diagram: DiagramOptions, renderer: GraphvizRenderer,
                    to writer: inout OutputWriter, folder: String) throws -> Diagrams {
        try addTables(report, top: top, to: &writer, folder: folder)
        return try addDiagrams(report, diagram: diagram, renderer: renderer, to: &writer, folder: folder)
    }

    /// Adds report.md, nodes.csv, edges.csv, graph.json, graph.graphml and graph.gexf of `report` under `folder`
    /// (everything but the diagrams).
    static func addTables(_ report: NetworkReport, top: Int, to writer: inout OutputWriter, folder: String) throws {
        var options = MarkdownReport.Options()
        options.topGuests = top
        let md = options
        // Written on a background thread (straight to disk with a staging writer) while the next network is built.
        try writer.streamInBackground([
            ("\(folder)/report.md", { $0.write(MarkdownReport.render(report, options: md)) }),
            ("\(folder)/graph.json", { report.writeJSON(to: &$0) }),
            ("\(folder)/graph.gexf", { GEXFExport.write(report, to: &$0) }),
            ("\(folder)/graph.graphml", { GraphMLExport.write(report, to: &$0) }),
            ("\(folder)/edges.csv", { CSVExport.writeEdges(report, to: &$0) }),
            ("\(folder)/nodes.csv", { CSVExport.writeNodes(report, to: &$0) }),
        ])
    }

    @discardableResult
    static func addDiagrams(_ report: NetworkReport, diagram: DiagramOptions, renderer: GraphvizRenderer,
                            to writer: inout OutputWriter, folder: String) throws -> Diagrams {
        let d = try renderer.diagrams(for: report, options: diagram)
        let prefix = folder.isEmpty ? "" : folder + "/"
        writer.add(d.dot, at: prefix + "graph.dot")
        writer.add(d.svg, at: prefix + "graph.svg")
        writer.add(d.png, at: prefix + "graph.png")
        writer.add(d.pdf, at: prefix + "graph.pdf")
        return d
    }
}
