import ArgumentParser
import Foundation
import CostarCorpus
import CostarExtraction
import CostarExport

/// `costar extract`: the people of every caption unit.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the people found in each caption unit.",
        discussion: """
        jsonl (default): one JSON object a unit, {"document","date","unit","kind","text","people":[{"name","mention","role"}]}, \
        where name is the resolved person, mention the words as written and role present, named or credit. \
        table: one line a person mention, tab-separated: unit, role, name, mention.
        """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: jsonl or table.")
    var format: ExtractedUnitsExport.Format = .jsonl

    @Flag(help: "Print the wall time of reading, extracting and writing, and the peak memory, on stderr (tab-separated 'timing' lines).")
    var timings = false

    func run() throws {
        keepFreedMemoryUntilTheEnd()
        var clock = StageClock(timings: timings)
        // Only the units are printed: no audit records (spellings, units and reasons for each person).
        let result = try input.extract(audits: false, timedBy: &clock)
        clock.begin("writing")
        ExtractedUnitsExport.write(result.units, format: format, to: STDOUT_FILENO)
        clock.lap("write")
        clock.finish()
        endWithoutFreeing()
    }
}

extension ExtractedUnitsExport.Format: ExpressibleByArgument {}
