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
        // Only the units are kept (not the documents or the people records), and only until the last network is built.
        var units = try input.extract(audits: false, timedBy: &clock).units
        let policy = try network.policy()
        var byYear: [String: [ExtractedUnit]] = [:]
        for u in units { byYear[String(u.unit.date.prefix(4)), default: []].append(u) }
        let years = byYear.keys.sorted()
        // Diagrams are drawn on a thread of their own, overlapping the next network's analysis and files.
        let drawer = try DiagramQueue()
        // Files go straight into a hidden staging folder beside OUT and are moved into place at the end.
        var writer = try OutputWriter(stagingFor: URL(fileURLWithPath: out))
        // Each year is compared with the one before as soon as both are written; a year compared for the last time
        // keeps only what the page shows (``NetworkReport/keptForPage(strongestTies:)``), so the years' ties and
        // captions are not held while the next networks are built.
        var reports: [String: NetworkReport] = [:]
        var comparisons: [Comparison] = []
        var earlier: (label: String, index: ReportIndex)?
        let page = HTMLPage.Options()
        // All years first: its files, the largest, are written while the years are analysed.
        for label in ["all"] + years {
            let unitCount = label == "all" ? units.count : byYear[label]!.count
            clock.begin("building \(label)", items: unitCount)
            let net = CoappearanceNetwork(units: label == "all" ? units : byYear[label]!, policy: policy)
            byYear[label] = nil
            if label == "all" { units = [] }
            clock.lap("build \(label)")
            clock.begin("analysing \(label): \(StageClock.grouped(net.graph.nodeCount)) people, \(StageClock.grouped(net.graph.edgeCount)) ties")
            let analysis = analyze(net.graph, options: network.analysisOptions) { measure, seconds in
                clock.record("analyse \(label) \(measure)", seconds: seconds)
            }
            clock.lap("analyse \(label)")
            clock.begin("writing and drawing \(label)")
            let report = NetworkReport(label: label, network: net, analysis: analysis)
            reports[label] = report
            drawer.draw(report, options: diagram.options, folder: label)
            try ReportFiles.addTables(report, top: top, to: &writer, folder: label)
            clock.lap("export \(label)")
            clock.finish()
            log("\(label): \(report.counts.people) people, \(report.counts.ties) ties from \(unitCount) caption units")
            guard label != "all" else { continue }
            let index = ReportIndex(report, captions: false, neighbourCaptions: false)
            if let (a, beforeIndex) = earlier {
                clock.begin("comparing \(a) and \(label)")
                let before = reports[a]!
                let comparison = Comparison(before: before, after: report, indexes: (beforeIndex, index))
                comparisons.append(comparison.keptForPage(people: page.comparisonPeople, ties: page.comparisonTies))
                writer.add(ComparisonMarkdown.render(comparison), at: "compare-\(a)-\(label).md")
                drawer.compare(before, report, comparison: comparison, indexes: (beforeIndex, index), options: diagram.options)
                reports[a] = before.keptForPage(strongestTies: page.strongestTies)
                clock.lap("compare \(a)-\(label)")
            }
            earlier = (label, index)
        }
        if let last = earlier {
            reports[last.label] = reports[last.label]!.keptForPage(strongestTies: page.strongestTies)
        }
        // The page's data block is made while the last diagrams are drawn.
        let labels = years + ["all"]
        let pageData = Pending { [reports, comparisons] in
            HTMLPage.dataBlock(labels.map { reports[$0]! }, comparisons: comparisons, options: page)
        }
        clock.begin("waiting for the diagrams")
        let drawn = try drawer.finish()
        for file in drawn.files { writer.add(file.data, at: file.path) }
        clock.lap("diagrams")
        clock.begin("writing the page")
        let sections = labels.map { (report: reports[$0]!, svg: drawn.svgs[$0] ?? Data()) }
        writer.add(HTMLPage.render(sections: sections, comparisons: comparisons, options: page, data: pageData), at: "index.html")
        clock.lap("page")
        clock.begin("writing files")
        try writer.commit(to: URL(fileURLWithPath: out))
        clock.lap("write")
        clock.finish()
        log("wrote \(writer.fileCount) files to \(out)/")
        endWithoutFreeing()
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

/// Ends the process successfully at once, once its output is complete and written: the system takes back the
/// memory of the corpus, networks and reports in one step, instead of the run freeing them object by object (about
/// 0.7 s after `costar analyze` of 1,000,000 captions).
func endWithoutFreeing() -> Never {
    exit(EXIT_SUCCESS)
}
