import ArgumentParser
import Foundation
import CostarCorpus
import CostarExtraction
import CostarGraph
import CostarAnalysis
import CostarExport

/// `costar analyze`: the whole pipeline, from captions to reports and diagrams.
struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse a corpus: reports, tables and diagrams for each year and for all years, and year-to-year comparisons.",
        discussion: """
        Writes OUT/<year>/ and OUT/all/, each with report.md, nodes.csv, edges.csv, graph.json, graph.dot, \
        graph.svg and graph.png, and OUT/compare-<year>-<next year>.md for each pair of consecutive years. \
        Everything is written to a temporary folder first and moved into place at the end, so a failed run leaves \
        OUT as it was.
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var network: NetworkOptions
    @OptionGroup var diagram: DiagramArguments

    @Option(name: .shortAndLong, help: "Output folder.")
    var out: String = "output"

    @Option(help: "How many guests the report ranks.")
    var top: Int = 25

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        let (_, result) = try input.extract()
        let policy = try network.policy()
        var byYear: [String: [ExtractedUnit]] = [:]
        for u in result.units { byYear[String(u.unit.date.prefix(4)), default: []].append(u) }
        let years = byYear.keys.sorted()
        let renderer = try GraphvizRenderer()
        var writer = OutputWriter()
        var reports: [String: NetworkReport] = [:]
        for label in years + ["all"] {
            let units = label == "all" ? result.units : byYear[label]!
            let net = CoappearanceNetwork(units: units, policy: policy)
            let report = NetworkReport(label: label, network: net, analysis: analyze(net.graph, options: network.analysisOptions))
            reports[label] = report
            try ReportFiles.add(report, top: top, diagram: diagram.options, renderer: renderer, to: &writer, folder: label)
            log("\(label): \(report.counts.people) people, \(report.counts.ties) ties from \(units.count) caption units")
        }
        for (a, b) in zip(years, years.dropFirst()) {
            writer.add(ComparisonMarkdown.render(Comparison(before: reports[a]!, after: reports[b]!)), at: "compare-\(a)-\(b).md")
        }
        try writer.commit(to: URL(fileURLWithPath: out))
        log("wrote \(writer.files.count) files to \(out)/")
    }
}

/// Options of the Graphviz diagrams.
struct DiagramArguments: ParsableArguments {
    @Option(help: "Most people drawn; above it, the top people by PageRank.")
    var maxPeople: Int = 150

    @Option(help: "Graphviz layout: sfdp or neato.")
    var layout: LayoutEngine = .sfdp

    @Option(help: "Resolution of graph.png in dots per inch.")
    var dpi: Double = 96

    var options: DiagramOptions { DiagramOptions(maxPeople: maxPeople, engine: layout, dpi: dpi) }

    func validate() throws {
        guard maxPeople > 0 else { throw ValidationError("--max-people must be at least 1") }
        guard dpi >= 36 && dpi <= 600 else { throw ValidationError("--dpi must be between 36 and 600") }
    }
}

extension LayoutEngine: ExpressibleByArgument {}

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

/// A problem with the command's input, printed as one line.
struct InputError: Error, CustomStringConvertible {
    var description: String
}

/// A progress or summary line on standard error.
func log(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
