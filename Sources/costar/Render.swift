import ArgumentParser
import Foundation
import CostarExport

/// `costar render`: diagrams from an existing analysis.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw graph.dot, graph.svg and graph.png again from an analysis folder's graph.json.",
        discussion: "Use it to redraw with other diagram options without analysing again: costar render output/2022 --max-people 40"
    )

    @Argument(help: "Analysis folder holding graph.json (for example output/2022).")
    var folder: String

    @Option(name: .shortAndLong, help: "Output folder (default: the analysis folder).")
    var out: String?

    @OptionGroup var diagram: DiagramArguments

    func run() throws {
        let report = try NetworkReport.load(from: URL(fileURLWithPath: (folder as NSString).appendingPathComponent("graph.json")))
        var writer = OutputWriter()
        try ReportFiles.addDiagrams(report, diagram: diagram.options, renderer: try GraphvizRenderer(), to: &writer, folder: "")
        let target = out ?? folder
        try writer.commit(to: URL(fileURLWithPath: target))
        log("wrote graph.dot, graph.svg and graph.png to \(target)/")
    }
}
