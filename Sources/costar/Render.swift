import ArgumentParser
import Foundation
import CostarExport

/// `costar render`: diagrams from an existing analysis.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw graph.dot, .svg, .png and .pdf again from an analysis folder's graph.json, or one person's circle.",
        discussion: """
        Redraws with other diagram options without analysing again: costar render output/2022 --max-people 40 \
        --min-weight 2 --size betweenness. With --ego NAME it draws that person, their companions and the ties among \
        them (--depth 2 adds the companions' companions) into ego-<name>.dot, .svg, .png and .pdf.
        """
    )

    @Argument(help: "Analysis folder holding graph.json (for example output/2022).")
    var folder: String

    @Option(name: .shortAndLong, help: "Output folder (default: the analysis folder).")
    var out: String?

    @Option(help: "Draw this person's circle instead of the whole network (a name as in graph.json).")
    var ego: String?

    @Option(help: "With --ego: 1 draws the person's companions, 2 also their companions' companions.")
    var depth: Int = 1

    @OptionGroup var diagram: DrawingArguments

    func validate() throws {
        guard depth == 1 || depth == 2 else { throw ValidationError("--depth must be 1 or 2") }
    }

    func run() throws {
        let source = (folder as NSString).appendingPathComponent("graph.json")
        let report = try NetworkReport.load(from: URL(fileURLWithPath: source))
        let renderer = try GraphvizRenderer()
        let plan: DiagramPlan
        let base: String
        if let ego {
            do {
                plan = try EgoDiagram.plan(report: report, person: ego, depth: depth, options: diagram.options)
            } catch let error as EgoDiagram.UnknownPerson {
                throw InputError(description: "\(source): \(error.description)")
            }
            base = "ego-" + EgoDiagram.slug(plan.nodes.first?.name ?? ego)
        } else {
            plan = DiagramPlan(report: report, options: diagram.options)
            base = "graph"
        }
        var writer = OutputWriter()
        let files = try renderer.diagrams(for: plan).files(named: base)
        for file in files { writer.add(file.data, at: file.name) }
        let target = out ?? folder
        try writer.commit(to: URL(fileURLWithPath: target))
        log("wrote \(files.map(\.name).joined(separator: ", ")) to \(target)/")
    }
}

/// Options of the Graphviz diagrams (graph.*, ego-*.*, compare-*.*).
struct DrawingArguments: ParsableArguments {
    @Option(help: "Most people drawn; above it, the top people by PageRank and the bridges between communities.")
    var maxPeople: Int = 150

    @Option(help: "Draw only ties of at least this weight.")
    var minWeight: Double = 0

    @Option(help: "Circle area by: pagerank, degree or betweenness.")
    var size: NodeSizeMeasure = .pagerank

    @Option(help: "Graphviz layout: sfdp, neato or twopi (default: neato below 100 people drawn, sfdp above).")
    var layout: LayoutEngine?

    @Option(help: "Resolution of the PNG in dots per inch.")
    var dpi: Double = 96

    var options: DiagramOptions {
        DiagramOptions(maxPeople: maxPeople, minWeight: minWeight, sizeBy: size, engine: layout, dpi: dpi)
    }

    func validate() throws {
        guard maxPeople > 0 else { throw ValidationError("--max-people must be at least 1") }
        guard minWeight >= 0, minWeight.isFinite else { throw ValidationError("--min-weight must be 0 or more") }
        guard dpi >= 36 && dpi <= 600 else { throw ValidationError("--dpi must be between 36 and 600") }
    }
}

extension NodeSizeMeasure: ExpressibleByArgument {}
