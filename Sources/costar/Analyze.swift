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
        Writes OUT/<year>/ and OUT/all/, each with report.md, nodes.csv, edges.csv, graph.json, graph.graphml, \
        graph.gexf, graph.dot, graph.svg, graph.png and graph.pdf; OUT/compare-<year>-<next year>.md, .csv, .svg and \
        .png for each pair of consecutive years; and OUT/index.html, one self-contained page with all of it. \
        Everything is written to a temporary folder first and moved into place at the end, so a failed run leaves \
        OUT as it was.
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var network: NetworkOptions
    @OptionGroup var diagram: DrawingArguments

    @Option(name: .shortAndLong, help: "Output folder.")
    var out: String = "output"

    @Option(help: "How many guests the report ranks.")
    var top: Int = 25

    @Flag(help: "Print each stage's wall time and the peak memory on stderr (tab-separated 'timing' lines).")
    var timings = false

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        var clock = StageClock(timings: timings)
        clock.begin("reading")
        let documents = try input.read()
        clock.lap("read")
        clock.begin("extracting", items: documents.reduce(0) { $0 + $1.units.count })
        let result = try input.extract(documents)
        clock.lap("extract")
        let policy = try network.policy()
        var byYear: [String: [ExtractedUnit]] = [:]
        for u in result.units { byYear[String(u.unit.date.prefix(4)), default: []].append(u) }
        let years = byYear.keys.sorted()
        let renderer = try GraphvizRenderer()
        var writer = OutputWriter()
        var reports: [String: NetworkReport] = [:]
        var sections: [(report: NetworkReport, svg: Data)] = []
        for label in years + ["all"] {
            let units = label == "all" ? result.units : byYear[label]!
            clock.begin("building \(label)", items: units.count)
            let net = CoappearanceNetwork(units: units, policy: policy)
            clock.lap("build \(label)")
            clock.begin("analysing \(label): \(StageClock.grouped(net.graph.nodeCount)) people, \(StageClock.grouped(net.graph.edgeCount)) ties")
            let analysis = analyze(net.graph, options: network.analysisOptions) { measure, seconds in
                clock.record("analyse \(label) \(measure)", seconds: seconds)
            }
            clock.lap("analyse \(label)")
            clock.begin("writing and drawing \(label)")
            let report = NetworkReport(label: label, network: net, analysis: analysis)
            reports[label] = report
            let diagrams = try ReportFiles.add(report, top: top, diagram: diagram.options, renderer: renderer, to: &writer, folder: label)
            sections.append((report, diagrams.svg))
            clock.lap("export \(label)")
            clock.finish()
            log("\(label): \(report.counts.people) people, \(report.counts.ties) ties from \(units.count) caption units")
        }
        clock.begin("comparing and writing the page")
        var comparisons: [Comparison] = []
        for (a, b) in zip(years, years.dropFirst()) {
            let comparison = Comparison(before: reports[a]!, after: reports[b]!)
            comparisons.append(comparison)
            writer.add(ComparisonMarkdown.render(comparison), at: "compare-\(a)-\(b).md")
            for file in try ComparisonDiagram.files(before: reports[a]!, after: reports[b]!, options: diagram.options, renderer: renderer) {
                writer.add(file.data, at: file.name)
            }
        }
        writer.add(HTMLPage.render(sections: sections, comparisons: comparisons), at: "index.html")
        clock.lap("compare and page")
        clock.begin("writing files")
        try writer.commit(to: URL(fileURLWithPath: out))
        clock.lap("write")
        clock.finish()
        log("wrote \(writer.files.count) files to \(out)/")
    }
}

extension LayoutEngine: ExpressibleByArgument {}

/// A problem with the command's input, printed as one line.
struct InputError: Error, CustomStringConvertible {
    var description: String
}

/// A progress or summary line on standard error.
func log(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
