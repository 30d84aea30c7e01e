import ArgumentParser
import Foundation
import CostarExport

/// `costar compare`: how one year's circles differ from another's.
struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two analysed networks: who returned, who is new, who is gone, which ties held.",
        discussion: """
        A and B are years of an analysis folder (costar compare 2022 2023 --from output) or analysis folders \
        holding graph.json (costar compare output/2022 output/2023). Writes compare-<A>-<B>.md (the report), \
        compare-<A>-<B>.svg and .png (both networks in one picture, each person and tie coloured by when it appears) \
        and compare-<A>-<B>.csv (the returning guests' ranks and degrees) into --out.
        """
    )

    @Argument(help: "The earlier network: a year or a folder with graph.json.")
    var before: String

    @Argument(help: "The later network: a year or a folder with graph.json.")
    var after: String

    @Option(help: "Analysis folder that holds the years.")
    var from: String = "output"

    @Option(name: .shortAndLong, help: "Output folder.")
    var out: String = "output"

    @OptionGroup var diagram: DrawingArguments

    func run() throws {
        let a = try load(before), b = try load(after)
        var writer = OutputWriter()
        let base = "compare-\(a.label)-\(b.label)"
        writer.add(ComparisonMarkdown.render(Comparison(before: a, after: b)), at: base + ".md")
        let files = try ComparisonDiagram.files(before: a, after: b, options: diagram.options, renderer: try GraphvizRenderer())
        for file in files { writer.add(file.data, at: file.name) }
        try writer.commit(to: URL(fileURLWithPath: out))
        log("wrote \(([base + ".md"] + files.map(\.name)).joined(separator: ", ")) to \(out)/")
    }

    func load(_ spec: String) throws -> NetworkReport {
        var isDirectory: ObjCBool = false
        let path: String
        if FileManager.default.fileExists(atPath: spec, isDirectory: &isDirectory) {
            path = isDirectory.boolValue ? (spec as NSString).appendingPathComponent("graph.json") : spec
        } else if spec.count == 4, Int(spec) != nil || spec == "all" {
            path = (from as NSString).appendingPathComponent("\(spec)/graph.json")
        } else {
            throw InputError(description: "\(spec): no such year, folder or graph.json")
        }
        return try NetworkReport.load(from: URL(fileURLWithPath: path))
    }
}
