import Foundation
import CostarExport

/// The files of one analysed network.
enum ReportFiles {
    /// Adds report.md, nodes.csv, edges.csv, graph.json, graph.graphml, graph.gexf and the diagrams of `report`
    /// under `folder`; returns the diagrams (the page inlines the SVG).
    @discardableResult
    static func add(_ report: NetworkReport, top: Int, diagram: DiagramOptions, renderer: GraphvizRenderer,
                    to writer: inout OutputWriter, folder: String) throws -> Diagrams {
        var md = MarkdownReport.Options()
        md.topGuests = top
        writer.add(MarkdownReport.render(report, options: md), at: "\(folder)/report.md")
        writer.add(CSVExport.nodes(report), at: "\(folder)/nodes.csv")
        writer.add(CSVExport.edges(report), at: "\(folder)/edges.csv")
        writer.add(try report.jsonData(), at: "\(folder)/graph.json")
        writer.add(GraphMLExport.render(report), at: "\(folder)/graph.graphml")
        writer.add(GEXFExport.render(report), at: "\(folder)/graph.gexf")
        return try addDiagrams(report, diagram: diagram, renderer: renderer, to: &writer, folder: folder)
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
