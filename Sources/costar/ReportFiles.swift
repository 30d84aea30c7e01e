import Foundation
import CostarExport

/// The files of one analysed network.
enum ReportFiles {
    static func add(_ report: NetworkReport, top: Int, diagram: DiagramOptions, renderer: GraphvizRenderer,
                    to writer: inout OutputWriter, folder: String) throws {
        var md = MarkdownReport.Options()
        md.topGuests = top
        writer.add(MarkdownReport.render(report, options: md), at: "\(folder)/report.md")
        writer.add(CSVExport.nodes(report), at: "\(folder)/nodes.csv")
        writer.add(CSVExport.edges(report), at: "\(folder)/edges.csv")
        writer.add(try report.jsonData(), at: "\(folder)/graph.json")
        try addDiagrams(report, diagram: diagram, renderer: renderer, to: &writer, folder: folder)
    }

    static func addDiagrams(_ report: NetworkReport, diagram: DiagramOptions, renderer: GraphvizRenderer,
                            to writer: inout OutputWriter, folder: String) throws {
        let d = try renderer.diagrams(for: report, options: diagram)
        let prefix = folder.isEmpty ? "" : folder + "/"
        writer.add(d.dot, at: prefix + "graph.dot")
        writer.add(d.svg, at: prefix + "graph.svg")
        writer.add(d.png, at: prefix + "graph.png")
    }
}
